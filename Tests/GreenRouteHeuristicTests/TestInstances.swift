import Foundation
import GreenRouteCore

/// A stop-gap reader of the Schneider (E-VRPTW) and Solomon text formats for tests, until
/// GreenRouteIO's reader is on main.
enum TestInstances {
    /// The package root (three levels above this file).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func shipped(_ name: String) throws -> Instance {
        let folder = name.contains("C") || name.contains("_21") ? "evrptw" : "solomon"
        return try read(path: packageRoot.appendingPathComponent("Instances/\(folder)/\(name).txt").path)
    }

    static func read(path: String) throws -> Instance {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return text.contains("StringID") ? schneider(text, name: name) : solomon(text, name: name)
    }

    static func schneider(_ text: String, name: String) -> Instance {
        var depot: Depot?
        var customers: [Customer] = []
        var stations: [ChargingStation] = []
        var parameters: [String: Double] = [:]
        for line in text.split(whereSeparator: \.isNewline) {
            let fields = line.split(separator: " ").map(String.init)
            if line.contains("/"), let first = fields.first {
                let value = line.split(separator: "/")[1]
                parameters[first] = Double(value.trimmingCharacters(in: .whitespaces))
                continue
            }
            guard fields.count == 8, let x = Double(fields[2]), let y = Double(fields[3]) else { continue }
            let values = fields[4...7].map { Double($0)! }
            let location = Location.plane(x: x, y: y)
            switch fields[1] {
            case "d": depot = Depot(id: fields[0], location: location, open: values[1], close: values[2])
            case "f": stations.append(ChargingStation(id: fields[0], location: location))
            default: customers.append(Customer(id: fields[0], location: location, demand: values[0],
                                               ready: values[1], due: values[2], service: values[3]))
            }
        }
        let type = VehicleType(id: "ev", capacity: parameters["C"]!, battery: parameters["Q"]!,
                               consumption: parameters["r"]!, speed: parameters["v"]!,
                               maxChargePower: 1 / parameters["g"]!)
        return Instance(name: name, timeUnit: .abstract, depot: depot!, customers: customers, stations: stations,
                        vehicleTypes: [type], metric: .euclidean, charging: .full)
    }

    static func solomon(_ text: String, name: String) -> Instance {
        let rows = text.split(whereSeparator: \.isNewline).map { $0.split(separator: " ").compactMap { Double($0) } }
        let fleet = rows.first { $0.count == 2 }!
        let nodes = rows.filter { $0.count == 7 }
        let depotRow = nodes[0]
        let depot = Depot(id: "D0", location: .plane(x: depotRow[1], y: depotRow[2]), open: depotRow[4], close: depotRow[5])
        let customers = nodes.dropFirst().map {
            Customer(id: "C\(Int($0[0]))", location: .plane(x: $0[1], y: $0[2]), demand: $0[3], ready: $0[4],
                     due: $0[5], service: $0[6])
        }
        let type = VehicleType(id: "van", count: Int(fleet[0]), capacity: fleet[1], battery: 1, consumption: 0,
                               speed: 1, maxChargePower: 1)
        return Instance(name: name, timeUnit: .abstract, depot: depot, customers: customers, stations: [],
                        vehicleTypes: [type], metric: .euclidean, charging: .full)
    }

    /// Reference (vehicles, distance) per instance from a reference.csv (first row per name).
    static func references(path: String) -> [String: (vehicles: Int, distance: Double)] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [:] }
        var result: [String: (Int, Double)] = [:]
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: ",").map(String.init)
            guard fields.count >= 5, fields[4] != "bks_distance", result[fields[0]] == nil,
                  let vehicles = Int(fields[2]), let distance = Double(fields[3]) else { continue }
            result[fields[0]] = (vehicles, distance)
        }
        return result
    }
}
