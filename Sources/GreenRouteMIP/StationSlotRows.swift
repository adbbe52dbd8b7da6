import GreenRouteCore

/// The green-only rules as plain rows of a set-partitioning model: per limited station and
/// slot of a ``StationSlots`` grid,
/// - `supply_<station>_<slot>`: Σ_k peak power_k,s,τ · x_k ≤ lowest supply of the slot (kW);
/// - `chargers_<station>_<slot>`: Σ_k occupied_k,s,τ · x_k ≤ chargers of the station.
/// Only rows that can bind are added (the columns' total exceeds the limit).
enum StationSlotRows {
    struct Added {
        var count: Int
        /// True when the start vector (if any) satisfies every added row.
        var startIsFeasible: Bool
    }

    /// Adds the rows for columns 1...footprints.count (footprint k belongs to column k + 1).
    static func add(to problem: GLPKProblem, slots: StationSlots, footprints: [ChargingFootprint],
                    start: [Double]?) throws -> Added {
        struct Key: Hashable { let station: Int; let slot: Int }
        var entries: [Key: [(column: Int, power: Double)]] = [:]
        for (offset, footprint) in footprints.enumerated() {
            for entry in footprint.entries {
                entries[Key(station: entry.station, slot: entry.slot), default: []].append((offset + 1, entry.power))
            }
        }
        var added = Added(count: 0, startIsFeasible: true)
        let tolerance = 1e-9  // rows that cannot bind (within the spec's tolerance) are left out
        for key in entries.keys.sorted(by: { ($0.station, $0.slot) < ($1.station, $1.slot) }) {
            let columns = entries[key]!
            let supply = slots.minimumSupply(station: key.station, slot: key.slot)
            let totalPower = columns.reduce(0) { $0 + $1.power }
            if supply.isFinite && totalPower > supply * (1 + Tolerance.relative) + tolerance {
                try problem.addRow(name: "supply_\(key.station)_\(key.slot)", lower: -.infinity, upper: supply,
                                   coefficients: columns.map { ($0.column, $0.power) })
                added.count += 1
                if let start, columns.reduce(0, { $0 + start[$1.column - 1] * $1.power }) > supply + 1e-7 {
                    added.startIsFeasible = false
                }
            }
            if let chargers = slots.chargers(station: key.station), columns.count > chargers {
                try problem.addRow(name: "chargers_\(key.station)_\(key.slot)", lower: -.infinity, upper: Double(chargers),
                                   coefficients: columns.map { ($0.column, 1.0) })
                added.count += 1
                if let start, columns.reduce(0, { $0 + start[$1.column - 1] }) > Double(chargers) + 1e-7 {
                    added.startIsFeasible = false
                }
            }
        }
        return added
    }
}
