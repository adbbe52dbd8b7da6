import Foundation
import GreenRouteCheck
import GreenRouteCore
import GreenRouteHeuristic
import GreenRouteIO
import Testing

@Suite struct BaselineSolverTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func shipped(_ folder: String) -> [String] {
        let path = root.appendingPathComponent("Instances/" + folder).path
        return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".json") }.sorted().map { path + "/" + $0 }
    }

    @Test(arguments: shipped("evrptw") + shipped("solomon") + shipped("green"))
    func everyBaselinePlanPassesTheChecker(path: String) throws {
        for charging in [ChargingMode.full, .partial] {
            let instance = try InstanceReader.read(path: path).with(charging: charging)
            let plan = BaselineSolver().solve(instance, options: SolverOptions())
            let report = PlanChecker(instance: instance).check(plan)
            #expect(report.isValid, "\(instance.name) \(charging): \(report.violations.prefix(3))")
            #expect(plan.routes.count + plan.unassigned.count == instance.customers.count || instance.vehicleTypes[0].count != nil)
            if plan.unassigned.isEmpty { #expect(plan.status == .feasible) } else { #expect(plan.status == .infeasible) }
        }
    }

    @Test func unservableCustomerIsListedWithItsReason() throws {
        var instance = try InstanceReader.read(path: Self.shipped("evrptw").first { $0.hasSuffix("c101C5.txt") }!)
        var customers = instance.customers
        customers[0].due = 0 // closes before any van can arrive
        instance = instance.with(customers: customers)
        let plan = BaselineSolver().solve(instance, options: SolverOptions())
        #expect(plan.status == .infeasible)
        #expect(plan.unassigned.map(\.customer) == [customers[0].id])
        #expect(plan.unassigned[0].reason.contains("window"))
        #expect(PlanChecker(instance: instance).check(plan).isValid)
    }
}
