import Foundation
import GreenRouteCore
import Testing
@testable import GreenRouteCheck

/// One plan per rule: each breaks exactly that rule, with self-consistent reported values,
/// and must be reported with that rule only.
@Suite struct RuleViolationTests {
    private func check(_ instance: Instance, _ routes: [PlanRoute], unassigned: [String] = []) -> CheckReport {
        PlanChecker(instance: instance).check(handPlan(instance, routes, unassigned: unassigned))
    }

    private func messages(_ report: CheckReport) -> String {
        report.violations.map(\.description).joined(separator: "\n")
    }

    @Test func lateService() {
        let instance = lineInstance()
        var routes = lineFeasibleRoutes()
        routes[1] = handRoute(instance, departure: 30, [Visit("C2")])
        let report = check(instance, routes)
        #expect(report.brokenRules == [.lateService], "\(report)")
        #expect(messages(report).contains("late by 4"))
        #expect(report.violations.first?.routeIndex == 1 && report.violations.first?.stopIndex == 1)
    }

    @Test func overCapacity() {
        let instance = lineInstance(capacity: 4)
        let report = check(instance, lineFeasibleRoutes())
        #expect(report.brokenRules == [.overCapacity], "\(report)")
        #expect(messages(report).contains("over capacity 4 by 1"))
    }

    @Test func chargeBelowReserve() {
        // Route 0 reaches S1 the second time with 2 kWh.
        let instance = lineInstance(reserve: 3)
        let report = check(instance, lineFeasibleRoutes())
        #expect(report.brokenRules == [.belowReserve], "\(report)")
        #expect(messages(report).contains("below reserve 3 kWh by 1 kWh"))
        #expect(report.violations.first?.stopIndex == 3)
    }

    @Test func chargeAboveBattery() {
        let instance = lineInstance(charging: .partial)
        var routes = lineFeasibleRoutes()
        // 7 + 6 = 13 kWh on a 12 kWh battery; back at S1 with 3, charge 2 to get home.
        routes[0] = handRoute(instance, departure: 0, [Visit("S1", charging: [(0, 3, 2)]), Visit("C1"),
                                                       Visit("S1", charging: [(0, 1, 2)])])
        let report = check(instance, routes)
        #expect(report.brokenRules == [.aboveBattery], "\(report)")
        #expect(messages(report).contains("above battery 12 kWh by 1 kWh"))
    }

    @Test func missedCustomer() {
        let instance = lineInstance()
        let report = check(instance, [lineFeasibleRoutes()[0]])
        #expect(report.brokenRules == [.missedCustomer], "\(report)")
        #expect(report.violations.first?.node == "C2")
    }

    @Test func duplicatedCustomer() {
        let instance = lineInstance()
        let routes = lineFeasibleRoutes()
        let report = check(instance, routes + [routes[1]])
        #expect(report.brokenRules == [.duplicateCustomer], "\(report)")
        #expect(messages(report).contains("C2 is served 2 times"))
    }

    @Test func customerServedAndUnassigned() {
        let instance = lineInstance()
        let plan = handPlan(instance, lineFeasibleRoutes(), unassigned: ["C2"])
        let report = PlanChecker(instance: instance).check(plan)
        #expect(report.brokenRules == [.servedAndUnassigned], "\(report)")
    }

    @Test func feasibleStatusWithUnassignedCustomers() {
        let instance = lineInstance()
        var plan = handPlan(instance, [lineFeasibleRoutes()[0]], unassigned: ["C2"])
        plan.status = .feasible
        let report = PlanChecker(instance: instance).check(plan)
        #expect(report.brokenRules == [.reportedValueMismatch], "\(report)")
        #expect(report.violations.first?.field == "status")
    }

    @Test func chargingOutsideTheStay() {
        let instance = lineInstance()
        var routes = lineFeasibleRoutes()
        // The van reaches S1 at 5 but the segment starts at 4.
        routes[0] = handRoute(instance, departure: 0, [Visit("S1", charging: [(-1, 2.5, 2)]), Visit("C1"),
                                                       Visit("S1", charging: [(0, 5, 2)])])
        let report = check(instance, routes)
        #expect(report.brokenRules == [.chargingOutsideStay], "\(report)")
        #expect(messages(report).contains("[4, 6.5)"))
    }

