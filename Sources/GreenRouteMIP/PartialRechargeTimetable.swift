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
        return simulate(instance, typeIndex: typeIndex, sequence: sequence, amounts: amounts)
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

    /// Forward timing with given charge amounts; nil when a rule breaks (beyond the tolerance).
    static func simulate(_ instance: Instance, typeIndex: Int, sequence: [Int], amounts: [Double]) -> PlanRoute? {
        let type = instance.vehicleTypes[typeIndex]
        let nodes = [0] + sequence + [0]
        var load = sequence.reduce(0.0) { $0 + instance.demand(atNode: $1) }
        guard Tolerance.lessOrEqual(load, type.capacity) else { return nil }
        var charge = type.initialCharge, time = instance.depot.open, distance = 0.0
        var stops = [PlanStop(node: instance.depot.id, arrival: time, start: time, departure: time, loadArrival: load,
                              loadDeparture: load, chargeArrival: charge, chargeDeparture: charge)]
        for position in 1..<nodes.count {
            let from = nodes[position - 1], node = nodes[position]
            distance += instance.distance(from, node)
            time += instance.travelTime(from, node, vehicleType: typeIndex)
            charge -= instance.drivingEnergy(from, node, vehicleType: typeIndex)
            let arrival = time, chargeArrival = charge, loadArrival = load
            var start = arrival
            var segments: [ChargingSegment] = []
            let isEnd = position == nodes.count - 1
            guard Tolerance.lessOrEqual(isEnd ? type.minimumReturnCharge : type.reserve, charge) else { return nil }
            switch instance.kind(ofNode: node) {
            case .depot:
                guard Tolerance.lessOrEqual(time, instance.depot.close) else { return nil }
            case .customer:
                let customer = instance.customer(atNode: node)
                start = max(arrival, customer.ready)
                guard Tolerance.lessOrEqual(start, customer.due) else { return nil }
                time = start + customer.service
                load -= customer.demand
            case .station:
                let energy = min(amounts[position - 1], max(0, type.battery - charge))
                if energy > 0 {
                    let power = instance.chargingPower(atNode: node, vehicleType: typeIndex)
                    let duration = Physics.chargingTime(energy: energy, power: power, timeUnit: instance.timeUnit)
                    segments.append(ChargingSegment(start: time, end: time + duration, power: power, energy: energy))
                    time += duration
                    charge += energy
                }
                guard Tolerance.lessOrEqual(time, instance.depot.close) else { return nil }
            }
            stops.append(PlanStop(node: instance.id(ofNode: node), arrival: arrival, start: start,
                                  departure: isEnd ? arrival : time, loadArrival: loadArrival, loadDeparture: load,
                                  chargeArrival: chargeArrival, chargeDeparture: charge, charging: segments))
        }
        return PlanRoute(vehicleType: type.id, stops: stops, distance: distance)
    }
}
