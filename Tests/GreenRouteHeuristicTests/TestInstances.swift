import Foundation
import GreenRouteCore
import GreenRouteIO

/// Shipped instances for the heuristic's tests (read by GreenRouteIO's `InstanceReader`).
enum TestInstances {
    /// The package root (three levels above this file).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// A file of Instances/evrptw (names with "C" or "_21") or Instances/solomon.
    static func shipped(_ name: String) throws -> Instance {
        let folder = name.contains("C") || name.contains("_21") ? "evrptw" : "solomon"
        return try InstanceReader.read(path: packageRoot.appendingPathComponent("Instances/\(folder)/\(name).txt").path)
    }

    /// Hierarchical reference (vehicles, distance) per instance; `bks_distance` rows are skipped.
    static func references(path: String) -> [String: (vehicles: Int, distance: Double)] {
        guard let table = try? ReferenceTable.read(path: path) else { return [:] }
        var result: [String: (vehicles: Int, distance: Double)] = [:]
        for entry in table.entries where entry.status != "bks_distance" && result[entry.instance] == nil {
            result[entry.instance] = (entry.vehicles, entry.distance)
        }
        return result
    }

    /// Two vans that leave with 6 of 20 kWh, customers 10 km east (demand 6 each, due 13:20),
    /// one station S halfway with one 22 kW charger and the given supply.
    static func twoVansOneCharger(name: String, supply: [SupplyInterval]) -> Instance {
        Instance(
            name: name, timeUnit: .minutes,
            depot: Depot(id: "D", location: .plane(x: 0, y: 0), open: 480, close: 1080),
            customers: [Customer(id: "C1", location: .plane(x: 10, y: 0), demand: 6, ready: 480, due: 800, service: 10),
                        Customer(id: "C2", location: .plane(x: 10, y: 1), demand: 6, ready: 480, due: 800, service: 10)],
            stations: [ChargingStation(id: "S", location: .plane(x: 5, y: 0), chargers: 1, chargerPower: 22,
                                       supply: .intervals(supply))],
            vehicleTypes: [VehicleType(id: "van", count: 2, capacity: 10, battery: 20, consumption: 1, speed: 60,
                                       maxChargePower: 22, initialCharge: 6)],
            metric: .euclidean, charging: .partial)
    }
}
