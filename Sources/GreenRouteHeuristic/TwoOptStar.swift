/// Exchanges the tails of two routes after U and after V (2-opt*, PyVRP's SwapTails);
/// station visits travel with their tails.
struct TwoOptStar: NodeOperator {
    func evaluate(_ u: Int, _ v: Int, in solution: SearchSolution, context: MoveContext) -> Move? {
        let p = context.problem
        let ru = solution.routeOf[u], rv = solution.routeOf[v]
        guard ru >= 0, rv >= 0, ru != rv else { return nil }
        let first = solution.routes[ru], second = solution.routes[rv]
        let pu = solution.positionOf[u], pv = solution.positionOf[v]
        let a = first.nodes, b = second.nodes
        let delta = p.dist(u, b[pv + 1]) + p.dist(v, a[pu + 1]) - p.dist(u, a[pu + 1]) - p.dist(v, b[pv + 1])
        guard context.bound(distanceDelta: delta, routes: [first, second]) < -1e-9 else { return nil }
        let newFirst = Array(a[0...pu]) + Array(b[(pv + 1)...])
        let newSecond = Array(b[0...pv]) + Array(a[(pu + 1)...])
        guard let costFirst = context.price(newFirst), let costSecond = context.price(newSecond) else { return nil }
        let change = costFirst + costSecond - context.cost(first) - context.cost(second)
        return change < -1e-9 ? Move(delta: change, routes: [(ru, newFirst), (rv, newSecond)]) : nil
    }
}
