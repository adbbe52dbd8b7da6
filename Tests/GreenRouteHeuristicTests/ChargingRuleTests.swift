import GreenRouteCheck
import GreenRouteCore
@testable import GreenRouteHeuristic
import Testing

/// Partial recharge relaxes full recharge: a route the search's evaluator accepts under full
/// rules must stay feasible under partial ones, with the same distance — also one that only
/// charging to full at an early stop makes feasible.
@Suite struct ChargingRuleTests {
    /// The second route of the best r207_21 plan found under full recharge (843.20 in all, see
    /// Docs/heuristic.md): two station stops, S17 and S11. Charging the least needed leaves
    /// 12.81 time units of time warp: the time charging to full takes at S17 is absorbed by
    /// waiting later, and S11 then needs less; charging to full at both is on time.
    static let twoStopRoute = ["D0", "C18", "C7", "C19", "C47", "C46", "C8", "C83", "C60", "C99", "C59", "C92", "C97",
                               "C42", "C2", "C72", "C39", "C67", "C23", "S17", "C75", "C74", "C57", "C87", "C100", "C91",
                               "S11", "C61", "C84", "C5", "C89", "C6", "C94", "C95", "C37", "C98", "C85", "C16", "C44",
                               "C38", "C14", "C43", "C15", "C41", "C22", "C73", "C40", "C21", "C56", "C4", "C25", "C55",
                               "C24", "C29", "C12", "C26", "D0"]

    @Test func aRouteThatNeedsChargingToFullStaysFeasibleUnderPartialRecharge() throws {
        let full = try TestInstances.shipped("r207_21")
        let partial = full.with(charging: .partial)
        let nodes = try Self.twoStopRoute.map { try #require(full.nodeIndex(of: $0)) }
        let underFull = RouteEvaluator(problem: SearchProblem(instance: full, typeIndex: 0)).evaluate(nodes)
        #expect(underFull.isFeasible)
        let evaluator = RouteEvaluator(problem: SearchProblem(instance: partial, typeIndex: 0))
        let least = evaluator.simulate(nodes, rule: .leastNeeded).cost
        #expect(least.timeWarp > 10, "the least-needed charge alone is late")
        let (cost, rule) = evaluator.bestRule(nodes)
        #expect(cost.isFeasible && rule == .toFull)
        #expect(cost.distance == underFull.distance)
        // Core's timetable (which the plan is built from) agrees, and the checker accepts it.
        let sequence = Array(nodes.dropFirst().dropLast())
        let route = try #require(RouteTimetable.build(partial, vehicleType: 0, sequence: sequence))
        let others = partial.customers.map(\.id).filter { !Self.twoStopRoute.contains($0) }
            .map { UnassignedCustomer(customer: $0, reason: "not on this route") }
        let plan = PlanAssembler.makePlan(partial, solver: "test", status: .infeasible, objective: .hierarchical,
                                          routes: [route], unassigned: others, seconds: 0, seed: 1, notes: [])
        let report = PlanChecker(instance: partial).check(plan)
        #expect(report.isValid, "\(report.violations)")
    }
}
