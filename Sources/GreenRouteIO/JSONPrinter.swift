/// Prints a ``JSONValue`` as pretty, stable JSON: two-space indentation, members in the given
/// order, numbers exactly as their stored text. Arrays of scalars and small objects of
/// scalars (up to `inlineMembers` members) stay on one line, so matrices read as rows.
enum JSONPrinter {
    /// Objects with at most this many scalar members are printed on one line...
    static let inlineMembers = 4
    /// ...when that line part is at most this many characters long.
    static let inlineWidth = 100

    static func print(_ value: JSONValue) -> String {
        var output = ""
        write(value, indent: 0, to: &output)
        output.append("\n")
        return output
    }

    /// The value with every object's members sorted by key (recursively).
    static func sortingKeys(_ value: JSONValue) -> JSONValue {
        switch value.kind {
        case .array(let items):
            return JSONValue(.array(items.map(sortingKeys)), line: value.line)
        case .object(let members):
            let sorted = members.sorted { $0.key < $1.key }
                .map { JSONMember(key: $0.key, keyLine: $0.keyLine, value: sortingKeys($0.value)) }
            return JSONValue(.object(sorted), line: value.line)
        default:
            return value
        }
    }

    private static func write(_ value: JSONValue, indent: Int, to output: inout String) {
        switch value.kind {
        case .null: output.append("null")
        case .bool(let flag): output.append(flag ? "true" : "false")
        case .number(let number, let text): output.append(number.isFinite ? text : "null")
        case .string(let text): writeString(text, to: &output)
        case .array(let items):
            if items.isEmpty { output.append("[]"); return }
            if items.allSatisfy(\.isScalar) {
                output.append("[")
                for (index, item) in items.enumerated() {
                    if index > 0 { output.append(", ") }
                    write(item, indent: indent, to: &output)
                }
                output.append("]")
                return
            }
            output.append("[\n")
            for (index, item) in items.enumerated() {
                output.append(String(repeating: " ", count: indent + 2))
                write(item, indent: indent + 2, to: &output)
                output.append(index + 1 < items.count ? ",\n" : "\n")
            }
            output.append(String(repeating: " ", count: indent) + "]")
        case .object(let members):
            if members.isEmpty { output.append("{}"); return }
            if members.count <= inlineMembers && members.allSatisfy({ $0.value.isScalar }) {
                var line = "{"
                for (index, member) in members.enumerated() {
                    if index > 0 { line.append(", ") }
                    writeString(member.key, to: &line)
                    line.append(": ")
                    write(member.value, indent: indent, to: &line)
                }
                line.append("}")
                if line.count <= inlineWidth {
                    output.append(line)
                    return
                }
            }
            output.append("{\n")
            for (index, member) in members.enumerated() {
                output.append(String(repeating: " ", count: indent + 2))
                writeString(member.key, to: &output)
                output.append(": ")
                write(member.value, indent: indent + 2, to: &output)
                output.append(index + 1 < members.count ? ",\n" : "\n")
            }
            output.append(String(repeating: " ", count: indent) + "}")
        }
    }

    private static func writeString(_ text: String, to output: inout String) {
        output.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output.append("\\\"")
            case "\\": output.append("\\\\")
            case "\n": output.append("\\n")
            case "\r": output.append("\\r")
            case "\t": output.append("\\t")
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: output.unicodeScalars.append(scalar)
            }
        }
        output.append("\"")
    }
}
