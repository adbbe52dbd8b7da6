/// A small JSON parser (RFC 8259) that records the line of every value, which
/// `JSONSerialization` cannot do. Syntax errors stop the parse; duplicate keys are collected.
struct JSONParser {
    private let bytes: [UInt8]
    private var position = 0
    private var line = 1
    private var depth = 0
    /// Path components of the value being parsed (`key` or `[index]`), for messages.
    private var path: [String] = []
    private var problems: ProblemCollector
    /// Deepest allowed nesting of arrays and objects (protects the stack).
    static let maximumDepth = 256

    private struct SyntaxError: Error {
        var line: Int
        var message: String
    }

    private init(text: String, file: String) {
        bytes = Array(text.utf8)
        problems = ProblemCollector(file: file)
    }

    /// Parses one JSON document; throws ``InstanceError`` (`malformedJSON`, `notFinite`,
    /// `duplicateKey`) with the line of the problem.
    static func parse(_ text: String, file: String) throws -> JSONValue {
        var parser = JSONParser(text: text, file: file)
        do {
            parser.skipWhitespace()
            let value = try parser.parseValue()
            parser.skipWhitespace()
            if parser.position < parser.bytes.count {
                throw SyntaxError(line: parser.line, message: "unexpected \(parser.describeNext()) after the end of the JSON document")
            }
            try parser.problems.throwIfAny()
            return value
        } catch let error as SyntaxError {
            var problems = parser.problems
            problems.add(.malformedJSON, line: error.line, error.message)
            throw problems.error
        }
    }

    // MARK: Values

    private mutating func parseValue() throws -> JSONValue {
        guard position < bytes.count else { throw SyntaxError(line: line, message: "unexpected end of file (expected a value)") }
        let startLine = line
        switch bytes[position] {
        case UInt8(ascii: "{"): return JSONValue(.object(try parseObject()), line: startLine)
        case UInt8(ascii: "["): return JSONValue(.array(try parseArray()), line: startLine)
        case UInt8(ascii: "\""): return JSONValue(.string(try parseString()), line: startLine)
        case UInt8(ascii: "t"): try expectWord("true"); return JSONValue(.bool(true), line: startLine)
        case UInt8(ascii: "f"): try expectWord("false"); return JSONValue(.bool(false), line: startLine)
        case UInt8(ascii: "n"): try expectWord("null"); return JSONValue(.null, line: startLine)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default:
            throw SyntaxError(line: line, message: "unexpected \(describeNext()) (expected a value: object, array, string, number, true, false or null)")
        }
    }

    private mutating func enter() throws {
        depth += 1
        if depth > Self.maximumDepth {
            throw SyntaxError(line: line, message: "nesting deeper than \(Self.maximumDepth) levels")
        }
    }

