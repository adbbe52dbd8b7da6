/// Completes a candidate that leaves a few customers out by passing through infeasible
/// routes (the penalised repair of Vidal et al.'s hybrid genetic search): every absent
/// customer goes where its penalised added cost is least — distance plus weighted time warp,
/// battery deficit and load excess, one unit of violation first priced at one average arc —
/// then the local search with penalties moves customers and stations until no move improves;
/// each further round multiplies the weights by `growth`. The result counts only when every
/// route is feasible. At the minimum fleet most ruin & recreate candidates leave a customer
/// out (no feasible position is left for it), so the annealing would reject them; a squeeze
/// turns some of them into complete solutions in other basins.
struct Squeeze {
    /// Most absent customers a squeeze takes on.
    var maxAbsent = 2
    /// Repair rounds; the penalty weights grow by `growth` from one round to the next.
    var rounds = 3
    var growth = 10.0
    var localSearch = LocalSearch()

    /// A complete state whose routes are all feasible, built from `state`; nil when the
    /// state misses no customer or more than ``maxAbsent``, or when the repair fails.
    /// `averageArc` (distance units) scales the start weights.
    func run(_ state: SearchState, context: SearchContext, averageArc: Double) -> SearchState? {
        guard !state.absent.isEmpty, state.absent.count <= maxAbsent else { return nil }
        let evaluator = context.evaluator
        var moveContext = context.moveContext
        moveContext.requireFeasible = false
        moveContext.weights = PenaltyWeights.initial(averageArc: averageArc)
        var solution = state.solution
        for customer in state.absent {
            // The insertion whose penalised added cost is least.
            var best: (cost: Double, insertion: Insertion)?
            for r in solution.routes.indices {
                let route = solution.routes[r], nodes = route.nodes
                let old = moveContext.cost(route)
                for position in 0..<(nodes.count - 1) {
                    let cost = evaluator.evaluateScratch { sequence in
                        sequence.append(contentsOf: nodes[0...position])
                        sequence.append(customer)
                        sequence.append(contentsOf: nodes[(position + 1)...])
                    }
                    let added = moveContext.weights.cost(cost) - old
                    if added < best?.cost ?? .infinity {
                        best = (added, Insertion(route: r, position: position, customer: customer,
                                                 delta: cost.distance - route.cost.distance))
                    }
                }
            }
            guard let best else { return nil }
            context.editor.apply(best.insertion, to: &solution)
        }
        for round in 0..<rounds {
            if round > 0 { moveContext.weights = moveContext.weights.scaled(by: growth) }
            localSearch.run(&solution, context: moveContext, editor: context.editor, random: &context.random,
                            shouldContinue: { context.control.hasTime })
            if solution.isFeasible { return SearchState(solution: solution, absent: []) }
        }
        return nil
    }
}
