import GreenRouteCore

/// The finish of `--charging partial` (on days without station limits) and of
/// `--solver hybrid`, after the search has spent its budget. Both variants run the plain
/// heuristic's search first, step for step (under partial recharge with full recharge, whose
/// plans are valid under partial recharge too), so for a seed and a budget they start the
/// finish from the heuristic's own answer and return nothing worse.
///
/// The finish: with a combiner, a call over the search's route pool; then one annealing
/// chain, cooling from ``startTemperature`` to ``endTemperature``, from the best so far
/// (under partial recharge when the run asks for it); with a combiner, a last call over the
/// pool. Its budget is ``share`` of the search's work or iterations, within the time limit.
public struct FinishingPhase: Sendable {
    /// The finish's work or iteration budget, as a share of the search's.
    public var share = 0.25
    /// Start and end temperature of the finishing annealing, in average arcs.
    public var startTemperature = 0.3
    public var endTemperature = 0.01

    public init() {}

    /// The best state found from `start`, never worse than a complete `start`. `context`: the
    /// search's (its pool and combiner, its budget); `problem`: the problem to finish under
    /// (the search's own, or the same day under partial recharge).
    func run(_ context: SearchContext, from start: SearchState, problem: SearchProblem,
             annealing: AnnealingSearch) -> SearchState {
        guard start.absent.isEmpty else { return start }
        let control = context.control
        let recombination = context.recombination
        var best = start
        var notes: [String] = []
        // The search's pool, partitioned with the search's answer as incumbent. A quarter of the
        // time left: calls that improve end sooner, and the time goes to the annealing, which
        // improves more often (at `3f58889`, seed 1, 60 s, 4 of 69 calls improved, the longest of
        // them in 6.40 s; 11 first calls took 8.4–18.5 s, none improving).
        if let combined = Self.combine(in: context, from: best, isFinal: false, timeShare: 0.25,
                                       runSeconds: control.seconds, localSearch: annealing.localSearch),
           context.score(combined) < context.score(best) - 1e-9 {
            best = combined
        }
        var options = control.options
        // Progress goes on in the run's terms: its clock and its iterations.
        let (elapsed, iterations) = (control.seconds, control.iterations)
        options.progress = control.options.progress.map { report in
            { @Sendable progress in
                report(SolverProgress(elapsed: elapsed + progress.elapsed, iterations: iterations + progress.iterations,
                                      best: progress.best))
            }
        }
        let finishControl = control.phase(share: share, timeLimit: max(0, options.timeLimit - elapsed), options: options)
        let finishing = SearchContext(problem: problem, options: finishControl.options, control: finishControl,
                                      maxRoutes: context.maxRoutes)
        finishing.ruin.averageRemoved = context.ruin.averageRemoved
        finishing.random = context.random
        let isSameProblem = problem === context.problem
        // The pool holds routes of the search's problem; under partial recharge it is not used.
        finishing.recombination = isSameProblem ? recombination : nil
        defer {
            control.count(phase: finishControl)
            context.random = finishing.random
            context.notes += finishing.notes + notes
        }
        guard let transferred = Self.transfer(best, to: finishing) else {
            notes.append("finish: a route of the search is infeasible under the finishing rules; not finished")
            return best
        }
        var chain = annealing
        chain.chains = 1
        chain.walkChain = false
        chain.startTemperature = startTemperature
        chain.endTemperature = endTemperature
        var result = chain.run(finishing, from: transferred)
        // Half of the time left: GLPK overruns its limit on large pools (r208_21: 7.82 s given
        // 5.07 s, the run ended at 61.1 s).
        if let combined = Self.combine(in: finishing, from: result, isFinal: true, timeShare: 0.5,
                                       runSeconds: control.seconds, localSearch: annealing.localSearch) {
            finishing.offer(combined)
            result = finishing.best ?? result
        }
        notes.append("finish: \(start.summary) → \(result.summary) "
                     + "(\(finishControl.iterations) iterations, \(String(format2: control.seconds)) s)")
        return result
    }

    /// A combiner call over `context`'s pool (none without one) with `best` as incumbent, its
    /// answer polished by the local search while the clock allows (the work budget may be
    /// spent: the polish is bounded by its rounds); nil when the call finds nothing better.
    private static func combine(in context: SearchContext, from best: SearchState, isFinal: Bool, timeShare: Double,
                                runSeconds: Double, localSearch: LocalSearch) -> SearchState? {
        guard let recombination = context.recombination,
              var combined = recombination.run(context, from: best, isFinal: isFinal, timeShare: timeShare,
                                               runSeconds: runSeconds) else { return nil }
        let control = context.control
        localSearch.run(&combined.solution, context: context.moveContext, editor: context.editor,
                        random: &context.random, shouldContinue: { control.isWithinClock })
        return combined
    }

    /// `state`'s routes evaluated under `context`'s problem; nil when one is infeasible there.
    static func transfer(_ state: SearchState, to context: SearchContext) -> SearchState? {
        var solution = SearchSolution(nodeCount: context.problem.nodeCount)
        for route in state.solution.routes {
            context.editor.openRoute(Array(route.nodes.dropFirst().dropLast()), in: &solution)
            guard solution.routes[solution.routes.count - 1].cost.isFeasible else { return nil }
        }
        return SearchState(solution: solution, absent: state.absent)
    }
}
