/// The one "HH:MM" formatter for times in minutes since midnight (reports, `inspect`,
/// feasibility reasons, supply CSV messages).
///
/// Rules:
/// - the time is rounded to the nearest whole minute, halves away from zero
///   (479.5 → "08:00", 479.4 → "07:59");
/// - hours keep counting beyond 24 h, without wrapping to the next day (1 530 → "25:30");
/// - negative times get a leading minus before the magnitude (−90 → "-01:30");
/// - hours and minutes have at least two digits;
/// - a non-finite time (no clock reading exists) is written as Swift prints it ("inf", "nan").
public enum ClockText {
    /// `minutes` since midnight as "HH:MM" (see the rules above).
    public static func text(minutes: Double) -> String {
        guard minutes.isFinite else { return "\(minutes)" }
        let whole = Int(minutes.rounded())
        let magnitude = abs(whole)
        return (whole < 0 ? "-" : "") + twoDigits(magnitude / 60) + ":" + twoDigits(magnitude % 60)
    }

    /// A non-negative integer with at least two digits ("07", "42", "130").
    public static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
