import GreenRouteCore

/// A small abstract-unit instance on a plane: depot D0 at (0, 0), open [0, 100];
/// C1 at (10, 0): demand 5, window [0, 50], service 2; C2 at (0, 4): demand 3, window [10, 30],
/// service 1; station S1 at (5, 0), unlimited. Van "ev": battery 12, consumption 1, speed 1,
/// max charging power 2. C1 needs a charge at S1 on the way out and on the way back.
func lineInstance(charging: ChargingMode = .full, count: Int? = nil, capacity: Double = 10, reserve: Double = 0,
                  returnCharge: Double = 0, open: Double = 0) -> Instance {
    Instance(
        name: "line", timeUnit: .abstract,
        depot: Depot(id: "D0", location: .plane(x: 0, y: 0), open: open, close: 100),
        customers: [
            Customer(id: "C1", location: .plane(x: 10, y: 0), demand: 5, ready: 0, due: 50, service: 2),
            Customer(id: "C2", location: .plane(x: 0, y: 4), demand: 3, ready: 10, due: 30, service: 1),
        ],
        stations: [ChargingStation(id: "S1", location: .plane(x: 5, y: 0))],
        vehicleTypes: [VehicleType(id: "ev", count: count, capacity: capacity, battery: 12, consumption: 1, speed: 1,
                                   maxChargePower: 2, reserve: reserve, returnCharge: returnCharge)],
        metric: .euclidean, charging: charging)
}

/// The feasible full-recharge plan of ``lineInstance``, every number written by hand.
/// Route 0: D0 → S1 (charge 5 in [5, 7.5]) → C1 → S1 (charge 10 in [19.5, 24.5]) → D0 at 29.5.
/// Route 1: D0 → C2 (arrive 4, wait until 10) → D0 at 15.
func lineFeasibleRoutes() -> [PlanRoute] {
    [
        PlanRoute(vehicleType: "ev", stops: [
            PlanStop(node: "D0", arrival: 0, start: 0, departure: 0, loadArrival: 5, loadDeparture: 5,
                     chargeArrival: 12, chargeDeparture: 12),
            PlanStop(node: "S1", arrival: 5, start: 5, departure: 7.5, loadArrival: 5, loadDeparture: 5,
                     chargeArrival: 7, chargeDeparture: 12,
                     charging: [ChargingSegment(start: 5, end: 7.5, power: 2, energy: 5)]),
            PlanStop(node: "C1", arrival: 12.5, start: 12.5, departure: 14.5, loadArrival: 5, loadDeparture: 0,
                     chargeArrival: 7, chargeDeparture: 7),
            PlanStop(node: "S1", arrival: 19.5, start: 19.5, departure: 24.5, loadArrival: 0, loadDeparture: 0,
                     chargeArrival: 2, chargeDeparture: 12,
                     charging: [ChargingSegment(start: 19.5, end: 24.5, power: 2, energy: 10)]),
            PlanStop(node: "D0", arrival: 29.5, start: 29.5, departure: 29.5, loadArrival: 0, loadDeparture: 0,
                     chargeArrival: 7, chargeDeparture: 7),
        ], distance: 20),
        PlanRoute(vehicleType: "ev", stops: [
            PlanStop(node: "D0", arrival: 0, start: 0, departure: 0, loadArrival: 3, loadDeparture: 3,
                     chargeArrival: 12, chargeDeparture: 12),
            PlanStop(node: "C2", arrival: 4, start: 10, departure: 11, loadArrival: 3, loadDeparture: 0,
                     chargeArrival: 8, chargeDeparture: 8),
            PlanStop(node: "D0", arrival: 15, start: 15, departure: 15, loadArrival: 0, loadDeparture: 0,
                     chargeArrival: 4, chargeDeparture: 4),
        ], distance: 8),
    ]
}

/// A minute/kW instance with a green supply and a charger limit. Depot D at (0, 0) km, open
/// [480, 1080] (8:00–18:00); station S at (30, 0): `chargers` chargers of 50 kW, green supply
/// 60 kW on [600, 840) and nothing else; C1 at (60, 0): window [600, 720], service 15;
/// C2 at (30, 40): window [690, 780], service 10. Vans: battery 60 kWh, 0.5 kWh/km, 60 km/h
/// (1 minute per km), 40 kW max, leave with 40 kWh, reserve 5 kWh, return charge 8 kWh.
func solarInstance(chargers: Int? = 2) -> Instance {
    Instance(
        name: "solar", timeUnit: .minutes,
        depot: Depot(id: "D", location: .plane(x: 0, y: 0), open: 480, close: 1080),
        customers: [
            Customer(id: "C1", location: .plane(x: 60, y: 0), demand: 10, ready: 600, due: 720, service: 15),
            Customer(id: "C2", location: .plane(x: 30, y: 40), demand: 10, ready: 690, due: 780, service: 10),
        ],
        stations: [ChargingStation(id: "S", location: .plane(x: 30, y: 0), chargers: chargers, chargerPower: 50,
                                   supply: .intervals([SupplyInterval(start: 600, end: 840, power: 60)]))],
        vehicleTypes: [VehicleType(id: "van", count: 2, capacity: 100, battery: 60, consumption: 0.5, speed: 60,
                                   maxChargePower: 40, initialCharge: 40, reserve: 5, returnCharge: 8)],
        metric: .euclidean, charging: .partial)
}

/// Two vans charging at S at the same time, each `power` kW for `minutes`, leaving the depot at `departure`.
func solarRoutes(_ instance: Instance, power: Double = 30, minutes: Double = 60,
                 departure: Double = 570) -> [PlanRoute] {
    [
        handRoute(instance, departure: departure, [Visit("S", charging: [(0, minutes, power)]), Visit("C1")]),
        handRoute(instance, departure: departure, [Visit("S", charging: [(0, minutes, power)]), Visit("C2")]),
    ]
}
