import Foundation
import Testing
@testable import GreenRouteMIP

/// A 0-1 knapsack: values 10, 13, 7, 8, 5; weights 4, 6, 3, 5, 2; capacity 10.
/// Optimum 23: items 1 and 2 (weight 10), better than 1+3+5 (22) or 3+4+5 (20).
private func knapsack() throws -> GLPKProblem {
    let problem = GLPKProblem(name: "knapsack")
    let values = [10.0, 13, 7, 8, 5], weights = [4.0, 6, 3, 5, 2]
    for index in values.indices {
        try problem.addColumn(name: "take_\(index + 1)", kind: .binary, objective: values[index])
    }
    try problem.addRow(name: "capacity", lower: -.infinity, upper: 10,
                       coefficients: weights.enumerated().map { (column: $0.offset + 1, value: $0.element) })
    try problem.setObjective(values, maximize: true)
    return problem
}

/// Σ 2 x_i = n with n odd: infeasible, but branch and bound needs exponentially many nodes.
private func parityProblem(size: Int) throws -> GLPKProblem {
    let problem = GLPKProblem(name: "parity")
    for index in 1...size { try problem.addColumn(name: "x_\(index)", kind: .binary, objective: 1) }
    try problem.addRow(name: "odd", lower: Double(size), upper: Double(size),
                       coefficients: (1...size).map { (column: $0, value: 2.0) })
    return problem
}

@Suite struct GLPKProblemTests {
    @Test func knapsackReachesItsKnownOptimum() throws {
        let solution = try knapsack().solve()
        #expect(solution.status == .optimal)
        #expect(abs((solution.objective ?? 0) - 23) < 1e-9)
        #expect(solution.values.map { $0.rounded() } == [1, 1, 0, 0, 0])
        #expect(abs((solution.bound ?? 0) - 23) < 1e-9)
        #expect((solution.relaxation ?? 0) > 23 + 1e-6)
    }

    @Test func assignmentLPIsIntegral() throws {
        // 2 × 2 assignment: costs [[4, 1], [2, 3]]: optimum 1 + 2 = 3.
        let problem = GLPKProblem(name: "assignment")
        let costs = [[4.0, 1.0], [2.0, 3.0]]
        for i in 0..<2 { for j in 0..<2 { try problem.addColumn(name: "a_\(i)_\(j)", upper: 1, objective: costs[i][j]) } }
        for i in 0..<2 {
            try problem.addRow(name: "worker_\(i)", lower: 1, upper: 1, coefficients: [(2 * i + 1, 1), (2 * i + 2, 1)])
            try problem.addRow(name: "job_\(i)", lower: 1, upper: 1, coefficients: [(i + 1, 1), (i + 3, 1)])
        }
        let solution = try problem.solve()
        #expect(solution.status == .optimal)
        #expect(abs((solution.objective ?? 0) - 3) < 1e-9)
    }

    /// Columns can join rows that exist (column generation); the LP then gives row duals with
    /// reduced cost c_j − Σ_i a_ij · dual_i ≥ 0 for every column at the optimum.
    @Test func columnsJoinExistingRowsAndTheLPGivesRowDuals() throws {
        // min 3a + 2b + 4c  s.t.  a + b ≥ 2 (demand), b + c ≥ 1 (cover), b ≤ 1.5 (column bound).
        let problem = GLPKProblem(name: "generation")
        let demand = try problem.addRow(name: "demand", lower: 2, upper: .infinity, coefficients: [])
        let cover = try problem.addRow(name: "cover", lower: 1, upper: .infinity, coefficients: [])
        try problem.addColumn(name: "a", objective: 3, rows: [(demand, 1)])
        try problem.addColumn(name: "b", upper: 1.5, objective: 2, rows: [(demand, 1), (cover, 1)])
        let first = try problem.solve(GLPKSolveOptions(relaxationOnly: true))
        #expect(first.status == .optimal)
        #expect(abs((first.objective ?? 0) - 4.5) < 1e-9)  // b = 1.5, a = 0.5
        #expect(first.rowDuals.count == 2)
        #expect(abs(first.rowDuals[0] - 3) < 1e-9)  // one more unit of demand costs one more a
        // A column priced with those duals: c = 4 in cover only: reduced cost 4 − dual(cover).
        let reduced = 4 - first.rowDuals[1]
        try problem.addColumn(name: "c", objective: 4, rows: [(cover, 1)])
        let second = try problem.solve(GLPKSolveOptions(relaxationOnly: true))
        #expect(second.status == .optimal)
        // The new column cannot lower the objective when its reduced cost is not negative.
        #expect(reduced >= -1e-9)
        #expect(abs((second.objective ?? 0) - 4.5) < 1e-9)
        // One with a negative reduced cost does: d = 2.5 in demand only replaces a (2.5 − 3 < 0).
        #expect(2.5 - second.rowDuals[0] < -1e-9)
        try problem.addColumn(name: "d", objective: 2.5, rows: [(demand, 1)])
        let third = try problem.solve(GLPKSolveOptions(relaxationOnly: true))
        #expect(abs((third.objective ?? 0) - 4.25) < 1e-9)
        #expect(throws: GLPKError.self) { try problem.addColumn(name: "outside", rows: [(3, 1)]) }
        #expect(throws: GLPKError.self) { try problem.addColumn(name: "twice", rows: [(1, 1), (1, 2)]) }
        #expect(throws: GLPKError.self) { try problem.addColumn(name: "infinite", rows: [(1, .infinity)]) }
    }

