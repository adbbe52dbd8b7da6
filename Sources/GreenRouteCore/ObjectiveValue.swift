/// The value of a plan under the three objectives, comparable under any of them.
public struct ObjectiveValue: Equatable, Sendable, CustomStringConvertible {
    /// Number of used vehicles.
    public var vehicles: Int
    /// Total distance, in distance units.
    public var distance: Distance
    /// Σ fixedCost × vehicles + Σ costPerKm × distance.
    public var cost: Double

    public init(vehicles: Int, distance: Distance, cost: Double) {
        self.vehicles = vehicles
        self.distance = distance
        self.cost = cost
    }

    /// True when `self` is strictly better than `other` under the objective, beyond the tolerance.
    public func isBetter(than other: ObjectiveValue, under objective: Objective) -> Bool {
        switch objective {
        case .hierarchical:
            if vehicles != other.vehicles { return vehicles < other.vehicles }
            return distance < other.distance - Tolerance.slack(other.distance)
        case .distance:
            return distance < other.distance - Tolerance.slack(other.distance)
        case .cost:
            return cost < other.cost - Tolerance.slack(other.cost)
        }
    }

    /// A single number for the objective; hierarchical uses `vehicles × weight + distance`
    /// with a weight larger than any plan's distance.
    public func scalar(under objective: Objective, vehicleWeight: Double) -> Double {
        switch objective {
        case .hierarchical: return Double(vehicles) * vehicleWeight + distance
        case .distance: return distance
        case .cost: return cost
        }
    }

    public var description: String {
        "\(vehicles) vehicles, distance \(String(format2: distance)), cost \(String(format2: cost))"
    }
}

extension String {
    /// A number with two decimals (no Foundation formatting needed).
    public init(format2 value: Double) {
        guard value.isFinite else { self = "\(value)"; return }
        let scaled = (value * 100).rounded()
        let negative = scaled < 0
        let magnitude = abs(scaled)
        let whole = Int(magnitude / 100)
        let cents = Int(magnitude.truncatingRemainder(dividingBy: 100))
        self = (negative ? "-" : "") + "\(whole)." + (cents < 10 ? "0" : "") + "\(cents)"
    }
}

extension Instance {
    /// The value of a set of routes: vehicles, distance and cost (fixed + per km per type).
    public func objectiveValue(of routes: [PlanRoute]) -> ObjectiveValue {
        var distance = 0.0, cost = 0.0
        for route in routes {
            distance += route.distance
            if let type = vehicleTypes.first(where: { $0.id == route.vehicleType }) {
                cost += type.fixedCost + type.costPerKm * route.distance
            }
        }
        return ObjectiveValue(vehicles: routes.count, distance: distance, cost: cost)
    }

    /// A weight for the hierarchical objective that exceeds any plan's distance:
    /// twice the sum over customers of the depot round trip, plus one.
    public var hierarchicalVehicleWeight: Double {
        var bound = 1.0
        for c in customerIndices { bound += distance(0, c) + distance(c, 0) }
        for s in stationIndices { bound += distance(0, s) + distance(s, 0) }
        return 2 * bound * Double(max(1, customers.count))
    }
}
