import GreenRouteCore

/// Repairs a route that the final timetable rejects because the stations it counted on are
/// already busy (shared green supply and chargers, settled by `StationLedger` when the plan
/// is built): other stations for its stops, a re-placed single charging stop, and at last a
/// split into two routes. Every route it returns was timed against the ledger.
struct GreenRepair {
    let instance: Instance
    /// Deepest split (2^depth routes at most from one route).
    var maximumDepth = 3

    /// Routes serving exactly the customers of `sequence`, timed and committed to `ledger`,
    /// using at most `vehicles` vans; nil (ledger unchanged) when no repair works.
    func repair(_ sequence: [Int], typeIndex: Int, ledger: inout StationLedger, vehicles: Int,
                depth: Int = 0) -> [PlanRoute]? {
        guard vehicles > 0 else { return nil }
        if let route = bestVariant(sequence, typeIndex: typeIndex, ledger: ledger) {
            RouteTimetable.commit(instance, route: route.timed, sequence: route.sequence, to: &ledger)
            return [route.timed]
        }
        let customers = sequence.filter { instance.isCustomer($0) }
        guard depth < maximumDepth, customers.count > 1, vehicles > 1 else { return nil }
        let middle = customers.count / 2
        var trial = ledger
        guard let first = repair(Array(customers[..<middle]), typeIndex: typeIndex, ledger: &trial,
                                 vehicles: vehicles - 1, depth: depth + 1),
              let second = repair(Array(customers[middle...]), typeIndex: typeIndex, ledger: &trial,
                                  vehicles: vehicles - first.count, depth: depth + 1) else { return nil }
        ledger = trial
        return first + second
    }

    /// The shortest feasible variant: the sequence as it is, each station stop moved to another
    /// station, or (customers only) one charging stop placed in any gap.
    func bestVariant(_ sequence: [Int], typeIndex: Int, ledger: StationLedger) -> (timed: PlanRoute, sequence: [Int])? {
        if let timed = RouteTimetable.build(instance, vehicleType: typeIndex, sequence: sequence, ledger: ledger) {
            return (timed, sequence)
        }
        var candidates: [[Int]] = []
        for (position, node) in sequence.enumerated() where instance.isStation(node) {
            for station in instance.stationIndices where station != node {
                var variant = sequence
                variant[position] = station
                candidates.append(variant)
            }
        }
        let customers = sequence.filter { instance.isCustomer($0) }
        for gap in 0...customers.count {
            for station in instance.stationIndices {
                var variant = customers
                variant.insert(station, at: gap)
                candidates.append(variant)
            }
        }
        var best: (timed: PlanRoute, sequence: [Int])?
        for candidate in candidates {
            guard let timed = RouteTimetable.build(instance, vehicleType: typeIndex, sequence: candidate, ledger: ledger)
            else { continue }
            if best == nil || timed.distance < best!.timed.distance { best = (timed, candidate) }
        }
        return best
    }
}