    @Test func chargingAtACustomer() {
        let instance = lineInstance()
        var routes = lineFeasibleRoutes()
        routes[1] = handRoute(instance, departure: 0, [Visit("C2", charging: [(0, 1, 2)])])
        let report = check(instance, routes)
        #expect(report.brokenRules == [.chargingNotAtStation], "\(report)")
    }

    @Test func notChargedToFullOnAFullRechargeInstance() {
        let instance = lineInstance(charging: .full)
        var routes = lineFeasibleRoutes()
        // 7 + 4 = 11 of 12 kWh at the first S1 visit.
        routes[0] = handRoute(instance, departure: 0, [Visit("S1", charging: [(0, 2, 2)]), Visit("C1"),
                                                       Visit("S1", charging: [(0, 5.5, 2)])])
        let report = check(instance, routes)
        #expect(report.brokenRules == [.notFullRecharge], "\(report)")
        #expect(messages(report).contains("not charged to full, short by 1"))
        // The same plan is fine when partial charging is allowed.
        #expect(check(instance.with(charging: .partial), routes).violations.isEmpty)
    }

    @Test func reportedArrivalDisagrees() {
        let instance = lineInstance()
        var routes = lineFeasibleRoutes()
        routes[1].stops[1].arrival = 5
        let report = check(instance, routes)
        #expect(report.brokenRules == [.reportedValueMismatch], "\(report)")
        let violation = report.violations.first
        #expect(report.violations.count == 1)
        #expect(violation?.field == "arrival" && violation?.reported == 5 && violation?.recomputed == 4)
        #expect(messages(report).contains("arrival at C2 reported 5, recomputed 4"))
    }

    @Test func reportedDepartureEarlierThanPossible() {
        let instance = lineInstance()
        var routes = lineFeasibleRoutes()
        // Service ends at 11; a departure at 10.5 is impossible. Arrival at D0 stays 15 (from 11).
        routes[1].stops[1].departure = 10.5
        let report = check(instance, routes)
        #expect(report.brokenRules == [.reportedValueMismatch], "\(report)")
        #expect(messages(report).contains("departure at C2 reported 10.5, recomputed 11 (earlier than possible)"))
    }

    @Test func serviceBeforeTheReadyTime() {
        let instance = lineInstance()
        var routes = lineFeasibleRoutes()
        // C2 opens at 10; a plan claiming service on [4, 5) is reported, and the recomputation
        // goes on from the earliest possible times (service [10, 11), back at 15 as reported).
        routes[1].stops[1].start = 4
        routes[1].stops[1].departure = 5
        let report = check(instance, routes)
        #expect(report.brokenRules == [.reportedValueMismatch], "\(report)")
        #expect(report.violations.map { $0.field ?? "" } == ["start", "departure"])
        #expect(messages(report).contains("start at C2 reported 4, recomputed 10 (earlier than possible)"))
    }

    @Test func returnAfterDepotClose() {
        let instance = lineInstance()
        var routes = lineFeasibleRoutes()
        routes[1] = handRoute(instance, departure: 0, [Visit("C2", leaveAt: 97)])
        let report = check(instance, routes)
        #expect(report.brokenRules == [.returnAfterClose], "\(report)")
        #expect(messages(report).contains("late by 1"))
    }

    @Test func vehicleCountExceeded() {
        let instance = lineInstance(count: 1)
        let report = check(instance, lineFeasibleRoutes())
        #expect(report.brokenRules == [.vehicleCount], "\(report)")
        #expect(messages(report).contains("2 routes use vehicle type ev, only 1 available"))
    }

    @Test func belowReturnCharge() {
        // Route 1 comes home with 4 kWh.
        let instance = lineInstance(returnCharge: 5)
        let report = check(instance, lineFeasibleRoutes())
        #expect(report.brokenRules == [.belowReturnCharge], "\(report)")
        #expect(messages(report).contains("below the return charge 5 kWh by 1 kWh"))
    }

