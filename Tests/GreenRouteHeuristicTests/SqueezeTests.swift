import GreenRouteCheck
import GreenRouteCore
@testable import GreenRouteHeuristic
import Testing

/// The squeeze repairs candidates that leave customers out through penalised routes and
/// returns only complete states whose routes are all feasible.
@Suite struct SqueezeTests {
    /// A complete state from the fleet phase (4,000 steps, seed 1).
    static func minimumFleetState(_ name: String) throws -> (SearchContext, SearchState) {
        let (context, start, instance) = try SearchFixtures.construction(name, iterationLimit: 4000)
        let lowerBound = FeasibilityAnalysis(instance).vehiclesNeededByLoad
        let state = FleetMinimiser().run(context, from: start, share: 1, lowerBound: lowerBound)
        try #require(state.absent.isEmpty)
        return (context, state)
    }

    /// Every customer pair taken out of the minimum-fleet solution is either put back into a
    /// complete solution with feasible routes, no more routes and each customer exactly once,
    /// or the squeeze says it failed; it succeeds on some pair that greedy insertion at the
    /// same fleet cannot place.
    @Test(arguments: ["r105C15", "rc103C15"])
    func completesStatesWithFeasibleRoutesOnly(name: String) throws {
        let (context, state) = try Self.minimumFleetState(name)
        let problem = context.problem
        let averageArc = state.solution.distance / Double(problem.customerCount + state.solution.vehicles)
        let customers = Array(1...problem.customerCount)
        var completed = 0, beyondGreedy = 0
        for (index, first) in customers.enumerated() {
            for second in customers[(index + 1)...] {
                var partial = state
                context.editor.remove([first, second], from: &partial.solution)
                partial.absent = [first, second]
                var greedy = partial
                greedy.absent = context.recreate.insert(partial.absent, into: &greedy.solution,
                                                        maxRoutes: state.solution.vehicles, random: &context.random)
                guard let repaired = Squeeze().run(partial, context: context, averageArc: averageArc) else { continue }
                completed += 1
                if !greedy.absent.isEmpty { beyondGreedy += 1 }
                #expect(repaired.absent.isEmpty)
                #expect(repaired.solution.vehicles <= state.solution.vehicles)
                #expect(repaired.solution.routes.allSatisfy { $0.cost.isFeasible })
                let served = repaired.solution.routes.flatMap { $0.nodes.filter(problem.isCustomer) }
                #expect(served.sorted() == customers, "\(first), \(second)")
                for route in repaired.solution.routes {
                    #expect(context.evaluator.evaluate(route.nodes).isFeasible)
                }
            }
        }
        #expect(completed > 0)
        #expect(beyondGreedy > 0, "no pair that greedy insertion leaves out was completed")
    }

    @Test func takesOnOnlyAFewAbsentCustomers() throws {
        let (context, state) = try Self.minimumFleetState("r105C15")
        var partial = state
        context.editor.remove([1, 2, 3], from: &partial.solution)
        partial.absent = [1, 2, 3]
        #expect(Squeeze().run(partial, context: context, averageArc: 10) == nil)
        #expect(Squeeze().run(state, context: context, averageArc: 10) == nil)
    }

    /// The annealing squeezes (notes count the tries); with the squeeze off no note.
    @Test func annealingReportsItsSqueezes() throws {
        let instance = try TestInstances.shipped("r102C15")
        let options = SolverOptions(timeLimit: 60, seed: 1, iterationLimit: 3000)
        let plan = HeuristicSolver().solve(instance, options: options)
        #expect(PlanChecker(instance: instance).check(plan).isValid)
        #expect(plan.notes.contains { $0.hasPrefix("squeeze: ") }, "\(plan.notes)")
        var off = HeuristicSolver()
        off.squeezeInterval = nil
        let other = off.solve(instance, options: options)
        #expect(PlanChecker(instance: instance).check(other).isValid)
        #expect(!other.notes.contains { $0.hasPrefix("squeeze: ") })
    }
}
