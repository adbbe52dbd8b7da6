/// Simulates a node sequence (depot first and last) under the penalised relaxation:
/// lateness becomes time warp, a charge below the reserve becomes battery deficit (and is
/// then clamped to the reserve), load above capacity becomes excess. O(route length).
///
/// With no violation the timing equals Core's `RouteTimetable` (same charging rule, same
/// departure at the depot opening), so a route feasible here is built there.
final class RouteEvaluator {
    let problem: SearchProblem
    let policy: ChargingPolicy
    /// Scratch: latest departure from each position (until-latest rule).
    private var latest: [Double] = []
    /// Scratch sequence for candidate routes.
    var scratch: [Int] = []
    /// Counts the simulations and the route positions simulated (the search's work measure,
    /// see ``WorkMeter``).
    let meter: WorkMeter

    init(problem: SearchProblem, meter: WorkMeter = WorkMeter()) {
        self.problem = problem
        self.meter = meter
        policy = ChargingPolicy(problem: problem)
        scratch.reserveCapacity(256)
    }

    /// The cost of a sequence written by `build` into a reused buffer (no allocation).
    /// With `stopAtViolation` an infeasible sequence's cost is only a lower bound (see ``evaluate(_:stopAtViolation:)``).
    func evaluateScratch(stopAtViolation: Bool = false, _ build: (inout [Int]) -> Void) -> RouteCost {
        var sequence: [Int] = []
        swap(&sequence, &scratch)
        sequence.removeAll(keepingCapacity: true)
        build(&sequence)
        let cost = evaluate(sequence, stopAtViolation: stopAtViolation)
        swap(&sequence, &scratch)
        return cost
    }

    /// The cost of `nodes` (depot at both ends) under the best charging rule. With
    /// `stopAtViolation` each simulation stops at the first violation: a feasible route gets
    /// its exact cost, an infeasible one only the violations met so far (for callers that
    /// discard infeasible routes; most candidate routes fail early).
    func evaluate(_ nodes: [Int], stopAtViolation: Bool = false) -> RouteCost {
        bestRule(nodes, stopAtViolation: stopAtViolation).cost
    }

    /// The first charging rule that makes the route feasible, else the least penalised one.
    ///
    /// Charging to full instead of the least needed changes nothing before the first station
    /// stop and only delays every arrival up to the second one (more energy at the first stop
    /// takes longer; the least-needed charge already reaches the second stop with its reserve).
    /// So when the least-needed rule's first violation comes no later than the second station
    /// visit (or the end, with fewer than two), charging to full fails too and is not simulated.
    func bestRule(_ nodes: [Int], stopAtViolation: Bool = false) -> (cost: RouteCost, rule: ChargingRule) {
        let rules = policy.rules
        let first = simulate(nodes, rule: rules[0], stopAtViolation: stopAtViolation)
        var best = (cost: first.cost, rule: rules[0])
        if first.cost.isFeasible || rules.count == 1 { return best }
        let stops = firstTwoStationVisits(nodes)
        if stops.first == nil { return best }  // Without a station stop every rule times the same.
        let fullCannotHelp = rules[0] == .leastNeeded && first.firstViolation <= stops.second
        for rule in rules.dropFirst() {
            if rule == .toFull && fullCannotHelp { continue }
            let cost = simulate(nodes, rule: rule, stopAtViolation: stopAtViolation).cost
            if cost.isFeasible { return (cost, rule) }
            if cost.timeWarp + cost.batteryDeficit < best.cost.timeWarp + best.cost.batteryDeficit { best = (cost, rule) }
        }
        return best
    }

    /// The positions of the first station visit (nil when none) and of the second one (the
    /// last position when there are fewer than two).
    private func firstTwoStationVisits(_ nodes: [Int]) -> (first: Int?, second: Int) {
        var first: Int?
        for position in 1..<(nodes.count - 1) where problem.isStation[nodes[position]] {
            if first != nil { return (first, position) }
            first = position
        }
        return (first, nodes.count - 1)
    }

    /// The cost of `nodes` when every station stop follows `rule`, and the position of the
    /// first violation (`Int.max` when none; 0 for load excess, which belongs to no position).
    /// With `stopAtViolation` the simulation ends there.
    func simulate(_ nodes: [Int], rule: ChargingRule,
                  stopAtViolation: Bool = false) -> (cost: RouteCost, firstViolation: Int) {
        meter.simulations &+= 1
        let p = problem
        let count = nodes.count
        var cost = RouteCost()
        var firstViolation = Int.max
        var load = 0.0
        for node in nodes { load += p.demand[node] }
        cost.loadExcess = max(0, load - p.capacity)
        if cost.loadExcess > RouteCost.feasibilityEpsilon {
            firstViolation = 0
            if stopAtViolation { return (cost, firstViolation) }
        }
        let partial = rule == .leastNeeded
        if rule == .untilLatest { fillLatest(nodes) }
        // Local copy: reading a class's arrays in the loop costs exclusivity checks.
        let latest = rule == .untilLatest ? self.latest : []
        var time = p.open
        var charge = p.initialCharge
        var previous = nodes[0]
        for position in 1..<count {
            let node = nodes[position]
            let arc = p.arc(previous, node)
            cost.distance += arc.distance
            time += arc.time
            charge -= arc.energy
            if position == count - 1 {
                if charge < p.returnCharge { cost.batteryDeficit += p.returnCharge - charge }
                if time > p.close { cost.timeWarp += time - p.close }
                if firstViolation == Int.max && !cost.isFeasible { firstViolation = position }
                break
            }
            if charge < p.reserve {
                cost.batteryDeficit += p.reserve - charge
                charge = p.reserve
            }
            if p.isStation[node] {
                // The least-needed charge is worked out per station reached: a simulation that
                // stops at its first violation does not pay for the rest of the route.
                let after = policy.charge(station: node, arrivalTime: time, arrivalCharge: charge,
                                          needed: partial ? neededOnDeparture(from: position, in: nodes) : 0,
                                          latestDeparture: rule == .untilLatest ? latest[position] : .infinity, rule: rule)
                time = after.time
                charge = after.charge
            } else {
                if time < p.ready[node] { time = p.ready[node] }
                if time > p.due[node] {
                    cost.timeWarp += time - p.due[node]
                    time = p.due[node]
                }
                time += p.service[node]
            }
            if firstViolation == Int.max && !cost.isFeasible {
                firstViolation = position
                if stopAtViolation {
                    meter.positions &+= position
                    return (cost, firstViolation)
                }
            }
            previous = node
        }
        meter.positions &+= count
        return (cost, firstViolation)
    }

