/// The search's measure of work, counted where it spends its time: route positions
/// simulated by ``RouteEvaluator`` (simulations and refreshes), insertion positions scanned
/// by ``InsertionFinder`` and moves evaluated by ``LocalSearch``. Unlike the clock, the count
/// is the same in every run of a seed, so budgets and schedules set in work make
/// time-limited runs reproducible (``HeuristicSolver/workPerSecond``).
final class WorkMeter {
    /// Route positions simulated.
    var positions = 0
    /// Route simulations (for the plan's notes).
    var simulations = 0
    /// Insertion positions scanned.
    var scanned = 0
    /// Local-search moves evaluated.
    var moves = 0
    /// Insertion candidates queued by ``InsertionFinder`` (positions and station variants).
    var queued = 0
    /// Routes scanned by ``InsertionFinder`` (one per route and customer to insert).
    var routeScans = 0
    /// Ruin & recreate steps.
    var recreates = 0

    /// The weighted sum, in units of one simulated position. The weights are a least-squares
    /// fit of the three counts to the time of 8-s runs on 24 benchmark files (E-VRPTW and
    /// Solomon, 15 to 100 customers; release build, two runs at a time on the 2-core
    /// benchmark machine): a scanned position costs about 3 simulated ones, a move 15. The
    /// fit's time prediction was within −18 % and +15 % of the clock on every file.
    var work: Int { positions &+ 3 &* scanned &+ 15 &* moves }

    /// Every count, for the plan's notes.
    var counts: String {
        "\(simulations) route simulations, \(positions) positions, \(scanned) scanned, \(moves) moves, "
            + "\(queued) queued, \(routeScans) route scans, \(recreates) recreates"
    }

    /// Adds the counts of a phase that ran with its own meter.
    func add(_ other: WorkMeter) {
        positions &+= other.positions
        simulations &+= other.simulations
        scanned &+= other.scanned
        moves &+= other.moves
        queued &+= other.queued
        routeScans &+= other.routeScans
        recreates &+= other.recreates
    }
}
