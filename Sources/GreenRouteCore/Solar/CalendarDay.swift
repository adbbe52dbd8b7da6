/// A day of the (proleptic Gregorian) calendar, as written in instance files: `"YYYY-MM-DD"`.
///
/// The solar model needs the day of the year (and whether the year is a leap year); the
/// scenario generator also needs the weekday to place the European summer-time switch.
public struct CalendarDay: Equatable, Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The year, 1...9999.
    public let year: Int
    /// The month, 1...12.
    public let month: Int
    /// The day of the month, 1...28/29/30/31.
    public let day: Int

    /// A valid day, or nil (e.g. February 30th or year 0).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Self.daysInMonth(month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `"YYYY-MM-DD"` (four, two and two ASCII digits); nil for anything else.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// True for years divisible by 4, except centuries not divisible by 400.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Days in a month of a year (28...31).
    public static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// 365 or 366.
    public var daysInYear: Int { Self.isLeapYear(year) ? 366 : 365 }

    /// The day of the year: 1 for January 1st, up to 365 or 366.
    public var dayOfYear: Int {
        (1..<month).reduce(0) { $0 + Self.daysInMonth($1, year: year) } + day
    }

    /// The weekday: 0 = Sunday, 1 = Monday, ..., 6 = Saturday (Sakamoto's method).
    public var weekday: Int {
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        return (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7
    }

    /// The last Sunday of a month of this day's year.
    public static func lastSunday(ofMonth month: Int, year: Int) -> CalendarDay {
        let last = CalendarDay(year: year, month: month, day: daysInMonth(month, year: year))!
        return CalendarDay(year: year, month: month, day: last.day - last.weekday)!
    }

    /// `"YYYY-MM-DD"`.
    public var description: String {
        func padded(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
