import GreenRouteCore
import GreenRouteIO
@testable import GreenRouteHeuristic
import Testing

/// Property tests: what operators and the evaluator claim equals what recomputation gives.
@Suite struct MoveDeltaTests {
    /// A random (mostly infeasible) solution: customers dealt to `routeCount` routes in
    /// random order, with a random station visit now and then.
    static func randomSolution(_ problem: SearchProblem, evaluator: RouteEvaluator, routeCount: Int,
                               random: inout SeededGenerator) -> SearchSolution {
        var customers = Array(1...problem.customerCount)
        random.shuffle(&customers)
        var sequences = [[Int]](repeating: [], count: routeCount)
        for (index, c) in customers.enumerated() {
            sequences[index % routeCount].append(c)
            if !problem.stations.isEmpty && random.unit() < 0.2 {
                sequences[index % routeCount].append(problem.stations[random.index(below: problem.stations.count)])
            }
        }
        var solution = SearchSolution(nodeCount: problem.nodeCount)
        for sequence in sequences {
            var route = SearchRoute(nodes: [0] + sequence + [0])
            evaluator.refresh(&route)
            solution.routes.append(route)
            solution.index(route: solution.routes.count - 1, problem: problem)
        }
        return solution
    }

    static func total(_ solution: SearchSolution, _ context: MoveContext) -> Double {
        solution.routes.reduce(0) { $0 + context.weights.cost(context.evaluator.evaluate($1.nodes)) }
    }

    @Test(arguments: ["c103C15", "r202C15", "rc108C15"], [ChargingMode.full, .partial])
    func operatorDeltasEqualRecomputedDifferences(name: String, charging: ChargingMode) throws {
        let instance = try TestInstances.shipped(name).with(charging: charging)
        let problem = SearchProblem(instance: instance, typeIndex: 0)
        let evaluator = RouteEvaluator(problem: problem)
        let context = MoveContext(problem: problem, evaluator: evaluator,
                                  weights: PenaltyWeights(load: 3, timeWarp: 2, battery: 5), requireFeasible: false)
        var random = SeededGenerator(seed: 7)
        let operators: [any NodeOperator] = [Relocate(), Swap(), TwoOptStar()]
        var checked = 0
        for trial in 0..<6 {
            let solution = Self.randomSolution(problem, evaluator: evaluator, routeCount: 2 + trial % 3, random: &random)
            let before = Self.total(solution, context)
            for u in 1...problem.customerCount {
                for v in 1...problem.customerCount where u != v {
                    for op in operators {
                        guard let move = op.evaluate(u, v, in: solution, context: context) else { continue }
                        var copy = solution
                        move.apply(to: &copy, context: context)
                        #expect(abs(Self.total(copy, context) - before - move.delta) < 1e-6)
                        #expect(move.delta < 0)
                        checked += 1
                    }
                }
            }
            for r in solution.routes.indices {
                guard let move = StationRelocate().evaluate(route: r, in: solution, context: context) else { continue }
                var copy = solution
                move.apply(to: &copy, context: context)
                #expect(abs(Self.total(copy, context) - before - move.delta) < 1e-6)
                checked += 1
            }
        }
        #expect(checked > 20)
    }

    @Test(arguments: [ChargingMode.full, .partial])
    func evaluatorAgreesWithRouteTimetable(charging: ChargingMode) throws {
        let instance = try TestInstances.shipped("rc108C15").with(charging: charging)
        let problem = SearchProblem(instance: instance, typeIndex: 0)
        let evaluator = RouteEvaluator(problem: problem)
        var random = SeededGenerator(seed: 3)
        var feasibleCount = 0
        for _ in 0..<3000 {
            var sequence: [Int] = []
            for _ in 0..<(1 + random.index(below: 4)) {
                sequence.append(random.unit() < 0.3 ? problem.stations[random.index(below: problem.stations.count)]
                                                     : 1 + random.index(below: problem.customerCount))
            }
            let cost = evaluator.evaluate([0] + sequence + [0])
            let built = RouteTimetable.build(instance, vehicleType: 0, sequence: sequence)
            if charging == .full {
                #expect(cost.isFeasible == (built != nil), "\(sequence)")
            } else if cost.isFeasible {
                // Partial: RouteTimetable also tries per-stop mixes of least and full charging,
                // a superset of the evaluator's two rules.
                #expect(built != nil, "\(sequence)")
            }
            if let built {
                feasibleCount += 1
                #expect(abs(built.distance - cost.distance) < 1e-9)
            }
        }
        #expect(feasibleCount > 50)
    }

