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
}
