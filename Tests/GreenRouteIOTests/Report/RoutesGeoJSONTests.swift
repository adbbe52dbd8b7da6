import Foundation
import Testing
import GreenRouteCore
@testable import GreenRouteIO

@Suite struct RoutesGeoJSONTests {
    @Test func oneLineStringPerRouteThroughTheStopsAndOnePointPerStop() throws {
        let (instance, plan) = ReportFixtures.sofiaPlan()
        let text = try #require(PlanReport(instance: instance, plan: plan, violations: []).geoJSON())
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(root["type"] as? String == "FeatureCollection")
        let features = try #require(root["features"] as? [[String: Any]])
        let geometries = features.compactMap { $0["geometry"] as? [String: Any] }
        let lines = geometries.filter { $0["type"] as? String == "LineString" }
        let points = geometries.filter { $0["type"] as? String == "Point" }
        #expect(lines.count == plan.routes.count)
        #expect(points.count == plan.routes.reduce(0) { $0 + $1.stops.count })
        for (line, route) in zip(lines, plan.routes) {
            let coordinates = try #require(line["coordinates"] as? [[Double]])
            #expect(coordinates.count == route.stops.count)
            for (pair, stop) in zip(coordinates, route.stops) {
                guard case .geographic(let latitude, let longitude) = instance.location(ofNode: instance.nodeIndex(of: stop.node)!)
                else { Issue.record("not geographic"); continue }
                #expect(pair == [longitude, latitude])
            }
        }
        // The hostile customer id survives JSON escaping unchanged.
        let places = features.compactMap { ($0["properties"] as? [String: Any])?["place"] as? String }
        #expect(places.contains(ReportFixtures.hostileCustomerID))
    }

    @Test func planeInstancesHaveNoGeoJSON() {
        let (instance, plan) = ReportFixtures.planePlan()
        let report = PlanReport(instance: instance, plan: plan, violations: [])
        #expect(report.geoJSON() == nil)
        #expect(!report.files().map(\.name).contains("routes.geojson"))
        #expect(report.files().map(\.name) == ["plan.html", "routes.csv"])
    }

    @Test func jsonStringsEscapeQuotesBackslashesAndControls() {
        #expect(RoutesGeoJSON.string("a\"b\\c\nd\u{1}") == "\"a\\\"b\\\\c\\nd\\u0001\"")
        #expect(RoutesGeoJSON.number(3) == "3")
        #expect(RoutesGeoJSON.number(.infinity) == "null")
    }
}
