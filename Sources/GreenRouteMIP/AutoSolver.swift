import GreenRouteCore
import GreenRouteHeuristic

/// `--solver mip`: a short heuristic run hands GLPK its first incumbent, so a time-limited MIP
/// run is never worse than the heuristic's plan.
public struct WarmStartedMIPSolver: RoutingSolver {
    public let name = "mip"
    /// Where to write the GLPK model in CPLEX LP format, if anywhere.
    public var dumpModelPath: String?
    /// Share of the time limit the heuristic may use for the start (at most 2 s).
    public var heuristicShare: Double

    public init(dumpModelPath: String? = nil, heuristicShare: Double = 0.1) {
        self.dumpModelPath = dumpModelPath
        self.heuristicShare = heuristicShare
    }

    public func solve(_ instance: Instance, options: SolverOptions) -> Plan {
        let watch = Stopwatch()
        var startOptions = options
        startOptions.timeLimit = min(2, heuristicShare * options.timeLimit)
        startOptions.progress = nil
        startOptions.iterationLimit = min(options.iterationLimit ?? 5_000, 5_000)
        // Green instances too: the MIP maps the start onto its columns and GLPK's row check
        // rejects it when the columns' schedules break a station row (then no start).
        var start: Plan?
        let heuristicPlan = HeuristicSolver().solve(instance, options: startOptions)
        if heuristicPlan.status == .feasible { start = heuristicPlan }
        var mipOptions = options
        mipOptions.timeLimit = max(0.1, options.timeLimit - watch.seconds)
        var plan = MIPSolver(start: start, dumpModelPath: dumpModelPath).solve(instance, options: mipOptions)
        plan.seconds = watch.seconds
        if let start {
            plan.notes.insert("start: heuristic plan with \(start.vehicles) vehicles, distance "
                              + String(format2: start.distance) + " in " + String(format2: start.seconds) + " s", at: 0)
        }
        return plan
    }
}

/// `--solver auto`: the MIP where it can prove optimality (at most ``exactCustomerLimit``
/// customers without green station limits, ``greenExactCustomerLimit`` with them), the hybrid
/// (heuristic + set partitioning over its route pool) otherwise. The plan's `solver` field and
/// its first note say which ran and why.
public struct AutoSolver: RoutingSolver {
    public let name = "auto"
    /// Largest instance (customers) given to the exact MIP.
    public static let exactCustomerLimit = 15
    /// Largest green-limited instance given to the exact MIP (its enumeration on a 15-customer
    /// green day did not finish within 60 s; 10-customer days are proven in seconds).
    public static let greenExactCustomerLimit = 10
    public var dumpModelPath: String?

    public init(dumpModelPath: String? = nil) {
        self.dumpModelPath = dumpModelPath
    }

    public func solve(_ instance: Instance, options: SolverOptions) -> Plan {
        let reason: String
        let limit = instance.hasGreenLimits ? Self.greenExactCustomerLimit : Self.exactCustomerLimit
        if instance.customers.count > limit {
            reason = "\(instance.customers.count) customers is above the exact MIP's limit of \(limit)"
                + (instance.hasGreenLimits ? " for green-limited days" : "")
        } else {
            var plan = WarmStartedMIPSolver(dumpModelPath: dumpModelPath).solve(instance, options: options)
            let limits = instance.hasGreenLimits ? "green station limits" : "no green limits"
            plan.notes.insert("auto: mip (\(instance.customers.count) customers, \(limits))", at: 0)
            return plan
        }
        var plan = HybridSolver().solve(instance, options: options)
        plan.notes.insert("auto: hybrid (\(reason))", at: 0)
        return plan
    }
}
