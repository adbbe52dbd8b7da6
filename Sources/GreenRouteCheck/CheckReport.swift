import GreenRouteCore

/// The result of checking a plan: every violation found, and the figures the checker
/// recomputed from the routes' node orders, depot departures and charging segments.
public struct CheckReport: Sendable, Codable, CustomStringConvertible {
    /// Every broken rule, in the order found (routes first, then across routes).
    public var violations: [Violation]
    /// The routes as the checker recomputed them (same node order; times, loads, charges and
    /// segment energies recomputed). A route that could not be recomputed (unknown vehicle
    /// type, unknown node, wrong endpoints) is copied unchanged.
    public var routes: [PlanRoute]
    /// Number of routes (used vans).
    public var vehicles: Int
    /// Total distance, in distance units.
    public var distance: Distance
    /// Sum of route durations (return − depot departure), in the instance's time unit.
    public var duration: Duration
    /// Sum of waiting: time at stops (other than the depot ends) not spent serving or charging,
    /// in the instance's time unit.
    public var waiting: Duration
    /// Energy used by driving, in kWh (or abstract energy units).
    public var energyConsumed: Energy
    /// Energy charged at all stations, in kWh.
    public var energyCharged: Energy
    /// Energy charged per station id, in kWh.
    public var energyPerStation: [String: Energy]
    /// Charge left in the batteries on return, summed over routes, in kWh.
    public var energyLeft: Energy
    /// Σ fixedCost per used van + Σ costPerKm × distance.
    public var cost: Double

    public init(violations: [Violation] = [], routes: [PlanRoute] = [], vehicles: Int = 0, distance: Distance = 0,
                duration: Duration = 0, waiting: Duration = 0, energyConsumed: Energy = 0, energyCharged: Energy = 0,
                energyPerStation: [String: Energy] = [:], energyLeft: Energy = 0, cost: Double = 0) {
        self.violations = violations
        self.routes = routes
        self.vehicles = vehicles
        self.distance = distance
        self.duration = duration
        self.waiting = waiting
        self.energyConsumed = energyConsumed
        self.energyCharged = energyCharged
        self.energyPerStation = energyPerStation
        self.energyLeft = energyLeft
        self.cost = cost
    }

    /// True when no rule is broken.
    public var isValid: Bool { violations.isEmpty }

    /// The distinct rules broken, sorted.
    public var brokenRules: Set<Violation.Rule> { Set(violations.map(\.rule)) }

    /// The violations of one rule.
    public func violations(of rule: Violation.Rule) -> [Violation] { violations.filter { $0.rule == rule } }

    /// One line per violation, or "valid" with the recomputed totals.
    public var description: String {
        let totals = "\(vehicles) vehicles, distance \(distance.text), duration \(duration.text), "
            + "energy charged \(energyCharged.text)"
        if violations.isEmpty { return "valid: " + totals }
        return "\(violations.count) violation(s); recomputed " + totals + "\n"
            + violations.map(\.description).joined(separator: "\n")
    }
}
