import GreenRouteCore

/// The semantic checks every reader applies to the instance it built: signs, ranges, unique
/// ids, time windows, capacities, supply profiles, locations against the metric, matrices.
///
/// Value syntax (numbers, columns, JSON types) is checked by the readers; this type checks
/// what the values mean, in one place for all formats.
struct InstanceValidator {
    private var problems: ProblemCollector
    private let sources: SourceMap

    private init(sources: SourceMap) {
        self.sources = sources
        self.problems = ProblemCollector(file: sources.file)
    }

    /// Every semantic problem of an instance, with places taken from `sources`.
    static func problems(of instance: Instance, sources: SourceMap) -> [InstanceProblem] {
        var validator = InstanceValidator(sources: sources)
        validator.check(instance)
        return validator.problems.problems
    }

    private mutating func report(_ kind: InstanceProblemKind, _ key: String, _ message: String) {
        guard !sources.isSuppressed(key) else { return }
        let site = sources.site(key)
        problems.add(kind, line: site.line, field: site.field, message)
    }

    private mutating func check(_ instance: Instance) {
        checkDepot(instance.depot)
        checkIDs(instance)
        if instance.vehicleTypes.isEmpty {
            report(.noVehicleTypes, "vehicleTypes", "no vehicle type (expected at least one)")
        }
        for (index, type) in instance.vehicleTypes.enumerated() { checkVehicleType(type, index) }
        if instance.customers.isEmpty {
            report(.noCustomers, "customers", "no customers (expected at least one)")
        }
        // Capacities that are themselves invalid (reported above or by the reader) are left out.
        let largest = instance.vehicleTypes.enumerated()
            .filter { !sources.isSuppressed("vehicleTypes[\($0.offset)].capacity") }
            .map(\.element.capacity).filter { $0.isFinite && $0 >= 0 }.max()
        for (index, customer) in instance.customers.enumerated() { checkCustomer(customer, index, largest) }
        for (index, station) in instance.stations.enumerated() { checkStation(station, index) }
        checkTravel(instance)
    }

    private mutating func checkDepot(_ depot: Depot) {
        finite(depot.open, "depot.open", "opening time")
        finite(depot.close, "depot.close", "closing time")
        if depot.close < depot.open {
            report(.windowClosesBeforeOpening, "depot.close",
                   "depot \(depot.id) closes at \(depot.close), before it opens at \(depot.open) (expected close ≥ open)")
        }
    }

    private mutating func checkIDs(_ instance: Instance) {
        var seen: [String: String] = [:]
        let nodes = [(instance.depot.id, "depot")]
            + instance.customers.enumerated().map { ($0.element.id, "customers[\($0.offset)]") }
            + instance.stations.enumerated().map { ($0.element.id, "stations[\($0.offset)]") }
        for (id, key) in nodes {
            if id.isEmpty { report(.badValue, key + ".id", "empty id (expected a non-empty string)") }
            if let first = seen[id] {
                let line = sources.site(first + ".id").line.map { " (first on line \($0))" } ?? ""
                report(.duplicateID, key + ".id", "id \(id) is used twice\(line); expected ids unique across depot, customers and stations")
            } else {
                seen[id] = key
            }
        }
        var types: Set<String> = []
        for (index, type) in instance.vehicleTypes.enumerated() where !types.insert(type.id).inserted {
            report(.duplicateID, "vehicleTypes[\(index)].id", "vehicle type id \(type.id) is used twice (expected unique ids)")
        }
    }

    private mutating func checkVehicleType(_ type: VehicleType, _ index: Int) {
        let key = "vehicleTypes[\(index)]"
        if let count = type.count, count < 0 {
            report(.negativeValue, key + ".count", "vehicle count \(count) is negative (expected ≥ 0, or unlimited)")
        }
        nonNegative(type.capacity, key + ".capacity", "capacity")
        let batteryValid = nonNegative(type.battery, key + ".battery", "battery capacity")
        nonNegative(type.consumption, key + ".consumption", "consumption")
        positive(type.speed, key + ".speed", "speed")
        positive(type.maxChargePower, key + ".maxChargePower", "maximum charging power")
        nonNegative(type.fixedCost, key + ".fixedCost", "fixed cost")
        nonNegative(type.costPerKm, key + ".costPerKm", "cost per distance unit")
        for (value, field, name) in [(type.initialCharge, "initialCharge", "initial charge"),
                                     (type.reserve, "reserve", "reserve"),
                                     (type.returnCharge, "returnCharge", "return charge")] {
            // Charges are judged against the battery only when the battery itself is valid.
            guard batteryValid, nonNegative(value, key + "." + field, name) else { continue }
            if value > type.battery {
                report(.outOfRange, key + "." + field, "\(name) \(value) exceeds the battery capacity \(type.battery)")
            }
        }
        if batteryValid, type.initialCharge >= 0, type.initialCharge < type.reserve {
            report(.outOfRange, key + ".initialCharge",
                   "initial charge \(type.initialCharge) is below the reserve \(type.reserve)")
        }
    }

