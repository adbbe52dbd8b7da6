import Foundation
import GreenRouteCore

/// The exact solver: route enumeration by labelling (``RouteEnumerator``), then set
/// partitioning over the routes in GLPK (``SetPartitioningModel``).
///
/// Status `optimal` only when the enumeration finished, its station paths were exact, and GLPK
/// proved every stage optimal within the time limit. An enumeration cut short by the time
/// limit still gives a feasible plan from the routes found so far (or the starting plan).
/// Every returned route is timed by Core's ``RouteTimetable``.
///
/// Threading: GLPK runs on the calling thread, start to end, inside ``solve(_:options:)``
/// (no `await`); the thread's GLPK environment is freed before returning.
public struct MIPSolver: RoutingSolver {
    public let name = "mip"
    /// A plan (for example the heuristic's) handed to GLPK as the first incumbent after checking.
    public var start: Plan?
    /// Where to write the final GLPK model in CPLEX LP format (`--dump-model`), if anywhere.
    public var dumpModelPath: String?
    /// Relative MIP gap at which GLPK may stop (0 = prove optimality).
    public var relativeGap: Double
    /// Use ``SubsetPartition`` (≤ 18 customers) for GLPK's incumbent and safe column elimination.
    public var useSubsetDP: Bool
    /// With the subset DP: also drop the columns it proves non-optimal. Off by default, so that
    /// GLPK proves optimality over every enumerated route (with the DP's incumbent it needed
    /// ≤ 0.14 s on the 15-customer files); turn on when GLPK struggles to close the gap.
    public var eliminateColumns = false

    public init(start: Plan? = nil, dumpModelPath: String? = nil, relativeGap: Double = 0, useSubsetDP: Bool = true) {
        self.start = start
        self.dumpModelPath = dumpModelPath
        self.relativeGap = relativeGap
        self.useSubsetDP = useSubsetDP
    }

    /// Statistics of the last phases, also written into the plan's notes.
    public struct Statistics: Sendable {
        public var enumerationSeconds = 0.0
        public var routes = 0
        public var labels = 0
        public var glpkSeconds = 0.0
        public var enumerationComplete = false
        /// Seconds of the subset DP and the columns it left for GLPK (nil when not used).
        public var subsetSeconds = 0.0
        public var columnsAfterElimination: Int?
    }

    public func solve(_ instance: Instance, options: SolverOptions) -> Plan {
        solveWithStatistics(instance, options: options).plan
    }

