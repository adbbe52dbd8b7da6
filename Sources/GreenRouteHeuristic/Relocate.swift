/// Moves customer U next to customer V (just after V, or just before it), within a route
/// or between two routes.
struct Relocate: NodeOperator {
    func evaluate(_ u: Int, _ v: Int, in solution: SearchSolution, context: MoveContext) -> Move? {
        let p = context.problem
        let ru = solution.routeOf[u], rv = solution.routeOf[v]
        guard ru >= 0, rv >= 0, u != v else { return nil }
        let from = solution.routes[ru].nodes, to = solution.routes[rv].nodes
        let pu = solution.positionOf[u], pv = solution.positionOf[v]
        let removal = p.dist(from[pu - 1], from[pu + 1]) - p.dist(from[pu - 1], u) - p.dist(u, from[pu + 1])
        var best: Move?
        for after in [true, false] {
            let a = after ? v : to[pv - 1], b = after ? to[pv + 1] : v
            if a == u || b == u { continue }
            let insertion = p.dist(a, u) + p.dist(u, b) - p.dist(a, b)
            if ru == rv {
                guard context.bound(distanceDelta: removal + insertion, solution.routes[ru].cost) < -1e-9
                else { continue }
                var nodes = from
                nodes.remove(at: pu)
                nodes.insert(u, at: (pv > pu ? pv - 1 : pv) + (after ? 1 : 0))
                let old = context.cost(solution.routes[ru])
                guard let cost = context.price(nodes), cost - old < (best?.delta ?? -1e-9) else { continue }
                best = Move(delta: cost - old, routes: [(ru, nodes)])
            } else {
                let sourceCost = solution.routes[ru].cost, targetCost = solution.routes[rv].cost
                guard context.bound(distanceDelta: removal + insertion, sourceCost, targetCost)
                        < (best?.delta ?? -1e-9) else { continue }
                var source = from
                source.remove(at: pu)
                var target = to
                target.insert(u, at: pv + (after ? 1 : 0))
                guard let costSource = context.price(source), let costTarget = context.price(target) else { continue }
                let delta = costSource + costTarget
                    - context.weights.cost(sourceCost) - context.weights.cost(targetCost)
                if delta < (best?.delta ?? -1e-9) { best = Move(delta: delta, routes: [(ru, source), (rv, target)]) }
            }
        }
        return best
    }
}
