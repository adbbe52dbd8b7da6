/// The family of a benchmark instance name, for summaries: class letters and series digit
/// plus the size tag, e.g. `c101C5` → `c1-C5`, `rc105_21` → `rc1-100`, `r201` → `r2`,
/// `sofia-5-summer` → `sofia`.
public enum InstanceFamily {
    public static func of(_ name: String) -> String {
        let lower = Array(name)
        var index = 0
        while index < lower.count, lower[index].isLetter { index += 1 }
        let letters = String(lower[0..<index]).lowercased()
        let digits = lower[index...].prefix { $0.isNumber }
        if !letters.isEmpty, digits.count == 3 {
            let series = letters + String(digits.first!)
            let rest = String(lower[(index + 3)...])
            if rest.isEmpty { return series }
            if rest == "_21" { return series + "-100" }
            return series + "-" + rest
        }
        if let dash = name.firstIndex(where: { $0 == "-" || $0 == "_" }) { return String(name[..<dash]) }
        return letters.isEmpty ? name : letters
    }
}
