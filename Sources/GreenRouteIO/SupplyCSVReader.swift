import Foundation
import GreenRouteCore

/// Reads a grid operator's green supply forecast: a CSV of timestamped power (Docs/green-supply.md).
///
/// ```
/// time,kW
/// 06:00,0
/// 06:15,1.8
/// 2026-06-21T06:30,4.2     (ISO form; one form per file)
/// ```
///
/// - An optional header `time,kW` (any case); blank lines and lines starting with `#` are skipped.
/// - `time` is `"HH:MM"` or ISO `"YYYY-MM-DDTHH:MM"` (`:SS` allowed, must be `00`); ISO times
///   count minutes from midnight of the first row's date. Times strictly increase and lie in
///   [00:00, 24:00]; a row at 24:00 (or the next day's 00:00) only marks the end.
/// - `kW` is a finite number ≥ 0. Each value holds from its time until the next row's time;
///   the last value holds until 24:00. Zero rows give no interval (supply is zero outside intervals).
///
/// Every problem is reported with the file, its 1-based line and the column (`time`, `kW`).
public enum SupplyCSVReader {
    /// Minutes in the day the profile covers.
    public static let dayMinutes = 1440.0

    /// Reads the CSV file at `path`.
    public static func read(path: String) throws -> SupplyProfile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InstanceError(InstanceProblem(kind: .unreadableFile, file: path, line: nil, field: nil,
                                                message: "cannot read the supply CSV file"))
        }
        guard let contents = String(data: data, encoding: .utf8) else {
            throw InstanceError(InstanceProblem(kind: .unreadableFile, file: path, line: nil, field: nil,
                                                message: "the supply CSV file is not UTF-8 text"))
        }
        return try read(contents: contents, path: path)
    }

    /// Reads CSV text; `path` is what error messages call the file.
    public static func read(contents: String, path: String) throws -> SupplyProfile {
        var problems = ProblemCollector(file: path)
        var rows: [(line: Int, minutes: Double, power: Double)] = []
        var sawHeader = false, sawContent = false
        var isoDate: String?, usesClock: Bool?
        for (number, raw) in TextNumbers.lines(of: contents) {
            let text = raw.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty, !text.hasPrefix("#") else { continue }
            let fields = text.split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            defer { sawContent = true }
            if !sawContent, fields.first?.lowercased() == "time" {
                if fields.map({ $0.lowercased() }) != ["time", "kw"] {
                    problems.add(.wrongColumnCount, line: number, "header \"\(text)\" (expected \"time,kW\")")
                }
                sawHeader = true
                continue
            }
            guard fields.count == 2 else {
                problems.add(.wrongColumnCount, line: number, "\(fields.count) columns (expected 2: time,kW)")
                continue
            }
            let minutes = parseTime(fields[0], line: number, isoDate: &isoDate, usesClock: &usesClock, &problems)
            let power = parsePower(fields[1], line: number, &problems)
            if let minutes, let power { rows.append((number, minutes, power)) }
        }
        if !sawContent {
            problems.add(.emptyFile, line: nil, "no rows (expected \"time,kW\" rows)")
        } else if rows.isEmpty, sawHeader, problems.isEmpty {
            problems.add(.missingSection, line: nil, "a header but no data rows (expected \"time,kW\" rows)")
        }
        for (previous, row) in zip(rows, rows.dropFirst()) where row.minutes <= previous.minutes {
            problems.add(.badValue, line: row.line, field: "time",
                         "time \(clock(row.minutes)) is not after \(clock(previous.minutes)) on line \(previous.line) (expected strictly increasing times)")
        }
        try problems.throwIfAny()
        var intervals: [SupplyInterval] = []
        for (index, row) in rows.enumerated() where row.power > 0 && row.minutes < dayMinutes {
            let end = index + 1 < rows.count ? rows[index + 1].minutes : dayMinutes
            intervals.append(SupplyInterval(start: row.minutes, end: end, power: row.power))
        }
        return .intervals(intervals)
    }

    /// Minutes since midnight of a time field, or nil after reporting the problem.
    private static func parseTime(_ text: String, line: Int, isoDate: inout String?, usesClock: inout Bool?,
                                  _ problems: inout ProblemCollector) -> Double? {
        let expected = "(expected \"HH:MM\" or \"YYYY-MM-DDTHH:MM\")"
        let parts = text.split(separator: "T", omittingEmptySubsequences: false)
        let isISO = parts.count == 2
        if let usesClock, usesClock == isISO {
            problems.add(.badValue, line: line, field: "time",
                         "time \"\(text)\" mixes \"HH:MM\" and ISO times in one file (expected one form)")
            return nil
        }
        usesClock = !isISO
        var clockText = Substring(text)
        var dayOffset = 0.0
        if isISO {
            guard let day = CalendarDay(parsing: String(parts[0])) else {
                problems.add(.badValue, line: line, field: "time", "date in \"\(text)\" is not a valid day \(expected)")
                return nil
            }
            clockText = parts[1]
            if let first = isoDate.flatMap(CalendarDay.init(parsing:)) {
                guard day == first || day == next(first) else {
                    problems.add(.outOfRange, line: line, field: "time",
                                 "\"\(text)\" is not on the profile's day \(first) (expected times within one day)")
                    return nil
                }
                dayOffset = day == first ? 0 : dayMinutes
            } else {
                isoDate = day.description
            }
            let pieces = clockText.split(separator: ":", omittingEmptySubsequences: false)
            if pieces.count == 3 {
                guard pieces[2] == "00" else {
                    problems.add(.badValue, line: line, field: "time", "seconds in \"\(text)\" (expected whole minutes, \":00\")")
                    return nil
                }
                clockText = clockText.dropLast(3)
            }
        }
        guard clockText.count == 5, let minutes = NativeFieldDecoder.minutes(fromClock: String(clockText)) else {
            problems.add(.badValue, line: line, field: "time", "time \"\(text)\" \(expected)")
            return nil
        }
        let total = minutes + dayOffset
        guard total <= dayMinutes else {
            problems.add(.outOfRange, line: line, field: "time", "time \"\(text)\" is after the end of the day (expected at most 24:00)")
            return nil
        }
        return total
    }

    private static func parsePower(_ text: String, line: Int, _ problems: inout ProblemCollector) -> Double? {
        switch TextNumbers.parse(Substring(text)) {
        case .notANumber:
            problems.add(.notANumber, line: line, field: "kW", "\"\(text)\" is not a number (expected available power in kW)")
        case .notFinite:
            problems.add(.notFinite, line: line, field: "kW", "\"\(text)\" (expected a finite power in kW)")
        case .value(let power) where power < 0:
            problems.add(.negativeValue, line: line, field: "kW", "power \(text) kW is negative (expected ≥ 0)")
        case .value(let power):
            return power
        }
        return nil
    }

    private static func next(_ day: CalendarDay) -> CalendarDay {
        if let next = CalendarDay(year: day.year, month: day.month, day: day.day + 1) { return next }
        if let next = CalendarDay(year: day.year, month: day.month + 1, day: 1) { return next }
        return CalendarDay(year: day.year + 1, month: 1, day: 1) ?? day
    }

    private static func clock(_ minutes: Double) -> String {
        ClockText.text(minutes: minutes)
    }
}
