import GreenRouteCheck
import GreenRouteCore
import Testing
@testable import GreenRouteMIP

@Suite struct MIPSolverTests {
    static let fiveCustomerFiles = ["c101C5", "c206C5", "r104C5", "rc105C5", "rc108C5"]

    @Test(arguments: fiveCustomerFiles)
    func fullRechargeReachesTheReferenceOptimum(name: String) throws {
        let instance = try ShippedInstances.evrptw(name)
        let reference = try #require(try ShippedInstances.references()[name])
        let plan = MIPSolver().solve(instance, options: SolverOptions(timeLimit: 60))
        #expect(plan.status == .optimal)
        #expect(plan.vehicles == reference.vehicles)
        #expect(abs(plan.distance - reference.distance) <= 0.005 + 1e-9)
        #expect(plan.bound != nil)
        #expect((plan.gapPercent ?? 100) < 1e-6)
        let report = PlanChecker(instance: instance).check(plan)
        #expect(report.isValid, "\(report)")
    }

    @Test(arguments: fiveCustomerFiles)
    func partialRechargeIsOptimalValidAndNeverWorse(name: String) throws {
        let full = try ShippedInstances.evrptw(name)
        let instance = full.with(charging: .partial)
        let reference = try #require(try ShippedInstances.references()[name])
        let plan = MIPSolver().solve(instance, options: SolverOptions(timeLimit: 60))
        #expect(plan.status == .optimal)
        #expect(plan.vehicles <= reference.vehicles)
        if plan.vehicles == reference.vehicles { #expect(plan.distance <= reference.distance + 0.005) }
        let report = PlanChecker(instance: instance).check(plan)
        #expect(report.isValid, "\(report)")
    }

    @Test func partialRechargeBeatsFullWhereEarlyChargingHelps() throws {
        // rc105C5: full 2 vehicles 241.30; partial recharge allows a shorter pair of routes.
        let instance = try ShippedInstances.evrptw("rc105C5").with(charging: .partial)
        let plan = MIPSolver().solve(instance, options: SolverOptions(timeLimit: 60))
        #expect(plan.status == .optimal)
        #expect(plan.vehicles == 2)
        #expect(abs(plan.distance - 233.77) < 0.01)
        #expect(PlanChecker(instance: instance).check(plan).isValid)
    }

    @Test func distanceObjectiveMayUseMoreVehicles() throws {
        // Benchmark README: c101C5's shortest distance is 247.15 with 3 vehicles.
        let instance = try ShippedInstances.evrptw("c101C5")
        let plan = MIPSolver().solve(instance, options: SolverOptions(timeLimit: 60, objective: .distance))
        #expect(plan.status == .optimal)
        #expect(plan.vehicles == 3)
        #expect(abs(plan.distance - 247.15) < 0.01)
    }

    @Test func startingPlanIsUsedAndABadOneIsIgnored() throws {
        let instance = try ShippedInstances.evrptw("r104C5")
        let first = MIPSolver().solve(instance, options: SolverOptions(timeLimit: 60))
        let again = MIPSolver(start: first).solve(instance, options: SolverOptions(timeLimit: 60))
        #expect(again.status == .optimal)
        #expect(abs(again.distance - first.distance) < 1e-6)
        var broken = first
        broken.routes.removeLast()
        let ignored = MIPSolver(start: broken).solve(instance, options: SolverOptions(timeLimit: 60))
        #expect(ignored.status == .optimal)
        #expect(abs(ignored.distance - first.distance) < 1e-6)
    }

    @Test func stopRequestNeverReturnsAWrongPlan() throws {
        let instance = try ShippedInstances.evrptw("c104C10")
        let plan = MIPSolver().solve(instance, options: SolverOptions(timeLimit: 60, shouldStop: { true }))
        #expect(plan.status != .optimal)
        if !plan.routes.isEmpty { #expect(PlanChecker(instance: instance).check(plan).isValid) }
    }

    @Test func enumerationCutShortGivesAFeasiblePlanOrNone() throws {
        let instance = try ShippedInstances.evrptw("c104C10")
        let (plan, statistics) = MIPSolver().solveWithStatistics(instance, options: SolverOptions(timeLimit: 0.000_001))
        #expect(!statistics.enumerationComplete)
        #expect(plan.status == .feasible || plan.status == .timeout)
        if plan.status == .feasible { #expect(PlanChecker(instance: instance).check(plan).isValid) }
        if plan.status == .timeout { #expect(plan.routes.isEmpty) }
    }

    @Test func startingPlanIsReturnedWhenTheEnumerationIsCutShort() throws {
        let instance = try ShippedInstances.evrptw("c104C10")
        let optimal = MIPSolver().solve(instance, options: SolverOptions(timeLimit: 60))
        #expect(optimal.status == .optimal)
        let plan = MIPSolver(start: optimal).solve(instance, options: SolverOptions(timeLimit: 0.000_001))
        #expect(plan.status == .feasible)
        #expect(plan.distance <= optimal.distance + 1e-6)
        #expect(PlanChecker(instance: instance).check(plan).isValid)
    }

    @Test func unservableCustomerIsListedAndTheOthersServed() throws {
        let original = try ShippedInstances.evrptw("c101C5")
        var customers = original.customers
        customers[0].demand = 10 * original.vehicleTypes[0].capacity
        let instance = Instance(name: "overloaded", timeUnit: original.timeUnit, depot: original.depot,
                                customers: customers, stations: original.stations, vehicleTypes: original.vehicleTypes,
                                metric: original.metric, charging: original.charging)
        let plan = MIPSolver().solve(instance, options: SolverOptions(timeLimit: 30))
        #expect(plan.status == .infeasible)
        #expect(plan.unassigned.map(\.customer) == [customers[0].id])
        #expect(plan.routes.count >= 1)
        #expect(PlanChecker(instance: instance).check(plan).isValid)
    }

    @Test func chargerLimitedStationsAreSolvedAndValid() throws {
        var instance = try ShippedInstances.evrptw("c101C5")
        var stations = instance.stations
        stations[1].chargers = 1
        instance = Instance(name: instance.name, timeUnit: instance.timeUnit, depot: instance.depot,
                            customers: instance.customers, stations: stations, vehicleTypes: instance.vehicleTypes,
                            metric: instance.metric, charging: instance.charging)
        let plan = MIPSolver().solve(instance, options: SolverOptions(timeLimit: 10))
        let reference = try #require(try ShippedInstances.references()["c101C5"])
        #expect(plan.status == .optimal)
        #expect(plan.vehicles == reference.vehicles)
        #expect(abs(plan.distance - reference.distance) <= 0.005 + 1e-9)
        #expect(PlanChecker(instance: instance).check(plan).isValid)
    }
}
