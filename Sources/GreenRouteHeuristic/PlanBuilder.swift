import GreenRouteCore

/// Turns the search's best state into a plan that Core's `RouteTimetable` has timed
/// exactly: each route gets the cheapest vehicle type (fixed cost, then cost per km) that
/// still has vans left and for which the route is feasible. A route that no type accepts
/// (never seen; a safety net) is split into single-customer routes; whatever still fails
/// is listed as unassigned with the reason. Routes are timed in turn against one
/// `StationLedger`, so that they share each station's green supply and chargers.
struct PlanBuilder {
    let instance: Instance
    let soloRoutes: [[Int]?]

    func routes(for solution: SearchSolution, unassigned: inout [UnassignedCustomer]) -> [PlanRoute] {
        var remaining = instance.vehicleTypes.map { $0.count ?? Int.max }
        let typeOrder = instance.vehicleTypes.indices.sorted { a, b in
            let x = instance.vehicleTypes[a], y = instance.vehicleTypes[b]
            if x.fixedCost != y.fixedCost { return x.fixedCost < y.fixedCost }
            if x.costPerKm != y.costPerKm { return x.costPerKm < y.costPerKm }
            return a < b
        }
        var ledger = StationLedger(instance)
        func build(_ sequence: [Int]) -> PlanRoute? {
            for t in typeOrder where remaining[t] > 0 {
                if let route = RouteTimetable.build(instance, vehicleType: t, sequence: sequence, ledger: ledger) {
                    remaining[t] -= 1
                    RouteTimetable.commit(instance, route: route, sequence: sequence, to: &ledger)
                    return route
                }
            }
            return nil
        }
        var result: [PlanRoute] = []
        for route in solution.routes {
            let sequence = Array(route.nodes.dropFirst().dropLast())
            if let built = build(sequence) {
                result.append(built)
                continue
            }
            if let typeIndex = typeOrder.first(where: { remaining[$0] > 0 }),
               let repaired = GreenRepair(instance: instance).repair(sequence, typeIndex: typeIndex, ledger: &ledger,
                                                                      vehicles: remaining[typeIndex]) {
                remaining[typeIndex] -= repaired.count
                result += repaired
                continue
            }
            for c in sequence where instance.isCustomer(c) {
                if let solo = soloRoutes[c], let built = build(solo) {
                    result.append(built)
                } else {
                    unassigned.append(UnassignedCustomer(customer: instance.id(ofNode: c),
                                                         reason: "no vehicle left, or its route failed the final timetable"))
                }
            }
        }
        return result
    }
}
