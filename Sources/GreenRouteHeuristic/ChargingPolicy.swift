import GreenRouteCore

/// The one place that decides how much a van charges at a station stop and how long it
/// stays. Route evaluation calls only ``charge(station:arrivalTime:arrivalCharge:needed:)``.
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
    }

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
        if let integral = green[station] {
            let end = integral.finish(charging: energy, from: arrivalTime)
                ?? max(arrivalTime, close) + energy * chargeTimePerEnergy[station]
            return (end, max(target, arrivalCharge))
        }
        return (arrivalTime + energy * chargeTimePerEnergy[station], max(target, arrivalCharge))
    }
}
