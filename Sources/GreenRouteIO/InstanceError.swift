/// What is wrong with one place of an input file.
public enum InstanceProblemKind: String, Sendable, CaseIterable, Equatable {
    // Whole file
    /// The file could not be read (missing, unreadable, not UTF-8).
    case unreadableFile
    /// The file holds no data.
    case emptyFile
    /// The content matches none of the known formats.
    case unknownFormat
    /// The text is not well-formed JSON.
    case malformedJSON
    // Text formats (Schneider, Solomon, CSV)
    /// A Schneider parameter line (Q, C, r, g, v) is missing.
    case missingParameter
    /// A Schneider parameter line appears twice.
    case duplicateParameter
    /// A `/value/` line names a parameter that Schneider files do not have.
    case unknownParameter
    /// A Solomon section (`VEHICLE`, `CUSTOMER`) or CSV header is missing.
    case missingSection
    /// A row has more or fewer columns than the format has.
    case wrongColumnCount
    /// A Schneider `Type` column is not `d`, `f` or `c`.
    case unknownNodeType
    // Values
    /// A field that must be a number is not one.
    case notANumber
    /// A number is NaN or infinite.
    case notFinite
    /// A field that must be a whole number has a fraction.
    case notAnInteger
    /// A value that must be ≥ 0 is negative.
    case negativeValue
    /// A value that must be > 0 is zero or negative.
    case nonPositiveValue
    /// A value lies outside its allowed range (latitude, initial charge above battery, ...).
    case outOfRange
    /// Any other value that makes no sense (bad time string, unsorted supply intervals, ...).
    case badValue
    // Structure and references
    /// Two nodes (or two vehicle types) share an id.
    case duplicateID
    /// A JSON object has the same key twice.
    case duplicateKey
    /// A time window closes before it opens (due < ready, close < open).
    case windowClosesBeforeOpening
    /// A customer's demand exceeds the capacity of every vehicle type.
    case demandExceedsEveryVehicle
    /// An id is named (e.g. in a matrix) that no node has.
    case unknownReference
    /// A node that must be named (e.g. in a matrix) is not.
    case missingReference
    /// A required JSON field is absent.
    case missingField
    /// A JSON field that the format does not define (often a typo).
    case unknownField
    /// A JSON value has the wrong type (string instead of number, ...).
    case wrongType
    /// The instance has no depot.
    case missingDepot
    /// The instance has more than one depot.
    case multipleDepots
    /// The instance has no customers.
    case noCustomers
    /// The instance has no vehicle types.
    case noVehicleTypes
}

/// One problem found in an input file, with its place.
public struct InstanceProblem: Sendable, Equatable, CustomStringConvertible {
    public var kind: InstanceProblemKind
    /// The file (path as given, or a name for in-memory content).
    public var file: String
    /// 1-based line number, nil when the problem has no single line (e.g. an unreadable file).
    public var line: Int?
    /// The field: a JSON path such as `vehicleTypes[0].batteryKWh`, a column or parameter name
    /// such as `DueDate` or `Q`; nil when the problem concerns a whole row or file.
    public var field: String?
    /// What was found and what was expected.
    public var message: String

    public init(kind: InstanceProblemKind, file: String, line: Int?, field: String?, message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// `file:line: error: field: message`, the form editors jump to.
    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        let prefix = field.map { "\($0): " } ?? ""
        return "\(place): error: \(prefix)\(message)"
    }
}

/// An input file (instance, plan, reference table) that cannot be used, with every problem found.
public struct InstanceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problems, in file order where known; never empty.
    public var problems: [InstanceProblem]

    public init(problems: [InstanceProblem]) {
        self.problems = problems
    }

    public init(_ problem: InstanceProblem) {
        self.problems = [problem]
    }

    /// One `file:line: error: message` line per problem.
    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }

    /// The kinds of the problems, in order.
    public var kinds: [InstanceProblemKind] { problems.map(\.kind) }
}

/// Collects problems of one file while reading it.
struct ProblemCollector {
    let file: String
    private(set) var problems: [InstanceProblem] = []

    init(file: String) {
        self.file = file
    }

    var isEmpty: Bool { problems.isEmpty }

    mutating func add(_ kind: InstanceProblemKind, line: Int?, field: String? = nil, _ message: String) {
        problems.append(InstanceProblem(kind: kind, file: file, line: line, field: field, message: message))
    }

    mutating func append(contentsOf other: [InstanceProblem]) {
        problems.append(contentsOf: other)
    }

    /// Throws an ``InstanceError`` with every problem (sorted by line) when there is any.
    func throwIfAny() throws {
        guard !problems.isEmpty else { return }
        throw error
    }

    /// The problems so far as one error, sorted by line (problems without a line last).
    var error: InstanceError {
        let ordered = problems.enumerated().sorted { a, b in
            let la = a.element.line ?? Int.max, lb = b.element.line ?? Int.max
            return la != lb ? la < lb : a.offset < b.offset
        }.map(\.element)
        return InstanceError(problems: ordered)
    }
}
