import GreenRouteCore
@testable import GreenRouteHeuristic
import Testing

@Suite struct HeuristicSolverTests {
    static let options = SolverOptions(timeLimit: 60, seed: 1, iterationLimit: 1500)

    /// Reference values of Instances/reference.csv (hierarchical optima).
    @Test(arguments: [("c101C5", 2, 257.75), ("r104C5", 2, 136.69), ("rc108C5", 2, 253.93), ("c206C5", 1, 242.56)])
    func meetsReferenceOnSmallFiles(name: String, vehicles: Int, distance: Double) throws {
        let instance = try TestInstances.shipped(name)
        let plan = HeuristicSolver().solve(instance, options: Self.options)
        #expect(PlanVerification.problems(plan, instance: instance).isEmpty)
        #expect(plan.status == .feasible)
        #expect(plan.vehicles == vehicles)
        #expect(abs(plan.distance - distance) < 0.006)
    }

    @Test func sameSeedGivesSamePlan() throws {
        let instance = try TestInstances.shipped("rc208C5")
        let first = HeuristicSolver().solve(instance, options: Self.options)
        let second = HeuristicSolver().solve(instance, options: Self.options)
        #expect(PlanVerification.sequences(first) == PlanVerification.sequences(second))
        #expect(first.distance == second.distance)
    }

    @Test func partialRechargeIsNeverWorseThanFull() throws {
        let full = try TestInstances.shipped("r203C5")
        let partial = full.with(charging: .partial)
        let fullPlan = HeuristicSolver().solve(full, options: Self.options)
        let partialPlan = HeuristicSolver().solve(partial, options: Self.options)
        #expect(PlanVerification.problems(partialPlan, instance: partial).isEmpty)
        #expect(partialPlan.charging == .partial)
        #expect(partialPlan.vehicles <= fullPlan.vehicles)
        if partialPlan.vehicles == fullPlan.vehicles {
            #expect(partialPlan.distance <= fullPlan.distance + 1e-6)
        }
    }

    @Test func unreachableCustomerIsUnassigned() {
        // C2 lies 40 away; the battery holds 30 and there is no station.
        let instance = Instance(
            name: "far", timeUnit: .abstract,
            depot: Depot(id: "D0", location: .plane(x: 0, y: 0), open: 0, close: 1000),
            customers: [Customer(id: "C1", location: .plane(x: 5, y: 0), demand: 1, ready: 0, due: 100, service: 1),
                        Customer(id: "C2", location: .plane(x: 40, y: 0), demand: 1, ready: 0, due: 100, service: 1)],
            stations: [],
            vehicleTypes: [VehicleType(id: "ev", capacity: 10, battery: 30, consumption: 1, speed: 1, maxChargePower: 1)],
            metric: .euclidean, charging: .full)
        let plan = HeuristicSolver().solve(instance, options: Self.options)
        #expect(plan.status == .infeasible)
        #expect(plan.unassigned.map(\.customer) == ["C2"])
        #expect(PlanVerification.problems(plan, instance: instance).isEmpty)
        #expect(plan.routes.count == 1)
    }

    @Test func respectsTheFleetSize() throws {
        // Two far-apart customers with overlapping tight windows need two vans; only one exists.
        let instance = Instance(
            name: "fleet", timeUnit: .abstract,
            depot: Depot(id: "D0", location: .plane(x: 0, y: 0), open: 0, close: 100),
            customers: [Customer(id: "C1", location: .plane(x: 10, y: 0), demand: 1, ready: 10, due: 10, service: 1),
                        Customer(id: "C2", location: .plane(x: -10, y: 0), demand: 1, ready: 10, due: 10, service: 1)],
            stations: [],
            vehicleTypes: [VehicleType(id: "van", count: 1, capacity: 10, battery: 1, consumption: 0, speed: 1,
                                       maxChargePower: 1)],
            metric: .euclidean, charging: .full)
        let plan = HeuristicSolver().solve(instance, options: Self.options)
        #expect(plan.routes.count == 1)
        #expect(plan.unassigned.count == 1)
        #expect(plan.status == .infeasible)
        #expect(PlanVerification.problems(plan, instance: instance).isEmpty)
    }

    @Test func reportsProgressAndHonoursShouldStop() throws {
        let instance = try TestInstances.shipped("c101C10")
        let options = SolverOptions(timeLimit: 60, seed: 1, shouldStop: { true })
        let plan = HeuristicSolver().solve(instance, options: options)
        #expect(plan.seconds < 5)
        #expect(PlanVerification.problems(plan, instance: instance).isEmpty)
    }
}
