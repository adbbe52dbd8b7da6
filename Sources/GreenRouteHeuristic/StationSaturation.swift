import GreenRouteCore

/// Where and when a plan uses a station to its limit: all its chargers busy, or its whole
/// green supply drawn. Used to word `UnassignedDiagnosis` reasons.
struct StationSaturation {
    /// A stretch of time when one station is saturated, with the words that describe it.
    struct Stretch {
        var start: Duration
        var end: Duration
        var text: String
    }

    let chargerStretches: [Stretch]
    let supplyStretches: [Stretch]

    init(instance: Instance, plan: Plan) {
        var segmentsByStation: [String: [ChargingSegment]] = [:]
        for route in plan.routes {
            for stop in route.stops where !stop.charging.isEmpty { segmentsByStation[stop.node, default: []] += stop.charging }
        }
        var chargerStretches: [Stretch] = [], supplyStretches: [Stretch] = []
        for station in instance.stations {
            let segments = segmentsByStation[station.id] ?? []
            let times = Set(segments.flatMap { [$0.start, $0.end] } + station.supply.breakpoints).sorted()
            for (start, end) in zip(times, times.dropFirst()) where end - start > 1e-6 {
                let middle = (start + end) / 2
                let active = segments.filter { $0.start <= middle && middle < $0.end }
                if let chargers = station.chargers, active.count >= chargers {
                    chargerStretches.append(Stretch(start: start, end: end, text: "\(station.id) around "
                        + Self.clock(start, instance) + ": \(active.count) of \(chargers) chargers in use"))
                }
                let drawn = active.reduce(0) { $0 + $1.power }, available = station.supply.power(at: middle)
                if !station.supply.isUnlimited, !active.isEmpty, drawn >= available - 1e-6 {
                    supplyStretches.append(Stretch(start: start, end: end, text: "\(station.id) around "
                        + Self.clock(start, instance) + ": \(Self.number(drawn)) of \(Self.number(available)) "
                        + "\(instance.timeUnit == .minutes ? "kW" : "units") drawn"))
                }
            }
        }
        self.chargerStretches = chargerStretches
        self.supplyStretches = supplyStretches
    }

    /// The saturated-chargers stretch closest to a time window (the first one without a window).
    func chargers(near window: (Duration, Duration)?) -> String? { Self.closest(chargerStretches, to: window) }

    /// The saturated-supply stretch closest to a time window (the first one without a window).
    func supply(near window: (Duration, Duration)?) -> String? { Self.closest(supplyStretches, to: window) }

    static func closest(_ stretches: [Stretch], to window: (Duration, Duration)?) -> String? {
        guard let window else { return stretches.first?.text }
        func gap(_ stretch: Stretch) -> Double { max(0, stretch.start - window.1, window.0 - stretch.end) }
        return stretches.min { gap($0) < gap($1) }?.text
    }

    static func clock(_ t: Duration, _ instance: Instance) -> String {
        instance.timeUnit == .minutes ? ClockText.text(minutes: t) : number(t)
    }

    static func number(_ value: Double) -> String {
        let tenths = (value * 10).rounded() / 10
        return tenths == tenths.rounded() ? String(Int(tenths)) : String(tenths)
    }
}
