import GreenRouteCore
@testable import GreenRouteHeuristic

/// Search internals set up the way `HeuristicSolver` does, for tests of one phase.
enum SearchFixtures {
    /// A context for a shipped instance (seed 1, the given iteration limit) and the greedy
    /// construction's state (every customer offered, any number of routes).
    static func construction(_ name: String, iterationLimit: Int) throws -> (SearchContext, SearchState, Instance) {
        let instance = try TestInstances.shipped(name)
        let options = SolverOptions(timeLimit: 60, seed: 1, iterationLimit: iterationLimit)
        let problem = SearchProblem(instance: instance, typeIndex: 0)
        let context = SearchContext(problem: problem, options: options, control: SearchControl(options: options),
                                    maxRoutes: instance.customers.count)
        var start = SearchState(solution: SearchSolution(nodeCount: problem.nodeCount), absent: [])
        start.absent = context.recreate.insert(Array(instance.customerIndices), into: &start.solution,
                                               maxRoutes: context.maxRoutes, random: &context.random)
        return (context, start, instance)
    }
}
