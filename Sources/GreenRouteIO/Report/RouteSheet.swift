import GreenRouteCore

/// The printable sheet of one van: a summary line and a table of its stops
/// (`<section class="route-sheet" data-van="N">`, one page each in print).
struct RouteSheet: Sendable {
    let instance: Instance
    let route: PlanRoute
    let stops: [ReportStop]
    let format: ReportFormat

    var van: Int { stops.first?.van ?? 0 }

    func html() -> String {
        let colour = VanPalette.colour(van: van)
        let customers = stops.filter { $0.kind == .customer }.count
        let charged = stops.reduce(0) { $0 + $1.energyCharged }
        let first = route.stops.first, last = route.stops.last
        var html = "<section class=\"route-sheet\" data-van=\"\(van)\">"
        html += "<h3><span class=\"swatch\" style=\"background:\(colour)\"></span>Route sheet · Van \(van)"
            + " <small>type \(route.vehicleType.htmlEscaped)</small></h3>"
        var facts = ["\(customers) customer\(customers == 1 ? "" : "s")",
                     "\(ReportFormat.number(route.distance, decimals: 1)) \(format.distanceUnit)"]
        if let first, let last {
            facts.insert("leaves \(first.node.htmlEscaped) \(format.time(first.departure)), back \(format.time(last.arrival))", at: 0)
            facts.append("load at start \(ReportFormat.compact(first.loadDeparture))")
            facts.append("charge \(ReportFormat.compact(first.chargeDeparture, decimals: 1)) → \(ReportFormat.compact(last.chargeArrival, decimals: 1)) \(format.energyUnit)")
        }
        if charged > 0 { facts.append("charges \(ReportFormat.number(charged, decimals: 1)) \(format.energyUnit)") }
        html += "<p class=\"sheet-facts\">" + facts.joined(separator: " · ") + "</p>"
        html += "<table class=\"stops\"><thead><tr><th>#</th><th>Place</th><th>Kind</th><th>Window</th>"
            + "<th>Arrival</th><th>Service start</th><th>Departure</th><th>Load on arrival</th><th>Load on departure</th>"
            + "<th>Charge on arrival (\(format.energyUnit))</th><th>Charge on departure (\(format.energyUnit))</th>"
            + "<th>Charged (\(format.energyUnit))</th><th>Charging</th></tr></thead><tbody>"
        for stop in stops { html += row(stop) }
        html += "</tbody></table>"
        html += "<p class=\"sheet-sign\">Driver: ______________________ &nbsp; Checked out: ________ &nbsp; Returned: ________</p>"
        return html + "</section>"
    }

    private func row(_ item: ReportStop) -> String {
        let stop = item.stop
        let isEnd = item.sequence == stops.count - 1
        var window = ""
        var late = false
        if let node = item.node, instance.isCustomer(node) {
            let customer = instance.customer(atNode: node)
            window = format.time(customer.ready) + "–" + format.time(customer.due)
            late = !Tolerance.lessOrEqual(stop.start, customer.due)
        }
        let reserve = instance.vehicleTypes.first { $0.id == route.vehicleType }?.reserve ?? 0
        let low = !Tolerance.lessOrEqual(reserve, stop.chargeArrival)
        var charging = ""
        if let station = item.stationID {
            let segments = stop.charging.map {
                "\(format.time($0.start))–\(format.time($0.end)) at \(ReportFormat.compact($0.power, decimals: 1)) \(format.powerUnit)"
            }
            charging = segments.isEmpty ? "no charging at " + station.htmlEscaped : segments.joined(separator: ", ")
        }
        let cells = [
            "\(item.sequence)",
            "<strong>" + stop.node.htmlEscaped + "</strong>",
            item.kind == nil ? flagged("unknown", true, "not a place of the instance") : item.kindName,
            window,
            item.sequence == 0 ? "" : format.time(stop.arrival),
            item.kind == .customer ? flagged(format.time(stop.start), late, "after the window") : "",
            isEnd ? "" : format.time(stop.departure),
            ReportFormat.compact(stop.loadArrival),
            ReportFormat.compact(stop.loadDeparture),
            flagged(ReportFormat.number(stop.chargeArrival, decimals: 1), low, "below the reserve"),
            ReportFormat.number(stop.chargeDeparture, decimals: 1),
            item.energyCharged > 0 ? ReportFormat.number(item.energyCharged, decimals: 1) : "",
            charging,
        ]
        return "<tr class=\"stop \(item.kindName)\">" + cells.map { "<td>\($0)</td>" }.joined() + "</tr>"
    }

    /// The cell text, marked red with a tooltip when `isBad`.
    private func flagged(_ text: String, _ isBad: Bool, _ reason: String) -> String {
        isBad ? "<span class=\"flag\" title=\"\(reason)\">\(text) ⚠</span>" : text
    }
}
