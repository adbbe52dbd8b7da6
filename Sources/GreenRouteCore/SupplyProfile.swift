/// One interval of a green supply forecast: `power` available on `[start, end)`.
public struct SupplyInterval: Equatable, Sendable, Codable {
    /// Start, in the instance's time unit (inclusive).
    public var start: Duration
    /// End, in the instance's time unit (exclusive).
    public var end: Duration
    /// Available green power, in kW (or abstract energy units per time unit).
    public var power: Power

    public init(start: Duration, end: Duration, power: Power) {
        self.start = start
        self.end = end
        self.power = power
    }
}

/// The green power a station can give over the day: piecewise constant, zero outside
/// the listed intervals, or unlimited (benchmark files).
public enum SupplyProfile: Equatable, Sendable {
    case unlimited
    /// Intervals sorted by start, not overlapping.
    case intervals([SupplyInterval])

    /// True when the profile never limits charging.
    public var isUnlimited: Bool {
        if case .unlimited = self { return true }
        return false
    }

    /// Available power at time `t` (kW); `.infinity` when unlimited.
    public func power(at t: Duration) -> Power {
        switch self {
        case .unlimited: return .infinity
        case .intervals(let list):
            for interval in list where interval.start <= t && t < interval.end {
                return interval.power
            }
            return 0
        }
    }

    /// The times where the available power may change, sorted.
    public var breakpoints: [Duration] {
        switch self {
        case .unlimited: return []
        case .intervals(let list):
            var points: [Duration] = []
            for interval in list {
                points.append(interval.start)
                points.append(interval.end)
            }
            return Array(Set(points)).sorted()
        }
    }

    /// Total green energy over the day (power × time × hoursPerUnit); `.infinity` when unlimited.
    public func totalEnergy(timeUnit: TimeUnit) -> Energy {
        switch self {
        case .unlimited: return .infinity
        case .intervals(let list):
            return list.reduce(0) { $0 + Physics.energy(power: $1.power, duration: $1.end - $1.start, timeUnit: timeUnit) }
        }
    }
}
