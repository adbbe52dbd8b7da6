import Foundation
import GreenRouteCore

/// One row of a benchmark reference CSV (`instance,customers,vehicles,distance,status,source`).
public struct ReferenceEntry: Sendable, Equatable {
    public var instance: String
    public var customers: Int
    public var vehicles: Int
    /// Total distance, in distance units (2 decimals in the shipped files).
    public var distance: Double
    /// `optimal`, `bks` (hierarchical best known) or `bks_distance` (distance-only best known).
    public var status: String
    public var source: String
    /// 1-based line in the CSV file.
    public var line: Int

    public init(instance: String, customers: Int, vehicles: Int, distance: Double, status: String, source: String, line: Int) {
        self.instance = instance
        self.customers = customers
        self.vehicles = vehicles
        self.distance = distance
        self.status = status
        self.source = source
        self.line = line
    }
}

/// The reference values of the benchmark files (Instances/reference.csv,
/// benchmarks/evrptw/reference.csv, benchmarks/solomon/reference.csv).
public struct ReferenceTable: Sendable, Equatable {
    /// The CSV columns, in order.
    public static let columns = ["instance", "customers", "vehicles", "distance", "status", "source"]
    /// The statuses a row may have.
    public static let statuses = ["optimal", "bks", "bks_distance"]

    /// All rows in file order.
    public var entries: [ReferenceEntry]

    public init(entries: [ReferenceEntry]) {
        self.entries = entries
    }

    /// Reads a reference CSV file.
    public static func read(path: String) throws -> ReferenceTable {
        let contents: String
        do {
            contents = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw InstanceError(InstanceProblem(kind: .unreadableFile, file: path, line: nil, field: nil,
                                                message: "cannot read the reference table (\(error.localizedDescription))"))
        }
        return try read(contents: contents, path: path)
    }

    /// Reads reference CSV text; every bad row is reported, with its line.
    public static func read(contents: String, path: String) throws -> ReferenceTable {
        var problems = ProblemCollector(file: path)
        let lines = TextNumbers.lines(of: contents).filter { !$0.text.trimmingWhitespace.isEmpty }
        guard let header = lines.first else {
            throw InstanceError(InstanceProblem(kind: .emptyFile, file: path, line: nil, field: nil,
                                                message: "empty file (expected the header \(columns.joined(separator: ",")))"))
        }
        let names = header.text.split(separator: ",", omittingEmptySubsequences: false).map { String($0.trimmingWhitespace) }
        guard names == columns else {
            throw InstanceError(InstanceProblem(kind: .missingSection, file: path, line: header.number, field: nil,
                                                message: "header '\(header.text)' (expected \(columns.joined(separator: ",")))"))
        }
        var entries: [ReferenceEntry] = []
        var seen: [String: Int] = [:]
        for (number, text) in lines.dropFirst() {
            let fields = text.split(separator: ",", omittingEmptySubsequences: false).map { String($0.trimmingWhitespace) }
            guard fields.count == columns.count else {
                problems.add(.wrongColumnCount, line: number, "\(fields.count) columns (expected \(columns.count): \(columns.joined(separator: ",")))")
                continue
            }
            func whole(_ index: Int) -> Int? {
                if let value = Int(fields[index]), value >= 0 { return value }
                problems.add(.notAnInteger, line: number, field: columns[index], "\(columns[index]) is '\(fields[index])' (expected a whole number ≥ 0)")
                return nil
            }
            let customers = whole(1), vehicles = whole(2)
            var distance: Double?
            switch TextNumbers.parse(Substring(fields[3])) {
            case .value(let value) where value >= 0: distance = value
            case .value(let value):
                problems.add(.negativeValue, line: number, field: "distance", "distance is \(value) (expected ≥ 0)")
            case .notANumber, .notFinite:
                problems.add(.notANumber, line: number, field: "distance", "distance is '\(fields[3])' (expected a finite number)")
            }
            if fields[0].isEmpty {
                problems.add(.missingField, line: number, field: "instance", "empty instance name")
            }
            if !statuses.contains(fields[4]) {
                problems.add(.badValue, line: number, field: "status", "status '\(fields[4])' (expected one of \(statuses.joined(separator: ", ")))")
            }
            let key = fields[0].lowercased() + "," + fields[4]
            if let first = seen[key] {
                problems.add(.duplicateID, line: number, field: "instance",
                             "second \(fields[4]) row for \(fields[0]) (first on line \(first))")
            }
            seen[key] = seen[key] ?? number
            guard let customers, let vehicles, let distance else { continue }
            entries.append(ReferenceEntry(instance: fields[0], customers: customers, vehicles: vehicles, distance: distance,
                                          status: fields[4], source: fields[5], line: number))
        }
        try problems.throwIfAny()
        return ReferenceTable(entries: entries)
    }

    /// Every row of an instance (name compared without case).
    public func entries(for instance: String) -> [ReferenceEntry] {
        let wanted = instance.lowercased()
        return entries.filter { $0.instance.lowercased() == wanted }
    }

    /// The reference value to compare a plan with: for `hierarchical` the `optimal` or `bks`
    /// row; for `distance` the `bks_distance` row if present, else the other; none for `cost`.
    public func reference(for instance: String, objective: Objective) -> ReferenceEntry? {
        let rows = entries(for: instance)
        let hierarchical = rows.first { $0.status == "optimal" || $0.status == "bks" }
        switch objective {
        case .hierarchical: return hierarchical
        case .distance: return rows.first { $0.status == "bks_distance" } ?? hierarchical
        case .cost: return nil
        }
    }
}