    /// Makes a scratch buffer hold at least `count` values (doubling, so that it grows rarely);
    /// the old values are not kept.
    private static func grow(_ buffer: inout [Double], to count: Int) {
        if buffer.count < count { buffer = [Double](repeating: 0, count: max(count, 2 * buffer.count)) }
    }

    /// Charge needed on departure from the station at `position` to reach the next charging
    /// point (station or final depot) with the required level there. O(segment length); the
    /// one place this sum is made, for simulations and refreshes alike.
    @inline(__always)
    private func neededOnDeparture(from position: Int, in nodes: [Int]) -> Double {
        let p = problem
        var next = position + 1
        while next < nodes.count - 1 && !p.isStation[nodes[next]] { next += 1 }
        var required = next == nodes.count - 1 ? p.returnCharge : p.reserve
        while next > position {
            required += p.drive(nodes[next - 1], nodes[next])
            next -= 1
        }
        return required
    }

    /// Latest departure from each position that keeps every later window and the horizon
    /// when later station stops take no time (as Core's `RouteTimetable.latestDepartures`).
    private func fillLatest(_ nodes: [Int]) {
        let p = problem
        // Every position but the final depot (never read) is written below.
        Self.grow(&latest, to: nodes.count)
        latest.withUnsafeMutableBufferPointer { buffer in
            var latestArrival = p.close
            var position = nodes.count - 2
            while position >= 0 {
                let node = nodes[position]
                buffer[position] = latestArrival - p.travel(node, nodes[position + 1])
                latestArrival = buffer[position]
                if !p.isStation[node] && position > 0 {
                    latestArrival = min(p.due[node], buffer[position] - p.service[node])
                }
                position -= 1
            }
        }
    }

    /// Recomputes a route's cost and the per-position data used by insertion filters.
    func refresh(_ route: inout SearchRoute) {
        let p = problem
        let nodes = route.nodes
        let count = nodes.count
        let (cost, rule) = bestRule(nodes)
        meter.positions &+= count
        route.cost = cost
        route.rule = rule
        route.changed = true
        var load = 0.0
        for node in nodes { load += p.demand[node] }
        route.load = load
        var data = [PositionData](repeating: PositionData(), count: count)
        // Forward pass: departures (time-warp semantics) and energy since the last charge.
        let partial = rule == .leastNeeded
        if rule == .untilLatest { fillLatest(nodes) }
        var time = p.open, charge = p.initialCharge, since = 0.0, startCharge = p.initialCharge
        data[0].departure = time
        data[0].segmentStartCharge = startCharge
        for position in 1..<count {
            let node = nodes[position], previous = nodes[position - 1]
            let arc = p.arc(previous, node)
            time += arc.time
            charge -= arc.energy
            since += arc.energy
            if position < count - 1 {
                charge = max(charge, p.reserve)
                if p.isStation[node] {
                    let after = policy.charge(station: node, arrivalTime: time, arrivalCharge: charge,
                                              needed: partial ? neededOnDeparture(from: position, in: nodes) : 0,
                                              latestDeparture: rule == .untilLatest ? latest[position] : .infinity,
                                              rule: rule)
                    data[position].chargeDuration = after.time - time
                    time = after.time
                    charge = after.charge
                    since = 0
                    startCharge = p.battery
                } else {
                    time = min(max(time, p.ready[node]), p.due[node]) + p.service[node]
                }
            }
            data[position].departure = time
            data[position].energySince = since
            data[position].segmentStartCharge = startCharge
        }
        // Backward pass: latest arrivals and energy to the next charging point.
        data[count - 1].latestArrival = p.close
        data[count - 1].segmentEndRequirement = p.returnCharge
        var latest = p.close, until = 0.0, requirement = p.returnCharge
        var position = count - 2
        while position >= 0 {
            let node = nodes[position], next = nodes[position + 1]
            latest -= p.travel(node, next)
            until += p.drive(node, next)
            if position == 0 {
                data[0].latestArrival = latest
            } else if p.isStation[node] {
                latest -= data[position].chargeDuration
                data[position].latestArrival = latest
                until = 0
                requirement = p.reserve
            } else {
                latest = min(p.due[node], latest - p.service[node])
                data[position].latestArrival = latest
            }
            data[position].energyUntil = until
            data[position].segmentEndRequirement = requirement
            position -= 1
        }
        route.data = data
    }
}
