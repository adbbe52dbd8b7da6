import Foundation
import GreenRouteCore

/// One feasible route found by the enumeration: the shortest for its customer set and type.
struct EnumeratedRoute {
    var vehicleType: Int
    var customers: CustomerSet
    /// Node indices between the two depot visits (customers and stations).
    var sequence: [Int]
    /// Distance, in distance units.
    var distance: Double
    /// Green instances: the route timed alone (``RouteTimetable`` with an empty ledger), the
    /// schedule its column carries.
    var timed: PlanRoute? = nil
}

/// What the enumeration produced.
struct EnumerationResult {
    var routes: [EnumeratedRoute]
    /// True when every label was extended (no time limit or stop request cut it short).
    var isComplete: Bool
    /// False when the station paths were capped (partial recharge with unequal charging rates).
    var isExact: Bool
    /// Labels created, over all vehicle types.
    var labels: Int
    var seconds: Double
    /// Green instances: the shortest route per customer set under the alone-charging relaxation
    /// (relaxed station paths allowed; sequences left empty), for the lower bound.
    var relaxation: [EnumeratedRoute]? = nil
    /// Green instances: customer sets dropped from the relaxation because their shortest route
    /// needs more charging than one van can get over the day (``GreenEnergyBudget``).
    var overBudget = 0
    /// Green instances: columns timed by ``FrontierTimetable`` (``RouteTimetable`` could not).
    var frontierTimed = 0
}

/// Enumerates, per vehicle type, the shortest feasible elementary route for every customer set
/// that one van can serve, by forward label setting over customers. Between two stops a label
/// follows each Pareto-optimal ``StationPaths`` path; labels with the same customers and last
/// customer are compared by ``Label/dominates(_:)``.
///
/// Safe tightening applied to every label (each only removes states that cannot be completed):
/// time windows and the horizon (arrival after `due`, departure later than `close` minus the
/// direct travel time back), load, and energy (on arrival at a customer the charge must cover
/// the cheapest drive to a station, or to the depot with its return charge). The horizon and
/// energy rules rely on the triangle inequality and are skipped for matrix metrics.
struct RouteEnumerator {
    /// Memory guard: about 135 bytes per label (measured: 5.7 million labels, 780 MB); beyond
    /// this many labels the enumeration stops as if the time limit had hit.
    static let maximumLabels = 15_000_000

    let instance: Instance
    let isCancelled: () -> Bool

    func run() -> EnumerationResult {
        let clock = ContinuousClock.now
        var result = EnumerationResult(routes: [], isComplete: true, isExact: true, labels: 0, seconds: 0)
        for typeIndex in instance.vehicleTypes.indices {
            let paths = StationPaths(instance: instance, vehicleType: typeIndex)
            if !paths.isExact { result.isExact = false }
            var typeRun = TypeRun(instance: instance, typeIndex: typeIndex, paths: paths, isCancelled: isCancelled)
            let complete = typeRun.run()
            let order: (EnumeratedRoute, EnumeratedRoute) -> Bool = {
                ($0.customers.high, $0.customers.low, $0.distance) < ($1.customers.high, $1.customers.low, $1.distance)
            }
            if instance.hasGreenLimits {
                let validated = typeRun.validatedRoutes()
                result.frontierTimed += validated.count - typeRun.bestValidated.count
                result.routes += validated.sorted(by: order)
                // A customer set whose shortest relaxed route needs more charging than one van
                // can get over the day has no feasible route at all (GreenEnergyBudget).
                let budget = GreenEnergyBudget(instance: instance, vehicleType: typeIndex)
                let relaxation = typeRun.relaxationRoutes()
                let allowed = relaxation.filter { budget.allows(distance: $0.distance) }
                result.overBudget += relaxation.count - allowed.count
                result.relaxation = (result.relaxation ?? []) + allowed.sorted(by: order)
            } else {
                result.routes += typeRun.routes().sorted(by: order)
            }
            result.labels += typeRun.store.count
            if !complete { result.isComplete = false; break }
        }
        let duration = ContinuousClock.now - clock
        result.seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
        return result
    }
}

