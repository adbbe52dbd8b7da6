import GreenRouteCore

/// A way to drive from one stop (depot or customer) to the next: directly, or through one or
/// more charging stations (the same station may appear again, two stations in a row are fine).
struct StationPath {
    /// Station node indices in driving order (empty = direct).
    var stations: [Int]
    /// Total distance, in distance units.
    var distance: Double
    /// Total driving time, in time units.
    var travelTime: Double
    /// Green instances only: an optimistic stand-in for every path with more than
    /// ``StationPaths/maximumGreenStations`` stations (lower bounds on distance and time,
    /// leaves with a full battery); used for the lower bound, never for a real route.
    var isRelaxed = false
    /// For a relaxed path: the least energy from any station to the next stop.
    var energyOut = 0.0
}

/// The Pareto-optimal recharging paths between every ordered pair of stops, for one vehicle type.
///
/// Between stops i and j the van drives directly or visits stations s1…sk. A path P is
/// dropped when another path Q with stations is no worse for every possible state at i:
/// - full recharge (arrival at j: charge B − e(sk, j), time t_i + k1 (B − c_i) + F, with
///   F = τ(i, s1) + k1 e(i, s1) + the travel and charging of the middle + τ(sk, j)):
///   Q dominates P when its distance, e(i, s1), rate k1 at s1, F and e(sk, j) are all ≤;
/// - partial recharge (all stations of the type have the same rate): when its distance,
///   e(i, s1), τ(i, s1), the travel time and energy from s1 to j, and e(sk, j) are all ≤;
/// - partial recharge with different rates: no path is dropped (paths are capped at
///   ``maximumStationsWithDifferentRates`` stations and the result is not claimed exact).
/// Paths are grown station by station from i with the same rules on prefixes ending at the
/// same station, so the search ends without a fixed length limit (a cycle is always dominated).
struct StationPaths {
    static let maximumStationsWithDifferentRates = 3
    /// Green instances (some station has a supply profile): stations per path spelled out;
    /// longer paths are covered by one relaxed path per pair of stops.
    static let maximumGreenStations = 2

    let stopCount: Int
    /// `paths[i * stopCount + j]`, stop indices being node indices 0...customers.
    private(set) var paths: [[StationPath]]
    /// False when a limit made the path set possibly incomplete (unequal partial rates).
    private(set) var isExact = true

    func between(_ from: Int, _ to: Int) -> [StationPath] { paths[from * stopCount + to] }

    /// Prefix or path attributes used by dominance.
    private struct Attributes {
        var stations: [Int]
        var distance = 0.0
        var energyIn = 0.0
        var timeIn = 0.0
        var firstRate = 0.0
        /// Full recharge: τ(i,s1) + k1 e(i,s1) + middle travel + middle charging.
        var fullTime = 0.0
        /// Partial: travel time and energy from s1 on.
        var restTime = 0.0
        var restEnergy = 0.0
        var energyOut = 0.0

        func dominates(_ other: Attributes, mode: ChargingMode, equalRates: Bool) -> Bool {
            let eps = 1e-9
            guard distance <= other.distance + eps, energyIn <= other.energyIn + eps,
                  energyOut <= other.energyOut + eps else { return false }
            switch mode {
            case .full:
                return firstRate <= other.firstRate + eps && fullTime <= other.fullTime + eps
            case .partial:
                return equalRates && timeIn <= other.timeIn + eps && restTime <= other.restTime + eps
                    && restEnergy <= other.restEnergy + eps
            }
        }
    }

