import Testing
@testable import GreenRouteCore

/// Depot at 0, a customer 10 km east, a solar station 5 km east: one charger at 22 kW,
/// supply 30 kW from 10:00 to 12:00 only. Vans: 20 kWh battery, 1 kWh/km, start with 6 kWh.
func solarInstance(chargers: Int = 1, supply: Power = 30) -> Instance {
    Instance(
        name: "solar", timeUnit: .minutes,
        depot: Depot(id: "D", location: .plane(x: 0, y: 0), open: 480, close: 1080),
        customers: [Customer(id: "C1", location: .plane(x: 10, y: 0), demand: 1, ready: 480, due: 900, service: 10),
                    Customer(id: "C2", location: .plane(x: 10, y: 1), demand: 1, ready: 480, due: 900, service: 10)],
        stations: [ChargingStation(id: "S", location: .plane(x: 5, y: 0), chargers: chargers, chargerPower: 22,
                                   supply: .intervals([SupplyInterval(start: 600, end: 720, power: supply)]))],
        vehicleTypes: [VehicleType(id: "van", capacity: 10, battery: 20, consumption: 1, speed: 60,
                                   maxChargePower: 22, initialCharge: 6)],
        metric: .euclidean, charging: .partial)
}

@Suite struct StationLedgerTests {
    @Test func vanWaitsForTheSun() throws {
        let instance = solarInstance()
        let station = 3
        // Out to S (5 km), on to C1 (5 km) and back to the depot via S: needs charge at S.
        let route = try #require(RouteTimetable.build(instance, vehicleType: 0, sequence: [station, 1, station]))
        let segments = route.stops[1].charging
        #expect(segments.first!.start >= 600)
        #expect(segments.allSatisfy { $0.power <= 22 + 1e-9 })
    }

    @Test func secondVanWaitsForTheOnlyCharger() throws {
        let instance = solarInstance(chargers: 1, supply: 100)
        let routes = RouteTimetable.buildAll(instance, routes: [(0, [3, 1, 3]), (0, [3, 2, 3])])
        let first = try #require(routes[0]), second = try #require(routes[1])
        let a = first.stops[1].charging, b = second.stops[1].charging
        #expect(!a.isEmpty && !b.isEmpty)
        // No overlap: one charger.
        for x in a { for y in b { #expect(x.end <= y.start + 1e-9 || y.end <= x.start + 1e-9) } }
    }

    @Test func twoChargersShareTheSupply() throws {
        let instance = solarInstance(chargers: 2, supply: 30)
        let routes = RouteTimetable.buildAll(instance, routes: [(0, [3, 1, 3]), (0, [3, 2, 3])])
        let first = try #require(routes[0]), second = try #require(routes[1])
        // At any instant the two vans draw at most 30 kW together.
        let all = first.stops[1].charging + second.stops[1].charging
        for probe in stride(from: 600.0, to: 720.0, by: 0.5) {
            let total = all.filter { $0.start <= probe && probe < $0.end }.reduce(0) { $0 + $1.power }
            #expect(total <= 30 + 1e-6)
        }
    }

    @Test func noSupplyBeforeTheDeadlineMeansNoRoute() {
        let instance = solarInstance(chargers: 1, supply: 0.5)
        #expect(RouteTimetable.build(instance, vehicleType: 0, sequence: [3, 1, 3]) == nil)
    }
}

@Suite struct StationUsageKPITests {
    @Test func hoursAndPeakOfTwoVansSharingAStation() throws {
        let instance = solarInstance(chargers: 2, supply: 30)
        let routes = RouteTimetable.buildAll(instance, routes: [(0, [3, 1, 3]), (0, [3, 2, 3])]).compactMap { $0 }
        #expect(routes.count == 2)
        let kpis = PlanAssembler.kpis(instance, routes: routes)
        let peaks = try #require(kpis.stationPeaks)
        #expect(peaks == [StationPeak(station: "S", peakChargers: 2, chargers: 2)])
        let hours = try #require(kpis.stationHours)
        // Every hour's charging stays within that hour's supply, and the hours add up.
        for hour in hours { #expect(hour.energyCharged <= (hour.supplyEnergy ?? .infinity) + 1e-6) }
        let total = hours.reduce(0) { $0 + $1.energyCharged }
        #expect(abs(total - kpis.energyCharged) < 1e-6)
        #expect(hours.first?.supplyEnergy == 30)
    }
}
