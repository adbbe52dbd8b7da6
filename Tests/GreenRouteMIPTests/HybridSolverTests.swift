import GreenRouteCheck
import GreenRouteCore
import GreenRouteHeuristic
import GreenRouteIO
import Testing
@testable import GreenRouteMIP

/// `--solver hybrid`: set partitioning over the heuristic's pool, and the validation of every
/// combiner answer before the search uses it.
@Suite struct HybridSolverTests {
    /// A combiner that answers whatever it is told to (to test the validation).
    struct ScriptedCombiner: RouteCombiner {
        let answer: @Sendable (CombineRequest) -> [Int]?
        func combine(_ request: CombineRequest) -> CombineAnswer {
            CombineAnswer(selected: answer(request), note: "scripted")
        }
    }

    static let options = SolverOptions(timeLimit: 30, seed: 1, iterationLimit: 3000)

    @Test(arguments: ["c101C10", "r102C10", "rc108C10"])
    func hybridPlansPassTheCheckerAndReachTheReference(name: String) throws {
        let instance = try ShippedInstances.evrptw(name)
        let reference = try #require(try ShippedInstances.references()[name])
        let plan = HybridSolver().solve(instance, options: Self.options)
        #expect(plan.solver == "hybrid")
        #expect(plan.status == .feasible)
        #expect(plan.vehicles == reference.vehicles)
        #expect(plan.distance <= reference.distance + 0.005)
        #expect(plan.notes.contains { $0.hasPrefix("combine 1 at") && $0.contains("GLPK") }, "\(plan.notes)")
        // The heuristic's raced chains run inside the hybrid; two calls in the finish: before
        // and after its annealing.
        #expect(plan.notes.contains { $0.hasPrefix("annealing: chain") }, "\(plan.notes)")
        #expect(plan.notes.filter { $0.hasPrefix("combine ") }.count == 2, "\(plan.notes)")
        // The search's 3000 iterations, then the finish's quarter of them.
        #expect(plan.notes.contains("iterations: 3750"), "\(plan.notes)")
        let report = PlanChecker(instance: instance).check(plan)
        #expect(report.isValid, "\(report)")
    }

