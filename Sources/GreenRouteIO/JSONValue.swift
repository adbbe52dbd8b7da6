/// A parsed JSON value that remembers the line it started on, so that readers can name the
/// line of every field in their error messages. Objects keep their members in file order.
struct JSONValue: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case null
        case bool(Bool)
        /// The number and its exact text (kept so that printing never changes a digit).
        case number(Double, text: String)
        case string(String)
        case array([JSONValue])
        case object([JSONMember])
    }

    var kind: Kind
    /// 1-based line of the value's first character.
    var line: Int

    init(_ kind: Kind, line: Int = 0) {
        self.kind = kind
        self.line = line
    }

    /// A number printed with Swift's shortest round-tripping representation.
    static func number(_ value: Double) -> JSONValue {
        JSONValue(.number(value, text: TextNumbers.format(value)))
    }

    /// A whole number printed without a fraction.
    static func integer(_ value: Int) -> JSONValue {
        JSONValue(.number(Double(value), text: String(value)))
    }

    static func string(_ text: String) -> JSONValue { JSONValue(.string(text)) }

    static func array(_ items: [JSONValue]) -> JSONValue { JSONValue(.array(items)) }

    /// An object from key–value pairs, in the given order.
    static func object(_ pairs: [(String, JSONValue)]) -> JSONValue {
        JSONValue(.object(pairs.map { JSONMember(key: $0.0, keyLine: 0, value: $0.1) }))
    }

    static let null = JSONValue(.null)

    /// The JSON type name, for messages ("number", "string", ...).
    var typeName: String {
        switch kind {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    /// True for null, booleans, numbers and strings.
    var isScalar: Bool {
        switch kind {
        case .array, .object: return false
        default: return true
        }
    }

    /// The members of an object, nil for other values.
    var members: [JSONMember]? {
        if case .object(let members) = kind { return members }
        return nil
    }

    /// The member value for a key (the first one), nil when absent or not an object.
    subscript(key: String) -> JSONValue? {
        members?.first { $0.key == key }?.value
    }
}

/// One `"key": value` member of a JSON object.
struct JSONMember: Equatable, Sendable {
    var key: String
    /// 1-based line of the key.
    var keyLine: Int
    var value: JSONValue
}
