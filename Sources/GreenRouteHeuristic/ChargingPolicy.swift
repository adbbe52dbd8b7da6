import GreenRouteCore

/// The one place that decides how much a van charges at a station stop and how long it
/// stays. Route evaluation calls only ``charge(station:arrivalTime:arrivalCharge:needed:)``;
/// time-dependent station limits (green supply, charger counts) would replace its body
/// (e.g. by the earliest completion under the supply profile) without touching the search.
struct ChargingPolicy {
    let mode: ChargingMode
    let battery: Double
    /// Per node: time units per energy unit (0 except at stations).
    let chargeTimePerEnergy: [Double]

    /// Departure time and departure charge after a station stop.
    /// - Parameters:
    ///   - needed: charge needed on departure to reach the next charging point with its
    ///     required level (only used by partial recharge), in energy units.
    @inline(__always)
    func charge(station: Int, arrivalTime: Double, arrivalCharge: Double, needed: Double) -> (time: Double, charge: Double) {
        let target: Double
        switch mode {
        case .full: target = battery
        case .partial: target = min(battery, max(arrivalCharge, needed))
        }
        let energy = max(0, target - arrivalCharge)
        return (arrivalTime + energy * chargeTimePerEnergy[station], max(target, arrivalCharge))
    }
}
