import Foundation

/// The distance phase: ruin & recreate under simulated annealing (SISR's acceptance),
/// with the temperature falling geometrically from `startTemperature` to `endTemperature`
/// (both in multiples of the average arc length) over the remaining budget. Under the
/// hierarchical objective no route may be added, so the vehicle count never grows.
struct AnnealingSearch {
    var startTemperature = 1.5
    var endTemperature = 0.01
    var localSearch = LocalSearch()
    /// Accepted candidates within this many average arcs of the best are polished too
    /// (0 = only new bests; larger windows were not better in short trials).
    var polishWindow = 0.0
    /// Price of leaving a customer out of a candidate, in average arcs; infinite = such
    /// candidates are never accepted. A finite price lets the annealing pass through states
    /// that miss a customer (reinserted by the next steps); only complete states become best.
    var absentPenalty = Double.infinity
    /// Independent annealing chains from the same start, stepped in turn (one ruin & recreate
    /// each); at ``raceShare`` of the phase only the chain with the best solution so far goes
    /// on. Runs of one chain end far apart on some files (a poor basin at the minimum fleet is
    /// rarely left); racing two costs half the iterations of the first part.
    var chains = 1
    var raceShare = 0.5
    /// With several chains: the absent-customer price (average arcs) of the last chain.
    var explorerAbsentPenalty: Double?

    func run(_ context: SearchContext, from start: SearchState) -> SearchState {
        let problem = context.problem
        func price(_ penalty: Double) -> Double {
            penalty.isFinite
                ? penalty * max(1e-9, start.solution.distance / Double(problem.customerCount + max(1, start.solution.vehicles)))
                : Double.infinity
        }
        var absentPrices: [Double] = []
        var chain = 0
        func score(_ state: SearchState) -> Double {
            let absentPrice = absentPrices[chain]
            return absentPrice.isFinite ? context.score(state, absentPrice: absentPrice) : context.score(state)
        }
        let arcs = Double(problem.customerCount + max(1, start.solution.vehicles))
        let averageArc = max(1e-9, start.solution.distance / arcs)
        let hot = startTemperature * averageArc, cold = endTemperature * averageArc
        let startFraction = context.control.fraction
        // With a combiner: `cycles` annealing runs from the best, each ended by a combiner call.
        let recombination = context.recombination
        let cycles = recombination?.settings.cycles ?? 1
        let endFraction = 1 - (recombination?.settings.finalShare ?? 0)
        // The chains (one with a combiner, whose cycles restart from the best anyway).
        var states = [SearchState](repeating: start, count: recombination == nil ? max(1, chains) : 1)
        absentPrices = [Double](repeating: price(absentPenalty), count: states.count)
        if states.count > 1, let explorerAbsentPenalty { absentPrices[states.count - 1] = price(explorerAbsentPenalty) }
        var scores = [Double](repeating: score(start), count: states.count)
        var chainBests = [Double](repeating: context.score(start), count: states.count)
        var chainBestTexts = [String](repeating: Self.text(start), count: states.count)
        var accepted = 0, improvements = 0
        defer {
            context.notes.append("annealing from \(String(format2: start.solution.distance)) at "
                                 + "\(String(format2: startFraction)): accepted \(accepted), new bests \(improvements)")
        }
        var cycle = 0
        func combine(isFinal: Bool) {
            guard let recombination, let best = context.best,
                  var combined = recombination.run(context, from: best, isFinal: isFinal) else { return }
            localSearch.run(&combined.solution, context: context.moveContext, editor: context.editor,
                            random: &context.random, shouldContinue: { context.control.hasTime })
            states[0] = combined
            if context.offer(combined) { improvements += 1 }
        }
        while context.step() {
            let overall = min(1, max(0, (context.control.fraction - startFraction) / max(1e-9, endFraction - startFraction)))
            if recombination != nil {
                let reached = min(cycles, Int(overall * Double(cycles)))
                if reached > cycle {
                    cycle = reached
                    combine(isFinal: cycle == cycles)
                    if cycle == cycles { break }
                    if let best = context.best { states[0] = best }
                    scores[0] = score(states[0])
                }
            }
            if states.count > 1 && overall >= raceShare {
                // The race is over: the chain with the best solution goes on alone.
                let winner = chainBests.indices.min { chainBests[$0] < chainBests[$1] } ?? 0
                context.notes.append("annealing: chain \(winner + 1) of \(states.count) goes on at "
                                     + "\(String(format2: context.control.seconds)) s (chain bests "
                                     + chainBestTexts.joined(separator: ", ") + ")")
                states = [states[winner]]
                absentPrices = [absentPrices[winner]]
                scores = [scores[winner]]
                chainBests = [chainBests[winner]]
                chainBestTexts = [chainBestTexts[winner]]
            }
            chain = (chain + 1) % states.count
            let current = states[chain]
            let absentPrice = absentPrices[chain]
            let progress = min(1, max(0, overall * Double(cycles) - Double(cycle)))
            let temperature = hot * pow(cold / hot, progress)
            // Hierarchical: never more routes than the best complete solution has.
            let limit = context.objective == .hierarchical && current.absent.isEmpty
                ? current.solution.vehicles
                : (context.objective == .hierarchical && absentPrice.isFinite
                    ? (context.best?.solution.vehicles ?? context.maxRoutes) : context.maxRoutes)
            let next = context.ruinAndRecreate(current, maxRoutes: limit)
            let nextScore = score(next)
            // For a complete state `score` equals context.score (no absent customer to price).
            if let recombination, next.absent.isEmpty,
               nextScore <= context.bestScore + recombination.settings.admissionSlack * averageArc {
                recombination.pool.offer(next.solution, problem: problem)
            }
            let threshold = scores[chain] - temperature * log(1 - context.random.unit())
            if nextScore < threshold {
                states[chain] = next
                scores[chain] = nextScore
                accepted += 1
                let completeScore = context.score(next)
                // One chain: its best is the run's best (a combiner's answer included).
                let bar = states.count == 1 ? context.bestScore : chainBests[chain]
                if completeScore < bar - 1e-9
                    || (polishWindow > 0 && completeScore < context.bestScore + polishWindow * averageArc) {
                    // A new best of the chain, or close to the best: polish it with the local search.
                    localSearch.run(&states[chain].solution, context: context.moveContext, editor: context.editor,
                                    random: &context.random, shouldContinue: { context.control.hasTime })
                    scores[chain] = score(states[chain])
                    if context.score(states[chain]) < chainBests[chain] {
                        chainBests[chain] = context.score(states[chain])
                        chainBestTexts[chain] = Self.text(states[chain])
                    }
                    if context.offer(states[chain]) { improvements += 1 }
                }
            }
        }
        return context.best ?? states[0]
    }

    /// "vehicles/distance" of a state, for the notes.
    private static func text(_ state: SearchState) -> String {
        "\(state.solution.vehicles)/\(String(format2: state.solution.distance))"
    }
}
