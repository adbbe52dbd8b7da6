import GreenRouteCore

/// The shared horizontal time axis of the timeline, charge and station charts: the depot's
/// opening hours, widened to every time the plan reports, mapped onto a pixel range.
struct TimeAxis: Sendable {
    /// First and last time shown, in the instance's time unit.
    let start: Duration
    let end: Duration
    /// Pixel x of `start` and of `end`.
    let left: Double
    let right: Double
    let format: ReportFormat

    init(instance: Instance, plan: Plan, left: Double, right: Double) {
        var low = instance.depot.open, high = instance.depot.close
        for route in plan.routes {
            for stop in route.stops {
                for value in [stop.arrival, stop.departure] + stop.charging.flatMap({ [$0.start, $0.end] })
                where value.isFinite {
                    low = min(low, value)
                    high = max(high, value)
                }
            }
        }
        if !(high > low) { high = low + 1 }
        let format = ReportFormat(timeUnit: instance.timeUnit)
        if format.usesClock {
            low = (low / 60).rounded(.down) * 60
            high = (high / 60).rounded(.up) * 60
        }
        self.start = low
        self.end = high
        self.left = left
        self.right = right
        self.format = format
    }

    /// Pixel x of a time (clamped to the axis).
    func x(_ time: Duration) -> Double {
        let clamped = min(max(time, start), end)
        return left + (clamped - start) / (end - start) * (right - left)
    }

    /// Tick times: whole hours for minute instances (every 1, 2 or 3 h to keep ≤ 13 ticks),
    /// a 1–2–5 step otherwise.
    var ticks: [Duration] {
        let step: Double
        if format.usesClock {
            let hours = (end - start) / 60
            step = hours <= 13 ? 60 : (hours <= 26 ? 120 : 180)
        } else {
            step = Self.niceStep(span: end - start, targetCount: 10)
        }
        var result: [Duration] = []
        var tick = (start / step).rounded(.up) * step
        while tick <= end + 1e-9 {
            result.append(tick)
            tick += step
        }
        return result
    }

    /// A 1, 2 or 5 × 10^k step giving about `targetCount` intervals over `span`.
    static func niceStep(span: Double, targetCount: Int) -> Double {
        guard span > 0, span.isFinite else { return 1 }
        let raw = span / Double(targetCount)
        var magnitude = 1.0
        while magnitude * 10 <= raw { magnitude *= 10 }
        while magnitude > raw { magnitude /= 10 }
        for factor in [1.0, 2.0, 5.0, 10.0] where magnitude * factor >= raw { return magnitude * factor }
        return magnitude * 10
    }

    /// SVG of vertical grid lines and tick labels between `top` and `bottom` (labels below).
    func svgGrid(top: Double, bottom: Double) -> String {
        var svg = "<g class=\"time-axis\">"
        for tick in ticks {
            let x = SVG.number(self.x(tick))
            svg += "<line class=\"grid\" x1=\"\(x)\" y1=\"\(SVG.number(top))\" x2=\"\(x)\" y2=\"\(SVG.number(bottom))\"/>"
            svg += "<text class=\"tick\" x=\"\(x)\" y=\"\(SVG.number(bottom + 14))\" text-anchor=\"middle\">"
                + (format.usesClock ? format.time(tick) : ReportFormat.compact(tick, decimals: 2)) + "</text>"
        }
        return svg + "</g>"
    }
}