/// The labelling for one vehicle type.
private struct TypeRun {
    let instance: Instance
    let typeIndex: Int
    let paths: StationPaths
    let isCancelled: () -> Bool
    let type: VehicleType
    /// Lowest charge on leaving each stop so that some charge point can still be reached.
    let lowestCharge: [Double]
    /// Latest departure from each stop that still allows the direct drive back in time.
    let latestDeparture: [Double]
    let rates: [Double]
    var store: [Label] = []
    /// Best completed route per customer set: distance, label, return path.
    var best: [CustomerSet: (distance: Double, label: Int, path: Int)] = [:]
    /// Green instances: per station (by position) the alone-charging clock, nil for unlimited supply.
    let clocks: [GreenChargingClock?]
    /// Green instances: per stored label, whether it followed a relaxed station path.
    var relaxedFlags: [Bool] = []
    /// Green instances: shortest route per customer set that ``RouteTimetable`` times alone.
    /// Kept per customer set AND set of green-limited stations visited (``signatures``), so that
    /// the upper model can send a van to another station when the nearest one is taken.
    var bestValidated: [ValidatedKey: (distance: Double, sequence: [Int], timed: PlanRoute)] = [:]
    /// Green instances: per key, the shortest route that only ``FrontierTimetable`` times (kept
    /// apart, so that the longer ``RouteTimetable`` route and its delayed schedules stay columns).
    var bestFrontierTimed: [ValidatedKey: (distance: Double, sequence: [Int], timed: PlanRoute)] = [:]
    /// Green instances: per stored label, the green-limited stations visited (bit per station
    /// position; all ones for relaxed labels). Labels compete only with the same signature.
    var signatures: [UInt64] = []
    /// Bit per station position for stations with green limits (0 otherwise or for ≥ 64).
    let limitedBits: [UInt64]

    init(instance: Instance, typeIndex: Int, paths: StationPaths, isCancelled: @escaping () -> Bool) {
        self.instance = instance
        self.typeIndex = typeIndex
        self.paths = paths
        self.isCancelled = isCancelled
        let type = instance.vehicleTypes[typeIndex]
        self.type = type
        rates = instance.stationIndices.map { StationPaths.rate(instance, station: $0, typeIndex: typeIndex) }
        var lowest = [Double](repeating: type.reserve, count: 1 + instance.customers.count)
        var latest = [Double](repeating: instance.depot.close, count: 1 + instance.customers.count)
        let triangle: Bool = { if case .matrix = instance.metric { return false } else { return true } }()
        for stop in instance.customerIndices {
            var cheapest = instance.drivingEnergy(stop, 0, vehicleType: typeIndex) + type.minimumReturnCharge
            for station in instance.stationIndices {
                cheapest = min(cheapest, instance.drivingEnergy(stop, station, vehicleType: typeIndex) + type.reserve)
            }
            // The next charge point may come after further customers: with the triangle
            // inequality the direct drive is still the cheapest, without it no bound is safe.
            if triangle { lowest[stop] = cheapest }
            if triangle { latest[stop] = instance.depot.close - instance.travelTime(stop, 0, vehicleType: typeIndex) }
        }
        lowestCharge = lowest
        latestDeparture = latest
        limitedBits = instance.stationIndices.map { node in
            let position = node - instance.stationIndices.lowerBound
            return instance.station(atNode: node).isUnconstrained || position >= 63 ? 0 : UInt64(1) << UInt64(position)
        }
        clocks = instance.stationIndices.map { node in
            instance.station(atNode: node).supply.isUnlimited
                ? nil : GreenChargingClock(instance: instance, station: node, vehicleType: typeIndex)
        }
    }

