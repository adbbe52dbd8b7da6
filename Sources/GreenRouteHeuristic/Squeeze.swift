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
        let weights = PenaltyWeights.initial(averageArc: averageArc)
        var solution = state.solution
        guard Self.insert(state.absent, into: &solution, context: context, weights: weights) else { return nil }
        return repair(solution, context: context, weights: weights)
    }

    /// The local search with penalties `weights`, then `rounds − 1` more with the weights
    /// multiplied by ``growth`` each time, until every route is feasible: that complete state,
    /// or nil. `solution` must serve every customer.
    func repair(_ solution: SearchSolution, context: SearchContext, weights: PenaltyWeights) -> SearchState? {
        var moveContext = context.moveContext.penalised(by: weights)
        var solution = solution
        for round in 0..<rounds {
            if round > 0 { moveContext.weights = moveContext.weights.scaled(by: growth) }
            localSearch.run(&solution, context: moveContext, editor: context.editor, random: &context.random,
                            shouldContinue: { context.control.hasTime })
            if solution.isFeasible { return SearchState(solution: solution, absent: []) }
        }
        return nil
    }

    /// Puts every customer of `customers`, in order, where its penalised added cost under
    /// `weights` is least, feasible or not (O(route length) per position). With `stations`, a
    /// position whose route runs short of energy is also tried with the best station on the arc
    /// before or after the customer. False when the solution has no route to put them in.
    static func insert(_ customers: [Int], into solution: inout SearchSolution, context: SearchContext,
                       weights: PenaltyWeights, stations: Bool = false) -> Bool {
        let evaluator = context.evaluator, problem = context.problem
        for customer in customers {
            var best: (cost: Double, insertion: Insertion)?
            for r in solution.routes.indices {
                let route = solution.routes[r], nodes = route.nodes
                let old = weights.cost(route.cost)
                for position in 0..<(nodes.count - 1) {
                    let cost = evaluator.evaluateScratch { sequence in
                        sequence.append(contentsOf: nodes[0...position])
                        sequence.append(customer)
                        sequence.append(contentsOf: nodes[(position + 1)...])
                    }
                    let added = weights.cost(cost) - old
                    if added < best?.cost ?? .infinity {
                        best = (added, Insertion(route: r, position: position, customer: customer,
                                                 delta: cost.distance - route.cost.distance))
                    }
                    guard stations, cost.batteryDeficit > RouteCost.feasibilityEpsilon else { continue }
                    // The station on the arc before the customer (index position + 1) or after it.
                    for (a, b, index) in [(nodes[position], customer, position + 1),
                                          (customer, nodes[position + 1], position + 2)] {
                        let station = problem.station(between: a, b, rank: 0)
                        guard station >= 0, station != a, station != b else { continue }
                        let insertion = Insertion(route: r, position: position, customer: customer,
                                                  station: station, stationIndex: index, delta: 0)
                        let withStation = evaluator.evaluateScratch { sequence in
                            sequence.append(contentsOf: insertion.sequence(from: nodes))
                        }
                        let stationAdded = weights.cost(withStation) - old
                        if stationAdded < best?.cost ?? .infinity {
                            var chosen = insertion
                            chosen.delta = withStation.distance - route.cost.distance
                            best = (stationAdded, chosen)
                        }
                    }
                }
            }
            guard let best else { return false }
            context.editor.apply(best.insertion, to: &solution)
        }
        return true
    }
}
