import GreenRouteCore

/// Chooses the columns a set-partitioning call over a large pool works on, by sifting (Bixby,
/// Gregory, Lustig, Marsten & Shanno 1992): the pool's LP relaxation solved over a small
/// working set that grows by pricing.
///
/// - The working set starts with the incumbent's routes, for every customer the
///   ``perCustomer`` routes that serve it cheapest per customer, and one artificial column per
///   cover row at a high price (so the restricted LP is feasible even when the incumbent breaks
///   station rows).
/// - Each round solves the restricted LP (GLPK's primal simplex from the last basis), prices
///   every pool column with the row duals — reduced cost c_k − Σ_rows a_rk · dual_r — and adds
///   the ``batch`` most negative. No negative column left: the LP over the whole pool is solved.
/// - Hierarchical objective: first the fewest routes (for at most a third of the time), then
///   distance with the route count at least the rounded-up LP minimum when that stage finished
///   (the same LPs as ``PoolPartitioning``'s stages).
/// - The selection: the working set, then by reduced cost of the last stage every column with
///   reduced cost at most UB − LB (the incumbent's cost minus the LP value; no solution better
///   than the incumbent uses another column), and for the route-count stage every column that a
///   solution with one route fewer could use; at most ``maxColumns``, least reduced cost first.
///
/// Lives on the calling thread (it owns a ``GLPKProblem``).
struct PoolSifting {
    /// Most columns selected (the working set counts).
    var maxColumns = 8_000
    /// Cheapest routes per customer in the first working set.
    var perCustomer = 3
    /// Columns added per round.
    var batch = 1_500
    /// Work limits instead of the time split (reproducible runs): LPs per stage and simplex
    /// iterations per LP; the time limit then only stops a stage as a safety net.
    var workLimits: (rounds: Int, simplex: Int)?

    /// The candidate columns and rows of one call.
    struct Candidates {
        /// Per candidate: its customers (node indices).
        var customers: [[Int]]
        /// Per candidate: its footprint, with green station limits (nil without).
        var footprints: [ChargingFootprint]?
        /// The customers with a cover row (the incumbent's).
        var coverCustomers: [Int]
        /// Most routes (the vehicle row's upper bound).
        var maxRoutes: Double
        /// Positions of the incumbent's routes among the candidates (nil when some has no column).
        var incumbent: [Int]?
    }

    struct Outcome {
        /// Positions among the candidates, ascending.
        var selected: [Int]
        /// The last stage's LP value over the working set, and whether pricing proved it the
        /// value over all candidates.
        var lpValue: Double?
        var converged: Bool
        /// LPs solved.
        var rounds: Int
        /// For the plan's notes, e.g. "sifting: 6 rounds, LP 1040.32 (over the whole pool), 3,912 in the LP, 8,000 kept".
        var note: String
    }

