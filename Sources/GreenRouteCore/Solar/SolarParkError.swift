/// Why a solar park description cannot give a supply profile.
public enum SolarParkError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The date is not a valid `"YYYY-MM-DD"` day.
    case badDate(String)
    /// Latitude outside [−90, 90] or longitude outside [−180, 180] degrees.
    case locationOutOfRange(latitude: Double, longitude: Double)
    /// Peak power negative or not finite, in kW.
    case badPeakPower(Double)
    /// Losses outside [0, 1).
    case lossesOutOfRange(Double)
    /// Cloud factors given, but not 24 of them.
    case wrongCloudFactorCount(Int)
    /// A cloud factor outside [0, 1] (hour, value).
    case cloudFactorOutOfRange(hour: Int, value: Double)
    /// UTC offset outside [−14, 14] hours.
    case utcOffsetOutOfRange(Double)

    public var description: String {
        switch self {
        case .badDate(let text): return "date \"\(text)\" is not a valid day (expected \"YYYY-MM-DD\")"
        case .locationOutOfRange(let latitude, let longitude):
            return "location \(latitude), \(longitude) out of range (expected latitude in [-90, 90], longitude in [-180, 180])"
        case .badPeakPower(let value): return "peak power \(value) kW (expected a finite number ≥ 0)"
        case .lossesOutOfRange(let value): return "losses \(value) (expected a fraction in [0, 1))"
        case .wrongCloudFactorCount(let count): return "\(count) cloud factors (expected 24, one per hour, or none for clear sky)"
        case .cloudFactorOutOfRange(let hour, let value): return "cloud factor of hour \(hour) is \(value) (expected a number in [0, 1])"
        case .utcOffsetOutOfRange(let value): return "UTC offset \(value) hours (expected [-14, 14])"
        }
    }
}
