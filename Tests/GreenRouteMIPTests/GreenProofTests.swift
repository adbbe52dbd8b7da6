import GreenRouteCheck
import GreenRouteCore
import GreenRouteHeuristic
import Testing
@testable import GreenRouteMIP

/// One customer C1 10 km east of the depot, served between 10:00 and 10:10; station S on the
/// depot with 6 kW of sun 8:00–9:45 (10.5 kWh) and 10:30–12:00 (9 kWh; quarter hours, as the slot rows need). The van (40 kWh battery,
/// 1 kWh/km, 1 km/min) starts with 20 kWh and must return with 18: it needs 18 kWh of charging,
/// more than either half of the day gives, so the only route is depot → S → C1 → S → depot
/// with between 9 and 10.5 kWh in the morning. Least energy at the first stop (nothing) leaves
/// 18 kWh for the afternoon, full (20 kWh) does not fit the morning: only an amount in between works.
func twoSunsInstance() -> Instance {
    Instance(
        name: "two-suns", timeUnit: .minutes,
        depot: Depot(id: "D", location: .plane(x: 0, y: 0), open: 480, close: 1080),
        customers: [Customer(id: "C1", location: .plane(x: 10, y: 0), demand: 1, ready: 600, due: 610, service: 10)],
        stations: [ChargingStation(id: "S", location: .plane(x: 0, y: 0), chargers: 1, chargerPower: 20,
                                   supply: .intervals([SupplyInterval(start: 480, end: 585, power: 6),
                                                       SupplyInterval(start: 630, end: 720, power: 6)]))],
        vehicleTypes: [VehicleType(id: "van", capacity: 10, battery: 40, consumption: 1, speed: 60,
                                   maxChargePower: 20, initialCharge: 20, returnCharge: 18)],
        metric: .euclidean, charging: .partial)
}

/// Customers 10 km east and west of the depot, open all day; stations S1 and S2 next to the
/// depot, each with 5 kW of sun 8:00–9:00 only. Vans: 100 kWh battery, start with 25 kWh,
/// return with 5. Each customer alone is a 20 km round trip without charging; one van for both
/// drives at least 40 km and would need 20 kWh of charging, but one van can take at most
/// 5 kWh over the day (both stations shine at the same hour). Without the day's energy budget
/// the relaxed station path (more than two stations between the customers, leaving with a full
/// battery) lets the lower bound claim one van.
func weakSunInstance() -> Instance {
    let sun = [SupplyInterval(start: 480, end: 540, power: 5)]
    return Instance(
        name: "weak-sun", timeUnit: .minutes,
        depot: Depot(id: "D", location: .plane(x: 0, y: 0), open: 480, close: 1080),
        customers: [Customer(id: "C1", location: .plane(x: 10, y: 0), demand: 1, ready: 480, due: 1000, service: 10),
                    Customer(id: "C2", location: .plane(x: -10, y: 0), demand: 1, ready: 480, due: 1000, service: 10)],
        stations: [ChargingStation(id: "S1", location: .plane(x: 0, y: 1), chargers: 1, chargerPower: 20, supply: .intervals(sun)),
                   ChargingStation(id: "S2", location: .plane(x: 0, y: -1), chargers: 1, chargerPower: 20, supply: .intervals(sun))],
        vehicleTypes: [VehicleType(id: "van", count: 2, capacity: 10, battery: 100, consumption: 1, speed: 60,
                                   maxChargePower: 20, initialCharge: 25, returnCharge: 5)],
        metric: .euclidean, charging: .partial)
}

@Suite struct GreenProofTests {
    @Test func frontierTimesAChargeSplitThatLeastAndFullMiss() throws {
        let instance = twoSunsInstance()
        let station = instance.stationIndices.lowerBound
        let sequence = [station, 1, station]
        let route = try #require(FrontierTimetable.build(instance, vehicleType: 0, sequence: sequence))
        let charged = route.stops.map { $0.chargeDeparture - $0.chargeArrival }
        #expect(charged[1] >= 9 - 1e-6 && charged[1] <= 10.5 + 1e-6)
        // Amounts at a sun edge may be shaved by 1e-7 relative (within the checker's 1e-6).
        #expect(abs(charged[1] + charged[3] - 18) < 1e-5)
        #expect(abs(route.stops.last!.chargeArrival - 18) < 1e-5)
        #expect(route.stops.last!.chargeArrival >= 18 - Tolerance.slack(18))
        let plan = MIPSolver().solve(instance, options: SolverOptions(timeLimit: 20))
        #expect(plan.status == .optimal, "\(plan.notes)")
        #expect(plan.vehicles == 1)
        #expect(abs(plan.distance - 20) < 1e-6)
        let report = PlanChecker(instance: instance).check(plan)
        #expect(report.isValid, "\(report)")
    }

    /// Core's timing and the heuristic's evaluation find the same split by charging as long as
    /// the later windows allow (least energy and full charging, mixed or not, both fail here).
    @Test func untilLatestChargingTimesTheSplitInCoreAndTheHeuristic() throws {
        let instance = twoSunsInstance()
        let station = instance.stationIndices.lowerBound
        let route = try #require(RouteTimetable.build(instance, vehicleType: 0, sequence: [station, 1, station]))
        let charged = route.stops.map { $0.chargeDeparture - $0.chargeArrival }
        #expect(charged[1] >= 9 - 1e-6 && charged[1] <= 10.5 + 1e-6)
        #expect(charged[1] + charged[3] >= 18 - 1e-6)
        #expect(route.stops[2].start <= 610 + 1e-6)
        let plan = HeuristicSolver().solve(instance, options: SolverOptions(timeLimit: 5, seed: 1, iterationLimit: 2000))
        #expect(plan.status == .feasible, "\(plan.notes)")
        #expect(plan.vehicles == 1)
        #expect(abs(plan.distance - 20) < 1e-6)
        let report = PlanChecker(instance: instance).check(plan)
        #expect(report.isValid, "\(report)")
    }

    @Test func dayBudgetIsTheEnvelopeOfTheStations() {
        let instance = weakSunInstance()
        let budget = GreenEnergyBudget(instance: instance, vehicleType: 0)
        // Both stations 5 kW 8:00–9:00: the envelope gives 5 kWh, not 10.
        #expect(abs((budget.energy ?? 0) - 5) < 1e-9)
        #expect(budget.allows(distance: 25))
        #expect(!budget.allows(distance: 25.01))
        #expect(GreenEnergyBudget(instance: instance.withUnlimitedStations(), vehicleType: 0).energy == nil)
    }

    @Test func dayBudgetProvesThatOneVanCannotServeBoth() throws {
        let instance = weakSunInstance()
        let plan = MIPSolver().solve(instance, options: SolverOptions(timeLimit: 20))
        #expect(plan.status == .optimal, "\(plan.notes)")
        #expect(plan.vehicles == 2)
        #expect(abs(plan.distance - 40) < 1e-6)
        #expect(plan.notes.contains { $0.contains("more charging than one van can get") })
        let report = PlanChecker(instance: instance).check(plan)
        #expect(report.isValid, "\(report)")
    }
}
