import GreenRouteCheck
import GreenRouteCore
@testable import GreenRouteHeuristic
import Testing

/// The re-entry anneals for distance with the vehicle count free, then minimises the fleet
/// again from there; it returns only complete states with feasible routes and no more routes
/// than the fleet phase's count, and its iterations count against the run's budget.
@Suite struct FleetReentryTests {
    /// r102C15 needs 5 vans (reference) while its load allows fewer, so the re-entry runs.
    @Test func reachesTheFleetCountFromADistanceAnnealedSolution() throws {
        let (context, start, instance) = try SearchFixtures.construction("r102C15", iterationLimit: 20_000)
        let lowerBound = FeasibilityAnalysis(instance).vehiclesNeededByLoad
        let fleet = FleetMinimiser().run(context, from: start, share: 0.2, lowerBound: lowerBound)
        try #require(fleet.absent.isEmpty && fleet.solution.vehicles > lowerBound)
        let before = context.control.iterations
        let entry = try #require(FleetReentry().run(
            context, count: fleet.solution.vehicles, servable: Array(instance.customerIndices), lowerBound: lowerBound,
            annealing: AnnealingSearch(startTemperature: 10, endTemperature: 0.01)), "\(context.notes)")
        // The distance annealing's 2,000 steps (a tenth of the limit) are the run's too.
        #expect(context.control.iterations >= before + 2000)
        #expect(entry.absent.isEmpty)
        #expect(entry.solution.vehicles <= fleet.solution.vehicles)
        #expect(entry.solution.routes.allSatisfy { $0.cost.isFeasible })
        let served = entry.solution.routes.flatMap { $0.nodes.filter { context.problem.isCustomer($0) } }
        #expect(served.sorted() == Array(instance.customerIndices))
        #expect(context.notes.contains { $0.hasPrefix("re-entry: distance annealing") }, "\(context.notes)")
    }

    /// The solver with the re-entry (the default) gives the same valid plan twice under an
    /// iteration limit, and the plan's notes say what the re-entry did.
    @Test func solverWithReentryIsReproducibleAndValid() throws {
        let instance = try TestInstances.shipped("r102C15")
        let options = SolverOptions(timeLimit: 60, seed: 2, iterationLimit: 12_000)
        let solver = HeuristicSolver()
        try #require(solver.reentry != nil)
        let first = solver.solve(instance, options: options)
        let second = solver.solve(instance, options: options)
        #expect(PlanChecker(instance: instance).check(first).isValid)
        #expect(first.routes.map { $0.stops.map(\.node) } == second.routes.map { $0.stops.map(\.node) })
        #expect(first.distance == second.distance)
        #expect(first.notes.contains { $0.hasPrefix("re-entry:") }, "\(first.notes)")
        var without = solver
        without.reentry = nil
        let plain = without.solve(instance, options: options)
        #expect(PlanChecker(instance: instance).check(plain).isValid)
        #expect(!plain.notes.contains { $0.hasPrefix("re-entry:") })
    }
}
