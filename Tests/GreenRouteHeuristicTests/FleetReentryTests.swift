import GreenRouteCheck
import GreenRouteCore
@testable import GreenRouteHeuristic
import Testing

/// The re-entry anneals for distance with the vehicle count free, then minimises the fleet
/// again from there; it returns only complete states with feasible routes and no more routes
/// than the fleet phase's count, and its iterations count against the run's budget.
@Suite struct FleetReentryTests {
    /// r102C15 needs 5 vans (reference) while its load allows fewer, so the re-entry runs; either
    /// way down gives a complete state with feasible routes.
    @Test(arguments: [FleetReentry.Descent.throughInfeasibleRoutes, .absenceCounters])
    func reachesTheFleetCountFromADistanceAnnealedSolution(descent: FleetReentry.Descent) throws {
        let (context, start, instance) = try SearchFixtures.construction("r102C15", iterationLimit: 20_000)
        let lowerBound = FeasibilityAnalysis(instance).vehiclesNeededByLoad
        let fleet = FleetMinimiser().run(context, from: start, share: 0.2, lowerBound: lowerBound)
        try #require(fleet.absent.isEmpty && fleet.solution.vehicles > lowerBound)
        let before = context.control.iterations
        var reentry = FleetReentry()
        reentry.descent = descent
        let entry = try #require(reentry.run(
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

    /// The fleet phase reports how close its attempts at one route fewer came (the fewest
    /// customers left out), and reports nothing when it stops at the lower bound it was given.
    @Test func fleetPhaseReportsTheFewestAbsentBelowItsCount() throws {
        let (context, start, instance) = try SearchFixtures.construction("r102C15", iterationLimit: 4000)
        let lowerBound = FeasibilityAnalysis(instance).vehiclesNeededByLoad
        let outcome = FleetMinimiser().minimise(context, from: start, share: 1, lowerBound: lowerBound)
        #expect(outcome.state.absent.isEmpty && outcome.state.solution.vehicles == 5)
        let fewest = try #require(outcome.fewestAbsentBelow)
        #expect(fewest >= 1 && fewest <= 15)
        let (stopping, stoppingStart, _) = try SearchFixtures.construction("r102C15", iterationLimit: 4000)
        let stopped = FleetMinimiser().minimise(stopping, from: stoppingStart, share: 1, lowerBound: 5)
        #expect(stopped.state.solution.vehicles == 5)
        #expect(stopped.fewestAbsentBelow == nil)
    }

    /// When the fleet phase's attempts below its count leave at least `outOfReachAbsent`
    /// customers out, the re-entry stops at that count: it never tries below it, and the plan
    /// stays valid at the reference count.
    @Test func reentryStopsAtACountOutOfReach() throws {
        let instance = try TestInstances.shipped("r102C15")
        let options = SolverOptions(timeLimit: 60, seed: 2, iterationLimit: 12_000)
        var solver = HeuristicSolver()
        solver.outOfReachAbsent = 1  // every failed attempt leaves one or more out
        let plan = solver.solve(instance, options: options)
        #expect(PlanChecker(instance: instance).check(plan).isValid)
        #expect(plan.routes.count == 5)
        #expect(plan.notes.contains("fleet: 4 vehicles taken as out of reach"), "\(plan.notes)")
        #expect(plan.notes.contains { $0.hasPrefix("re-entry: distance annealing") }, "\(plan.notes)")
        #expect(!plan.notes.contains { $0.hasPrefix("re-entry: 4 vehicles") }, "\(plan.notes)")
        solver.outOfReachAbsent = nil
        let trying = solver.solve(instance, options: options)
        #expect(PlanChecker(instance: instance).check(trying).isValid)
        #expect(!trying.notes.contains { $0.contains("out of reach") }, "\(trying.notes)")
        #expect(trying.notes.contains { $0.hasPrefix("re-entry: 4 vehicles not reached") }, "\(trying.notes)")
    }

    /// The re-entry's state becomes the alternative start of the annealing's later chains;
    /// when it is better than the fleet phase's state, the run's result is never worse than
    /// it, even when no chain improves on it before the budget ends.
    @Test func annealingKeepsABetterAlternativeStart() throws {
        let (annealed, annealedStart, _) = try SearchFixtures.construction("r102C15", iterationLimit: 3000)
        let alternative = AnnealingSearch(startTemperature: 10, endTemperature: 0.01).run(annealed, from: annealedStart)
        let (context, start, _) = try SearchFixtures.construction("r102C15", iterationLimit: 1)
        try #require(alternative.absent.isEmpty && start.absent.isEmpty)
        try #require(context.score(alternative) < context.score(start) - 1e-6)
        context.offer(start)
        var annealing = AnnealingSearch(startTemperature: 10, endTemperature: 0.01)
        annealing.chains = 3
        let result = annealing.run(context, from: start, alternative: alternative)
        #expect(result.absent.isEmpty)
        #expect(context.score(result) <= context.score(alternative) + 1e-9,
                "\(result.solution.distance) against \(alternative.solution.distance)")
    }
}
