/// The weather of a generated day, which sets the solar parks' hourly cloud factors
/// (the share of the clear-sky output that reaches the panels, per local clock hour).
public enum ScenarioWeather: String, Sendable, CaseIterable {
    /// Clear sky: each hour 0.90–1.00.
    case sunny
    /// Overcast: a level of 0.25–0.40 for the day, each hour ±0.08 around it, within 0.10–0.50.
    case cloudy
    /// Passing clouds: a random walk starting in 0.40–1.00, steps of ±0.25 per hour, within 0.20–1.00.
    case mixed

    /// 24 hourly factors for the city, rounded to 0.01.
    func cityCloudFactors(_ random: inout SplitMix64) -> [Double] {
        var factors: [Double] = []
        switch self {
        case .sunny:
            for _ in 0..<24 { factors.append(random.uniform(0.9, 1.0)) }
        case .cloudy:
            let level = random.uniform(0.25, 0.40)
            for _ in 0..<24 { factors.append(min(0.5, max(0.1, level + random.uniform(-0.08, 0.08)))) }
        case .mixed:
            var factor = random.uniform(0.4, 1.0)
            for _ in 0..<24 {
                factors.append(factor)
                factor = min(1.0, max(0.2, factor + random.uniform(-0.25, 0.25)))
            }
        }
        return factors.map(Self.hundredths)
    }

    /// A station's factors: the city's, each hour ±0.05 (clouds over one park), within [0, 1].
    func stationCloudFactors(city: [Double], _ random: inout SplitMix64) -> [Double] {
        city.map { Self.hundredths(min(1, max(0, $0 + random.uniform(-0.05, 0.05)))) }
    }

    static func hundredths(_ value: Double) -> Double {
        (value * 100).rounded() / 100
    }
}
