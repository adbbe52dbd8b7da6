import Foundation
import Testing
import GreenRouteCore
@testable import GreenRouteIO

/// Plans edited by hand may name places the instance lacks or break windows; the report
/// still renders them and marks what is wrong.
@Suite struct HandEditedPlanTests {
    /// The Sofia plan with van 1's NDK stop renamed to "NOWHERE" and van 2's LYULIN
    /// service moved after its window.
    private func editedPlan() -> (Instance, Plan) {
        var (instance, plan) = ReportFixtures.sofiaPlan()
        plan.routes[0].stops[2].node = "NOWHERE"
        let lyulin = plan.routes[1].stops.firstIndex { $0.node == "LYULIN" }!
        plan.routes[1].stops[lyulin].start = 1000
        plan.routes[1].stops[lyulin].departure = 1015
        instance.name = "sofia-edited"
        return (instance, plan)
    }

    @Test func unknownPlacesAreListedButNotMapped() throws {
        let (instance, plan) = editedPlan()
        let report = PlanReport(instance: instance, plan: plan, violations: ["route 0: unknown node NOWHERE"])
        let html = report.html()
        #expect(html.contains("title=\"not a place of the instance\">unknown ⚠"))
        #expect(ReportFixtures.count("<g class=\"route\" data-van=", in: html) == 2)
        let csv = report.routesCSV().split(separator: "\n")
        #expect(csv.count == 1 + plan.routes.reduce(0) { $0 + $1.stops.count })
        #expect(csv.contains { $0.contains(",NOWHERE,unknown,") })
        let json = try #require(report.geoJSON())
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let features = try #require(root["features"] as? [[String: Any]])
        let points = features.filter { ($0["geometry"] as? [String: Any])?["type"] as? String == "Point" }
        #expect(points.count == plan.routes.reduce(0) { $0 + $1.stops.count } - 1)
    }

    @Test func lateServiceIsFlaggedOnTheRouteSheet() {
        let (instance, plan) = editedPlan()
        let html = PlanReport(instance: instance, plan: plan, violations: []).html()
        #expect(html.contains("title=\"after the window\">16:40 ⚠"))
        #expect(ReportFixtures.count("title=\"after the window\"", in: html) == 1)
        #expect(ReportFixtures.count("title=\"below the reserve\"", in: html) == 0)
    }
}