    /// Solves and also returns the phase statistics (for benchmarks).
    public func solveWithStatistics(_ instance: Instance, options: SolverOptions) -> (plan: Plan, statistics: Statistics) {
        let watch = Stopwatch()
        var statistics = Statistics()
        // Every GLPK problem of this call is gone by then (they are locals of inner scopes).
        defer { GLPKProblem.releaseThreadEnvironment() }
        if instance.customers.count > CustomerSet.capacity {
            let note = "route enumeration supports at most \(CustomerSet.capacity) customers"
            return (fallback(instance, options: options, watch: watch, notes: [note]), statistics)
        }
        if instance.hasGreenLimits {
            return (solveGreen(instance, options: options, watch: watch, statistics: &statistics), statistics)
        }
        let cancelled: () -> Bool = { watch.seconds > options.timeLimit || options.shouldStop?() == true }
        let enumeration = RouteEnumerator(instance: instance, isCancelled: cancelled).run()
        statistics.enumerationSeconds = enumeration.seconds
        statistics.routes = enumeration.routes.count
        statistics.labels = enumeration.labels
        statistics.enumerationComplete = enumeration.isComplete
        options.progress?(SolverProgress(elapsed: watch.seconds, iterations: enumeration.labels, best: nil))
        var notes = ["enumeration: \(enumeration.routes.count) routes, \(enumeration.labels) labels, "
                     + "\(String(format2: enumeration.seconds)) s, " + (enumeration.isComplete ? "complete" : "cut short (time limit, stop request or label limit)")]
        if !enumeration.isExact {
            notes.append("partial recharge with unequal charging rates: station paths capped, optimality not claimed")
        }
        var columns = enumeration.routes
        var startVector = startVector(instance, routes: columns)
        if useSubsetDP && enumeration.isComplete {
            let subsetWatch = Stopwatch()
            if let subsets = SubsetPartition(instance: instance, routes: columns, objective: options.objective,
                                             isCancelled: cancelled), subsets.isFeasible {
                let optimal = Set(subsets.optimalRoutes())
                let kept = columns.indices.filter { 
                    optimal.contains($0) || !eliminateColumns || subsets.canBeOptimal(columns[$0], instance: instance)
                }
                startVector = kept.map { optimal.contains($0) ? 1 : 0 }
                columns = kept.map { columns[$0] }
                statistics.columnsAfterElimination = columns.count
                notes.append("subset DP: incumbent \(subsets.optimalVehicles) vehicles, value "
                             + "\(String(format2: subsets.optimalValue)); \(columns.count) of \(enumeration.routes.count) "
                             + "columns can be optimal")
            }
            statistics.subsetSeconds = subsetWatch.seconds
        }
        let outcome: SetPartitioningOutcome
        do {
            outcome = try solveSetPartitioning(instance, routes: columns, start: startVector, options: options,
                                               watch: watch, complete: enumeration.isComplete)
        } catch {
            return (Plan.empty(instance: instance, solver: name, status: .error, objective: options.objective,
                               seconds: watch.seconds, notes: notes + ["GLPK: \(error)"]), statistics)
        }
        statistics.glpkSeconds = outcome.glpkSeconds
        notes += outcome.notes + ["GLPK: \(String(format2: outcome.glpkSeconds)) s"]
        if outcome.status == .infeasible && enumeration.isComplete && enumeration.isExact {
            return (Plan.empty(instance: instance, solver: name, status: .infeasible, objective: options.objective,
                               seconds: watch.seconds, notes: notes), statistics)
        }
        let exactEnumeration = enumeration.isComplete && enumeration.isExact
        guard outcome.status == .optimal || outcome.status == .feasible,
              outcome.uncovered.isEmpty || exactEnumeration else {
            return (fallback(instance, options: options, watch: watch, notes: notes), statistics)
        }
        // With a complete enumeration, an uncovered customer is proven unservable.
        let unassigned = outcome.uncovered.map {
            UnassignedCustomer(customer: instance.id(ofNode: $0), reason: "no feasible route serves it (complete enumeration)")
        }
        var routes: [PlanRoute] = []
        for index in outcome.selected {
            let route = columns[index]
            guard let timed = PartialRechargeTimetable.build(instance, vehicleType: route.vehicleType, sequence: route.sequence) else {
                notes.append("bug: enumerated route \(route.sequence.map { instance.id(ofNode: $0) }) could not be timed")
                return (Plan.empty(instance: instance, solver: name, status: .error, objective: options.objective,
                                   seconds: watch.seconds, notes: notes), statistics)
            }
            routes.append(timed)
        }
        let proven = outcome.status == .optimal && exactEnumeration
        let status: PlanStatus = !unassigned.isEmpty ? .infeasible : (proven ? .optimal : .feasible)
        var plan = PlanAssembler.makePlan(instance, solver: name, status: status, objective: options.objective,
                                          routes: routes, unassigned: unassigned, seconds: watch.seconds,
                                          bound: nil, gapPercent: nil, notes: notes)
        if exactEnumeration, unassigned.isEmpty, let bound = outcome.bound {
            plan.bound = bound
            let value = mainValue(of: plan, instance: instance, objective: options.objective)
            plan.gapPercent = 100 * max(0, value - bound) / max(1e-10, abs(value))
        }
        options.progress?(SolverProgress(elapsed: watch.seconds, iterations: enumeration.labels,
                                         best: instance.objectiveValue(of: plan.routes)))
        if let better = validStart(instance, objective: options.objective, watch: watch, notes: notes),
           !proven, instance.objectiveValue(of: better.routes).isBetter(than: instance.objectiveValue(of: plan.routes),
                                                                      under: options.objective) {
            return (better, statistics)
        }
        return (plan, statistics)
    }

    /// The number the bound refers to: distance (hierarchical at the plan's vehicle count, distance) or cost.
    func mainValue(of plan: Plan, instance: Instance, objective: Objective) -> Double {
        let value = instance.objectiveValue(of: plan.routes)
        return objective == .cost ? value.cost : value.distance
    }

