import Foundation

/// The distance phase: ruin & recreate under simulated annealing (SISR's acceptance),
/// with the temperature falling geometrically from `startTemperature` to `endTemperature`
/// (both in multiples of the average arc length) over the remaining budget. Under the
/// hierarchical objective no route may be added, so the vehicle count never grows.
struct AnnealingSearch {
    /// Start and end temperature, in average arcs (defaults live in ``HeuristicSolver``).
    var startTemperature: Double
    var endTemperature: Double
    var localSearch = LocalSearch()
    /// Accepted candidates within this many average arcs of the best are polished too
    /// (0 = only new bests; larger windows were not better in short trials).
    var polishWindow = 0.0
    /// Price of leaving a customer out of a candidate, in average arcs; infinite = such
    /// candidates are never accepted. A finite price lets the annealing pass through states
    /// that miss a customer (reinserted by the next steps); only complete states become best.
    var absentPenalty = Double.infinity
    /// Independent annealing chains from the same start, stepped in turn (one ruin & recreate
    /// each; a walk chain only every ``PenalisedWalk/stride``-th step); at ``raceShare`` of the
    /// phase only the chain with the best solution so far goes on. Runs of one chain end far
    /// apart on some files (a poor basin at the minimum fleet is rarely left); racing costs each
    /// chain a share of the iterations of the first part.
    var chains = 1
    var raceShare = 0.5
    /// With several chains: the absent-customer price (average arcs) of the last chain that
    /// does not walk (the second of three, the last of two without a walk).
    var explorerAbsentPenalty: Double?
    /// With several chains: the last walks through infeasible routes (``PenalisedWalk``).
    var walkChain = false
    var penalisedWalk = PenalisedWalk()
    /// Repairs candidates that leave at most ``Squeeze/maxAbsent`` customers out and whose
    /// routes alone beat the chain's best, at most once per `squeezeInterval` steps (nil = no
    /// squeeze; the default lives in ``HeuristicSolver``).
    var squeeze = Squeeze()
    var squeezeInterval: Int?

    /// One annealing chain: where it stands, how it prices absent customers, its best so far.
    private struct Chain {
        var state: SearchState
        /// The chain's score of `state` (absent customers at `absentPrice`).
        var score: Double
        /// Price of an absent customer, in distance units (infinite = the step is rejected).
        var absentPrice: Double
        /// A chain that walks through infeasible routes: its weights and feasibility count.
        var walk: PenalisedWalk.Weights?
        /// Objective of the chain's best complete state (SearchContext.score).
        var best: Double
        /// "vehicles/distance" of that state, for the notes.
        var bestText: String
    }

