import Foundation

/// One line of a batch results file: the outcome of one job, checked by the checker.
///
/// Columns (in this order): `instance,solver,seed,status,vehicles,distance,bound,
/// gap_to_bound_percent,reference_vehicles,reference_distance,gap_to_reference_percent,
/// seconds,valid,violations,message`. Empty fields mean "not applicable".
public struct BatchRow: Equatable, Sendable {
    public static let columns = ["instance", "solver", "seed", "status", "vehicles", "distance", "bound",
                                 "gap_to_bound_percent", "reference_vehicles", "reference_distance",
                                 "gap_to_reference_percent", "seconds", "valid", "violations", "message"]

    public var instance: String
    public var solver: String
    public var seed: UInt64
    /// The plan's status (`optimal`, `feasible`, `infeasible`, `timeout`, `error`).
    public var status: String
    public var vehicles: Int?
    /// Total distance, in the instance's distance unit.
    public var distance: Double?
    /// The solver's proven bound on the objective, where it has one.
    public var bound: Double?
    public var gapToBoundPercent: Double?
    public var referenceVehicles: Int?
    public var referenceDistance: Double?
    /// 100 × (distance − reference) / reference; empty unless the vehicle counts match and the plan is valid.
    public var gapToReferencePercent: Double?
    /// Wall-clock seconds of the job, as measured by the batch.
    public var seconds: Double
    /// From the checker, never from the solver; nil where there is no plan.
    public var valid: Bool?
    /// Number of violations the checker found.
    public var violations: Int?
    /// Error text, unassigned customers or the first violations.
    public var message: String

    public init(instance: String, solver: String, seed: UInt64, status: String, vehicles: Int? = nil,
                distance: Double? = nil, bound: Double? = nil, gapToBoundPercent: Double? = nil,
                referenceVehicles: Int? = nil, referenceDistance: Double? = nil,
                gapToReferencePercent: Double? = nil, seconds: Double, valid: Bool? = nil,
                violations: Int? = nil, message: String = "") {
        self.instance = instance
        self.solver = solver
        self.seed = seed
        self.status = status
        self.vehicles = vehicles
        self.distance = distance
        self.bound = bound
        self.gapToBoundPercent = gapToBoundPercent
        self.referenceVehicles = referenceVehicles
        self.referenceDistance = referenceDistance
        self.gapToReferencePercent = gapToReferencePercent
        self.seconds = seconds
        self.valid = valid
        self.violations = violations
        self.message = message
    }

    public var key: BatchKey { BatchKey(instance: instance, solver: solver, seed: seed) }

    /// Fills the reference columns and the gap (only where the vehicle counts match and the plan is valid).
    public mutating func apply(reference: (vehicles: Int, distance: Double)?) {
        referenceVehicles = reference?.vehicles
        referenceDistance = reference?.distance
        gapToReferencePercent = nil
        if let reference, valid == true, let vehicles, let distance, vehicles == reference.vehicles,
           reference.distance > 0 {
            gapToReferencePercent = 100 * (distance - reference.distance) / reference.distance
        }
    }

    /// The CSV line (no line break).
    public var csvLine: String {
        let fields: [String] = [
            instance, solver, String(seed), status, vehicles.map(String.init) ?? "",
            Self.number(distance, 4), Self.number(bound, 4), Self.number(gapToBoundPercent, 4),
            referenceVehicles.map(String.init) ?? "", Self.number(referenceDistance, 2),
            Self.number(gapToReferencePercent, 4), Self.number(seconds, 2),
            valid.map { $0 ? "true" : "false" } ?? "", violations.map(String.init) ?? "", message,
        ]
        return fields.map(CSVLine.field).joined(separator: ",")
    }

    static func number(_ value: Double?, _ decimals: Int) -> String {
        guard let value, value.isFinite else { return "" }
        return String(format: "%.\(decimals)f", value)
    }

    /// Parses one CSV line; nil with a reason when it is not a row of this contract.
    public static func parse(_ line: Substring) -> Result<BatchRow, BatchFileError.Reason> {
        let fields = CSVLine.split(line)
        guard fields.count == columns.count || fields.count == columns.count - 1 else {
            return .failure(.columnCount(found: fields.count, expected: columns.count))
        }
        func optionalDouble(_ index: Int) -> Double?? {
            fields[index].isEmpty ? .some(nil) : Double(fields[index]).map { .some($0) }
        }
        func optionalInt(_ index: Int) -> Int?? {
            fields[index].isEmpty ? .some(nil) : Int(fields[index]).map { .some($0) }
        }
        guard let seed = UInt64(fields[2]) else { return .failure(.field(name: "seed", value: fields[2])) }
        guard let vehicles = optionalInt(4) else { return .failure(.field(name: "vehicles", value: fields[4])) }
        guard let distance = optionalDouble(5) else { return .failure(.field(name: "distance", value: fields[5])) }
        guard let bound = optionalDouble(6) else { return .failure(.field(name: "bound", value: fields[6])) }
        guard let gapBound = optionalDouble(7) else { return .failure(.field(name: "gap_to_bound_percent", value: fields[7])) }
        guard let refVehicles = optionalInt(8) else { return .failure(.field(name: "reference_vehicles", value: fields[8])) }
        guard let refDistance = optionalDouble(9) else { return .failure(.field(name: "reference_distance", value: fields[9])) }
        guard let gapRef = optionalDouble(10) else { return .failure(.field(name: "gap_to_reference_percent", value: fields[10])) }
        guard let seconds = Double(fields[11]) else { return .failure(.field(name: "seconds", value: fields[11])) }
        let valid: Bool?
        switch fields[12] {
        case "": valid = nil
        case "true": valid = true
        case "false": valid = false
        default: return .failure(.field(name: "valid", value: fields[12]))
        }
        guard let violations = optionalInt(13) else { return .failure(.field(name: "violations", value: fields[13])) }
        return .success(BatchRow(instance: fields[0], solver: fields[1], seed: seed, status: fields[3],
                                 vehicles: vehicles, distance: distance, bound: bound, gapToBoundPercent: gapBound,
                                 referenceVehicles: refVehicles, referenceDistance: refDistance,
                                 gapToReferencePercent: gapRef, seconds: seconds, valid: valid,
                                 violations: violations, message: fields.count > 14 ? fields[14] : ""))
    }

    /// Whether two rows report the same outcome (everything but the time and the message).
    public func agrees(with other: BatchRow) -> Bool {
        var a = self, b = other
        a.seconds = 0; b.seconds = 0
        a.message = ""; b.message = ""
        return a.csvLine == b.csvLine
    }
}
