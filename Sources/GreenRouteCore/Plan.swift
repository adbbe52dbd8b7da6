/// How a solver's run ended.
public enum PlanStatus: String, Codable, Sendable, CaseIterable {
    /// Proven optimal (only a MIP may say so).
    case optimal
    /// A plan serving every customer, not proven optimal.
    case feasible
    /// Proven or detected that no plan serves every customer; routes may serve a subset,
    /// the rest is listed in `unassigned`.
    case infeasible
    /// No plan found within the limits.
    case timeout
    /// The solver failed.
    case error
}

/// One constant-power charging segment during a station stop.
public struct ChargingSegment: Codable, Equatable, Sendable {
    /// Start, in the instance's time unit.
    public var start: Duration
    /// End, in the instance's time unit.
    public var end: Duration
    /// Constant power, in kW.
    public var power: Power
    /// Energy charged, in kWh (power × duration × hoursPerUnit).
    public var energy: Energy

    public init(start: Duration, end: Duration, power: Power, energy: Energy) {
        self.start = start
        self.end = end
        self.power = power
        self.energy = energy
    }
}

/// One stop of a route: the depot at either end, a customer or a station.
public struct PlanStop: Codable, Equatable, Sendable {
    /// Node id.
    public var node: String
    /// Arrival time (for the first stop: the depot departure), in the instance's time unit.
    public var arrival: Duration
    /// Service start (customers), charging may start from arrival at stations.
    public var start: Duration
    /// Departure time.
    public var departure: Duration
    /// Load on board on arrival and on departure, in load units.
    public var loadArrival: Load
    public var loadDeparture: Load
    /// Battery charge on arrival and on departure, in kWh.
    public var chargeArrival: Energy
    public var chargeDeparture: Energy
    /// Charging segments (stations only).
    public var charging: [ChargingSegment]

    public init(node: String, arrival: Duration, start: Duration, departure: Duration,
                loadArrival: Load, loadDeparture: Load, chargeArrival: Energy, chargeDeparture: Energy,
                charging: [ChargingSegment] = []) {
        self.node = node
        self.arrival = arrival
        self.start = start
        self.departure = departure
        self.loadArrival = loadArrival
        self.loadDeparture = loadDeparture
        self.chargeArrival = chargeArrival
        self.chargeDeparture = chargeDeparture
        self.charging = charging
    }
}

/// One van's day: depot, stops, depot.
public struct PlanRoute: Codable, Equatable, Sendable {
    /// Vehicle type id.
    public var vehicleType: String
    /// Ordered stops, the depot first and last.
    public var stops: [PlanStop]
    /// Distance driven, in distance units.
    public var distance: Distance

    public init(vehicleType: String, stops: [PlanStop], distance: Distance) {
        self.vehicleType = vehicleType
        self.stops = stops
        self.distance = distance
    }
}

/// A customer left out of the plan, with the reason.
public struct UnassignedCustomer: Codable, Equatable, Sendable {
    public var customer: String
    public var reason: String

    public init(customer: String, reason: String) {
        self.customer = customer
        self.reason = reason
    }
}

/// Energy charged at one station, in kWh.
public struct StationEnergy: Codable, Equatable, Sendable {
    public var station: String
    public var energy: Energy

    public init(station: String, energy: Energy) {
        self.station = station
        self.energy = energy
    }
}

/// Charging at one station in one hour of the day, against the green energy it had.
public struct StationHour: Codable, Equatable, Sendable {
    public var station: String
    /// Start of the hour, in minutes since midnight.
    public var hourStart: Duration
    /// Energy charged by all vans in that hour, in kWh.
    public var energyCharged: Energy
    /// Green energy the supply profile offered in that hour, in kWh; nil when unlimited.
    public var supplyEnergy: Energy?

    public init(station: String, hourStart: Duration, energyCharged: Energy, supplyEnergy: Energy?) {
        self.station = station
        self.hourStart = hourStart
        self.energyCharged = energyCharged
        self.supplyEnergy = supplyEnergy
    }
}

/// The most vans charging at once at a station, against its chargers.
public struct StationPeak: Codable, Equatable, Sendable {
    public var station: String
    /// Largest number of vans charging at the same moment.
    public var peakChargers: Int
    /// Chargers installed; nil = unlimited.
    public var chargers: Int?

