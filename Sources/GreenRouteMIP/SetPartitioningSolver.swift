import GreenRouteCore

/// The outcome of solving the set-partitioning model.
struct SetPartitioningOutcome {
    enum Status { case optimal, feasible, infeasible, noSolution }
    var status: Status
    /// Selected route indices (into the model's routes).
    var selected: [Int] = []
    /// Lower bound on the objective's main number (distance for hierarchical at the chosen
    /// vehicle count, distance or cost otherwise); nil where none is proven.
    var bound: Double?
    var objective: Double?
    var glpkSeconds = 0.0
    var notes: [String] = []
    /// Customers no route serves (left out of the model, to be listed as unassigned).
    var uncovered: [Int] = []
}

/// Solves a ``SetPartitioningModel`` for an objective with GLPK, in stages:
/// 1. LP relaxation of min Σ x → the row `vehicles` ≥ ⌈LP minimum⌉;
/// 2. hierarchical: MIP min Σ x (fewest vehicles V*), then `vehicles` fixed to V* and MIP
///    min Σ d x starting from the first stage's solution; distance and cost: one MIP.
/// A starting incumbent (0/1 per route) is checked by the wrapper before GLPK sees it.
struct SetPartitioningSolver {
    let model: SetPartitioningModel
    let objective: Objective
    let relativeGap: Double
    let verbose: Bool
    /// Seconds left for GLPK (re-evaluated before every stage).
    let remaining: () -> Double
    let shouldStop: (() -> Bool)?
    let start: [Double]?
    let dumpModelPath: String?

    func run() throws -> SetPartitioningOutcome {
        let problem = model.problem
        var outcome = SetPartitioningOutcome(status: .noSolution)
        if !model.uncovered.isEmpty {
            outcome.notes.append("no feasible route serves customer(s) "
                                 + model.uncovered.map { model.instance.id(ofNode: $0) }.joined(separator: ", "))
        }
        func options(start: [Double]?, relaxation: Bool = false) -> GLPKSolveOptions {
            GLPKSolveOptions(timeLimit: max(0.05, remaining()), relativeGap: relativeGap, verbose: verbose,
                             shouldStop: shouldStop, start: start, relaxationOnly: relaxation)
        }
        try problem.setObjective(model.coefficients(.vehicles))
        let relaxation = try problem.solve(options(start: nil, relaxation: true))
        outcome.glpkSeconds += relaxation.seconds
        guard relaxation.status == .optimal, let lpVehicles = relaxation.objective else {
            if relaxation.status == .infeasible { outcome.status = .infeasible }
            outcome.notes.append("LP relaxation: \(relaxation.status.rawValue)")
            return outcome
        }
        let fewest = (lpVehicles - 1e-6).rounded(.up)
        try problem.setRowBounds(model.vehicleRow, lower: fewest, upper: .infinity)
        outcome.notes.append("LP minimum vehicles \(String(format2: lpVehicles)) → vehicles ≥ \(Int(fewest))")
        var usableStart = start
        if let vector = start {
            do { try problem.checkStart(vector) } catch {
                outcome.notes.append("starting plan not used: \(error)")
                usableStart = nil
            }
        }
        var proven = true
        let final: GLPKSolution
        switch objective {
        case .hierarchical:
            let first = try problem.solve(options(start: usableStart))
            outcome.glpkSeconds += first.seconds
            guard let vehicles = first.objective, !first.values.isEmpty else {
                if first.status == .infeasible { outcome.status = .infeasible }
                outcome.notes.append("vehicle stage: \(first.status.rawValue) (\(first.termination.phrase))")
                return outcome
            }
            if first.status != .optimal { proven = false }
            outcome.notes.append("vehicle stage: \(Int(vehicles.rounded())) vehicles, \(first.status.rawValue), "
                                 + "bound \(first.bound.map { String(format2: $0) } ?? "none")")
            try problem.setRowBounds(model.vehicleRow, lower: vehicles.rounded(), upper: vehicles.rounded())
            try problem.setObjective(model.coefficients(.distance))
            if let dumpModelPath { try problem.writeLP(path: dumpModelPath) }
            let second = try problem.solve(options(start: first.values.map { $0.rounded() }))
            outcome.glpkSeconds += second.seconds
            final = second.values.isEmpty ? first : second
            // The distance bound holds for the plan's vehicle count only when that count is proven.
            outcome.bound = first.status == .optimal && !second.values.isEmpty ? second.bound : nil
            if second.values.isEmpty || second.status != .optimal { proven = false }
            outcome.objective = second.values.isEmpty ? nil : second.objective
        case .distance, .cost:
            try problem.setObjective(model.coefficients(objective == .distance ? .distance : .cost))
            if let dumpModelPath { try problem.writeLP(path: dumpModelPath) }
            let solution = try problem.solve(options(start: usableStart))
            outcome.glpkSeconds += solution.seconds
            final = solution
            if solution.status != .optimal { proven = false }
            outcome.bound = solution.bound
            outcome.objective = solution.objective
        }
        guard !final.values.isEmpty else {
            if final.status == .infeasible { outcome.status = .infeasible }
            return outcome
        }
        outcome.selected = final.values.indices.filter { final.values[$0] > 0.5 }
        outcome.uncovered = model.uncovered
        outcome.status = proven ? .optimal : .feasible
        outcome.notes.append("GLPK \(final.status.rawValue) (\(final.termination.phrase))")
        return outcome
    }
}
