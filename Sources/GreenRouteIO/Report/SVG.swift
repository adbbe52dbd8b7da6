/// Small helpers for writing SVG by hand.
enum SVG {
    /// A coordinate with at most one decimal ("12", "12.5"), enough for screen pixels.
    static func number(_ value: Double) -> String {
        ReportFormat.compact(value, decimals: 1)
    }

    /// A `points` attribute value from (x, y) pairs.
    static func points(_ list: [(Double, Double)]) -> String {
        list.map { number($0.0) + "," + number($0.1) }.joined(separator: " ")
    }

    /// A `<title>` child: the tooltip browsers show on hover (escaped).
    static func title(_ text: String) -> String {
        "<title>" + text.htmlEscaped + "</title>"
    }

    /// A 1–2–5 rounded upper bound for a value axis (at least `value`, never 0).
    static func niceMaximum(_ value: Double) -> Double {
        guard value > 0, value.isFinite else { return 1 }
        let step = TimeAxis.niceStep(span: value, targetCount: 4)
        return (value / step).rounded(.up) * step
    }
}
