import GreenRouteCore

/// The green-only rules as plain rows of a set-partitioning model (the exact MIP's
/// ``SetPartitioningModel`` and the hybrid's ``PoolPartitioning``): per limited station and
/// slot of a ``StationSlots`` grid,
/// - `supply_<station>_<slot>`: Σ_k peak power_k,s,τ · x_k ≤ lowest supply of the slot (kW);
/// - `chargers_<station>_<slot>`: Σ_k occupied_k,s,τ · x_k ≤ chargers of the station.
/// Only rows that can bind are added (the columns' total exceeds the limit beyond the spec's
/// tolerance). Conservative with ``ChargingFootprint``s: rows satisfied ⇒ the instant-wise rule holds.
enum StationSlotRows {
    struct Added {
        var supplyRows = 0
        var chargerRows = 0
        /// True when the start vector (if any) satisfies every added row (within 1e-7, stricter
        /// than the wrapper's check of starts).
        var startIsFeasible = true
        var count: Int { supplyRows + chargerRows }
    }

    /// Adds the rows for columns 1...footprints.count (footprint k belongs to column k + 1).
    static func add(to problem: GLPKProblem, instance: Instance, slots: StationSlots, footprints: [ChargingFootprint],
                    start: [Double]? = nil) throws -> Added {
        struct Key: Hashable { let station: Int; let slot: Int }
        var entries: [Key: [(column: Int, value: Double)]] = [:]
        for (offset, footprint) in footprints.enumerated() {
            for entry in footprint.entries {
                entries[Key(station: entry.station, slot: entry.slot), default: []].append((offset + 1, entry.power))
            }
        }
        var added = Added()
        func activity(_ columns: [(column: Int, value: Double)], unit: Bool) -> Double? {
            guard let start else { return nil }
            return columns.reduce(0) { $0 + start[$1.column - 1] * (unit ? 1 : $1.value) }
        }
        for key in entries.keys.sorted(by: { ($0.station, $0.slot) < ($1.station, $1.slot) }) {
            let columns = entries[key]!
            let station = SetPartitioningModel.rowName(instance.id(ofNode: key.station), key.station)
            let supply = slots.minimumSupply(station: key.station, slot: key.slot)
            if supply.isFinite && columns.reduce(0, { $0 + $1.value }) > supply + Tolerance.slack(supply) {
                try problem.addRow(name: "supply_\(station)_\(key.slot)", lower: -.infinity, upper: supply,
                                   coefficients: columns)
                added.supplyRows += 1
                if let used = activity(columns, unit: false), used > supply + 1e-7 { added.startIsFeasible = false }
            }
            if let chargers = slots.chargers(station: key.station), columns.count > chargers {
                try problem.addRow(name: "chargers_\(station)_\(key.slot)", lower: -.infinity, upper: Double(chargers),
                                   coefficients: columns.map { ($0.column, 1.0) })
                added.chargerRows += 1
                if let used = activity(columns, unit: true), used > Double(chargers) + 1e-7 { added.startIsFeasible = false }
            }
        }
        return added
    }
}
