import Foundation

/// The one home of every distance, travel-time, energy and charging formula.
public enum Physics {
    /// Distance between two locations under a metric, in distance units (km for geographic).
    /// Matrices are looked up by ``TravelTable``, not here.
    public static func distance(from a: Location, to b: Location, metric: TravelMetric) -> Distance {
        switch (a, b) {
        case (.plane(let x1, let y1), .plane(let x2, let y2)):
            let dx = x1 - x2, dy = y1 - y2
            return (dx * dx + dy * dy).squareRoot()
        case (.geographic(let lat1, let lon1), .geographic(let lat2, let lon2)):
            var factor = 1.0
            if case .greatCircle(let roadFactor) = metric { factor = roadFactor }
            return greatCircleKilometres(lat1, lon1, lat2, lon2) * factor
        default:
            return .nan
        }
    }

    /// Haversine great-circle distance in km between two points given in degrees.
    public static func greatCircleKilometres(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let toRadians = Double.pi / 180
        let phi1 = lat1 * toRadians, phi2 = lat2 * toRadians
        let dPhi = (lat2 - lat1) * toRadians, dLambda = (lon2 - lon1) * toRadians
        let h = sin(dPhi / 2) * sin(dPhi / 2) + cos(phi1) * cos(phi2) * sin(dLambda / 2) * sin(dLambda / 2)
        return 2 * earthRadiusKilometres * asin(min(1, h.squareRoot()))
    }

    /// Travel time for a distance at a speed, in the instance's time unit.
    /// `speed` is km/h for minute-based instances and distance per time unit otherwise.
    @inlinable
    public static func travelTime(distance: Distance, speed: Double, timeUnit: TimeUnit) -> Duration {
        distance / speed / timeUnit.hoursPerUnit
    }

    /// Energy used to drive a distance, in kWh: distance × consumption.
    @inlinable
    public static func drivingEnergy(distance: Distance, consumption: Double) -> Energy {
        distance * consumption
    }

    /// Energy drawn by charging at constant power for a duration: power × duration × hoursPerUnit.
    @inlinable
    public static func energy(power: Power, duration: Duration, timeUnit: TimeUnit) -> Energy {
        power * duration * timeUnit.hoursPerUnit
    }

    /// Time needed to charge an energy at constant power, in the instance's time unit.
    @inlinable
    public static func chargingTime(energy: Energy, power: Power, timeUnit: TimeUnit) -> Duration {
        energy <= 0 ? 0 : energy / power / timeUnit.hoursPerUnit
    }

    /// The highest charging power of a van at a station: min(charger power, van's max), in kW.
    @inlinable
    public static func chargingPower(station: ChargingStation, vehicle: VehicleType) -> Power {
        min(station.chargerPower ?? .infinity, vehicle.maxChargePower)
    }
}

extension Instance {
    /// Distance between two nodes, in distance units.
    @inlinable
    public func distance(_ from: Int, _ to: Int) -> Distance { travel.distance(from, to) }

    /// Travel time between two nodes for a vehicle type, in the instance's time unit.
    @inlinable
    public func travelTime(_ from: Int, _ to: Int, vehicleType: Int = 0) -> Duration {
        travel.time(from, to, vehicleType: vehicleType)
    }

    /// Energy used between two nodes for a vehicle type, in kWh.
    @inlinable
    public func drivingEnergy(_ from: Int, _ to: Int, vehicleType: Int = 0) -> Energy {
        Physics.drivingEnergy(distance: travel.distance(from, to), consumption: vehicleTypes[vehicleType].consumption)
    }

    /// Charging power of a vehicle type at the station node, in kW.
    public func chargingPower(atNode station: Int, vehicleType: Int = 0) -> Power {
        Physics.chargingPower(station: self.station(atNode: station), vehicle: vehicleTypes[vehicleType])
    }

    /// Service duration at a node (zero at the depot and stations), in the instance's time unit.
    @inlinable
    public func serviceTime(atNode index: Int) -> Duration {
        isCustomer(index) ? customers[index - 1].service : 0
    }

    /// Demand at a node (zero at the depot and stations).
    @inlinable
    public func demand(atNode index: Int) -> Load {
        isCustomer(index) ? customers[index - 1].demand : 0
    }
}
