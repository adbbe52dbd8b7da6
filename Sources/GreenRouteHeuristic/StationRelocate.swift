/// Moves one station visit to where it helps most: removes the visit at some position and
/// either drops it or visits one of the best stations of any arc of the route instead
/// (covers station removal, replacement at the same place, and relocation).
struct StationRelocate: RouteOperator {
    func evaluate(route r: Int, in solution: SearchSolution, context: MoveContext) -> Move? {
        let p = context.problem
        let route = solution.routes[r]
        let nodes = route.nodes
        let oldCost = context.cost(route)
        var best: Move?
        var bestCost = oldCost - 1e-9
        for position in 1..<(nodes.count - 1) where p.isStation[nodes[position]] {
            var base = nodes
            base.remove(at: position)
            let saved = p.dist(nodes[position - 1], nodes[position]) + p.dist(nodes[position], nodes[position + 1])
                - p.dist(nodes[position - 1], nodes[position + 1])
            let baseDistance = route.cost.distance - saved
            // Dropping the visit (penalties are never negative: distance bounds the cost).
            if baseDistance < bestCost, let cost = context.price(base), cost < bestCost {
                bestCost = cost
                best = Move(delta: cost - oldCost, routes: [(r, base)])
            }
            for arc in 0..<(base.count - 1) {
                let a = base[arc], b = base[arc + 1]
                for rank in 0..<SearchProblem.stationsPerArc {
                    let s = p.station(between: a, b, rank: rank)
                    guard s >= 0, s != a, s != b else { continue }
                    if arc + 1 == position && s == nodes[position] { continue }
                    let distance = baseDistance + p.dist(a, s) + p.dist(s, b) - p.dist(a, b)
                    guard distance < bestCost else { continue }
                    var candidate = base
                    candidate.insert(s, at: arc + 1)
                    if let cost = context.price(candidate), cost < bestCost {
                        bestCost = cost
                        best = Move(delta: cost - oldCost, routes: [(r, candidate)])
                    }
                }
            }
        }
        return best
    }
}