    /// - Parameters:
    ///   - costs: per candidate, the objective coefficient of the last stage (distance or cost).
    ///   - hierarchical: first the route-count LP, then `costs` with the count bounded below.
    func select(_ candidates: Candidates, costs: [Double], hierarchical: Bool, instance: Instance,
                slots: StationSlots?, timeLimit: Double, shouldStop: (@Sendable () -> Bool)?) throws -> Outcome {
        let watch = Stopwatch()
        let count = candidates.customers.count
        let problem = GLPKProblem(name: "sift_\(instance.name)")
        var coverRow = [Int](repeating: 0, count: instance.nodeCount)
        for customer in candidates.coverCustomers {
            coverRow[customer] = try problem.addRow(name: "cover_\(customer)", lower: 1, upper: 1, coefficients: [])
        }
        let vehicleRow = try problem.addRow(name: "vehicles", lower: 0, upper: candidates.maxRoutes, coefficients: [])
        var stationRows: [StationSlotRows.Key: StationSlotRows.Rows] = [:]
        if let slots, let footprints = candidates.footprints {
            stationRows = try StationSlotRows.addWithoutColumns(to: problem, instance: instance, slots: slots,
                                                                footprints: footprints)
        }
        let entries: [[(row: Int, value: Double)]] = (0..<count).map { k in
            candidates.customers[k].map { (coverRow[$0], 1.0) } + [(vehicleRow, 1.0)]
                + (candidates.footprints.map { StationSlotRows.entries(of: $0[k], rows: stationRows) } ?? [])
        }
        // Model columns: candidates (position) and artificials (nil), in GLPK's column order.
        var modelColumns: [Int?] = []
        var inModel = [Bool](repeating: false, count: count)
        // Columns enter with the objective of the stage at hand (the first stage's before the first LP).
        let stages: [[Double]] = hierarchical ? [[Double](repeating: 1, count: count), costs] : [costs]
        var stageCosts = stages[0]
        func add(_ k: Int) throws {
            guard !inModel[k] else { return }
            inModel[k] = true
            modelColumns.append(k)
            try problem.addColumn(name: "p\(k)", upper: 1, objective: stageCosts[k], rows: entries[k])
        }
        for customer in candidates.coverCustomers {
            modelColumns.append(nil)
            try problem.addColumn(name: "artificial_\(customer)", rows: [(coverRow[customer], 1)])
        }
        for k in candidates.incumbent ?? [] { try add(k) }
        // The incumbent bounds the objective only when it keeps every row (green days: station rows).
        var incumbentVector = [Double](repeating: 0, count: modelColumns.count)
        for offset in candidates.coverCustomers.count..<modelColumns.count { incumbentVector[offset] = 1 }
        let incumbentIsFeasible = candidates.incumbent != nil && (try? problem.checkStart(incumbentVector)) != nil
        var byCustomer = [[Int]](repeating: [], count: instance.nodeCount)
        for k in 0..<count { for customer in candidates.customers[k] { byCustomer[customer].append(k) } }
        for customer in candidates.coverCustomers {
            let cheapest = byCustomer[customer].sorted {
                (costs[$0] / Double(candidates.customers[$0].count), $0) < (costs[$1] / Double(candidates.customers[$1].count), $1)
            }
            for k in cheapest.prefix(perCustomer) { try add(k) }
        }

        var rounds = 0
        var converged = false
        var lpValue: Double?
        var reduced = [Double](repeating: 0, count: count)
        var countReduced: [Double]?
        var countValue: Double?
        for (stage, costsOfStage) in stages.enumerated() {
            stageCosts = costsOfStage
            let isCountStage = hierarchical && stage == 0
            let artificialCost = 10 * max(1, stageCosts.max() ?? 1)
            try problem.setObjective(modelColumns.map { $0.map { stageCosts[$0] } ?? artificialCost })
            if hierarchical && !isCountStage, let countValue {
                try problem.setRowBounds(vehicleRow, lower: min(candidates.maxRoutes, (countValue - 1e-6).rounded(.up)),
                                         upper: candidates.maxRoutes)
            }
            converged = false
            lpValue = nil
            // The route-count stage may use a third of the time (or its share of the rounds); the
            // last stage what is left.
            let stageEnd = isCountStage && workLimits == nil ? timeLimit / 3 : timeLimit
            var stageRounds = 0
            while watch.seconds < stageEnd && !(shouldStop?() ?? false) && stageRounds < (workLimits?.rounds ?? .max) {
                var options = GLPKSolveOptions(timeLimit: max(0.02, stageEnd - watch.seconds), relaxationOnly: true)
                options.simplexIterationLimit = workLimits?.simplex
                let solution = try problem.solve(options)
                rounds += 1
                stageRounds += 1
                guard solution.status == .optimal, let value = solution.objective else { break }
                lpValue = value
                let duals = solution.rowDuals
                var negative: [(position: Int, value: Double)] = []
                for k in 0..<count {
                    var cost = stageCosts[k]
                    for entry in entries[k] { cost -= entry.value * duals[entry.row - 1] }
                    reduced[k] = cost
                    if !inModel[k] && cost < -1e-7 * max(1, abs(stageCosts[k])) { negative.append((k, cost)) }
                }
                if negative.isEmpty {
                    converged = true
                    break
                }
                negative.sort { ($0.value, $0.position) < ($1.value, $1.position) }
                for candidate in negative.prefix(batch) { try add(candidate.position) }
            }
            if isCountStage, converged, let lpValue {
                countReduced = reduced
                countValue = lpValue
            }
        }

        // The working set, then the columns a better solution may use, least reduced cost first.
        var selected = inModel
        var kept = inModel.reduce(0) { $0 + ($1 ? 1 : 0) }
        var capped = false
        func fill(_ costs: [Double], allowance: Double?) {
            let order = (0..<count).filter { !selected[$0] && (allowance == nil || costs[$0] <= allowance! + 1e-6) }
                .sorted { (costs[$0], $0) < (costs[$1], $1) }
            if allowance != nil && kept + order.count > maxColumns { capped = true }
            for k in order where kept < maxColumns {
                selected[k] = true
                kept += 1
            }
        }
        let incumbentCost = incumbentIsFeasible ? candidates.incumbent.map { $0.reduce(0) { $0 + costs[$1] } } : nil
        if converged, let lpValue {
            fill(reduced, allowance: incumbentCost.map { $0 - lpValue })
        } else if lpValue != nil {
            fill(reduced, allowance: nil)
        }
        if let countReduced, let countValue, incumbentIsFeasible, let routes = candidates.incumbent?.count,
           Double(routes - 1) >= (countValue - 1e-6).rounded(.up) {
            fill(countReduced, allowance: Double(routes - 1) - countValue)
        }
        let lpText = lpValue.map { "LP \(String(format2: $0))" + (converged ? " over the whole pool" : " (not converged)") }
            ?? "no LP solution"
        return Outcome(selected: (0..<count).filter { selected[$0] }, lpValue: lpValue, converged: converged, rounds: rounds,
                       note: "sifting: \(rounds) rounds in \(String(format2: watch.seconds)) s, \(lpText), "
                           + "\(modelColumns.count - candidates.coverCustomers.count) columns in the LP, \(kept) kept"
                           + (capped ? " (capped)" : ""))
    }
}
