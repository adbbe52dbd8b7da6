import GreenRouteCore

/// The MIP on instances with green station limits (supply profiles, charger counts).
///
/// 1. The labelling charges a van ALONE as fast as the supply allows (``GreenChargingClock``)
///    and keeps per customer set both the shortest route of this alone-charging relaxation
///    (relaxed station paths allowed) and the shortest route that ``RouteTimetable`` times
///    alone (empty ledger): that timed route and its charging schedule form the column.
/// 2. Upper model: set partitioning over the columns (and their ``ScheduleVariants``) with the `supply_…`/`chargers_…` rows of
///    their ``ChargingFootprint``s on the ``StationSlots`` grid: any solution is a valid plan.
/// 3. Lower model: set partitioning over the relaxation routes WITHOUT station rows. Every
///    route of any feasible plan is feasible alone and no shorter than the relaxation's
///    shortest route of its customer set, so this optimum bounds every plan.
/// The plan is `optimal` only when both models were solved to optimality by GLPK on a
/// complete, exact enumeration and their values agree; otherwise `feasible` with the bound.
extension MIPSolver {
    func solveGreen(_ instance: Instance, options: SolverOptions, watch: Stopwatch, statistics: inout Statistics) -> Plan {
        let cancelled: () -> Bool = { watch.seconds > options.timeLimit || options.shouldStop?() == true }
        let enumeration = RouteEnumerator(instance: instance, isCancelled: cancelled).run()
        statistics.enumerationSeconds = enumeration.seconds
        statistics.labels = enumeration.labels
        statistics.enumerationComplete = enumeration.isComplete
        options.progress?(SolverProgress(elapsed: watch.seconds, iterations: enumeration.labels, best: nil))
        let relaxation = enumeration.relaxation ?? []
        var notes = ["green enumeration (charging alone follows the supply): \(enumeration.routes.count) timed routes, "
                     + "\(relaxation.count) relaxation routes, \(enumeration.labels) labels, "
                     + "\(String(format2: enumeration.seconds)) s, "
                     + (enumeration.isComplete ? "complete" : "cut short (time limit, stop request or label limit)")]
        if enumeration.frontierTimed > 0 {
            notes.append("\(enumeration.frontierTimed) timed routes charge amounts between least and full (timed from the label's frontier)")
        }
        if enumeration.overBudget > 0 {
            notes.append("\(enumeration.overBudget) customer sets need more charging than one van can get over the day: no route")
        }
        if !enumeration.isExact { notes.append("matrix metric: relaxed station paths are not safe, optimality not claimed") }
        let slots = StationSlots(instance)
        // A column whose own schedule breaks a slot limit (supply changing inside a slot) is unusable.
        let candidates = enumeration.routes.flatMap { [$0] + ScheduleVariants.delayed(instance, route: $0, slots: slots) }
        var columns: [EnumeratedRoute] = [], footprints: [ChargingFootprint] = []
        for route in candidates {
            guard let timed = route.timed else { continue }
            let footprint = ChargingFootprint(instance, route: timed, slots: slots)
            guard slots.admits([footprint]) else { continue }
            columns.append(route)
            footprints.append(footprint)
        }
        statistics.routes = columns.count
        notes.append("\(candidates.count - enumeration.routes.count) delayed charging schedules added as columns")
        if columns.count < candidates.count {
            notes.append("\(candidates.count - columns.count) timed routes dropped: their own charging breaks a slot's lowest supply")
        }
        let remaining: () -> Double = { max(enumeration.isComplete ? 0.05 : 1.0, options.timeLimit - watch.seconds) }
        let stop = options.shouldStop
        let upper: SetPartitioningOutcome
        var lower: SetPartitioningOutcome?
        do {
            let model = try SetPartitioningModel(instance: instance, routes: columns,
                                                 stationRows: (slots, footprints))
            notes.append("green model: \(columns.count) columns; rows: \(instance.customers.count - model.uncovered.count) cover, "
                         + "\(model.supplyRows) supply, \(model.chargerRows) chargers, "
                         + "\(instance.vehicleTypes.filter { $0.count != nil }.count) type, 1 vehicles; "
                         + "slots of \(String(format2: slots.slotLength)) time units")
            upper = try SetPartitioningSolver(model: model, objective: options.objective, relativeGap: relativeGap,
                                              verbose: options.verbose, remaining: remaining,
                                              shouldStop: stop.map { stop in { stop() } },
                                              start: startVector(instance, routes: columns), dumpModelPath: dumpModelPath).run()
            if enumeration.isComplete && enumeration.isExact {
                let lowerModel = try SetPartitioningModel(instance: instance, routes: relaxation)
                lower = try SetPartitioningSolver(model: lowerModel, objective: options.objective, relativeGap: 0,
                                                  verbose: options.verbose, remaining: remaining,
                                                  shouldStop: stop.map { stop in { stop() } },
                                                  start: nil, dumpModelPath: nil).run()
            }
        } catch {
            return Plan.empty(instance: instance, solver: name, status: .error, objective: options.objective,
                              seconds: watch.seconds, notes: notes + ["GLPK: \(error)"])
        }
        statistics.glpkSeconds = upper.glpkSeconds + (lower?.glpkSeconds ?? 0)
        notes += upper.notes.map { "upper: " + $0 } + (lower?.notes.map { "lower: " + $0 } ?? [])
        guard upper.status == .optimal || upper.status == .feasible else {
            return fallback(instance, options: options, watch: watch, notes: notes + ["upper model: no solution"])
        }
        // Customers the upper model cannot cover are proven unservable only when the relaxation
        // (complete and exact) cannot cover them either.
        let provenUncovered = lower.map { Set($0.uncovered) } ?? []
        guard upper.uncovered.allSatisfy({ provenUncovered.contains($0) }) else {
            return fallback(instance, options: options, watch: watch,
                            notes: notes + ["some customers have no timed route although the relaxation serves them"])
        }
        let routes = upper.selected.compactMap { columns[$0].timed }
        guard routes.count == upper.selected.count, slots.admits(upper.selected.map { footprints[$0] }) else {
            return Plan.empty(instance: instance, solver: name, status: .error, objective: options.objective,
                              seconds: watch.seconds, notes: notes + ["bug: selected columns break a station row"])
        }
        let unassigned = upper.uncovered.map {
            UnassignedCustomer(customer: instance.id(ofNode: $0), reason: "no route serves it even when charging alone (complete enumeration)")
        }
        var plan = PlanAssembler.makePlan(instance, solver: name, status: .feasible, objective: options.objective,
                                          routes: routes, unassigned: unassigned, seconds: watch.seconds, notes: notes)
        let value = instance.objectiveValue(of: routes)
        var proven = false
        if let lower, lower.status == .optimal, let bound = lower.objective {
            let sameVehicles = options.objective != .hierarchical || lower.selected.count == routes.count
            if sameVehicles {
                let main = mainValue(of: plan, instance: instance, objective: options.objective)
                plan.bound = bound
                plan.gapPercent = 100 * max(0, main - bound) / max(1e-10, abs(main))
                proven = Tolerance.lessOrEqual(main, bound)
            }
            plan.notes.append("lower bound (alone-charging relaxation, no station rows): \(lower.selected.count) vehicles, "
                              + "\(String(format2: bound)); " + (proven ? "equal: optimal" : "not closed"))
        }
        if !unassigned.isEmpty {
            plan.status = .infeasible
        } else if proven {
            plan.status = .optimal
        }
        options.progress?(SolverProgress(elapsed: watch.seconds, iterations: enumeration.labels, best: value))
        plan.seconds = watch.seconds
        if !proven, let better = validStart(instance, objective: options.objective, watch: watch, notes: plan.notes),
           instance.objectiveValue(of: better.routes).isBetter(than: value, under: options.objective) {
            return better
        }
        return plan
    }
}
