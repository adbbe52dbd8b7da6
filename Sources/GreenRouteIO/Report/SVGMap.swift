import GreenRouteCore

/// The map of the routes: places, one coloured polyline per van, a scale bar.
///
/// Every van's route is one `<g class="route" data-van="N">`; customers are
/// `circle.customer`, stations `rect.station`, the depot `rect.depot`.
struct SVGMap: Sendable {
    let instance: Instance
    let plan: Plan
    let stops: [[ReportStop]]
    /// Width of the drawing in pixels.
    var width: Double = 680

    /// Label places with their ids when there are at most this many.
    private let labelLimit = 40

    func svg() -> String {
        let all = [instance.depot.location] + instance.customers.map(\.location) + instance.stations.map(\.location)
        let projection = MapProjection(locations: all, width: width)
        let served = Set(stops.joined().filter { $0.kind == .customer }.map(\.stop.node))
        let labelled = instance.nodeCount <= labelLimit
        var svg = "<svg class=\"map\" viewBox=\"0 0 \(SVG.number(projection.width)) \(SVG.number(projection.height))\" "
            + "role=\"img\" aria-label=\"Map of the routes\">"
        svg += "<rect class=\"map-background\" x=\"0\" y=\"0\" width=\"100%\" height=\"100%\"/>"
        for route in stops { svg += routeGroup(route, projection: projection) }
        for customer in instance.customers {
            let p = projection.point(customer.location)
            let isServed = served.contains(customer.id)
            svg += "<circle class=\"customer\(isServed ? "" : " unserved")\" cx=\"\(SVG.number(p.x))\" cy=\"\(SVG.number(p.y))\" r=\"\(labelled ? 5 : 3.5)\">"
                + SVG.title("\(customer.id)\(isServed ? "" : " (not served)")") + "</circle>"
            if labelled { svg += label(customer.id, at: p) }
        }
        for station in instance.stations {
            let p = projection.point(station.location)
            svg += "<rect class=\"station\" x=\"\(SVG.number(p.x - 6))\" y=\"\(SVG.number(p.y - 6))\" width=\"12\" height=\"12\" rx=\"2\">"
                + SVG.title("charging station \(station.id)") + "</rect>"
            svg += "<path class=\"bolt\" d=\"M\(SVG.number(p.x + 1)) \(SVG.number(p.y - 5))l-4 6h3l-1 4 4-6h-3z\"/>"
            if labelled { svg += label(station.id, at: p) }
        }
        let depot = projection.point(instance.depot.location)
        svg += "<rect class=\"depot\" x=\"\(SVG.number(depot.x - 8))\" y=\"\(SVG.number(depot.y - 8))\" width=\"16\" height=\"16\">"
            + SVG.title("depot \(instance.depot.id)") + "</rect>"
        svg += label(instance.depot.id, at: depot, bold: true)
        svg += scaleBar(projection)
        return svg + "</svg>"
    }

    /// One van's route as a polyline through its stops, with a marker at the first leg.
    private func routeGroup(_ route: [ReportStop], projection: MapProjection) -> String {
        guard let van = route.first?.van else { return "" }
        let colour = VanPalette.colour(van: van)
        let points = route.compactMap { $0.location.map(projection.point) }
        let names = route.map(\.stop.node).joined(separator: " → ")
        var group = "<g class=\"route\" data-van=\"\(van)\" style=\"--van:\(colour)\">" + SVG.title("Van \(van): \(names)")
        group += "<polyline class=\"route-line\" points=\"\(SVG.points(points.map { ($0.x, $0.y) }))\" stroke=\"\(colour)\"/>"
        // Arrowheads at the middle of each leg show the direction of travel.
        for index in points.indices.dropFirst() {
            let a = points[index - 1], b = points[index]
            let dx = b.x - a.x, dy = b.y - a.y
            let length = (dx * dx + dy * dy).squareRoot()
            guard length > 24 else { continue }
            let ux = dx / length, uy = dy / length
            let mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2
            let tip = (mx + ux * 5, my + uy * 5)
            let left = (mx - ux * 4 - uy * 4, my - uy * 4 + ux * 4)
            let right = (mx - ux * 4 + uy * 4, my - uy * 4 - ux * 4)
            group += "<polygon class=\"arrow\" points=\"\(SVG.points([tip, left, right]))\" fill=\"\(colour)\"/>"
        }
        return group + "</g>"
    }

    /// A place label right of the point, or left of it near the right edge.
    private func label(_ text: String, at point: (x: Double, y: Double), bold: Bool = false) -> String {
        let leftSide = point.x > width - 8 * Double(text.count) - 20
        let x = leftSide ? point.x - 9 : point.x + 9
        return "<text class=\"place-label\(bold ? " depot-label" : "")\" x=\"\(SVG.number(x))\" y=\"\(SVG.number(point.y - 7))\""
            + (leftSide ? " text-anchor=\"end\">" : ">") + text.htmlEscaped + "</text>"
    }

    /// A scale bar of a round length, about a fifth of the width, bottom left.
    private func scaleBar(_ projection: MapProjection) -> String {
        let perUnit = projection.pixelsPerDistanceUnit
        guard perUnit > 0, perUnit.isFinite else { return "" }
        let length = TimeAxis.niceStep(span: projection.width / 5 / perUnit * 4, targetCount: 4)
        let pixels = length * perUnit
        let x = 16.0, y = projection.height - 14
        let unit = projection.isGeographic ? "km" : "units"
        return "<g class=\"scale-bar\"><line x1=\"\(SVG.number(x))\" y1=\"\(SVG.number(y))\" x2=\"\(SVG.number(x + pixels))\" y2=\"\(SVG.number(y))\"/>"
            + "<text x=\"\(SVG.number(x + pixels + 6))\" y=\"\(SVG.number(y + 4))\">\(ReportFormat.compact(length)) \(unit)</text></g>"
    }

    /// The HTML legend of the map's symbols (small inline SVGs with the map's classes).
    static func legend() -> String {
        func symbol(_ shape: String) -> String { "<svg class=\"symbol\" viewBox=\"0 0 20 20\">" + shape + "</svg>" }
        let items = [
            (symbol("<rect class=\"depot\" x=\"3\" y=\"3\" width=\"14\" height=\"14\"/>"), "depot"),
            (symbol("<circle class=\"customer\" cx=\"10\" cy=\"10\" r=\"5\"/>"), "customer"),
            (symbol("<circle class=\"customer unserved\" cx=\"10\" cy=\"10\" r=\"5\"/>"), "customer not served"),
            (symbol("<rect class=\"station\" x=\"4\" y=\"4\" width=\"12\" height=\"12\" rx=\"2\"/>"
                    + "<path class=\"bolt\" d=\"M11 5l-4 6h3l-1 4 4-6h-3z\"/>"), "charging station"),
            (symbol("<line x1=\"1\" y1=\"10\" x2=\"19\" y2=\"10\" stroke=\"#555\" stroke-width=\"3\"/>"
                    + "<polygon points=\"14,10 9,6.5 9,13.5\" fill=\"#555\"/>"), "route, arrow = direction"),
        ]
        return "<ul class=\"map-legend\">" + items.map { "<li>\($0.0)\($0.1)</li>" }.joined() + "</ul>"
    }
}
