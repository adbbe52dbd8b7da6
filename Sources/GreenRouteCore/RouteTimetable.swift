/// Solver-side construction of a timed route from a node sequence. The checker never uses
/// this type: it recomputes plans on its own.
///
/// At stations with green limits (supply profile, charger count) charging follows
/// ``StationLedger/earliestCharging(_:station:arrival:energy:maxPower:deadline:)``: as early and
/// as fast as the supply left by the vans already scheduled allows (the van waits for the sun
/// or for a free charger). Routes of one plan are scheduled in turn against one ledger
/// (``buildAll(_:routes:)``).
///
/// Full recharge charges to the battery at every station stop. Partial recharge charges
/// the least energy that reaches the next charging opportunity (the next station, or the
/// depot with its return charge); with one charging power per van this gives the earliest
/// arrival at every later stop.
public enum RouteTimetable {
    /// Builds the timed route for `sequence` (node indices between the two depot visits),
    /// or nil when it breaks a time window, the horizon, the load or the battery.
    public static func build(_ instance: Instance, vehicleType typeIndex: Int, sequence: [Int],
                             departure: Duration? = nil, ledger: StationLedger? = nil) -> PlanRoute? {
        let ledger = ledger ?? StationLedger(instance)
        var fullStops: UInt64 = 0
        var untilLatest = false
        guard var route = firstFeasible(instance, typeIndex: typeIndex, sequence: sequence,
                                        departure: departure ?? instance.depot.open, ledger: ledger,
                                        chosen: &fullStops, untilLatest: &untilLatest) else { return nil }
        // Leave later when the van would only wait at its first stops (and every service
        // start stays the same: with green limits a later arrival may change charging).
        if departure == nil {
            // Try the largest candidate first, then smaller ones; keep the first that changes no
            // service start and no return time.
            var delay = departureSlack(instance, route: route)
            for _ in 0..<4 where delay > Tolerance.slack(route.stops[0].departure) {
                if let later = simulate(instance, typeIndex: typeIndex, sequence: sequence,
                                        departure: instance.depot.open + delay, ledger: ledger, fullStops: fullStops,
                                        untilLatest: untilLatest),
                   zip(later.stops, route.stops).dropFirst().allSatisfy({ !$0.charging.isEmpty || Tolerance.equal($0.start, $1.start) }),
                   Tolerance.equal(later.stops.last!.arrival, route.stops.last!.arrival) {
                    route = later
                    break
                }
                delay /= 2
            }
        }
        return route
    }

    /// Times `sequence` leaving every station stop with the given charge (energy units;
    /// `departureCharges[k]` belongs to `sequence[k]` and is ignored at customers; never less
    /// than the arrival charge, never more than the battery), charging as early as the supply
    /// left in `ledger` allows (empty: alone). The van leaves the depot at its opening. Nil when
    /// a time window, the horizon, the load or the battery breaks.
    public static func build(_ instance: Instance, vehicleType typeIndex: Int, sequence: [Int],
                             departureCharges: [Energy], ledger: StationLedger? = nil) -> PlanRoute? {
        simulate(instance, typeIndex: typeIndex, sequence: sequence, departure: instance.depot.open,
                 ledger: ledger ?? StationLedger(instance), targets: [0] + departureCharges + [0])
    }

    /// Times every route in turn against one ledger, so that routes share station supply and
    /// chargers; nil for a route that cannot be timed given the routes before it.
    public static func buildAll(_ instance: Instance, routes: [(vehicleType: Int, sequence: [Int])]) -> [PlanRoute?] {
        var ledger = StationLedger(instance)
        return routes.map { item in
            guard let route = build(instance, vehicleType: item.vehicleType, sequence: item.sequence, ledger: ledger) else {
                return nil
            }
            commit(instance, route: route, sequence: item.sequence, to: &ledger)
            return route
        }
    }

