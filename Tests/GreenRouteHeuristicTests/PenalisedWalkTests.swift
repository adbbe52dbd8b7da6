import GreenRouteCheck
import GreenRouteCore
@testable import GreenRouteHeuristic
import Testing

/// The explorer chain's walk through infeasible routes: adaptive weights, completion of
/// candidates, and whole runs with it.
@Suite struct PenalisedWalkTests {
    /// Weights fall while candidates are free of a violation, rise while they carry it, and
    /// stay within their bounds.
    @Test func weightsFollowTheShareOfFeasibleCandidates() throws {
        let (context, state) = try SqueezeTests.minimumFleetState("r105C15")
        let walk = PenalisedWalk()
        let averageArc = 10.0
        var weights = walk.start(averageArc: averageArc)
        let start = walk.startWeight * averageArc
        #expect(weights.weights == PenaltyWeights(load: start, timeWarp: start, battery: start))
        #expect(weights.penalties(of: state.solution) == 0)
        for index in 1...walk.interval {
            #expect(weights.record(state.solution) == (index == walk.interval))
        }
        #expect(abs(weights.weights.timeWarp - start * walk.decrease) < 1e-9)
        #expect(abs(weights.weights.load - start * walk.decrease) < 1e-9)

        // Every route reversed: time warp (windows in reverse order) on a route.
        var late = state.solution
        for r in late.routes.indices {
            late.routes[r].nodes.reverse()
            context.evaluator.refresh(&late.routes[r])
        }
        let timeWarp = late.routes.reduce(0) { $0 + $1.cost.timeWarp }
        try #require(timeWarp > 0)
        #expect(weights.penalties(of: late) >= weights.weights.timeWarp * timeWarp - 1e-6)
        for _ in 0..<walk.interval { weights.record(late) }
        #expect(abs(weights.weights.timeWarp - start * walk.decrease * walk.increase) < 1e-9)
        #expect(weights.weights.load < start, "no load excess: the load weight keeps falling")
        for _ in 0..<(100 * walk.interval) { weights.record(late) }
        #expect(abs(weights.weights.timeWarp - walk.highest * averageArc) < 1e-9)
        for _ in 0..<(100 * walk.interval) { weights.record(state.solution) }
        #expect(abs(weights.weights.timeWarp - walk.lowest * averageArc) < 1e-9)
    }

    /// Completion puts every absent customer on a route (each customer exactly once, no new
    /// route) and keeps the routes' caches exact, feasible or not.
    @Test(arguments: ["r105C15", "rc103C15", "c103C15"])
    func completesCandidatesWithEveryCustomerOnce(name: String) throws {
        let (context, state) = try SqueezeTests.minimumFleetState(name)
        let problem = context.problem
        let customers = Array(1...problem.customerCount)
        let walk = PenalisedWalk()
        let averageArc = state.solution.distance / Double(problem.customerCount + state.solution.vehicles)
        for first in stride(from: 1, through: problem.customerCount - 2, by: 3) {
            var partial = state
            let removed = [first, first + 1, first + 2]
            context.editor.remove(removed, from: &partial.solution)
            partial.absent = removed
            let weights = PenaltyWeights(load: averageArc, timeWarp: averageArc, battery: averageArc)
            let next = walk.complete(partial, weights: weights, context: context)
            #expect(next.absent.isEmpty)
            #expect(next.solution.vehicles <= state.solution.vehicles)
            let served = next.solution.routes.flatMap { $0.nodes.filter(problem.isCustomer) }
            #expect(served.sorted() == customers, "\(removed)")
            for route in next.solution.routes {
                #expect(context.evaluator.evaluate(route.nodes) == route.cost)
            }
        }
    }

    /// With stations, the penalised insertion of one customer costs no more than without (its
    /// candidates are a superset), and less for some customer whose plain insertion runs short
    /// of energy.
    @Test(arguments: ["r105C15", "rc103C15"])
    func stationVariantsNeverCostMore(name: String) throws {
        let (context, state) = try SqueezeTests.minimumFleetState(name)
        let problem = context.problem
        let averageArc = state.solution.distance / Double(problem.customerCount + state.solution.vehicles)
        let weights = PenaltyWeights(load: averageArc, timeWarp: averageArc, battery: averageArc)
        func penalised(_ solution: SearchSolution) -> Double {
            solution.routes.reduce(0) { $0 + weights.cost($1.cost) }
        }
        var cheaper = 0
        for customer in 1...problem.customerCount {
            var partial = state
            context.editor.remove([customer], from: &partial.solution)
            var plain = partial.solution, withStations = partial.solution
            try #require(Squeeze.insert([customer], into: &plain, context: context, weights: weights))
            try #require(Squeeze.insert([customer], into: &withStations, context: context, weights: weights,
                                        stations: true))
            #expect(penalised(withStations) <= penalised(plain) + 1e-9, "customer \(customer)")
            if penalised(withStations) < penalised(plain) - 1e-9 { cheaper += 1 }
            for route in withStations.routes {
                #expect(context.evaluator.evaluate(route.nodes) == route.cost)
            }
        }
        #expect(cheaper > 0)
    }

    /// Whole runs with the walk as third chain (the default): valid plans, the same plan for the same seed and
    /// iteration limit, and the race between the three chains in the notes.
    @Test(arguments: ["rc108C15", "r102C15", "c103C15"])
    func runsWithTheWalkAreValidAndRepeatable(name: String) throws {
        let instance = try TestInstances.shipped(name)
        let options = SolverOptions(timeLimit: 60, seed: 3, iterationLimit: 4000)
        let solver = HeuristicSolver()
        #expect(solver.walkChain && solver.annealingChains == 3)
        let first = solver.solve(instance, options: options)
        let second = solver.solve(instance, options: options)
        #expect(PlanChecker(instance: instance).check(first).isValid)
        #expect(first.status == .feasible)
        #expect(first.routes.map { $0.stops.map(\.node) } == second.routes.map { $0.stops.map(\.node) })
        #expect(first.notes.contains { $0.hasPrefix("annealing: chain ") && $0.contains(" of 3 goes on at ") },
                "\(first.notes)")
        let partial = solver.solve(instance.with(charging: .partial), options: options)
        #expect(PlanChecker(instance: instance.with(charging: .partial)).check(partial).isValid)
    }
}
