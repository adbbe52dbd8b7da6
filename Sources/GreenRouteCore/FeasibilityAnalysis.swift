/// Simple, sound facts about an instance that need no search: lower bounds and customers
/// that no van can serve, each with its binding reason.
///
/// A customer is reported only when infeasibility is proven by a relaxation (so a solver
/// may trust the list): its demand exceeds every capacity; no sequence of station hops within
/// the usable battery reaches it and returns; or even the direct trip misses its window or the horizon.
public struct FeasibilityAnalysis: Sendable {
    /// A customer no van can serve and why.
    public struct Unreachable: Sendable, Equatable {
        public var customer: String
        public var reason: String
    }

    /// Customers proven unservable.
    public let unreachable: [Unreachable]
    /// Vehicles needed by load: ⌈Σ demand / largest capacity⌉.
    public let vehiclesNeededByLoad: Int
    /// Σ demand, in load units.
    public let totalDemand: Load

    public init(_ instance: Instance) {
        totalDemand = instance.customers.reduce(0) { $0 + $1.demand }
        let largest = instance.vehicleTypes.map(\.capacity).max() ?? 0
        vehiclesNeededByLoad = largest > 0 ? Int((totalDemand / largest - Tolerance.relative).rounded(.up)) : 0
        var found: [Unreachable] = []
        for node in instance.customerIndices {
            if let reason = Self.reason(instance, customerNode: node) {
                found.append(Unreachable(customer: instance.id(ofNode: node), reason: reason))
            }
        }
        unreachable = found
    }

    /// Why no vehicle type can serve the customer, or nil when none of the simple tests proves it.
    static func reason(_ instance: Instance, customerNode node: Int) -> String? {
        let customer = instance.customer(atNode: node)
        var reasons: [String] = []
        for typeIndex in instance.vehicleTypes.indices {
            let type = instance.vehicleTypes[typeIndex]
            if !Tolerance.lessOrEqual(customer.demand, type.capacity) {
                reasons.append("demand \(String(format2: customer.demand)) exceeds capacity \(String(format2: type.capacity)) of '\(type.id)'")
                continue
            }
            let earliest = instance.depot.open + instance.travelTime(0, node, vehicleType: typeIndex)
            if !Tolerance.lessOrEqual(earliest, customer.due) {
                reasons.append("'\(type.id)' arrives at \(String(format2: earliest)) at the earliest, after the window closes at \(String(format2: customer.due))")
                continue
            }
            let back = max(earliest, customer.ready) + customer.service + instance.travelTime(node, 0, vehicleType: typeIndex)
            if !Tolerance.lessOrEqual(back, instance.depot.close) {
                reasons.append("'\(type.id)' cannot be back before the depot closes at \(String(format2: instance.depot.close)) (earliest return \(String(format2: back)))")
                continue
            }
            if type.consumption > 0, !energyReachable(instance, customerNode: node, typeIndex: typeIndex) {
                reasons.append("battery range: '\(type.id)' (usable \(String(format2: type.battery - type.reserve)) kWh) cannot reach it and return, even charging at every station")
                continue
            }
            if let late = supplyTooLate(instance, customerNode: node, typeIndex: typeIndex) {
                reasons.append(late)
                continue
            }
            return nil
        }
        return reasons.isEmpty ? nil : reasons.joined(separator: "; ")
    }

