import GreenRouteCore

/// The metaheuristic for the E-VRPTW: slack-induction string removals with greedy
/// re-insertion (SISR, Christiaens & Vanden Berghe 2020) extended with explicit station
/// visits, a fleet-minimisation phase for the hierarchical objective, simulated annealing
/// for distance (three raced chains, the third walking through infeasible routes with
/// adaptive penalties, ``PenalisedWalk``), feasible-only local search on new best solutions,
/// and a penalised repair (``Squeeze``) of candidates that leave one or two customers out.
/// See Docs/heuristic.md.
///
/// Deterministic for a seed and an iteration limit, and for a seed and a time limit unless
/// the clock ends the run before its work budget (``workPerSecond``); single-threaded;
/// honours the time limit, `shouldStop` and reports progress about every 0.5 s. Every route
/// of the returned plan is timed by `RouteTimetable.build`, so the plan is feasible;
/// customers no van can serve are listed in `unassigned` and the status is then `.infeasible`.
public struct HeuristicSolver: RoutingSolver {
    /// Share of the budget the fleet-minimisation phase may use (hierarchical objective).
    public var fleetShare: Double
    /// Start and end temperature of the annealing, in multiples of the average arc length.
    public var startTemperature: Double
    public var endTemperature: Double
    /// Average number of customers one ruin step removes (SISR's c̄).
    public var averageRemoved = 10.0
    /// Price of an absent customer during the annealing, in average arcs (infinite = never).
    public var absentPenalty = Double.infinity
    /// Annealing chains raced in the distance phase (see ``AnnealingSearch/chains``): one that
    /// rejects candidates leaving a customer out, one that prices them, one that walks through
    /// infeasible routes.
    public var annealingChains = 3
    /// Absent-customer price of the pricing chain, in average arcs (nil = like the others).
    public var explorerAbsentPenalty: Double? = 10
    /// With two chains or more, the last walks through infeasible routes with adaptive
    /// penalties (``PenalisedWalk``); false = no walk.
    public var walkChain = true
    /// Steps of the annealing between two squeezes (``Squeeze``: candidates that leave one or
    /// two customers out are repaired through penalised infeasible routes); nil = never.
    public var squeezeInterval: Int? = 100
    /// A second way into the minimum fleet (``FleetReentry``): after the fleet phase, anneal
    /// for distance with the count free and minimise the fleet again from there; nil = none.
    public var reentry: FleetReentry? = FleetReentry()
    /// When every attempt of the fleet phase at one route fewer left at least this many
    /// customers out, that count is taken as out of reach: the re-entry stops at the fleet
    /// phase's count instead of trying below it, and the annealing starts earlier. nil = the
    /// re-entry always tries below. (On the 40 large Schneider files at 60 s, seed 1, in four
    /// runs, every count reached below the fleet phase's came after attempts that left one
    /// customer out; the r2 files left 2–19 out at two vans, the c1, r1 and rc1 files 1–6.)
    public var outOfReachAbsent: Int? = 3
    /// Set partitioning over the routes the search meets (`--solver hybrid`); nil = none.
    public var recombination: RecombinationSettings?
    /// The search's work budget (``WorkMeter``) per second of the time limit; nil = the
    /// phases follow the clock. The default is about 70 % of what the 2-core benchmark
    /// machine does per second with two runs at a time, so the search usually ends before
    /// the time limit, and the same seed and time limit give the same plan on any machine
    /// at least that fast. An iteration limit, when set, takes the place of both.
    public var workPerSecond: Double? = 36_000_000
    /// The finish of partial-recharge runs and of the hybrid (``FinishingPhase``).
    public var finishing = FinishingPhase()
    /// The name written into plans ("heuristic"; "hybrid" when a combiner is set).
    public var name: String { recombination == nil ? "heuristic" : "hybrid" }

    public init(fleetShare: Double = 0.2, startTemperature: Double = 10, endTemperature: Double = 0.01) {
        self.fleetShare = fleetShare
        self.startTemperature = startTemperature
        self.endTemperature = endTemperature
    }

