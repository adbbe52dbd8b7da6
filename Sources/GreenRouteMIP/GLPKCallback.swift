import CGLPK
import Foundation

/// State shared with GLPK's branch-and-bound callback (`glp_iocp.cb_func`) through
/// `cb_info` as an unretained pointer; the owner keeps it alive for the whole `glp_intopt`.
final class GLPKCallbackContext {
    let shouldStop: (() -> Bool)?
    /// A validated incumbent, 0-based per column; handed over once at the first `GLP_IHEUR`.
    var start: [Double]?
    /// Whether GLPK accepted the start.
    var startAccepted = false
    /// The best bound of the open nodes, as last seen (minimisation: a lower bound).
    var bestBound: Double?
    /// True once the callback asked GLPK to terminate.
    var stopped = false

    init(shouldStop: (() -> Bool)?, start: [Double]?) {
        self.shouldStop = shouldStop
        self.start = start
    }

    /// Called by GLPK at every callback point of the search.
    func handle(_ tree: OpaquePointer) {
        let node = glp_ios_best_node(tree)
        if node > 0 { bestBound = glp_ios_node_bound(tree, node) }
        if glp_ios_reason(tree) == GLP_IHEUR, let start {
            self.start = nil
            var values = [Double](repeating: 0, count: start.count + 1)
            for (offset, value) in start.enumerated() { values[offset + 1] = value }
            startAccepted = glp_ios_heur_sol(tree, values) == 0
        }
        if !stopped, let shouldStop, shouldStop() {
            stopped = true
            glp_ios_terminate(tree)
        }
    }

    /// The C entry point stored in `glp_iocp.cb_func`.
    static let entryPoint: @convention(c) (OpaquePointer?, UnsafeMutableRawPointer?) -> Void = { tree, info in
        guard let tree, let info else { return }
        Unmanaged<GLPKCallbackContext>.fromOpaque(info).takeUnretainedValue().handle(tree)
    }
}
