/// Exchanges customers U and V (within a route or between two routes).
struct Swap: NodeOperator {
    func evaluate(_ u: Int, _ v: Int, in solution: SearchSolution, context: MoveContext) -> Move? {
        let p = context.problem
        let ru = solution.routeOf[u], rv = solution.routeOf[v]
        guard ru >= 0, rv >= 0, u < v else { return nil }
        let pu = solution.positionOf[u], pv = solution.positionOf[v]
        if ru == rv {
            var nodes = solution.routes[ru].nodes
            nodes.swapAt(pu, pv)
            let route = solution.routes[ru]
            let old = context.cost(route)
            let delta = Self.distance(nodes, p) - route.cost.distance
            guard context.bound(distanceDelta: delta, route.cost) < -1e-9,
                  let cost = context.price(nodes), cost - old < -1e-9 else { return nil }
            return Move(delta: cost - old, routes: [(ru, nodes)])
        }
        let first = solution.routes[ru], second = solution.routes[rv]
        let a = first.nodes, b = second.nodes
        let delta = p.dist(a[pu - 1], v) + p.dist(v, a[pu + 1]) - p.dist(a[pu - 1], u) - p.dist(u, a[pu + 1])
            + p.dist(b[pv - 1], u) + p.dist(u, b[pv + 1]) - p.dist(b[pv - 1], v) - p.dist(v, b[pv + 1])
        guard context.bound(distanceDelta: delta, first.cost, second.cost) < -1e-9 else { return nil }
        var newFirst = a, newSecond = b
        newFirst[pu] = v
        newSecond[pv] = u
        guard let costFirst = context.price(newFirst), let costSecond = context.price(newSecond) else { return nil }
        let change = costFirst + costSecond - context.cost(first) - context.cost(second)
        return change < -1e-9 ? Move(delta: change, routes: [(ru, newFirst), (rv, newSecond)]) : nil
    }

    static func distance(_ nodes: [Int], _ p: SearchProblem) -> Double {
        var total = 0.0
        for i in 1..<nodes.count { total += p.dist(nodes[i - 1], nodes[i]) }
        return total
    }
}