    public func solve(_ instance: Instance, options: SolverOptions) -> Plan {
        let workLimit = options.iterationLimit == nil
            ? workPerSecond.map { Int(min(1e15, max(1, $0 * options.timeLimit))) } : nil
        let control = SearchControl(options: options, workLimit: workLimit)
        guard !instance.vehicleTypes.isEmpty else {
            return Plan.empty(instance: instance, solver: name, status: .error, objective: options.objective,
                              seconds: control.seconds, notes: ["no vehicle type"])
        }
        let typeIndex = Self.searchType(instance)
        // Partial recharge without station limits: the search runs under full recharge (its
        // plans hold under partial recharge too, and it is the plain heuristic's search step
        // for step), the finish under partial recharge. Not when partial recharge serves a
        // customer full recharge cannot.
        let finalProblem = SearchProblem(instance: instance, typeIndex: typeIndex)
        var problem = finalProblem
        if instance.charging == .partial && !instance.hasGreenLimits && !instance.stations.isEmpty {
            var full = instance
            full.charging = .full
            let fullProblem = SearchProblem(instance: full, typeIndex: typeIndex)
            let underFull = SoloRoutes.compute(problem: fullProblem, evaluator: RouteEvaluator(problem: fullProblem))
            let underPartial = SoloRoutes.compute(problem: finalProblem, evaluator: RouteEvaluator(problem: finalProblem))
            if zip(underFull, underPartial).allSatisfy({ ($0 == nil) == ($1 == nil) }) { problem = fullProblem }
        }
        let fleet = instance.vehicleTypes.reduce(0) { total, type in
            total + min(type.count ?? instance.customers.count, instance.customers.count)
        }
        let context = SearchContext(problem: problem, options: options, control: control, maxRoutes: max(1, fleet))
        context.ruin.averageRemoved = averageRemoved
        if let recombination { context.recombination = Recombination(settings: recombination, instance: instance) }
        var unassigned: [UnassignedCustomer] = []
        let proven = FeasibilityAnalysis(instance).unreachable
        var servable: [Int] = []
        for c in instance.customerIndices {
            let id = instance.id(ofNode: c)
            if let reason = proven.first(where: { $0.customer == id })?.reason {
                unassigned.append(UnassignedCustomer(customer: id, reason: reason))
            } else if context.recreate.soloRoutes[c] == nil {
                unassigned.append(UnassignedCustomer(
                    customer: id, reason: "no feasible route serves it alone (with at most one station before and one after)"))
            } else {
                servable.append(c)
            }
        }
        var best = context.construct(servable, random: &context.random)
        var annealing = AnnealingSearch(startTemperature: startTemperature, endTemperature: endTemperature)
        annealing.absentPenalty = absentPenalty
        annealing.chains = annealingChains
        annealing.explorerAbsentPenalty = explorerAbsentPenalty
        annealing.walkChain = walkChain
        annealing.squeezeInterval = squeezeInterval
        if !servable.isEmpty {
            var alternative: SearchState?
            if options.objective == .hierarchical {
                let lowerBound = FeasibilityAnalysis(instance).vehiclesNeededByLoad
                let fleet = FleetMinimiser().minimise(context, from: best, share: fleetShare, lowerBound: lowerBound)
                best = fleet.state
                var reentryBound = lowerBound
                if let note = fleet.shortfallNote("fleet") { context.notes.append(note) }
                if let fewest = fleet.fewestAbsentBelow, let outOfReachAbsent, fewest >= outOfReachAbsent {
                    reentryBound = best.solution.vehicles
                    context.notes.append("fleet: \(best.solution.vehicles - 1) vehicles taken as out of reach")
                }
                if let reentry, best.solution.vehicles > max(1, lowerBound), context.control.hasTime,
                   let entry = reentry.run(context, count: best.solution.vehicles, servable: servable,
                                           lowerBound: reentryBound, annealing: annealing) {
                    // Fewer routes: the re-entry's state is the best; as many: the chains
                    // after the first start from it.
                    if entry.solution.vehicles < best.solution.vehicles { best = entry } else { alternative = entry }
                }
            }
            best = annealing.run(context, from: best, alternative: alternative)
            if context.recombination != nil || problem !== finalProblem {
                best = finishing.run(context, from: best, problem: finalProblem, annealing: annealing)
            }
        }
        for c in best.absent {
            unassigned.append(UnassignedCustomer(customer: instance.id(ofNode: c),
                                                 reason: "no vehicle left for it within the fleet size"))
        }
        let builder = PlanBuilder(instance: instance, soloRoutes: context.recreate.soloRoutes)
        let searchUnassigned = unassigned
        var routes = builder.routes(for: best.solution, unassigned: &unassigned)
        if let candidate = context.recombination?.conflictFree {
            // Green limits: the combiner's station-feasible answer may beat the search's best
            // once both are timed against each other's use of the stations.
            var otherUnassigned = searchUnassigned
            let other = builder.routes(for: candidate.solution, unassigned: &otherUnassigned)
            if Self.isBetter(other, otherUnassigned, than: routes, unassigned, objective: options.objective, instance: instance) {
                routes = other
                unassigned = otherUnassigned
                context.notes.append("plan: the combiner's station-feasible answer (\(other.count) vehicles)")
            }
        }
        return PlanAssembler.makePlan(instance, solver: name, status: unassigned.isEmpty ? .feasible : .infeasible,
                                      objective: options.objective, routes: routes, unassigned: unassigned,
                                      seconds: control.seconds, seed: options.seed,
                                      notes: ["iterations: \(control.iterations)",
                                              "work: \(control.meter.work) (\(control.meter.counts))",
                                              "search vehicle type: \(instance.vehicleTypes[typeIndex].id)"]
                                        + context.notes + (context.recombination?.notes ?? []))
    }

    /// Fewer unassigned customers first, then the objective (Core's ``ObjectiveValue`` rule).
    static func isBetter(_ routes: [PlanRoute], _ unassigned: [UnassignedCustomer], than other: [PlanRoute],
                         _ otherUnassigned: [UnassignedCustomer], objective: Objective, instance: Instance) -> Bool {
        if unassigned.count != otherUnassigned.count { return unassigned.count < otherUnassigned.count }
        return instance.objectiveValue(of: routes).isBetter(than: instance.objectiveValue(of: other), under: objective)
    }

    /// The most capable type (capacity, then battery, then charging power) plans the routes.
    static func searchType(_ instance: Instance) -> Int {
        instance.vehicleTypes.indices.max { a, b in
            let x = instance.vehicleTypes[a], y = instance.vehicleTypes[b]
            if x.capacity != y.capacity { return x.capacity < y.capacity }
            if x.battery != y.battery { return x.battery < y.battery }
            if x.maxChargePower != y.maxChargePower { return x.maxChargePower < y.maxChargePower }
            return a > b
        } ?? 0
    }
}
