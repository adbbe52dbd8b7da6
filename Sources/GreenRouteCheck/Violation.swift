import GreenRouteCore

/// One broken rule of a plan, with where it happened and the numbers that show it.
///
/// Times are in the instance's time unit, energies in kWh (or abstract energy units),
/// powers in kW, loads in load units, distances in distance units.
public struct Violation: Equatable, Sendable, Codable, CustomStringConvertible {
    /// Which rule is broken.
    public var rule: Rule
    /// Index of the route in `plan.routes`, when the violation belongs to one route.
    public var routeIndex: Int?
    /// Index of the stop in the route's `stops`, when it belongs to one stop.
    public var stopIndex: Int?
    /// The node id concerned (customer, station or depot), when there is one.
    public var node: String?
    /// For ``Rule/reportedValueMismatch``: the plan field that disagrees (e.g. "arrival").
    public var field: String?
    /// For ``Rule/reportedValueMismatch``: the value the plan reports.
    public var reported: Double?
    /// For ``Rule/reportedValueMismatch``: the value the checker recomputed.
    public var recomputed: Double?
    /// A sentence with the numbers, e.g. "service at C3 starts at 34, late by 4 (due 30)".
    public var message: String

    public init(rule: Rule, routeIndex: Int? = nil, stopIndex: Int? = nil, node: String? = nil,
                field: String? = nil, reported: Double? = nil, recomputed: Double? = nil, message: String) {
        self.rule = rule
        self.routeIndex = routeIndex
        self.stopIndex = stopIndex
        self.node = node
        self.field = field
        self.reported = reported
        self.recomputed = recomputed
        self.message = message
    }

    /// "route 1, stop 2 (C3): late-service: service at C3 starts at 34, late by 4 (due 30)".
    public var description: String {
        var place: [String] = []
        if let routeIndex { place.append("route \(routeIndex)") }
        if let stopIndex { place.append("stop \(stopIndex)" + (node.map { " (\($0))" } ?? "")) }
        let prefix = place.isEmpty ? "" : place.joined(separator: ", ") + ": "
        return prefix + rule.code + ": " + message
    }
}

extension Violation {
    /// The rules of the plan contract (spec: "Feasibility of a plan" and "Plan file").
    /// Each has a stable string ``code`` for reports and scripts.
    public enum Rule: String, CaseIterable, Sendable, Codable, Comparable {
        // Route shape
        /// The route names a vehicle type the instance does not have.
        case unknownVehicleType = "unknown-vehicle-type"
        /// A stop (or an unassigned entry) names a node id the instance does not have,
        /// or an unassigned entry names a node that is not a customer.
        case unknownNode = "unknown-node"
        /// The route does not start and end at the depot, or visits it in between.
        case routeEndpoints = "route-endpoints"
        // Time
        /// The van leaves the depot before it opens.
        case departureBeforeOpen = "departure-before-open"
        /// Service at a customer starts after its due time.
        case lateService = "late-service"
        /// The van returns to the depot after it closes.
        case returnAfterClose = "return-after-close"
        // Load
        /// The van leaves the depot with more load than its capacity.
        case overCapacity = "over-capacity"
        // Battery
        /// The charge on arrival at a stop is below the van's reserve.
        case belowReserve = "below-reserve"
        /// The charge on return to the depot is below the van's return charge.
        case belowReturnCharge = "below-return-charge"
        /// The charge after charging exceeds the battery capacity.
        case aboveBattery = "above-battery"
        /// A full-recharge instance, and a station stop does not end with a full battery.
        case notFullRecharge = "not-full-recharge"
        // Charging segments
        /// A charging segment at a customer or at the depot.
        case chargingNotAtStation = "charging-not-at-station"
        /// A segment that does not end after it starts, or has a non-finite number.
        case invalidSegment = "invalid-segment"
        /// A segment outside the stop's stay [arrival, departure].
        case chargingOutsideStay = "charging-outside-stay"
        /// Two segments of the same stop overlap in time.
        case overlappingSegments = "overlapping-segments"
        /// A segment's power is negative or above min(chargerPower, maxChargePower).
        case overChargingPower = "over-charging-power"
        // Across routes
        /// A customer neither served nor listed as unassigned.
        case missedCustomer = "missed-customer"
        /// A customer served more than once (or listed unassigned more than once).
        case duplicateCustomer = "duplicate-customer"
        /// A customer both served and listed as unassigned.
        case servedAndUnassigned = "served-and-unassigned"
        /// More routes of a vehicle type than the type's count.
        case vehicleCount = "vehicle-count"
        /// At some instant the charging power at a station exceeds its green supply.
        case overSupply = "over-supply"
        /// At some instant more vans charge at a station than it has chargers.
        case tooManyChargers = "too-many-chargers"
        // Reported values
        /// A value the plan reports disagrees with the recomputation.
        case reportedValueMismatch = "reported-value-mismatch"

        /// The stable string code, e.g. "late-service".
        public var code: String { rawValue }

        /// Orders rules by their declaration order (route shape first, reported values last).
        public static func < (lhs: Rule, rhs: Rule) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }
}
