import Foundation
import GreenRouteCore

/// Reads plan files written by ``PlanWriter`` (or by hand), with typed errors naming the file,
/// line and field of a malformed plan.
public enum PlanReader {
    /// Reads the plan file at `path`.
    public static func read(path: String) throws -> Plan {
        let contents: String
        do {
            contents = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw InstanceError(InstanceProblem(kind: .unreadableFile, file: path, line: nil, field: nil,
                                                message: "cannot read the plan file (\(error.localizedDescription))"))
        }
        return try read(contents: contents, path: path)
    }

    /// Reads a plan from JSON text; `path` is what error messages call the file.
    public static func read(contents: String, path: String) throws -> Plan {
        let contents = contents.hasPrefix("\u{FEFF}") ? String(contents.dropFirst()) : contents  // byte-order mark
        guard contents.contains(where: { !$0.isWhitespace }) else {
            throw InstanceError(InstanceProblem(kind: .emptyFile, file: path, line: nil, field: nil,
                                                message: "empty file (expected a plan JSON object)"))
        }
        let root = try JSONParser.parse(contents, file: path)
        guard root.members != nil else {
            throw InstanceError(InstanceProblem(kind: .wrongType, file: path, line: root.line, field: nil,
                                                message: "found \(root.typeName) (expected a plan JSON object)"))
        }
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        do {
            return try decoder.decode(Plan.self, from: Data(contents.utf8))
        } catch let error as DecodingError {
            throw InstanceError(problem(for: error, root: root, path: path))
        } catch {
            throw InstanceError(InstanceProblem(kind: .badValue, file: path, line: nil, field: nil, message: "\(error)"))
        }
    }

    /// Turns a decoding error into a problem with the JSON path and line of the offending value.
    static func problem(for error: DecodingError, root: JSONValue, path: String) -> InstanceProblem {
        func place(_ codingPath: [any CodingKey]) -> (field: String?, line: Int?) {
            var field = ""
            var value: JSONValue? = root
            var line = root.line
            for key in codingPath {
                if let index = key.intValue {
                    field += "[\(index)]"
                    if case .array(let items)? = value?.kind, index < items.count { value = items[index] } else { value = nil }
                } else {
                    field += field.isEmpty ? key.stringValue : "." + key.stringValue
                    value = value?[key.stringValue]
                }
                if let value { line = value.line }
            }
            return (field.isEmpty ? nil : field, line)
        }
        switch error {
        case .keyNotFound(let key, let context):
            let at = place(context.codingPath + [key])
            return InstanceProblem(kind: .missingField, file: path, line: at.line, field: at.field,
                                   message: "missing field \"\(key.stringValue)\" (a plan needs it)")
        case .typeMismatch(let type, let context):
            let at = place(context.codingPath)
            return InstanceProblem(kind: .wrongType, file: path, line: at.line, field: at.field,
                                   message: "wrong type (expected \(type)): \(context.debugDescription)")
        case .valueNotFound(let type, let context):
            let at = place(context.codingPath)
            return InstanceProblem(kind: .missingField, file: path, line: at.line, field: at.field,
                                   message: "null or missing value (expected \(type))")
        case .dataCorrupted(let context):
            let at = place(context.codingPath)
            return InstanceProblem(kind: .badValue, file: path, line: at.line, field: at.field,
                                   message: context.debugDescription)
        @unknown default:
            return InstanceProblem(kind: .badValue, file: path, line: nil, field: nil, message: "\(error)")
        }
    }
}
