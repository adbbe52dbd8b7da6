/// A way to put one customer into a route: after `nodes[position]`, and optionally a visit
/// to `station` placed at index `stationIndex` of the sequence that already holds the customer.
struct Insertion {
    var route: Int
    var position: Int
    var customer: Int
    var station = -1
    var stationIndex = -1
    /// Added distance, in distance units.
    var delta: Double

    /// The route's new node sequence.
    func sequence(from nodes: [Int]) -> [Int] {
        var result = nodes
        result.insert(customer, at: position + 1)
        if station >= 0 { result.insert(station, at: stationIndex) }
        return result
    }
}

/// Finds the cheapest feasible insertion of a customer into existing routes. Constant-time
/// necessary conditions (load, the customer's window, latest arrival of the successor, the
/// battery segment) discard most positions before the O(route length) evaluation. When only
/// the battery forbids a position, a station visit is tried on every arc of the battery
/// segment that the customer joins (best station of each arc; two best next to the customer).
struct InsertionFinder {
    let problem: SearchProblem
    let evaluator: RouteEvaluator
    private var hasSupplyProfiles: Bool { evaluator.policy.hasSupplyProfiles }

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
        guard solution.routes[r].load + p.demand[c] <= p.capacity + RouteCost.feasibilityEpsilon else { return }
        let nodes = solution.routes[r].nodes
        let data = solution.routes[r].data
        for i in 0..<(nodes.count - 1) {
            if blinkRate > 0 && random.unit() < blinkRate { continue }
            let a = nodes[i], b = nodes[i + 1]
            let direct = p.dist(a, c) + p.dist(c, b) - p.dist(a, b)
            if let found = best, direct >= found.delta { continue }
            // The customer's own window and the successor's latest arrival.
            let startC = max(p.ready[c], data[i].departure + p.travel(a, c))
            guard startC <= p.due[c] + RouteCost.feasibilityEpsilon,
                  startC + p.service[c] + p.travel(c, b) <= data[i + 1].latestArrival + RouteCost.feasibilityEpsilon
            else {
                if hasSupplyProfiles && !p.stations.isEmpty
                    && (p.customerCount <= Self.laterStationAlways || random.unit() < Self.laterStationRate) {
                    let lateness = max(startC - p.due[c], startC + p.service[c] + p.travel(c, b) - data[i + 1].latestArrival)
                    withLaterStation(customer: c, route: r, position: i, nodes: nodes, data: data, direct: direct,
                                     lateness: lateness, best: &best)
                }
                continue
            }
            let budget = data[i].segmentStartCharge - data[i + 1].segmentEndRequirement
            let segment = data[i].energySince + p.drive(a, c) + p.drive(c, b) + data[i + 1].energyUntil
            if !p.hasBattery || segment <= budget + RouteCost.feasibilityEpsilon {
                let candidate = Insertion(route: r, position: i, customer: c, delta: direct)
                if isFeasible(candidate, nodes: nodes) { best = candidate }
                continue
            }
            guard !p.stations.isEmpty else { continue }
            withStation(customer: c, route: r, position: i, nodes: nodes, direct: direct, best: &best)
        }
    }

    /// Tries one station visit on each arc of the battery segment around the new customer.
    private func withStation(customer c: Int, route r: Int, position i: Int, nodes: [Int], direct: Double,
                             best: inout Insertion?) {
        let p = problem
        var low = i
        while low > 0 && !p.isStation[nodes[low]] { low -= 1 }
        var high = i + 1
        while high < nodes.count - 1 && !p.isStation[nodes[high]] { high += 1 }
        withStation(customer: c, route: r, position: i, nodes: nodes, direct: direct, arcs: low...high, best: &best)
    }

    /// Green days: the customer is too late only because a station stop before it waits for the
    /// sun. A second station stop a few arcs after the customer can take part of that charging
    /// later in the day (the earlier stop then charges less and the van leaves sooner).
    /// Only when a shorter charge there could absorb the `lateness` (time units).
    private func withLaterStation(customer c: Int, route r: Int, position i: Int, nodes: [Int], data: [PositionData],
                                  direct: Double, lateness: Double, best: inout Insertion?) {
        let p = problem
        var low = i
        while low > 0 && !p.isStation[nodes[low]] { low -= 1 }
        guard low > 0, data[low].chargeDuration > 0, lateness <= data[low].chargeDuration else { return }
        let last = min(i + Self.laterStationArcs, nodes.count - 1)
        withStation(customer: c, route: r, position: i, nodes: nodes, direct: direct, arcs: (i + 1)...last, best: &best)
    }

    /// How many arcs after the customer ``withLaterStation`` tries.
    static let laterStationArcs = 4
    /// Share of the late positions for which it tries them above ``laterStationAlways``
    /// customers (each try costs up to a dozen route simulations; trying every time cut the
    /// iterations on sofia-100 by a third and gave a longer plan at 20 s).
    static let laterStationRate = 0.1
    /// Up to this many customers every late position tries them (plovdiv-10 needs that to
    /// reach its optimum within 5 s; at 10 % it stayed at 38.81 km).
    static let laterStationAlways = 50

    /// Tries one station visit on each arc `index → index + 1` of the new sequence (the customer
    /// sits at `i + 1`): the best stations of the arc, the three best next to the customer.
    private func withStation(customer c: Int, route r: Int, position i: Int, nodes: [Int], direct: Double,
                             arcs: ClosedRange<Int>, best: inout Insertion?) {
        let p = problem
        func node(_ index: Int) -> Int { index <= i ? nodes[index] : (index == i + 1 ? c : nodes[index - 1]) }
        for index in arcs {
            let a = node(index), b = node(index + 1)
            let adjacent = index == i || index == i + 1
            for rank in 0..<(adjacent ? SearchProblem.stationsPerArc : 2) {
                let s = p.station(between: a, b, rank: rank)
                guard s >= 0, s != a, s != b else { continue }
                let extra = direct + p.dist(a, s) + p.dist(s, b) - p.dist(a, b)
                if let found = best, extra >= found.delta { continue }
                let candidate = Insertion(route: r, position: i, customer: c, station: s, stationIndex: index + 1,
                                          delta: extra)
                if isFeasible(candidate, nodes: nodes) { best = candidate }
            }
        }
    }

    /// Exact check by simulating the route with the insertion.
    func isFeasible(_ insertion: Insertion, nodes: [Int]) -> Bool {
        evaluator.evaluateScratch { sequence in
            sequence.append(contentsOf: nodes[0...insertion.position])
            sequence.append(insertion.customer)
            sequence.append(contentsOf: nodes[(insertion.position + 1)...])
            if insertion.station >= 0 { sequence.insert(insertion.station, at: insertion.stationIndex) }
        }.isFeasible
    }
}