    /// Records a timed route's charging at constrained stations in the ledger.
    public static func commit(_ instance: Instance, route: PlanRoute, sequence: [Int], to ledger: inout StationLedger) {
        for (position, node) in sequence.enumerated() where instance.isStation(node) {
            if !instance.station(atNode: node).isUnconstrained {
                ledger.commit(route.stops[position + 1].charging, atStation: node)
            }
        }
    }

    /// Under partial recharge, the least-energy rule can fail where charging more at an early
    /// stop (whose delay is absorbed by waiting) succeeds; any mix of "least" and "to full" per
    /// station stop is a valid partial decision. Tries least everywhere, then full everywhere,
    /// then (up to ``maximumMixedStops`` station stops) every mix, fewest full stops first.
    /// Last, on routes through a station with a supply profile: charging at every stop as long
    /// as the later time windows allow (a weak morning sun may have to give more than the least
    /// energy when the afternoon's gives less).
    static func firstFeasible(_ instance: Instance, typeIndex: Int, sequence: [Int], departure: Duration,
                              ledger: StationLedger, chosen: inout UInt64, untilLatest: inout Bool) -> PlanRoute? {
        let stops = sequence.filter { instance.isStation($0) }.count
        let everyStop: UInt64 = stops >= 64 ? .max : (1 << UInt64(stops)) - 1
        var masks: [UInt64] = [0]
        if instance.charging == .partial && stops > 0 {
            if stops <= maximumMixedStops {
                masks = (0...everyStop).sorted { ($0.nonzeroBitCount, $0) < ($1.nonzeroBitCount, $1) }
            } else {
                masks = [0, everyStop]
            }
        }
        for mask in masks {
            if let route = simulate(instance, typeIndex: typeIndex, sequence: sequence, departure: departure,
                                    ledger: ledger, fullStops: mask) {
                chosen = mask
                return route
            }
        }
        if instance.charging == .partial,
           sequence.contains(where: { instance.isStation($0) && !instance.station(atNode: $0).supply.isUnlimited }),
           let route = simulate(instance, typeIndex: typeIndex, sequence: sequence, departure: departure,
                                ledger: ledger, untilLatest: true) {
            untilLatest = true
            return route
        }
        return nil
    }

    /// Station stops up to which every mix of least and full charging is tried.
    static let maximumMixedStops = 4

