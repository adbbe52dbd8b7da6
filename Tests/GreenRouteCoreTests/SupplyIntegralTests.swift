import Testing
@testable import GreenRouteCore

@Suite struct SupplyIntegralTests {
    let supply = SupplyProfile.intervals([SupplyInterval(start: 600, end: 660, power: 10),
                                          SupplyInterval(start: 660, end: 720, power: 40)])

    @Test func waitsForTheSunAndIsCappedByTheVan() throws {
        let integral = SupplyIntegral(supply: supply, maxPower: 22, open: 480, close: 1080, timeUnit: .minutes)
        // 10 kW for the first hour gives 10 kWh; 5 kWh more at 22 kW takes 5/22 h.
        let end = try #require(integral.finish(charging: 15, from: 500))
        #expect(abs(end - (660 + 5.0 / 22 * 60)) < 1e-9)
        #expect(abs(integral.energy(at: 720) - 32) < 1e-9)
        #expect(integral.finish(charging: 33, from: 480) == nil)
        #expect(integral.finish(charging: 0, from: 500) == 500)
    }

    @Test func agreesWithTheLedgerForOneVan() throws {
        let instance = solarInstance(chargers: 1, supply: 30)
        let station = 3
        let integral = SupplyIntegral(supply: instance.station(atNode: station).supply, maxPower: 22,
                                      open: instance.depot.open, close: instance.depot.close, timeUnit: .minutes)
        for (arrival, energy) in [(500.0, 5.0), (610.0, 12.0), (700.0, 7.0), (590.0, 40.0)] {
            let segments = StationLedger(instance).earliestCharging(instance, station: station, arrival: arrival,
                                                                    energy: energy, maxPower: 22, deadline: 1080)
            let end = integral.finish(charging: energy, from: arrival)
            #expect((segments?.last?.end).map { abs($0 - end!) < 1e-6 } ?? (end == nil), "\(arrival) \(energy)")
        }
    }
}
