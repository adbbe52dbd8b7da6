/// How much a van charges at a station stop.
public enum ChargingMode: String, Codable, Sendable, CaseIterable {
    /// Each station stop charges to exactly full (Schneider et al. 2014).
    case full
    /// A van leaves a station with any charge between its arrival charge and the battery.
    case partial
}

/// What a plan minimises.
public enum Objective: String, Codable, Sendable, CaseIterable {
    /// Fewest vehicles, then shortest total distance (the benchmark convention).
    case hierarchical
    /// Shortest total distance only.
    case distance
    /// Σ fixedCost × used vehicles + Σ costPerKm × distance.
    case cost
}

/// What kind of place a node index denotes.
public enum NodeKind: String, Sendable, Codable {
    case depot, customer, station
}

/// A planning problem: one depot, customers, charging stations, a fleet and travel data.
///
/// Nodes are indexed `0` (depot), `1...customers.count` (customers in order), then the
/// stations in order. Every distance, travel time and energy is computed once, by ``Physics``,
/// into ``travel``.
public struct Instance: Sendable {
    /// Name (usually the file name without extension).
    public var name: String
    public var timeUnit: TimeUnit
    public var depot: Depot
    public var customers: [Customer]
    public var stations: [ChargingStation]
    public var vehicleTypes: [VehicleType]
    public var metric: TravelMetric
    /// The charging rule of this instance (full for Schneider files, partial by default elsewhere).
    public var charging: ChargingMode
    /// Free-form provenance (source format, generator command line, ...).
    public var metadata: [String: String]
    /// Precomputed distances and times (derived; not compared by `==`).
    public let travel: TravelTable

    public init(name: String, timeUnit: TimeUnit, depot: Depot, customers: [Customer],
                stations: [ChargingStation], vehicleTypes: [VehicleType], metric: TravelMetric,
                charging: ChargingMode, metadata: [String: String] = [:]) {
        self.name = name
        self.timeUnit = timeUnit
        self.depot = depot
        self.customers = customers
        self.stations = stations
        self.vehicleTypes = vehicleTypes
        self.metric = metric
        self.charging = charging
        self.metadata = metadata
        var locations = [depot.location]
        locations += customers.map(\.location)
        locations += stations.map(\.location)
        let ids = [depot.id] + customers.map(\.id) + stations.map(\.id)
        self.travel = TravelTable(ids: ids, locations: locations, metric: metric, vehicleTypes: vehicleTypes, timeUnit: timeUnit)
    }

    /// A copy with another charging rule.
    public func with(charging mode: ChargingMode) -> Instance { copy(charging: mode) }

    /// A copy with other customers (same depot, stations, fleet and travel rule).
    public func with(customers replacement: [Customer]) -> Instance { copy(customers: replacement) }

    /// A copy with every station's chargers and supply unlimited (to show what green limits cost).
    public func withUnlimitedStations() -> Instance {
        relaxingStations { station in
            station.chargers = nil
            station.supply = .unlimited
        }
    }

    /// A copy with every station changed by `relax` (the unlimited variants here and in
    /// InstanceRelaxations.swift).
    func relaxingStations(_ relax: (inout ChargingStation) -> Void) -> Instance {
        var relaxed = stations
        for index in relaxed.indices { relax(&relaxed[index]) }
        return copy(stations: relaxed)
    }

    /// The one place that rebuilds an instance (and its travel table) with some parts replaced.
    private func copy(customers: [Customer]? = nil, stations: [ChargingStation]? = nil,
                      charging: ChargingMode? = nil) -> Instance {
        Instance(name: name, timeUnit: timeUnit, depot: depot, customers: customers ?? self.customers,
                 stations: stations ?? self.stations, vehicleTypes: vehicleTypes, metric: metric,
                 charging: charging ?? self.charging, metadata: metadata)
    }

    // MARK: Node indexing

    /// Number of nodes: depot + customers + stations.
    public var nodeCount: Int { 1 + customers.count + stations.count }
    /// Node index of the depot.
    public var depotIndex: Int { 0 }
    /// Node indices of the customers.
    public var customerIndices: Range<Int> { 1..<(1 + customers.count) }
    /// Node indices of the stations.
    public var stationIndices: Range<Int> { (1 + customers.count)..<nodeCount }

    public func kind(ofNode index: Int) -> NodeKind {
        if index == 0 { return .depot }
        return index <= customers.count ? .customer : .station
    }

    public func isCustomer(_ index: Int) -> Bool { index >= 1 && index <= customers.count }
    public func isStation(_ index: Int) -> Bool { index > customers.count && index < nodeCount }

    /// The customer at a node index (precondition: it is a customer).
    public func customer(atNode index: Int) -> Customer { customers[index - 1] }
    /// The station at a node index (precondition: it is a station).
    public func station(atNode index: Int) -> ChargingStation { stations[index - 1 - customers.count] }

    /// The id of the node at an index.
    public func id(ofNode index: Int) -> String {
        switch kind(ofNode: index) {
        case .depot: return depot.id
        case .customer: return customers[index - 1].id
        case .station: return stations[index - 1 - customers.count].id
        }
    }

    /// The node index of an id, or nil when no node has it.
    public func nodeIndex(of id: String) -> Int? { travel.indexByID[id] }

    /// The location of a node.
    public func location(ofNode index: Int) -> Location {
        switch kind(ofNode: index) {
        case .depot: return depot.location
        case .customer: return customers[index - 1].location
        case .station: return stations[index - 1 - customers.count].location
        }
    }

    /// True when some station limits charging (chargers or supply).
    public var hasGreenLimits: Bool { stations.contains { !$0.isUnconstrained } }
    /// True when vans have a battery limit (consumption > 0 for some type).
    public var hasBatteryLimit: Bool { vehicleTypes.contains { $0.consumption > 0 } }
}

extension Instance: Equatable {
    public static func == (lhs: Instance, rhs: Instance) -> Bool {
        lhs.name == rhs.name && lhs.timeUnit == rhs.timeUnit && lhs.depot == rhs.depot
            && lhs.customers == rhs.customers && lhs.stations == rhs.stations
            && lhs.vehicleTypes == rhs.vehicleTypes && lhs.metric == rhs.metric
            && lhs.charging == rhs.charging && lhs.metadata == rhs.metadata
    }
}
