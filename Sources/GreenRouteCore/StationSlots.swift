/// A fixed grid of time slots over the planning horizon, and for every station with green
/// limits (a supply profile or a charger count) the limits that hold during each whole slot:
/// the LOWEST supply power over the slot (kW) and the charger count.
///
/// Together with ``ChargingFootprint`` this turns the spec's instant-wise green-only rule into
/// plain linear rows per (station, slot): routes whose footprints sum to at most the minimum
/// supply and at most the chargers in every slot satisfy the rule at every instant
/// (conservative: a slot's limits are the weakest of the slot).
///
/// Grid: slot `k` covers `[origin + k·slotLength, origin + (k+1)·slotLength)`.
/// - minutes (native instances): 15-minute slots aligned to the quarter hours of the day
///   (`origin` = the depot's opening rounded down to a multiple of 15), so that 15-minute
///   supply profiles are constant within each slot;
/// - abstract time units (benchmark files): 96 equal slots from the depot's opening to its
///   closing (`origin` = open).
/// Slots cover the horizon `[open, close]`; the last slot may end after `close`.
public struct StationSlots: Sendable, Equatable {
    /// Slot length, in the instance's time unit.
    public let slotLength: Duration
    /// Start of slot 0, in the instance's time unit.
    public let origin: Duration
    /// Number of slots.
    public let slotCount: Int
    /// Node indices of the stations with green limits, ascending (unlimited stations have no entry).
    public let stationNodes: [Int]
    /// Per limited station (same order as ``stationNodes``), per slot: lowest supply power
    /// over the slot, in kW; `.infinity` when the station's supply is unlimited.
    private let minimumSupplies: [[Power]]
    /// Per limited station: the charger count, nil when unlimited.
    private let chargerCounts: [Int?]

    /// The default slot length for an instance: 15 minutes, or a 96th of the horizon for
    /// abstract time units.
    public static func defaultSlotLength(_ instance: Instance) -> Duration {
        switch instance.timeUnit {
        case .minutes: return 15
        case .abstract: return max(1e-9, (instance.depot.close - instance.depot.open) / 96)
        }
    }

    /// The grid for an instance; `slotLength` (instance time units, > 0) overrides the default.
    public init(_ instance: Instance, slotLength: Duration? = nil) {
        let length = slotLength ?? Self.defaultSlotLength(instance)
        precondition(length > 0, "slot length must be positive")
        let open = instance.depot.open, close = instance.depot.close
        let origin: Duration
        switch instance.timeUnit {
        case .minutes: origin = (open / length).rounded(.down) * length
        case .abstract: origin = open
        }
        self.slotLength = length
        self.origin = origin
        slotCount = max(1, Int(((close - origin) / length - 1e-9).rounded(.up)))
        var nodes: [Int] = [], supplies: [[Power]] = [], chargers: [Int?] = []
        for node in instance.stationIndices {
            let station = instance.station(atNode: node)
            guard !station.isUnconstrained else { continue }
            nodes.append(node)
            chargers.append(station.chargers)
            let breakpoints = station.supply.breakpoints
            supplies.append((0..<slotCount).map { slot in
                let start = origin + Double(slot) * length, end = start + length
                var lowest = station.supply.power(at: start)
                for point in breakpoints where point > start && point < end {
                    lowest = min(lowest, station.supply.power(at: point))
                }
                return max(0, lowest)
            })
        }
        stationNodes = nodes
        minimumSupplies = supplies
        chargerCounts = chargers
    }

    /// True when the station node has green limits (and therefore slots).
    public func isLimited(station node: Int) -> Bool { position(of: node) != nil }

    /// Lowest supply power over the slot at a limited station node, in kW (`.infinity` when
    /// its supply is unlimited, or when the node has no green limits).
    public func minimumSupply(station node: Int, slot: Int) -> Power {
        guard let position = position(of: node), slot >= 0, slot < slotCount else { return .infinity }
        return minimumSupplies[position][slot]
    }

    /// Charger count of a station node; nil when unlimited.
    public func chargers(station node: Int) -> Int? {
        guard let position = position(of: node) else { return nil }
        return chargerCounts[position]
    }

    /// Start and end of a slot, in the instance's time unit.
    public func interval(ofSlot slot: Int) -> (start: Duration, end: Duration) {
        let start = origin + Double(slot) * slotLength
        return (start, start + slotLength)
    }

    /// The slots a half-open interval `[start, end)` touches (empty when `end ≤ start`), clamped
    /// to the grid. Touching the boundary of a slot by less than 1e-9 relative does not count.
    public func slots(from start: Duration, to end: Duration) -> Range<Int> {
        guard end > start else { return 0..<0 }
        let first = Int(((start - origin) / slotLength + 1e-9).rounded(.down))
        let last = Int(((end - origin) / slotLength - 1e-9).rounded(.up)) - 1
        let lower = min(max(0, first), slotCount - 1), upper = min(max(0, last), slotCount - 1)
        return lower..<(max(lower, upper) + 1)
    }

    /// True when routes with these footprints together respect every (station, slot) limit:
    /// Σ power ≤ lowest supply and Σ occupied ≤ chargers (up to ``Tolerance``).
    public func admits(_ footprints: [ChargingFootprint]) -> Bool {
        var power: [Int: Power] = [:], occupied: [Int: Int] = [:]
        for footprint in footprints {
            for entry in footprint.entries {
                let key = entry.station * (slotCount + 1) + entry.slot
                power[key, default: 0] += entry.power
                occupied[key, default: 0] += 1
            }
        }
        for (key, total) in power {
            let station = key / (slotCount + 1), slot = key % (slotCount + 1)
            if !Tolerance.lessOrEqual(total, minimumSupply(station: station, slot: slot)) { return false }
            if let count = chargers(station: station), occupied[key]! > count { return false }
        }
        return true
    }

    private func position(of node: Int) -> Int? {
        var low = 0, high = stationNodes.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if stationNodes[middle] == node { return middle }
            if stationNodes[middle] < node { low = middle + 1 } else { high = middle - 1 }
        }
        return nil
    }
}
