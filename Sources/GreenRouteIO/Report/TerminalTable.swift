import GreenRouteCore

/// The compact text summary `greenroute plan` prints: one line per van and a totals line,
/// columns aligned for a monospaced terminal.
struct TerminalTable: Sendable {
    let instance: Instance
    let plan: Plan
    let stops: [[ReportStop]]
    let kpis: KPIBlock
    let violations: [String]

    func text() -> String {
        let format = kpis.format
        let unit = format.energyUnit
        var rows: [[String]] = [["Van", "Type", "Customers", "Distance", "Leaves", "Returns", "Waiting",
                                 "Charged", "Lowest charge"]]
        let activities = plan.routes.map { RouteActivity.activities(of: $0, in: instance) }
        for (index, route) in plan.routes.enumerated() {
            let items = stops[index]
            let waiting = activities[index].filter { $0.kind == .waiting }.reduce(0) { $0 + $1.end - $1.start }
            let lowest = route.stops.map(\.chargeArrival).min() ?? 0
            rows.append([
                "\(index + 1)", route.vehicleType, "\(items.filter { $0.kind == .customer }.count)",
                ReportFormat.number(route.distance, decimals: 1) + " " + format.distanceUnit,
                route.stops.first.map { format.time($0.departure) } ?? "",
                route.stops.last.map { format.time($0.arrival) } ?? "",
                format.duration(waiting),
                ReportFormat.number(items.reduce(0) { $0 + $1.energyCharged }, decimals: 1) + " " + unit,
                ReportFormat.number(lowest, decimals: 1) + " " + unit,
            ])
        }
        rows.append(["Total", "", "\(kpis.customersServed)/\(kpis.customersTotal)",
                     ReportFormat.number(kpis.distance, decimals: 1) + " " + format.distanceUnit, "", "",
                     format.duration(kpis.waiting), ReportFormat.number(kpis.energyCharged, decimals: 1) + " " + unit, ""])
        var lines = ["\(plan.instance): \(plan.status.rawValue) by \(plan.solver), \(plan.routes.count) van\(plan.routes.count == 1 ? "" : "s")"]
        lines += aligned(rows, separatorAfter: 0, separatorBefore: rows.count - 1)
        lines.append("green share \(ReportFormat.number(kpis.greenSharePercent, decimals: 0)) %, "
            + "CO2 avoided \(ReportFormat.number(kpis.co2Avoided, decimals: 1)) kg against a diesel van"
            + (format.usesClock ? "" : " (if 1 distance unit = 1 km)"))
        for missing in plan.unassigned { lines.append("unassigned \(missing.customer): \(missing.reason)") }
        if !violations.isEmpty { lines.append("\(violations.count) violation(s) found by the checker:") }
        for violation in violations { lines.append("  " + violation) }
        return lines.joined(separator: "\n")
    }

    /// Rows as lines with padded columns (text left, numbers right), with rules after the
    /// header and before the totals.
    private func aligned(_ rows: [[String]], separatorAfter header: Int, separatorBefore totals: Int) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        let rightAligned: Set<Int> = [0, 2, 3, 4, 5, 6, 7, 8]
        func line(_ row: [String]) -> String {
            row.enumerated().map { column, text in
                let padding = String(repeating: " ", count: widths[column] - text.count)
                return rightAligned.contains(column) ? padding + text : text + padding
            }.joined(separator: "  ")
        }
        let rule = String(repeating: "-", count: widths.reduce(0, +) + 2 * max(columns - 1, 0))
        var lines: [String] = []
        for (index, row) in rows.enumerated() {
            if index == totals { lines.append(rule) }
            lines.append(line(row).trimmingTrailingSpaces)
            if index == header { lines.append(rule) }
        }
        return lines
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
