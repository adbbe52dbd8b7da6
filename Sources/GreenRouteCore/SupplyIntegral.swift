/// The energy one van could draw at a station from time `a` on, when no other van charges
/// there: ∫ min(maxPower, supply(t)) dt, as a piecewise-linear cumulative function. Answers
/// "when does charging `e` kWh from `a` finish?" in O(log pieces), for fast route evaluation
/// in the search (sharing between vans is settled by ``StationLedger`` when a plan is built).
public struct SupplyIntegral: Sendable {
    /// Piece boundaries, ascending, from the horizon's start to its end.
    private let times: [Duration]
    /// Cumulative energy at each boundary, in kWh.
    private let energies: [Energy]
    /// Power of each piece, in kW.
    private let powers: [Power]
    private let hoursPerUnit: Double

    /// The integral for one van type at a station, over the horizon [open, close].
    public init(supply: SupplyProfile, maxPower: Power, open: Duration, close: Duration, timeUnit: TimeUnit) {
        hoursPerUnit = timeUnit.hoursPerUnit
        var points = [open]
        points += supply.breakpoints.filter { $0 > open && $0 < close }
        points.append(max(open, close))
        var energies = [0.0]
        var powers: [Power] = []
        for index in 0..<(points.count - 1) {
            let middle = (points[index] + points[index + 1]) / 2
            let power = max(0, min(maxPower, supply.power(at: middle)))
            powers.append(power)
            energies.append(energies[index] + power * (points[index + 1] - points[index]) * hoursPerUnit)
        }
        times = points
        self.energies = energies
        self.powers = powers
    }

    /// Cumulative energy from the horizon's start to `t` (clamped to the horizon).
    public func energy(at t: Duration) -> Energy {
        if t <= times[0] { return 0 }
        if t >= times[times.count - 1] { return energies[energies.count - 1] }
        let piece = pieceIndex(containing: t)
        return energies[piece] + powers[piece] * (t - times[piece]) * hoursPerUnit
    }

    /// When charging `energy` starting at `start` ends at the earliest; nil when the supply
    /// left before the horizon's end is not enough.
    public func finish(charging energy: Energy, from start: Duration) -> Duration? {
        guard energy > 0 else { return start }
        let target = self.energy(at: start) + energy
        guard target <= energies[energies.count - 1] + Tolerance.slack(target) else { return nil }
        // First boundary whose cumulative energy reaches the target.
        var low = 0, high = energies.count - 1
        while low < high {
            let middle = (low + high) / 2
            if energies[middle] >= target { high = middle } else { low = middle + 1 }
        }
        let piece = max(0, low - 1)
        guard powers[piece] > 0 else { return max(start, times[low]) }
        let end = times[piece] + (target - energies[piece]) / (powers[piece] * hoursPerUnit)
        return max(start, min(end, times[low]))
    }

    private func pieceIndex(containing t: Duration) -> Int {
        var low = 0, high = times.count - 2
        while low < high {
            let middle = (low + high + 1) / 2
            if times[middle] <= t { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
