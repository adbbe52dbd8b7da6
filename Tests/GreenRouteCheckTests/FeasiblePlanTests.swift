import GreenRouteCore
import Testing
@testable import GreenRouteCheck

@Suite struct FeasiblePlanTests {
    @Test func handWrittenFullRechargePlanPasses() {
        let instance = lineInstance()
        let report = PlanChecker(instance: instance).check(handPlan(instance, lineFeasibleRoutes()))
        #expect(report.violations.isEmpty, "\(report)")
        #expect(report.isValid)
        #expect(report.vehicles == 2)
        #expect(abs(report.distance - 28) < 1e-9)
        #expect(abs(report.energyCharged - 15) < 1e-9)
        #expect(abs((report.energyPerStation["S1"] ?? 0) - 15) < 1e-9)
        #expect(abs(report.duration - (29.5 + 15)) < 1e-9)
        // Route 1 waits from 4 to 10 at C2.
        #expect(abs(report.waiting - 6) < 1e-9)
    }

    @Test func handRouteHelperReproducesTheHandWrittenNumbers() {
        let instance = lineInstance()
        let built = [
            handRoute(instance, departure: 0, [Visit("S1", charging: [(0, 2.5, 2)]), Visit("C1"),
                                               Visit("S1", charging: [(0, 5, 2)])]),
            handRoute(instance, departure: 0, [Visit("C2")]),
        ]
        #expect(built == lineFeasibleRoutes())
    }

    @Test func partialPlanWithTwoVansSharingGreenSupplyPasses() {
        let instance = solarInstance()
        // Both vans draw 30 kW on [600, 660): 60 kW, exactly the supply; 2 vans, 2 chargers.
        let routes = solarRoutes(instance)
        #expect(routes[0].stops[1].chargeDeparture == 55)
        #expect(routes[1].stops.last!.arrival == 760)
        let report = PlanChecker(instance: instance).check(handPlan(instance, routes))
        #expect(report.violations.isEmpty, "\(report)")
        #expect(abs((report.energyPerStation["S"] ?? 0) - 60) < 1e-9)
    }

    @Test func vansTakingTurnsOnOneChargerPass() {
        let instance = solarInstance(chargers: 1)
        // Van 0 charges 40 kW on [600, 645); van 1 waits and charges 40 kW on [645, 690).
        let routes = [
            handRoute(instance, departure: 570, [Visit("S", charging: [(0, 45, 40)]), Visit("C1")]),
            handRoute(instance, departure: 570, [Visit("S", charging: [(45, 45, 40)]), Visit("C2")]),
        ]
        let report = PlanChecker(instance: instance).check(handPlan(instance, routes))
        #expect(report.violations.isEmpty, "\(report)")
    }

    @Test func waitingBeforeServiceAndBeforeLeavingIsAllowed() {
        let instance = lineInstance()
        // C2: arrive 4, start at 20 instead of 10, leave at 25 instead of 21; back at 29.
        var routes = lineFeasibleRoutes()
        routes[1] = handRoute(instance, departure: 0, [Visit("C2", startAt: 20, leaveAt: 25)])
        #expect(routes[1].stops[2].arrival == 29)
        let report = PlanChecker(instance: instance).check(handPlan(instance, routes))
        #expect(report.violations.isEmpty, "\(report)")
    }

    @Test func unassignedCustomersAreReportedNotViolations() {
        let instance = lineInstance()
        let plan = handPlan(instance, [lineFeasibleRoutes()[0]], unassigned: ["C2"])
        let report = PlanChecker(instance: instance).check(plan)
        #expect(report.violations.isEmpty, "\(report)")
    }
}
