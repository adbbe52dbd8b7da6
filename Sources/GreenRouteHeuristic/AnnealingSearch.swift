import Foundation

/// The distance phase: ruin & recreate under simulated annealing (SISR's acceptance),
/// with the temperature falling geometrically from `startTemperature` to `endTemperature`
/// (both in multiples of the average arc length) over the remaining budget. Under the
/// hierarchical objective no route may be added, so the vehicle count never grows.
struct AnnealingSearch {
    var startTemperature = 1.5
    var endTemperature = 0.01
    var localSearch = LocalSearch()

    func run(_ context: SearchContext, from start: SearchState) -> SearchState {
        let problem = context.problem
        var current = start
        var currentScore = context.score(current)
        let arcs = Double(problem.customerCount + max(1, current.solution.vehicles))
        let averageArc = max(1e-9, current.solution.distance / arcs)
        let hot = startTemperature * averageArc, cold = endTemperature * averageArc
        let startFraction = context.control.fraction
        var accepted = 0, improvements = 0
        defer {
            context.notes.append("annealing from \(String(format2: start.solution.distance)) at "
                                 + "\(String(format2: startFraction)): accepted \(accepted), new bests \(improvements)")
        }
        while context.step() {
            let progress = min(1, max(0, (context.control.fraction - startFraction) / max(1e-9, 1 - startFraction)))
            let temperature = hot * pow(cold / hot, progress)
            let limit = (context.objective == .hierarchical && current.absent.isEmpty)
                ? current.solution.vehicles : context.maxRoutes
            let next = context.ruinAndRecreate(current, maxRoutes: limit)
            let nextScore = context.score(next)
            let threshold = currentScore - temperature * log(1 - context.random.unit())
            if nextScore < threshold {
                current = next
                currentScore = nextScore
                accepted += 1
                if nextScore < context.bestScore - 1e-9 {
                    // A new best: polish it with the local search before recording it.
                    localSearch.run(&current.solution, context: context.moveContext, editor: context.editor,
                                    random: &context.random)
                    currentScore = context.score(current)
                    context.offer(current)
                    improvements += 1
                }
            }
        }
        return context.best ?? current
    }
}
