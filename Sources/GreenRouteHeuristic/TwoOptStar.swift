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
        guard context.bound(distanceDelta: delta, first.cost, second.cost) < -1e-9 else { return nil }
        let newFirst = Self.join(a[0...pu], b[(pv + 1)...])
        let newSecond = Self.join(b[0...pv], a[(pu + 1)...])
        guard let costFirst = context.price(newFirst), let costSecond = context.price(newSecond) else { return nil }
        let change = costFirst + costSecond - context.cost(first) - context.cost(second)
        return change < -1e-9 ? Move(delta: change, routes: [(ru, newFirst), (rv, newSecond)]) : nil
    }

    /// `head` then `tail` in one allocation.
    private static func join(_ head: ArraySlice<Int>, _ tail: ArraySlice<Int>) -> [Int] {
        var nodes: [Int] = []
        nodes.reserveCapacity(head.count + tail.count)
        nodes.append(contentsOf: head)
        nodes.append(contentsOf: tail)
        return nodes
    }
}
