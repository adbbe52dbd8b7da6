/// Where each part of an instance came from in its file, so that checks made after reading
/// can name a line and a field.
///
/// Keys use the Core property names: `depot.close`, `customers[3].due`,
/// `vehicleTypes[0].battery`, `stations[1].supply[2]`, `travel`. Each reader records the
/// line and the field name of its own format (a JSON path, a column or a parameter name).
struct SourceMap {
    /// One place in a file.
    struct Site {
        var line: Int?
        var field: String?
    }

    let file: String
    private var sites: [String: Site] = [:]
    private var suppressed: Set<String> = []

    init(file: String) {
        self.file = file
    }

    /// Records the place of a key (the first record wins).
    mutating func record(_ key: String, line: Int?, field: String?) {
        if sites[key] == nil { sites[key] = Site(line: line, field: field) }
    }

    /// Marks a key (and everything under it) as already reported by the reader, so that the
    /// validator does not report the placeholder the reader put there.
    mutating func suppress(_ key: String) {
        suppressed.insert(key)
    }

    /// True when the key or one of its parents was suppressed.
    func isSuppressed(_ key: String) -> Bool {
        guard !suppressed.isEmpty else { return false }
        return Self.keyAndParents(key).contains { suppressed.contains(String($0)) }
    }

    /// `a.b[2].c`, `a.b[2]`, `a.b`, `a`.
    private static func keyAndParents(_ key: String) -> [Substring] {
        var result: [Substring] = []
        var current = Substring(key)
        while true {
            result.append(current)
            guard let cut = current.lastIndex(where: { $0 == "." || $0 == "[" }) else { return result }
            current = current[..<cut]
        }
    }

    /// The place of a key, else of its parent (`customers[3].due` → `customers[3]`), else nowhere.
    func site(_ key: String) -> Site {
        for candidate in Self.keyAndParents(key) {
            if let site = sites[String(candidate)] { return site }
        }
        return Site(line: nil, field: nil)
    }
}
