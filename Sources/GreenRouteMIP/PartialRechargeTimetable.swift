import GreenRouteCore

/// Timing of an enumerated route with exact charge amounts.
///
/// Core's ``RouteTimetable`` handles full recharge exactly; for partial recharge it charges the
/// least energy that reaches the next charge point, which can miss a feasible route: when a
/// later stop must not be delayed, charging more at an earlier station (while the van would
/// wait anyway) is needed. The labelling keeps that option open, so a route it finds may be
/// rejected by that rule. This type then chooses the amounts with a small LP over the fixed
/// node sequence (least total energy subject to windows, horizon, battery and reserve, waiting
/// allowed), and times the route forward: charge from arrival, leave when done, wait at customers.
enum PartialRechargeTimetable {
    /// The timed route, or nil when the sequence is infeasible.
    static func build(_ instance: Instance, vehicleType typeIndex: Int, sequence: [Int]) -> PlanRoute? {
        if let route = RouteTimetable.build(instance, vehicleType: typeIndex, sequence: sequence) { return route }
        guard instance.charging == .partial, let amounts = try? chargeAmounts(instance, typeIndex: typeIndex, sequence: sequence)
        else { return nil }
        // The departure charge each amount gives (capped by the battery), for Core's timing.
        let type = instance.vehicleTypes[typeIndex]
        var charge = type.initialCharge, previous = 0
        var departureCharges: [Energy] = []
        for (offset, node) in sequence.enumerated() {
            charge -= instance.drivingEnergy(previous, node, vehicleType: typeIndex)
            charge = min(type.battery, charge + amounts[offset])
            departureCharges.append(charge)
            previous = node
        }
        return RouteTimetable.build(instance, vehicleType: typeIndex, sequence: sequence, departureCharges: departureCharges)
    }

    /// Energy charged at each position of `sequence` (zero at customers), from the LP.
    static func chargeAmounts(_ instance: Instance, typeIndex: Int, sequence: [Int]) throws -> [Double]? {
        let type = instance.vehicleTypes[typeIndex]
        let nodes = [0] + sequence
        let problem = GLPKProblem(name: "timing")
        // Columns: departure d_k for every position k (0 = depot), service start s_k at customers,
        // charge q_k at stations.
        var departure: [Int] = [], start: [Int: Int] = [:], charge: [Int: Int] = [:]
        for (position, node) in nodes.enumerated() {
            departure.append(try problem.addColumn(name: "d\(position)", lower: position == 0 ? instance.depot.open : 0,
                                                   upper: instance.depot.close))
            if instance.isCustomer(node) {
                let customer = instance.customer(atNode: node)
                start[position] = try problem.addColumn(name: "s\(position)", lower: customer.ready, upper: customer.due)
            } else if instance.isStation(node) {
                charge[position] = try problem.addColumn(name: "q\(position)", lower: 0, upper: type.battery, objective: 1)
            }
        }
        var consumed = 0.0
        var charges: [(column: Int, value: Double)] = []
        for position in 1...nodes.count {
            let previous = nodes[position - 1], node = position < nodes.count ? nodes[position] : 0
            let travel = instance.travelTime(previous, node, vehicleType: typeIndex)
            consumed += instance.drivingEnergy(previous, node, vehicleType: typeIndex)
            // Arrival charge = initial − consumed + Σ earlier charges ≥ reserve (return charge at the end).
            let lowest = position == nodes.count ? type.minimumReturnCharge : type.reserve
            try problem.addRow(name: "charge_arrival_\(position)", lower: lowest - type.initialCharge + consumed,
                               upper: .infinity, coefficients: charges.isEmpty ? [] : charges)
            if position == nodes.count {
                try problem.addRow(name: "return", lower: -.infinity, upper: instance.depot.close - travel,
                                   coefficients: [(departure[position - 1], 1)])
                break
            }
            if let column = start[position] {
                try problem.addRow(name: "arrive_\(position)", lower: travel, upper: .infinity,
                                   coefficients: [(column, 1), (departure[position - 1], -1)])
                try problem.addRow(name: "serve_\(position)", lower: instance.serviceTime(atNode: node), upper: .infinity,
                                   coefficients: [(departure[position], 1), (column, -1)])
            } else if let column = charge[position] {
                let rate = StationPaths.rate(instance, station: node, typeIndex: typeIndex)
                try problem.addRow(name: "charge_time_\(position)", lower: travel, upper: .infinity,
                                   coefficients: [(departure[position], 1), (departure[position - 1], -1), (column, -rate)])
                charges.append((column, 1))
                try problem.addRow(name: "battery_\(position)", lower: -.infinity,
                                   upper: type.battery - type.initialCharge + consumed, coefficients: charges)
            }
        }
        let solution = try problem.solve()
        guard solution.status == .optimal else { return nil }
        return sequence.indices.map { offset in charge[offset + 1].map { max(0, solution.values[$0 - 1]) } ?? 0 }
    }
}
