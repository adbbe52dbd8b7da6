import GreenRouteCore

/// The battery charge of every van over the day, one line per van, on the shared time axis,
/// with the battery capacity on top and the reserve as a dashed line.
///
/// Lines are `<polyline class="charge-line" data-van="N">`.
struct ChargeChart: Sendable {
    let instance: Instance
    let plan: Plan
    let axis: TimeAxis

    private let top = 28.0
    private let bottom = 200.0

    func svg() -> String {
        let battery = instance.vehicleTypes.map(\.battery).filter(\.isFinite).max() ?? 1
        let highest = plan.routes.flatMap { $0.stops.flatMap { [$0.chargeArrival, $0.chargeDeparture] } }.max() ?? 0
        let values = ValueAxis(maximum: max(battery, highest, 1e-9), top: top, bottom: bottom)
        let height = bottom + 26
        var svg = "<svg class=\"charge-chart\" viewBox=\"0 0 \(SVG.number(TimelineChart.width)) \(SVG.number(height))\" role=\"img\" aria-label=\"Charge of each van over the day\">"
        svg += axis.svgGrid(top: top, bottom: bottom)
        svg += values.svgGrid(left: axis.left, right: axis.right, unit: axis.format.energyUnit)
        let reserves = Set(instance.vehicleTypes.map(\.reserve))
        if reserves.count == 1, let reserve = reserves.first, reserve > 0 {
            let y = SVG.number(values.y(reserve))
            svg += "<line class=\"reserve\" x1=\"\(SVG.number(axis.left))\" y1=\"\(y)\" x2=\"\(SVG.number(axis.right))\" y2=\"\(y)\">"
                + SVG.title("reserve \(ReportFormat.compact(reserve)) \(axis.format.energyUnit)") + "</line>"
            svg += "<text class=\"reserve-label\" x=\"\(SVG.number(axis.right - 4))\" y=\"\(SVG.number(values.y(reserve) - 4))\" text-anchor=\"end\">reserve</text>"
        }
        for (index, route) in plan.routes.enumerated() {
            let van = index + 1
            let points = RouteActivity.chargeCurve(of: route, in: instance).map { (axis.x($0.time), values.y($0.charge)) }
            svg += "<polyline class=\"charge-line\" data-van=\"\(van)\" stroke=\"\(VanPalette.colour(van: van))\" points=\"\(SVG.points(points))\">"
                + SVG.title("Van \(van)") + "</polyline>"
        }
        return svg + "</svg>"
    }
}
