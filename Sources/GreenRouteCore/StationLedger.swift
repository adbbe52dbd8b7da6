/// The charging already committed at each station by scheduled vans, and the earliest
/// feasible charging of one more van under the station's green supply and charger count.
///
/// Solvers schedule routes one after another against one ledger: each route's station stops
/// take what is left of the supply (kW) and the chargers at each moment, so plans share a
/// station's supply and chargers without ever exceeding them. Unconstrained stations
/// (unlimited supply and chargers) need no ledger entries.
public struct StationLedger: Sendable {
    /// Committed segments per station (indexed by station position), sorted by start.
    private var committed: [[ChargingSegment]]
    private let stationOffset: Int

    public init(_ instance: Instance) {
        committed = Array(repeating: [], count: instance.stations.count)
        stationOffset = 1 + instance.customers.count
    }

    /// Segments committed at a station node so far.
    public func segments(atStation node: Int) -> [ChargingSegment] { committed[node - stationOffset] }

    /// Records a van's segments at a station node.
    public mutating func commit(_ segments: [ChargingSegment], atStation node: Int) {
        guard !segments.isEmpty else { return }
        committed[node - stationOffset] += segments
        committed[node - stationOffset].sort { $0.start < $1.start }
    }

    /// The earliest charging of `energy` (kWh) starting no earlier than `arrival` at a station,
    /// at most `maxPower` kW, within the supply left by committed vans and a free charger;
    /// nil when it cannot finish by `deadline`. Charging as early and as fast as allowed
    /// finishes earliest, since what is left does not depend on this van's choices.
    public func earliestCharging(_ instance: Instance, station node: Int, arrival: Duration, energy: Energy,
                                 maxPower: Power, deadline: Duration) -> [ChargingSegment]? {
        guard energy > Tolerance.slack(energy) * 0.01 else { return [] }
        var remaining = energy
        var result: [ChargingSegment] = []
        var finished = false
        forEachFreeInterval(instance, station: node, arrival: arrival, maxPower: maxPower, deadline: deadline) { start, end, power in
            let possible = Physics.energy(power: power, duration: end - start, timeUnit: instance.timeUnit)
            if possible >= remaining {
                let finish = start + Physics.chargingTime(energy: remaining, power: power, timeUnit: instance.timeUnit)
                append(&result, ChargingSegment(start: start, end: finish, power: power, energy: remaining))
                finished = true
                return false
            }
            append(&result, ChargingSegment(start: start, end: end, power: power, energy: possible))
            remaining -= possible
            return true
        }
        return finished ? result : nil
    }

    /// The most energy (kWh) one more van can charge at a station between `arrival` and
    /// `deadline` at up to `maxPower` kW, within the supply left by committed vans and a free
    /// charger.
    public func availableEnergy(_ instance: Instance, station node: Int, arrival: Duration,
                                maxPower: Power, deadline: Duration) -> Energy {
        var total = 0.0
        forEachFreeInterval(instance, station: node, arrival: arrival, maxPower: maxPower, deadline: deadline) { start, end, power in
            total += Physics.energy(power: power, duration: end - start, timeUnit: instance.timeUnit)
            return true
        }
        return total
    }

    /// Calls `body` in time order for each interval of [arrival, deadline] where one more van
    /// can charge, with the constant power (kW) it gets there; stops when `body` returns false.
    private func forEachFreeInterval(_ instance: Instance, station node: Int, arrival: Duration, maxPower: Power,
                                     deadline: Duration, _ body: (Duration, Duration, Power) -> Bool) {
        guard deadline > arrival else { return }
        let station = instance.station(atNode: node)
        let others = committed[node - stationOffset]
        var cuts = Set(station.supply.breakpoints.filter { $0 > arrival && $0 < deadline })
        for segment in others {
            if segment.start > arrival && segment.start < deadline { cuts.insert(segment.start) }
            if segment.end > arrival && segment.end < deadline { cuts.insert(segment.end) }
        }
        let points = [arrival] + cuts.sorted() + [deadline]
        for index in 0..<(points.count - 1) {
            let start = points[index], end = points[index + 1]
            guard end > start else { continue }
            let middle = (start + end) / 2
            var used = 0.0, active = 0
            for segment in others where segment.start <= middle && middle < segment.end {
                used += segment.power
                active += 1
            }
            if let chargers = station.chargers, active >= chargers { continue }
            let power = min(maxPower, station.supply.power(at: middle) - used)
            guard power > Tolerance.slack(maxPower) else { continue }
            guard body(start, end, power) else { return }
        }
    }

    /// Appends, merging with the previous segment when it continues it at the same power.
    private func append(_ list: inout [ChargingSegment], _ segment: ChargingSegment) {
        if let last = list.last, last.end == segment.start, last.power == segment.power {
            list[list.count - 1] = ChargingSegment(start: last.start, end: segment.end, power: last.power,
                                                   energy: last.energy + segment.energy)
        } else {
            list.append(segment)
        }
    }
}
