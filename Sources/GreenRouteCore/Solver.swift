/// Limits and choices shared by every solver.
public struct SolverOptions: Sendable {
    /// Wall-clock limit, in seconds.
    public var timeLimit: Double
    /// Seed for randomised solvers.
    public var seed: UInt64
    /// Iteration limit (for deterministic runs independent of machine speed); nil = none.
    public var iterationLimit: Int?
    public var objective: Objective
    /// Print solver output (GLPK's log, for example).
    public var verbose: Bool
    /// Called now and then with progress, from the solving thread.
    public var progress: (@Sendable (SolverProgress) -> Void)?
    /// Polled by solvers; when it returns true they stop and return their best plan.
    public var shouldStop: (@Sendable () -> Bool)?

    public init(timeLimit: Double = 10, seed: UInt64 = 1, iterationLimit: Int? = nil,
                objective: Objective = .hierarchical, verbose: Bool = false,
                progress: (@Sendable (SolverProgress) -> Void)? = nil,
                shouldStop: (@Sendable () -> Bool)? = nil) {
        self.timeLimit = timeLimit
        self.seed = seed
        self.iterationLimit = iterationLimit
        self.objective = objective
        self.verbose = verbose
        self.progress = progress
        self.shouldStop = shouldStop
    }
}

/// A progress report from a running solver.
public struct SolverProgress: Sendable {
    public var elapsed: Double
    public var iterations: Int
    public var best: ObjectiveValue?

    public init(elapsed: Double, iterations: Int, best: ObjectiveValue?) {
        self.elapsed = elapsed
        self.iterations = iterations
        self.best = best
    }
}

/// Anything that turns an instance into a plan.
public protocol RoutingSolver: Sendable {
    /// Short name written into plans and CSV rows ("heuristic", "mip", "baseline").
    var name: String { get }
    /// Solve; never throws for an infeasible instance: the plan's status says so.
    func solve(_ instance: Instance, options: SolverOptions) -> Plan
}
