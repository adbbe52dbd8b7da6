import GreenRouteCore

/// One row per van on the shared time axis: driving, service, waiting and charging bars.
///
/// Rows are `<g class="timeline-row" data-van="N">`; bars are `rect.bar.<kind>`.
struct TimelineChart: Sendable {
    let instance: Instance
    let plan: Plan
    let axis: TimeAxis

    static let width = 1000.0
    static let labelWidth = 90.0
    private let rowHeight = 26.0
    private let top = 8.0

    func svg() -> String {
        let height = top + rowHeight * Double(plan.routes.count) + 26
        var svg = "<svg class=\"timeline\" viewBox=\"0 0 \(SVG.number(Self.width)) \(SVG.number(height))\" role=\"img\" aria-label=\"Timeline per van\">"
        svg += axis.svgGrid(top: top, bottom: height - 22)
        let format = axis.format
        for (index, route) in plan.routes.enumerated() {
            let van = index + 1
            let y = top + rowHeight * Double(index)
            svg += "<g class=\"timeline-row\" data-van=\"\(van)\">"
            svg += "<rect class=\"van-swatch\" x=\"4\" y=\"\(SVG.number(y + 7))\" width=\"10\" height=\"10\" fill=\"\(VanPalette.colour(van: van))\"/>"
            svg += "<text class=\"row-label\" x=\"20\" y=\"\(SVG.number(y + 16))\">Van \(van)</text>"
            svg += "<line class=\"row-base\" x1=\"\(SVG.number(axis.left))\" y1=\"\(SVG.number(y + 12))\" x2=\"\(SVG.number(axis.right))\" y2=\"\(SVG.number(y + 12))\"/>"
            for activity in RouteActivity.activities(of: route, in: instance) {
                let x0 = axis.x(activity.start), x1 = axis.x(activity.end)
                let inset = activity.kind == .waiting ? 7.0 : 3.0
                let tip = "\(activity.kind.rawValue) \(format.time(activity.start))–\(format.time(activity.end))"
                    + (activity.kind == .driving ? " to " : " at ") + activity.place
                svg += "<rect class=\"bar \(activity.kind.rawValue)\" x=\"\(SVG.number(x0))\" y=\"\(SVG.number(y + inset))\" "
                    + "width=\"\(SVG.number(max(x1 - x0, 0.8)))\" height=\"\(SVG.number(rowHeight - 2 * inset - 2))\" "
                    + "fill=\"\(VanPalette.colour(activity: activity.kind))\">" + SVG.title(tip) + "</rect>"
            }
            svg += "</g>"
        }
        return svg + "</svg>"
    }

    /// The HTML legend of the activity colours.
    static func legend() -> String {
        var html = "<div class=\"legend\">"
        for kind in RouteActivity.Kind.allCases {
            html += "<span><i style=\"background:\(VanPalette.colour(activity: kind))\"></i>\(kind.rawValue)</span>"
        }
        return html + "</div>"
    }
}