    @Test func invalidInputIsRejectedWithASwiftError() throws {
        let problem = try knapsack()
        #expect(throws: GLPKError.duplicateIndex(row: "dup", column: 1)) {
            try problem.addRow(name: "dup", lower: 0, upper: 1, coefficients: [(1, 1), (1, 2)])
        }
        #expect(throws: GLPKError.self) { try problem.addRow(name: "range", lower: 0, upper: 1, coefficients: [(9, 1)]) }
        #expect(throws: GLPKError.self) { try problem.addRow(name: "nan", lower: 0, upper: 1, coefficients: [(1, .nan)]) }
        #expect(throws: GLPKError.self) { try problem.addColumn(name: "bounds", lower: 2, upper: 1) }
        #expect(throws: GLPKError.self) { try problem.addColumn(name: "take_1") }
        #expect(throws: GLPKError.self) { try problem.setRowBounds(1, lower: .nan, upper: 3) }
        // The problem is still usable after the rejected calls.
        #expect(try problem.solve().status == .optimal)
    }

    @Test func guardTurnsAGLPKErrorIntoASwiftError() throws {
        let problem = try knapsack()
        // Bypass the Swift checks: GLPK would abort the process on the duplicate column.
        #expect(throws: GLPKError.environmentLost(call: "glp_set_mat_row")) {
            try problem.unsafeSetMatrixRowForTesting(row: 1, [(1, 1), (1, 1)])
        }
        #expect(throws: GLPKError.self) { try problem.solve() }
        // A fresh problem on the same thread works again.
        #expect(try knapsack().solve().status == .optimal)
    }

    @Test func infeasibleStartIsRejected() throws {
        let problem = try knapsack()
        #expect(throws: GLPKError.self) { try problem.solve(GLPKSolveOptions(start: [1, 1, 1, 0, 0])) }
        #expect(throws: GLPKError.self) { try problem.solve(GLPKSolveOptions(start: [1, 0])) }
        let solution = try problem.solve(GLPKSolveOptions(start: [0, 0, 1, 1, 1]))
        #expect(abs((solution.objective ?? 0) - 23) < 1e-9)
    }

    @Test func stopFlagEndsTheSearch() throws {
        let problem = try parityProblem(size: 41)
        let solution = try problem.solve(GLPKSolveOptions(shouldStop: { true }))
        #expect(solution.termination == .stopRequested)
        #expect(solution.status == .undefined)
    }

    @Test func timeLimitEndsTheSearch() throws {
        let problem = try parityProblem(size: 41)
        let started = Date()
        let solution = try problem.solve(GLPKSolveOptions(timeLimit: 0.3))
        #expect(solution.termination == .timeLimit)
        #expect(Date().timeIntervalSince(started) < 5)
    }

    /// Work limits stop GLPK by counted work, not by the clock: a node budget ends branch and
    /// bound on a hard MIP long before a generous time limit, an iteration budget ends the LP.
    @Test func workLimitsEndTheSearch() throws {
        var options = GLPKSolveOptions(timeLimit: 60)
        options.nodeLimit = 50
        let started = Date()
        let solution = try parityProblem(size: 41).solve(options)
        #expect(solution.termination == .workLimit)
        #expect(solution.status == .undefined)
        #expect(Date().timeIntervalSince(started) < 30)
        // A chain of 39 rows x_i + x_(i+1) ≥ 1: one simplex iteration does not solve it.
        let problem = GLPKProblem(name: "chain")
        for index in 1...40 { try problem.addColumn(name: "x_\(index)", upper: 1, objective: Double(index)) }
        for index in 1..<40 {
            try problem.addRow(name: "link_\(index)", lower: 1, upper: .infinity, coefficients: [(index, 1), (index + 1, 1)])
        }
        var lpOptions = GLPKSolveOptions(timeLimit: 60, relaxationOnly: true)
        lpOptions.simplexIterationLimit = 1
        let stopped = try problem.solve(lpOptions)
        #expect(stopped.termination == .workLimit)
        #expect(stopped.status != .optimal)
        lpOptions.simplexIterationLimit = nil
        #expect(try problem.solve(lpOptions).status == .optimal)
    }

    @Test func writesCPLEXLPFormatWithNames() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("knapsack-\(UUID()).lp").path
        try knapsack().writeLP(path: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try? FileManager.default.removeItem(atPath: path)
        #expect(text.contains("capacity"))
        #expect(text.contains("take_3"))
    }
}
