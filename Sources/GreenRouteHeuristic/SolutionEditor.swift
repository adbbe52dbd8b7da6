/// The changes ruin & recreate makes to a solution, each followed by a refresh of the
/// touched route so that caches and the customer index stay exact.
struct SolutionEditor {
    let problem: SearchProblem
    let evaluator: RouteEvaluator

    /// Applies an insertion found by ``InsertionFinder``.
    func apply(_ insertion: Insertion, to solution: inout SearchSolution) {
        solution.routes[insertion.route].nodes = insertion.sequence(from: solution.routes[insertion.route].nodes)
        evaluator.refresh(&solution.routes[insertion.route])
        solution.index(route: insertion.route, problem: problem)
    }

    /// Opens a new route with the given sequence (without depots).
    func openRoute(_ sequence: [Int], in solution: inout SearchSolution) {
        var route = SearchRoute(nodes: [0] + sequence + [0])
        evaluator.refresh(&route)
        solution.routes.append(route)
        solution.index(route: solution.routes.count - 1, problem: problem)
    }

    /// Removes customers from their routes (stations stay), then drops stations that are no
    /// longer needed and routes left without customers.
    func remove(_ customers: [Int], from solution: inout SearchSolution) {
        var touched: [Int] = []
        var removing = [Bool](repeating: false, count: problem.nodeCount)
        for c in customers where solution.routeOf[c] >= 0 {
            removing[c] = true
            if !touched.contains(solution.routeOf[c]) { touched.append(solution.routeOf[c]) }
            solution.routeOf[c] = -1
            solution.positionOf[c] = -1
        }
        for r in touched {
            solution.routes[r].nodes.removeAll { removing[$0] }
            evaluator.refresh(&solution.routes[r])
            dropRedundantStations(route: r, in: &solution)
        }
        if touched.contains(where: { solution.routes[$0].isEmpty(customerCount: problem.customerCount) }) {
            solution.compact(problem: problem)
        } else {
            for r in touched { solution.index(route: r, problem: problem) }
        }
    }

    /// Removes every station visit whose removal keeps a feasible route feasible
    /// (latest first; each removal shortens the route by the triangle inequality).
    func dropRedundantStations(route r: Int, in solution: inout SearchSolution) {
        var route = solution.routes[r]
        guard route.cost.isFeasible else { return }
        var changed = false
        var position = route.nodes.count - 2
        while position >= 1 {
            if problem.isStation[route.nodes[position]] {
                let nodes = route.nodes
                let cost = evaluator.evaluateScratch { sequence in
                    sequence.append(contentsOf: nodes[0..<position])
                    sequence.append(contentsOf: nodes[(position + 1)...])
                }
                if cost.isFeasible && cost.distance <= route.cost.distance + RouteCost.feasibilityEpsilon {
                    route.nodes.remove(at: position)
                    route.cost = cost
                    changed = true
                }
            }
            position -= 1
        }
        if changed {
            evaluator.refresh(&route)
            solution.routes[r] = route
            solution.index(route: r, problem: problem)
        }
    }
}