    @Test func departureBeforeOpen() {
        let instance = lineInstance(open: 1)
        let report = check(instance, lineFeasibleRoutes())
        #expect(report.brokenRules == [.departureBeforeOpen], "\(report)")
        #expect(report.violations.count == 2)
        #expect(messages(report).contains("early by 1"))
    }

    @Test func unknownNode() {
        let instance = lineInstance()
        var routes = lineFeasibleRoutes()
        routes[1].stops[1].node = "C9"
        let report = check(instance, routes, unassigned: ["C2"])
        #expect(report.brokenRules == [.unknownNode], "\(report)")
        #expect(messages(report).contains("\"C9\""))
    }

    @Test func routeNotStartingAtTheDepot() {
        let instance = lineInstance()
        var routes = lineFeasibleRoutes()
        routes[1].stops.removeFirst()
        let report = check(instance, routes)
        #expect(report.brokenRules == [.routeEndpoints], "\(report)")
    }

    @Test func unknownVehicleType() {
        let instance = lineInstance()
        var routes = lineFeasibleRoutes()
        routes[1].vehicleType = "truck"
        let report = check(instance, routes)
        #expect(report.brokenRules == [.unknownVehicleType], "\(report)")
    }

    @Test func overlappingSegmentsAtOneStop() {
        let instance = lineInstance(charging: .partial)
        var routes = lineFeasibleRoutes()
        // [5, 6) and [5.5, 6.5) both at 2 kW; 7 + 4 = 11 kWh.
        routes[0] = handRoute(instance, departure: 0, [Visit("S1", charging: [(0, 1, 2), (0.5, 1, 2)]), Visit("C1"),
                                                       Visit("S1", charging: [(0, 2, 2)])])
        let report = check(instance, routes)
        #expect(report.brokenRules == [.overlappingSegments], "\(report)")
        #expect(messages(report).contains("overlap by 0.5"))
    }

    @Test func chargingFasterThanTheVanAccepts() {
        let instance = lineInstance()
        var routes = lineFeasibleRoutes()
        // 5 kWh at 2.5 kW in 2 time units; the van accepts at most 2 kW.
        routes[0] = handRoute(instance, departure: 0, [Visit("S1", charging: [(0, 2, 2.5)]), Visit("C1"),
                                                       Visit("S1", charging: [(0, 5, 2)])])
        let report = check(instance, routes)
        #expect(report.brokenRules == [.overChargingPower], "\(report)")
        #expect(messages(report).contains("above the limit 2 kW by 0.5 kW"))
    }

    @Test func segmentEndingBeforeItStarts() {
        let instance = lineInstance()
        var routes = lineFeasibleRoutes()
        routes[0].stops[1].charging.append(ChargingSegment(start: 7.5, end: 7, power: 0, energy: 0))
        let report = check(instance, routes)
        #expect(report.brokenRules == [.invalidSegment], "\(report)")
    }

    @Test func reportedSegmentEnergyAndTotalsDisagree() {
        let instance = lineInstance()
        var routes = lineFeasibleRoutes()
        routes[0].stops[1].charging[0].energy = 6
        var plan = handPlan(instance, routes)
        plan.distance = 30
        plan.vehicles = 3
        let report = PlanChecker(instance: instance).check(plan)
        #expect(report.brokenRules == [.reportedValueMismatch], "\(report)")
        #expect(Set(report.violations.compactMap(\.field)) == ["charging[0].energy", "distance", "vehicles"])
    }

    @Test func reportEncodesRuleCodesAsJSON() throws {
        let instance = lineInstance()
        var routes = lineFeasibleRoutes()
        routes[1] = handRoute(instance, departure: 30, [Visit("C2")])
        let report = check(instance, routes)
        let json = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
        #expect(json.contains("\"late-service\""))
        let decoded = try JSONDecoder().decode(CheckReport.self, from: Data(json.utf8))
        #expect(decoded.violations == report.violations)
    }

    @Test func everyRuleHasADistinctCode() {
        let codes = Violation.Rule.allCases.map(\.code)
        #expect(Set(codes).count == codes.count)
        #expect(Violation.Rule.lateService.code == "late-service")
    }
}
