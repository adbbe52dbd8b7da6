import Foundation

/// A problem with a results file, naming the file and line.
public struct BatchFileError: Error, CustomStringConvertible, Equatable {
    public enum Reason: Error, Equatable, Sendable {
        case unreadable(String)
        case header(found: String)
        case columnCount(found: Int, expected: Int)
        case field(name: String, value: String)
        case disagreement(key: String, otherFile: String, otherLine: Int)
    }

    public var file: String
    public var line: Int?
    public var reason: Reason

    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        switch reason {
        case .unreadable(let why): return "\(place): error: cannot read results file: \(why)"
        case .header(let found):
            return "\(place): error: header is '\(found)', expected '\(BatchRow.columns.joined(separator: ","))'"
        case .columnCount(let found, let expected):
            return "\(place): error: \(found) fields, expected \(expected)"
        case .field(let name, let value): return "\(place): error: field '\(name)' is '\(value)', not a valid value"
        case .disagreement(let key, let otherFile, let otherLine):
            return "\(place): error: row for \(key) disagrees with \(otherFile):\(otherLine)"
        }
    }
}

/// Reading, appending and merging results files.
public enum BatchFile {
    /// The header line.
    public static var header: String { BatchRow.columns.joined(separator: ",") }

    /// Every row of a results file, in file order, each with its line number.
    public static func read(path: String) throws -> [(row: BatchRow, line: Int)] {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw BatchFileError(file: path, line: nil, reason: .unreadable("missing or not UTF-8"))
        }
        var rows: [(BatchRow, Int)] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if offset == 0 {
                let expected = header
                guard trimmed == expected || expected.hasPrefix(trimmed) && trimmed.hasSuffix("violations") else {
                    throw BatchFileError(file: path, line: 1, reason: .header(found: String(trimmed)))
                }
                continue
            }
            if trimmed.isEmpty { continue }
            switch BatchRow.parse(trimmed) {
            case .success(let row): rows.append((row, offset + 1))
            case .failure(let reason): throw BatchFileError(file: path, line: offset + 1, reason: reason)
            }
        }
        return rows
    }

    /// Joins shard files into one list sorted by key; identical duplicates are kept once,
    /// rows of the same job that disagree are refused.
    public static func merge(paths: [String]) throws -> [BatchRow] {
        var byKey: [BatchKey: (row: BatchRow, file: String, line: Int)] = [:]
        for path in paths {
            for (row, line) in try read(path: path) {
                if let earlier = byKey[row.key] {
                    guard earlier.row.agrees(with: row) else {
                        throw BatchFileError(file: path, line: line,
                                             reason: .disagreement(key: row.key.description, otherFile: earlier.file,
                                                                   otherLine: earlier.line))
                    }
                } else {
                    byKey[row.key] = (row, path, line)
                }
            }
        }
        return byKey.keys.sorted().map { byKey[$0]!.row }
    }

    /// Writes rows with the header (replacing the file).
    public static func write(_ rows: [BatchRow], to path: String) throws {
        let text = ([header] + rows.map(\.csvLine)).joined(separator: "\n") + "\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
}

/// Appends rows to a results file as jobs finish, so that an interrupted batch keeps every finished row.
public final class BatchFileAppender: @unchecked Sendable {
    private let handle: FileHandle
    private let lock = NSLock()

    /// Opens `path` for appending; creates it with the header when it is new or `truncate` is set.
    public init(path: String, truncate: Bool) throws {
        let manager = FileManager.default
        if truncate || !manager.fileExists(atPath: path) {
            guard manager.createFile(atPath: path, contents: Data((BatchFile.header + "\n").utf8)) else {
                throw BatchFileError(file: path, line: nil, reason: .unreadable("cannot create"))
            }
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw BatchFileError(file: path, line: nil, reason: .unreadable("cannot open for writing"))
        }
        handle.seekToEndOfFile()
        self.handle = handle
    }

    /// Appends one row and flushes it to disk.
    public func append(_ row: BatchRow) {
        lock.lock()
        defer { lock.unlock() }
        handle.write(Data((row.csvLine + "\n").utf8))
        try? handle.synchronize()
    }

    deinit { try? handle.close() }
}
