import Foundation
import GreenRouteCheck
import GreenRouteCore
import GreenRouteHeuristic
import GreenRouteIO
import Testing

/// The heuristic on shipped green days: stations with solar supply and few chargers shared by
/// the vans. Every plan passes the checker (supply and charger limits included).
@Suite struct GreenPlanTests {
    static let green = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Instances/green").path

    @Test(arguments: ["sofia-5-summer", "sofia-10-winter-cloudy", "plovdiv-15-summer-cloudy", "sofia-40-winter-sunny",
                      "sofia-100-winter-cloudy"])
    func heuristicPlanPassesTheCheckerWithGreenLimits(name: String) throws {
        let instance = try InstanceReader.read(path: Self.green + "/\(name).json")
        #expect(instance.hasGreenLimits)
        let plan = HeuristicSolver().solve(instance, options: SolverOptions(timeLimit: 60, seed: 1, iterationLimit: 1_500))
        let report = PlanChecker(instance: instance).check(plan)
        #expect(report.isValid, "\(name): \(report.violations.prefix(3))")
        #expect(plan.unassigned.isEmpty, "\(name): \(plan.unassigned.prefix(3))")
        #expect(plan.status == .feasible)
    }

    @Test func vansShareAStationWithOneCharger() throws {
        // Two vans that both need the only charger at the same time: the plan staggers them.
        let instance = TestInstances.twoVansOneCharger(
            name: "one-charger", supply: [SupplyInterval(start: 600, end: 720, power: 30)])
        let plan = HeuristicSolver().solve(instance, options: SolverOptions(timeLimit: 10, seed: 1, iterationLimit: 500))
        let report = PlanChecker(instance: instance).check(plan)
        #expect(report.isValid, "\(report.violations)")
        #expect(plan.unassigned.isEmpty && plan.vehicles == 2)
        let segments = plan.routes.flatMap { $0.stops.flatMap(\.charging) }
        for a in segments { for b in segments where a != b { #expect(a.end <= b.start + 1e-6 || b.end <= a.start + 1e-6) } }
    }

    /// plovdiv-10-summer-mixed: the optimum (36.25 km, proven by the MIP) charges twice at one
    /// weak solar station, more than the least energy in the morning and the rest late in the
    /// afternoon. The search reaches it only with a second station stop after a customer that a
    /// long morning charge makes late (InsertionFinder) and the until-latest charging rule.
    @Test func splitsChargingAtAWeakStationLikeTheMIP() throws {
        let instance = try InstanceReader.read(path: Self.green + "/plovdiv-10-summer-mixed.json")
        let plan = HeuristicSolver().solve(instance, options: SolverOptions(timeLimit: 60, seed: 1, iterationLimit: 10_000))
        let report = PlanChecker(instance: instance).check(plan)
        #expect(report.isValid, "\(report.violations.prefix(3))")
        #expect(plan.vehicles == 1)
        #expect(abs(plan.distance - 36.2458) < 1e-3, "\(plan.distance)")
    }
}