    /// Anneals from `start`; with several chains, every chain but the first starts from
    /// `alternative` when one is given (another basin at the same vehicle count). The result
    /// is never worse than a complete `start` or `alternative`.
    func run(_ context: SearchContext, from start: SearchState, alternative: SearchState? = nil) -> SearchState {
        let problem = context.problem
        let averageArc = start.solution.averageArc(problem: problem)
        let hot = startTemperature * averageArc, cold = endTemperature * averageArc
        let startFraction = context.control.fraction
        func score(_ state: SearchState, of chain: Chain) -> Double {
            if let walk = chain.walk { return context.score(state) + walk.penalties(of: state.solution) }
            return chain.absentPrice.isFinite ? context.score(state, absentPrice: chain.absentPrice) : context.score(state)
        }
        // With a combiner the chains fill its pool (routes of several basins); the calls come
        // after the search (``FinishingPhase``), so the search is the heuristic's own.
        let recombination = context.recombination
        var chains = (0..<max(1, self.chains)).map { index in
            // The last chain may walk through infeasible routes; the last other one (not the
            // first) prices absent customers.
            let isWalk = walkChain && index > 0 && index == self.chains - 1
            let pricing = index > 0 && index == self.chains - (walkChain ? 2 : 1)
            let penalty = pricing ? (explorerAbsentPenalty ?? absentPenalty) : absentPenalty
            let absentPrice = penalty.isFinite ? penalty * averageArc : .infinity
            let walk = isWalk ? penalisedWalk.start(averageArc: averageArc) : nil
            let origin = index > 0 ? (alternative ?? start) : start
            var chain = Chain(state: origin, score: 0, absentPrice: absentPrice, walk: walk,
                              best: context.score(origin), bestText: origin.summary)
            chain.score = score(origin, of: chain)
            return chain
        }
        // A complete start is offered as the run's best: a chain whose best is still its
        // origin may win the race, and its origin must not be lost (the re-entry's state
        // reached 11/1026.10 on r112_21 while the run ended at 11/1053.15).
        for origin in [start, alternative].compactMap({ $0 })
        where origin.absent.isEmpty && origin.solution.isFeasible {
            context.offer(origin)
        }
        var turn = 0, plainTurn = 0, step = 0
        var accepted = 0, improvements = 0
        var sinceSqueeze = 0, squeezes = 0, squeezed = 0
        defer {
            context.notes.append("annealing from \(String(format2: start.solution.distance)) at "
                                 + "\(String(format2: startFraction)): accepted \(accepted), new bests \(improvements)")
            if squeezeInterval != nil { context.notes.append("squeeze: \(squeezes) tried, \(squeezed) complete") }
        }
        while context.step() {
            let overall = min(1, max(0, (context.control.fraction - startFraction) / max(1e-9, 1 - startFraction)))
            if chains.count > 1 && overall >= raceShare {
                // The race is over: the chain with the best solution goes on alone.
                let winner = chains.indices.min { chains[$0].best < chains[$1].best } ?? 0
                context.notes.append("annealing: chain \(winner + 1) of \(chains.count) goes on at "
                                     + "\(String(format2: context.control.seconds)) s (chain bests "
                                     + chains.map(\.bestText).joined(separator: ", ") + ")")
                chains = [chains[winner]]
            }
            step += 1
            if chains.count > 1 && chains[chains.count - 1].walk != nil {
                // The walk (last chain) takes every `stride`-th step; the others share the rest.
                if step % penalisedWalk.stride == 0 {
                    turn = chains.count - 1
                } else {
                    plainTurn = (plainTurn + 1) % (chains.count - 1)
                    turn = plainTurn
                }
            } else {
                turn = (turn + 1) % chains.count
            }
            var chain = chains[turn]
            let temperature = hot * pow(cold / hot, overall)
            // Hierarchical: never more routes than the best complete solution has.
            let limit = context.objective == .hierarchical && chain.state.absent.isEmpty
                ? chain.state.solution.vehicles
                : (context.objective == .hierarchical && chain.absentPrice.isFinite
                    ? (context.best?.solution.vehicles ?? context.maxRoutes) : context.maxRoutes)
            var next = context.ruinAndRecreate(chain.state, maxRoutes: limit)
            if var walk = chain.walk {
                // Whoever greedy insertion left out goes where it costs least, feasible or not,
                // and the penalised local search improves the candidate; one with infeasible
                // routes that would beat the chain's best is now and then repaired.
                next = penalisedWalk.complete(next, weights: walk.weights, context: context)
                if let squeezeInterval, !next.solution.isFeasible, sinceSqueeze >= squeezeInterval,
                   context.score(of: next.solution) < chain.best {
                    sinceSqueeze = 0
                    squeezes += 1
                    if let repaired = squeeze.repair(next.solution, context: context, weights: walk.weights) {
                        next = repaired
                        squeezed += 1
                    }
                }
                let reweighted = walk.record(next.solution)
                chain.walk = walk
                if reweighted { chain.score = score(chain.state, of: chain) }
            } else if let squeezeInterval, !next.absent.isEmpty, next.absent.count <= squeeze.maxAbsent,
               sinceSqueeze >= squeezeInterval,
               context.score(of: next.solution) < (chains.count == 1 ? context.bestScore : chain.best) {
                // Routes shorter than the best, but someone is left out: try to fit them in.
                sinceSqueeze = 0
                squeezes += 1
                if let complete = squeeze.run(next, context: context, averageArc: averageArc) {
                    next = complete
                    squeezed += 1
                }
            }
            sinceSqueeze += 1
            let nextScore = score(next, of: chain)
            // The pool takes the routes of every candidate within the slack, also of one that
            // leaves customers out (its routes are feasible all the same; at the minimum fleet
            // most candidates do): scored as if nobody were absent.
            if let recombination,
               context.score(of: next.solution) <= context.bestScore + recombination.settings.admissionSlack * averageArc {
                recombination.pool.offer(next.solution, problem: problem)
            }
            let threshold = chain.score - temperature * log(1 - context.random.unit())
            guard nextScore < threshold else {
                chains[turn] = chain
                continue
            }
            chain.state = next
            chain.score = nextScore
            accepted += 1
            guard next.solution.isFeasible else {
                chains[turn] = chain
                continue
            }
            let completeScore = context.score(next)
            // One chain: its best is the run's best.
            let bar = chains.count == 1 ? context.bestScore : chain.best
            if completeScore < bar - 1e-9
                || (polishWindow > 0 && completeScore < context.bestScore + polishWindow * averageArc) {
                // A new best of the chain, or close to the best: polish it with the local search.
                localSearch.run(&chain.state.solution, context: context.moveContext, editor: context.editor,
                                random: &context.random, shouldContinue: { context.control.hasTime })
                chain.score = score(chain.state, of: chain)
                let polished = context.score(chain.state)
                if polished < chain.best {
                    chain.best = polished
                    chain.bestText = chain.state.summary
                }
                if context.offer(chain.state) { improvements += 1 }
            }
            chains[turn] = chain
        }
        return context.best ?? chains[0].state
    }
}
