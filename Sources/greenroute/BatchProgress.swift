import Foundation
import GreenRouteBatch
import GreenRouteCore

/// Progress of a batch on standard error: a live line on a terminal, plain log lines otherwise.
final class BatchProgress: @unchecked Sendable {
    let total: Int
    let terminal: Bool
    private var done = 0
    private let stopwatch = Stopwatch()

    init(total: Int, terminal: Bool) {
        self.total = total
        self.terminal = terminal
    }

    func finished(_ row: BatchRow) {
        done += 1
        let elapsed = stopwatch.seconds
        let left = done > 0 ? elapsed / Double(done) * Double(total - done) : 0
        var last = "\(row.instance) \(row.solver) s\(row.seed): \(row.status)"
        if let vehicles = row.vehicles, let distance = row.distance {
            last += " \(vehicles) veh \(String(format2: distance))"
        }
        if let valid = row.valid { last += valid ? " valid" : " INVALID" }
        if let gap = row.gapToReferencePercent { last += " gap \(String(format2: gap))%" }
        if !row.message.isEmpty && row.valid != true { last += " (\(row.message))" }
        let head = "[\(done)/\(total)] \(duration(elapsed)) elapsed, ~\(duration(left)) left"
        if terminal {
            printError("\r\u{1B}[K" + head + " | " + last, terminator: "")
        } else {
            printError(head + " | " + last)
        }
    }

    func end() {
        if terminal && done > 0 { printError("") }
    }

    func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 60 ? "\(s / 60)m\(String(format: "%02d", s % 60))s" : "\(s)s"
    }
}
