import GreenRouteCore
import GreenRouteHeuristic

/// Set partitioning over the heuristic's route pool, in GLPK (`--solver hybrid`).
///
/// Model (one GLPK problem per call, built and deleted on the calling thread):
/// - one binary column per pool route whose customers all belong to the incumbent; above
///   ``siftingThreshold`` such routes, only those ``PoolSifting`` selects (it may use half of
///   the call's time): the routes of the pool's LP relaxation and every route that a solution
///   better than the incumbent could use, up to its cap;
///   objective: its distance (hierarchical, distance) or fixedCost + costPerKm × distance (cost);
/// - `cover_<customer>`: Σ_{k ∋ i} x_k = 1 for each customer the incumbent serves;
/// - `vehicles`: ⌈LP minimum of Σ x⌉ ≤ Σ_k x_k ≤ the incumbent's count (hierarchical) or the fleet;
/// - with green station limits (``StationSlotRows``): per limited station and slot, the routes'
///   peak powers ≤ the slot's lowest supply and their charger use ≤ the chargers, each route
///   timed alone (its ``GreenRouteCore/ChargingFootprint``); an incumbent that breaks these
///   rows is no start, and the fleet (not its count) bounds the routes.
///
/// Hierarchical objective in stages: when the LP says fewer routes might do, an LP dive over
/// min Σ x looks for fewer routes than the incumbent (``vehicleDive``; without a start GLPK's
/// branch and bound, 60 % of the call's time); the count reached is then fixed and
/// the distance minimised: first by an LP dive (``PoolDive``, at most ``diveShare`` of the time
/// left), then by branch and bound from the best 0/1 vector known. The incumbent is always
/// a feasible start, so a call that runs out of time (LP relaxation or MIP) returns at worst
/// the incumbent's customer sets, each with the pool's shortest route for it.
/// A GLPK error comes back as a note (the heuristic keeps its plan), never as an abort.
public struct PoolPartitioning: RouteCombiner {
    /// Relative MIP gap at which GLPK may stop (0 = prove optimality over the pool).
    public var relativeGap: Double
    /// Above this many candidate columns the columns come from ``PoolSifting``; below, every
    /// candidate is a column.
    public var siftingThreshold: Int
    /// Per GLPK solve of a work-limited call (``GreenRouteHeuristic/CombineRequest/isWorkLimited``):
    /// simplex iterations of its LP and branch-and-bound nodes.
    public var workLimits = (simplex: 100_000, nodes: 100)
    /// GLPK's clique cuts in the MIP stages. On dumped models of the first call (8,000 columns,
    /// glpsol, 15–20 s, no start) they raised the bound from 1031 to 1056 on c107_21 and from
    /// 1404 to 1418 on r105_21; in the hybrid, r105_21's first call proved its incumbent
    /// optimal in 3.27 s instead of 9.21 s.
    public var cliqueCuts = true
    /// An LP dive (``PoolDive``) before the distance stage's branch and bound, with at most
    /// ``diveShare`` of the call's time left; a better 0/1 answer becomes GLPK's start.
    public var dive = true
    public var diveShare = 0.4
    /// With a start, the vehicle stage (fewer routes than the incumbent) by an LP dive over
    /// the route-count LP instead of GLPK's branch and bound, which in 7 of the 67 calls on the
    /// 40 large files (60 s, seed 1) ran past its 40 % of the call, found nothing, and left the
    /// distance stage 0.02 s. Without a start (green days whose incumbent breaks a station
    /// row) GLPK's branch and bound looks for any combination, with 60 % of the call.
    public var vehicleDive = true

    public init(relativeGap: Double = 0, siftingThreshold: Int = 8_000) {
        self.relativeGap = relativeGap
        self.siftingThreshold = siftingThreshold
    }

    public func combine(_ request: CombineRequest) -> CombineAnswer {
        defer { GLPKProblem.releaseThreadEnvironment() }
        do {
            return try solve(request)
        } catch {
            return CombineAnswer(selected: nil, note: "warning: GLPK failed (\(error)); the search keeps its solution")
        }
    }

