import ArgumentParser
import Foundation
import GreenRouteCore
import GreenRouteHeuristic
import GreenRouteIO

/// Options shared by `solve` and `batch`.
struct SolveOptions: ParsableArguments {
    @Option(help: "Time limit per solve, in seconds.")
    var timeLimit: Double = 10

    @Option(help: "Iteration limit for deterministic runs independent of machine speed.")
    var iterations: Int?

    @Option(help: "Charging rule: full or partial (default: the instance's own).")
    var charging: ChargingMode?

    @Option(help: "Objective: hierarchical (vehicles, then distance), distance or cost.")
    var objective: Objective = .hierarchical

    @Flag(help: "Solve as if every station had unlimited supply and chargers (to see what the green limits cost).")
    var unlimitedStations = false

    func validate() throws {
        guard timeLimit > 0, timeLimit.isFinite else { throw ValidationError("--time-limit must be a positive number of seconds") }
        if let iterations, iterations <= 0 { throw ValidationError("--iterations must be positive") }
    }
}

extension ChargingMode: ExpressibleByArgument {}
extension Objective: ExpressibleByArgument {}
extension SolverChoice: ExpressibleByArgument {}

/// The solver, its seed and limits, and how it reports: shared by `solve` and `plan`.
struct SolverSelection: ParsableArguments {
    @Option(help: "Solver: auto (the exact MIP up to 15 customers, 10 on green days, else hybrid), heuristic, hybrid (heuristic + GLPK set partitioning over its routes), mip or baseline.")
    var solver: SolverChoice = .auto

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    @OptionGroup var options: SolveOptions

    @Flag(help: "No progress line.")
    var quiet = false

    @Flag(help: "Print solver output (GLPK's log).")
    var verbose = false

    @Option(help: "Write the MIP's GLPK model in CPLEX LP format to this file.")
    var dumpModel: String?

    /// Reads the instance with the chosen charging rule.
    func load(_ path: String) throws -> Instance {
        let instance = try loadInstance(path, charging: options.charging)
        return options.unlimitedStations ? instance.withUnlimitedStations() : instance
    }

    /// Solves with a progress line on a terminal; Ctrl-C stops the search and keeps the best plan.
    func solve(_ instance: Instance) -> Plan {
        let showProgress = !quiet && standardErrorIsTerminal
        let interrupt = InterruptFlag.install()
        var solverOptions = SolverOptions(
            timeLimit: options.timeLimit, seed: seed, iterationLimit: options.iterations, objective: options.objective,
            verbose: verbose, shouldStop: { interrupt.isSet })
        if showProgress {
            let limit = options.timeLimit
            solverOptions.progress = { (progress: SolverProgress) in ProgressLine.show(progress, timeLimit: limit) }
        }
        let plan = solver.solver(dumpModelPath: dumpModel).solve(instance, options: solverOptions)
        if showProgress { ProgressLine.clear() }
        // Unassigned on a green day: say which shared station limit (chargers or supply) keeps them out.
        return UnassignedDiagnosis.refined(plan, instance: instance, timeBudget: min(10, max(1, options.timeLimit / 4)), seed: seed)
    }
}

/// `greenroute solve`: one instance, one solver, a plan.
struct Solve: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Solve an instance and print or write the plan.")

    @Argument(help: "Instance file.")
    var instance: String

    @OptionGroup var selection: SolverSelection

    @Option(name: .shortAndLong, help: "Write the plan JSON here instead of printing a summary.")
    var output: String?

    func run() throws {
        let loaded = try selection.load(instance)
        let plan = selection.solve(loaded)
        if let output {
            try write(PlanWriter.json(plan), to: output)
        } else {
            print(PlanSummaryText(instance: loaded, plan: plan).text)
        }
        let code: ExitStatus.Code = ExitStatus.code(for: plan)
        if code != ExitStatus.Code.ok {
            throw ExitStatus(code: code, message: "\(instance): \(plan.status.rawValue)"
                + (plan.unassigned.isEmpty ? "" : ", \(plan.unassigned.count) customer(s) unassigned")
                + (plan.notes.isEmpty ? "" : " (\(plan.notes.joined(separator: "; ")))"))
        }
    }
}
