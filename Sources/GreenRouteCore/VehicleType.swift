/// A kind of van in the fleet.
public struct VehicleType: Equatable, Sendable {
    public var id: String
    /// How many are available; `nil` = unlimited.
    public var count: Int?
    /// Load capacity, in load units.
    public var capacity: Load
    /// Battery capacity, in kWh (or abstract energy units).
    public var battery: Energy
    /// Consumption per distance unit, in kWh/km (or energy per distance unit).
    public var consumption: Double
    /// Speed in km/h (native) or distance units per time unit (benchmark files).
    public var speed: Double
    /// Highest charging power the van accepts, in kW (or energy per time unit).
    public var maxChargePower: Power
    /// Charge when leaving the depot, in kWh.
    public var initialCharge: Energy
    /// Lowest allowed charge at any moment, in kWh.
    public var reserve: Energy
    /// Lowest allowed charge on return to the depot, in kWh.
    public var returnCharge: Energy
    /// Cost per used vehicle (currency units).
    public var fixedCost: Double
    /// Cost per distance unit driven (currency units per km).
    public var costPerKm: Double

    public init(id: String, count: Int? = nil, capacity: Load, battery: Energy, consumption: Double,
                speed: Double, maxChargePower: Power, initialCharge: Energy? = nil, reserve: Energy = 0,
                returnCharge: Energy = 0, fixedCost: Double = 0, costPerKm: Double = 0) {
        self.id = id
        self.count = count
        self.capacity = capacity
        self.battery = battery
        self.consumption = consumption
        self.speed = speed
        self.maxChargePower = maxChargePower
        self.initialCharge = initialCharge ?? battery
        self.reserve = reserve
        self.returnCharge = returnCharge
        self.fixedCost = fixedCost
        self.costPerKm = costPerKm
    }

    /// Lowest charge allowed on arrival back at the depot: the larger of reserve and return charge.
    public var minimumReturnCharge: Energy { max(reserve, returnCharge) }
}
