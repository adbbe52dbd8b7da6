/// One route during the search: the node sequence (depot first and last; customers and
/// explicit station visits in between) with cached cost and per-position filter data.
/// Every mutation is followed by ``RouteEvaluator/refresh(_:)``.
struct SearchRoute {
    /// Node indices, `nodes.first == nodes.last == 0`.
    var nodes: [Int] = [0, 0]
    var cost = RouteCost()
    /// Total demand on board at departure, in load units.
    var load = 0.0
    /// Per-position timing and battery data for the insertion filters (one array, so that
    /// reading a route costs two reference counts, not eight).
    var data: [PositionData] = []
    /// Set by every refresh; cleared by the station polish after ruin & recreate.
    var changed = true
    /// The charging rule the route's timing uses.
    var rule = ChargingRule.toFull

    init(nodes: [Int] = [0, 0]) {
        self.nodes = nodes
    }

    /// True when the route visits no customer (possibly only stations).
    func isEmpty(customerCount: Int) -> Bool {
        !nodes.contains { $0 >= 1 && $0 <= customerCount }
    }

    /// Number of customers on the route.
    func customerCount(of problem: SearchProblem) -> Int {
        nodes.reduce(0) { $0 + (problem.isCustomer($1) ? 1 : 0) }
    }
}

/// What the insertion filters need to know about one position of a route.
struct PositionData {
    /// Departure time (time-warp semantics), in time units.
    var departure = 0.0
    /// Charging time spent here (stations), in time units.
    var chargeDuration = 0.0
    /// Latest arrival that keeps later windows (with today's charging times).
    var latestArrival = 0.0
    /// Energy used since the last charging point, on departure.
    var energySince = 0.0
    /// Energy from arrival here to the next charging point (0 at stations).
    var energyUntil = 0.0
    /// Charge at the start of the battery segment a departure from here belongs to.
    var segmentStartCharge = 0.0
    /// Charge required at the end of the battery segment an arrival here belongs to.
    var segmentEndRequirement = 0.0
}
