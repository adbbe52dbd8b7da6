/// The ruin step of SISR (Christiaens & Vanden Berghe 2020): removes a few strings of
/// consecutive customers from neighbouring routes around a random seed customer.
struct StringRemoval {
    /// Average number of customers removed (c̄).
    var averageRemoved = 10.0
    /// Longest string (L_max).
    var maxStringLength = 10.0

    /// The customers to remove (a nonempty solution gives a nonempty list).
    func select(in solution: SearchSolution, problem: SearchProblem, random: inout SeededGenerator) -> [Int] {
        let served = solution.routes.reduce(0) { $0 + $1.customerCount(of: problem) }
        guard served > 0 else { return [] }
        let averageRouteSize = Double(served) / Double(max(1, solution.routes.count))
        let stringCap = min(maxStringLength, averageRouteSize)
        let maxStrings = 4 * averageRemoved / (1 + stringCap) - 1
        let strings = Int(1 + random.unit() * max(0, maxStrings))
        var seed = 1 + random.index(below: problem.customerCount)
        while solution.routeOf[seed] < 0 { seed = 1 + random.index(below: problem.customerCount) }
        var removed: [Int] = []
        var ruinedRoutes: [Int] = []
        for c in [seed] + problem.neighbours[seed] {
            guard ruinedRoutes.count < strings else { break }
            let r = solution.routeOf[c]
            guard r >= 0, !ruinedRoutes.contains(r), !removed.contains(c) else { continue }
            ruinedRoutes.append(r)
            let customers = solution.routes[r].nodes.filter { problem.isCustomer($0) }
            let lengthCap = min(Double(customers.count), stringCap)
            let length = max(1, Int(1 + random.unit() * lengthCap))
            let at = customers.firstIndex(of: c)!
            let lowest = max(0, at - length + 1), highest = min(at, customers.count - length)
            let start = lowest + random.index(below: max(1, highest - lowest + 1))
            removed.append(contentsOf: customers[start..<min(customers.count, start + length)])
        }
        return removed
    }
}
