/// What a route costs before weighting: distance and the three kinds of infeasibility.
struct RouteCost: Equatable {
    /// Distance driven, in distance units.
    var distance: Double = 0
    /// Load above capacity, in load units.
    var loadExcess: Double = 0
    /// Time warp (Vidal et al. 2013): how much the van must go back in time to meet
    /// every window and the horizon, in time units.
    var timeWarp: Double = 0
    /// Energy below the reserve (or return charge) summed over arrivals, in energy units.
    var batteryDeficit: Double = 0

    /// Infeasibility below this counts as none (absolute, far below the 1e-6 relative
    /// tolerance that RouteTimetable applies, so feasible here means feasible there).
    static let feasibilityEpsilon = 1e-7

    var isFeasible: Bool {
        loadExcess <= Self.feasibilityEpsilon && timeWarp <= Self.feasibilityEpsilon
            && batteryDeficit <= Self.feasibilityEpsilon
    }
}

/// Weights of the penalised objective: distance + load·excess + time·warp + battery·deficit.
struct PenaltyWeights: Equatable {
    var load: Double
    var timeWarp: Double
    var battery: Double

    func cost(_ route: RouteCost) -> Double {
        route.distance + load * route.loadExcess + timeWarp * route.timeWarp + battery * route.batteryDeficit
    }

    /// The weighted violations of a route alone: ``cost(_:)`` without the distance.
    func penalty(_ route: RouteCost) -> Double {
        cost(route) - route.distance
    }

    /// All three weights multiplied by `factor`.
    func scaled(by factor: Double) -> PenaltyWeights {
        PenaltyWeights(load: load * factor, timeWarp: timeWarp * factor, battery: battery * factor)
    }

    /// Start weights scaled to the instance: one unit of violation costs about one average arc.
    static func initial(averageArc: Double) -> PenaltyWeights {
        let base = max(1, averageArc)
        return PenaltyWeights(load: base, timeWarp: base, battery: base)
    }
}
