import GreenRouteCore

/// Assembles `plan.html` from the report's parts.
struct ReportPage: Sendable {
    let report: PlanReport

    private var instance: Instance { report.instance }
    private var plan: Plan { report.plan }
    private var format: ReportFormat { report.format }

    func html() -> String {
        let axis = TimeAxis(instance: instance, plan: plan, left: TimelineChart.labelWidth, right: TimelineChart.width - 16)
        var body = header()
        body += KPIBlock(instance: instance, plan: plan).html()
        body += problems()
        body += "<h2>Map</h2><section class=\"overview\"><div>"
            + SVGMap(instance: instance, plan: plan, stops: report.stops).svg() + "</div><div>" + vanTable() + SVGMap.legend()
            + "</div></section>"
        body += "<section><h2>Timeline</h2>" + TimelineChart.legend()
            + TimelineChart(instance: instance, plan: plan, axis: axis).svg() + "</section>"
        if instance.hasBatteryLimit {
            body += "<section><h2>Battery charge over the day</h2>"
                + ChargeChart(instance: instance, plan: plan, axis: axis).svg() + "</section>"
        }
        let stations = StationChart.charts(instance: instance, plan: plan, axis: axis)
        if !stations.isEmpty {
            body += "<section><h2>Green supply and charging per station</h2>"
                + "<p class=\"caption\">Orange line: green power available (forecast). Coloured areas: power drawn by each van.</p>"
            for chart in stations {
                body += "<div class=\"station-block\"><h3>" + chart.station.id.htmlEscaped + "</h3>"
                    + "<p class=\"caption\">" + chart.caption().htmlEscaped + "</p>" + chart.svg() + "</div>"
            }
            body += "</section>"
        }
        body += "<section class=\"sheets\"><h2>Route sheets</h2>"
        for (index, route) in plan.routes.enumerated() {
            body += RouteSheet(instance: instance, route: route, stops: report.stops[index], format: format).html()
        }
        body += "</section>" + footer()
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>Plan · \(instance.name.htmlEscaped)</title><style>\(ReportStyle.css)</style></head>\n"
            + "<body><main>\n" + body + "\n</main></body></html>\n"
    }

    private func header() -> String {
        var facts = ["solver \(plan.solver)", "status \(plan.status.rawValue)", "objective \(plan.objective.rawValue)",
                     "\(plan.charging.rawValue) charging", "solved in \(ReportFormat.number(plan.seconds, decimals: 1)) s"]
        if let bound = plan.bound { facts.append("bound \(ReportFormat.number(bound, decimals: 2))") }
        if let gap = plan.gapPercent { facts.append("gap \(ReportFormat.number(gap, decimals: 2)) %") }
        let window = "depot open \(format.time(instance.depot.open))–\(format.time(instance.depot.close))"
        let ok = report.violations.isEmpty && plan.unassigned.isEmpty
        let badge = ok ? "<div class=\"badge ok\">✓ Checked: no violations</div>"
            : "<div class=\"badge bad\">⚠ \(report.violations.count) violation\(report.violations.count == 1 ? "" : "s"), "
                + "\(plan.unassigned.count) unassigned</div>"
        return "<header class=\"page-header\"><div><h1>Delivery plan · \(instance.name.htmlEscaped)</h1>"
            + "<p class=\"subtitle\">" + (facts + [window]).map(\.htmlEscaped).joined(separator: " · ") + "</p></div>"
            + badge + "</header>"
    }

    /// The red boxes: checker violations and unassigned customers; then solver notes.
    private func problems() -> String {
        var html = ""
        if !report.violations.isEmpty {
            html += "<div class=\"violations\" role=\"alert\"><h2>Violations found by the checker</h2><ul>"
                + report.violations.map { "<li>" + $0.htmlEscaped + "</li>" }.joined() + "</ul></div>"
        }
        if !plan.unassigned.isEmpty {
            html += "<div class=\"unassigned\"><h2>Customers not served</h2><ul>"
                + plan.unassigned.map { "<li>" + ($0.customer + ": " + $0.reason).htmlEscaped + "</li>" }.joined() + "</ul></div>"
        }
        if !plan.notes.isEmpty {
            html += "<p class=\"notes\">Solver notes: " + plan.notes.map(\.htmlEscaped).joined(separator: " · ") + "</p>"
        }
        return html
    }

    /// The table beside the map: one line per van with its colour.
    private func vanTable() -> String {
        var html = "<table class=\"van-table\"><thead><tr><th>Van</th><th>Stops</th><th>\(format.distanceUnit)</th>"
            + "<th>Out</th><th>Back</th><th>Charged</th></tr></thead><tbody>"
        for (index, route) in plan.routes.enumerated() {
            let items = report.stops[index]
            let customers = items.filter { $0.kind == .customer }.map(\.stop.node)
            let stations = items.filter { $0.kind == .station }.count
            let charged = items.reduce(0) { $0 + $1.energyCharged }
            html += "<tr><td><span class=\"swatch\" style=\"background:\(VanPalette.colour(van: index + 1))\"></span>\(index + 1)</td>"
                + "<td>\(customers.count) customer\(customers.count == 1 ? "" : "s")"
                + (stations > 0 ? ", \(stations) charge stop\(stations == 1 ? "" : "s")" : "") + "</td>"
                + "<td>\(ReportFormat.number(route.distance, decimals: 1))</td>"
                + "<td>\(route.stops.first.map { format.time($0.departure) } ?? "")</td>"
                + "<td>\(route.stops.last.map { format.time($0.arrival) } ?? "")</td>"
                + "<td>\(charged > 0 ? ReportFormat.number(charged, decimals: 1) + " " + format.energyUnit : "–")</td></tr>"
        }
        return html + "</tbody></table>"
    }

    private func footer() -> String {
        let units = format.usesClock ? "Times are local clock times; distances in km, energy in kWh, power in kW."
            : "Benchmark instance: distances, times and energy are abstract units."
        return "<footer>Generated by GreenRoute. \(units) CO₂ avoided compares the distance driven with a diesel van "
            + "emitting \(ReportFormat.compact(KPIBlock.dieselVanKilogramsCO2PerKilometre)) kg CO₂ per km (tailpipe; see Docs/report.md). "
            + "All charging energy is taken from the stations' green supply.</footer>"
    }
}
