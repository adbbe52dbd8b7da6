/// A customer: one order to deliver, served once, within a time window for the start of service.
public struct Customer: Equatable, Sendable {
    /// Unique id across all nodes (e.g. "C12").
    public var id: String
    public var location: Location
    /// Load delivered, in load units.
    public var demand: Load
    /// Earliest start of service, in the instance's time unit.
    public var ready: Duration
    /// Latest start of service, in the instance's time unit.
    public var due: Duration
    /// Service duration, in the instance's time unit.
    public var service: Duration

    public init(id: String, location: Location, demand: Load, ready: Duration, due: Duration, service: Duration) {
        self.id = id
        self.location = location
        self.demand = demand
        self.ready = ready
        self.due = due
        self.service = service
    }
}

/// The depot: every route starts and ends here; its window is the planning horizon.
public struct Depot: Equatable, Sendable {
    public var id: String
    public var location: Location
    /// Earliest departure, in the instance's time unit.
    public var open: Duration
    /// Latest return, in the instance's time unit.
    public var close: Duration

    public init(id: String, location: Location, open: Duration, close: Duration) {
        self.id = id
        self.location = location
        self.open = open
        self.close = close
    }
}
