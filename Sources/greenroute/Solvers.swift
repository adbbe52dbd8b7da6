import GreenRouteCore
import GreenRouteHeuristic
import GreenRouteMIP

/// The solvers the command line offers, by name.
enum SolverChoice: String, CaseIterable {
    case auto, heuristic, hybrid, mip, baseline

    /// The solver; `dumpModelPath` is where the MIP writes its GLPK model (CPLEX LP format).
    func solver(dumpModelPath: String? = nil) -> any RoutingSolver {
        switch self {
        case .baseline: return BaselineSolver()
        case .heuristic: return HeuristicSolver()
        case .hybrid: return HybridSolver()
        case .mip: return WarmStartedMIPSolver(dumpModelPath: dumpModelPath)
        case .auto: return AutoSolver(dumpModelPath: dumpModelPath)
        }
    }
}
