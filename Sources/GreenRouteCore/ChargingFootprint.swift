/// What one timed route takes from the green-limited stations, slot by slot on a
/// ``StationSlots`` grid: per (station, slot) the highest power the route draws at any instant
/// of the slot (kW) and that it occupies a charger at some instant of the slot.
///
/// Conservative by construction: at any instant `t` of slot `τ` at station `s` a route draws at
/// most its entry's power and uses at most one charger (one van charges at one station at a
/// time), so if for every (s, τ) the entries of a set of routes sum to at most
/// ``StationSlots/minimumSupply(station:slot:)`` in power and to at most
/// ``StationSlots/chargers(station:)`` in occupancy, the spec's instant-wise rule holds.
/// Stations without green limits get no entries.
public struct ChargingFootprint: Sendable, Equatable {
    /// One (station, slot) a route charges in.
    public struct Entry: Sendable, Equatable, Hashable {
        /// Station node index (see ``Instance/stationIndices``).
        public var station: Int
        /// Slot index on the grid.
        public var slot: Int
        /// Highest power drawn at any instant of the slot, in kW.
        public var power: Power

        public init(station: Int, slot: Int, power: Power) {
            self.station = station
            self.slot = slot
            self.power = power
        }
    }

    /// Entries sorted by (station, slot), one per pair the route charges in; every entry
    /// occupies one charger in its slot.
    public let entries: [Entry]

    /// An explicit footprint (entries are merged per (station, slot) by maximum power and sorted).
    public init(entries: [Entry]) {
        var merged: [Int: Entry] = [:]
        var keys: [Int] = []
        for entry in entries {
            let key = entry.station &* 1_000_003 &+ entry.slot
            if let known = merged[key] {
                merged[key]!.power = max(known.power, entry.power)
            } else {
                merged[key] = entry
                keys.append(key)
            }
        }
        self.entries = keys.map { merged[$0]! }.sorted { ($0.station, $0.slot) < ($1.station, $1.slot) }
    }

    /// The footprint of a timed route: every charging segment of a stop at a limited station
    /// marks each slot it overlaps (by more than 1e-9 relative) with its power.
    public init(_ instance: Instance, route: PlanRoute, slots: StationSlots) {
        var entries: [Entry] = []
        for stop in route.stops where !stop.charging.isEmpty {
            guard let node = instance.nodeIndex(of: stop.node), slots.isLimited(station: node) else { continue }
            for segment in stop.charging where segment.power > 0 && segment.end > segment.start {
                for slot in slots.slots(from: segment.start, to: segment.end) {
                    entries.append(Entry(station: node, slot: slot, power: segment.power))
                }
            }
        }
        self.init(entries: entries)
    }

    /// Power drawn in a (station, slot), 0 when the route does not charge there then (kW).
    public func power(station: Int, slot: Int) -> Power {
        entries.first { $0.station == station && $0.slot == slot }?.power ?? 0
    }

    /// 1 when the route occupies a charger at the station during the slot, else 0.
    public func occupied(station: Int, slot: Int) -> Int {
        entries.contains { $0.station == station && $0.slot == slot } ? 1 : 0
    }

    /// True when the route charges at no limited station.
    public var isEmpty: Bool { entries.isEmpty }
}
