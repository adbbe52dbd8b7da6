import ArgumentParser
import Foundation
import GreenRouteCheck
import GreenRouteCore
import GreenRouteIO

/// `greenroute report`: the dispatcher's files for an existing plan (from any solver or
/// edited by hand); the checker's violations are shown on the page.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Render plan.html, routes.csv and routes.geojson for an existing plan file.",
        discussion: "Exit code 3 when the checker finds violations or customers are unassigned (the files are written anyway).")

    @Argument(help: "Instance file.")
    var instance: String

    @Argument(help: "Plan JSON file.")
    var plan: String

    @Option(help: "Folder to write into (created when missing; files of the same name are replaced).")
    var out: String

    func run() throws {
        let planValue = try loadPlan(plan)
        let loaded = try loadInstance(instance, charging: planValue.charging)
        let violations = PlanChecker(instance: loaded).check(planValue).violations.map(\.description)
        let report = PlanReport(instance: loaded, plan: planValue, violations: violations)
        let written = try writeReportFolder(report, planJSON: nil, to: out)
        print(report.terminalTable())
        print("wrote " + written.joined(separator: ", "))
        if !violations.isEmpty || !planValue.unassigned.isEmpty {
            throw ExitStatus(code: .infeasible, message: "\(plan): \(violations.count) violation(s), "
                + "\(planValue.unassigned.count) unassigned (shown in \(out)/plan.html)")
        }
    }
}

/// Creates `folder` and writes the report's files (and `plan.json` when given) into it;
/// returns the paths written. A stale `routes.geojson` is removed for plane instances.
func writeReportFolder(_ report: PlanReport, planJSON: String?, to folder: String) throws -> [String] {
    do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
        throw ExitStatus.badInput("\(folder): error: cannot create folder: \(error.localizedDescription)")
    }
    var files = report.files()
    if let planJSON { files.insert((name: "plan.json", contents: planJSON), at: 0) }
    let stale = (folder as NSString).appendingPathComponent("routes.geojson")
    if !files.contains(where: { $0.name == "routes.geojson" }) { try? FileManager.default.removeItem(atPath: stale) }
    var written: [String] = []
    for file in files {
        let path = (folder as NSString).appendingPathComponent(file.name)
        try write(file.contents, to: path)
        written.append(path)
    }
    return written
}
