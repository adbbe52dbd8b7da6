import Foundation
import Testing
import GreenRouteCore
@testable import GreenRouteIO

@Suite struct PlanReportHTMLTests {
    private let count = ReportFixtures.count

    @Test func onePartPerVanAndStationAndKPIs() {
        let (instance, plan) = ReportFixtures.sofiaPlan()
        let html = PlanReport(instance: instance, plan: plan, violations: []).html()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(count("<g class=\"route\" data-van=", html) == 2)
        #expect(count("<section class=\"route-sheet\"", html) == 2)
        #expect(count("class=\"timeline-row\"", html) == 2)
        #expect(count("class=\"charge-line\"", html) == 2)
        #expect(count("<div class=\"kpi\">", html) == 7)
        // SUN is used and limited; GRID-FREE is neither: only SUN gets a chart.
        #expect(count("<svg class=\"station-chart\"", html) == 1)
        #expect(html.contains("<svg class=\"station-chart\" data-station=\"SUN\""))
        #expect(count("class=\"supply\"", html) == 1)
        // One table row per stop across the route sheets.
        #expect(count("<tr class=\"stop ", html) == plan.routes.reduce(0) { $0 + $1.stops.count })
        #expect(!html.contains("class=\"violations\""))
        #expect(html.contains("Checked: no violations"))
    }

    @Test func unlimitedUsedStationsAreChartedAndSaySo() {
        let (instance, plan) = ReportFixtures.planePlan()
        let html = PlanReport(instance: instance, plan: plan, violations: []).html()
        // S1 is used (unlimited), S2 is neither used nor limited.
        #expect(count("<svg class=\"station-chart\"", html) == 1)
        #expect(html.contains("data-station=\"S1\""))
        #expect(html.contains("green supply: unlimited"))
        #expect(count("<g class=\"route\" data-van=", html) == 2)
    }

    @Test func pageIsSelfContained() {
        for (instance, plan) in [ReportFixtures.sofiaPlan(), ReportFixtures.planePlan()] {
            let html = PlanReport(instance: instance, plan: plan, violations: ["see https://example.com"]).html()
            // A URL in a violation message is text, not a reference; nothing else may mention one.
            let withoutMessage = html.replacingOccurrences(of: "see https://example.com", with: "")
            #expect(!withoutMessage.contains("http://"))
            #expect(!withoutMessage.contains("https://"))
            #expect(!html.contains("<script"))
            #expect(!html.contains("<link"))
            #expect(!html.contains("@import"))
            #expect(!html.contains("url("))
        }
    }

    @Test func inputStringsAreEscaped() {
        let (instance, plan) = ReportFixtures.sofiaPlan()
        let html = PlanReport(instance: instance, plan: plan, violations: ["<b>bold</b> & more"]).html()
        #expect(!html.contains(ReportFixtures.hostileCustomerID))
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;Co"))
        #expect(html.contains("&lt;b&gt;bold&lt;/b&gt; &amp; more"))
    }

    @Test func violationsAndUnassignedCustomersAreShownInABox() {
        let (instance, solved) = ReportFixtures.sofiaPlan()
        var plan = solved
        plan.unassigned = [UnassignedCustomer(customer: "GHOST", reason: "no van left")]
        let violations = ["route 0, stop 1 (SUN): over-supply by 7 kW", "late-service: NDK late by 4"]
        let html = PlanReport(instance: instance, plan: plan, violations: violations).html()
        #expect(count("<div class=\"violations\"", html) == 1)
        #expect(count("<li>", html) >= 3)
        #expect(html.contains("over-supply by 7 kW"))
        #expect(html.contains("<div class=\"unassigned\">"))
        #expect(html.contains("GHOST: no van left"))
        #expect(html.contains("2 violations, 1 unassigned"))
    }

    @Test func printStylePutsEachRouteSheetOnItsOwnPage() {
        let (instance, plan) = ReportFixtures.planePlan()
        let html = PlanReport(instance: instance, plan: plan, violations: []).html()
        #expect(html.contains("@media print"))
        #expect(html.contains("page-break-before: always"))
    }

    @Test func emptyPlanStillRenders() {
        let instance = ReportFixtures.sofiaInstance()
        let plan = Plan.empty(instance: instance, solver: "none", status: .timeout, objective: .hierarchical, seconds: 1)
        let report = PlanReport(instance: instance, plan: plan, violations: [])
        let html = report.html()
        #expect(count("<g class=\"route\" data-van=", html) == 0)
        #expect(html.contains("<div class=\"unassigned\">"))
        #expect(report.routesCSV().split(separator: "\n").count == 1)
        #expect(report.geoJSON() != nil)
    }

    @Test func terminalTableHasOneLinePerVanAndTotals() {
        let (instance, plan) = ReportFixtures.sofiaPlan()
        let text = PlanReport(instance: instance, plan: plan, violations: ["broken rule"]).terminalTable()
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("    1  van") || $0.hasPrefix("    2  van") }.count == 2)
        #expect(lines.contains { $0.hasPrefix("Total") && $0.contains("4/4") })
        #expect(lines.contains("1 violation(s) found by the checker:"))
        #expect(lines.contains("  broken rule"))
    }
}
