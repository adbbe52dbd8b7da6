import Testing
import GreenRouteCore
@testable import GreenRouteIO

@Suite struct ReportFormatTests {
    @Test func clockTimesAndDurations() {
        let clock = ReportFormat(timeUnit: .minutes)
        #expect(clock.time(425) == "07:05")
        #expect(clock.time(599.6) == "10:00")
        #expect(clock.duration(45) == "45 min")
        #expect(clock.duration(125) == "2 h 05")
        #expect(clock.hours(90) == "1.5")
        let abstract = ReportFormat(timeUnit: .abstract)
        #expect(abstract.time(12.345) == "12.35")
        #expect(abstract.distanceUnit == "units")
    }

    @Test func numbers() {
        #expect(ReportFormat.number(2.005, decimals: 1) == "2.0")
        #expect(ReportFormat.number(-0.04, decimals: 1) == "0.0")
        #expect(ReportFormat.number(-1.25, decimals: 1) == "-1.3")
        #expect(ReportFormat.compact(12.5) == "12.5")
        #expect(ReportFormat.compact(3) == "3")
        #expect(ReportFormat.compact(0.1234) == "0.123")
        #expect(ReportFormat.number(.infinity, decimals: 1) == "∞")
    }

    @Test func chargeCurveFallsWhileDrivingAndRisesWhileCharging() {
        let (instance, plan) = ReportFixtures.planePlan()
        let curve = RouteActivity.chargeCurve(of: plan.routes[0], in: instance)
        // D0 → S1 (5 units) → charge to 12 → C1 (5) → S1 (5) → charge → D0 (5).
        #expect(curve.first?.charge == 12)
        #expect(curve.map(\.charge).min() == 2)
        #expect(curve.last?.charge == 7)
        for (a, b) in zip(curve, curve.dropFirst()) { #expect(b.time >= a.time) }
        let kinds = Set(RouteActivity.activities(of: plan.routes[0], in: instance).map(\.kind))
        #expect(kinds == [.driving, .charging, .service])
    }
}
