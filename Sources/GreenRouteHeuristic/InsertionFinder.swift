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
/// battery segment) discard most positions; the survivors go into a priority queue by added
/// distance and are simulated (O(route length)) cheapest first until one is feasible, so a
/// call simulates only the infeasible candidates cheaper than its answer and the answer.
/// When only the battery forbids a position, a station visit is offered on every arc of the
/// battery segment that the customer joins (best station of each arc; two best next to the
/// customer); these variants enter the queue only when the position's own added distance (a
/// lower bound of theirs) comes up.
struct InsertionFinder {
    let problem: SearchProblem
    let evaluator: RouteEvaluator
    /// Reused between calls.
    private let queue = CandidateQueue()
    private var hasSupplyProfiles: Bool { evaluator.policy.hasSupplyProfiles }

    init(problem: SearchProblem, evaluator: RouteEvaluator) {
        self.problem = problem
        self.evaluator = evaluator
    }

    /// The cheapest feasible insertion into any route, skipping each position with
    /// probability `blinkRate` (SISR "blinks"); nil when none fits. Among equally cheap
    /// insertions the first in route, position and station-arc order wins.
    func best(customer c: Int, in solution: SearchSolution, blinkRate: Double,
              random: inout SeededGenerator) -> Insertion? {
        queue.removeAll()
        for r in solution.routes.indices {
            collect(customer: c, route: r, solution: solution, blinkRate: blinkRate, random: &random)
        }
        queue.heapify()
        while let candidate = queue.popMin() {
            let nodes = solution.routes[candidate.route].nodes
            if let arcs = candidate.stationArcs {
                expand(candidate, customer: c, arcs: arcs, nodes: nodes)
                continue
            }
            let insertion = Insertion(route: candidate.route, position: candidate.position, customer: c,
                                      station: candidate.station, stationIndex: candidate.stationIndex,
                                      delta: candidate.delta)
            if isFeasible(insertion, nodes: nodes) { return insertion }
        }
        return nil
    }

    /// Queues the insertions of `c` into route `r` that pass the constant-time conditions.
    private func collect(customer c: Int, route r: Int, solution: SearchSolution, blinkRate: Double,
                         random: inout SeededGenerator) {
        let p = problem
        // Infeasible routes occur only in the penalised walk, which fills them by penalised
        // insertion instead.
        guard solution.routes[r].cost.isFeasible else { return }
        guard solution.routes[r].load + p.demand[c] <= p.capacity + RouteCost.feasibilityEpsilon else { return }
        let nodes = solution.routes[r].nodes
        let data = solution.routes[r].data
        // Departures only grow along a feasible route (the guard above), and an insertion cannot
        // make the prefix earlier (charging can only take longer), except on green days (a later
        // station stop can shorten an earlier one): once a departure is past the customer's due
        // time, no later position can serve it.
        let stopsAtDue = !hasSupplyProfiles
        var scanned = 0, queued = 0
        defer {
            evaluator.meter.scanned &+= scanned
            evaluator.meter.queued &+= queued
            evaluator.meter.routeScans &+= 1
        }
        for i in 0..<(nodes.count - 1) {
            scanned += 1
            if stopsAtDue && data[i].departure > p.due[c] + RouteCost.feasibilityEpsilon { break }
            if blinkRate > 0 && random.unit() < blinkRate { continue }
            let a = nodes[i], b = nodes[i + 1]
            let toCustomer = p.arc(a, c), fromCustomer = p.arc(c, b)
            let direct = toCustomer.distance + fromCustomer.distance - p.dist(a, b)
            // The customer's own window and the successor's latest arrival.
            let startC = max(p.ready[c], data[i].departure + toCustomer.time)
            guard startC <= p.due[c] + RouteCost.feasibilityEpsilon,
                  startC + p.service[c] + fromCustomer.time <= data[i + 1].latestArrival + RouteCost.feasibilityEpsilon
            else {
                if hasSupplyProfiles && !p.stations.isEmpty
                    && (p.customerCount <= Self.laterStationAlways || random.unit() < Self.laterStationRate) {
                    let lateness = max(startC - p.due[c], startC + p.service[c] + fromCustomer.time - data[i + 1].latestArrival)
                    withLaterStation(customer: c, route: r, position: i, nodes: nodes, data: data, direct: direct,
                                     lateness: lateness)
                }
                continue
            }
            let budget = data[i].segmentStartCharge - data[i + 1].segmentEndRequirement
            let segment = data[i].energySince + toCustomer.energy + fromCustomer.energy + data[i + 1].energyUntil
            if !p.hasBattery || segment <= budget + RouteCost.feasibilityEpsilon {
                queue.append(route: r, position: i, delta: direct)
                queued += 1
                continue
            }
            guard !p.stations.isEmpty else { continue }
            // A station visit on each arc of the battery segment around the new customer.
            var high = i + 1
            while high < nodes.count - 1 && !p.isStation[nodes[high]] { high += 1 }
            queue.append(route: r, position: i, delta: direct, stationArcs: lastChargingPoint(atOrBefore: i, in: nodes)...high)
            queued += 1
        }
    }

