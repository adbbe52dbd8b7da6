/// The vehicle-minimisation phase (SISR's fleet minimisation): take the best complete
/// solution, delete one route, and run ruin & recreate without new routes until every
/// customer is back. A state is accepted when fewer customers are absent, or when the
/// absent ones have been absent less often (absence counters steer the search towards
/// reinserting the customers that are hard to place).
enum FleetMinimiser {
    /// Returns the complete state with the fewest routes found before `share` of the budget.
    static func run(_ context: SearchContext, from start: SearchState, share: Double, lowerBound: Int) -> SearchState {
        var best = start
        guard best.absent.isEmpty else { return best }
        let problem = context.problem
        var absence = [Int](repeating: 0, count: problem.nodeCount)
        func absenceSum(_ customers: [Int]) -> Int { customers.reduce(0) { $0 + absence[$1] } }
        while context.control.fraction < share, best.solution.vehicles > max(1, lowerBound) {
            var state = best
            let removedRoute = chooseRoute(best.solution, context: context)
            let customers = state.solution.routes[removedRoute].nodes.filter { problem.isCustomer($0) }
            state.solution.routes.remove(at: removedRoute)
            state.solution.compact(problem: problem)
            let target = state.solution.vehicles
            state.absent = context.recreate.insert(customers, into: &state.solution, maxRoutes: target,
                                                   random: &context.random)
            while !state.absent.isEmpty && context.control.fraction < share {
                guard context.step() else { return best }
                let next = context.ruinAndRecreate(state, maxRoutes: target)
                for c in next.absent { absence[c] += 1 }
                if next.absent.count < state.absent.count || absenceSum(next.absent) < absenceSum(state.absent) {
                    state = next
                }
            }
            guard state.absent.isEmpty else { break }
            best = state
            context.offer(best)
            context.notes.append("fleet: \(best.solution.vehicles) vehicles at \(String(format2: context.control.seconds)) s")
        }
        return best
    }

    /// A random route, or (every other time) the one with the fewest customers.
    private static func chooseRoute(_ solution: SearchSolution, context: SearchContext) -> Int {
        if context.random.unit() < 0.5 { return context.random.index(below: solution.routes.count) }
        var chosen = 0, fewest = Int.max
        for r in solution.routes.indices {
            let count = solution.routes[r].customerCount(of: context.problem)
            if count < fewest { fewest = count; chosen = r }
        }
        return chosen
    }
}
