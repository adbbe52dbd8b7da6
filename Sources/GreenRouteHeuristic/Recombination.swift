import GreenRouteCore

/// How the search uses a ``RouteCombiner`` (`--solver hybrid`): the combiner and the pool
/// the search fills. The calls come after the search, in the ``FinishingPhase``.
public struct RecombinationSettings: Sendable {
    public var combiner: any RouteCombiner
    /// Most routes the pool keeps (see ``RoutePool`` for the admission rule).
    public var poolCapacity: Int
    /// The routes of a candidate solution enter the pool only when the candidate, scored
    /// without its absent customers, is within this many average arc lengths of the best
    /// solution's objective.
    public var admissionSlack: Double = 25
    /// Before each combiner call, exchange a few incumbent routes for pool routes over the
    /// same customers (``PoolExchange``; days without green station limits).
    public var exchange = true

    public init(combiner: any RouteCombiner, poolCapacity: Int = 30_000) {
        self.combiner = combiner
        self.poolCapacity = poolCapacity
    }
}

/// The pool and the call schedule of one run. Every answer is validated before the search
/// uses it: indices in range and distinct, every customer of the incumbent exactly once, no
/// more routes than the fleet, every route feasible when re-evaluated, and strictly better
/// than the incumbent; otherwise the incumbent stays and the note says why.
final class Recombination {
    let settings: RecombinationSettings
    let pool: RoutePool
    /// One line per call for the plan's notes: when, pool size, before → after, the combiner's note.
    private(set) var records: [String] = []
    /// With green station limits: the last valid answer of the final call, even when the
    /// search scores it no better (the search does not see other vans at a station; the
    /// answer respects supply and chargers per slot). The solver builds both plans and keeps
    /// the better one.
    private(set) var conflictFree: SearchState?
    /// The slot grid when the instance has green limits.
    let slots: StationSlots?

    init(settings: RecombinationSettings, instance: Instance) {
        self.settings = settings
        pool = RoutePool(capacity: settings.poolCapacity)
        slots = instance.hasGreenLimits ? StationSlots(instance) : nil
    }

    /// The records plus the pool's statistics, for the plan's notes.
    var notes: [String] {
        records + ["pool: \(pool.count) routes kept, \(pool.admitted) admitted of \(pool.offered) offered"]
    }

