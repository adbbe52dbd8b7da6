import GreenRouteCore
import GreenRouteHeuristic
import Testing
@testable import GreenRouteMIP

/// The LP dive: a 0/1 answer that partitions the customers, never below the MIP's optimum,
/// none when the cutoff is the optimum, and the problem's bounds as they were afterwards.
@Suite struct PoolDiveTests {
    /// The set-partitioning problem over every route of a small instance: columns in the
    /// routes' order, distance objective, cover rows and a vehicle row.
    static func model(_ name: String) throws -> (Instance, [PoolRoute], GLPKProblem) {
        let (instance, routes, _) = try PoolSiftingTests.pool(name)
        let problem = GLPKProblem(name: "dive")
        for (offset, route) in routes.enumerated() {
            try problem.addColumn(name: "r\(offset)", kind: .binary, objective: route.distance)
        }
        for customer in instance.customerIndices {
            try problem.addRow(name: "cover_\(customer)", lower: 1, upper: 1,
                               coefficients: routes.indices.filter { routes[$0].customers.contains(customer) }.map { ($0 + 1, 1.0) })
        }
        try problem.addRow(name: "vehicles", lower: 0, upper: Double(instance.customers.count),
                           coefficients: routes.indices.map { ($0 + 1, 1.0) })
        return (instance, routes, problem)
    }

