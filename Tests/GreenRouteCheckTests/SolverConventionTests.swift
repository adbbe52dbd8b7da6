import GreenRouteCore
import Testing
@testable import GreenRouteCheck

/// The checker agrees with the plans Core's solver-side helpers build (the checker itself
/// never uses them): same timing, charge and KPI conventions.
@Suite struct SolverConventionTests {
    private func assembledPlan(_ instance: Instance) throws -> Plan {
        let c1 = try #require(instance.nodeIndex(of: "C1")), c2 = try #require(instance.nodeIndex(of: "C2"))
        let s1 = try #require(instance.nodeIndex(of: "S1"))
        let routes = [
            try #require(RouteTimetable.build(instance, vehicleType: 0, sequence: [s1, c1, s1])),
            try #require(RouteTimetable.build(instance, vehicleType: 0, sequence: [c2])),
        ]
        return PlanAssembler.makePlan(instance, solver: "timetable", status: .feasible, objective: .hierarchical,
                                      routes: routes, seconds: 0)
    }

    @Test(arguments: [ChargingMode.full, .partial])
    func timetablePlansPassWithTheirKPIs(mode: ChargingMode) throws {
        let instance = lineInstance(charging: mode)
        let plan = try assembledPlan(instance)
        #expect(plan.kpis != nil)
        let report = PlanChecker(instance: instance).check(plan)
        #expect(report.violations.isEmpty, "\(report)")
    }

    @Test func wrongKPIsAreReported() throws {
        let instance = lineInstance()
        var plan = try assembledPlan(instance)
        plan.kpis?.energyCharged += 1
        plan.kpis?.greenSharePercent = 90
        let report = PlanChecker(instance: instance).check(plan)
        #expect(report.brokenRules == [.reportedValueMismatch], "\(report)")
        #expect(Set(report.violations.compactMap(\.field)) == ["kpis.energyCharged", "kpis.greenSharePercent"])
    }

    @Test func planForAnotherChargingRuleIsReported() throws {
        let instance = lineInstance(charging: .partial)
        var plan = try assembledPlan(instance)
        plan.charging = .full
        let report = PlanChecker(instance: instance).check(plan)
        #expect(report.brokenRules == [.reportedValueMismatch], "\(report)")
        #expect(report.violations.first?.field == "charging")
    }
}
