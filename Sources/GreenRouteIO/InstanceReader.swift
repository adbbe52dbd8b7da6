import Foundation
import GreenRouteCore

/// The instance file formats GreenRoute reads.
public enum InstanceFormat: String, Sendable, CaseIterable {
    /// Schneider et al. (2014) E-VRPTW text files.
    case schneider
    /// Solomon (1987) VRPTW text files.
    case solomon
    /// GreenRoute's own JSON format (Docs/instance-format.md).
    case native
}

/// The single entry point for reading instances: the format is chosen by content, not by extension.
public enum InstanceReader {
    /// Reads the file at `path`; the instance name is the file name without extension
    /// (a native file's `name` field takes precedence).
    public static func read(path: String) throws -> Instance {
        let url = URL(fileURLWithPath: path)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw InstanceError(InstanceProblem(kind: .unreadableFile, file: path, line: nil, field: nil,
                                                message: "cannot read the file (\(error.localizedDescription))"))
        }
        guard let contents = String(data: data, encoding: .utf8) else {
            throw InstanceError(InstanceProblem(kind: .unreadableFile, file: path, line: nil, field: nil,
                                                message: "the file is not UTF-8 text"))
        }
        return try read(contents: contents, name: url.deletingPathExtension().lastPathComponent, path: path)
    }

    /// Reads an instance from text; `name` is the instance name (unless a native file names
    /// itself), `path` is what error messages call the file.
    public static func read(contents: String, name: String, path: String) throws -> Instance {
        let contents = contents.hasPrefix("\u{FEFF}") ? String(contents.dropFirst()) : contents  // byte-order mark
        guard contents.contains(where: { !$0.isWhitespace }) else {
            throw InstanceError(InstanceProblem(kind: .emptyFile, file: path, line: nil, field: nil,
                                                message: "empty file (expected a Schneider, Solomon or GreenRoute JSON instance)"))
        }
        switch detectFormat(contents: contents) {
        case .schneider: return try SchneiderReader.read(contents: contents, name: name, path: path)
        case .solomon: return try SolomonReader.read(contents: contents, name: name, path: path)
        case .native: return try NativeInstanceReader.read(contents: contents, name: name, path: path)
        case nil:
            throw InstanceError(InstanceProblem(
                kind: .unknownFormat, file: path, line: 1, field: nil,
                message: "unknown instance format (expected a Schneider file with a 'StringID Type x y ...' header and 'Q ... /value/' lines, a Solomon file with VEHICLE and CUSTOMER sections, or a JSON object)"))
        }
    }

    /// The format of a text judged by its content, or nil when it matches none.
    ///
    /// Native: the first non-blank character is `{`. Schneider: a `StringID Type ...` header or a
    /// parameter line `Q|C|r|g|v ... /number/`. Solomon: a `VEHICLE` or `CUSTOMER` section line,
    /// a `NUMBER CAPACITY` or a `CUST NO.` header.
    public static func detectFormat(contents: String) -> InstanceFormat? {
        if contents.first(where: { !$0.isWhitespace }) == "{" { return .native }
        var solomon = false
        for (_, text) in TextNumbers.lines(of: contents) {
            let fields = TextNumbers.fields(of: text)
            guard let first = fields.first else { continue }
            if first == "StringID", fields.count > 1, fields[1] == "Type" { return .schneider }
            if fields.count >= 2, ["Q", "C", "r", "g", "v"].contains(first),
               text.split(separator: "/", omittingEmptySubsequences: false).count == 3 {
                return .schneider
            }
            let upper = first.uppercased()
            if fields.count == 1 && (upper == "VEHICLE" || upper == "CUSTOMER") { solomon = true }
            if upper == "NUMBER", fields.count > 1, fields[1].uppercased() == "CAPACITY" { solomon = true }
            if upper == "CUST", fields.count > 1, fields[1].uppercased() == "NO." { solomon = true }
        }
        return solomon ? .solomon : nil
    }
}
