import GreenRouteCore

/// The independent checker of a plan against an instance (spec: "Feasibility of a plan").
///
/// It recomputes every route from its node order, its depot departure (the first stop's
/// `departure`) and its charging segments, using only the instance and ``Physics``, and
/// reports every broken rule and every reported value that disagrees with the recomputation
/// beyond ``Tolerance`` (1e-6 relative). It never uses solver code. See Docs/checker.md.
public struct PlanChecker: Sendable {
    /// The instance plans are checked against (its `charging` rule applies).
    public let instance: Instance

    public init(instance: Instance) {
        self.instance = instance
    }

    /// Checks a plan; the report lists every violation and the recomputed totals.
    public func check(_ plan: Plan) -> CheckReport {
        var report = CheckReport()
        var served: [[Int]] = []
        var charges: [StationCharge] = []
        var routesPerType: [Int: Int] = [:]
        var allRecomputed = true
        for (index, route) in plan.routes.enumerated() {
            let recomputation = RouteRecomputation(instance: instance, routeIndex: index, route: route)
            report.violations += recomputation.violations
            report.routes.append(recomputation.route)
            served.append(recomputation.servedCustomers)
            allRecomputed = allRecomputed && recomputation.isRecomputed
            charges += recomputation.stationCharges
            report.distance += recomputation.distance
            report.duration += recomputation.duration
            report.waiting += recomputation.waiting
            report.energyConsumed += recomputation.energyConsumed
            report.energyCharged += recomputation.energyCharged
            report.energyLeft += recomputation.energyLeft
            report.energyPerStation.merge(recomputation.energyPerStation, uniquingKeysWith: +)
            if let typeIndex = recomputation.typeIndex {
                routesPerType[typeIndex, default: 0] += 1
                let type = instance.vehicleTypes[typeIndex]
                report.cost += type.fixedCost + type.costPerKm * recomputation.distance
            }
        }
        report.vehicles = plan.routes.count
        report.violations += CustomerCoverage(instance: instance).violations(served: served, unassigned: plan.unassigned)
        report.violations += vehicleCountViolations(routesPerType)
        report.violations += StationSweep(instance: instance).violations(of: charges)
        report.violations += planValueViolations(plan, report: report, compareKPIs: allRecomputed)
        return report
    }

    private func vehicleCountViolations(_ routesPerType: [Int: Int]) -> [Violation] {
        routesPerType.keys.sorted().compactMap { typeIndex in
            let type = instance.vehicleTypes[typeIndex], used = routesPerType[typeIndex]!
            guard let count = type.count, used > count else { return nil }
            return Violation(rule: .vehicleCount, message: "\(used) routes use vehicle type \(type.id), "
                + "only \(count) available (\(used - count) too many)")
        }
    }

    /// Plan-level reported values: vehicles, distance, charging rule, status, and the KPIs when
    /// present (only when every route could be recomputed; otherwise the totals are incomplete).
    private func planValueViolations(_ plan: Plan, report: CheckReport, compareKPIs: Bool) -> [Violation] {
        var violations: [Violation] = []
        func compare(_ field: String, _ reported: Double, _ recomputed: Double) {
            guard !RouteRecomputation.agree(reported, recomputed) else { return }
            violations.append(Violation(rule: .reportedValueMismatch, field: field, reported: reported,
                                        recomputed: recomputed, message: "\(field) reported \(reported.text), "
                                            + "recomputed \(recomputed.text)"))
        }
        func note(_ field: String, _ message: String) {
            violations.append(Violation(rule: .reportedValueMismatch, field: field, message: message))
        }
        compare("vehicles", Double(plan.vehicles), Double(report.vehicles))
        compare("distance", plan.distance, report.distance)
        if plan.charging != instance.charging {
            note("charging", "plan made for \(plan.charging.rawValue) charging, "
                + "the instance uses \(instance.charging.rawValue) charging")
        }
        if (plan.status == .feasible || plan.status == .optimal) && !plan.unassigned.isEmpty {
            note("status", "status \(plan.status.rawValue) but \(plan.unassigned.count) customer(s) unassigned")
        }
        guard compareKPIs, let kpis = plan.kpis else { return violations }
        compare("kpis.totalDuration", kpis.totalDuration, report.duration)
        compare("kpis.waiting", kpis.waiting, report.waiting)
        compare("kpis.energyConsumed", kpis.energyConsumed, report.energyConsumed)
        compare("kpis.energyCharged", kpis.energyCharged, report.energyCharged)
        compare("kpis.greenSharePercent", kpis.greenSharePercent, 100)
        compare("kpis.energyLeft", kpis.energyLeft, report.energyLeft)
        compare("kpis.cost", kpis.cost, report.cost)
        var reportedPerStation: [String: Energy] = [:]
        for entry in kpis.energyPerStation { reportedPerStation[entry.station, default: 0] += entry.energy }
        for station in Set(reportedPerStation.keys).union(report.energyPerStation.keys).sorted() {
            compare("kpis.energyPerStation[\(station)]", reportedPerStation[station] ?? 0,
                    report.energyPerStation[station] ?? 0)
        }
        let usage = StationUsageCheck(instance: instance, routes: plan.routes)
        for hour in kpis.stationHours ?? [] {
            let field = "kpis.stationHours[\(hour.station) \(hour.hourStart.text)]"
            compare(field + ".energyCharged", hour.energyCharged, usage.energy(at: hour.station, from: hour.hourStart))
            if let supply = hour.supplyEnergy, let offered = usage.supplyEnergy(at: hour.station, from: hour.hourStart) {
                compare(field + ".supplyEnergy", supply, offered)
            }
        }
        for peak in kpis.stationPeaks ?? [] {
            compare("kpis.stationPeaks[\(peak.station)]", Double(peak.peakChargers), Double(usage.peak(at: peak.station)))
        }
        return violations
    }
}
