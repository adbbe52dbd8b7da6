@testable import GreenRouteHeuristic
import Testing

/// The pool exchange against a brute force over the same neighbourhood, on pools of random
/// customer sets (no instance needed: the exchange sees only customers and distances).
@Suite struct PoolExchangeTests {
    /// A deterministic pool: the incumbent's routes (customers 1...12 in four routes of three,
    /// 10 per customer) and random subsets of the customers at `perCustomer` per customer.
    static func pool(seed: UInt64, perCustomer: ClosedRange<Double> = 7...13) -> (routes: [PoolRoute], incumbent: [Int]) {
        var random = SeededGenerator(seed: seed)
        var routes: [PoolRoute] = []
        var keys: Set<[Int]> = []
        for first in stride(from: 1, through: 10, by: 3) {
            let customers = [first, first + 1, first + 2]
            keys.insert(customers)
            routes.append(PoolRoute(sequence: customers, customers: customers, distance: 30))
        }
        while routes.count < 400 {
            let size = Int.random(in: 1...6, using: &random)
            let customers = Array(Set((0..<size).map { _ in Int.random(in: 1...12, using: &random) })).sorted()
            guard keys.insert(customers).inserted else { continue }
            let distance = Double(customers.count) * Double.random(in: perCustomer, using: &random)
            routes.append(PoolRoute(sequence: customers, customers: customers, distance: distance))
        }
        return (routes, [0, 1, 2, 3])
    }

    /// The best saving of any exact cover of a group of incumbent routes (two or three of them)
    /// by at most as many pool routes, by brute force.
    static func bruteForceBestSaving(routes: [PoolRoute], incumbent: [Int], largest: Int) -> Double {
        var best = 0.0
        let positions = Array(incumbent.indices)
        func groups(_ size: Int, from start: Int) -> [[Int]] {
            guard size > 0 else { return [[]] }
            return (start..<positions.count).flatMap { first in groups(size - 1, from: first + 1).map { [first] + $0 } }
        }
        for size in 2...largest {
            for group in groups(size, from: 0) {
                let union = Set(group.flatMap { routes[incumbent[$0]].customers })
                let distance = group.reduce(0) { $0 + routes[incumbent[$1]].distance }
                let inside = routes.indices.filter { Set(routes[$0].customers).isSubset(of: union) }
                func cover(_ remaining: Set<Int>, used: Int, cost: Double, from: Int) {
                    if remaining.isEmpty {
                        best = max(best, distance - cost)
                        return
                    }
                    guard used < size else { return }
                    for position in from..<inside.count {
                        let customers = Set(routes[inside[position]].customers)
                        guard customers.isSubset(of: remaining) else { continue }
                        cover(remaining.subtracting(customers), used: used + 1,
                              cost: cost + routes[inside[position]].distance, from: position + 1)
                    }
                }
                cover(union, used: 0, cost: 0, from: 0)
            }
        }
        return best
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func exchangesUntilTheBruteForceFindsNoneLeft(seed: UInt64) throws {
        let (routes, incumbent) = Self.pool(seed: seed)
        let saving = Self.bruteForceBestSaving(routes: routes, incumbent: incumbent, largest: 3)
        try #require(saving > 1e-6, "the random pool should hold a shorter cover")
        var exchange = PoolExchange()
        exchange.largestGroup = 3
        let found = try #require(exchange.improve(incumbent, routes: routes, nodeCount: 13, fewerRoutesFirst: false))
        // A partition of the twelve customers into at most four routes, shorter than the incumbent...
        #expect(found.selected.flatMap { routes[$0].customers }.sorted() == Array(1...12))
        #expect(found.selected.count <= incumbent.count)
        #expect(found.selected.reduce(0) { $0 + routes[$1].distance } < 120 - 1e-6)
        // ...where no exchange of two or three routes is left.
        #expect(Self.bruteForceBestSaving(routes: routes, incumbent: found.selected, largest: 3) < 1e-6)
    }

    @Test func noExchangeWhereEveryOtherRouteIsDearerPerCustomer() {
        let (routes, incumbent) = Self.pool(seed: 7, perCustomer: 10.5...13)
        #expect(Self.bruteForceBestSaving(routes: routes, incumbent: incumbent, largest: 3) < 1e-6)
        #expect(PoolExchange().improve(incumbent, routes: routes, nodeCount: 13, fewerRoutesFirst: true) == nil)
    }

    @Test func fewerRoutesComeFirstUnderTheHierarchicalObjective() throws {
        // Two routes of 30 can be served by one route of 59: shorter and one van fewer.
        var routes = [PoolRoute(sequence: [1, 2], customers: [1, 2], distance: 30),
                      PoolRoute(sequence: [3, 4], customers: [3, 4], distance: 30),
                      PoolRoute(sequence: [1, 2, 3, 4], customers: [1, 2, 3, 4], distance: 59)]
        let outcome = try #require(PoolExchange().improve([0, 1], routes: routes, nodeCount: 5, fewerRoutesFirst: true))
        #expect(outcome.selected == [2])
        // A longer single route is no exchange: every exchange shortens its group.
        routes[2] = PoolRoute(sequence: [1, 2, 3, 4], customers: [1, 2, 3, 4], distance: 61)
        #expect(PoolExchange().improve([0, 1], routes: routes, nodeCount: 5, fewerRoutesFirst: true) == nil)
    }
}
