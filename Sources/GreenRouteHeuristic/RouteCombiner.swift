import GreenRouteCore

/// What a ``RouteCombiner`` is asked: choose routes from the pool that serve the incumbent's
/// customers exactly once, better than the incumbent.
public struct CombineRequest: Sendable {
    public let instance: Instance
    /// The vehicle type the search plans with (index into `instance.vehicleTypes`).
    public let vehicleType: Int
    /// The pool: distinct feasible routes, each the shortest the search met for its customers.
    public let routes: [PoolRoute]
    /// Indices into `routes` of the incumbent's routes (a feasible answer by construction).
    public let incumbent: [Int]
    /// Most routes the fleet allows.
    public let maxRoutes: Int
    public let objective: Objective
    /// Wall-clock seconds the combiner may use.
    public let timeLimit: Double
    public let verbose: Bool
    public let shouldStop: (@Sendable () -> Bool)?
    /// The slot grid of the green-limited stations (nil without limits); then every pool route
    /// carries its footprint and the answer must respect supply and chargers per slot.
    public var slots: StationSlots?
    /// True for the last call of a run.
    public var isFinal = false
    /// Set under an iteration limit: the combiner stops by counted work (simplex iterations,
    /// branch-and-bound nodes, pricing rounds), so that the run is reproducible; `timeLimit` is
    /// then only a safety net.
    public var isWorkLimited = false

    public init(instance: Instance, vehicleType: Int, routes: [PoolRoute], incumbent: [Int], maxRoutes: Int,
                objective: Objective, timeLimit: Double, verbose: Bool = false,
                shouldStop: (@Sendable () -> Bool)? = nil) {
        self.instance = instance
        self.vehicleType = vehicleType
        self.routes = routes
        self.incumbent = incumbent
        self.maxRoutes = maxRoutes
        self.objective = objective
        self.timeLimit = timeLimit
        self.verbose = verbose
        self.shouldStop = shouldStop
    }
}

/// A combiner's answer.
public struct CombineAnswer: Sendable {
    /// Indices into the request's routes, or nil when the combiner found nothing to offer
    /// (failure, time limit without a solution); the search then keeps its incumbent.
    public var selected: [Int]?
    /// One line for the plan's notes (status, time, bound), or the warning on failure.
    public var note: String

    public init(selected: [Int]?, note: String) {
        self.selected = selected
        self.note = note
    }
}

/// Recombines pool routes into a solution, e.g. by set partitioning in GLPK (GreenRouteMIP's
/// `PoolPartitioning`). Called on the search's thread; must not keep state between calls
/// that ties it to a thread.
public protocol RouteCombiner: Sendable {
    func combine(_ request: CombineRequest) -> CombineAnswer
}
