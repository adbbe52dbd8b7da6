import GreenRouteCore

/// Typed access to the fields of parsed JSON objects for the native reader: every accessor
/// records the field's line (for later checks) and reports a missing field, a wrong type or a
/// bad value with file, line and JSON path. A field that failed is suppressed in the
/// ``SourceMap`` so that the placeholder the reader uses is not reported again.
struct NativeFieldDecoder {
    var problems: ProblemCollector
    var sources: SourceMap
    /// The instance's time unit: "HH:MM" strings are allowed only for minutes.
    var timeUnit: TimeUnit = .minutes

    init(file: String) {
        problems = ProblemCollector(file: file)
        sources = SourceMap(file: file)
    }

    static func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : path + "." + key
    }

    // MARK: Structure

    /// Reports `wrongType` unless the value is an object.
    mutating func isObject(_ value: JSONValue, path: String, core: String) -> Bool {
        if value.members != nil { return true }
        fail(.wrongType, value.line, path, core, "found \(describe(value)) (expected an object)")
        return false
    }

    /// Reports `unknownField` for each key outside `allowed` (typos must not become silent defaults).
    mutating func rejectUnknownKeys(_ object: JSONValue, path: String, allowed: [String]) {
        for member in object.members ?? [] where !allowed.contains(member.key) {
            problems.add(.unknownField, line: member.keyLine, field: Self.join(path, member.key),
                         "unknown field \"\(member.key)\" (expected one of: \(allowed.joined(separator: ", ")))")
        }
    }

    /// The member value; nil (after reporting `missingField` when required) if absent or null.
    mutating func member(_ object: JSONValue, _ key: String, path: String, core: String?,
                         required: Bool, expected: String) -> JSONValue? {
        let fieldPath = Self.join(path, key)
        guard let value = object[key], value.kind != .null else {
            if required {
                let found = object[key] == nil ? "missing field \"\(key)\"" : "field \"\(key)\" is null"
                fail(.missingField, object[key]?.line ?? object.line, fieldPath, core, "\(found) (expected \(expected))")
            }
            return nil
        }
        if let core { sources.record(core, line: value.line, field: fieldPath) }
        return value
    }

    // MARK: Scalars

    mutating func number(_ object: JSONValue, _ key: String, path: String, core: String?,
                         required: Bool = true, expected: String = "a number") -> Double? {
        guard let value = member(object, key, path: path, core: core, required: required, expected: expected) else { return nil }
        if case .number(let number, _) = value.kind { return number }
        let wanted = expected.hasPrefix("a number") ? expected : "a number: \(expected)"
        fail(.wrongType, value.line, Self.join(path, key), core, "found \(describe(value)) (expected \(wanted))")
        return nil
    }

    mutating func integer(_ object: JSONValue, _ key: String, path: String, core: String?,
                          required: Bool = true, expected: String = "a whole number") -> Int? {
        guard let number = number(object, key, path: path, core: core, required: required, expected: expected) else { return nil }
        guard number == number.rounded(), abs(number) < 1e15 else {
            fail(.notAnInteger, object[key]?.line, Self.join(path, key), core, "found \(number) (expected \(expected))")
            return nil
        }
        return Int(number)
    }

    mutating func string(_ object: JSONValue, _ key: String, path: String, core: String?,
                         required: Bool = true, expected: String = "a string") -> String? {
        guard let value = member(object, key, path: path, core: core, required: required, expected: expected) else { return nil }
        if case .string(let text) = value.kind { return text }
        fail(.wrongType, value.line, Self.join(path, key), core, "found \(describe(value)) (expected \(expected))")
        return nil
    }

    /// A string that must be one of `choices`.
    mutating func choice(_ object: JSONValue, _ key: String, path: String, core: String?,
                         choices: [String], required: Bool = true) -> String? {
        let expected = choices.map { "\"\($0)\"" }.joined(separator: " or ")
        guard let text = string(object, key, path: path, core: core, required: required, expected: expected) else { return nil }
        guard choices.contains(text) else {
            fail(.badValue, object[key]?.line, Self.join(path, key), core, "found \"\(text)\" (expected \(expected))")
            return nil
        }
        return text
    }

    /// A time of day: a number in the time unit, or (minutes only) a string "HH:MM".
    mutating func time(_ object: JSONValue, _ key: String, path: String, core: String?) -> Double? {
        let expected = timeUnit == .minutes ? "minutes since midnight, as a number or \"HH:MM\"" : "a number (abstract time units)"
        guard let value = member(object, key, path: path, core: core, required: true, expected: expected) else { return nil }
        let fieldPath = Self.join(path, key)
        switch value.kind {
        case .number(let number, _):
            return number
        case .string(let text) where timeUnit == .minutes:
            if let minutes = Self.minutes(fromClock: text) { return minutes }
            fail(.badValue, value.line, fieldPath, core, "found \"\(text)\" (expected \"HH:MM\" with MM < 60)")
        default:
            fail(.wrongType, value.line, fieldPath, core, "found \(describe(value)) (expected \(expected))")
        }
        return nil
    }

    /// Minutes since midnight of "H:MM" or "HH:MM" (hours 0–99 allowed for times after midnight).
    static func minutes(fromClock text: String) -> Double? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let hours = Int(parts[0]), let minutes = Int(parts[1]), minutes < 60 else { return nil }
        return Double(hours * 60 + minutes)
    }

    // MARK: Reporting

    /// Reports a problem at a place and suppresses the Core key.
    mutating func fail(_ kind: InstanceProblemKind, _ line: Int?, _ fieldPath: String, _ core: String?, _ message: String) {
        problems.add(kind, line: line, field: fieldPath, message)
        if let core { sources.suppress(core) }
    }

    /// A short description of a value for messages: `string "abc"`, `number 5`, `object`.
    func describe(_ value: JSONValue) -> String {
        switch value.kind {
        case .string(let text): return "string \"\(text.prefix(40))\""
        case .number(_, let text): return "number \(text)"
        case .bool(let flag): return "boolean \(flag)"
        default: return value.typeName
        }
    }
}
