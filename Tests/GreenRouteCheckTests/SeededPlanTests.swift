import GreenRouteCore
import Testing
@testable import GreenRouteCheck

/// Seeded random instances and plans built with Core's solver-side RouteTimetable: the checker
/// must accept every such plan, and must notice one shifted arrival.
@Suite struct SeededPlanTests {
    /// SplitMix64, so that every run draws the same instances.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func randomInstance(seed: UInt64, charging: ChargingMode, timeUnit: TimeUnit) -> Instance {
        var random = SeededGenerator(state: seed)
        func point() -> Location { .plane(x: .random(in: 0...100, using: &random), y: .random(in: 0...100, using: &random)) }
        let customers = (1...12).map { index -> Customer in
            let ready = Double.random(in: 0...800, using: &random)
            return Customer(id: "C\(index)", location: point(), demand: .random(in: 1...15, using: &random),
                            ready: ready, due: ready + .random(in: 100...500, using: &random),
                            service: .random(in: 0...30, using: &random))
        }
        let stations = [ChargingStation(id: "S0", location: .plane(x: 50, y: 50))]
            + (1...3).map { ChargingStation(id: "S\($0)", location: point()) }
        let speed = timeUnit == .minutes ? 60.0 : 1.0
        let power = timeUnit == .minutes ? 50.0 : 3.3
        return Instance(
            name: "random\(seed)", timeUnit: timeUnit,
            depot: Depot(id: "D0", location: .plane(x: 50, y: 50), open: 0, close: 1400),
            customers: customers, stations: stations,
            vehicleTypes: [VehicleType(id: "ev", capacity: 60, battery: 90, consumption: 1, speed: speed,
                                       maxChargePower: power, reserve: 2, returnCharge: 5)],
            metric: .euclidean, charging: charging)
    }

    /// Greedy plan: add customers in random order, with a station before them when needed.
    static func greedyPlan(_ instance: Instance, seed: UInt64) -> Plan {
        var random = SeededGenerator(state: seed &+ 17)
        var routes: [PlanRoute] = []
        var current: [Int] = []
        var unassigned: [UnassignedCustomer] = []
        func build(_ sequence: [Int]) -> PlanRoute? { RouteTimetable.build(instance, vehicleType: 0, sequence: sequence) }
        for customer in Array(instance.customerIndices).shuffled(using: &random) {
            let station = instance.stationIndices.randomElement(using: &random)!
            let options = [current + [customer], current + [station, customer], current + [customer, station],
                           [customer], [station, customer], [customer, station], [station, customer, station]]
            guard let sequence = options.first(where: { build($0) != nil }) else {
                unassigned.append(UnassignedCustomer(customer: instance.id(ofNode: customer), reason: "no route"))
                continue
            }
            if sequence.count <= 3 && !current.isEmpty && !sequence.starts(with: current) {
                routes.append(build(current)!)
            }
            current = sequence
        }
        if !current.isEmpty { routes.append(build(current)!) }
        return PlanAssembler.makePlan(instance, solver: "greedy", status: unassigned.isEmpty ? .feasible : .infeasible,
                                      objective: .hierarchical, routes: routes, unassigned: unassigned, seconds: 0)
    }

    @Test(arguments: [ChargingMode.full, .partial], [TimeUnit.abstract, .minutes])
    func timetablePlansPass(charging: ChargingMode, timeUnit: TimeUnit) {
        var charged = 0.0
        for seed in UInt64(1)...20 {
            let instance = Self.randomInstance(seed: seed, charging: charging, timeUnit: timeUnit)
            let plan = Self.greedyPlan(instance, seed: seed)
            let report = PlanChecker(instance: instance).check(plan)
            #expect(report.violations.isEmpty, "seed \(seed): \(report)")
            #expect(abs(report.distance - plan.distance) <= 1e-6 * max(1, plan.distance))
            charged += report.energyCharged
        }
        // The instances are tight enough that vans do charge.
        #expect(charged > 0)
    }

    @Test func oneShiftedArrivalIsTheOnlyViolation() {
        for seed in UInt64(1)...20 {
            let instance = Self.randomInstance(seed: seed, charging: .partial, timeUnit: .minutes)
            var plan = Self.greedyPlan(instance, seed: seed)
            guard !plan.routes.isEmpty else { continue }
            var random = SeededGenerator(state: seed)
            let routeIndex = Int.random(in: 0..<plan.routes.count, using: &random)
            let stopIndex = Int.random(in: 1..<plan.routes[routeIndex].stops.count, using: &random)
            plan.routes[routeIndex].stops[stopIndex].arrival += 1
            let report = PlanChecker(instance: instance).check(plan)
            #expect(report.violations.count == 1, "seed \(seed): \(report)")
            #expect(report.violations.first?.field == "arrival")
            #expect(report.violations.first?.routeIndex == routeIndex && report.violations.first?.stopIndex == stopIndex)
        }
    }
}
