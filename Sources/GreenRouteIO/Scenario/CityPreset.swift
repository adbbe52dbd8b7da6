import GreenRouteCore

/// A city the scenario generator knows: where customers live, where the depot and the
/// solar-fed charging stations are, and how fast vans move there.
///
/// Coordinates are approximate public map positions (rounded to about 100 m); the sites are
/// plausible places (logistics zones, business parks, large car parks), not real stations.
public struct CityPreset: Sendable {
    /// A named place.
    public struct Site: Sendable, Equatable {
        public var id: String
        /// Latitude, in degrees.
        public var latitude: Double
        /// Longitude, in degrees (east positive).
        public var longitude: Double
    }

    /// The `--city` value.
    public let name: String
    /// Centre of the delivery area, in degrees.
    public let centreLatitude: Double
    public let centreLongitude: Double
    /// Radius of the delivery area around the centre, in km.
    public let radiusKilometres: Double
    /// The depot, on the edge of the area.
    public let depot: Site
    /// Candidate station sites, in the order they are used (`--stations M` takes the first M).
    public let stationSites: [Site]
    /// Road distance over great-circle distance.
    public let roadFactor: Double
    /// Average van speed in city traffic, in km/h (stops at lights included, service excluded).
    public let speedKilometresPerHour: Double
    /// Standard-time offset from UTC, in hours (Bulgaria: EET, UTC+2).
    public let standardUTCOffsetHours: Double

    /// Sofia: centre at the Largo, 8 km radius (inside the ring road), depot in the logistics
    /// zone by the ring road in the south-east; road factor 1.35 and 25 km/h for a dense city.
    public static let sofia = CityPreset(
        name: "sofia", centreLatitude: 42.6977, centreLongitude: 23.3219, radiusKilometres: 8,
        depot: Site(id: "DEPOT", latitude: 42.6560, longitude: 23.4200),
        stationSites: [
            Site(id: "SOLAR-TECHPARK", latitude: 42.6660, longitude: 23.3740),
            Site(id: "SOLAR-LYULIN", latitude: 42.7110, longitude: 23.2580),
            Site(id: "SOLAR-NADEZHDA", latitude: 42.7330, longitude: 23.3050),
            Site(id: "SOLAR-BOYANA", latitude: 42.6450, longitude: 23.2700),
            Site(id: "SOLAR-AIRPORT", latitude: 42.6850, longitude: 23.4100),
            Site(id: "SOLAR-MLADOST", latitude: 42.6270, longitude: 23.3730),
            Site(id: "SOLAR-OVCHA-KUPEL", latitude: 42.6830, longitude: 23.2560),
            Site(id: "SOLAR-ILIYANTSI", latitude: 42.7450, longitude: 23.3280),
        ],
        roadFactor: 1.35, speedKilometresPerHour: 25, standardUTCOffsetHours: 2)

    /// Plovdiv: centre at the Old Town, 5 km radius, depot in the eastern industrial zone;
    /// road factor 1.3 and 28 km/h for a smaller, flatter city.
    public static let plovdiv = CityPreset(
        name: "plovdiv", centreLatitude: 42.1440, centreLongitude: 24.7480, radiusKilometres: 5,
        depot: Site(id: "DEPOT", latitude: 42.1300, longitude: 24.8050),
        stationSites: [
            Site(id: "SOLAR-TRAKIA", latitude: 42.1370, longitude: 24.7900),
            Site(id: "SOLAR-KARSHIYAKA", latitude: 42.1640, longitude: 24.7400),
            Site(id: "SOLAR-YUZHEN", latitude: 42.1300, longitude: 24.7300),
            Site(id: "SOLAR-ZAPADEN", latitude: 42.1450, longitude: 24.7050),
            Site(id: "SOLAR-SMIRNENSKI", latitude: 42.1550, longitude: 24.7750),
            Site(id: "SOLAR-OSTROMILA", latitude: 42.1200, longitude: 24.7500),
            Site(id: "SOLAR-STOLIPINOVO", latitude: 42.1550, longitude: 24.7950),
            Site(id: "SOLAR-KAMENITSA", latitude: 42.1440, longitude: 24.7650),
        ],
        roadFactor: 1.3, speedKilometresPerHour: 28, standardUTCOffsetHours: 2)

    /// Every preset, by `--city` name.
    public static let all: [CityPreset] = [sofia, plovdiv]

    /// The preset with this name, or nil.
    public static func named(_ name: String) -> CityPreset? {
        all.first { $0.name == name }
    }

    /// Local clock offset from UTC on a day, in hours: standard time, plus one hour of
    /// European summer time from the last Sunday of March to the day before the last Sunday
    /// of October (the switches happen at 01:00 UTC; each switch day counts as its majority).
    public func utcOffsetHours(on day: CalendarDay) -> Double {
        let start = CalendarDay.lastSunday(ofMonth: 3, year: day.year)
        let end = CalendarDay.lastSunday(ofMonth: 10, year: day.year)
        return standardUTCOffsetHours + (day >= start && day < end ? 1 : 0)
    }
}
