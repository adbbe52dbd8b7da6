import Testing
import GreenRouteCore
import GreenRouteCheck
@testable import GreenRouteHeuristic

/// Customers left out because vans share a station: the reason names the limit, the station
/// and the time it is saturated.
@Suite struct UnassignedDiagnosisTests {
    /// Two vans leave with 6 of 20 kWh and each needs about 14 kWh more for its customer; the only
    /// station gets sun from 10:00 to 11:00 only, enough for both vans on two chargers but it
    /// has one: one van charges, the other cannot.
    static let oneChargerAtTen = TestInstances.twoVansOneCharger(
        name: "one-charger-at-ten", supply: [SupplyInterval(start: 600, end: 660, power: 50)])

    @Test func tooFewChargersNamesTheStationAndTheHour() throws {
        let instance = Self.oneChargerAtTen
        let options = SolverOptions(timeLimit: 2, seed: 1, iterationLimit: 300)
        let limited = HeuristicSolver().solve(instance, options: options)
        #expect(PlanChecker(instance: instance).check(limited).isValid)
        try #require(limited.unassigned.count == 1)
        #expect(HeuristicSolver().solve(instance.withUnlimitedChargers(), options: options).unassigned.isEmpty)

        let refined = UnassignedDiagnosis.refined(limited, instance: instance, timeBudget: 2)
        let reason = try #require(refined.unassigned.first).reason
        #expect(refined.unassigned.map(\.customer) == limited.unassigned.map(\.customer))
        #expect(reason.hasPrefix("too few chargers at S around 10:"), "\(reason)")
        #expect(reason.contains("1 of 1 chargers in use"), "\(reason)")
        #expect(reason.contains("served when chargers are unlimited"), "\(reason)")
    }

    @Test func tooLittleSupplyNamesTheStationAndTheHour() throws {
        // Chargers unlimited, but 10:00–11:00 gives 22 kWh in all while the two vans need about 28.
        var stations = Self.oneChargerAtTen.stations
        stations[0].chargers = nil
        stations[0].supply = .intervals([SupplyInterval(start: 600, end: 660, power: 22)])
        let instance = Instance(name: "little-supply", timeUnit: .minutes, depot: Self.oneChargerAtTen.depot,
                                customers: Self.oneChargerAtTen.customers, stations: stations,
                                vehicleTypes: Self.oneChargerAtTen.vehicleTypes, metric: .euclidean, charging: .partial)
        let limited = HeuristicSolver().solve(instance, options: SolverOptions(timeLimit: 2, seed: 1, iterationLimit: 300))
        try #require(!limited.unassigned.isEmpty)
        let reason = try #require(UnassignedDiagnosis.refined(limited, instance: instance, timeBudget: 1).unassigned.first).reason
        #expect(reason.hasPrefix("too little green supply at S around 10:"), "\(reason)")
        #expect(reason.contains("of 22 kW drawn") && reason.contains("served when supply is unlimited"), "\(reason)")
    }

    @Test func plansWithoutUnassignedOrWithoutLimitsAreUnchanged() {
        let unlimited = Self.oneChargerAtTen.withUnlimitedStations()
        let plan = HeuristicSolver().solve(unlimited, options: SolverOptions(timeLimit: 1, seed: 1, iterationLimit: 100))
        #expect(plan.unassigned.isEmpty)
        #expect(UnassignedDiagnosis.refined(plan, instance: unlimited, timeBudget: 1) == plan)
    }

    @Test func relaxationsLiftOneLimitEach() {
        let instance = Self.oneChargerAtTen
        #expect(instance.withUnlimitedChargers().stations[0].chargers == nil)
        #expect(instance.withUnlimitedChargers().stations[0].supply == instance.stations[0].supply)
        #expect(instance.withUnlimitedSupply().stations[0].supply.isUnlimited)
        #expect(instance.withUnlimitedSupply().stations[0].chargers == 1)
    }
}
