import GreenRouteCore

/// A diving heuristic for a set-partitioning problem in GLPK: solve the LP relaxation, fix the
/// fractional column with the largest value to 1, solve again, until the LP's answer is 0/1.
///
/// Why: on the hybrid's tight files GLPK's branch and bound spends a call's seconds at the
/// root (LP, clique cuts) and rarely reaches a node that improves the incumbent (r110_21,
/// seed 1, 60 s: 3 active nodes when the first call's clock ran out). A dive goes straight down
/// from the LP's answer; each step is a warm-started dual simplex over the same basis, a few
/// hundred iterations, and the cover rows set every route that shares a customer with a fixed
/// one to 0 on their own.
///
/// - A dive that makes the LP infeasible, or no better than ``run(problem:cutoff:timeLimit:shouldStop:)``'s
///   cutoff, backtracks one step: the column it fixed last is fixed to 0 instead, and the dive
///   goes on. Every column fixed to 0 this way stays so for the rest of the dive.
/// - The dive ends with a 0/1 answer (or, with ``goesOnAfterAnswer``, the answer becomes the
///   cutoff and the dive backtracks from it), when it can backtrack no more, or after ``maxLPs`` LPs
///   (``simplexLimit`` iterations each: the same answer on every run when the clock does not end
///   it first); every column's bounds are restored afterwards, whatever they were.
struct PoolDive {
    /// Most LPs solved (the dive's work limit).
    var maxLPs = 60
    /// Simplex iterations per LP.
    var simplexLimit = 20_000
    /// After a 0/1 answer the dive goes on below the last fix with the answer as cutoff, while
    /// its work lasts; false: the first answer ends it. Off: on ten large files (60 s, seed 1)
    /// going on found nothing more in the two calls whose dive answered (r110_21, r103_21) and
    /// took 18 and 31 LPs instead of 10 and 3.
    var goesOnAfterAnswer = false

    struct Outcome {
        /// The 0/1 answer (one value per column), when the dive found one below the cutoff.
        var values: [Double]?
        /// Its objective.
        var objective: Double?
        /// LPs solved and their simplex iterations.
        var lps = 0
        var iterations = 0
        /// 0/1 answers found, each below the one before.
        var answers = 0
        /// Columns fixed to 1 and to 0 on the way.
        var fixedToOne = 0
        var fixedToZero = 0
        var seconds = 0.0

        /// For the plan's notes, e.g. "dive 1149.00 in 10 LPs (8 fixed, 1 backtrack), 0.70 s".
        var note: String {
            let what = objective.map { "dive \(String(format2: $0))" + (answers > 1 ? " (\(answers) answers)" : "") }
                ?? "dive found nothing better"
            return what + " in \(lps) LPs (\(fixedToOne) fixed, \(fixedToZero) backtrack\(fixedToZero == 1 ? "" : "s")), "
                + "\(String(format2: seconds)) s"
        }
    }

    /// Dives over `problem`'s binary columns with its current rows, bounds and objective.
    ///
    /// - Parameters:
    ///   - cutoff: the objective a 0/1 answer must beat (the incumbent's); nil = none.
    ///   - timeLimit: seconds for the whole dive (a safety net for the work limits).
    func run(problem: GLPKProblem, cutoff initialCutoff: Double?, timeLimit: Double,
             shouldStop: (@Sendable () -> Bool)?) throws -> Outcome {
        let watch = Stopwatch()
        var cutoff = initialCutoff
        var outcome = Outcome()
        let columns = problem.columnCount
        // Columns fixed to 1, in order (the last is the one a backtrack undoes).
        var fixedOne: [Int] = []
        // The bounds every column fixed so far (to 1 or 0) had before the dive, restored at its end.
        var original: [Int: (lower: Double, upper: Double)] = [:]
        defer {
            for (column, bounds) in original.sorted(by: { $0.key < $1.key }) {
                try? problem.setColumnBounds(column, lower: bounds.lower, upper: bounds.upper)
            }
        }
        func fix(_ column: Int, to value: Double) throws {
            if original[column] == nil { original[column] = try problem.columnBounds(column) }
            try problem.setColumnBounds(column, lower: value, upper: value)
        }
        // Undoes the last fix to 1 by fixing its column to 0; false when there is none.
        func backtrack() throws -> Bool {
            guard let last = fixedOne.popLast() else { return false }
            try fix(last, to: 0)
            outcome.fixedToZero += 1
            return true
        }
        // The first LP (the relaxation the branch and bound would solve anyway) is not counted
        // in the dive's time; it runs by the primal simplex from the last basis, the dive's
        // steps by the dual simplex (fixing a column keeps the basis dual feasible).
        var deadline = timeLimit
        while outcome.lps < maxLPs, watch.seconds < deadline, !(shouldStop?() ?? false) {
            let first = outcome.lps == 0
            var options = GLPKSolveOptions(timeLimit: max(0.02, deadline - watch.seconds), relaxationOnly: true)
            options.simplexIterationLimit = simplexLimit
            options.dualSimplex = !first
            let lp = try problem.solve(options)
            outcome.lps += 1
            if first { deadline = watch.seconds + timeLimit }
            outcome.iterations += lp.simplexIterations
            guard lp.status == .optimal, let value = lp.objective, lp.values.count == columns else {
                // Infeasible below the fixes (or out of work): undo the last one.
                if lp.termination == .completed, try backtrack() { continue }
                break
            }
            if let cutoff, value >= cutoff - 1e-6 {
                if try backtrack() { continue }
                break
            }
            var pick: (column: Int, value: Double)?
            for offset in 0..<columns {
                let x = lp.values[offset]
                guard x > 1e-6, x < 1 - 1e-6 else { continue }
                if pick == nil || x > pick!.value { pick = (offset + 1, x) }
            }
            guard let pick else {
                outcome.values = lp.values.map { $0.rounded() }
                outcome.objective = value
                outcome.answers += 1
                cutoff = value
                if goesOnAfterAnswer, try backtrack() { continue }
                break
            }
            try fix(pick.column, to: 1)
            fixedOne.append(pick.column)
            outcome.fixedToOne += 1
        }
        outcome.seconds = watch.seconds
        return outcome
    }
}
