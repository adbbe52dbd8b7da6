import Foundation
import GreenRouteCore

/// Compact text views of supply profiles, for `greenroute inspect`.
public enum SupplyProfileText {
    /// Mean available power per clock hour, from the first to the last hour with supply:
    /// `hourly kW from 05:00: 0.4 3.1 9.8 … 0.6 (412.3 kWh in all)`.
    ///
    /// Minutes-based profiles only; abstract time units show the intervals (at most six, then
    /// a count). `unlimited` for unlimited supply.
    public static func hourly(_ profile: SupplyProfile, timeUnit: TimeUnit) -> String {
        guard case .intervals(let list) = profile else { return "unlimited" }
        let total = profile.totalEnergy(timeUnit: timeUnit)
        guard !list.isEmpty, total > 0 else { return "none (0 in all)" }
        guard timeUnit == .minutes else {
            let shown = list.prefix(6).map { "\(number($0.start))–\(number($0.end)) \(number($0.power))" }
            let more = list.count > 6 ? ", … (\(list.count) intervals)" : ""
            return shown.joined(separator: ", ") + more + " (\(number(total)) in all)"
        }
        let lastEnd = list.map(\.end).max() ?? 0
        let hours = Int((lastEnd / 60).rounded(.up))
        var means = [Double](repeating: 0, count: max(hours, 1))
        for interval in list {
            let firstHour = max(0, Int((interval.start / 60).rounded(.down)))
            let endHour = min(means.count, max(firstHour, Int((interval.end / 60).rounded(.up))))
            for hour in firstHour..<endHour {
                let overlap = min(interval.end, Double(hour + 1) * 60) - max(interval.start, Double(hour) * 60)
                if overlap > 0 { means[hour] += interval.power * overlap / 60 }
            }
        }
        // Hours that round to 0.0 kW at either end (dawn, dusk) are left out.
        guard let first = means.firstIndex(where: { $0 >= 0.05 }), let last = means.lastIndex(where: { $0 >= 0.05 }) else {
            return "none (0 kWh in all)"
        }
        let values = means[first...last].map { number($0) }.joined(separator: " ")
        let clock = (first < 10 ? "0" : "") + "\(first):00"
        return "hourly kW from \(clock): \(values) (\(number(total)) kWh in all)"
    }

    /// One decimal, without a trailing ".0".
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }
}
