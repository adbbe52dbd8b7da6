/// First-improvement local search over granular neighbourhoods (each customer with its
/// nearest `neighbourCount` customers) with the node operators, then the route operators,
/// repeated until no operator improves. Used on new best solutions of the annealing.
struct LocalSearch {
    var nodeOperators: [any NodeOperator] = [Relocate(), Swap(), TwoOptStar()]
    var routeOperators: [any RouteOperator] = [StationRelocate()]
    var neighbourCount = 20
    var maxRounds = 50

    /// Improves `solution` in place; returns the number of moves applied.
    @discardableResult
    func run(_ solution: inout SearchSolution, context: MoveContext, editor: SolutionEditor,
             random: inout SeededGenerator, shouldContinue: () -> Bool = { true }) -> Int {
        let p = context.problem
        var order = Array(1..<(p.customerCount + 1))
        random.shuffle(&order)
        var moves = 0
        var rounds = 0
        var improved = true
        var evaluated = 0
        defer { context.evaluator.meter.moves &+= evaluated }
        while improved && rounds < maxRounds {
            improved = false
            rounds += 1
            for u in order where solution.routeOf[u] >= 0 {
                guard shouldContinue() else { return moves }
                for v in p.neighbours[u].prefix(neighbourCount) where solution.routeOf[v] >= 0 {
                    for op in nodeOperators {
                        guard solution.routeOf[u] >= 0, solution.routeOf[v] >= 0 else { break }
                        evaluated += 1
                        if let move = op.evaluate(u, v, in: solution, context: context) {
                            move.apply(to: &solution, context: context)
                            moves += 1
                            improved = true
                        }
                    }
                }
            }
            if p.hasBattery && !p.stations.isEmpty {
                for r in solution.routes.indices {
                    for op in routeOperators {
                        var applied = 0
                        while applied < 10, let move = op.evaluate(route: r, in: solution, context: context) {
                            move.apply(to: &solution, context: context)
                            applied += 1
                            moves += 1
                            improved = true
                        }
                    }
                }
            }
        }
        for r in solution.routes.indices { editor.dropRedundantStations(route: r, in: &solution) }
        return moves
    }
}
