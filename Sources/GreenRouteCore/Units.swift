/// Units used throughout GreenRoute.
///
/// GreenRoute keeps every quantity in the natural unit of its instance:
/// - native JSON instances: distance in kilometres, time in minutes since midnight,
///   energy in kWh, power in kW;
/// - Schneider and Solomon benchmark files: abstract distance, time and energy units,
///   where one time unit is treated as one "hour" for the energy = power × time rule,
///   so that the charging rate `1/g` is a power in energy units per time unit.
///
/// ``Instance/timeUnit`` says which applies; ``Physics`` converts with it.
public typealias Distance = Double
/// A point or span of time in the instance's time unit (minutes for native instances).
public typealias Duration = Double
/// Energy in kWh (native) or abstract energy units (benchmark files).
public typealias Energy = Double
/// Power in kW (native) or abstract energy units per time unit (benchmark files).
public typealias Power = Double
/// Load in the instance's load unit (parcels, kg, or abstract units).
public typealias Load = Double

/// The one floating-point tolerance of GreenRoute: 1e-6 relative (spec: "Floating-point
/// tolerance: 1e-6 relative"). Absolute below magnitude 1.
public enum Tolerance {
    /// Relative tolerance used by every comparison of computed quantities.
    public static let relative: Double = 1e-6

    /// The allowed slack when comparing quantities of about the given magnitude.
    @inlinable
    public static func slack(_ magnitude: Double) -> Double {
        relative * max(1.0, abs(magnitude))
    }

    /// `a ≤ b` up to the tolerance.
    @inlinable
    public static func lessOrEqual(_ a: Double, _ b: Double) -> Bool {
        a <= b + slack(max(abs(a), abs(b)))
    }

    /// `a == b` up to the tolerance.
    @inlinable
    public static func equal(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= slack(max(abs(a), abs(b)))
    }
}

/// The unit of time of an instance.
public enum TimeUnit: String, Codable, Sendable, Equatable {
    /// Minutes (native instances); power × minutes / 60 = energy in kWh.
    case minutes
    /// Abstract benchmark time unit; power × time = energy.
    case abstract

    /// Hours per one time unit: the factor in energy = power × duration × hoursPerUnit.
    public var hoursPerUnit: Double {
        switch self {
        case .minutes: return 1.0 / 60.0
        case .abstract: return 1.0
        }
    }
}
