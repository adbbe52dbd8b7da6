import GreenRouteCore

/// The green-only station limits, checked by a sweep over time: at every instant, at every
/// station, the summed power of the active charging segments must not exceed the green supply
/// at that instant, and the number of active segments must not exceed the station's chargers.
///
/// The sweep cuts time at every segment start and end and at every breakpoint of the supply
/// profile; between two consecutive cuts both the active set and the supply are constant, so
/// one probe in the middle of each piece decides it. Pieces shorter than the tolerance are
/// skipped (touching segments do not overlap). Consecutive offending pieces are reported as
/// one violation, at the first instant, with the largest excess.
struct StationSweep {
    let instance: Instance

    /// Violations of the supply and charger limits over all stations, ordered by station.
    func violations(of charges: [StationCharge]) -> [Violation] {
        let byStation = Dictionary(grouping: charges, by: \.station)
        return byStation.keys.sorted().flatMap { sweep(station: $0, charges: byStation[$0]!) }
    }

    private struct Run {
        var from: Duration
        var until: Duration
        var worst: Double
        var detail: String
        var routes: Set<Int>
    }

    private func sweep(station node: Int, charges: [StationCharge]) -> [Violation] {
        let station = instance.station(atNode: node)
        let charges = charges.filter { $0.end > $0.start }
        guard !station.isUnconstrained, let first = charges.map(\.start).min(),
              let last = charges.map(\.end).max() else { return [] }
        var cuts = Set(charges.map(\.start) + charges.map(\.end))
        for point in station.supply.breakpoints where point > first && point < last { cuts.insert(point) }
        let times = cuts.sorted()
        var violations: [Violation] = []
        var supplyRun: Run?, chargerRun: Run?
        for k in 0..<(times.count - 1) {
            let from = times[k], until = times[k + 1]
            guard until - from > Tolerance.slack(until) else { continue }
            let probe = (from + until) / 2
            let active = charges.filter { $0.start <= probe && probe < $0.end }
            let power = active.reduce(0.0) { $0 + $1.power }
            let supply = station.supply.power(at: probe)
            let routes = Set(active.map(\.routeIndex))
            if !Tolerance.lessOrEqual(power, supply) {
                let detail = "\(active.count) van(s) draw \(power.text) kW, green supply \(supply.text) kW"
                extend(&supplyRun, from: from, until: until, amount: power - supply, detail: detail, routes: routes)
            } else if let run = supplyRun {
                violations.append(overSupply(run, station: station))
                supplyRun = nil
            }
            if let chargers = station.chargers, active.count > chargers {
                extend(&chargerRun, from: from, until: until, amount: Double(active.count),
                       detail: "only \(chargers) chargers", routes: routes)
            } else if let run = chargerRun {
                violations.append(tooManyChargers(run, station: station))
                chargerRun = nil
            }
        }
        if let run = supplyRun { violations.append(overSupply(run, station: station)) }
        if let run = chargerRun { violations.append(tooManyChargers(run, station: station)) }
        return violations
    }

    private func extend(_ run: inout Run?, from: Duration, until: Duration, amount: Double, detail: String,
                        routes: Set<Int>) {
        guard var current = run, Tolerance.equal(current.until, from) else {
            run = Run(from: from, until: until, worst: amount, detail: detail, routes: routes)
            return
        }
        current.until = until
        current.routes.formUnion(routes)
        if amount > current.worst {
            current.worst = amount
            current.detail = detail
        }
        run = current
    }

    private func routeList(_ routes: Set<Int>) -> String {
        "routes " + routes.sorted().map(String.init).joined(separator: ", ")
    }

    private func overSupply(_ run: Run, station: ChargingStation) -> Violation {
        Violation(rule: .overSupply, node: station.id, message: "\(station.id) over supply at time \(run.from.text) "
            + "by \(run.worst.text) kW (at worst \(run.detail)), until \(run.until.text); \(routeList(run.routes))")
    }

    private func tooManyChargers(_ run: Run, station: ChargingStation) -> Violation {
        let count = Int(run.worst)
        return Violation(rule: .tooManyChargers, node: station.id, message: "\(count) vans charging at "
            + "\(run.from.text) at \(station.id), \(run.detail), until \(run.until.text); \(routeList(run.routes))")
    }
}
