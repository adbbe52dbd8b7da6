import Foundation
import GreenRouteCheck
import GreenRouteCore
import GreenRouteIO
import Testing
@testable import GreenRouteMIP

/// Two customers 10 km east and west of the depot, both to be served at exactly 10:00, so two
/// vans are needed. Vans: 30 kWh battery, 1 kWh/km, start with 15 kWh, 20 kW charging; a
/// round trip of 20 km needs 5 kWh (15 minutes) of charging. Station S sits on the depot;
/// station S2 at (−10, 2) next to the western customer, 20 kW all day, one charger.
func twinVanInstance(chargersAtS: Int, supplyAtS: [SupplyInterval]) -> Instance {
    Instance(
        name: "twin-vans", timeUnit: .minutes,
        depot: Depot(id: "D", location: .plane(x: 0, y: 0), open: 480, close: 1080),
        customers: [Customer(id: "C1", location: .plane(x: 10, y: 0), demand: 1, ready: 600, due: 600, service: 10),
                    Customer(id: "C2", location: .plane(x: -10, y: 0), demand: 1, ready: 600, due: 600, service: 10)],
        stations: [ChargingStation(id: "S", location: .plane(x: 0, y: 0), chargers: chargersAtS, chargerPower: 20,
                                   supply: .intervals(supplyAtS)),
                   ChargingStation(id: "S2", location: .plane(x: -10, y: 2), chargers: 1, chargerPower: 20,
                                   supply: .intervals([SupplyInterval(start: 480, end: 1080, power: 20)]))],
        vehicleTypes: [VehicleType(id: "van", capacity: 10, battery: 30, consumption: 1, speed: 60,
                                   maxChargePower: 20, initialCharge: 15)],
        metric: .euclidean, charging: .partial)
}

