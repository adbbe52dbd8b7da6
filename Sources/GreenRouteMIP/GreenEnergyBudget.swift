import GreenRouteCore

/// The most energy one van of a type can charge over the whole day when every station draws
/// on a supply profile: the integral over the horizon of the envelope
/// `max_s min(charging power at s, supply_s(t))` (a van charges at one station at a time, and
/// alone at most at that power), in kWh.
///
/// A route of distance `d` drives `d × consumption` kWh and must come home with the return
/// charge, so it needs `d × consumption − (initial charge − return charge)` kWh of charging.
/// When that exceeds the budget no route of at least that distance is feasible, whatever its
/// station visits: the alone-charging relaxation's shortest route of a customer set above the
/// budget proves that no van can serve the set (its relaxed station paths, which leave with a
/// full battery, cannot claim such a set any more). Nil budget (unlimited): some station has
/// unlimited supply.
struct GreenEnergyBudget {
    /// kWh one van can charge over the day at most; nil when some station's supply is unlimited.
    let energy: Double?
    let consumption: Double
    /// Initial charge minus the return charge, in kWh.
    let ownEnergy: Double

    init(instance: Instance, vehicleType typeIndex: Int) {
        let type = instance.vehicleTypes[typeIndex]
        consumption = type.consumption
        ownEnergy = type.initialCharge - type.minimumReturnCharge
        let stations = Array(instance.stationIndices)
        guard !stations.isEmpty else { energy = 0; return }
        guard stations.allSatisfy({ !instance.station(atNode: $0).supply.isUnlimited }) else { energy = nil; return }
        let open = instance.depot.open, close = instance.depot.close
        let cuts = Set(stations.flatMap { instance.station(atNode: $0).supply.breakpoints }.filter { $0 > open && $0 < close })
        let times = [open] + cuts.sorted() + [max(open, close)]
        var total = 0.0
        for (start, end) in zip(times, times.dropFirst()) where end > start {
            let middle = (start + end) / 2
            let power = stations.map { node in
                max(0, min(instance.chargingPower(atNode: node, vehicleType: typeIndex),
                           instance.station(atNode: node).supply.power(at: middle)))
            }.max() ?? 0
            total += Physics.energy(power: power, duration: end - start, timeUnit: instance.timeUnit)
        }
        energy = total
    }

    /// False when a route of `distance` (distance units) would need more charging than the
    /// day's budget (with a relative slack, so that rounding never removes a feasible route).
    func allows(distance: Double) -> Bool {
        guard let energy else { return true }
        let needed = Physics.drivingEnergy(distance: distance, consumption: consumption) - ownEnergy
        return needed <= energy + 1e-6 * max(1, energy + abs(ownEnergy))
    }
}
