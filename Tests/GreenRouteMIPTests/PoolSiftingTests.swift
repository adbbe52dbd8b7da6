import GreenRouteCore
import GreenRouteHeuristic
import Testing
@testable import GreenRouteMIP

/// Sifting: the pool's LP solved over a working set that grows by pricing, and the columns it
/// keeps for the partitioning.
@Suite struct PoolSiftingTests {
    /// Every route the enumeration finds for a small instance, as a pool, and the positions of
    /// the routes that serve one customer each (a feasible, poor incumbent).
    static func pool(_ name: String) throws -> (Instance, [PoolRoute], [Int]) {
        let instance = try ShippedInstances.evrptw(name)
        let enumeration = RouteEnumerator(instance: instance, isCancelled: { false }).run()
        try #require(enumeration.isComplete)
        let routes = enumeration.routes.map {
            PoolRoute(sequence: $0.sequence, customers: $0.customers.members.sorted(), distance: $0.distance)
        }
        let solos = try instance.customerIndices.map { customer in
            try #require(routes.firstIndex { $0.customers == [customer] })
        }
        return (instance, routes, solos)
    }

    @Test func siftedLPIsTheLPOverTheWholePool() throws {
        defer { GLPKProblem.releaseThreadEnvironment() }
        let (instance, routes, solos) = try Self.pool("r102C10")
        try #require(routes.count > 100)
        let whole = GLPKProblem(name: "whole")
        for (offset, route) in routes.enumerated() {
            try whole.addColumn(name: "r\(offset)", upper: 1, objective: route.distance)
        }
        for customer in instance.customerIndices {
            try whole.addRow(name: "cover_\(customer)", lower: 1, upper: 1,
                             coefficients: routes.indices.filter { routes[$0].customers.contains(customer) }.map { ($0 + 1, 1.0) })
        }
        let fleet = Double(instance.customers.count)
        try whole.addRow(name: "vehicles", lower: 0, upper: fleet, coefficients: routes.indices.map { ($0 + 1, 1.0) })
        let expected = try #require(try whole.solve(GLPKSolveOptions(relaxationOnly: true)).objective)

        var sifting = PoolSifting()
        sifting.perCustomer = 1
        sifting.batch = 5
        let candidates = PoolSifting.Candidates(customers: routes.map(\.customers), footprints: nil,
                                                coverCustomers: Array(instance.customerIndices), maxRoutes: fleet,
                                                incumbent: solos)
        let outcome = try sifting.select(candidates, costs: routes.map(\.distance), hierarchical: false,
                                         instance: instance, slots: nil, timeLimit: 30, shouldStop: nil)
        #expect(outcome.converged)
        #expect(outcome.rounds > 2, "\(outcome.note)")
        #expect(abs(try #require(outcome.lpValue) - expected) < 1e-6, "\(outcome.note)")
    }

    /// The partitioning over the sifted columns finds the optimum over the whole pool, and with
    /// the optimum as incumbent it keeps only the columns a solution as good could use.
    @Test(arguments: ["r102C10", "c101C10"])
    func partitioningOverSiftedColumnsKeepsTheOptimum(name: String) throws {
        let (instance, routes, solos) = try Self.pool(name)
        func request(_ incumbent: [Int]) -> CombineRequest {
            CombineRequest(instance: instance, vehicleType: 0, routes: routes, incumbent: incumbent,
                           maxRoutes: instance.customers.count, objective: .hierarchical, timeLimit: 30)
        }
        func distance(_ selected: [Int]) -> Double { selected.reduce(0) { $0 + routes[$1].distance } }
        let whole = PoolPartitioning().combine(request(solos))
        let optimum = try #require(whole.selected)
        #expect(!whole.note.contains("sifting"))
        let sifted = PoolPartitioning(siftingThreshold: 0).combine(request(solos))
        let selected = try #require(sifted.selected, "\(sifted.note)")
        #expect(sifted.note.contains("sifting"), "\(sifted.note)")
        #expect(selected.count == optimum.count)
        #expect(abs(distance(selected) - distance(optimum)) < 1e-6, "\(sifted.note)")
        // From the optimum: the same value again, over fewer columns than the pool has.
        let again = PoolPartitioning(siftingThreshold: 0).combine(request(optimum))
        #expect(abs(distance(try #require(again.selected)) - distance(optimum)) < 1e-6)
        let columns = try #require(again.note.firstMatch(of: /over (\d+) columns/).flatMap { Int($0.1) }, "\(again.note)")
        #expect(columns < routes.count, "\(again.note)")
    }
}