    /// Runs the labelling; false when it was cancelled.
    mutating func run() -> Bool {
        let start = Label(node: 0, parent: -1, pathIndex: -1, visited: CustomerSet(), load: 0, distance: 0,
                          frontier: ChargeFrontier(charge: type.initialCharge, time: instance.depot.open))
        store.append(start)
        relaxedFlags.append(false)
        signatures.append(0)
        var level: [Int] = [0]
        var work = 0
        while !level.isEmpty {
            var buckets: [SignedLabelKey: [Int]] = [:]
            for index in level {
                let label = store[index]
                if label.node != 0 { complete(index) }
                for customer in instance.customerIndices where !label.visited.contains(customer) {
                    let demand = instance.demand(atNode: customer)
                    guard Tolerance.lessOrEqual(label.load + demand, type.capacity) else { continue }
                    for (pathIndex, path) in paths.between(label.node, customer).enumerated() {
                        work += 1
                        if work % 4096 == 0 && (isCancelled() || store.count > RouteEnumerator.maximumLabels) { return false }
                        guard let frontier = extend(label.frontier, from: label.node, to: customer, path: path) else { continue }
                        let candidate = Label(node: customer, parent: Int32(index), pathIndex: Int32(pathIndex),
                                              visited: label.visited.inserting(customer), load: label.load + demand,
                                              distance: label.distance + path.distance, frontier: frontier)
                        // A relaxed label never removes a real one (real routes are the columns).
                        let relaxed = relaxedFlags[index] || path.isRelaxed
                        let signature = relaxed ? UInt64.max : signatures[index] | bits(of: path)
                        let key = SignedLabelKey(visited: candidate.visited, node: customer, signature: signature)
                        if let slot = buckets.index(forKey: key) {
                            if buckets.values[slot].contains(where: {
                                (!relaxedFlags[$0] || relaxed) && store[$0].dominates(candidate)
                            }) { continue }
                            buckets.values[slot].removeAll { (relaxed ? relaxedFlags[$0] : true) && candidate.dominates(store[$0]) }
                            buckets.values[slot].append(store.count)
                        } else {
                            buckets[key] = [store.count]
                        }
                        store.append(candidate)
                        relaxedFlags.append(relaxed)
                        signatures.append(signature)
                    }
                }
            }
            // Sorted, so that runs are reproducible (dictionary order is seeded per process).
            level = buckets.keys.sorted {
                ($0.visited.high, $0.visited.low, $0.node, $0.signature) < ($1.visited.high, $1.visited.low, $1.node, $1.signature)
            }
                .flatMap { buckets[$0]! }
        }
        return true
    }

    /// Tries every way back to the depot from a label and keeps the best route per customer set.
    private mutating func complete(_ index: Int) {
        let label = store[index]
        for (pathIndex, path) in paths.between(label.node, 0).enumerated() {
            let distance = label.distance + path.distance
            let improvesBest = best[label.visited].map { distance < $0.distance } ?? true
            let relaxed = relaxedFlags[index] || path.isRelaxed
            let validatedKey = ValidatedKey(visited: label.visited, signature: relaxed ? 0 : signatures[index] | bits(of: path))
            let improvesValidated = instance.hasGreenLimits && !relaxed
                && (bestValidated[validatedKey].map { distance < $0.distance } ?? true)
            guard improvesBest || improvesValidated else { continue }
            guard extend(label.frontier, from: label.node, to: 0, path: path) != nil else { continue }
            if improvesBest { best[label.visited] = (distance, index, pathIndex) }
            if improvesValidated {
                // The column's schedule: charging alone, as early as the supply allows.
                let sequence = self.sequence(label: index, returnPath: pathIndex)
                if let timed = RouteTimetable.build(instance, vehicleType: typeIndex, sequence: sequence) {
                    bestValidated[validatedKey] = (distance, sequence, timed)
                } else if bestFrontierTimed[validatedKey].map({ distance < $0.distance }) ?? true,
                          // RouteTimetable tries least energy and full mixes per station stop;
                          // where the label needs an amount in between, time it from its frontier.
                          let timed = FrontierTimetable.build(instance, vehicleType: typeIndex, sequence: sequence) {
                    bestFrontierTimed[validatedKey] = (distance, sequence, timed)
                }
            }
        }
    }

    /// The green-limited stations of a path, as signature bits.
    private func bits(of path: StationPath) -> UInt64 {
        path.stations.reduce(0) { $0 | limitedBits[$1 - instance.stationIndices.lowerBound] }
    }

