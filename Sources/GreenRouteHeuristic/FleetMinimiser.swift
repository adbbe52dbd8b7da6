/// The vehicle-minimisation phase (SISR's fleet minimisation): take the best complete
/// solution, delete one route, and run ruin & recreate without new routes until every
/// customer is back. A state is accepted when fewer customers are absent, or when the
/// absent ones have been absent less often (absence counters steer the search towards
/// reinserting the customers that are hard to place).
///
/// A deleted route can leave a state that no ruin & recreate completes (the same one or two
/// customers stay out for millions of steps). When the fewest absent customers of an attempt
/// have not fallen for `restartStepsPerCustomer` × customers steps, the attempt starts over
/// from the best solution with another route deleted (random); the allowance grows by
/// `restartGrowth` per restart, so attempts that need a long grind still get one later. The
/// absence counters carry over. Steps, not seconds: deterministic under an iteration limit.
struct FleetMinimiser {
    /// Steps without fewer absent customers before a restart, per customer of the instance
    /// (300 = 30,000 steps on 100 customers).
    var restartStepsPerCustomer = 300.0
    /// Factor by which the allowance grows with every restart.
    var restartGrowth = 1.5

    /// What a run reached: the complete state with the fewest routes, and the fewest customers
    /// any attempt at one route fewer left out (nil when no such attempt ran).
    struct Outcome {
        var state: SearchState
        var fewestAbsentBelow: Int?

        /// "<prefix>: 10 vehicles leave 4 customers out at best", or nil when no attempt ran
        /// below the state's count.
        func shortfallNote(_ prefix: String) -> String? {
            fewestAbsentBelow.map { "\(prefix): \(state.solution.vehicles - 1) vehicles leave \($0) customers out at best" }
        }
    }

    /// Returns the complete state with the fewest routes found before `share` of the budget.
    func run(_ context: SearchContext, from start: SearchState, share: Double, lowerBound: Int) -> SearchState {
        minimise(context, from: start, share: share, lowerBound: lowerBound).state
    }

    /// ``run(_:from:share:lowerBound:)`` with the fewest absent customers of the attempts at one
    /// route fewer than the result (a measure of how far that count is out of reach).
    func minimise(_ context: SearchContext, from start: SearchState, share: Double, lowerBound: Int) -> Outcome {
        var best = start
        var fewestBelow: Int?
        guard best.absent.isEmpty else { return Outcome(state: best) }
        let problem = context.problem
        var absence = [Int](repeating: 0, count: problem.nodeCount)
        func absenceSum(_ customers: [Int]) -> Int { customers.reduce(0) { $0 + absence[$1] } }
        var allowance = restartStepsPerCustomer * Double(problem.customerCount)
        var restarts = 0
        defer { if restarts > 0 { context.notes.append("fleet: \(restarts) restarts of stalled attempts") } }
        while context.control.fraction < share, best.solution.vehicles > max(1, lowerBound) {
            var state = Self.deleteRoute(Self.chooseRoute(best.solution, context: context), of: best, context: context)
            let target = state.solution.vehicles
            var fewest = state.absent.count, stalled = 0
            fewestBelow = fewest
            while !state.absent.isEmpty && context.control.fraction < share {
                guard context.step() else { return Outcome(state: best, fewestAbsentBelow: fewestBelow) }
                let next = context.ruinAndRecreate(state, maxRoutes: target)
                for c in next.absent { absence[c] += 1 }
                if next.absent.count < state.absent.count || absenceSum(next.absent) < absenceSum(state.absent) {
                    state = next
                }
                if state.absent.count < fewest {
                    fewest = state.absent.count
                    fewestBelow = min(fewestBelow ?? fewest, fewest)
                    stalled = 0
                } else {
                    stalled += 1
                }
                if Double(stalled) >= allowance {
                    state = Self.deleteRoute(context.random.index(below: best.solution.routes.count), of: best,
                                             context: context)
                    fewest = state.absent.count
                    stalled = 0
                    restarts += 1
                    allowance *= restartGrowth
                }
            }
            guard state.absent.isEmpty else { break }
            fewestBelow = nil
            best = state
            context.offer(best)
            context.notes.append("fleet: \(best.solution.vehicles) vehicles at \(String(format2: context.control.seconds)) s")
        }
        return Outcome(state: best, fewestAbsentBelow: fewestBelow)
    }

    /// `best` without route `route`, its customers reinserted greedily (those that fit nowhere
    /// within the remaining routes are absent).
    private static func deleteRoute(_ route: Int, of best: SearchState, context: SearchContext) -> SearchState {
        var state = best
        let customers = state.solution.removeRoute(route, problem: context.problem)
        state.absent = context.recreate.insert(customers, into: &state.solution, maxRoutes: state.solution.vehicles,
                                               random: &context.random)
        return state
    }

    /// A random route, or (every other time) the one with the fewest customers.
    static func chooseRoute(_ solution: SearchSolution, context: SearchContext) -> Int {
        if context.random.unit() < 0.5 { return context.random.index(below: solution.routes.count) }
        var chosen = 0, fewest = Int.max
        for r in solution.routes.indices {
            let count = solution.routes[r].customerCount(of: context.problem)
            if count < fewest { fewest = count; chosen = r }
        }
        return chosen
    }
}
