/// How a plan uses its stations: energy per station and hour against the supply of that
/// hour, and the peak number of vans charging at once (for the plan's KPIs).
struct StationUsage {
    var hours: [StationHour]?
    var peaks: [StationPeak]

    init(_ instance: Instance, routes: [PlanRoute]) {
        var segmentsByStation: [String: [ChargingSegment]] = [:]
        for route in routes {
            for stop in route.stops where !stop.charging.isEmpty {
                segmentsByStation[stop.node, default: []] += stop.charging
            }
        }
        let used = segmentsByStation.keys.sorted()
        peaks = used.map { id in
            let station = instance.nodeIndex(of: id).flatMap { instance.isStation($0) ? instance.station(atNode: $0) : nil }
            return StationPeak(station: id, peakChargers: Self.peak(segmentsByStation[id]!), chargers: station?.chargers)
        }
        guard instance.timeUnit == .minutes else { hours = nil; return }
        var rows: [StationHour] = []
        for id in used {
            guard let node = instance.nodeIndex(of: id), instance.isStation(node) else { continue }
            let supply = instance.station(atNode: node).supply
            let segments = segmentsByStation[id]!
            let first = Int((segments.map(\.start).min()! / 60).rounded(.down))
            let last = Int((segments.map(\.end).max()! / 60).rounded(.up))
            for hour in first..<max(first + 1, last) {
                let start = Double(hour) * 60, end = start + 60
                var energy = 0.0
                for segment in segments {
                    let overlap = min(end, segment.end) - max(start, segment.start)
                    if overlap > 0 { energy += Physics.energy(power: segment.power, duration: overlap, timeUnit: .minutes) }
                }
                rows.append(StationHour(station: id, hourStart: start, energyCharged: energy,
                                        supplyEnergy: Self.supplyEnergy(supply, from: start, to: end)))
            }
        }
        hours = rows
    }

    /// Largest number of overlapping segments (ends before starts at equal times).
    static func peak(_ segments: [ChargingSegment]) -> Int {
        let events = segments.flatMap { [($0.start, 1), ($0.end, -1)] }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        var active = 0, best = 0
        for event in events {
            active += event.1
            best = max(best, active)
        }
        return best
    }

    /// Green energy the profile offers in [from, to), in kWh; nil when unlimited.
    static func supplyEnergy(_ supply: SupplyProfile, from: Duration, to: Duration) -> Energy? {
        guard case .intervals(let list) = supply else { return nil }
        return list.reduce(0.0) { total, interval in
            let overlap = min(to, interval.end) - max(from, interval.start)
            return total + (overlap > 0 ? Physics.energy(power: interval.power, duration: overlap, timeUnit: .minutes) : 0)
        }
    }
}
