/// What GLPK's run established about the problem.
public enum GLPKStatus: String, Sendable {
    /// Proven optimal (within the relative gap, when one was given: see ``GLPKSolution/termination``).
    case optimal
    /// A feasible solution, not proven optimal (a limit or a stop request ended the search).
    case feasible
    /// Proven infeasible.
    case infeasible
    /// The LP relaxation is unbounded.
    case unbounded
    /// No solution known (for example the time limit hit before any was found).
    case undefined
}

/// Why the search ended.
public enum GLPKTermination: String, Sendable {
    case completed
    case timeLimit
    case stopRequested
    /// The simplex iteration limit or the node limit of ``GLPKSolveOptions`` (deterministic).
    case workLimit
    case gapReached
    case failed

    /// Why the search ended, in words for a plan's notes ("its time limit"): a run ended by its
    /// clock is not reproducible, one ended by its node or simplex limit is.
    public var phrase: String {
        switch self {
        case .timeLimit: return "its time limit"
        case .workLimit: return "its node or simplex limit"
        case .stopRequested: return "a stop request"
        case .gapReached: return "the relative gap"
        case .completed: return "completed"
        case .failed: return "a failure"
        }
    }
}

/// The result of ``GLPKProblem/solve(_:)``.
public struct GLPKSolution: Sendable {
    public var status: GLPKStatus
    public var termination: GLPKTermination
    /// Objective value of the returned solution, nil when there is none.
    public var objective: Double?
    /// Best proven bound on the objective (a lower bound when minimising), nil when unknown.
    public var bound: Double?
    /// Column values, 0-based (column `j` of GLPK is `values[j - 1]`); empty when none.
    public var values: [Double]
    /// Objective of the LP relaxation at the root, nil when it was not solved.
    public var relaxation: Double?
    /// Wall-clock seconds spent in GLPK.
    public var seconds: Double
    /// Simplex iterations of this solve: the root LP's and those of branch and bound
    /// (`glp_get_it_cnt` before and after). Unlike ``seconds`` the same on every run.
    public var simplexIterations = 0
    /// Dual values of the rows, 0-based (row `i` is `rowDuals[i - 1]`), when the solve ended
    /// with an optimal LP (``GLPKSolveOptions/relaxationOnly``, or no integer column); empty
    /// otherwise. The reduced cost of a column is c_j − Σ_i a_ij · rowDuals[i − 1].
    public var rowDuals: [Double] = []

    /// Relative gap |objective − bound| / max(1e-10, |objective|), in percent; nil without both.
    public var gapPercent: Double? {
        guard let objective, let bound else { return nil }
        return 100 * abs(objective - bound) / max(1e-10, abs(objective))
    }
}

/// Options of one ``GLPKProblem/solve(_:)`` call.
public struct GLPKSolveOptions {
    /// Wall-clock limit for simplex plus branch and bound, in seconds; nil = none.
    public var timeLimit: Double?
    /// Relative MIP gap at which the search stops (0 = prove optimality).
    public var relativeGap: Double
    /// Print GLPK's log on the terminal.
    public var verbose: Bool
    /// Polled in the branch-and-bound callback; true ends the search (the incumbent is kept).
    public var shouldStop: (() -> Bool)?
    /// A starting incumbent, one value per column (0-based). Checked against bounds, integrality
    /// and rows before GLPK sees it (GLPK trusts it blindly).
    public var start: [Double]?
    /// Solve only the LP relaxation (integer columns treated as continuous).
    public var relaxationOnly: Bool
    /// Work limits, deterministic where the wall clock is not: simplex iterations of the root
    /// LP (`glp_smcp.it_lim`) and branch-and-bound nodes selected (counted in the callback);
    /// nil = none.
    public var simplexIterationLimit: Int?
    public var nodeLimit: Int?
    /// The dual simplex for the LP (`glp_smcp.meth = GLP_DUALP`: dual, primal where the dual
    /// fails); it goes on from the last basis after bounds were changed without a phase 1.
    public var dualSimplex = false
    /// GLPK's clique cuts (`glp_iocp.clq_cuts`) in branch and bound.
    public var cliqueCuts = false

    public init(timeLimit: Double? = nil, relativeGap: Double = 0, verbose: Bool = false,
                shouldStop: (() -> Bool)? = nil, start: [Double]? = nil, relaxationOnly: Bool = false) {
        self.relaxationOnly = relaxationOnly
        self.timeLimit = timeLimit
        self.relativeGap = relativeGap
        self.verbose = verbose
        self.shouldStop = shouldStop
        self.start = start
    }
}