    /// The node sequence of a label completed by a return path.
    private func sequence(label: Int, returnPath: Int) -> [Int] {
        var sequence = paths.between(store[label].node, 0)[returnPath].stations
        var index = label
        while store[index].parent >= 0 {
            let current = store[index], parent = store[Int(current.parent)]
            let path = paths.between(parent.node, current.node)[Int(current.pathIndex)]
            sequence = path.stations + [current.node] + sequence
            index = Int(current.parent)
        }
        return sequence
    }

    /// Green instances: the validated (timed alone) routes, the columns; a frontier-timed route
    /// too where it is shorter than the key's ``RouteTimetable`` route.
    func validatedRoutes() -> [EnumeratedRoute] {
        let shorter = bestFrontierTimed.filter { key, entry in bestValidated[key].map { entry.distance < $0.distance } ?? true }
        return (Array(bestValidated) + Array(shorter)).map { key, entry in
            EnumeratedRoute(vehicleType: typeIndex, customers: key.visited, sequence: entry.sequence,
                            distance: entry.distance, timed: entry.timed)
        }
    }

    /// Green instances: the shortest distance per customer set of the relaxation (lower bound).
    func relaxationRoutes() -> [EnumeratedRoute] {
        best.map { visited, entry in
            EnumeratedRoute(vehicleType: typeIndex, customers: visited, sequence: [], distance: entry.distance)
        }
    }

    /// The states on leaving `to` after following `path` from `from`, or nil when none is feasible.
    private func extend(_ frontier: ChargeFrontier, from: Int, to: Int, path: StationPath) -> ChargeFrontier? {
        var state = frontier
        var previous = from
        let close = instance.depot.close
        for station in path.stations {
            state.drive(time: instance.travelTime(previous, station, vehicleType: typeIndex),
                        energy: instance.drivingEnergy(previous, station, vehicleType: typeIndex))
            guard state.keepCharge(atLeast: type.reserve - Tolerance.slack(type.battery)) else { return nil }
            let position = station - instance.stationIndices.lowerBound
            guard state.charge(battery: type.battery, mode: instance.charging, clock: clocks[position],
                               rate: rates[position]) else { return nil }
            guard state.keepTime(atMost: close + Tolerance.slack(close)) else { return nil }
            previous = station
        }
        if path.isRelaxed {
            state.jumpRelaxed(battery: type.battery, travel: path.travelTime, energyOut: path.energyOut)
        } else {
            state.drive(time: instance.travelTime(previous, to, vehicleType: typeIndex),
                        energy: instance.drivingEnergy(previous, to, vehicleType: typeIndex))
        }
        if to == 0 {
            guard state.keepCharge(atLeast: type.minimumReturnCharge - Tolerance.slack(type.battery)),
                  state.keepTime(atMost: close + Tolerance.slack(close)) else { return nil }
            return state
        }
        let customer = instance.customer(atNode: to)
        guard state.keepCharge(atLeast: lowestCharge[to] - Tolerance.slack(type.battery)) else { return nil }
        state.wait(until: customer.ready)
        guard state.keepTime(atMost: customer.due + Tolerance.slack(customer.due)) else { return nil }
        state.serve(for: customer.service)
        guard state.keepTime(atMost: latestDeparture[to] + Tolerance.slack(close)) else { return nil }
        return state
    }

    /// The best route of every customer set, with its node sequence.
    func routes() -> [EnumeratedRoute] {
        best.map { visited, entry in
            var sequence = paths.between(store[entry.label].node, 0)[entry.path].stations
            var index = entry.label
            while store[index].parent >= 0 {
                let label = store[index], parent = store[Int(label.parent)]
                let path = paths.between(parent.node, label.node)[Int(label.pathIndex)]
                sequence = path.stations + [label.node] + sequence
                index = Int(label.parent)
            }
            return EnumeratedRoute(vehicleType: typeIndex, customers: visited, sequence: sequence, distance: entry.distance)
        }
    }
}

/// Bucket key of the labelling with the signature of green-limited stations visited (0 on
/// instances without green limits, where this is the plain (customers, last node) key).
private struct SignedLabelKey: Hashable {
    var visited: CustomerSet
    var node: Int
    var signature: UInt64
}

/// Key of the validated (timed) routes: customer set and green-limited stations visited.
struct ValidatedKey: Hashable {
    var visited: CustomerSet
    var signature: UInt64
}
