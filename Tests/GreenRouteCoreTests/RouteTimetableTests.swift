import Testing
@testable import GreenRouteCore

/// A line instance: depot at 0, customer at 10, station at 5, battery 12 (consumption 1).
func lineInstance(charging: ChargingMode) -> Instance {
    Instance(
        name: "line", timeUnit: .abstract,
        depot: Depot(id: "D0", location: .plane(x: 0, y: 0), open: 0, close: 100),
        customers: [Customer(id: "C1", location: .plane(x: 10, y: 0), demand: 5, ready: 0, due: 50, service: 2)],
        stations: [ChargingStation(id: "S1", location: .plane(x: 5, y: 0))],
        vehicleTypes: [VehicleType(id: "ev", capacity: 10, battery: 12, consumption: 1, speed: 1, maxChargePower: 2)],
        metric: .euclidean, charging: charging)
}

@Suite struct RouteTimetableTests {
    @Test func directRouteRunsOutOfBattery() {
        let instance = lineInstance(charging: .full)
        #expect(RouteTimetable.build(instance, vehicleType: 0, sequence: [1]) == nil)
    }

    @Test func fullRechargeChargesToBattery() throws {
        let instance = lineInstance(charging: .full)
        let route = try #require(RouteTimetable.build(instance, vehicleType: 0, sequence: [2, 1, 2]))
        // Out: 5 to S1 (7 left), charge 5 to full (2.5 time units at power 2).
        #expect(route.stops[1].chargeDeparture == 12)
        #expect(abs(route.stops[1].charging[0].energy - 5) < 1e-9)
        #expect(abs(route.distance - 20) < 1e-9)
    }

    @Test func partialRechargeChargesOnlyWhatIsNeeded() throws {
        let instance = lineInstance(charging: .partial)
        let route = try #require(RouteTimetable.build(instance, vehicleType: 0, sequence: [2, 1, 2]))
        // From S1 to C1 and back to S1 is 10 energy: 7 on arrival, charge 3.
        #expect(abs(route.stops[1].chargeDeparture - 10) < 1e-9)
        // From S1 back to the depot: 5; arrival with 0 at S1 → charge 5.
        #expect(abs(route.stops[3].chargeDeparture - 5) < 1e-9)
        #expect(abs(route.stops.last!.chargeArrival) < 1e-9)
    }
}

@Suite struct PartialChargingMixTests {
    /// Least-energy charging at S1 (14 units) leaves the van empty at S2, where it must charge
    /// 40 right before C2 and arrives at 100 > due 90. Charging to full at S1 (39 units, the delay
    /// absorbed by C1's waiting) arrives at C2 at 84: only the mix is feasible.
    @Test func chargingMoreEarlyCanBeTheOnlyFeasibleChoice() throws {
        let instance = Instance(
            name: "mix", timeUnit: .abstract,
            depot: Depot(id: "D", location: .plane(x: 0, y: 0), open: 0, close: 200),
            customers: [Customer(id: "C1", location: .plane(x: 10, y: 0), demand: 1, ready: 40, due: 100, service: 0),
                        Customer(id: "C2", location: .plane(x: 30, y: 0), demand: 1, ready: 0, due: 90, service: 0)],
            stations: [ChargingStation(id: "S1", location: .plane(x: 5, y: 0)),
                       ChargingStation(id: "S2", location: .plane(x: 20, y: 0))],
            vehicleTypes: [VehicleType(id: "ev", capacity: 10, battery: 40, consumption: 1, speed: 1,
                                       maxChargePower: 1, initialCharge: 6)],
            metric: .euclidean, charging: .partial)
        let sequence = [3, 1, 4, 2]
        let leastOnly = RouteTimetable.simulate(instance, typeIndex: 0, sequence: sequence, departure: 0,
                                                ledger: StationLedger(instance), fullStops: 0)
        #expect(leastOnly == nil)
        let route = try #require(RouteTimetable.build(instance, vehicleType: 0, sequence: sequence))
        #expect(abs(route.stops[1].chargeDeparture - 40) < 1e-9)
        #expect(abs(route.stops[4].arrival - 84) < 1e-9)
        #expect(abs(route.stops[3].chargeDeparture - 40) < 1e-9)
    }
}

@Suite struct DepartureShiftTests {
    @Test func vanLeavesAsLateAsItsFirstWindowAllows() throws {
        let instance = Instance(
            name: "late", timeUnit: .abstract,
            depot: Depot(id: "D", location: .plane(x: 0, y: 0), open: 0, close: 500),
            customers: [Customer(id: "C1", location: .plane(x: 10, y: 0), demand: 1, ready: 100, due: 150, service: 5)],
            stations: [],
            vehicleTypes: [VehicleType(id: "ev", capacity: 10, battery: 100, consumption: 1, speed: 1, maxChargePower: 1)],
            metric: .euclidean, charging: .full)
        let route = try #require(RouteTimetable.build(instance, vehicleType: 0, sequence: [1]))
        #expect(abs(route.stops[0].departure - 90) < 1e-9)
        #expect(abs(route.stops[1].arrival - 100) < 1e-9)
        // A fixed departure is kept as given.
        let fixed = try #require(RouteTimetable.build(instance, vehicleType: 0, sequence: [1], departure: 0))
        #expect(fixed.stops[0].departure == 0)
    }

    @Test func vanWaitingForTheSunLeavesLater() throws {
        let instance = solarInstance()
        let route = try #require(RouteTimetable.build(instance, vehicleType: 0, sequence: [3, 1, 3]))
        // Supply starts at 600: the van arrives at the station when the sun does, not at 485.
        #expect(abs(route.stops[1].arrival - 600) < 1e-6)
        #expect(route.stops[0].departure > 480 + 100)
    }
}
