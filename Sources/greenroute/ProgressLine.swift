import Foundation
import GreenRouteCore

/// A one-line progress display on standard error (only used when it is a terminal).
enum ProgressLine {
    /// Shows elapsed time as a bar against the time limit, iterations and the best plan so far.
    static func show(_ progress: SolverProgress, timeLimit: Double) {
        let width = 20
        let done = max(0, min(width, Int((progress.elapsed / max(timeLimit, 1e-9) * Double(width)).rounded())))
        let bar = "[" + String(repeating: "#", count: done) + String(repeating: ".", count: width - done) + "]"
        var text = "\r" + bar + String(format: " %5.1f/%.0f s  %9d it", progress.elapsed, timeLimit, progress.iterations)
        if let best = progress.best { text += "  best \(best.vehicles) veh  \(String(format2: best.distance))" }
        printError(text + "   ", terminator: "")
    }

    static func clear() { printError("\r\u{1B}[K", terminator: "") }
}

/// Set by Ctrl-C; solvers poll it and return their best plan.
final class InterruptFlag: @unchecked Sendable {
    nonisolated(unsafe) static var raised: sig_atomic_t = 0
    var isSet: Bool { InterruptFlag.raised != 0 }

    /// Installs the SIGINT handler (a second Ctrl-C ends the process at once).
    static func install() -> InterruptFlag {
        signal(SIGINT) { _ in
            if InterruptFlag.raised != 0 { _exit(130) }
            InterruptFlag.raised = 1
        }
        return InterruptFlag()
    }
}
