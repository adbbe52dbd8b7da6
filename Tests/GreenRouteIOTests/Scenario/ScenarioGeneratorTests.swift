import Foundation
import Testing
import GreenRouteCore
@testable import GreenRouteIO

@Suite struct ScenarioGeneratorTests {
    private func request(city: String = "sofia", customers: Int = 30, date: String = "2026-07-15",
                         weather: ScenarioWeather = .sunny, seed: UInt64 = 7) -> ScenarioRequest {
        ScenarioRequest(city: city, customers: customers, date: date, weather: weather, seed: seed,
                        output: "Instances/green/test-day.json")
    }

    /// The reference SplitMix64 (Vigna's splitmix64.c) from seed 0 starts with these outputs.
    @Test func splitMixMatchesTheReferenceSequence() {
        var random = SplitMix64(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(random.next() == 0x06C4_5D18_8009_454F)
        var draws = SplitMix64(seed: 42)
        for _ in 0..<1000 {
            #expect((3...9).contains(draws.integer(3...9)))
            let unit = draws.unit()
            #expect(unit >= 0 && unit < 1)
        }
    }

    @Test func sameRequestGivesTheSameDayAndSeedsDiffer() throws {
        let a = try ScenarioGenerator.generate(request())
        let b = try ScenarioGenerator.generate(request())
        #expect(a == b)
        #expect(NativeInstanceWriter.write(a) == NativeInstanceWriter.write(b))
        let other = try ScenarioGenerator.generate(request(seed: 8))
        #expect(other.customers != a.customers)
        // Only the weather stream changes with the weather: the customers stay.
        let cloudy = try ScenarioGenerator.generate(request(weather: .cloudy))
        #expect(cloudy.customers == a.customers)
        #expect(cloudy.stations[0].supply.totalEnergy(timeUnit: .minutes) < a.stations[0].supply.totalEnergy(timeUnit: .minutes) / 2)
    }

    @Test(arguments: ["sofia", "plovdiv"])
    func customersAreCourierOrders(_ city: String) throws {
        let day = try ScenarioGenerator.generate(request(city: city, customers: 300))
        let preset = try #require(CityPreset.named(city))
        let windows: Set<[Double]> = [[480, 1080], [480, 720], [780, 1080], [480, 600], [600, 720], [720, 840], [840, 960], [960, 1080]]
        for customer in day.customers {
            #expect(windows.contains([customer.ready, customer.due]), "\(customer.id)")
            #expect((3...10).contains(customer.service) && customer.service == customer.service.rounded())
            #expect((1...20).contains(customer.demand))
            guard case .geographic(let latitude, let longitude) = customer.location else { Issue.record("not lat/lon"); continue }
            let fromCentre = Physics.greatCircleKilometres(latitude, longitude, preset.centreLatitude, preset.centreLongitude)
            #expect(fromCentre <= preset.radiusKilometres + 0.01)
        }
        // Every kind of window occurs in 300 draws.
        #expect(Set(day.customers.map { [$0.ready, $0.due] }) == windows)
        #expect(day.metric == .greatCircle(roadFactor: preset.roadFactor))
        #expect(FeasibilityAnalysis(day).unreachable.isEmpty)
    }

    @Test func vansLeaveLowAndMustCharge() throws {
        for seed in UInt64(1)...20 {
            let day = try ScenarioGenerator.generate(request(customers: 40, date: seed % 2 == 0 ? "2026-07-15" : "2026-12-16", seed: seed))
            let van = try #require(day.vehicleTypes.first)
            #expect(van.battery == 75)
            #expect(van.initialCharge >= 0.3 * 75 - 0.25 && van.initialCharge <= 0.5 * 75 + 0.25)
            #expect(van.reserve == 7.5 && van.returnCharge >= van.reserve && van.returnCharge < van.initialCharge)
            #expect(van.consumption == (seed % 2 == 0 ? 0.25 : 0.30))
            #expect(van.count == 4)
            #expect(day.hasGreenLimits)
            for station in day.stations {
                let park = try #require(station.solarPark)
                #expect(station.supply == (try SolarSupplyModel.profile(for: park)))
                #expect((1...4).contains(station.chargers ?? 0))
                #expect([11, 22, 50].contains(station.chargerPower ?? 0))
                #expect(park.peakPower >= 30 && park.cloudFactors.count == 24)
            }
        }
    }

    /// Any day of the year gives a servable day with daylight supply; longer days give more.
    @Test func everyDayOfTheYearWorks() throws {
        var energyByMonth: [Int: Double] = [:]
        var dates = ["2028-02-29", "2026-12-31", "2027-01-01"]
        for month in 1...12 { for day in [1, 15] { dates.append(CalendarDay(year: 2027, month: month, day: day)!.description) } }
        for (index, date) in dates.enumerated() {
            let city = index % 2 == 0 ? "sofia" : "plovdiv"
            let day = try ScenarioGenerator.generate(request(city: city, customers: 8, date: date, seed: UInt64(index)))
            #expect(FeasibilityAnalysis(day).unreachable.isEmpty, "\(date)")
            let park = try #require(day.stations.first?.solarPark)
            let clear = try SolarSupplyModel.profile(for: SolarPark(latitude: park.latitude, longitude: park.longitude, date: date,
                                                                    peakPower: 1, losses: 0, cloudFactors: [], utcOffsetHours: park.utcOffsetHours))
            let energy = clear.totalEnergy(timeUnit: .minutes)
            #expect(energy > 1, "\(date)")
            if date.hasPrefix("2027") { energyByMonth[CalendarDay(parsing: date)!.month, default: 0] += energy }
        }
        #expect(energyByMonth[6]! > 3 * energyByMonth[12]!)
        #expect(energyByMonth[3]! > energyByMonth[1]! && energyByMonth[9]! > energyByMonth[11]!)
    }

    @Test func summerTimeFollowsTheEuropeanRule() {
        let sofia = CityPreset.sofia
        #expect(sofia.utcOffsetHours(on: CalendarDay(parsing: "2026-03-28")!) == 2)
        #expect(sofia.utcOffsetHours(on: CalendarDay(parsing: "2026-03-29")!) == 3)
        #expect(sofia.utcOffsetHours(on: CalendarDay(parsing: "2026-10-24")!) == 3)
        #expect(sofia.utcOffsetHours(on: CalendarDay(parsing: "2026-10-25")!) == 2)
    }

    @Test func commandLineRoundTrips() throws {
        let original = ScenarioRequest(city: "plovdiv", customers: 12, date: "2027-01-13", weather: .mixed, seed: 99,
                                       output: "out/day.json")
        #expect(original.commandLine
            == "greenroute generate --city plovdiv --customers 12 --date 2027-01-13 --weather mixed --seed 99 --vans 2 --stations 2 --output out/day.json")
        let parsed = try ScenarioRequest(commandLine: original.commandLine)
        #expect(parsed.commandLine == original.commandLine)
        #expect(try ScenarioGenerator.generate(parsed) == ScenarioGenerator.generate(original))
        #expect(original.instanceName == "day")
        #expect(throws: ScenarioRequestError.missing("--seed")) {
            try ScenarioRequest(commandLine: "--city sofia --customers 3 --date 2026-01-01 --weather sunny --output a.json")
        }
        #expect(throws: ScenarioRequestError.self) { try ScenarioRequest(commandLine: "--city sofia --colour red") }
    }

    @Test func badRequestsAreRefused() {
        #expect(request(city: "varna").problem?.contains("unknown city") == true)
        #expect(request(customers: 0).problem != nil)
        #expect(request(date: "2026-02-29").problem != nil)
        var tooMany = request()
        tooMany.stations = 9
        #expect(tooMany.problem?.contains("stations") == true)
        #expect(throws: ScenarioGenerationError.self) { try ScenarioGenerator.generate(self.request(city: "varna")) }
    }

    @Test func hourlyTextOfAProfile() {
        let profile = SupplyProfile.intervals([SupplyInterval(start: 360, end: 420, power: 2),
                                               SupplyInterval(start: 420, end: 450, power: 10),
                                               SupplyInterval(start: 540, end: 600, power: 4.25)])
        #expect(SupplyProfileText.hourly(profile, timeUnit: .minutes) == "hourly kW from 06:00: 2 5 0 4.3 (11.3 kWh in all)")
        #expect(SupplyProfileText.hourly(.unlimited, timeUnit: .minutes) == "unlimited")
        // Malformed profiles (the validator rejects them) still print without trapping.
        let reversed = SupplyProfile.intervals([SupplyInterval(start: 600, end: 590, power: 3), SupplyInterval(start: -90, end: 60, power: 1)])
        #expect(SupplyProfileText.hourly(reversed, timeUnit: .minutes).hasPrefix("hourly kW from 00:00: 1"))
        #expect(SupplyProfileText.hourly(profile, timeUnit: .abstract) == "360–420 2, 420–450 10, 540–600 4.3 (675 in all)")
    }
}