    /// The hybrid runs the heuristic's search step for step (the pool only listens), so its
    /// finish starts from the heuristic's answer and its plan is never worse.
    @Test(arguments: ["r105C15", "c103C15"])
    func hybridStartsItsFinishFromTheHeuristicsAnswer(name: String) throws {
        let instance = try ShippedInstances.evrptw(name)
        let options = SolverOptions(timeLimit: 30, seed: 4, iterationLimit: 2000)
        let heuristic = HeuristicSolver().solve(instance, options: options)
        let hybrid = HybridSolver().solve(instance, options: options)
        #expect(PlanChecker(instance: instance).check(hybrid).isValid)
        let start = "finish: \(heuristic.vehicles)/\(String(format2: heuristic.distance)) → "
        #expect(hybrid.notes.contains { $0.hasPrefix(start) }, "\(hybrid.notes)")
        #expect(hybrid.vehicles < heuristic.vehicles
                || (hybrid.vehicles == heuristic.vehicles && hybrid.distance <= heuristic.distance + 1e-6))
    }

    @Test(arguments: ["duplicate", "missing", "outOfRange", "nothing"])
    func badAnswersAreRejectedAndThePlanStaysValid(kind: String) throws {
        let instance = try ShippedInstances.evrptw("r102C10")
        let combiner = ScriptedCombiner { request in
            switch kind {
            case "duplicate": return request.incumbent + [request.incumbent[0]]
            case "missing": return Array(request.incumbent.dropFirst())
            case "outOfRange": return [request.routes.count + 7]
            default: return nil
            }
        }
        var solver = HeuristicSolver()
        solver.recombination = RecombinationSettings(combiner: combiner)
        let plan = solver.solve(instance, options: Self.options)
        let record = try #require(plan.notes.first { $0.hasPrefix("combine 1") })
        #expect(record.contains(kind == "nothing" ? "unchanged" : "rejected"), "\(record)")
        #expect(plan.status == .feasible)
        #expect(PlanChecker(instance: instance).check(plan).isValid)
    }

    /// `RecombinationSettings.exchange`: on, the calls try the pool exchange before the
    /// combiner (their notes say what it did); off, they go straight to the combiner.
    @Test func theExchangeRunsOnlyWhenSwitchedOn() throws {
        var exchangeNotes = 0
        for name in ["r102C10", "c101C10", "rc108C10"] {
            let instance = try ShippedInstances.evrptw(name)
            for exchange in [true, false] {
                var settings = RecombinationSettings(combiner: ScriptedCombiner { _ in nil })
                settings.exchange = exchange
                var solver = HeuristicSolver()
                solver.recombination = settings
                let plan = solver.solve(instance, options: Self.options)
                #expect(PlanChecker(instance: instance).check(plan).isValid)
                let calls = plan.notes.filter { $0.hasPrefix("combine ") }
                #expect(calls.count == 2, "\(plan.notes)")
                let mentions = calls.filter { $0.contains("exchange") }.count
                if exchange { exchangeNotes += mentions } else { #expect(mentions == 0, "\(calls)") }
            }
        }
        // Switched on, the exchange shows in the notes of some call (else the test tells nothing).
        #expect(exchangeNotes > 0)
    }

    @Test func partitioningPicksTheBestCombinationAndFewerVehiclesFirst() throws {
        // Pool for r104C5: one solo route per customer (the incumbent) plus the optimal plan's
        // routes; the partitioning must return the optimal plan (fewer vehicles, then distance).
        let instance = try ShippedInstances.evrptw("r104C5")
        let optimal = MIPSolver().solve(instance, options: SolverOptions(timeLimit: 30))
        try #require(optimal.status == .optimal)
        var routes: [PoolRoute] = []
        for customer in instance.customerIndices {
            // Alone, or with one station before or after it.
            let candidates = [[customer]] + instance.stationIndices.flatMap { [[$0, customer], [customer, $0]] }
            let (sequence, solo) = try #require(candidates.lazy.compactMap { sequence in
                RouteTimetable.build(instance, vehicleType: 0, sequence: sequence).map { (sequence, $0) }
            }.first)
            routes.append(PoolRoute(sequence: sequence, customers: [customer], distance: solo.distance))
        }
        let incumbent = Array(routes.indices)
        for route in optimal.routes {
            let sequence = try route.stops.dropFirst().dropLast().map { try #require(instance.nodeIndex(of: $0.node)) }
            routes.append(PoolRoute(sequence: sequence, customers: sequence.filter { instance.isCustomer($0) }.sorted(),
                                    distance: route.distance))
        }
        let request = CombineRequest(instance: instance, vehicleType: 0, routes: routes, incumbent: incumbent,
                                     maxRoutes: 10, objective: .hierarchical, timeLimit: 10)
        let answer = PoolPartitioning().combine(request)
        let selected = try #require(answer.selected)
        #expect(selected.count == optimal.vehicles)
        let distance = selected.reduce(0) { $0 + routes[$1].distance }
        #expect(abs(distance - optimal.distance) < 1e-6)
        #expect(answer.note.contains("optimal"))
        #expect(!answer.note.contains("limit)"), "an optimal call names no limit: \(answer.note)")
    }

    @Test func aCallThatStopsEarlyNamesTheLimitThatStoppedIt() {
        // Only a call ended by its node or simplex limit is reproducible; the note must tell
        // it from one ended by the clock.
        let terminations: [GLPKTermination] = [.timeLimit, .workLimit, .stopRequested, .gapReached, .completed, .failed]
        let reasons = terminations.map(\.phrase)
        #expect(Set(reasons).count == terminations.count, "\(reasons)")
        #expect(GLPKTermination.timeLimit.phrase.contains("time limit"))
        #expect(GLPKTermination.workLimit.phrase.contains("node or simplex limit"))
    }
}

/// The hybrid on a green day: station supply and chargers per slot are rows of the partitioning.
@Suite struct HybridGreenTests {
    @Test func greenDayPlanPassesTheCheckerWithStationRows() throws {
        let path = ShippedInstances.root.appendingPathComponent("Instances/green/sofia-5-summer.json").path
        let instance = try InstanceReader.read(path: path)
        try #require(instance.hasGreenLimits)
        let plan = HybridSolver().solve(instance, options: SolverOptions(timeLimit: 30, seed: 1, iterationLimit: 2000))
        #expect(plan.status == .feasible)
        #expect(plan.unassigned.isEmpty)
        let report = PlanChecker(instance: instance).check(plan)
        #expect(report.isValid, "\(report)")
        let calls = plan.notes.filter { $0.hasPrefix("combine") }
        #expect(calls.count == 2, "\(plan.notes)")  // when the race ends and after the annealing
        #expect(calls.contains { $0.contains("station rows") }, "\(calls)")
    }
}
