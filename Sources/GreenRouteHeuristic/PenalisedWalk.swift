/// How the explorer chain of the annealing walks through infeasible routes (the penalised
/// exploration of Vidal et al.'s hybrid genetic search, inside simulated annealing). After
/// ruin & recreate, customers that greedy insertion could not place feasibly go where their
/// penalised added cost is least, and a candidate with an infeasible route is improved by the
/// local search with penalties. The chain accepts candidates by distance plus weighted load
/// excess, time warp and battery deficit; only candidates whose routes are all feasible can
/// become its best. Each weight adapts to the share of recent candidates free of its kind of
/// violation: up when fewer than ``targetFeasible`` are, down otherwise (HGS's rule, per kind).
///
/// A walk step costs a local search, so the walk takes only every ``stride``-th step while
/// other chains run (all steps once it runs alone).
struct PenalisedWalk {
    /// Steps of the phase per walk step while other chains run.
    var stride = 20
    /// Share of candidates without a violation of a kind that the weight of that kind aims at.
    var targetFeasible = 0.4
    /// Walk steps between two weight updates.
    var interval = 100
    /// Factors applied to a weight when too few or enough candidates are free of its kind.
    var increase = 1.2
    var decrease = 0.85
    /// Start weights, in average arcs per unit of violation (load, time or energy units);
    /// the weights stay within [``lowest``, ``highest``] average arcs per unit.
    var startWeight = 30.0
    var lowest = 0.01
    var highest = 1000.0
    var localSearch = LocalSearch()

    /// The weights of one chain and the feasibility counts since their last update.
    struct Weights {
        var weights: PenaltyWeights
        fileprivate var candidates = 0
        fileprivate var free = [0, 0, 0]
        fileprivate let rule: PenalisedWalk
        fileprivate let averageArc: Double

        /// Weighted load excess, time warp and battery deficit of the routes (distance units).
        func penalties(of solution: SearchSolution) -> Double {
            var total = 0.0
            for route in solution.routes { total += weights.penalty(route.cost) }
            return total
        }

        /// Counts a candidate; every ``PenalisedWalk/interval`` candidates adapts the weights.
        /// True when they changed.
        @discardableResult
        mutating func record(_ solution: SearchSolution) -> Bool {
            candidates += 1
            let epsilon = RouteCost.feasibilityEpsilon
            if solution.routes.allSatisfy({ $0.cost.loadExcess <= epsilon }) { free[0] += 1 }
            if solution.routes.allSatisfy({ $0.cost.timeWarp <= epsilon }) { free[1] += 1 }
            if solution.routes.allSatisfy({ $0.cost.batteryDeficit <= epsilon }) { free[2] += 1 }
            guard candidates >= rule.interval else { return false }
            func adapted(_ weight: Double, _ count: Int) -> Double {
                let share = Double(count) / Double(candidates)
                let factor = share < rule.targetFeasible ? rule.increase : rule.decrease
                return min(rule.highest * averageArc, max(rule.lowest * averageArc, weight * factor))
            }
            weights = PenaltyWeights(load: adapted(weights.load, free[0]), timeWarp: adapted(weights.timeWarp, free[1]),
                                     battery: adapted(weights.battery, free[2]))
            candidates = 0
            free = [0, 0, 0]
            return true
        }
    }

    /// The start weights for a chain; `averageArc` in distance units.
    func start(averageArc: Double) -> Weights {
        let base = max(1e-9, averageArc)
        let weight = startWeight * base
        return Weights(weights: PenaltyWeights(load: weight, timeWarp: weight, battery: weight), rule: self,
                       averageArc: base)
    }

    /// `state` with its absent customers put where their penalised added cost is least (with a
    /// station when that costs less), then, when a route is infeasible, improved by the local
    /// search with penalties `weights`. Absent customers stay absent only when there is no route.
    func complete(_ state: SearchState, weights: PenaltyWeights, context: SearchContext) -> SearchState {
        var next = state
        if !state.absent.isEmpty,
           Squeeze.insert(state.absent, into: &next.solution, context: context, weights: weights, stations: true) {
            next.absent = []
        }
        if !next.solution.isFeasible {
            localSearch.run(&next.solution, context: context.moveContext.penalised(by: weights), editor: context.editor,
                            random: &context.random,
                            shouldContinue: { context.control.hasTime })
        }
        return next
    }
}
