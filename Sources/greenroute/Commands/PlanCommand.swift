import ArgumentParser
import GreenRouteCheck
import GreenRouteCore
import GreenRouteIO

/// `greenroute plan`: solve, check, and write the dispatcher's folder (plan.json, plan.html,
/// routes.csv, routes.geojson for latitude/longitude instances); print a table per van.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Solve an instance and write plan.json, plan.html, routes.csv and routes.geojson into a folder.",
        discussion: "Exit codes as for solve; 3 also when the checker finds violations (the files are written anyway).")

    @Argument(help: "Instance file.")
    var instance: String

    @Option(help: "Folder to write into (created when missing; files of the same name are replaced).")
    var out: String

    @Option(help: "Solver: auto, heuristic, mip or baseline.")
    var solver: SolverChoice = .auto

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    @OptionGroup var options: SolveOptions

    @Flag(help: "No progress line.")
    var quiet = false

    func run() throws {
        let loaded = try loadInstance(instance, charging: options.charging)
        let showProgress = !quiet && standardErrorIsTerminal
        let interrupt = InterruptFlag.install()
        var solverOptions = SolverOptions(
            timeLimit: options.timeLimit, seed: seed, iterationLimit: options.iterations, objective: options.objective,
            shouldStop: { interrupt.isSet })
        if showProgress { solverOptions.progress = { ProgressLine.show($0) } }
        let plan = solver.solver(for: loaded).solve(loaded, options: solverOptions)
        if showProgress { ProgressLine.clear() }
        let violations = PlanChecker(instance: loaded).check(plan).violations.map(\.description)
        let report = PlanReport(instance: loaded, plan: plan, violations: violations)
        let written = try writeReportFolder(report, planJSON: PlanWriter.json(plan), to: out)
        print(report.terminalTable())
        print("wrote " + written.joined(separator: ", "))
        var code = ExitStatus.code(for: plan)
        if code == .ok && !violations.isEmpty { code = .infeasible }
        if code != .ok {
            throw ExitStatus(code: code, message: "\(instance): \(plan.status.rawValue)"
                + (violations.isEmpty ? "" : ", \(violations.count) violation(s)")
                + (plan.unassigned.isEmpty ? "" : ", \(plan.unassigned.count) customer(s) unassigned"))
        }
    }
}