    init(instance: Instance, vehicleType typeIndex: Int) {
        let type = instance.vehicleTypes[typeIndex]
        let mode = instance.charging
        // With supply profiles the charging time depends on the station and the hour: no
        // dominance between different station sequences is safe, so paths are spelled out up
        // to maximumGreenStations and longer ones are represented by a relaxed path.
        let green = instance.stations.contains { !$0.supply.isUnlimited }
        stopCount = 1 + instance.customers.count
        paths = Array(repeating: [], count: stopCount * stopCount)
        let stations = Array(instance.stationIndices)
        let rates = stations.map { Self.rate(instance, station: $0, typeIndex: typeIndex) }
        let equalRates = rates.allSatisfy { abs($0 - (rates.first ?? 0)) <= 1e-12 * max(1, abs($0)) }
        if !green && mode == .partial && !equalRates { isExact = false }
        // The relaxed path's bounds need the triangle inequality.
        if green, case .matrix = instance.metric { isExact = false }
        let legBudget = type.battery - type.reserve
        func energy(_ a: Int, _ b: Int) -> Double { instance.drivingEnergy(a, b, vehicleType: typeIndex) }
        func time(_ a: Int, _ b: Int) -> Double { instance.travelTime(a, b, vehicleType: typeIndex) }
        func rateOf(_ station: Int) -> Double { rates[station - stations.lowerBound(instance)] }

        for from in 0..<stopCount {
            // Grow station prefixes from `from`.
            var prefixes: [Int: [Attributes]] = [:]
            var queue: [Attributes] = []
            for station in stations where energy(from, station) <= legBudget + 1e-9 && energy(from, station) <= type.battery {
                var first = Attributes(stations: [station])
                first.distance = instance.distance(from, station)
                first.energyIn = energy(from, station)
                first.timeIn = time(from, station)
                first.firstRate = rateOf(station)
                first.fullTime = first.timeIn + first.firstRate * first.energyIn
                if Self.insert(first, into: &prefixes[station, default: []], mode: mode, equalRates: equalRates, green: green) {
                    queue.append(first)
                }
            }
            while let prefix = queue.popLast() {
                guard let last = prefix.stations.last else { continue }
                guard prefixes[last, default: []].contains(where: { $0.stations == prefix.stations }) else { continue }
                if !green && mode == .partial && !equalRates && prefix.stations.count >= Self.maximumStationsWithDifferentRates { continue }
                if green && prefix.stations.count >= Self.maximumGreenStations { continue }
                for next in stations where next != last && energy(last, next) <= legBudget + 1e-9 {
                    var grown = prefix
                    grown.stations.append(next)
                    grown.distance += instance.distance(last, next)
                    grown.fullTime += time(last, next) + rateOf(next) * energy(last, next)
                    grown.restTime += time(last, next)
                    grown.restEnergy += energy(last, next)
                    if Self.insert(grown, into: &prefixes[next, default: []], mode: mode, equalRates: equalRates, green: green) {
                        queue.append(grown)
                    }
                }
            }
            for to in 0..<stopCount where to != from {
                let lowestAtArrival = to == 0 ? type.minimumReturnCharge : type.reserve
                var complete: [Attributes] = []
                for list in prefixes.values {
                    for prefix in list {
                        let last = prefix.stations[prefix.stations.count - 1]
                        let out = energy(last, to)
                        guard out <= type.battery - lowestAtArrival + 1e-9 else { continue }
                        var path = prefix
                        path.distance += instance.distance(last, to)
                        path.energyOut = out
                        path.fullTime += time(last, to)
                        path.restTime += time(last, to)
                        path.restEnergy += out
                        _ = Self.insert(path, into: &complete, mode: mode, equalRates: equalRates, green: green)
                    }
                }
                var result = [StationPath(stations: [], distance: instance.distance(from, to), travelTime: time(from, to))]
                for path in complete.sorted(by: { $0.distance < $1.distance }) {
                    var travel = time(from, path.stations[0])
                    for (a, b) in zip(path.stations, path.stations.dropFirst()) { travel += time(a, b) }
                    travel += time(path.stations[path.stations.count - 1], to)
                    result.append(StationPath(stations: path.stations, distance: path.distance, travelTime: travel))
                }
                if green && stations.count >= 2 {
                    result.append(Self.relaxedPath(instance, typeIndex: typeIndex, from: from, to: to, stations: stations))
                }
                paths[from * stopCount + to] = result
            }
        }
    }

    /// Inserts unless dominated; removes what the new one dominates. Returns true when inserted.
    private static func insert(_ candidate: Attributes, into list: inout [Attributes], mode: ChargingMode,
                               equalRates: Bool, green: Bool) -> Bool {
        if green {
            if list.contains(where: { $0.stations == candidate.stations }) { return false }
            list.append(candidate)
            return true
        }
        if list.contains(where: { $0.dominates(candidate, mode: mode, equalRates: equalRates) }) { return false }
        list.removeAll { candidate.dominates($0, mode: mode, equalRates: equalRates) }
        list.append(candidate)
        return true
    }

    /// Lower bounds for every path from `from` to `to` with more than ``maximumGreenStations``
    /// stations (no station twice in a row): by the triangle inequality dropping stations never
    /// lengthens a path, so the shortest path with exactly one station more than the cap bounds
    /// all longer ones, in distance and (separately) in driving time.
    static func relaxedPath(_ instance: Instance, typeIndex: Int, from: Int, to: Int, stations: [Int]) -> StationPath {
        // Least total of `cost` over from → (maximumGreenStations + 1 stations) → to.
        func least(_ cost: (Int, Int) -> Double) -> Double {
            var reach = stations.map { cost(from, $0) }
            for _ in 0..<maximumGreenStations {
                reach = stations.indices.map { b in
                    stations.indices.filter { $0 != b }.map { reach[$0] + cost(stations[$0], stations[b]) }.min() ?? .infinity
                }
            }
            return stations.indices.map { reach[$0] + cost(stations[$0], to) }.min() ?? .infinity
        }
        let totalDistance = least { instance.distance($0, $1) }
        let totalTime = least { instance.travelTime($0, $1, vehicleType: typeIndex) }
        let out = stations.map { instance.drivingEnergy($0, to, vehicleType: typeIndex) }.min() ?? 0
        return StationPath(stations: [], distance: totalDistance, travelTime: totalTime, isRelaxed: true, energyOut: out)
    }

    /// Time units per energy unit charged at a station for a vehicle type.
    static func rate(_ instance: Instance, station: Int, typeIndex: Int) -> Double {
        Physics.chargingTime(energy: 1, power: instance.chargingPower(atNode: station, vehicleType: typeIndex),
                             timeUnit: instance.timeUnit)
    }
}

private extension Array where Element == Int {
    func lowerBound(_ instance: Instance) -> Int { instance.stationIndices.lowerBound }
}
