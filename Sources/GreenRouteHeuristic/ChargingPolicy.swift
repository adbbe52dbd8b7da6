import GreenRouteCore

/// How much to charge at a station stop.
enum ChargingRule {
    /// Charge to the battery capacity (full recharge; also allowed under partial recharge).
    case toFull
    /// Charge the least that reaches the next charging point (Core's RouteTimetable rule).
    case leastNeeded
}

/// The one place that decides how much a van charges at a station stop and how long it
/// stays. Route evaluation calls only ``charge(station:arrivalTime:arrivalCharge:needed:rule:)``
/// and tries ``rules`` in order; time-dependent station limits (green supply, charger
/// counts) would replace the body of `charge` (e.g. by the earliest completion under the
/// supply profile) without touching the search.
///
/// Under partial recharge the least-needed rule is tried first and charging to full second:
/// charging least is not always earliest (a van that must wait for a window later could
/// have charged more now and less at the next station), and trying both makes every route
/// that is feasible under full recharge feasible under partial recharge too.
struct ChargingPolicy {
    let mode: ChargingMode
    let battery: Double
    /// Per node: time units per energy unit (0 except at stations).
    let chargeTimePerEnergy: [Double]

    /// The rules route evaluation tries, preferred first.
    let rules: [ChargingRule]

    init(mode: ChargingMode, battery: Double, chargeTimePerEnergy: [Double]) {
        self.mode = mode
        self.battery = battery
        self.chargeTimePerEnergy = chargeTimePerEnergy
        rules = mode == .full ? [.toFull] : [.leastNeeded, .toFull]
    }

    /// Departure time and departure charge after a station stop.
    /// - Parameters:
    ///   - needed: charge needed on departure to reach the next charging point with its
    ///     required level (used by the least-needed rule), in energy units.
    @inline(__always)
    func charge(station: Int, arrivalTime: Double, arrivalCharge: Double, needed: Double,
                rule: ChargingRule) -> (time: Double, charge: Double) {
        let target: Double
        switch rule {
        case .toFull: target = battery
        case .leastNeeded: target = min(battery, max(arrivalCharge, needed))
        }
        let energy = max(0, target - arrivalCharge)
        return (arrivalTime + energy * chargeTimePerEnergy[station], max(target, arrivalCharge))
    }
}
