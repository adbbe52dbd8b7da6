import GreenRouteCore

/// Times a node sequence (partial recharge, charging alone) with the charge amounts the
/// labelling itself would pick, for routes that ``RouteTimetable`` (least energy, or mixes of
/// least and full per station stop) cannot time: e.g. two stops at a weak solar station where
/// the first must take more than the least energy but far less than a full battery.
///
/// Forward: the ``ChargeFrontier`` of the fixed sequence (earliest time per charge, the same
/// operations as the enumeration's labels), keeping the frontier on arrival at every station
/// stop. Backward: on return the lowest charge that is allowed; at each station stop, walking
/// back, the departure charge is known and the arrival charge is the one the partial rule's
/// minimum picks (`min_{c' ≤ c} (u(c') − c')` on the energy clock, or `t(c') − rate·c'` at an
/// unlimited station; the smallest minimiser). The route is then simulated with those departure
/// charges and charging as early as the supply allows (``StationLedger``, empty); the
/// simulation alone decides feasibility, so the frontier's optimistic sliver where the sun is
/// gone can only make a route untimed, never a wrong column.
enum FrontierTimetable {
    /// The timed route, or nil when the frontier finds no feasible state or the simulation
    /// with the chosen charges breaks a rule.
    static func build(_ instance: Instance, vehicleType typeIndex: Int, sequence: [Int]) -> PlanRoute? {
        guard instance.charging == .partial, sequence.contains(where: { instance.isStation($0) }) else { return nil }
        let type = instance.vehicleTypes[typeIndex]
        let nodes = [0] + sequence + [0]
        let close = instance.depot.close
        var frontier = ChargeFrontier(charge: type.initialCharge, time: instance.depot.open)
        var arrivals: [Int: ChargeFrontier] = [:]
        var clocks: [Int: GreenChargingClock] = [:]
        for position in 1..<nodes.count {
            let from = nodes[position - 1], node = nodes[position]
            frontier.drive(time: instance.travelTime(from, node, vehicleType: typeIndex),
                           energy: instance.drivingEnergy(from, node, vehicleType: typeIndex))
            guard frontier.keepCharge(atLeast: type.reserve - Tolerance.slack(type.battery)) else { return nil }
            switch instance.kind(ofNode: node) {
            case .depot:
                guard frontier.keepCharge(atLeast: type.minimumReturnCharge - Tolerance.slack(type.battery)),
                      frontier.keepTime(atMost: close + Tolerance.slack(close)) else { return nil }
            case .customer:
                let customer = instance.customer(atNode: node)
                frontier.wait(until: customer.ready)
                guard frontier.keepTime(atMost: customer.due + Tolerance.slack(customer.due)) else { return nil }
                frontier.serve(for: customer.service)
            case .station:
                arrivals[position] = frontier
                if clocks[node] == nil && !instance.station(atNode: node).supply.isUnlimited {
                    clocks[node] = GreenChargingClock(instance: instance, station: node, vehicleType: typeIndex)
                }
                guard frontier.charge(battery: type.battery, mode: .partial, clock: clocks[node],
                                      rate: StationPaths.rate(instance, station: node, typeIndex: typeIndex)) else { return nil }
                guard frontier.keepTime(atMost: close + Tolerance.slack(close)) else { return nil }
            }
        }
        // Walking back: `charge` is the charge on leaving nodes[position].
        var charge = max(frontier.minimumCharge, type.minimumReturnCharge)
        var targets = [Double](repeating: 0, count: nodes.count)
        for position in stride(from: nodes.count - 2, through: 1, by: -1) {
            let node = nodes[position]
            charge += instance.drivingEnergy(node, nodes[position + 1], vehicleType: typeIndex)
            guard let arrival = arrivals[position] else { continue }
            targets[position] = min(charge, type.battery)
            charge = arrivalCharge(arrival, departure: targets[position], clock: clocks[node],
                                   rate: StationPaths.rate(instance, station: node, typeIndex: typeIndex))
        }
        // The minimum often picks a state at the edge of a sunny spell (all the morning's
        // energy); rounding may then push the end of charging into the next spell. Retry with
        // the amounts at supply-limited stations shaved by far less than the checker's tolerance.
        let charges = Array(targets[1..<(nodes.count - 1)])
        let shaved = zip(sequence, charges).map { node, charge in
            instance.isStation(node) && !instance.station(atNode: node).supply.isUnlimited ? charge * (1 - 1e-7) : charge
        }
        return RouteTimetable.build(instance, vehicleType: typeIndex, sequence: sequence, departureCharges: charges)
            ?? RouteTimetable.build(instance, vehicleType: typeIndex, sequence: sequence, departureCharges: shaved)
    }

    /// The charge on arrival that the partial rule's minimum picks for leaving with `departure`.
    static func arrivalCharge(_ arrival: ChargeFrontier, departure: Double, clock: GreenChargingClock?, rate: Double) -> Double {
        let points = arrival.points
        var candidates: [Double] = points.map(\.charge).filter { $0 <= departure }
        if let clock {
            // E(t(c)) is linear between the frontier's breakpoints and the clock's breakpoints.
            for (a, b) in zip(points, points.dropFirst()) where b.time > a.time {
                for time in clock.times where time > a.time && time < b.time {
                    let charge = a.charge + (time - a.time) / (b.time - a.time) * (b.charge - a.charge)
                    if charge <= departure { candidates.append(charge) }
                }
            }
        }
        if departure >= arrival.minimumCharge && departure <= arrival.maximumCharge { candidates.append(departure) }
        let value: (Double) -> Double = { charge in
            let time = arrival.time(atCharge: charge)
            return clock.map { $0.energy(at: time) - charge } ?? (time - rate * charge)
        }
        var best = arrival.minimumCharge, bestValue = Double.infinity
        for charge in candidates.sorted() {
            let current = value(charge)
            if current < bestValue - 1e-9 { best = charge; bestValue = current }
        }
        return min(best, departure)
    }
}