@Suite struct GreenMIPTests {
    @Test func oneChargerVansTakeTurnsAndTheOptimumIsProven() throws {
        // S: one charger, 20 kW all day. Both vans charge 15 minutes at S, one after the other:
        // 2 vans, 2 × 20 km, equal to the alone-charging bound → optimal.
        let instance = twinVanInstance(chargersAtS: 1, supplyAtS: [SupplyInterval(start: 480, end: 1080, power: 20)])
        let plan = MIPSolver().solve(instance, options: SolverOptions(timeLimit: 20))
        #expect(plan.status == .optimal)
        #expect(plan.vehicles == 2)
        #expect(abs(plan.distance - 40) < 1e-6)
        #expect(plan.unassigned.isEmpty)
        let report = PlanChecker(instance: instance).check(plan)
        #expect(report.isValid, "\(report)")
        // Both charged at S, never at the same time.
        let segments = plan.routes.flatMap { $0.stops.filter { $0.node == "S" }.flatMap(\.charging) }
        #expect(segments.count >= 2)
        for (i, a) in segments.enumerated() {
            for b in segments[(i + 1)...] { #expect(a.end <= b.start + 1e-6 || b.end <= a.start + 1e-6) }
        }
    }

    @Test func noonSupplyForOneVanChangesTheOptimum() throws {
        // S has 20 kW only from 8:00 to 8:20 (6.7 kWh): one van's 5 kWh, not two. The other van
        // serves C2 via S2: 10 + 2 + √104 km. Unlimited stations: 40 km. The alone-charging
        // bound stays 40, so the plan is feasible (not proven) with bound 40.
        let instance = twinVanInstance(chargersAtS: 2, supplyAtS: [SupplyInterval(start: 480, end: 500, power: 20)])
        let expected = 20 + 10 + 2 + (104.0).squareRoot()
        let plan = MIPSolver().solve(instance, options: SolverOptions(timeLimit: 20))
        #expect(plan.vehicles == 2)
        #expect(abs(plan.distance - expected) < 1e-6)
        #expect(plan.status == .feasible)
        #expect(abs((plan.bound ?? 0) - 40) < 1e-6)
        let report = PlanChecker(instance: instance).check(plan)
        #expect(report.isValid, "\(report)")
        let unlimited = MIPSolver().solve(instance.withUnlimitedStations(), options: SolverOptions(timeLimit: 20))
        #expect(unlimited.status == .optimal)
        #expect(abs(unlimited.distance - 40) < 1e-6)
    }

    @Test func aloneChargingWaitsForTheSun() throws {
        // One customer: the van must charge 5 kWh at S, which has sun only from 11:00.
        var instance = twinVanInstance(chargersAtS: 1, supplyAtS: [SupplyInterval(start: 660, end: 1080, power: 20)])
        instance.customers = [Customer(id: "C1", location: .plane(x: 10, y: 0), demand: 1, ready: 480, due: 1000, service: 10)]
        instance.stations.removeLast()
        instance = Instance(name: instance.name, timeUnit: instance.timeUnit, depot: instance.depot, customers: instance.customers,
                            stations: instance.stations, vehicleTypes: instance.vehicleTypes, metric: instance.metric,
                            charging: instance.charging)
        let plan = MIPSolver().solve(instance, options: SolverOptions(timeLimit: 20))
        #expect(plan.status == .optimal)
        #expect(abs(plan.distance - 20) < 1e-6)
        let charging = plan.routes.flatMap { $0.stops.flatMap(\.charging) }
        #expect(!charging.isEmpty && charging.allSatisfy { $0.start >= 660 - 1e-6 })
        #expect(PlanChecker(instance: instance).check(plan).isValid)
    }

    @Test func supplyClockChargesAsTheSunAllows() {
        // Supply 0 before 10:00, then 30 kW; the van takes at most 20 kW. From 8:00 with 10 kWh,
        // charging 10 kWh more ends at 10:30 at the earliest.
        let instance = twinVanInstance(chargersAtS: 1, supplyAtS: [SupplyInterval(start: 600, end: 1080, power: 30)])
        let clock = GreenChargingClock(instance: instance, station: 3, vehicleType: 0)
        var frontier = ChargeFrontier(charge: 10, time: 480)
        let charged = frontier.chargeGreen(battery: 30, clock: clock, full: false)
        #expect(charged)
        #expect(abs(frontier.time(atCharge: 10) - 480) < 1e-9)
        #expect(abs(frontier.time(atCharge: 20) - 630) < 1e-6)
        #expect(abs(frontier.time(atCharge: 30) - 660) < 1e-6)
        var full = ChargeFrontier(charge: 10, time: 480)
        let fullCharged = full.chargeGreen(battery: 30, clock: clock, full: true)
        #expect(fullCharged)
        #expect(full.points.count == 1 && abs(full.earliestTime - 660) < 1e-6)
    }

    @Test func arrivingInTheDarkNeverMovesTimeBack() {
        // Sun only from 10:00: a van arriving at 9:00 that charges nothing still leaves at 9:00
        // at the earliest (E(9:00) = E(open) = 0, whose earliest inverse is the opening).
        let instance = twinVanInstance(chargersAtS: 1, supplyAtS: [SupplyInterval(start: 600, end: 1080, power: 30)])
        let clock = GreenChargingClock(instance: instance, station: 3, vehicleType: 0)
        var frontier = ChargeFrontier(charge: 10, time: 540)
        let charged = frontier.chargeGreen(battery: 30, clock: clock, full: false)
        #expect(charged)
        #expect(frontier.earliestTime >= 540 - 1e-9)
        #expect(abs(frontier.time(atCharge: 20) - 630) < 1e-6)
    }

    @Test func shippedFiveCustomerGreenDaysAreProvenOptimal() throws {
        let folder = ShippedInstances.root.appendingPathComponent("Instances/green")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.contains("-5-") && $0.hasSuffix(".json") }.sorted()
        #expect(!names.isEmpty)
        for name in names {
            let instance = try InstanceReader.read(path: folder.appendingPathComponent(name).path)
            let plan = MIPSolver().solve(instance, options: SolverOptions(timeLimit: 30))
            #expect(plan.status == .optimal, "\(name): \(plan.notes)")
            #expect(plan.unassigned.isEmpty)
            let report = PlanChecker(instance: instance).check(plan)
            #expect(report.isValid, "\(name): \(report)")
        }
    }
}
