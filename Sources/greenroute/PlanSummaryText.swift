import GreenRouteCore

/// The readable plan summary printed by `solve` without `--output`.
struct PlanSummaryText {
    let instance: Instance
    let plan: Plan

    var text: String {
        var lines = ["\(plan.instance): \(plan.status.rawValue) by \(plan.solver) in \(String(format2: plan.seconds)) s"]
        lines.append("vehicles \(plan.vehicles), distance \(String(format2: plan.distance))"
            + (plan.bound.map { ", bound \(String(format2: $0))" } ?? "")
            + (plan.gapPercent.map { ", gap \(String(format2: $0)) %" } ?? ""))
        if let kpis = plan.kpis {
            lines.append("duration \(String(format2: kpis.totalDuration)), waiting \(String(format2: kpis.waiting)), "
                + "energy used \(String(format2: kpis.energyConsumed)), charged \(String(format2: kpis.energyCharged)), "
                + "green share \(String(format2: kpis.greenSharePercent)) %")
        }
        for (index, route) in plan.routes.enumerated() {
            let stops = route.stops.map { stop in
                stop.charging.isEmpty ? stop.node : stop.node + "(+" + String(format2: stop.charging.reduce(0) { $0 + $1.energy }) + ")"
            }
            lines.append("route \(index + 1) [\(route.vehicleType)] \(String(format2: route.distance)): " + stops.joined(separator: " "))
        }
        for missing in plan.unassigned { lines.append("unassigned \(missing.customer): \(missing.reason)") }
        for note in plan.notes { lines.append("note: \(note)") }
        return lines.joined(separator: "\n")
    }
}
