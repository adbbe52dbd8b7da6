import Foundation
import GreenRouteCore

/// Generates realistic courier days for `greenroute generate` (Docs/scenarios.md): customers
/// in a city preset, a fleet of e-vans that leave the depot with a low charge and must come
/// back with enough for the evening shift, and solar-fed stations whose supply the clear-sky
/// model derives for the date and weather. The same request always gives the same instance.
public enum ScenarioGenerator {
    /// Depot opening and closing, in minutes since midnight (07:30–19:00).
    static let depotOpen = 450.0, depotClose = 1140.0
    /// Solar park system losses (PVWatts default, 14 %).
    static let parkLosses = 0.14
    /// Charger powers to choose from, in kW (AC 11 and 22, DC 50).
    static let chargerPowers = [11.0, 22.0, 22.0, 50.0]
    /// Clear-day supply over the horizon as a multiple of the fleet's estimated charging need.
    static let clearSkySupplyMargin = 6.0
    /// Smallest park, in kWp (a car-park canopy of about 150 m²).
    static let smallestPark = 30.0

    /// The instance of a request.
    public static func generate(_ request: ScenarioRequest) throws(ScenarioGenerationError) -> Instance {
        if let problem = request.problem { throw .badRequest(problem) }
        let preset = CityPreset.named(request.city)!
        let day = CalendarDay(parsing: request.date)!
        let offset = preset.utcOffsetHours(on: day)
        var customerRandom = stream(request.seed, 1), fleetRandom = stream(request.seed, 2)
        var stationRandom = stream(request.seed, 3), weatherRandom = stream(request.seed, 4)

        let customers = CustomerSampler(preset: preset).customers(count: request.customers, &customerRandom)
        let depot = Depot(id: preset.depot.id, location: .geographic(latitude: preset.depot.latitude, longitude: preset.depot.longitude),
                          open: depotOpen, close: depotClose)
        let consumption = ElectricVanData.consumptionKWhPerKm(month: day.month)
        let estimate = FleetEnergyEstimate(preset: preset, customers: request.customers, consumption: consumption)

        // Fleet: low initial charge, return charge that leaves only part of a route's energy to spend.
        let battery = ElectricVanData.batteryKWh
        let initial = halfKWh(battery * fleetRandom.uniform(ElectricVanData.initialFraction.lowerBound,
                                                            ElectricVanData.initialFraction.upperBound))
        let spendable = estimate.energyPerVan * fleetRandom.uniform(0.35, 0.65)
        let returnCharge = max(ElectricVanData.reserveKWh, halfKWh(initial - spendable))
        let van = VehicleType(id: ElectricVanData.id, count: request.resolvedVans, capacity: ElectricVanData.capacityParcels,
                              battery: battery, consumption: consumption, speed: preset.speedKilometresPerHour,
                              maxChargePower: ElectricVanData.maxChargePowerKW, initialCharge: initial,
                              reserve: ElectricVanData.reserveKWh, returnCharge: returnCharge,
                              fixedCost: ElectricVanData.fixedCost, costPerKm: ElectricVanData.costPerKm)
        let need = max(0, estimate.energyPerVan - (initial - returnCharge)) * Double(estimate.vansUsed)

        // Stations: parks sized so that a clear sky on this date would give `clearSkySupplyMargin` × need.
        let cityClouds = request.weather.cityCloudFactors(&weatherRandom)
        var stations: [ChargingStation] = []
        for site in preset.stationSites.prefix(request.resolvedStations) {
            let yield = clearSkyYieldPerKilowattPeak(site: site, day: day, offset: offset)
            let target = clearSkySupplyMargin * need / (Double(request.resolvedStations) * max(yield, 0.1))
            let defaultPeak = max(smallestPark, (target * stationRandom.uniform(0.8, 1.2) / 5).rounded() * 5)
            let peak = request.supplyScale == 1 ? defaultPeak : max(0.5, halfKWh(defaultPeak * request.supplyScale))
            let park = SolarPark(latitude: site.latitude, longitude: site.longitude, date: request.date, peakPower: peak,
                                 losses: parkLosses, cloudFactors: request.weather.stationCloudFactors(city: cityClouds, &weatherRandom),
                                 utcOffsetHours: offset)
            let supply: SupplyProfile
            do { supply = try SolarSupplyModel.profile(for: park) } catch { throw .badRequest(error.description) }
            stations.append(ChargingStation(id: site.id, location: .geographic(latitude: site.latitude, longitude: site.longitude),
                                            chargers: drawnChargers(request, &stationRandom),
                                            chargerPower: chargerPowers[stationRandom.integer(0...(chargerPowers.count - 1))],
                                            supply: supply, solarPark: park))
        }
        let metadata = [
            "generator": request.commandLine,
            "source": "synthetic courier day from greenroute generate (SplitMix64 seed), not measured data; see Docs/scenarios.md",
            "supply": "solar parks at the stations: NOAA sun position, Haurwitz clear sky, horizontal modules, 14 % losses, hourly cloud factors for \(request.weather.rawValue) weather",
        ]
        let instance = Instance(name: request.instanceName, timeUnit: .minutes, depot: depot, customers: customers,
                                stations: stations, vehicleTypes: [van], metric: .greatCircle(roadFactor: preset.roadFactor),
                                charging: .partial, metadata: metadata)
        let unreachable = FeasibilityAnalysis(instance).unreachable
        if !unreachable.isEmpty { throw .unservable(unreachable.map { "\($0.customer): \($0.reason)" }) }
        return instance
    }

    /// An independent random stream per part of the day, so that e.g. the customers do not
    /// change when only the weather does.
    static func stream(_ seed: UInt64, _ part: UInt64) -> SplitMix64 {
        SplitMix64(seed: seed ^ (part &* 0xD1B5_4A32_D192_ED03))
    }

    /// Energy of a 1 kWp park under a clear sky on the day, within the depot's horizon, in kWh.
    static func clearSkyYieldPerKilowattPeak(site: CityPreset.Site, day: CalendarDay, offset: Double) -> Double {
        let park = SolarPark(latitude: site.latitude, longitude: site.longitude, date: day.description, peakPower: 1,
                             losses: parkLosses, cloudFactors: [], utcOffsetHours: offset)
        guard case .intervals(let list) = (try? SolarSupplyModel.profile(for: park)) ?? .unlimited else { return 0 }
        return list.reduce(0) { total, interval in
            let start = max(interval.start, depotOpen), end = min(interval.end, depotClose)
            return total + (end > start ? interval.power * (end - start) / 60 : 0)
        }
    }

    /// The request's charger count, or 1–4 drawn; the draw is made either way so that the
    /// charger powers (drawn next) do not depend on `--chargers`.
    static func drawnChargers(_ request: ScenarioRequest, _ random: inout SplitMix64) -> Int {
        let drawn = random.integer(1...4)
        return request.chargers ?? drawn
    }

    /// Rounded to 0.5 (kWh, or kWp for park sizes).
    static func halfKWh(_ value: Double) -> Double {
        (value * 2).rounded() / 2
    }
}

/// Why a day cannot be generated.
public enum ScenarioGenerationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The request itself is invalid.
    case badRequest(String)
    /// The drawn day has customers no van can serve (should not happen with the presets).
    case unservable([String])

    public var description: String {
        switch self {
        case .badRequest(let problem): return problem
        case .unservable(let reasons): return "generated day has unservable customers: " + reasons.joined(separator: "; ")
        }
    }
}
