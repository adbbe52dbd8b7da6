import Foundation

/// Route elimination through infeasible routes (the re-entry's way down to the minimum fleet).
/// Delete a route, put its customers where their penalised added cost is least (distance plus
/// weighted load excess, time warp and battery deficit, ``PenalisedWalk``), then walk: ruin &
/// recreate within the remaining routes, completion and local search with penalties, accepted
/// at a low temperature by distance plus penalties, the weights adapting as in the walk chain.
/// The attempt succeeds when every route is feasible. An attempt whose penalised score has not
/// fallen for ``patience`` steps starts over from the last complete state with another route
/// deleted.
///
/// Unlike the absence counters of ``FleetMinimiser`` (which ignore distance until every
/// customer is back), the walk keeps the routes short while it repairs them, so the state it
/// reaches at a count starts the annealing closer to the good routes it came from. It may
/// reach a count later or not at all, so it only provides another start (see ``FleetReentry``);
/// the fleet phase keeps the absence counters.
struct PenalisedElimination {
    var walk = PenalisedWalk()
    /// Walk steps without a lower penalised score before an attempt starts over.
    var patience = 2_000
    /// Acceptance temperature of the walk, in average arcs.
    var temperature = 1.0
    /// Iterations one walk step counts for against an iteration limit. A walk step (ruin &
    /// recreate, penalised completion and local search) cost 27 ruin & recreate steps of the
    /// fleet phase on r102C15 (4,000 of each in 4.17 s and 0.16 s, release, seed 1) and about
    /// 90 on r109_21; counted as one, it took a large share of the time of runs under an
    /// iteration limit (the tests' 134 s became 423 s). Under a work budget the work meter
    /// charges what the steps cost, and this weight only changes the "iterations:" count.
    var iterationWeight = 20

    /// The complete, feasible state with the fewest routes (not below `lowerBound`) reached
    /// before `share` of the budget, starting from the complete state `start`.
    func minimise(_ context: SearchContext, from start: SearchState, share: Double, lowerBound: Int) -> SearchState {
        var best = start
        guard best.absent.isEmpty, best.solution.isFeasible else { return best }
        let averageArc = best.solution.averageArc(problem: context.problem)
        let heat = temperature * averageArc
        while context.control.fraction < share, best.solution.vehicles > max(1, lowerBound) {
            let target = best.solution.vehicles - 1
            var weights = walk.start(averageArc: averageArc)
            func penalised(_ state: SearchState) -> Double {
                state.absent.isEmpty ? state.solution.distance + weights.penalties(of: state.solution) : .infinity
            }
            var state = best, score = 0.0, lowest = 0.0, stalled = 0
            /// A new attempt: the last complete state without one of its routes, whose customers
            /// go where the start weights price them least.
            func startAttempt() {
                weights = walk.start(averageArc: averageArc)
                state = best
                let route = FleetMinimiser.chooseRoute(best.solution, context: context)
                state.absent = state.solution.removeRoute(route, problem: context.problem)
                state = walk.complete(state, weights: weights.weights, context: context)
                score = penalised(state)
                lowest = score
                stalled = 0
            }
            startAttempt()
            while !(state.absent.isEmpty && state.solution.isFeasible) && context.control.fraction < share {
                guard context.step() else { return best }
                context.control.count(iterationWeight - 1)
                var next = context.ruinAndRecreate(state, maxRoutes: target)
                next = walk.complete(next, weights: weights.weights, context: context)
                if weights.record(next.solution) { score = penalised(state) }
                let nextScore = penalised(next)
                if nextScore < score - heat * log(1 - context.random.unit()) {
                    state = next
                    score = nextScore
                }
                if score < lowest - 1e-9 {
                    lowest = score
                    stalled = 0
                } else {
                    stalled += 1
                }
                if stalled >= patience { startAttempt() }
            }
            guard state.absent.isEmpty, state.solution.isFeasible else {
                context.notes.append("re-entry: \(target) vehicles not reached through infeasible routes by "
                                     + "\(String(format2: context.control.seconds)) s")
                break
            }
            best = state
            context.offer(best)
            context.notes.append("re-entry: \(best.solution.vehicles) vehicles through infeasible routes at "
                                 + "\(String(format2: context.control.seconds)) s (\(best.summary))")
        }
        return best
    }
}