    private mutating func checkCustomer(_ customer: Customer, _ index: Int, _ largestCapacity: Load?) {
        let key = "customers[\(index)]"
        nonNegative(customer.demand, key + ".demand", "demand of \(customer.id)")
        nonNegative(customer.service, key + ".service", "service time of \(customer.id)")
        finite(customer.ready, key + ".ready", "ready time of \(customer.id)")
        finite(customer.due, key + ".due", "due time of \(customer.id)")
        checkLocation(customer.location, key + ".location")
        if customer.due < customer.ready {
            report(.windowClosesBeforeOpening, key + ".due",
                   "customer \(customer.id): window closes at \(customer.due), before it opens at \(customer.ready) (expected due ≥ ready)")
        }
        if let largestCapacity, customer.demand > largestCapacity {
            report(.demandExceedsEveryVehicle, key + ".demand",
                   "customer \(customer.id): demand \(customer.demand) exceeds the capacity of every vehicle type (largest \(largestCapacity))")
        }
    }

    private mutating func checkStation(_ station: ChargingStation, _ index: Int) {
        let key = "stations[\(index)]"
        checkLocation(station.location, key + ".location")
        if let chargers = station.chargers, chargers < 1 {
            report(.nonPositiveValue, key + ".chargers", "station \(station.id): \(chargers) chargers (expected ≥ 1, or unlimited)")
        }
        if let power = station.chargerPower { positive(power, key + ".chargerPower", "charger power of \(station.id)") }
        guard case .intervals(let intervals) = station.supply else { return }
        var previousEnd = -Double.infinity
        for (position, interval) in intervals.enumerated() {
            let intervalKey = key + ".supply[\(position)]"
            finite(interval.start, intervalKey + ".start", "supply start")
            finite(interval.end, intervalKey + ".end", "supply end")
            nonNegative(interval.power, intervalKey + ".power", "supply power")
            if interval.end <= interval.start {
                report(.badValue, intervalKey + ".end",
                       "station \(station.id): supply interval ends at \(interval.end), not after its start \(interval.start)")
            } else if interval.start < previousEnd {
                report(.badValue, intervalKey + ".start",
                       "station \(station.id): supply interval starts at \(interval.start), before the previous one ends at \(previousEnd) (expected sorted, non-overlapping intervals)")
            }
            previousEnd = max(previousEnd, interval.end)
        }
    }

    private mutating func checkLocation(_ location: Location, _ key: String) {
        switch location {
        case .plane(let x, let y):
            finite(x, key + ".x", "x")
            finite(y, key + ".y", "y")
        case .geographic(let latitude, let longitude):
            if !(-90...90).contains(latitude) {
                report(.outOfRange, key + ".lat", "latitude \(latitude) outside [-90, 90]")
            }
            if !(-180...180).contains(longitude) {
                report(.outOfRange, key + ".lon", "longitude \(longitude) outside [-180, 180]")
            }
        }
    }

    private mutating func checkTravel(_ instance: Instance) {
        checkLocation(instance.depot.location, "depot.location")
        let locations = [("depot", instance.depot.location)]
            + instance.customers.enumerated().map { ("customers[\($0.offset)]", $0.element.location) }
            + instance.stations.enumerated().map { ("stations[\($0.offset)]", $0.element.location) }
        switch instance.metric {
        case .euclidean:
            for (key, location) in locations where location.isGeographic {
                report(.badValue, key + ".location", "latitude/longitude location with the euclidean metric (expected x and y)")
            }
        case .greatCircle(let roadFactor):
            if !(roadFactor >= 1 && roadFactor.isFinite) {
                report(.outOfRange, "travel.roadFactor", "road factor \(roadFactor) (expected a finite number ≥ 1)")
            }
            for (key, location) in locations where !location.isGeographic {
                report(.badValue, key + ".location", "x/y location with the greatCircle metric (expected lat and lon)")
            }
        case .matrix(let distance, let time):
            checkMatrix(distance, "travel.distance", "distance", instance.nodeCount)
            if let time { checkMatrix(time, "travel.time", "time", instance.nodeCount) }
        }
    }

    private mutating func checkMatrix(_ matrix: [[Double]], _ key: String, _ name: String, _ size: Int) {
        guard matrix.count == size, matrix.allSatisfy({ $0.count == size }) else {
            report(.badValue, key, "\(name) matrix is not \(size) × \(size) (one row and column per node)")
            return
        }
        for (i, row) in matrix.enumerated() {
            for (j, value) in row.enumerated() where !(value.isFinite && value >= 0) {
                report(.negativeValue, key + "[\(i)][\(j)]", "\(name) matrix entry [\(i)][\(j)] = \(value) (expected a finite number ≥ 0)")
            }
        }
    }

    // MARK: Sign checks

    @discardableResult
    private mutating func finite(_ value: Double, _ key: String, _ name: String) -> Bool {
        if value.isFinite { return true }
        report(.notFinite, key, "\(name) is \(value) (expected a finite number)")
        return false
    }

    @discardableResult
    private mutating func nonNegative(_ value: Double, _ key: String, _ name: String) -> Bool {
        guard finite(value, key, name) else { return false }
        if value >= 0 { return true }
        report(.negativeValue, key, "\(name) is \(value) (expected ≥ 0)")
        return false
    }

    @discardableResult
    private mutating func positive(_ value: Double, _ key: String, _ name: String) -> Bool {
        guard finite(value, key, name) else { return false }
        if value > 0 { return true }
        report(.nonPositiveValue, key, "\(name) is \(value) (expected > 0)")
        return false
    }
}
