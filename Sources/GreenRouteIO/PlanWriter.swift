import Foundation
import GreenRouteCore

/// Writes plan files (the solution contract of the spec): pretty JSON with sorted keys.
///
/// Optional top-level figures without a value (`bound`, `gapPercent`, `seed`, `kpis`) are
/// written as `null` rather than left out, so every plan file has the same keys.
/// Non-finite numbers are written as the strings `"inf"`, `"-inf"`, `"nan"` (``PlanReader``
/// reads them back).
public enum PlanWriter {
    /// Top-level keys written as `null` when the plan has no value for them.
    static let nullableKeys = ["bound", "gapPercent", "seed", "kpis"]

    /// The JSON text of a plan (ends with a newline).
    public static func json(_ plan: Plan) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        do {
            let data = try encoder.encode(plan)
            var value = try JSONParser.parse(String(decoding: data, as: UTF8.self), file: "plan")
            if case .object(var members) = value.kind {
                for key in nullableKeys where !members.contains(where: { $0.key == key }) {
                    members.append(JSONMember(key: key, keyLine: 0, value: .null))
                }
                value = JSONValue(.object(members))
            }
            return JSONPrinter.print(JSONPrinter.sortingKeys(value))
        } catch {
            // Encoding a Plan cannot fail with these settings; say so in the file rather than crash.
            return JSONPrinter.print(.object([("error", .string("cannot encode the plan: \(error)")),
                                              ("instance", .string(plan.instance))]))
        }
    }

    /// Writes the JSON text of a plan to a file.
    public static func write(_ plan: Plan, toPath path: String) throws {
        try json(plan).write(toFile: path, atomically: true, encoding: .utf8)
    }
}
