import GreenRouteCore

/// The energy clock of one van charging ALONE at a station with a supply profile: the
/// cumulative energy E(t) = ∫_open^t min(charging power, supply(s)) ds (kWh, piecewise linear,
/// non-decreasing) and its earliest inverse. Charging `e` kWh from time `a` ends at the
/// earliest at E⁻¹(E(a) + e), which is non-decreasing in `a`: the labelling's
/// earliest-departure dominance stays valid with this charging rule.
struct GreenChargingClock {
    private let integral: SupplyIntegral
    /// Piece boundaries of E (time units), from the horizon's start to its end.
    let times: [Double]
    /// Distinct values of E at the boundaries, ascending (kWh).
    let levels: [Double]
    /// End of the horizon (time units).
    let close: Double
    /// E(close): all the energy one van could take here over the day (kWh).
    let total: Double

    init(instance: Instance, station node: Int, vehicleType typeIndex: Int) {
        let station = instance.station(atNode: node)
        let open = instance.depot.open, close = instance.depot.close
        integral = SupplyIntegral(supply: station.supply, maxPower: instance.chargingPower(atNode: node, vehicleType: typeIndex),
                                  open: open, close: close, timeUnit: instance.timeUnit)
        times = [open] + station.supply.breakpoints.filter { $0 > open && $0 < close } + [max(open, close)]
        let integral = self.integral
        levels = Array(Set(times.map { integral.energy(at: $0) })).sorted()
        self.close = close
        total = integral.energy(at: close)
    }

    /// E(t), in kWh.
    func energy(at time: Double) -> Double { integral.energy(at: time) }

    /// The earliest time at which E reaches `level` (the horizon's end when it never does).
    func earliestTime(reaching level: Double) -> Double {
        integral.finish(charging: max(0, level), from: times[0]) ?? close
    }
}
