import GreenRouteCore
@testable import GreenRouteHeuristic
import Testing

/// The pool's admission rule: feasible routes only, the shortest per customer set, bounded.
@Suite struct RoutePoolTests {
    static func route(_ sequence: [Int], _ evaluator: RouteEvaluator) -> SearchRoute {
        var route = SearchRoute(nodes: [0] + sequence + [0])
        evaluator.refresh(&route)
        return route
    }

    @Test func keepsTheShortestFeasibleRoutePerCustomerSet() throws {
        let instance = try TestInstances.shipped("c206C5")
        let problem = SearchProblem(instance: instance, typeIndex: 0)
        let evaluator = RouteEvaluator(problem: problem)
        // Two feasible sequences of different length for the same pair of customers
        // (either order, with or without a station somewhere).
        var found: (longer: SearchRoute, shorter: SearchRoute, customers: [Int])?
        search: for a in 1...problem.customerCount {
            for b in 1...problem.customerCount where b > a {
                var sequences = [[a, b], [b, a]]
                for s in problem.stations { sequences += [[s, a, b], [a, s, b], [a, b, s], [s, b, a], [b, s, a], [b, a, s]] }
                let feasible = sequences.map { Self.route($0, evaluator) }.filter(\.cost.isFeasible)
                    .sorted { $0.cost.distance > $1.cost.distance }
                if let longest = feasible.first, let shortest = feasible.last,
                   longest.cost.distance > shortest.cost.distance + 1e-6 {
                    found = (longest, shortest, [a, b])
                    break search
                }
            }
        }
        let pair = try #require(found)
        let pool = RoutePool(capacity: 100)
        #expect(pool.offer(pair.longer, problem: problem) == 0)
        #expect(pool.offer(pair.shorter, problem: problem) == 0)
        #expect(pool.count == 1)
        #expect(abs(pool.routes[0].distance - pair.shorter.cost.distance) < 1e-9)
        #expect(pool.routes[0].customers == pair.customers)
        // A longer route for the same customers does not replace the shorter one.
        let other = RoutePool(capacity: 100)
        other.offer(pair.shorter, problem: problem)
        other.offer(pair.longer, problem: problem)
        #expect(other.routes.map(\.sequence) == [Array(pair.shorter.nodes.dropFirst().dropLast())])
    }

    @Test func refusesInfeasibleRoutesAndEmptyOnes() throws {
        let instance = try TestInstances.shipped("c101C5")
        let problem = SearchProblem(instance: instance, typeIndex: 0)
        let evaluator = RouteEvaluator(problem: problem)
        let pool = RoutePool(capacity: 100)
        // Every customer on one route in the reverse order of their windows: late somewhere.
        let late = Self.route(Array((1...problem.customerCount).reversed()), evaluator)
        if !late.cost.isFeasible { #expect(pool.offer(late, problem: problem) == nil) }
        #expect(pool.offer(Self.route([], evaluator), problem: problem) == nil)
        if let station = problem.stations.first {
            #expect(pool.offer(Self.route([station], evaluator), problem: problem) == nil)
        }
        #expect(pool.count == 0 || late.cost.isFeasible)
    }

    @Test func staysWithinItsCapacityAndStillIndexesASolution() throws {
        let instance = try TestInstances.shipped("c101C10")
        let problem = SearchProblem(instance: instance, typeIndex: 0)
        let evaluator = RouteEvaluator(problem: problem)
        let pool = RoutePool(capacity: 4)
        var solution = SearchSolution(nodeCount: problem.nodeCount)
        for customer in 1...problem.customerCount {
            let solo = Self.route([customer], evaluator)
            guard solo.cost.isFeasible else { continue }
            pool.offer(solo, problem: problem)
            #expect(pool.count <= 4)
            solution.routes.append(solo)
            solution.index(route: solution.routes.count - 1, problem: problem)
        }
        // Routes evicted earlier come back when a solution asks for its indices.
        let indices = try #require(pool.indices(of: solution, problem: problem))
        #expect(indices.count == solution.routes.count)
        for (route, index) in zip(solution.routes, indices) {
            #expect(pool.routes[index].sequence == Array(route.nodes.dropFirst().dropLast()))
        }
    }
}
