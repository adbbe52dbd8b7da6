/// A charging station fed by green supply.
public struct ChargingStation: Equatable, Sendable {
    /// Unique id across all nodes (e.g. "S3").
    public var id: String
    public var location: Location
    /// How many vans may charge at the same moment; `nil` = unlimited.
    public var chargers: Int?
    /// Power of one charger, in kW; `nil` = unlimited (the van's `maxChargePower` applies).
    public var chargerPower: Power?
    /// The green power available over the day, shared by every van charging here.
    public var supply: SupplyProfile
    /// Optional description of the solar park the profile was derived from (kept for round trips).
    public var solarPark: SolarPark?

    public init(id: String, location: Location, chargers: Int? = nil, chargerPower: Power? = nil,
                supply: SupplyProfile = .unlimited, solarPark: SolarPark? = nil) {
        self.id = id
        self.location = location
        self.chargers = chargers
        self.chargerPower = chargerPower
        self.supply = supply
        self.solarPark = solarPark
    }

    /// True when neither chargers nor supply limit charging here.
    public var isUnconstrained: Bool { chargers == nil && supply.isUnlimited }
}

/// A solar park description from which a supply profile is derived (clear-sky model).
public struct SolarPark: Equatable, Sendable, Codable {
    /// Latitude in degrees.
    public var latitude: Double
    /// Longitude in degrees (east positive).
    public var longitude: Double
    /// The day, "YYYY-MM-DD".
    public var date: String
    /// Peak (nameplate) power in kW.
    public var peakPower: Power
    /// System losses as a fraction in [0, 1).
    public var losses: Double
    /// Cloud factor per hour of the day (24 values in [0, 1], 1 = clear sky); empty = clear.
    public var cloudFactors: [Double]
    /// Offset of local time from UTC, in hours.
    public var utcOffsetHours: Double

    public init(latitude: Double, longitude: Double, date: String, peakPower: Power,
                losses: Double, cloudFactors: [Double], utcOffsetHours: Double) {
        self.latitude = latitude
        self.longitude = longitude
        self.date = date
        self.peakPower = peakPower
        self.losses = losses
        self.cloudFactors = cloudFactors
        self.utcOffsetHours = utcOffsetHours
    }
}
