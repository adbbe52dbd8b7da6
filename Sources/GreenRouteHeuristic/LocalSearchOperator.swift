/// A change proposed by a local-search operator: the new node sequences of the routes it
/// touches and the change of penalised cost it causes (negative = improvement).
struct Move {
    var delta: Double
    var routes: [(index: Int, nodes: [Int])]

    /// Writes the new sequences, refreshes the touched routes and drops emptied routes.
    func apply(to solution: inout SearchSolution, context: MoveContext) {
        for change in routes {
            solution.routes[change.index].nodes = change.nodes
            context.evaluator.refresh(&solution.routes[change.index])
        }
        let problem = context.problem
        if routes.contains(where: { solution.routes[$0.index].isEmpty(customerCount: problem.customerCount) }) {
            solution.compact(problem: problem)
        } else {
            for change in routes { solution.index(route: change.index, problem: problem) }
        }
    }
}

/// What operators need to price a move: the evaluator and the penalty weights. With
/// `requireFeasible` a move is proposed only when every route it produces is feasible
/// (the setting of the ruin & recreate search, whose solutions are always feasible).
struct MoveContext {
    let problem: SearchProblem
    let evaluator: RouteEvaluator
    var weights: PenaltyWeights
    var requireFeasible = true

    /// The penalised cost of a route.
    func cost(_ route: SearchRoute) -> Double { weights.cost(route.cost) }

    /// This context with `weights` and infeasible routes allowed (penalised repair and walk).
    func penalised(by weights: PenaltyWeights) -> MoveContext {
        var context = self
        context.requireFeasible = false
        context.weights = weights
        return context
    }

    /// Prices a candidate sequence: its penalised cost, or nil when it must be feasible and is not.
    func price(_ nodes: [Int]) -> Double? {
        let cost = evaluator.evaluate(nodes, stopAtViolation: requireFeasible)
        if requireFeasible && !cost.isFeasible { return nil }
        return weights.cost(cost)
    }

    /// A lower bound of the penalised cost change from the distance change alone: penalties
    /// are never negative, so the old penalties are all the new routes can save. `first`,
    /// `second`: the costs of the routes the move changes, before it (costs, not routes: a
    /// route passed in an array is copied, and most calls end here).
    func bound(distanceDelta: Double, _ first: RouteCost, _ second: RouteCost? = nil) -> Double {
        distanceDelta - weights.penalty(first) - (second.map { weights.penalty($0) } ?? 0)
    }
}

/// An operator over a pair of customers (U, V) from the granular neighbourhood
/// (PyVRP's `LocalSearchOperator<Node>`): evaluate the best variant of its move, or nil.
protocol NodeOperator {
    func evaluate(_ u: Int, _ v: Int, in solution: SearchSolution, context: MoveContext) -> Move?
}

/// An operator over one whole route (station visits).
protocol RouteOperator {
    func evaluate(route r: Int, in solution: SearchSolution, context: MoveContext) -> Move?
}
