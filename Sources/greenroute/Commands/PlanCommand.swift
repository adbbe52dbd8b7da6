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

    @OptionGroup var selection: SolverSelection

    func run() throws {
        let loaded = try selection.load(instance)
        let plan = selection.solve(loaded)
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
