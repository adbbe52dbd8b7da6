import Foundation

/// Numbers in checker messages: up to 10 significant digits, no trailing zeros
/// ("4", "12.5", "0.3333333333").
enum NumberText {
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        let text = String(format: "%.10g", value)
        return text == "-0" ? "0" : text
    }
}

extension Double {
    /// This number as checker messages print it.
    var text: String { NumberText.format(self) }
}
