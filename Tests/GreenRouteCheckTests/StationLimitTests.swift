import GreenRouteCore
import Testing
@testable import GreenRouteCheck

/// The green-only station limits, on the minute/kW instance: 60 kW of green supply on
/// [600, 840) at station S, shared by the vans charging there.
@Suite struct StationLimitTests {
    private func messages(_ report: CheckReport) -> String {
        report.violations.map(\.description).joined(separator: "\n")
    }

    @Test func twoVansExceedingTheGreenSupply() {
        let instance = solarInstance()
        // Both at 40 kW on [600, 645): 80 kW against 60 kW of supply.
        let routes = solarRoutes(instance, power: 40, minutes: 45)
        let report = PlanChecker(instance: instance).check(handPlan(instance, routes))
        #expect(report.brokenRules == [.overSupply], "\(report)")
        #expect(report.violations.count == 1)
        #expect(messages(report).contains("over supply at time 600 by 20 kW"))
        #expect(messages(report).contains("until 645"))
    }

    @Test func chargingBeforeTheSunRises() {
        let instance = solarInstance()
        // Van 0 arrives at 590 and charges at once; no supply on [590, 600). Van 1 charges
        // from 610, so only the supply's breakpoint at 600 reveals the gap.
        let routes = [
            handRoute(instance, departure: 560, [Visit("S", charging: [(0, 60, 30)]), Visit("C1")]),
            handRoute(instance, departure: 580, [Visit("S", charging: [(0, 60, 30)]), Visit("C2")]),
        ]
        let report = PlanChecker(instance: instance).check(handPlan(instance, routes))
        #expect(report.brokenRules == [.overSupply], "\(report)")
        #expect(messages(report).contains("over supply at time 590 by 30 kW"))
        #expect(messages(report).contains("until 600"))
    }

    @Test func moreVansChargingThanChargers() {
        let instance = solarInstance(chargers: 1)
        let report = PlanChecker(instance: instance).check(handPlan(instance, solarRoutes(instance)))
        #expect(report.brokenRules == [.tooManyChargers], "\(report)")
        #expect(messages(report).contains("2 vans charging at 600"))
        #expect(messages(report).contains("only 1 chargers"))
    }

    @Test func segmentsTouchingWithinTheToleranceDoNotOverlap() {
        let instance = solarInstance(chargers: 1)
        var routes = [
            handRoute(instance, departure: 570, [Visit("S", charging: [(0, 45, 40)]), Visit("C1")]),
            handRoute(instance, departure: 570, [Visit("S", charging: [(45, 45, 40)]), Visit("C2")]),
        ]
        // Van 1 starts 1e-7 minutes before van 0 ends: rounding noise, not two vans at once.
        routes[1].stops[1].charging[0].start -= 1e-7
        let report = PlanChecker(instance: instance).check(handPlan(instance, routes))
        #expect(report.violations.isEmpty, "\(report)")
        // A real overlap of one minute is reported.
        routes[1] = handRoute(instance, departure: 570, [Visit("S", charging: [(44, 46, 40)]), Visit("C2")])
        let overlapping = PlanChecker(instance: instance).check(handPlan(instance, routes))
        #expect(overlapping.brokenRules == [.tooManyChargers, .overSupply], "\(overlapping)")
    }

    @Test func unlimitedStationsAreNotSwept() {
        let instance = solarInstance(chargers: 1).withUnlimitedStations()
        let routes = solarRoutes(instance, power: 40, minutes: 45, departure: 500)
        let report = PlanChecker(instance: instance).check(handPlan(instance, routes))
        #expect(report.violations.isEmpty, "\(report)")
    }
}

@Suite struct StationKPITests {
    @Test func misreportedStationHourIsCaught() throws {
        let instance = Instance(
            name: "kpi", timeUnit: .minutes,
            depot: Depot(id: "D", location: .plane(x: 0, y: 0), open: 480, close: 1080),
            customers: [Customer(id: "C1", location: .plane(x: 10, y: 0), demand: 1, ready: 480, due: 900, service: 10)],
            stations: [ChargingStation(id: "S", location: .plane(x: 5, y: 0), chargers: 1, chargerPower: 22,
                                       supply: .intervals([SupplyInterval(start: 600, end: 720, power: 30)]))],
            vehicleTypes: [VehicleType(id: "van", capacity: 10, battery: 20, consumption: 1, speed: 60,
                                       maxChargePower: 22, initialCharge: 6)],
            metric: .euclidean, charging: .partial)
        let route = try #require(RouteTimetable.build(instance, vehicleType: 0, sequence: [2, 1, 2]))
        var plan = PlanAssembler.makePlan(instance, solver: "test", status: .feasible, objective: .hierarchical,
                                          routes: [route], seconds: 0)
        #expect(PlanChecker(instance: instance).check(plan).isValid)
        plan.kpis!.stationHours![0].energyCharged += 1
        plan.kpis!.stationPeaks![0].peakChargers = 2
        let report = PlanChecker(instance: instance).check(plan)
        #expect(report.brokenRules == [.reportedValueMismatch])
        #expect(report.violations.count == 2)
    }
}
