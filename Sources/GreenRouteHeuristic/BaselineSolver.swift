import GreenRouteCore

/// The trivial reference solver: one customer per route, with the shortest station detour
/// (none, one station before or after, or one on each side) that makes the route feasible.
///
/// It gives every instance a feasible plan when one exists with single-customer routes and
/// enough vehicles; otherwise it lists the customers it could not serve, with the reason.
public struct BaselineSolver: RoutingSolver {
    public let name = "baseline"

    public init() {}

    public func solve(_ instance: Instance, options: SolverOptions) -> Plan {
        let stopwatch = Stopwatch()
        let proven = Dictionary(FeasibilityAnalysis(instance).unreachable.map { ($0.customer, $0.reason) },
                                uniquingKeysWith: { first, _ in first })
        var remaining = instance.vehicleTypes.map { $0.count ?? Int.max }
        var routes: [PlanRoute] = []
        var unassigned: [UnassignedCustomer] = []
        for node in instance.customerIndices {
            let id = instance.id(ofNode: node)
            if let reason = proven[id] {
                unassigned.append(UnassignedCustomer(customer: id, reason: reason))
                continue
            }
            var best: (route: PlanRoute, type: Int)?
            for typeIndex in instance.vehicleTypes.indices where remaining[typeIndex] > 0 {
                guard let route = shortestRoute(instance, customer: node, typeIndex: typeIndex) else { continue }
                if best == nil || route.distance < best!.route.distance { best = (route, typeIndex) }
            }
            if let best {
                routes.append(best.route)
                remaining[best.type] -= 1
            } else {
                let exhausted = instance.vehicleTypes.indices.allSatisfy { remaining[$0] == 0 }
                unassigned.append(UnassignedCustomer(
                    customer: id,
                    reason: exhausted ? "no vehicle left (one customer per route)"
                        : "no route with at most one station before and one after the customer is feasible"))
            }
        }
        return PlanAssembler.makePlan(instance, solver: name, status: unassigned.isEmpty ? .feasible : .infeasible,
                                      objective: options.objective, routes: routes, unassigned: unassigned,
                                      seconds: stopwatch.seconds)
    }

    /// The shortest feasible single-customer route for a vehicle type, or nil.
    func shortestRoute(_ instance: Instance, customer: Int, typeIndex: Int) -> PlanRoute? {
        var candidates: [[Int]] = [[customer]]
        let stations = Array(instance.stationIndices)
        for s in stations {
            candidates.append([s, customer])
            candidates.append([customer, s])
        }
        for s in stations {
            for t in stations { candidates.append([s, customer, t]) }
        }
        var best: PlanRoute?
        for sequence in candidates {
            guard let route = RouteTimetable.build(instance, vehicleType: typeIndex, sequence: sequence) else { continue }
            if best == nil || route.distance < best!.distance { best = route }
            if sequence.count == 1 { break }
        }
        return best
    }
}
