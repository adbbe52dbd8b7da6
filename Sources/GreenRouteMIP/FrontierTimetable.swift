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
                if instance.station(atNode: node).supply.isUnlimited {
                    frontier.chargePartial(battery: type.battery, rate: StationPaths.rate(instance, station: node, typeIndex: typeIndex))
                } else {
                    let clock = clocks[node] ?? GreenChargingClock(instance: instance, station: node, vehicleType: typeIndex)
                    clocks[node] = clock
                    guard frontier.chargeGreen(battery: type.battery, clock: clock, full: false) else { return nil }
                }
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
        // the amounts shaved by far less than the checker's tolerance.
        return simulate(instance, typeIndex: typeIndex, nodes: nodes, targets: targets, shave: 0)
            ?? simulate(instance, typeIndex: typeIndex, nodes: nodes, targets: targets, shave: 1e-7)
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

    /// Simulates `nodes` (depot … depot) leaving each station stop with `targets[position]`,
    /// less `shave` × the target at green-limited stations.
    static func simulate(_ instance: Instance, typeIndex: Int, nodes: [Int], targets: [Double], shave: Double) -> PlanRoute? {
        let type = instance.vehicleTypes[typeIndex]
        let ledger = StationLedger(instance)
        var load = nodes.reduce(0.0) { $0 + instance.demand(atNode: $1) }
        guard Tolerance.lessOrEqual(load, type.capacity) else { return nil }
        var charge = type.initialCharge
        var time = instance.depot.open
        var distance = 0.0
        var stops = [PlanStop(node: instance.depot.id, arrival: time, start: time, departure: time,
                              loadArrival: load, loadDeparture: load, chargeArrival: charge, chargeDeparture: charge)]
        for position in 1..<nodes.count {
            let from = nodes[position - 1], node = nodes[position]
            distance += instance.distance(from, node)
            time += instance.travelTime(from, node, vehicleType: typeIndex)
            charge -= instance.drivingEnergy(from, node, vehicleType: typeIndex)
            let arrival = time, chargeArrival = charge, loadArrival = load
            guard Tolerance.lessOrEqual(type.reserve, charge) else { return nil }
            var segments: [ChargingSegment] = []
            var start = arrival
            switch instance.kind(ofNode: node) {
            case .depot:
                guard Tolerance.lessOrEqual(type.minimumReturnCharge, charge),
                      Tolerance.lessOrEqual(time, instance.depot.close) else { return nil }
            case .customer:
                let customer = instance.customer(atNode: node)
                start = max(arrival, customer.ready)
                guard Tolerance.lessOrEqual(start, customer.due) else { return nil }
                time = start + customer.service
                load -= customer.demand
            case .station:
                var target = min(type.battery, max(charge, targets[position]))
                let energy = target - charge
                let power = instance.chargingPower(atNode: node, vehicleType: typeIndex)
                if energy > 0 && instance.station(atNode: node).isUnconstrained {
                    let duration = Physics.chargingTime(energy: energy, power: power, timeUnit: instance.timeUnit)
                    segments.append(ChargingSegment(start: time, end: time + duration, power: power, energy: energy))
                    time += duration
                } else if energy > 0 {
                    let deadline = instance.depot.close
                    var chosen = ledger.earliestCharging(instance, station: node, arrival: time, energy: energy,
                                                         maxPower: power, deadline: deadline)
                    // Shaved only where that ends the charging clearly earlier (an edge of the sun).
                    let shaved = target - min(energy, shave * target)
                    if shave > 0, let early = ledger.earliestCharging(instance, station: node, arrival: time, energy: shaved - charge,
                                                                      maxPower: power, deadline: deadline),
                       chosen.map({ (early.last?.end ?? time) < ($0.last?.end ?? time) - Tolerance.slack(deadline) }) ?? true {
                        chosen = early
                        target = shaved
                    }
                    guard let green = chosen else { return nil }
                    segments = green
                    time = green.last?.end ?? time
                }
                charge = max(charge, target)
                guard Tolerance.lessOrEqual(time, instance.depot.close) else { return nil }
            }
            let isEnd = position == nodes.count - 1
            stops.append(PlanStop(node: instance.id(ofNode: node), arrival: arrival, start: start,
                                  departure: isEnd ? arrival : time, loadArrival: loadArrival, loadDeparture: load,
                                  chargeArrival: chargeArrival, chargeDeparture: charge, charging: segments))
        }
        return PlanRoute(vehicleType: type.id, stops: stops, distance: distance)
    }
}
