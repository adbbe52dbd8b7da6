import GreenRouteCore

/// How the report writes numbers and times: clock times ("07:45") and durations ("2 h 05")
/// for minute-based instances, plain numbers for abstract benchmark units.
struct ReportFormat: Sendable {
    /// The instance's time unit.
    let timeUnit: TimeUnit

    /// True when times are minutes since midnight.
    var usesClock: Bool { timeUnit == .minutes }

    /// A point in time: "HH:MM" (rounded to the minute) for minutes, else a number with 2 decimals.
    func time(_ value: Duration) -> String {
        guard usesClock, value.isFinite else { return Self.number(value, decimals: 2) }
        return ClockText.text(minutes: value)
    }

    /// A span of time: "1 h 05" / "25 min" for minutes, else a number with 2 decimals.
    func duration(_ value: Duration) -> String {
        guard usesClock, value.isFinite else { return Self.number(value, decimals: 2) }
        let minutes = Int(value.rounded())
        if abs(minutes) < 60 { return "\(minutes) min" }
        return "\(minutes / 60) h " + ClockText.twoDigits(abs(minutes) % 60)
    }

    /// A span of time in hours with one decimal (minutes), else the abstract number.
    func hours(_ value: Duration) -> String {
        guard usesClock else { return Self.number(value, decimals: 1) }
        return Self.number(value / 60, decimals: 1)
    }

    /// The unit name of distances: "km" (native) or "units" (benchmark files).
    var distanceUnit: String { usesClock ? "km" : "units" }
    /// The unit name of energy: "kWh" (native) or "units" (benchmark files).
    var energyUnit: String { usesClock ? "kWh" : "units" }
    /// The unit name of power: "kW" (native) or "units/t" (benchmark files).
    var powerUnit: String { usesClock ? "kW" : "units/t" }

    /// A number with a fixed count of decimals, "-" for non-finite values.
    static func number(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "-" : (value > 0 ? "∞" : "-∞") }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        let negative = value < 0 && scaled > 0
        let whole = (scaled / scale).rounded(.down)
        var text = String(Int(whole))
        if decimals > 0 {
            let fraction = Int(scaled - whole * scale)
            var digits = String(fraction)
            while digits.count < decimals { digits = "0" + digits }
            text += "." + digits
        }
        return (negative ? "-" : "") + text
    }

    /// A number with at most `decimals` decimals and no trailing zeros ("12", "3.5", "0.125").
    static func compact(_ value: Double, decimals: Int = 3) -> String {
        var text = number(value, decimals: decimals)
        guard text.contains(".") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}
