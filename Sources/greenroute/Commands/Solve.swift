import ArgumentParser
import Foundation
import GreenRouteCore
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

    func validate() throws {
        guard timeLimit > 0, timeLimit.isFinite else { throw ValidationError("--time-limit must be a positive number of seconds") }
        if let iterations, iterations <= 0 { throw ValidationError("--iterations must be positive") }
    }
}

extension ChargingMode: ExpressibleByArgument {}
extension Objective: ExpressibleByArgument {}
extension SolverChoice: ExpressibleByArgument {}

/// `greenroute solve`: one instance, one solver, a plan.
struct Solve: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Solve an instance and print or write the plan.")

    @Argument(help: "Instance file.")
    var instance: String

    @Option(help: "Solver: auto, heuristic, mip or baseline.")
    var solver: SolverChoice = .auto

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    @OptionGroup var options: SolveOptions

    @Option(name: .shortAndLong, help: "Write the plan JSON here instead of printing a summary.")
    var output: String?

    @Flag(help: "No progress line.")
    var quiet = false

    @Flag(help: "Print solver output (GLPK's log).")
    var verbose = false

    func run() throws {
        let loaded = try loadInstance(instance, charging: options.charging)
        let showProgress = !quiet && standardErrorIsTerminal
        let interrupt = InterruptFlag.install()
        var solverOptions = SolverOptions(
            timeLimit: options.timeLimit, seed: seed, iterationLimit: options.iterations, objective: options.objective,
            verbose: verbose, shouldStop: { interrupt.isSet })
        if showProgress {
            solverOptions.progress = { (progress: SolverProgress) in ProgressLine.show(progress) }
        }
        let plan = solver.solver(for: loaded).solve(loaded, options: solverOptions)
        if showProgress { ProgressLine.clear() }
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
