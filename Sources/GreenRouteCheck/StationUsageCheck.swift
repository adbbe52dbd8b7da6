import GreenRouteCore

/// Recomputes the station KPIs a plan reports (energy per station and hour, the supply of
/// that hour, peak vans charging at once) from the plan's charging segments alone.
struct StationUsageCheck {
    let instance: Instance
    let segments: [String: [ChargingSegment]]

    init(instance: Instance, routes: [PlanRoute]) {
        self.instance = instance
        var byStation: [String: [ChargingSegment]] = [:]
        for route in routes {
            for stop in route.stops { byStation[stop.node, default: []] += stop.charging }
        }
        segments = byStation
    }

    /// Energy charged at a station in [from, from + 60 min), in kWh.
    func energy(at station: String, from start: Duration) -> Energy {
        (segments[station] ?? []).reduce(0.0) { total, segment in
            let overlap = min(start + 60, segment.end) - max(start, segment.start)
            return total + (overlap > 0 ? Physics.energy(power: segment.power, duration: overlap, timeUnit: instance.timeUnit) : 0)
        }
    }

    /// Green energy offered at a station in [from, from + 60 min), in kWh; nil when unknown or unlimited.
    func supplyEnergy(at station: String, from start: Duration) -> Energy? {
        guard let node = instance.nodeIndex(of: station), instance.isStation(node),
              case .intervals(let list) = instance.station(atNode: node).supply else { return nil }
        return list.reduce(0.0) { total, interval in
            let overlap = min(start + 60, interval.end) - max(start, interval.start)
            return total + (overlap > 0 ? Physics.energy(power: interval.power, duration: overlap, timeUnit: instance.timeUnit) : 0)
        }
    }

    /// The most segments active at one instant at a station.
    func peak(at station: String) -> Int {
        let list = segments[station] ?? []
        var best = 0
        for segment in list {
            let active = list.filter { $0.start <= segment.start && segment.start < $0.end }.count
            best = max(best, active)
        }
        return best
    }
}
