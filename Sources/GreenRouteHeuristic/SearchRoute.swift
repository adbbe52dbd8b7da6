/// One route during the search: the node sequence (depot first and last; customers and
/// explicit station visits in between) with cached cost and per-position filter data.
/// Every mutation is followed by ``RouteEvaluator/refresh(_:)``.
struct SearchRoute {
    /// Node indices, `nodes.first == nodes.last == 0`.
    var nodes: [Int] = [0, 0]
    var cost = RouteCost()
    /// Total demand on board at departure, in load units.
    var load = 0.0
    /// Departure time from each position (time-warp semantics), in time units.
    var departure: [Double] = []
    /// Charging time spent at each position (stations), in time units.
    var chargeDuration: [Double] = []
    /// Latest arrival at each position that keeps later windows (with today's charging times).
    var latestArrival: [Double] = []
    /// Energy used since the last charging point, on departure from each position.
    var energySince: [Double] = []
    /// Energy from arrival at each position to the next charging point (0 at stations).
    var energyUntil: [Double] = []
    /// Charge at the start of the battery segment a departure from this position belongs to.
    var segmentStartCharge: [Double] = []
    /// Charge required at the end of the battery segment an arrival here belongs to.
    var segmentEndRequirement: [Double] = []
    /// Set by every refresh; cleared by the station polish after ruin & recreate.
    var changed = true

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
