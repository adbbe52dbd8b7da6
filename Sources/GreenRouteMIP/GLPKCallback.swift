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
    /// Most nodes to select (``GLPKSolveOptions/nodeLimit``), nodes selected so far, and
    /// whether the limit ended the search.
    let nodeLimit: Int?
    private(set) var nodes = 0
    private(set) var reachedNodeLimit = false

    init(shouldStop: (() -> Bool)?, start: [Double]?, nodeLimit: Int? = nil) {
        self.shouldStop = shouldStop
        self.start = start
        self.nodeLimit = nodeLimit
    }

    /// Called by GLPK at every callback point of the search.
    func handle(_ tree: OpaquePointer) {
        let node = glp_ios_best_node(tree)
        if node > 0 { bestBound = glp_ios_node_bound(tree, node) }
        let reason = glp_ios_reason(tree)
        if reason == GLP_IHEUR, let start {
            self.start = nil
            var values = [Double](repeating: 0, count: start.count + 1)
            for (offset, value) in start.enumerated() { values[offset + 1] = value }
            startAccepted = glp_ios_heur_sol(tree, values) == 0
        }
        if reason == GLP_ISELECT {
            nodes += 1
            if !stopped, let nodeLimit, nodes > nodeLimit {
                stopped = true
                reachedNodeLimit = true
                glp_ios_terminate(tree)
            }
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
