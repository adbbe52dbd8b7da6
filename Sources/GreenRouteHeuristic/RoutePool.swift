import GreenRouteCore

/// A feasible route the search met, offered to a ``RouteCombiner``.
public struct PoolRoute: Sendable, Equatable {
    /// Node indices between the two depot visits (customers and station visits), as in
    /// ``GreenRouteCore/Instance`` (1...C customers, then stations).
    public let sequence: [Int]
    /// The customers served, ascending node indices.
    public let customers: [Int]
    /// Distance driven, in the instance's distance unit.
    public let distance: Double
    /// With green station limits: what the route takes from each limited station per slot
    /// when it is timed alone (nil without limits, or before the pool prepared it).
    public var footprint: ChargingFootprint?
    /// False when the route cannot be timed alone under the stations' supply (then it is no
    /// candidate for a plan with green limits).
    public var isTimedAlone: Bool

    public init(sequence: [Int], customers: [Int], distance: Double, footprint: ChargingFootprint? = nil,
                isTimedAlone: Bool = true) {
        self.sequence = sequence
        self.customers = customers
        self.distance = distance
        self.footprint = footprint
        self.isTimedAlone = isTimedAlone
    }
}

/// The routes the search has met, for set partitioning.
///
/// Admission rule: a route enters when it is feasible (no time warp, battery deficit or
/// excess load under the search's evaluation) and serves at least one customer; per set of
/// customers only the shortest route is kept (a later, shorter route for the same set
/// replaces it in place). Bounded memory: at most `capacity` routes; when full, the older
/// half (by admission order) is dropped. Sequences already seen are recognised by a
/// 64-bit FNV-1a fingerprint and skipped without building their customer key.
final class RoutePool {
    /// Most routes kept.
    let capacity: Int
    private(set) var routes: [PoolRoute] = []
    private var indexByCustomers: [[Int]: Int] = [:]
    private var seen: Set<UInt64> = []
    /// Per route: footprint computed (green instances).
    private var prepared: [Bool] = []
    /// Routes offered (feasible, with customers) and routes admitted or improved.
    private(set) var offered = 0
    private(set) var admitted = 0

    init(capacity: Int = 30_000) {
        self.capacity = max(2, capacity)
        routes.reserveCapacity(min(capacity, 4096))
    }

    var count: Int { routes.count }

    /// Offers every route of a solution.
    func offer(_ solution: SearchSolution, problem: SearchProblem) {
        for route in solution.routes { offer(route, problem: problem) }
    }

    /// Offers one route; returns its pool index when it is (now) in the pool.
    /// `force` skips the fingerprint test (a route seen before may have been evicted since).
    @discardableResult
    func offer(_ route: SearchRoute, problem: SearchProblem, force: Bool = false) -> Int? {
        guard route.cost.isFeasible else { return nil }
        let nodes = route.nodes
        guard nodes.count > 2 else { return nil }
        var fingerprint: UInt64 = 0xcbf2_9ce4_8422_2325
        for node in nodes {
            fingerprint ^= UInt64(truncatingIfNeeded: node)
            fingerprint = fingerprint &* 0x0000_0100_0000_01b3
        }
        offered += 1
        if seen.contains(fingerprint) && !force {
            return nil
        }
        if seen.count > 8 * capacity { seen.removeAll(keepingCapacity: true) }
        seen.insert(fingerprint)
        let customers = Self.customers(of: nodes, problem: problem)
        guard !customers.isEmpty else { return nil }
        let candidate = PoolRoute(sequence: Array(nodes[1..<(nodes.count - 1)]), customers: customers,
                                  distance: route.cost.distance)
        if let existing = indexByCustomers[customers] {
            guard candidate.distance < routes[existing].distance - 1e-9 else { return existing }
            routes[existing] = candidate
            prepared[existing] = false
            admitted += 1
            return existing
        }
        // A forced offer never evicts (the pool may exceed its capacity by one solution).
        if routes.count >= capacity && !force { evictOlderHalf() }
        routes.append(candidate)
        prepared.append(false)
        indexByCustomers[customers] = routes.count - 1
        admitted += 1
        return routes.count - 1
    }

    /// Pool indices of a solution's routes (offering them first, so every route has one). The
    /// indices stay valid: forced offers never evict, and a solution's routes serve disjoint
    /// customer sets, so no later offer here replaces an earlier one's entry.
    func indices(of solution: SearchSolution, problem: SearchProblem) -> [Int]? {
        var result: [Int] = []
        for route in solution.routes {
            guard let index = offer(route, problem: problem, force: true) else { return nil }
            result.append(index)
        }
        return result
    }

    /// The customers among `nodes`, ascending (the pool's key).
    private static func customers(of nodes: [Int], problem: SearchProblem) -> [Int] {
        var customers: [Int] = []
        for node in nodes where problem.isCustomer(node) { customers.append(node) }
        return customers.sorted()
    }

    /// Times every route not yet prepared alone (Core's RouteTimetable against the stations'
    /// supply, no other van) and records its footprint on `slots`; routes that cannot be timed
    /// alone are marked. Only needed with green station limits.
    func prepareFootprints(_ instance: Instance, vehicleType: Int, slots: StationSlots) {
        for index in routes.indices where !prepared[index] {
            prepared[index] = true
            if let timed = RouteTimetable.build(instance, vehicleType: vehicleType, sequence: routes[index].sequence) {
                routes[index].footprint = ChargingFootprint(instance, route: timed, slots: slots)
                routes[index].isTimedAlone = true
            } else {
                routes[index].footprint = nil
                routes[index].isTimedAlone = false
            }
        }
    }

    private func evictOlderHalf() {
        routes = Array(routes.suffix(capacity / 2))
        prepared = Array(prepared.suffix(capacity / 2))
        indexByCustomers.removeAll(keepingCapacity: true)
        for (index, route) in routes.enumerated() { indexByCustomers[route.customers] = index }
    }
}
