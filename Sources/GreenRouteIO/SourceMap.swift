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

    init(file: String) {
        self.file = file
    }

    /// Records the place of a key (the first record wins).
    mutating func record(_ key: String, line: Int?, field: String?) {
        if sites[key] == nil { sites[key] = Site(line: line, field: field) }
    }

    /// The place of a key, else of its parent (`customers[3].due` → `customers[3]`), else nowhere.
    func site(_ key: String) -> Site {
        var current = Substring(key)
        while true {
            if let site = sites[String(current)] { return site }
            guard let cut = current.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
            current = current[..<cut]
        }
        return Site(line: nil, field: nil)
    }
}
