/// A way to put one customer into a route: after `position`, optionally with a station
/// visit just before and/or just after it.
struct Insertion {
    var route: Int
    /// The customer goes after `nodes[position]`.
    var position: Int
    var customer: Int
    var stationBefore: Int = -1
    var stationAfter: Int = -1
    /// Added distance, in distance units.
    var delta: Double

    /// The inserted nodes, in order.
    var inserted: [Int] {
        var result: [Int] = []
        if stationBefore >= 0 { result.append(stationBefore) }
        result.append(customer)
        if stationAfter >= 0 { result.append(stationAfter) }
        return result
    }
}

/// Finds the cheapest feasible insertion of a customer into existing routes. Constant-time
/// necessary conditions (load, the customer's window, latest arrival of the successor, the
/// battery segment) discard most positions before the O(route length) evaluation.
struct InsertionFinder {
    let problem: SearchProblem
    let evaluator: RouteEvaluator

    /// The cheapest feasible insertion into any route, skipping each position with
    /// probability `blinkRate` (SISR "blinks"); nil when none fits.
    func best(customer c: Int, in solution: SearchSolution, blinkRate: Double,
              random: inout SeededGenerator) -> Insertion? {
        var best: Insertion?
        for r in solution.routes.indices {
            bestInRoute(customer: c, route: r, solution: solution, blinkRate: blinkRate, random: &random, best: &best)
        }
        return best
    }

    /// Improves `best` with the insertions of `c` into route `r`.
    func bestInRoute(customer c: Int, route r: Int, solution: SearchSolution, blinkRate: Double,
                     random: inout SeededGenerator, best: inout Insertion?) {
        let p = problem
        let route = solution.routes[r]
        guard route.load + p.demand[c] <= p.capacity + RouteCost.feasibilityEpsilon else { return }
        let nodes = route.nodes
        for i in 0..<(nodes.count - 1) {
            if blinkRate > 0 && random.unit() < blinkRate { continue }
            let a = nodes[i], b = nodes[i + 1]
            let direct = p.dist(a, c) + p.dist(c, b) - p.dist(a, b)
            if let found = best, direct >= found.delta { continue }
            // The customer's own window and the successor's latest arrival.
            let startC = max(p.ready[c], route.departure[i] + p.travel(a, c))
            guard startC <= p.due[c] + RouteCost.feasibilityEpsilon else { continue }
            guard startC + p.service[c] + p.travel(c, b) <= route.latestArrival[i + 1] + RouteCost.feasibilityEpsilon
            else { continue }
            let budget = route.segmentStartCharge[i] - route.segmentEndRequirement[i + 1]
            let segment = route.energySince[i] + p.drive(a, c) + p.drive(c, b) + route.energyUntil[i + 1]
            if !p.hasBattery || segment <= budget + RouteCost.feasibilityEpsilon {
                let candidate = Insertion(route: r, position: i, customer: c, delta: direct)
                if isFeasible(candidate, nodes: nodes) { best = candidate }
                continue
            }
            guard !p.stations.isEmpty else { continue }
            for rank in 0..<SearchProblem.stationsPerArc {
                let before = p.station(between: a, c, rank: rank)
                if before >= 0 && before != a {
                    let extra = p.dist(a, before) + p.dist(before, c) + p.dist(c, b) - p.dist(a, b)
                    if best == nil || extra < best!.delta {
                        let candidate = Insertion(route: r, position: i, customer: c, stationBefore: before, delta: extra)
                        if isFeasible(candidate, nodes: nodes) { best = candidate }
                    }
                }
                let after = p.station(between: c, b, rank: rank)
                if after >= 0 && after != b {
                    let extra = p.dist(a, c) + p.dist(c, after) + p.dist(after, b) - p.dist(a, b)
                    if best == nil || extra < best!.delta {
                        let candidate = Insertion(route: r, position: i, customer: c, stationAfter: after, delta: extra)
                        if isFeasible(candidate, nodes: nodes) { best = candidate }
                    }
                }
            }
        }
    }

    /// Exact check by simulating the route with the insertion.
    func isFeasible(_ insertion: Insertion, nodes: [Int]) -> Bool {
        evaluator.evaluateScratch { sequence in
            sequence.append(contentsOf: nodes[0...insertion.position])
            if insertion.stationBefore >= 0 { sequence.append(insertion.stationBefore) }
            sequence.append(insertion.customer)
            if insertion.stationAfter >= 0 { sequence.append(insertion.stationAfter) }
            sequence.append(contentsOf: nodes[(insertion.position + 1)...])
        }.isFeasible
    }
}
