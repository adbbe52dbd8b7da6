import ArgumentParser
import GreenRouteCheck
import GreenRouteCore
import GreenRouteIO

/// `greenroute check`: the independent checker on a plan file.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a plan against an instance; lists every violation with route, stop and numbers.")

    @Argument(help: "Instance file.")
    var instance: String

    @Argument(help: "Plan JSON file.")
    var plan: String

    func run() throws {
        let planValue = try loadPlan(plan)
        let loaded = try loadInstance(instance, charging: planValue.charging)
        let report = PlanChecker(instance: loaded).check(planValue)
        for violation in report.violations { print("\(plan): \(violation)") }
        for missing in planValue.unassigned { print("\(plan): unassigned \(missing.customer): \(missing.reason)") }
        if report.isValid && planValue.unassigned.isEmpty {
            print("\(plan): valid (\(planValue.vehicles) vehicles, distance \(String(format2: planValue.distance)))")
            return
        }
        throw ExitStatus(code: .infeasible,
                         message: "\(plan): \(report.violations.count) violation(s), \(planValue.unassigned.count) unassigned")
    }
}
