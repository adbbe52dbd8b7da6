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
        var ledger = StationLedger(instance)
        var unassigned: [UnassignedCustomer] = []
        for node in instance.customerIndices {
            let id = instance.id(ofNode: node)
            if let reason = proven[id] {
                unassigned.append(UnassignedCustomer(customer: id, reason: reason))
                continue
            }
            var best: (route: PlanRoute, sequence: [Int], type: Int)?
            for typeIndex in instance.vehicleTypes.indices where remaining[typeIndex] > 0 {
                guard let found = shortestRoute(instance, customer: node, typeIndex: typeIndex, ledger: ledger) else { continue }
                if best == nil || found.route.distance < best!.route.distance { best = (found.route, found.sequence, typeIndex) }
            }
            if let best {
                routes.append(best.route)
                RouteTimetable.commit(instance, route: best.route, sequence: best.sequence, to: &ledger)
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

    /// The shortest feasible single-customer route for a vehicle type given the charging
    /// already committed at stations, or nil.
    func shortestRoute(_ instance: Instance, customer: Int, typeIndex: Int,
                       ledger: StationLedger) -> (route: PlanRoute, sequence: [Int])? {
        var candidates: [[Int]] = [[customer]]
        let stations = Array(instance.stationIndices)
        for s in stations {
            candidates.append([s, customer])
            candidates.append([customer, s])
        }
        for s in stations {
            for t in stations { candidates.append([s, customer, t]) }
        }
        var best: (route: PlanRoute, sequence: [Int])?
        for sequence in candidates {
            guard let route = RouteTimetable.build(instance, vehicleType: typeIndex, sequence: sequence,
                                                   ledger: ledger) else { continue }
            if best == nil || route.distance < best!.route.distance { best = (route, sequence) }
            if sequence.count == 1 { break }
        }
        return best
    }
}
