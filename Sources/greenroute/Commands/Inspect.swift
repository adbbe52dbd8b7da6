import ArgumentParser
import GreenRouteCore

/// `greenroute inspect`: what an instance holds, simple bounds and customers no van can serve.
struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Summarise an instance: counts, horizon, fleet, stations, lower bounds, unreachable customers.")

    @Argument(help: "Instance file (Schneider, Solomon or GreenRoute JSON; chosen by content).")
    var instance: String

    func run() throws {
        let loaded = try loadInstance(instance)
        print(InstanceSummary(loaded).text)
        let analysis = FeasibilityAnalysis(loaded)
        if !analysis.unreachable.isEmpty {
            throw ExitStatus(code: .infeasible, message: "\(instance): \(analysis.unreachable.count) customer(s) cannot be served by any van")
        }
    }
}
