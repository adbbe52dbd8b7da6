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

    func run(_ context: SearchContext, from start: SearchState) -> SearchState {
        let problem = context.problem
        var current = start
        let absentPrice = absentPenalty.isFinite
            ? absentPenalty * max(1e-9, start.solution.distance / Double(problem.customerCount + max(1, start.solution.vehicles)))
            : Double.infinity
        func score(_ state: SearchState) -> Double {
            absentPrice.isFinite ? context.score(state, absentPrice: absentPrice) : context.score(state)
        }
        var currentScore = score(current)
        let arcs = Double(problem.customerCount + max(1, current.solution.vehicles))
        let averageArc = max(1e-9, current.solution.distance / arcs)
        let hot = startTemperature * averageArc, cold = endTemperature * averageArc
        let startFraction = context.control.fraction
        var accepted = 0, improvements = 0
        defer {
            context.notes.append("annealing from \(String(format2: start.solution.distance)) at "
                                 + "\(String(format2: startFraction)): accepted \(accepted), new bests \(improvements)")
        }
        // With a combiner: `cycles` annealing runs from the best, each ended by a combiner call.
        let recombination = context.recombination
        let cycles = recombination?.settings.cycles ?? 1
        let endFraction = 1 - (recombination?.settings.finalShare ?? 0)
        var cycle = 0
        func combine(isFinal: Bool) {
            guard let recombination, let best = context.best,
                  let combined = recombination.run(context, from: best, isFinal: isFinal) else { return }
            current = combined
            localSearch.run(&current.solution, context: context.moveContext, editor: context.editor,
                            random: &context.random, shouldContinue: { context.control.hasTime })
            if context.offer(current) { improvements += 1 }
        }
        while context.step() {
            let overall = min(1, max(0, (context.control.fraction - startFraction) / max(1e-9, endFraction - startFraction)))
            if recombination != nil {
                let reached = min(cycles, Int(overall * Double(cycles)))
                if reached > cycle {
                    cycle = reached
                    combine(isFinal: cycle == cycles)
                    if cycle == cycles { break }
                    if let best = context.best { current = best }
                    currentScore = score(current)
                }
            }
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
            let threshold = currentScore - temperature * log(1 - context.random.unit())
            if nextScore < threshold {
                current = next
                currentScore = nextScore
                accepted += 1
                let completeScore = context.score(next)
                if completeScore < context.bestScore - 1e-9
                    || (polishWindow > 0 && completeScore < context.bestScore + polishWindow * averageArc) {
                    // A new best, or close to it: polish it with the local search.
                    localSearch.run(&current.solution, context: context.moveContext, editor: context.editor,
                                    random: &context.random, shouldContinue: { context.control.hasTime })
                    currentScore = score(current)
                    if context.offer(current) { improvements += 1 }
                }
            }
        }
        return context.best ?? current
    }
}
