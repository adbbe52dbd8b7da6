import Foundation
import GreenRouteCore
import GreenRouteIO

/// Shipped benchmark files and reference values (Instances/ in the package root).
enum ShippedInstances {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func evrptw(_ name: String) throws -> Instance {
        try InstanceReader.read(path: root.appendingPathComponent("Instances/evrptw/\(name).txt").path)
    }

    /// Reference (vehicles, distance) per instance name, from Instances/reference.csv.
    static func references() throws -> [String: (vehicles: Int, distance: Double)] {
        let text = try String(contentsOf: root.appendingPathComponent("Instances/reference.csv"), encoding: .utf8)
        var result: [String: (Int, Double)] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count >= 4, let vehicles = Int(fields[2]), let distance = Double(fields[3]) else { continue }
            result[String(fields[0])] = (vehicles, distance)
        }
        return result
    }

    /// The small E-VRPTW files with a given customer count, sorted.
    static func small(customers: Int) throws -> [String] {
        let folder = root.appendingPathComponent("Instances/evrptw")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix("C\(customers).txt") }.map { String($0.dropLast(4)) }.sorted()
    }
}
