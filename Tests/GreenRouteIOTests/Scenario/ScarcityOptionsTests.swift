import Testing
import GreenRouteCore
@testable import GreenRouteIO

/// `--supply-scale` and `--chargers`: scarce station supply and chargers, reproducible from
/// the command line, and nothing else of the day changes.
@Suite struct ScarcityOptionsTests {
    static let plain = ScenarioRequest(city: "sofia", customers: 10, date: "2026-07-15", weather: .sunny, seed: 7,
                                       output: "Instances/green/x.json")

    static var scarce: ScenarioRequest {
        var request = plain
        request.supplyScale = 0.25
        request.chargers = 1
        return request
    }

    @Test func commandLineCarriesTheOptionsOnlyWhenSet() throws {
        #expect(!Self.plain.commandLine.contains("--supply-scale") && !Self.plain.commandLine.contains("--chargers"))
        #expect(Self.scarce.commandLine.contains("--stations 2 --supply-scale 0.25 --chargers 1 --output Instances/green/x.json"))
        let parsed = try ScenarioRequest(commandLine: Self.scarce.commandLine)
        #expect(parsed.supplyScale == 0.25 && parsed.chargers == 1 && parsed.commandLine == Self.scarce.commandLine)
        #expect(throws: ScenarioRequestError.self) { try ScenarioRequest(commandLine: "--supply-scale many") }
    }

    @Test func parksShrinkChargersAreSetAndTheRestIsTheSameDay() throws {
        let plain = try ScenarioGenerator.generate(Self.plain)
        let scarce = try ScenarioGenerator.generate(Self.scarce)
        #expect(scarce.customers == plain.customers && scarce.vehicleTypes == plain.vehicleTypes)
        for (small, large) in zip(scarce.stations, plain.stations) {
            let smallPeak = try #require(small.solarPark?.peakPower), largePeak = try #require(large.solarPark?.peakPower)
            #expect(smallPeak == ScenarioGenerator.halfKWh(largePeak * 0.25))
            #expect(small.chargers == 1 && small.chargerPower == large.chargerPower)
            let ratio = small.supply.totalEnergy(timeUnit: .minutes) / large.supply.totalEnergy(timeUnit: .minutes)
            #expect(abs(ratio - smallPeak / largePeak) < 0.05)
        }
    }

    @Test func scaleAndChargersOutOfRangeAreRefused() {
        var request = Self.plain
        request.supplyScale = 0
        #expect(request.problem?.contains("supply scale") == true)
        request.supplyScale = 1
        request.chargers = 0
        #expect(request.problem?.contains("chargers") == true)
    }
}
