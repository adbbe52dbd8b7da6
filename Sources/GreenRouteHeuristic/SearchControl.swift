import GreenRouteCore

/// Budget, stopping and progress reporting of one run: the wall clock (checked on every
/// iteration), the optional iteration limit, `shouldStop`, and a progress call about every
/// half second.
final class SearchControl {
    let stopwatch = Stopwatch()
    let options: SolverOptions
    private(set) var iterations = 0
    private var lastReport = 0.0
    private(set) var stopped = false

    init(options: SolverOptions) {
        self.options = options
    }

    /// How far the run is, in [0, 1]: by iterations when an iteration limit is set (so runs
    /// are reproducible), otherwise by time.
    var fraction: Double {
        if let limit = options.iterationLimit { return min(1, Double(iterations) / Double(max(1, limit))) }
        return min(1, stopwatch.seconds / max(1e-9, options.timeLimit))
    }

    var seconds: Double { stopwatch.seconds }

    /// True while neither the time limit nor `shouldStop` ends the run (does not count an
    /// iteration; for long inner loops such as the local search).
    var hasTime: Bool {
        !stopped && stopwatch.seconds < options.timeLimit && !(options.shouldStop?() ?? false)
    }

    /// Counts iterations spent elsewhere (a phase with its own control) against this run's
    /// budget.
    func count(_ spent: Int) {
        iterations += spent
        if let limit = options.iterationLimit, iterations >= limit { stopped = true }
    }

    /// Counts one iteration; false when the run must stop.
    func step(best: () -> ObjectiveValue?) -> Bool {
        guard !stopped else { return false }
        count(1)
        let now = stopwatch.seconds
        if now >= options.timeLimit { stopped = true }
        if let shouldStop = options.shouldStop, shouldStop() { stopped = true }
        if let progress = options.progress, now - lastReport >= 0.5 || stopped {
            lastReport = now
            progress(SolverProgress(elapsed: now, iterations: iterations, best: best()))
        }
        return !stopped
    }
}