    @Test(arguments: ["r102C10", "c101C10", "rc102C10"])
    func diveAnswerPartitionsTheCustomers(name: String) throws {
        defer { GLPKProblem.releaseThreadEnvironment() }
        let (instance, routes, problem) = try Self.model(name)
        let lpBefore = try #require(try problem.solve(GLPKSolveOptions(relaxationOnly: true)).objective)
        let boundsBefore = try (1...problem.columnCount).map { try problem.columnBounds($0) }
        let outcome = try PoolDive().run(problem: problem, cutoff: nil, timeLimit: 30, shouldStop: nil)
        let boundsAfter = try (1...problem.columnCount).map { try problem.columnBounds($0) }
        // c101C10's relaxation is fractional, so its dive fixes columns and the restore is tested
        // (the other two relaxations are 0/1 from the start).
        if name == "c101C10" { #expect(outcome.fixedToOne > 0, "\(outcome.note)") }
        #expect(zip(boundsBefore, boundsAfter).allSatisfy { $0.lower == $1.lower && $0.upper == $1.upper })
        let values = try #require(outcome.values, "\(outcome.note)")
        #expect(values.count == routes.count)
        #expect(values.allSatisfy { $0 == 0 || $0 == 1 })
        let chosen = routes.indices.filter { values[$0] == 1 }
        var served = [Int](repeating: 0, count: instance.nodeCount)
        for index in chosen { for customer in routes[index].customers { served[customer] += 1 } }
        for customer in instance.customerIndices { #expect(served[customer] == 1, "customer \(customer): \(outcome.note)") }
        let distance = chosen.reduce(0) { $0 + routes[$1].distance }
        #expect(abs(try #require(outcome.objective) - distance) < 1e-6)
        // Never below the optimum, and the bounds are back: the same LP value as before.
        let optimum = try #require(try problem.solve(GLPKSolveOptions()).objective)
        #expect(distance >= optimum - 1e-6, "\(outcome.note)")
        #expect(lpBefore <= optimum + 1e-6)
        let lpAfter = try #require(try problem.solve(GLPKSolveOptions(relaxationOnly: true)).objective)
        #expect(abs(lpAfter - lpBefore) < 1e-6, "\(outcome.note)")
    }

    /// With the optimum as cutoff no answer can beat it: the dive finds none and says so.
    @Test func diveFindsNothingBelowTheOptimum() throws {
        defer { GLPKProblem.releaseThreadEnvironment() }
        let (_, _, problem) = try Self.model("r102C10")
        let optimum = try #require(try problem.solve(GLPKSolveOptions()).objective)
        let outcome = try PoolDive().run(problem: problem, cutoff: optimum, timeLimit: 30, shouldStop: nil)
        #expect(outcome.values == nil, "\(outcome.note)")
        #expect(outcome.note.hasPrefix("dive found nothing better"))
        #expect(outcome.lps >= 1)
    }

    /// The dive's work limit ends it: one LP, no answer on a fractional relaxation.
    @Test func workLimitEndsTheDive() throws {
        defer { GLPKProblem.releaseThreadEnvironment() }
        let (_, _, problem) = try Self.model("c101C10")
        var dive = PoolDive()
        dive.maxLPs = 1
        let outcome = try dive.run(problem: problem, cutoff: nil, timeLimit: 30, shouldStop: nil)
        #expect(outcome.lps == 1)
        #expect(outcome.values == nil || outcome.fixedToOne == 0)
    }

    @Test func columnBoundsAreCheckedAndApplied() throws {
        defer { GLPKProblem.releaseThreadEnvironment() }
        let problem = GLPKProblem(name: "bounds")
        let cheap = try problem.addColumn(name: "cheap", kind: .binary, objective: 1)
        let dear = try problem.addColumn(name: "dear", kind: .binary, objective: 5)
        try problem.addRow(name: "one", lower: 1, upper: 1, coefficients: [(cheap, 1), (dear, 1)])
        #expect(try problem.solve(GLPKSolveOptions()).objective == 1)
        try problem.setColumnBounds(dear, lower: 1, upper: 1)
        #expect(try problem.columnBounds(dear).lower == 1 && problem.columnBounds(dear).upper == 1)
        #expect(try problem.solve(GLPKSolveOptions()).objective == 5)
        try problem.setColumnBounds(dear, lower: 0, upper: 1)
        #expect(try problem.solve(GLPKSolveOptions()).objective == 1)
        #expect(throws: GLPKError.self) { try problem.setColumnBounds(3, lower: 0, upper: 1) }
        #expect(throws: GLPKError.self) { try problem.setColumnBounds(cheap, lower: 1, upper: 0) }
        #expect(throws: GLPKError.self) { try problem.columnBounds(0) }
    }
}

extension PoolDiveTests {
    /// Going on after an answer (its value the new cutoff) never ends worse than stopping at
    /// the first answer, and every answer it keeps is still a partition.
    @Test(arguments: ["r102C10", "c101C10", "rc102C10"])
    func goingOnAfterAnAnswerNeverEndsWorse(name: String) throws {
        defer { GLPKProblem.releaseThreadEnvironment() }
        let (instance, routes, problem) = try Self.model(name)
        let once = try PoolDive().run(problem: problem, cutoff: nil, timeLimit: 30, shouldStop: nil)
        var going = PoolDive()
        going.goesOnAfterAnswer = true
        let onward = try going.run(problem: problem, cutoff: nil, timeLimit: 30, shouldStop: nil)
        #expect(once.answers == 1, "\(once.note)")
        #expect(onward.answers >= 1, "\(onward.note)")
        let onceValue = try #require(once.objective)
        let onwardValue = try #require(onward.objective)
        #expect(onwardValue <= onceValue + 1e-6, "\(once.note) / \(onward.note)")
        let values = try #require(onward.values)
        var served = [Int](repeating: 0, count: instance.nodeCount)
        for index in routes.indices where values[index] == 1 { for customer in routes[index].customers { served[customer] += 1 } }
        #expect(instance.customerIndices.allSatisfy { served[$0] == 1 })
    }
}

extension PoolDiveTests {
    /// The vehicle stage by a dive: from one route per customer it finds fewer routes, a
    /// partition of the customers, never fewer than GLPK's branch and bound proves possible.
    @Test(arguments: ["r102C10", "c101C10"])
    func vehicleStageDiveFindsFewerRoutes(name: String) throws {
        let (instance, routes, solos) = try PoolSiftingTests.pool(name)
        let request = CombineRequest(instance: instance, vehicleType: 0, routes: routes, incumbent: solos,
                                     maxRoutes: instance.customers.count, objective: .hierarchical, timeLimit: 30)
        let dived = PoolPartitioning().combine(request)
        let selected = try #require(dived.selected, "\(dived.note)")
        #expect(dived.note.contains("vehicle stage: dive"), "\(dived.note)")
        #expect(selected.count < solos.count, "\(dived.note)")
        var served = [Int](repeating: 0, count: instance.nodeCount)
        for index in selected { for customer in routes[index].customers { served[customer] += 1 } }
        #expect(instance.customerIndices.allSatisfy { served[$0] == 1 }, "\(dived.note)")
        var exact = PoolPartitioning()
        exact.vehicleDive = false
        let proven = try #require(exact.combine(request).selected)
        #expect(proven.count <= selected.count)
    }
}