    /// When the van cannot reach the customer on its initial charge, it must first charge
    /// some energy, and green energy flows only while some station has supply. Even charging
    /// at every instant at the best station (a relaxation: no driving between stations), the
    /// needed energy is in the battery only at some time T; arriving after T + the shortest
    /// drive from a station misses the window. Sound for metrics with the triangle inequality.
    static func supplyTooLate(_ instance: Instance, customerNode node: Int, typeIndex: Int) -> String? {
        let type = instance.vehicleTypes[typeIndex]
        let customer = instance.customer(atNode: node)
        guard type.consumption > 0, !instance.stations.isEmpty,
              instance.stations.allSatisfy({ !$0.supply.isUnlimited }) else { return nil }
        if case .matrix = instance.metric { return nil }
        let missing = instance.drivingEnergy(0, node, vehicleType: typeIndex) + type.reserve - type.initialCharge
        guard missing > Tolerance.slack(missing) else { return nil }
        var points = Set<Duration>([instance.depot.open, instance.depot.close])
        for station in instance.stations { points.formUnion(station.supply.breakpoints) }
        let times = points.filter { $0 >= instance.depot.open && $0 <= instance.depot.close }.sorted()
        var charged = 0.0
        var ready: Duration? = nil
        for index in 0..<(times.count - 1) {
            let middle = (times[index] + times[index + 1]) / 2
            let power = instance.stationIndices.map { s in
                min(instance.station(atNode: s).supply.power(at: middle), instance.chargingPower(atNode: s, vehicleType: typeIndex))
            }.max() ?? 0
            let piece = Physics.energy(power: power, duration: times[index + 1] - times[index], timeUnit: instance.timeUnit)
            if power > 0, charged + piece >= missing {
                ready = times[index] + Physics.chargingTime(energy: missing - charged, power: power, timeUnit: instance.timeUnit)
                break
            }
            charged += piece
        }
        let drive = instance.stationIndices.map { instance.travelTime($0, node, vehicleType: typeIndex) }.min() ?? 0
        guard let ready else {
            return "no green supply: '\(type.id)' must charge \(String(format2: missing)) kWh before reaching it, "
                + "and all stations together supply less than that over the day"
        }
        let earliest = ready + drive
        guard !Tolerance.lessOrEqual(earliest, customer.due) else { return nil }
        return "no green supply early enough: '\(type.id)' must charge \(String(format2: missing)) kWh before reaching it; "
            + "the sun gives that at \(clock(ready, instance)) at the earliest, so it arrives at \(clock(earliest, instance)) "
            + "at the earliest, after the window closes at \(clock(customer.due, instance))"
    }

    static func clock(_ t: Duration, _ instance: Instance) -> String {
        guard instance.timeUnit == .minutes, t.isFinite else { return String(format2: t) }
        return ClockText.text(minutes: t)
    }

    /// Whether depot → (stations) → customer → (stations) → depot exists with every hop
    /// within the usable battery (charging to full at stations, ignoring time).
    static func energyReachable(_ instance: Instance, customerNode: Int, typeIndex: Int) -> Bool {
        let type = instance.vehicleTypes[typeIndex]
        let usable = type.battery - type.reserve
        let stations = Array(instance.stationIndices)
        // Charging points reachable from the depot (starting with the initial charge).
        func hop(_ from: Int, _ to: Int, budget: Energy) -> Bool {
            Tolerance.lessOrEqual(instance.drivingEnergy(from, to, vehicleType: typeIndex), budget)
        }
        var reached = Set<Int>()
        var frontier: [Int] = []
        for s in stations where hop(0, s, budget: type.initialCharge - type.reserve) {
            reached.insert(s); frontier.append(s)
        }
        while let s = frontier.popLast() {
            for t in stations where !reached.contains(t) && hop(s, t, budget: usable) {
                reached.insert(t); frontier.append(t)
            }
        }
        // Charge on arrival at the customer: best over direct or from a reached station.
        var arrivalCharge = type.initialCharge - instance.drivingEnergy(0, customerNode, vehicleType: typeIndex)
        for s in reached {
            arrivalCharge = max(arrivalCharge, type.battery - instance.drivingEnergy(s, customerNode, vehicleType: typeIndex))
        }
        guard Tolerance.lessOrEqual(type.reserve, arrivalCharge) else { return false }
        // From the customer back: directly, or to a station from which the depot is reachable.
        let home = type.minimumReturnCharge
        if Tolerance.lessOrEqual(home, arrivalCharge - instance.drivingEnergy(customerNode, 0, vehicleType: typeIndex)) {
            return true
        }
        var homeward = Set<Int>()
        var queue: [Int] = []
        for s in stations where Tolerance.lessOrEqual(home, type.battery - instance.drivingEnergy(s, 0, vehicleType: typeIndex)) {
            homeward.insert(s); queue.append(s)
        }
        while let t = queue.popLast() {
            for s in stations where !homeward.contains(s) && hop(s, t, budget: usable) {
                homeward.insert(s); queue.append(s)
            }
        }
        return homeward.contains { hop(customerNode, $0, budget: arrivalCharge - type.reserve) }
    }
}