    public init(station: String, peakChargers: Int, chargers: Int?) {
        self.station = station
        self.peakChargers = peakChargers
        self.chargers = chargers
    }
}

/// The figures every plan reports (spec: "Every plan reports all of").
public struct PlanKPIs: Codable, Equatable, Sendable {
    /// Sum of route durations (return − departure), in the instance's time unit.
    public var totalDuration: Duration
    /// Sum of waiting time (idle time not driving, serving or charging).
    public var waiting: Duration
    /// Energy consumed by driving, in kWh.
    public var energyConsumed: Energy
    /// Energy charged at stations, in kWh.
    public var energyCharged: Energy
    /// Energy charged per station, in kWh.
    public var energyPerStation: [StationEnergy]
    /// Share of charged energy that came from the green supply, in percent (always 100).
    public var greenSharePercent: Double
    /// Energy left in the batteries at the end of the day, in kWh.
    public var energyLeft: Energy
    /// Σ fixedCost × vehicles + Σ costPerKm × distance.
    public var cost: Double
    /// Energy charged per station and hour against the green supply of that hour (minute-based
    /// instances; hours with charging or supply at stations where vans charged).
    public var stationHours: [StationHour]?
    /// Peak number of vans charging at once per station where vans charged.
    public var stationPeaks: [StationPeak]?

    public init(totalDuration: Duration, waiting: Duration, energyConsumed: Energy, energyCharged: Energy,
                energyPerStation: [StationEnergy], greenSharePercent: Double, energyLeft: Energy, cost: Double,
                stationHours: [StationHour]? = nil, stationPeaks: [StationPeak]? = nil) {
        self.stationHours = stationHours
        self.stationPeaks = stationPeaks
        self.totalDuration = totalDuration
        self.waiting = waiting
        self.energyConsumed = energyConsumed
        self.energyCharged = energyCharged
        self.energyPerStation = energyPerStation
        self.greenSharePercent = greenSharePercent
        self.energyLeft = energyLeft
        self.cost = cost
    }
}

/// A solution: the plan file of the spec.
public struct Plan: Codable, Equatable, Sendable {
    public var instance: String
    /// Which solver produced it ("heuristic", "mip", "baseline", ...).
    public var solver: String
    public var status: PlanStatus
    public var objective: Objective
    /// The charging rule the plan was made for.
    public var charging: ChargingMode
    /// Number of routes (used vans).
    public var vehicles: Int
    /// Total distance, in distance units.
    public var distance: Distance
    /// Best proven lower bound on the objective value (MIP), nil where none.
    public var bound: Double?
    /// Relative gap between objective value and bound, in percent, nil where none.
    public var gapPercent: Double?
    /// Wall-clock seconds the solver used.
    public var seconds: Double
    /// Seed of randomised solvers.
    public var seed: UInt64?
    public var routes: [PlanRoute]
    public var unassigned: [UnassignedCustomer]
    public var kpis: PlanKPIs?
    /// Free-form notes from the solver (what was used, warnings).
    public var notes: [String]

    public init(instance: String, solver: String, status: PlanStatus, objective: Objective, charging: ChargingMode,
                vehicles: Int, distance: Distance, bound: Double? = nil, gapPercent: Double? = nil, seconds: Double,
                seed: UInt64? = nil, routes: [PlanRoute], unassigned: [UnassignedCustomer] = [],
                kpis: PlanKPIs? = nil, notes: [String] = []) {
        self.instance = instance
        self.solver = solver
        self.status = status
        self.objective = objective
        self.charging = charging
        self.vehicles = vehicles
        self.distance = distance
        self.bound = bound
        self.gapPercent = gapPercent
        self.seconds = seconds
        self.seed = seed
        self.routes = routes
        self.unassigned = unassigned
        self.kpis = kpis
        self.notes = notes
    }

    /// A plan without routes, for a solver that found nothing.
    public static func empty(instance: Instance, solver: String, status: PlanStatus, objective: Objective,
                             seconds: Double, notes: [String] = []) -> Plan {
        Plan(instance: instance.name, solver: solver, status: status, objective: objective,
             charging: instance.charging, vehicles: 0, distance: 0, seconds: seconds, routes: [],
             unassigned: instance.customers.map { UnassignedCustomer(customer: $0.id, reason: "no plan found") },
             notes: notes)
    }
}
