import GreenRouteCore

/// Budget, stopping and progress reporting of one run: the wall clock (checked on every
/// iteration), the optional iteration or work limit, `shouldStop`, and a progress call
/// about every half second.
final class SearchControl {
    let stopwatch = Stopwatch()
    let options: SolverOptions
    /// The work done so far (shared with the run's ``RouteEvaluator``).
    let meter = WorkMeter()
    /// Work budget (``WorkMeter/work``); nil = none. With one, the phases follow the work
    /// done rather than the clock, so a run is the same for a seed unless the time limit
    /// comes first.
    let workLimit: Int?
    private(set) var iterations = 0
    private var lastReport = 0.0
    private(set) var stopped = false

    init(options: SolverOptions, workLimit: Int? = nil) {
        self.options = options
        self.workLimit = workLimit
    }

    /// How far the run is, in [0, 1]: by iterations when an iteration limit is set (so runs
    /// are reproducible); with a work limit by work, unless the clock is far ahead (then the
    /// clock's share past ``clockLead`` of the time limit, rescaled to reach 1 at the limit,
    /// so that a slow machine still ends its schedule in time); otherwise by time.
    var fraction: Double {
        if let limit = options.iterationLimit { return min(1, Double(iterations) / Double(max(1, limit))) }
        let byClock = stopwatch.seconds / max(1e-9, options.timeLimit)
        guard let workLimit else { return min(1, byClock) }
        let byWork = Double(meter.work) / Double(max(1, workLimit))
        return min(1, max(byWork, (byClock - Self.clockLead) / (1 - Self.clockLead)))
    }

    /// Under a work limit the clock steers the schedule only past this share of the time
    /// limit, and only when the work is behind it. On the benchmark machine a run's work
    /// share stays ahead of its clock share, so the clock never steers there.
    static let clockLead = 0.3

    var seconds: Double { stopwatch.seconds }

    /// True while the work is within its limit and neither the time limit nor `shouldStop`
    /// ends the run (does not count an iteration; for long inner loops such as the local
    /// search).
    var hasTime: Bool {
        !stopped && !isOverWork && isWithinClock
    }

    /// True while neither the time limit nor `shouldStop` ends the run, whatever the work
    /// done (for a bounded polish after the budget is spent).
    var isWithinClock: Bool {
        stopwatch.seconds < options.timeLimit && !(options.shouldStop?() ?? false)
    }

    private var isOverWork: Bool {
        guard let workLimit else { return false }
        return meter.work >= workLimit
    }

    /// A control for a phase with a budget of its own: `share` of this run's iteration or work
    /// limit, stopped by the clock `timeLimit` seconds from now. `options`: this run's, with
    /// what the phase changes (objective, progress). Count it back with ``count(phase:)``.
    func phase(share: Double, timeLimit: Double, options: SolverOptions) -> SearchControl {
        var options = options
        options.timeLimit = timeLimit
        options.iterationLimit = self.options.iterationLimit.map { max(1, Int(share * Double($0))) }
        return SearchControl(options: options, workLimit: workLimit.map { max(1, Int(share * Double($0))) })
    }

    /// Counts the work and iterations of a finished phase against this run's budget.
    func count(phase: SearchControl) {
        meter.add(phase.meter)
        count(phase.iterations)
    }

    /// Counts iterations spent elsewhere (a phase with its own control) against this run's
    /// budget.
    func count(_ spent: Int) {
        iterations += spent
        if let limit = options.iterationLimit, iterations >= limit { stopped = true }
        if isOverWork { stopped = true }
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
