/// Escaping of text taken from input files before it goes into HTML, SVG or XML attributes.
enum HTMLEscaping {
    /// The text with `& < > " '` replaced by entities; safe in element content and in
    /// double- or single-quoted attribute values.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}

extension String {
    /// This text escaped for HTML (see ``HTMLEscaping/escape(_:)``).
    var htmlEscaped: String { HTMLEscaping.escape(self) }
}
