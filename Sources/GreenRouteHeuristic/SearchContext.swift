import GreenRouteCore

/// A solution together with the customers it leaves out.
struct SearchState {
    var solution: SearchSolution
    var absent: [Int]

    /// "vehicles/distance", for the plan's notes.
    var summary: String { "\(solution.vehicles)/\(String(format2: solution.distance))" }
}

/// Everything the search phases share: the problem, evaluation, insertion, ruin and
/// recreate, the random generator, the budget and the objective as one scalar.
final class SearchContext {
    let problem: SearchProblem
    let evaluator: RouteEvaluator
    let finder: InsertionFinder
    let editor: SolutionEditor
    let recreate: GreedyRecreate
    var ruin = StringRemoval()
    let stationRelocate = StationRelocate()
    let moveContext: MoveContext
    let control: SearchControl
    let objective: Objective
    /// Most routes the fleet allows.
    let maxRoutes: Int
    var random: SeededGenerator
    private let vehicleWeight: Double
    private let absentWeight: Double
    private let fixedCost: Double
    private let costPerKm: Double
    /// Best state seen (by ``score(_:)``).
    var best: SearchState?
    var bestScore = Double.infinity
    /// Notes for the plan (phase results).
    var notes: [String] = []
    /// The route pool and combiner calls (`--solver hybrid`); nil for the plain heuristic.
    var recombination: Recombination?

    init(problem: SearchProblem, options: SolverOptions, control: SearchControl, maxRoutes: Int) {
        self.problem = problem
        evaluator = RouteEvaluator(problem: problem, meter: control.meter)
        finder = InsertionFinder(problem: problem, evaluator: evaluator)
        editor = SolutionEditor(problem: problem, evaluator: evaluator)
        let solos = SoloRoutes.compute(problem: problem, evaluator: evaluator)
        let soloEvaluator = evaluator
        let soloDistances = solos.map { solo -> Double in
            guard let solo else { return .infinity }
            return soloEvaluator.evaluate([0] + solo + [0]).distance
        }
        var recreate = GreedyRecreate(problem: problem, finder: finder, editor: editor, soloRoutes: solos,
                                      soloDistances: soloDistances)
        let type = problem.instance.vehicleTypes[problem.typeIndex]
        switch options.objective {
        case .hierarchical: recreate.routeOpeningCost = .infinity
        case .distance: recreate.routeOpeningCost = 0
        case .cost:
            recreate.routeOpeningCost = type.costPerKm > 0 ? type.fixedCost / type.costPerKm
                : (type.fixedCost > 0 ? .infinity : 0)
        }
        self.recreate = recreate
        self.control = control
        moveContext = MoveContext(problem: problem, evaluator: evaluator, weights: PenaltyWeights(load: 1, timeWarp: 1, battery: 1))
        objective = options.objective
        self.maxRoutes = maxRoutes
        random = SeededGenerator(seed: options.seed)
        vehicleWeight = problem.instance.hierarchicalVehicleWeight
        absentWeight = vehicleWeight * Double(problem.customerCount + 2)
        fixedCost = type.fixedCost
        costPerKm = type.costPerKm
    }

    /// The objective as one number to minimise; absent customers dominate everything.
    func score(_ state: SearchState) -> Double {
        Double(state.absent.count) * absentWeight + score(of: state.solution)
    }

    /// The objective of the routes alone (whoever is absent is not priced).
    func score(of solution: SearchSolution) -> Double {
        switch objective {
        case .hierarchical: return Double(solution.vehicles) * vehicleWeight + solution.distance
        case .distance: return solution.distance
        case .cost: return fixedCost * Double(solution.vehicles) + costPerKm * solution.distance + 1e-6 * solution.distance
        }
    }

    /// The score with a finite price per absent customer (for the annealing's exploration).
    func score(_ state: SearchState, absentPrice: Double) -> Double {
        score(state) - Double(state.absent.count) * (absentWeight - absentPrice)
    }

    /// The greedy construction: `customers` inserted into an empty solution (at most
    /// ``maxRoutes`` routes), recorded as this context's best when it is; `random` is the
    /// caller's stream.
    func construct(_ customers: [Int], random: inout SeededGenerator) -> SearchState {
        var state = SearchState(solution: SearchSolution(nodeCount: problem.nodeCount), absent: [])
        state.absent = recreate.insert(customers, into: &state.solution, maxRoutes: maxRoutes, random: &random)
        offer(state)
        return state
    }

    /// Records a state if it beats the best so far.
    @discardableResult
    func offer(_ state: SearchState) -> Bool {
        let value = score(state)
        guard value < bestScore - 1e-9 else { return false }
        best = state
        bestScore = value
        return true
    }

    /// The best state's value for progress reports.
    func bestValue() -> ObjectiveValue? {
        guard let best else { return nil }
        return ObjectiveValue(vehicles: best.solution.vehicles, distance: best.solution.distance,
                              cost: fixedCost * Double(best.solution.vehicles) + costPerKm * best.solution.distance)
    }

    /// One ruin & recreate step applied to a copy of `state`.
    func ruinAndRecreate(_ state: SearchState, maxRoutes routeLimit: Int) -> SearchState {
        var next = state
        evaluator.meter.recreates &+= 1
        let removed = ruin.select(in: next.solution, problem: problem, random: &random)
        editor.remove(removed, from: &next.solution)
        next.absent = recreate.insert(state.absent + removed, into: &next.solution, maxRoutes: routeLimit,
                                      random: &random)
        polishStations(&next.solution)
        return next
    }

    /// Improves the station visits of every route changed since the last polish.
    func polishStations(_ solution: inout SearchSolution) {
        guard problem.hasBattery && !problem.stations.isEmpty else { return }
        for r in solution.routes.indices where solution.routes[r].changed {
            var rounds = 0
            while rounds < 4, let move = stationRelocate.evaluate(route: r, in: solution, context: moveContext) {
                move.apply(to: &solution, context: moveContext)
                rounds += 1
            }
            if r < solution.routes.count { solution.routes[r].changed = false }
        }
    }

    /// Continue the run? (counts an iteration)
    func step() -> Bool {
        control.step { self.bestValue() }
    }
}
