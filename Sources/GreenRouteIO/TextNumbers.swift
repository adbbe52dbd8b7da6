/// Line splitting and strict number parsing shared by the text readers.
enum TextNumbers {
    /// The lines of a text (LF, CRLF or CR endings), numbered from 1.
    static func lines(of contents: String) -> [(number: Int, text: Substring)] {
        let parts = contents.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        return parts.enumerated().map { (number: $0.offset + 1, text: $0.element) }
    }

    /// Whitespace-separated fields of a line.
    static func fields(of line: Substring) -> [Substring] {
        line.split(whereSeparator: { $0 == " " || $0 == "\t" })
    }

    /// The result of reading one number field.
    enum Parsed: Equatable {
        case value(Double)
        /// Not a decimal number at all.
        case notANumber
        /// NaN or infinite (spelled so, or too large).
        case notFinite
    }

    /// Reads a plain decimal number (`-12`, `3.5`, `1e-3`); rejects hex, NaN and infinity.
    static func parse(_ text: Substring) -> Parsed {
        let lowered = text.lowercased()
        let bare = lowered.hasPrefix("-") || lowered.hasPrefix("+") ? String(lowered.dropFirst()) : lowered
        if ["nan", "inf", "infinity", "snan"].contains(bare) { return .notFinite }
        guard isDecimal(text), let value = Double(text) else { return .notANumber }
        return value.isFinite ? .value(value) : .notFinite
    }

    /// True for `[+-]digits[.digits][(e|E)[+-]digits]` with at least one digit in the mantissa.
    static func isDecimal(_ text: Substring) -> Bool {
        var scalars = Array(text.unicodeScalars)[...]
        func digits() -> Int {
            var count = 0
            while let first = scalars.first, ("0"..."9").contains(first) {
                scalars.removeFirst()
                count += 1
            }
            return count
        }
        if let first = scalars.first, first == "+" || first == "-" { scalars.removeFirst() }
        var mantissaDigits = digits()
        if scalars.first == "." {
            scalars.removeFirst()
            mantissaDigits += digits()
        }
        guard mantissaDigits > 0 else { return false }
        if let first = scalars.first, first == "e" || first == "E" {
            scalars.removeFirst()
            if let sign = scalars.first, sign == "+" || sign == "-" { scalars.removeFirst() }
            guard digits() > 0 else { return false }
        }
        return scalars.isEmpty
    }

    /// Shortest text that reads back as exactly the same Double.
    static func format(_ value: Double) -> String {
        value.description
    }
}
