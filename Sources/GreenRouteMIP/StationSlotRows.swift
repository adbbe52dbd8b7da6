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

    /// A station and a slot of the grid; rows are added in this order (station, then slot).
    struct Key: Hashable, Comparable {
        let station: Int
        let slot: Int

        static func < (a: Key, b: Key) -> Bool { (a.station, a.slot) < (b.station, b.slot) }
    }

    /// The rows of one (station, slot), 1-based; nil where the limit cannot bind.
    struct Rows {
        var supply: Int?
        var chargers: Int?
    }

    /// Adds the rows for columns 1...footprints.count (footprint k belongs to column k + 1).
    static func add(to problem: GLPKProblem, instance: Instance, slots: StationSlots, footprints: [ChargingFootprint],
                    start: [Double]? = nil) throws -> Added {
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
        for key in entries.keys.sorted() {
            let columns = entries[key]!
            let limits = bindingLimits(key, power: columns.reduce(0) { $0 + $1.value }, count: columns.count, slots: slots)
            if let supply = limits.supply {
                try problem.addRow(name: rowName("supply", key, instance), lower: -.infinity, upper: supply,
                                   coefficients: columns)
                added.supplyRows += 1
                if let used = activity(columns, unit: false), used > supply + 1e-7 { added.startIsFeasible = false }
            }
            if let chargers = limits.chargers {
                try problem.addRow(name: rowName("chargers", key, instance), lower: -.infinity, upper: Double(chargers),
                                   coefficients: columns.map { ($0.column, 1.0) })
                added.chargerRows += 1
                if let used = activity(columns, unit: true), used > Double(chargers) + 1e-7 { added.startIsFeasible = false }
            }
        }
        return added
    }

    /// Adds, without coefficients, the rows that can bind over all `footprints` (the candidate
    /// columns, of which a model may hold only some): columns added later bring their own
    /// coefficients (``entries(of:rows:)``). Returns the rows of each (station, slot).
    static func addWithoutColumns(to problem: GLPKProblem, instance: Instance, slots: StationSlots,
                                  footprints: [ChargingFootprint]) throws -> [Key: Rows] {
        var totals: [Key: (power: Double, count: Int)] = [:]
        for footprint in footprints {
            for entry in footprint.entries {
                let key = Key(station: entry.station, slot: entry.slot)
                let total = totals[key] ?? (0, 0)
                totals[key] = (total.power + entry.power, total.count + 1)
            }
        }
        var result: [Key: Rows] = [:]
        for key in totals.keys.sorted() {
            let limits = bindingLimits(key, power: totals[key]!.power, count: totals[key]!.count, slots: slots)
            var rows = Rows()
            if let supply = limits.supply {
                rows.supply = try problem.addRow(name: rowName("supply", key, instance), lower: -.infinity, upper: supply,
                                                 coefficients: [])
            }
            if let chargers = limits.chargers {
                rows.chargers = try problem.addRow(name: rowName("chargers", key, instance), lower: -.infinity,
                                                   upper: Double(chargers), coefficients: [])
            }
            if rows.supply != nil || rows.chargers != nil { result[key] = rows }
        }
        return result
    }

    /// A column's coefficients in the rows of ``addWithoutColumns(to:instance:slots:footprints:)``.
    static func entries(of footprint: ChargingFootprint, rows: [Key: Rows]) -> [(row: Int, value: Double)] {
        var result: [(row: Int, value: Double)] = []
        for entry in footprint.entries {
            guard let found = rows[Key(station: entry.station, slot: entry.slot)] else { continue }
            if let supply = found.supply { result.append((supply, entry.power)) }
            if let chargers = found.chargers { result.append((chargers, 1)) }
        }
        return result
    }

    /// The limits of a (station, slot) that the candidate columns could exceed: their peak
    /// powers sum above the slot's lowest supply (beyond the spec's tolerance), or more of
    /// them than there are chargers.
    private static func bindingLimits(_ key: Key, power: Double, count: Int,
                                      slots: StationSlots) -> (supply: Double?, chargers: Int?) {
        let supply = slots.minimumSupply(station: key.station, slot: key.slot)
        let chargers = slots.chargers(station: key.station)
        return (supply.isFinite && power > supply + Tolerance.slack(supply) ? supply : nil,
                chargers.flatMap { count > $0 ? $0 : nil })
    }

    private static func rowName(_ kind: String, _ key: Key, _ instance: Instance) -> String {
        "\(kind)_\(SetPartitioningModel.rowName(instance.id(ofNode: key.station), key.station))_\(key.slot)"
    }
}
