/// A vertical value axis from 0 to a round maximum, mapped onto a pixel range (y grows down).
struct ValueAxis: Sendable {
    let maximum: Double
    let top: Double
    let bottom: Double

    init(maximum: Double, top: Double, bottom: Double) {
        self.maximum = SVG.niceMaximum(maximum)
        self.top = top
        self.bottom = bottom
    }

    /// Pixel y of a value (clamped to the axis).
    func y(_ value: Double) -> Double {
        let clamped = min(max(value, 0), maximum)
        return bottom - clamped / maximum * (bottom - top)
    }

    /// Horizontal grid lines and labels (left of `left`) at round values, with a unit caption.
    func svgGrid(left: Double, right: Double, unit: String) -> String {
        let step = TimeAxis.niceStep(span: maximum, targetCount: 4)
        var svg = "<g class=\"value-axis\">"
        var value = 0.0
        while value <= maximum + 1e-9 {
            let y = SVG.number(self.y(value))
            svg += "<line class=\"grid\" x1=\"\(SVG.number(left))\" y1=\"\(y)\" x2=\"\(SVG.number(right))\" y2=\"\(y)\"/>"
            svg += "<text class=\"tick\" x=\"\(SVG.number(left - 6))\" y=\"\(SVG.number(self.y(value) + 4))\" text-anchor=\"end\">"
                + ReportFormat.compact(value, decimals: 2) + "</text>"
            value += step
        }
        svg += "<text class=\"axis-unit\" x=\"\(SVG.number(left - 6))\" y=\"\(SVG.number(top - 10))\" text-anchor=\"end\">"
            + unit.htmlEscaped + "</text>"
        return svg + "</g>"
    }
}