    private func solve(_ request: CombineRequest) throws -> CombineAnswer {
        let watch = Stopwatch()
        let instance = request.instance
        var inIncumbent = [Bool](repeating: false, count: instance.nodeCount)
        for index in request.incumbent { for customer in request.routes[index].customers { inIncumbent[customer] = true } }
        // Columns: pool routes within the incumbent's customers; from a large pool, those sifting selects.
        let slots = request.slots
        let type = instance.vehicleTypes[request.vehicleType]
        func cost(_ distance: Double) -> Double {
            request.objective == .cost ? type.fixedCost + type.costPerKm * distance : distance
        }
        var columnRoute = request.routes.indices.filter { index in
            let route = request.routes[index]
            return route.customers.allSatisfy { inIncumbent[$0] } && (slots == nil || (route.isTimedAlone && route.footprint != nil))
        }
        var sifted = ""
        if columnRoute.count > siftingThreshold {
            let outcome = try sift(columnRoute, request: request, costs: columnRoute.map { cost(request.routes[$0].distance) },
                                   coverCustomers: instance.customerIndices.filter { inIncumbent[$0] })
            columnRoute = outcome.selected.map { columnRoute[$0] }
            sifted = outcome.note + "; "
        }
        var columnOf = [Int](repeating: 0, count: request.routes.count)
        for (offset, index) in columnRoute.enumerated() { columnOf[index] = offset + 1 }
        let problem = GLPKProblem(name: "pool_\(instance.name)")
        var byCustomer = [[(column: Int, value: Double)]](repeating: [], count: instance.nodeCount)
        var distances: [Double] = []
        for (offset, index) in columnRoute.enumerated() {
            let route = request.routes[index]
            try problem.addColumn(name: "p\(index)", kind: .binary)
            distances.append(route.distance)
            for customer in route.customers { byCustomer[customer].append((offset + 1, 1)) }
        }
        for customer in instance.customerIndices where inIncumbent[customer] {
            try problem.addRow(name: "cover_\(customer)", lower: 1, upper: 1, coefficients: byCustomer[customer])
        }
        var start: [Double]? = [Double](repeating: 0, count: columnRoute.count)
        for index in request.incumbent {
            if columnOf[index] > 0 { start?[columnOf[index] - 1] = 1 } else { start = nil }
        }
        var stationRows = 0
        if let slots {
            let rows = try StationSlotRows.add(to: problem, instance: instance, slots: slots,
                                               footprints: columnRoute.map { request.routes[$0].footprint! }, start: start)
            stationRows = rows.count
            if !rows.startIsFeasible { start = nil }
        }
        let incumbentCount = request.incumbent.count
        // With green limits the incumbent may break them: then more routes may be needed.
        let upper = Double(request.objective == .hierarchical && start != nil
                           ? min(incumbentCount, request.maxRoutes) : request.maxRoutes)
        let vehicleRow = try problem.addRow(name: "vehicles", lower: 0, upper: upper,
                                            coefficients: columnRoute.indices.map { (column: $0 + 1, value: 1.0) })
        func options(_ share: Double, start: [Double]?, relaxation: Bool = false) -> GLPKSolveOptions {
            let left = max(0.02, request.timeLimit - watch.seconds)
            var options = GLPKSolveOptions(timeLimit: max(0.02, (request.isWorkLimited ? 1 : share) * left),
                                           relativeGap: relativeGap, verbose: request.verbose,
                                           shouldStop: request.shouldStop, start: start, relaxationOnly: relaxation)
            if request.isWorkLimited { (options.simplexIterationLimit, options.nodeLimit) = (workLimits.simplex, workLimits.nodes) }
            options.cliqueCuts = cliqueCuts
            return options
        }
        // Simplex iterations of this call's solves (sifting excluded), for the note: unlike
        // the seconds, the same on every run.
        var iterations = 0
        func solve(_ options: GLPKSolveOptions) throws -> GLPKSolution {
            let solution = try problem.solve(options)
            iterations += solution.simplexIterations
            return solution
        }
        // A ``PoolDive`` over the problem as it stands, with its share of the time left.
        func runDive(cutoff: Double) throws -> PoolDive.Outcome {
            var diver = PoolDive()
            if !request.isWorkLimited { diver.simplexLimit = .max }
            let left = max(0.02, request.timeLimit - watch.seconds)
            let outcome = try diver.run(problem: problem, cutoff: cutoff, timeLimit: diveShare * left,
                                        shouldStop: request.shouldStop)
            iterations += outcome.iterations
            return outcome
        }
        // The pool routes a 0/1 vector over the columns selects.
        func routes(_ values: [Double]) -> [Int] { values.indices.filter { values[$0] > 0.5 }.map { columnRoute[$0] } }
        let startAnswer = "the start with the pool's shortest routes"
        // Stage 1: the fewest routes the LP allows; fewer vehicles first when it might help.
        try problem.setObjective([Double](repeating: 1, count: columnRoute.count))
        let relaxation = try solve(options(1, start: nil, relaxation: true))
        guard relaxation.status == .optimal, let lpRoutes = relaxation.objective else {
            let note = sifted + "LP relaxation \(relaxation.status.rawValue) after \(String(format2: watch.seconds)) s"
            // The start can still beat the incumbent: the pool keeps the shortest route per customer set.
            guard let start else { return CombineAnswer(selected: nil, note: note) }
            return CombineAnswer(selected: routes(start), note: note + "; " + startAnswer)
        }
        let fewest = (lpRoutes - 1e-6).rounded(.up)
        var best = start
        var fromVehicleStage = false
        var stages = sifted + "LP routes ≥ \(Int(fewest))" + (slots == nil ? "" : ", \(stationRows) station rows"
                                                     + (start == nil ? ", incumbent breaks them" : ""))
        if request.objective == .hierarchical && (fewest < upper && (start == nil || fewest < Double(incumbentCount))) {
            try problem.setRowBounds(vehicleRow, lower: fewest, upper: upper)
            if start != nil && vehicleDive {
                // A dive over the route-count LP (its objective is still Σ x): an answer with
                // fewer routes than the incumbent, or nothing.
                let outcome = try runDive(cutoff: Double(incumbentCount - 1) + 1e-5)
                stages += ", vehicle stage: " + outcome.note
                if let values = outcome.values {
                    best = values
                    fromVehicleStage = true
                    stages += ", \(Int(values.reduce(0, +))) routes suffice"
                }
            } else {
                let vehicles = try solve(options(start == nil ? 0.6 : 0.4, start: start))
                if let count = vehicles.objective, !vehicles.values.isEmpty,
                   start == nil || count.rounded() < Double(incumbentCount) {
                    best = vehicles.values.map { $0.rounded() }
                    fromVehicleStage = true
                    stages += ", \(Int(count.rounded())) routes suffice"
                }
            }
        }
        guard let chosen = best else {
            return CombineAnswer(selected: nil, note: "no station-feasible combination found in "
                                 + "\(String(format2: watch.seconds)) s (\(stages))")
        }
        let count = chosen.reduce(0, +)
        if request.objective == .hierarchical {
            try problem.setRowBounds(vehicleRow, lower: count, upper: count)
        } else {
            try problem.setRowBounds(vehicleRow, lower: fewest, upper: upper)
        }
        try problem.setObjective(distances.map(cost))
        var mipStart = chosen
        var fromDive = false
        if dive {
            let outcome = try runDive(cutoff: zip(chosen, distances).reduce(0) { $0 + $1.0 * cost($1.1) })
            stages += ", " + outcome.note
            if let values = outcome.values { (mipStart, fromDive) = (values, true) }
        }
        let final = try solve(options(1, start: mipStart))
        let values = final.values.isEmpty ? mipStart : final.values.map { $0.rounded() }
        let gap = final.gapPercent.map { ", gap \(String(format2: $0)) %" } ?? ""
        // Without an answer from the distance stage its start is returned: the vehicle stage's
        // answer, or the incumbent's customer sets, which can still be shorter than the
        // incumbent because the pool keeps the shortest route per customer set.
        let outcome = final.values.isEmpty
            ? "GLPK ended without a solution (\(final.termination.phrase)), "
                + (fromDive ? "the dive's answer," : fromVehicleStage ? "the vehicle stage's answer," : startAnswer + ",")
            : "GLPK \(final.status.rawValue)"
                + (final.status == .feasible ? " (\(final.termination.phrase))" : "")
        return CombineAnswer(selected: routes(values),
                             note: "\(outcome) over \(columnRoute.count) columns, \(iterations) simplex iterations, "
                                + "in \(String(format2: watch.seconds)) s (\(stages)\(gap))")
    }