    /// Green day (supply profiles, until-latest rule): every sequence the evaluator accepts is
    /// timed by Core's RouteTimetable (which also tries least/full mixes), with the same distance.
    @Test func evaluatorAgreesWithRouteTimetableOnAGreenDay() throws {
        let instance = try InstanceReader.read(path: GreenPlanTests.green + "/plovdiv-10-summer-mixed.json")
        let problem = SearchProblem(instance: instance, typeIndex: 0)
        let evaluator = RouteEvaluator(problem: problem)
        var random = SeededGenerator(seed: 5)
        var feasibleCount = 0, untilLatestCount = 0
        for _ in 0..<4000 {
            var sequence: [Int] = []
            for _ in 0..<(1 + random.index(below: 9)) {
                sequence.append(random.unit() < 0.25 ? problem.stations[random.index(below: problem.stations.count)]
                                                      : 1 + random.index(below: problem.customerCount))
            }
            let (cost, rule) = evaluator.bestRule([0] + sequence + [0])
            guard cost.isFeasible else { continue }
            feasibleCount += 1
            if rule == .untilLatest { untilLatestCount += 1 }
            let built = RouteTimetable.build(instance, vehicleType: 0, sequence: sequence)
            #expect(built != nil, "\(sequence) \(rule)")
            if let built { #expect(abs(built.distance - cost.distance) < 1e-9) }
        }
        #expect(feasibleCount > 100)
        #expect(untilLatestCount > 0)
    }

    /// The evaluator's shortcuts (stop at the first violation; skip charging to full when the
    /// least-needed rule already fails before the second station stop) change no verdict: a
    /// route is feasible exactly when one charging rule, simulated to the end, makes it
    /// feasible, and then with the same cost.
    @Test(arguments: ["r202C15", "rc108C15", "green"])
    func shortcutsKeepEveryVerdict(name: String) throws {
        let instance = name == "green"
            ? try InstanceReader.read(path: GreenPlanTests.green + "/plovdiv-10-summer-mixed.json")
            : try TestInstances.shipped(name).with(charging: .partial)
        let problem = SearchProblem(instance: instance, typeIndex: 0)
        let evaluator = RouteEvaluator(problem: problem)
        var random = SeededGenerator(seed: 11)
        var feasibleCount = 0, fullOnlyCount = 0
        for _ in 0..<6000 {
            var sequence = [0]
            for _ in 0..<(1 + random.index(below: 10)) {
                sequence.append(random.unit() < 0.35 ? problem.stations[random.index(below: problem.stations.count)]
                                                      : 1 + random.index(below: problem.customerCount))
            }
            sequence.append(0)
            let verdicts = evaluator.policy.rules.map { evaluator.simulate(sequence, rule: $0).cost }
            let feasible = verdicts.first(where: \.isFeasible)
            let quick = evaluator.evaluate(sequence, stopAtViolation: true)
            #expect(quick.isFeasible == (feasible != nil), "\(sequence)")
            #expect(evaluator.evaluate(sequence).isFeasible == (feasible != nil), "\(sequence)")
            if let feasible {
                feasibleCount += 1
                #expect(quick == feasible)
                if !verdicts[0].isFeasible { fullOnlyCount += 1 }
            }
        }
        #expect(feasibleCount > 100)
        print("shortcuts \(name): \(feasibleCount) feasible, \(fullOnlyCount) only by a later rule")
    }

    @Test func insertionsAreFeasibleAndPricedExactly() throws {
        let instance = try TestInstances.shipped("r202C15")
        let problem = SearchProblem(instance: instance, typeIndex: 0)
        let evaluator = RouteEvaluator(problem: problem)
        let finder = InsertionFinder(problem: problem, evaluator: evaluator)
        var random = SeededGenerator(seed: 11)
        var found = 0
        for _ in 0..<20 {
            // Routes built from feasible solo routes, then every other customer offered to them.
            var solution = SearchSolution(nodeCount: problem.nodeCount)
            let solos = SoloRoutes.compute(problem: problem, evaluator: evaluator)
            var customers = Array(1...problem.customerCount)
            random.shuffle(&customers)
            for c in customers.prefix(3) {
                var route = SearchRoute(nodes: [0] + solos[c]! + [0])
                evaluator.refresh(&route)
                solution.routes.append(route)
                solution.index(route: solution.routes.count - 1, problem: problem)
            }
            for c in customers.dropFirst(3) {
                guard let insertion = finder.best(customer: c, in: solution, blinkRate: 0, random: &random) else { continue }
                let old = solution.routes[insertion.route]
                let nodes = insertion.sequence(from: old.nodes)
                let cost = evaluator.evaluate(nodes)
                #expect(cost.isFeasible)
                #expect(abs(cost.distance - old.cost.distance - insertion.delta) < 1e-6)
                solution.routes[insertion.route].nodes = nodes
                evaluator.refresh(&solution.routes[insertion.route])
                solution.index(route: insertion.route, problem: problem)
                found += 1
            }
        }
        #expect(found > 20)
    }
}
