/// A set of routes plus where each customer sits; customers on no route are `absent`.
struct SearchSolution {
    var routes: [SearchRoute] = []
    /// Per node: route index of a customer, or -1 when absent (stations and depot: -1).
    var routeOf: [Int]
    /// Per node: position of a customer in its route's `nodes`.
    var positionOf: [Int]

    init(nodeCount: Int) {
        routeOf = [Int](repeating: -1, count: nodeCount)
        positionOf = [Int](repeating: -1, count: nodeCount)
    }

    /// Re-indexes one route's customers after it changed.
    mutating func index(route r: Int, problem: SearchProblem) {
        let nodes = routes[r].nodes
        for position in 1..<(nodes.count - 1) where problem.isCustomer(nodes[position]) {
            routeOf[nodes[position]] = r
            positionOf[nodes[position]] = position
        }
    }

    /// Drops routes without customers and re-indexes everything.
    mutating func compact(problem: SearchProblem) {
        routes.removeAll { $0.isEmpty(customerCount: problem.customerCount) }
        for node in routeOf.indices { routeOf[node] = -1; positionOf[node] = -1 }
        for r in routes.indices { index(route: r, problem: problem) }
    }

    /// Removes route `r` (dropping routes left without customers, re-indexing the rest);
    /// returns its customers, in route order, for the caller to place again.
    mutating func removeRoute(_ r: Int, problem: SearchProblem) -> [Int] {
        let customers = routes[r].nodes.filter { problem.isCustomer($0) }
        routes.remove(at: r)
        compact(problem: problem)
        return customers
    }

    /// The average arc length, in distance units: distance / (customers + routes), at least
    /// 1e-9. Temperatures and penalty weights of the search are set in multiples of it.
    func averageArc(problem: SearchProblem) -> Double {
        max(1e-9, distance / Double(problem.customerCount + max(1, vehicles)))
    }

    /// Customers on no route, ascending.
    func absentCustomers(problem: SearchProblem) -> [Int] {
        (1...max(1, problem.customerCount)).filter { problem.isCustomer($0) && routeOf[$0] < 0 }
    }

    var distance: Double { routes.reduce(0) { $0 + $1.cost.distance } }
    var vehicles: Int { routes.count }
    var isFeasible: Bool { routes.allSatisfy { $0.cost.isFeasible } }
}