    private mutating func parseObject() throws -> [JSONMember] {
        try enter()
        defer { depth -= 1 }
        position += 1
        var members: [JSONMember] = []
        var firstLine: [String: Int] = [:]
        skipWhitespace()
        if consume(UInt8(ascii: "}")) { return members }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                throw SyntaxError(line: line, message: "unexpected \(describeNext()) (expected a key in double quotes)")
            }
            let keyLine = line
            let key = try parseString()
            skipWhitespace()
            guard consume(UInt8(ascii: ":")) else {
                throw SyntaxError(line: line, message: "unexpected \(describeNext()) after key \"\(key)\" (expected ':')")
            }
            skipWhitespace()
            path.append(key)
            defer { path.removeLast() }
            let value = try parseValue()
            if let first = firstLine[key] {
                problems.add(.duplicateKey, line: keyLine, field: currentPath,
                             "key \"\(key)\" appears twice in one object (first on line \(first))")
            } else {
                firstLine[key] = keyLine
            }
            members.append(JSONMember(key: key, keyLine: keyLine, value: value))
            skipWhitespace()
            if consume(UInt8(ascii: ",")) { continue }
            if consume(UInt8(ascii: "}")) { return members }
            let hint = position < bytes.count && bytes[position] == UInt8(ascii: "\"") ? "; is a ',' missing before it?" : ""
            throw SyntaxError(line: line, message: "unexpected \(describeNext()) in an object (expected ',' or '}'\(hint))")
        }
    }

    private mutating func parseArray() throws -> [JSONValue] {
        try enter()
        defer { depth -= 1 }
        position += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if consume(UInt8(ascii: "]")) { return items }
        while true {
            skipWhitespace()
            path.append("[\(items.count)]")
            defer { path.removeLast() }
            items.append(try parseValue())
            skipWhitespace()
            if consume(UInt8(ascii: ",")) { continue }
            if consume(UInt8(ascii: "]")) { return items }
            throw SyntaxError(line: line, message: "unexpected \(describeNext()) in an array (expected ',' or ']'; is a ',' missing?)")
        }
    }

    private mutating func parseNumber() throws -> JSONValue {
        let start = position, startLine = line
        func digits() -> Int {
            let from = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
            return position - from
        }
        _ = consume(UInt8(ascii: "-"))
        let integerStart = position
        let integerDigits = digits()
        guard integerDigits > 0 else { throw SyntaxError(line: line, message: "'-' not followed by digits (expected a number)") }
        if integerDigits > 1 && bytes[integerStart] == UInt8(ascii: "0") {
            throw SyntaxError(line: line, message: "number with a leading zero (JSON does not allow them)")
        }
        if consume(UInt8(ascii: ".")) && digits() == 0 {
            throw SyntaxError(line: line, message: "no digits after the decimal point")
        }
        if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
            if !consume(UInt8(ascii: "+")) { _ = consume(UInt8(ascii: "-")) }
            if digits() == 0 { throw SyntaxError(line: line, message: "no digits in the exponent") }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard let value = Double(text) else { throw SyntaxError(line: startLine, message: "number \(text) cannot be read") }
        if !value.isFinite {
            problems.add(.notFinite, line: startLine, field: currentPath, "number \(text) is too large (expected a finite number)")
        }
        return JSONValue(.number(value, text: text), line: startLine)
    }

    private mutating func parseString() throws -> String {
        position += 1  // opening quote
        var scalars = String.UnicodeScalarView()
        var run: [UInt8] = []
        func flush() {
            if !run.isEmpty { scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars); run.removeAll() }
        }
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                flush()
                return String(scalars)
            case UInt8(ascii: "\\"):
                flush()
                position += 1
                scalars.append(try parseEscape())
            case 0..<0x20:
                throw SyntaxError(line: line, message: "control character or line break inside a string (expected \\n or \\u escapes)")
            default:
                run.append(byte)
                position += 1
            }
        }
        throw SyntaxError(line: line, message: "unexpected end of file inside a string (expected a closing '\"')")
    }

    private mutating func parseEscape() throws -> Unicode.Scalar {
        guard position < bytes.count else { throw SyntaxError(line: line, message: "unexpected end of file after '\\'") }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try parseHex4()
            if (0xD800..<0xDC00).contains(high) {
                guard consume(UInt8(ascii: "\\")), consume(UInt8(ascii: "u")) else {
                    throw SyntaxError(line: line, message: "unpaired surrogate \\u\(String(high, radix: 16)) (expected a low surrogate)")
                }
                let low = try parseHex4()
                guard (0xDC00..<0xE000).contains(low),
                      let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) else {
                    throw SyntaxError(line: line, message: "invalid surrogate pair in a \\u escape")
                }
                return scalar
            }
            guard let scalar = Unicode.Scalar(high) else {
                throw SyntaxError(line: line, message: "unpaired surrogate \\u\(String(high, radix: 16)) in a string")
            }
            return scalar
        default:
            throw SyntaxError(line: line, message: "unknown escape '\\\(Unicode.Scalar(byte))' in a string")
        }
    }

    private mutating func parseHex4() throws -> UInt32 {
        guard position + 4 <= bytes.count,
              let value = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16) else {
            throw SyntaxError(line: line, message: "a \\u escape needs four hexadecimal digits")
        }
        position += 4
        return value
    }

    // MARK: Helpers

    /// The JSON path of the value being parsed, such as `vehicleTypes[0].capacity`.
    private var currentPath: String {
        var text = ""
        for component in path {
            if !component.hasPrefix("[") && !text.isEmpty { text.append(".") }
            text.append(component)
        }
        return text
    }

    private mutating func expectWord(_ word: String) throws {
        let expected = Array(word.utf8)
        guard position + expected.count <= bytes.count,
              Array(bytes[position..<position + expected.count]) == expected else {
            throw SyntaxError(line: line, message: "unexpected \(describeNext()) (expected \(word))")
        }
        position += expected.count
    }

    private mutating func consume(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\n"): line += 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): break
            default: return
            }
            position += 1
        }
    }

    /// The next characters, for messages ("'x'", "end of file").
    private func describeNext() -> String {
        guard position < bytes.count else { return "end of file" }
        let end = min(bytes.count, position + 12)
        var text = String(decoding: bytes[position..<end], as: UTF8.self)
        if let cut = text.firstIndex(where: { $0.isNewline }) { text = String(text[..<cut]) }
        return "'\(text)'"
    }
}