    /// Green days: the customer is too late only because a station stop before it waits for the
    /// sun. A second station stop a few arcs after the customer can take part of that charging
    /// later in the day (the earlier stop then charges less and the van leaves sooner).
    /// Only when a shorter charge there could absorb the `lateness` (time units).
    private func withLaterStation(customer c: Int, route r: Int, position i: Int, nodes: [Int], data: [PositionData],
                                  direct: Double, lateness: Double) {
        let low = lastChargingPoint(atOrBefore: i, in: nodes)
        guard low > 0, data[low].chargeDuration > 0, lateness <= data[low].chargeDuration else { return }
        let last = min(i + Self.laterStationArcs, nodes.count - 1)
        queue.append(route: r, position: i, delta: direct, stationArcs: (i + 1)...last)
        evaluator.meter.queued &+= 1
    }

    /// The last station visit at or before `position`, or 0 (the depot) when there is none.
    private func lastChargingPoint(atOrBefore position: Int, in nodes: [Int]) -> Int {
        var point = position
        while point > 0 && !problem.isStation[nodes[point]] { point -= 1 }
        return point
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

    /// Queues one station visit on each arc `index → index + 1` of the new sequence (the customer
    /// sits at `position + 1`): the best stations of the arc, the three best next to the customer.
    /// Each costs at least the group's added distance (triangle inequality), so the queue's order holds.
    private func expand(_ group: CandidateQueue.Candidate, customer c: Int, arcs: ClosedRange<Int>, nodes: [Int]) {
        let p = problem, i = group.position
        func node(_ index: Int) -> Int { index <= i ? nodes[index] : (index == i + 1 ? c : nodes[index - 1]) }
        var variant = 0
        for index in arcs {
            let a = node(index), b = node(index + 1)
            let adjacent = index == i || index == i + 1
            for rank in 0..<(adjacent ? SearchProblem.stationsPerArc : 2) {
                let s = p.station(between: a, b, rank: rank)
                guard s >= 0, s != a, s != b else { continue }
                variant += 1
                let extra = group.delta + p.dist(a, s) + p.dist(s, b) - p.dist(a, b)
                queue.push(variant: variant, of: group, station: s, stationIndex: index + 1, delta: extra)
            }
        }
        evaluator.meter.queued &+= variant
    }

    /// Exact check by simulating the route with the insertion (up to its first violation).
    func isFeasible(_ insertion: Insertion, nodes: [Int]) -> Bool {
        evaluator.evaluateScratch(stopAtViolation: true) { sequence in
            sequence.append(contentsOf: nodes[0...insertion.position])
            sequence.append(insertion.customer)
            sequence.append(contentsOf: nodes[(insertion.position + 1)...])
            if insertion.station >= 0 { sequence.insert(insertion.station, at: insertion.stationIndex) }
        }.isFeasible
    }
}