    private func solveSetPartitioning(_ instance: Instance, routes: [EnumeratedRoute], start: [Double]?, options: SolverOptions,
                                      watch: Stopwatch, complete: Bool) throws -> SetPartitioningOutcome {
        let model = try SetPartitioningModel(instance: instance, routes: routes)
        let stop = options.shouldStop
        // When the enumeration used up the time, GLPK still gets a short look at what was found.
        let remaining: () -> Double = { max(complete ? 0.05 : 1.0, options.timeLimit - watch.seconds) }
        let solver = SetPartitioningSolver(model: model, objective: options.objective, relativeGap: relativeGap,
                                           verbose: options.verbose, remaining: remaining,
                                           shouldStop: stop.map { stop in { stop() } },
                                           start: start, dumpModelPath: dumpModelPath)
        return try solver.run()
    }

    /// The starting plan as a 0/1 vector over the enumerated routes, or nil when some of its
    /// routes has no column (its customer set and type were not enumerated).
    func startVector(_ instance: Instance, routes: [EnumeratedRoute]) -> [Double]? {
        guard let start, !start.routes.isEmpty else { return nil }
        var columns: [StartKey: Int] = [:]
        for (index, route) in routes.enumerated() { columns[StartKey(type: route.vehicleType, customers: route.customers)] = index }
        var vector = [Double](repeating: 0, count: routes.count)
        for route in start.routes {
            guard let key = Self.key(of: route, instance: instance), let column = columns[key] else { return nil }
            vector[column] += 1
        }
        return vector
    }

    private struct StartKey: Hashable {
        var type: Int
        var customers: CustomerSet
    }

    private static func key(of route: PlanRoute, instance: Instance) -> StartKey? {
        guard let type = instance.vehicleTypes.firstIndex(where: { $0.id == route.vehicleType }) else { return nil }
        var customers = CustomerSet()
        for stop in route.stops {
            guard let node = instance.nodeIndex(of: stop.node) else { return nil }
            if instance.isCustomer(node) { customers.insert(node) }
        }
        return StartKey(type: type, customers: customers)
    }

    /// The starting plan re-timed by ``RouteTimetable``, when it serves every customer once.
    func validStart(_ instance: Instance, objective: Objective, watch: Stopwatch, notes: [String]) -> Plan? {
        guard let start, start.unassigned.isEmpty else { return nil }
        var routes: [PlanRoute] = []
        // Routes are re-timed in turn against one ledger, so they share green stations.
        var ledger = StationLedger(instance)
        var served = Set<Int>()
        var perType = [Int](repeating: 0, count: instance.vehicleTypes.count)
        for route in start.routes {
            guard let type = instance.vehicleTypes.firstIndex(where: { $0.id == route.vehicleType }) else { return nil }
            let nodes = route.stops.dropFirst().dropLast().compactMap { instance.nodeIndex(of: $0.node) }
            guard nodes.count == route.stops.count - 2, !nodes.contains(0),
                  let timed = RouteTimetable.build(instance, vehicleType: type, sequence: nodes, ledger: ledger) else { return nil }
            RouteTimetable.commit(instance, route: timed, sequence: nodes, to: &ledger)
            for node in nodes where instance.isCustomer(node) {
                guard served.insert(node).inserted else { return nil }
            }
            perType[type] += 1
            routes.append(timed)
        }
        guard served.count == instance.customers.count else { return nil }
        for (index, type) in instance.vehicleTypes.enumerated() where type.count.map({ perType[index] > $0 }) ?? false { return nil }
        return PlanAssembler.makePlan(instance, solver: name, status: .feasible, objective: objective, routes: routes,
                                      seconds: watch.seconds, notes: notes + ["returned the starting plan (re-timed)"])
    }

    /// The starting plan when it is valid, else an empty plan with status timeout.
    func fallback(_ instance: Instance, options: SolverOptions, watch: Stopwatch, notes: [String]) -> Plan {
        if let plan = validStart(instance, objective: options.objective, watch: watch, notes: notes) { return plan }
        return Plan.empty(instance: instance, solver: name, status: .timeout, objective: options.objective,
                          seconds: watch.seconds, notes: notes)
    }
}
