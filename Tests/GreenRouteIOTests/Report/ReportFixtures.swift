import Foundation
import GreenRouteCore

/// Small instances and plans for the report tests, built in code.
enum ReportFixtures {
    /// The id of a customer whose name tries to inject a script into the page.
    static let hostileCustomerID = "<script>alert('x')</script>&Co"

    /// A latitude/longitude day in Sofia (minutes, kWh): depot, four customers (one with a
    /// hostile id), station "SUN" with a solar profile and 2 chargers, station "GRID-FREE"
    /// unlimited and unused. Two vans leave with 6 of 40 kWh, so both must charge at SUN.
    static func sofiaInstance() -> Instance {
        Instance(
            name: "sofia-test", timeUnit: .minutes,
            depot: Depot(id: "DEPOT", location: .geographic(latitude: 42.6491, longitude: 23.3795), open: 420, close: 1140),
            customers: [
                Customer(id: "NDK", location: .geographic(latitude: 42.6847, longitude: 23.3190), demand: 12,
                         ready: 540, due: 720, service: 10),
                Customer(id: hostileCustomerID, location: .geographic(latitude: 42.6720, longitude: 23.3250),
                         demand: 20, ready: 600, due: 780, service: 15),
                Customer(id: "LYULIN", location: .geographic(latitude: 42.7150, longitude: 23.2550), demand: 25,
                         ready: 600, due: 900, service: 15),
                Customer(id: "DRUZHBA", location: .geographic(latitude: 42.6650, longitude: 23.4000), demand: 30,
                         ready: 600, due: 1020, service: 20),
            ],
            stations: [
                ChargingStation(id: "SUN", location: .geographic(latitude: 42.6850, longitude: 23.4100), chargers: 2,
                                chargerPower: 22, supply: .intervals([
                                    SupplyInterval(start: 480, end: 600, power: 15),
                                    SupplyInterval(start: 600, end: 840, power: 40),
                                    SupplyInterval(start: 840, end: 1080, power: 20),
                                ])),
                ChargingStation(id: "GRID-FREE", location: .geographic(latitude: 42.6450, longitude: 23.2700)),
            ],
            vehicleTypes: [VehicleType(id: "van", count: 2, capacity: 100, battery: 40, consumption: 0.2, speed: 50,
                                       maxChargePower: 22, initialCharge: 6, reserve: 2, returnCharge: 4)],
            metric: .greatCircle(roadFactor: 1.3), charging: .partial)
    }

    /// A plan of ``sofiaInstance()``: van 1 charges at SUN then serves NDK and the hostile
    /// customer; van 2 charges at SUN then serves LYULIN and DRUZHBA.
    static func sofiaPlan() -> (Instance, Plan) {
        let instance = sofiaInstance()
        let routes = [["SUN", "NDK", hostileCustomerID], ["SUN", "LYULIN", "DRUZHBA"]].map { ids in
            RouteTimetable.build(instance, vehicleType: 0, sequence: ids.map { instance.nodeIndex(of: $0)! })!
        }
        return (instance, PlanAssembler.makePlan(instance, solver: "hand", status: .feasible, objective: .hierarchical,
                                                 routes: routes, seconds: 0.5))
    }

    /// A plane instance in abstract units (Schneider style): full recharge, one unlimited
    /// station S1; van battery 12, consumption 1, speed 1, charging rate 2.
    static func planeInstance() -> Instance {
        Instance(
            name: "line", timeUnit: .abstract,
            depot: Depot(id: "D0", location: .plane(x: 0, y: 0), open: 0, close: 100),
            customers: [
                Customer(id: "C1", location: .plane(x: 10, y: 0), demand: 5, ready: 0, due: 50, service: 2),
                Customer(id: "C2", location: .plane(x: 0, y: 4), demand: 3, ready: 10, due: 30, service: 1),
                Customer(id: "C3", location: .plane(x: -2, y: 4), demand: 2, ready: 0, due: 90, service: 1),
            ],
            stations: [ChargingStation(id: "S1", location: .plane(x: 5, y: 0)),
                       ChargingStation(id: "S2", location: .plane(x: -20, y: 20))],
            vehicleTypes: [VehicleType(id: "ev", capacity: 10, battery: 12, consumption: 1, speed: 1, maxChargePower: 2)],
            metric: .euclidean, charging: .full)
    }

    /// A plan of ``planeInstance()``: D0 → S1 → C1 → S1 → D0 and D0 → C2 → C3 → D0.
    static func planePlan() -> (Instance, Plan) {
        let instance = planeInstance()
        let routes = [["S1", "C1", "S1"], ["C2", "C3"]].map { ids in
            RouteTimetable.build(instance, vehicleType: 0, sequence: ids.map { instance.nodeIndex(of: $0)! })!
        }
        return (instance, PlanAssembler.makePlan(instance, solver: "hand", status: .feasible, objective: .hierarchical,
                                                 routes: routes, seconds: 0.1))
    }

    /// How often `needle` occurs in `text`.
    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }
}
