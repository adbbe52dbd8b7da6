import GreenRouteCore

/// How much to charge at a station stop.
enum ChargingRule {
    /// Charge to the battery capacity (full recharge; also allowed under partial recharge).
    case toFull
    /// Charge the least that reaches the next charging point (Core's RouteTimetable rule).
    case leastNeeded
    /// Charge as long as the later time windows allow (up to full): on days with weak sun a
    /// stop may have to take more than the least energy because a later stop gets less.
    /// Core's `RouteTimetable` tries the same rule last.
    case untilLatest
}

/// The one place that decides how much a van charges at a station stop and how long it
/// stays. Route evaluation calls only ``charge(station:arrivalTime:arrivalCharge:needed:rule:)``
/// and tries ``rules`` in order.
///
/// Under partial recharge the least-needed rule is tried first and charging to full second:
/// charging least is not always earliest (a van that must wait for a window later could
/// have charged more now and less at the next station), and trying both makes every route
/// that is feasible under full recharge feasible under partial recharge too.
///
/// At stations with a green supply profile the stay follows the supply: the van charges as
/// early as the sun allows at up to its charging power (Core's `SupplyIntegral`, O(log
/// pieces)), as it would alone at the station; sharing a station with other vans is settled
/// when the plan is built (`StationLedger`). Charging that cannot finish before the horizon
/// ends is priced as time warp past the horizon.
struct ChargingPolicy {
    let mode: ChargingMode
    let battery: Double
    /// Per node: time units per energy unit (0 except at stations).
    let chargeTimePerEnergy: [Double]
    /// Per node: the supply integral at stations whose supply is limited (nil elsewhere).
    let green: [SupplyIntegral?]
    let close: Double
    /// The rules route evaluation tries, preferred first.
    let rules: [ChargingRule]
    /// Whether some station charges from a supply profile (a green day).
    let hasSupplyProfiles: Bool

    init(problem: SearchProblem) {
        mode = problem.charging
        battery = problem.battery
        chargeTimePerEnergy = problem.chargeTimePerEnergy
        close = problem.close
        let instance = problem.instance
        var green = [SupplyIntegral?](repeating: nil, count: problem.nodeCount)
        for node in instance.stationIndices {
            let station = instance.station(atNode: node)
            guard !station.supply.isUnlimited else { continue }
            green[node] = SupplyIntegral(supply: station.supply,
                                         maxPower: instance.chargingPower(atNode: node, vehicleType: problem.typeIndex),
                                         open: instance.depot.open, close: instance.depot.close,
                                         timeUnit: instance.timeUnit)
        }
        self.green = green
        hasSupplyProfiles = green.contains { $0 != nil }
        rules = problem.charging == .full ? [.toFull]
            : (hasSupplyProfiles ? [.leastNeeded, .toFull, .untilLatest] : [.leastNeeded, .toFull])
    }

    /// Departure time and departure charge after a station stop.
    /// - Parameters:
    ///   - needed: charge needed on departure to reach the next charging point with its
    ///     required level (used by the least-needed rule), in energy units.
    ///   - latestDeparture: the latest departure that keeps the later windows (used by the
    ///     until-latest rule), in time units.
    @inline(__always)
    func charge(station: Int, arrivalTime: Double, arrivalCharge: Double, needed: Double,
                latestDeparture: Double = .infinity, rule: ChargingRule) -> (time: Double, charge: Double) {
        let target: Double
        switch rule {
        case .toFull: target = battery
        case .leastNeeded: target = min(battery, max(arrivalCharge, needed))
        case .untilLatest:
            let window = max(0, latestDeparture - arrivalTime)
            let available = green[station].map { $0.energy(at: arrivalTime + window) - $0.energy(at: arrivalTime) }
                ?? (chargeTimePerEnergy[station] > 0 ? window / chargeTimePerEnergy[station] : battery)
            target = min(battery, arrivalCharge + max(0, available * (1 - 1e-9)))
        }
        let energy = max(0, target - arrivalCharge)
        if let integral = green[station] {
            let end = integral.finish(charging: energy, from: arrivalTime)
                ?? max(arrivalTime, close) + energy * chargeTimePerEnergy[station]
            return (end, max(target, arrivalCharge))
        }
        return (arrivalTime + energy * chargeTimePerEnergy[station], max(target, arrivalCharge))
    }
}