    static func simulate(_ instance: Instance, typeIndex: Int, sequence: [Int], departure: Duration,
                         ledger: StationLedger, fullStops: UInt64 = 0, untilLatest: Bool = false,
                         targets: [Energy]? = nil) -> PlanRoute? {
        let type = instance.vehicleTypes[typeIndex]
        let nodes = [0] + sequence + [0]
        var load = sequence.reduce(0.0) { $0 + instance.demand(atNode: $1) }
        guard Tolerance.lessOrEqual(load, type.capacity) else { return nil }
        let needs = energyNeededAfter(instance, typeIndex: typeIndex, nodes: nodes)
        let latest = untilLatest ? latestDepartures(instance, typeIndex: typeIndex, nodes: nodes) : []
        var charge = type.initialCharge
        var time = departure
        var distance = 0.0
        var stationStop = 0
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
                var target: Energy
                if let targets {
                    target = min(type.battery, max(charge, targets[position]))
                } else if instance.charging == .full {
                    target = type.battery
                } else {
                    let full = stationStop < 64 && fullStops & (1 << UInt64(stationStop)) != 0
                    target = full ? type.battery : min(type.battery, max(charge, needs[position]))
                    stationStop += 1
                }
                var energy = max(0, target - charge)
                let power = instance.chargingPower(atNode: node, vehicleType: typeIndex)
                if untilLatest {
                    // As much as fits before the latest departure (a hair less, so that the
                    // schedule ends by it despite rounding), up to a full battery.
                    let available = instance.station(atNode: node).isUnconstrained
                        ? Physics.energy(power: power, duration: max(0, latest[position] - time), timeUnit: instance.timeUnit)
                        : ledger.availableEnergy(instance, station: node, arrival: time, maxPower: power,
                                                 deadline: latest[position])
                    energy = min(type.battery - charge, max(0, available * (1 - 1e-9)))
                    target = charge + energy
                }
                if energy > 0 && instance.station(atNode: node).isUnconstrained {
                    let duration = Physics.chargingTime(energy: energy, power: power, timeUnit: instance.timeUnit)
                    segments.append(ChargingSegment(start: time, end: time + duration, power: power, energy: energy))
                    time += duration
                    charge = target
                } else if energy > 0 {
                    guard let green = ledger.earliestCharging(instance, station: node, arrival: time, energy: energy,
                                                              maxPower: power, deadline: instance.depot.close) else {
                        return nil
                    }
                    segments = green
                    time = green.last?.end ?? time
                    charge = target
                }
                guard Tolerance.lessOrEqual(time, instance.depot.close) else { return nil }
            }
            let isEnd = position == nodes.count - 1
            stops.append(PlanStop(node: instance.id(ofNode: node), arrival: arrival, start: start,
                                  departure: isEnd ? arrival : time, loadArrival: loadArrival, loadDeparture: load,
                                  chargeArrival: chargeArrival, chargeDeparture: charge, charging: segments))
        }
        return PlanRoute(vehicleType: type.id, stops: stops, distance: distance)
    }

    /// For each position, the charge needed on departure to reach the next charging
    /// opportunity (station or final depot) with the required level there.
    static func energyNeededAfter(_ instance: Instance, typeIndex: Int, nodes: [Int]) -> [Energy] {
        let type = instance.vehicleTypes[typeIndex]
        var result = [Energy](repeating: 0, count: nodes.count)
        var required = type.minimumReturnCharge
        for position in stride(from: nodes.count - 1, through: 1, by: -1) {
            let node = nodes[position]
            if instance.isStation(node) && position != nodes.count - 1 {
                result[position] = required
                required = type.reserve
            }
            required += instance.drivingEnergy(nodes[position - 1], node, vehicleType: typeIndex)
        }
        return result
    }

    /// For each position, the latest departure that keeps every later time window and the
    /// horizon when later station stops take no time (Savelsbergh's latest times).
    static func latestDepartures(_ instance: Instance, typeIndex: Int, nodes: [Int]) -> [Duration] {
        var result = [Duration](repeating: instance.depot.close, count: nodes.count)
        var latestArrival = instance.depot.close
        for position in stride(from: nodes.count - 2, through: 0, by: -1) {
            let node = nodes[position]
            result[position] = latestArrival - instance.travelTime(node, nodes[position + 1], vehicleType: typeIndex)
            latestArrival = result[position]
            if instance.isCustomer(node) {
                let customer = instance.customer(atNode: node)
                latestArrival = min(customer.due, result[position] - customer.service)
            }
        }
        return result
    }

    /// How much later the van may leave the depot without changing any service start:
    /// the waiting at the first stop that waits, bounded by the slack of the stops before it.
    static func departureSlack(_ instance: Instance, route: PlanRoute) -> Duration {
        // Idle time before the first service: waiting at stations (for the sun or a charger)
        // and at the first customer, bounded by the windows' slack on the way.
        var slack = Duration.infinity
        var idle = 0.0
        for (position, stop) in route.stops.enumerated().dropFirst() {
            guard let node = instance.nodeIndex(of: stop.node) else { return 0 }
            if position == route.stops.count - 1 { return 0 }
            if instance.isStation(node) {
                let charging = stop.charging.reduce(0.0) { $0 + $1.end - $1.start }
                idle += max(0, stop.departure - stop.arrival - charging)
                slack = min(slack, instance.depot.close - stop.departure + idle)
            }
            if instance.isCustomer(node) {
                let customer = instance.customer(atNode: node)
                idle += max(0, stop.start - stop.arrival)
                return max(0, min(slack, idle, customer.due - stop.start + idle))
            }
        }
        return 0
    }
}