    /// Improves `best` by the pool's exchanges (``PoolExchange``, without green station
    /// limits), then calls the combiner on the pool with the result as incumbent; returns a
    /// better complete state, or nil. `isFinal`: the last call of the run. `timeShare`: the
    /// share of the run's remaining time the call may take, the exchange included (GLPK
    /// overruns its limit on large pools: a call given 4.75 s took up to 5.68 s).
    /// `runSeconds`: the run's clock, for the record.
    func run(_ context: SearchContext, from best: SearchState, isFinal: Bool, timeShare: Double,
             runSeconds: Double) -> SearchState? {
        let problem = context.problem
        guard best.absent.isEmpty, var incumbent = pool.indices(of: best.solution, problem: problem) else { return nil }
        let options = context.control.options
        let remaining = options.timeLimit - context.control.seconds
        // Under an iteration or work limit the call stops by counted work (simplex iterations,
        // branch-and-bound nodes), so the run is reproducible; the clock is only a safety net.
        let isWorkLimited = options.iterationLimit != nil || context.control.workLimit != nil
        guard timeShare * remaining > 0.01 else { return nil }
        // The pool's exchange neighbourhood first (no green limits: those need GLPK's rows).
        var line = "combine \(records.count + 1) at \(String(format2: runSeconds)) s (pool \(pool.count) routes): "
            + "\(best.solution.vehicles) vehicles, \(String(format2: best.solution.distance))"
        defer { records.append(line) }
        // The exchange's answer when it improved on `best`; the combiner then starts from it.
        var exchanged: SearchState?
        let exchangeWatch = Stopwatch()
        if slots == nil, context.objective != .cost, settings.exchange {
            if let outcome = PoolExchange().improve(incumbent, routes: pool.routes, nodeCount: problem.nodeCount,
                                                    fewerRoutesFirst: context.objective == .hierarchical,
                                                    shouldContinue: { exchangeWatch.seconds < timeShare * remaining }) {
                switch validated(outcome.selected, incumbent: best, context: context) {
                case .success(let state) where context.score(state) < context.score(best) - 1e-9:
                    exchanged = state
                    incumbent = outcome.selected
                    line += " → exchange \(state.solution.vehicles) vehicles, \(String(format2: state.solution.distance))"
                        + " (\(outcome.exchanges) exchange\(outcome.exchanges == 1 ? "" : "s"), \(outcome.work) tests, \(String(format2: exchangeWatch.seconds)) s)"
                case .success:
                    line += " → exchange no better"
                case .failure(let reason):
                    line += " → exchange rejected (\(reason.reason))"
                }
            } else {
                line += " → exchange found none"
            }
        }
        // The combiner's share of the time the exchange left.
        let limit = timeShare * (remaining - exchangeWatch.seconds)
        guard limit > 0.01 else { return exchanged }
        let start = exchanged ?? best
        if let slots { pool.prepareFootprints(problem.instance, vehicleType: problem.typeIndex, slots: slots) }
        var request = CombineRequest(instance: problem.instance, vehicleType: problem.typeIndex, routes: pool.routes,
                                     incumbent: incumbent, maxRoutes: context.maxRoutes, objective: context.objective,
                                     timeLimit: limit, verbose: options.verbose, shouldStop: options.shouldStop)
        request.slots = slots
        request.isFinal = isFinal
        request.isWorkLimited = isWorkLimited
        let answer = settings.combiner.combine(request)
        guard let selected = answer.selected else {
            line += " → unchanged; \(answer.note)"
            return exchanged
        }
        switch validated(selected, incumbent: start, context: context) {
        case .failure(let reason):
            line += " → rejected (\(reason)); \(answer.note)"
            return exchanged
        case .success(let state):
            if isFinal && slots != nil { conflictFree = state }
            guard context.score(state) < context.score(start) - 1e-9 else {
                line += " → no better; \(answer.note)"
                return exchanged
            }
            line += " → \(state.solution.vehicles) vehicles, \(String(format2: state.solution.distance)); \(answer.note)"
            return state
        }
    }

    private struct Rejection: Error { let reason: String }

    private func validated(_ selected: [Int], incumbent: SearchState,
                           context: SearchContext) -> Result<SearchState, Rejection> {
        let problem = context.problem
        let routes = pool.routes
        guard selected.allSatisfy({ routes.indices.contains($0) }) else { return .failure(Rejection(reason: "index out of range")) }
        guard Set(selected).count == selected.count else { return .failure(Rejection(reason: "a route chosen twice")) }
        guard selected.count <= context.maxRoutes else { return .failure(Rejection(reason: "more routes than the fleet")) }
        var served = [Int](repeating: 0, count: problem.nodeCount)
        for index in selected { for customer in routes[index].customers { served[customer] += 1 } }
        for customer in 1...max(1, problem.customerCount) where problem.isCustomer(customer) {
            let expected = incumbent.solution.routeOf[customer] >= 0 ? 1 : 0
            guard served[customer] == expected else {
                return .failure(Rejection(reason: "customer node \(customer) served \(served[customer]) times"))
            }
        }
        var solution = SearchSolution(nodeCount: problem.nodeCount)
        for index in selected {
            context.editor.openRoute(routes[index].sequence, in: &solution)
            guard solution.routes[solution.routes.count - 1].cost.isFeasible else {
                return .failure(Rejection(reason: "route \(index) infeasible"))
            }
        }
        return .success(SearchState(solution: solution, absent: []))
    }
}