    /// ``PoolSifting`` over the candidate routes (pool indices) with half of the call's time
    /// (work-limited calls: 30 pricing rounds per stage).
    private func sift(_ columnRoute: [Int], request: CombineRequest, costs: [Double],
                      coverCustomers: [Int]) throws -> PoolSifting.Outcome {
        let incumbentSet = Set(request.incumbent)
        var incumbent: [Int]? = columnRoute.indices.filter { incumbentSet.contains(columnRoute[$0]) }
        if incumbent?.count != request.incumbent.count { incumbent = nil }
        let candidates = PoolSifting.Candidates(
            customers: columnRoute.map { request.routes[$0].customers },
            footprints: request.slots == nil ? nil : columnRoute.map { request.routes[$0].footprint! },
            coverCustomers: coverCustomers, maxRoutes: Double(request.maxRoutes), incumbent: incumbent)
        var sifting = PoolSifting()
        if request.isWorkLimited { sifting.workLimits = (rounds: 30, simplex: workLimits.simplex) }
        return try sifting.select(candidates, costs: costs, hierarchical: request.objective == .hierarchical,
                                  instance: request.instance, slots: request.slots,
                                  timeLimit: 0.5 * request.timeLimit, shouldStop: request.shouldStop)
    }
}

/// `--solver hybrid`: the heuristic's search, step for step, filling a route pool; then set
/// partitioning over the pool in GLPK (``PoolPartitioning``) before and after a finishing
/// annealing (`FinishingPhase`), so the plan is never worse than the heuristic's for the
/// same seed and limit. The plan's notes record every call (before → after).
public struct HybridSolver: RoutingSolver {
    public let name = "hybrid"
    public var settings: RecombinationSettings

    public init(settings: RecombinationSettings = RecombinationSettings(combiner: PoolPartitioning())) {
        self.settings = settings
    }

    public func solve(_ instance: Instance, options: SolverOptions) -> Plan {
        var heuristic = HeuristicSolver()
        heuristic.recombination = settings
        return heuristic.solve(instance, options: options)
    }
}
