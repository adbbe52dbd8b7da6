import GreenRouteCheck
import GreenRouteCore
@testable import GreenRouteHeuristic
import Testing

/// Route elimination through infeasible routes (the re-entry's way down): it returns only
/// complete states whose routes are all feasible, never goes below its lower bound, and is
/// reproducible for a seed and an iteration limit.
@Suite struct PenalisedEliminationTests {
    /// From the greedy construction (more routes than needed), the walk deletes routes and
    /// repairs through infeasible ones: fewer routes, every customer once, every route feasible.
    @Test(arguments: ["r102C15", "rc103C15", "c103C15"])
    func reachesFewerRoutesWithFeasibleRoutesOnly(name: String) throws {
        let (context, start, instance) = try SearchFixtures.construction(name, iterationLimit: 600)
        try #require(start.absent.isEmpty && start.solution.isFeasible)
        let lowerBound = FeasibilityAnalysis(instance).vehiclesNeededByLoad
        try #require(start.solution.vehicles > lowerBound + 1)
        let result = PenalisedElimination().minimise(context, from: start, share: 1, lowerBound: lowerBound)
        #expect(result.absent.isEmpty)
        #expect(result.solution.vehicles < start.solution.vehicles, "\(context.notes)")
        #expect(result.solution.vehicles >= lowerBound)
        #expect(result.solution.routes.allSatisfy { $0.cost.isFeasible })
        let served = result.solution.routes.flatMap { $0.nodes.filter { context.problem.isCustomer($0) } }
        #expect(served.sorted() == Array(instance.customerIndices))
        #expect(context.notes.contains { $0.contains("vehicles through infeasible routes") }, "\(context.notes)")
        // The route caches are the evaluator's own: the checker agrees with the search.
        var unassigned: [UnassignedCustomer] = []
        let routes = PlanBuilder(instance: instance, soloRoutes: context.recreate.soloRoutes)
            .routes(for: result.solution, unassigned: &unassigned)
        let plan = PlanAssembler.makePlan(instance, solver: "test", status: .feasible, objective: .hierarchical,
                                          routes: routes, unassigned: unassigned, seconds: 0, seed: 1, notes: [])
        #expect(unassigned.isEmpty)
        #expect(PlanChecker(instance: instance).check(plan).isValid)
    }

    /// At its lower bound the walk does nothing: the start comes back, no step is taken.
    @Test func stopsAtTheLowerBound() throws {
        let (context, start, _) = try SearchFixtures.construction("r102C15", iterationLimit: 600)
        let result = PenalisedElimination().minimise(context, from: start, share: 1,
                                                     lowerBound: start.solution.vehicles)
        #expect(result.solution.vehicles == start.solution.vehicles)
        #expect(result.solution.distance == start.solution.distance)
        #expect(context.control.iterations == 0)
    }

    /// The same seed and iteration limit give the same routes.
    @Test func isReproducible() throws {
        func run() throws -> [[Int]] {
            let (context, start, instance) = try SearchFixtures.construction("rc103C15", iterationLimit: 300)
            let lowerBound = FeasibilityAnalysis(instance).vehiclesNeededByLoad
            return PenalisedElimination().minimise(context, from: start, share: 1, lowerBound: lowerBound)
                .solution.routes.map(\.nodes)
        }
        #expect(try run() == run())
    }
}
