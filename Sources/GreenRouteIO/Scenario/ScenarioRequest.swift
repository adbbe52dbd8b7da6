import GreenRouteCore

/// What `greenroute generate` is asked for; its ``commandLine`` reproduces the same day.
public struct ScenarioRequest: Sendable, Equatable {
    public var city: String
    /// Number of customers (1...2000).
    public var customers: Int
    /// The day, `"YYYY-MM-DD"`.
    public var date: String
    public var weather: ScenarioWeather
    /// Seed of the generator's random numbers.
    public var seed: UInt64
    /// Vans available; nil = the default for the size (``defaultVans(customers:)``).
    public var vans: Int?
    /// Stations; nil = the default for the size (``defaultStations(customers:)``).
    public var stations: Int?
    /// Scale of every solar park's size (and so of its supply), > 0 and ≤ 10; 1 = the default
    /// sizing (a clear day gives about 6 × the fleet's estimated charging need, at least 30 kWp
    /// per park). Below 1 the supply is scarce: vans share midday power and wait for the sun.
    public var supplyScale: Double
    /// Chargers at every station (1...8); nil = drawn per station, 1–4.
    public var chargers: Int?
    /// The output file; its name without extension names the instance.
    public var output: String

    public init(city: String, customers: Int, date: String, weather: ScenarioWeather, seed: UInt64,
                vans: Int? = nil, stations: Int? = nil, supplyScale: Double = 1, chargers: Int? = nil, output: String) {
        self.city = city
        self.customers = customers
        self.date = date
        self.weather = weather
        self.seed = seed
        self.vans = vans
        self.stations = stations
        self.supplyScale = supplyScale
        self.chargers = chargers
        self.output = output
    }

    /// Default fleet size: max(2, ⌈customers / 12⌉) (an upper bound; plans minimise vans used).
    public static func defaultVans(customers: Int) -> Int {
        max(2, (customers + 11) / 12)
    }

    /// Default station count: 2 up to 15 customers, 3 up to 40, 4 up to 100, else 6.
    public static func defaultStations(customers: Int) -> Int {
        customers <= 15 ? 2 : customers <= 40 ? 3 : customers <= 100 ? 4 : 6
    }

    /// The vans used, defaults resolved.
    public var resolvedVans: Int { vans ?? Self.defaultVans(customers: customers) }
    /// The stations used, defaults resolved.
    public var resolvedStations: Int { stations ?? Self.defaultStations(customers: customers) }

    /// The instance name: the output file name without folders and extension.
    public var instanceName: String {
        let file = output.split(separator: "/").last.map(String.init) ?? output
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
        return String(file[..<dot])
    }

    /// The canonical command line (every option explicit, defaults resolved; the scarcity
    /// options `--supply-scale` and `--chargers` only when they differ from the default), written
    /// into the file's metadata as `generator`.
    public var commandLine: String {
        var scarcity = ""
        if supplyScale != 1 { scarcity += "--supply-scale \(Self.decimalText(supplyScale)) " }
        if let chargers { scarcity += "--chargers \(chargers) " }
        return "greenroute generate --city \(city) --customers \(customers) --date \(date) --weather \(weather.rawValue) "
            + "--seed \(seed) --vans \(resolvedVans) --stations \(resolvedStations) \(scarcity)--output \(output)"
    }

    /// A decimal without a trailing ".0" (0.25 → "0.25", 2.0 → "2").
    static func decimalText(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// Why a request cannot be generated, or nil when it can.
    public var problem: String? {
        guard let preset = CityPreset.named(city) else {
            return "unknown city \"\(city)\" (expected \(CityPreset.all.map(\.name).joined(separator: " or ")))"
        }
        if !(1...2000).contains(customers) { return "\(customers) customers (expected 1...2000)" }
        if CalendarDay(parsing: date) == nil { return "date \"\(date)\" is not a valid day (expected YYYY-MM-DD)" }
        if resolvedVans < 1 { return "\(resolvedVans) vans (expected at least 1)" }
        if !(1...preset.stationSites.count).contains(resolvedStations) {
            return "\(resolvedStations) stations (expected 1...\(preset.stationSites.count) for \(city))"
        }
        if !(supplyScale > 0 && supplyScale <= 10) { return "supply scale \(supplyScale) (expected more than 0, at most 10)" }
        if let chargers, !(1...8).contains(chargers) { return "\(chargers) chargers (expected 1...8)" }
        if output.isEmpty || output.contains(" ") { return "output path \"\(output)\" (expected a path without spaces)" }
        return nil
    }

    /// Parses the words of a ``commandLine`` (with or without the leading `greenroute generate`).
    public init(commandLine text: String) throws(ScenarioRequestError) {
        var words = text.split(separator: " ").map(String.init)
        if words.first == "greenroute" { words.removeFirst() }
        if words.first == "generate" { words.removeFirst() }
        var values: [String: String] = [:]
        var index = 0
        while index < words.count {
            let word = words[index]
            guard word.hasPrefix("--"), index + 1 < words.count else { throw .malformed(word) }
            values[String(word.dropFirst(2))] = words[index + 1]
            index += 2
        }
        let known: Set<String> = ["city", "customers", "date", "weather", "seed", "vans", "stations", "supply-scale", "chargers", "output"]
        if let unknown = values.keys.sorted().first(where: { !known.contains($0) }) { throw .malformed("--" + unknown) }
        func required(_ key: String) throws(ScenarioRequestError) -> String {
            guard let value = values[key] else { throw .missing("--" + key) }
            return value
        }
        func integer(_ key: String) throws(ScenarioRequestError) -> Int? {
            guard let text = values[key] else { return nil }
            guard let value = Int(text) else { throw .malformed("--\(key) \(text)") }
            return value
        }
        let weatherText = try required("weather")
        guard let weather = ScenarioWeather(rawValue: weatherText) else { throw .malformed("--weather \(weatherText)") }
        let seedText = try required("seed")
        guard let seed = UInt64(seedText) else { throw .malformed("--seed \(seedText)") }
        guard let customers = try integer("customers") else { throw .missing("--customers") }
        var scale = 1.0
        if let text = values["supply-scale"] {
            guard let value = Double(text) else { throw .malformed("--supply-scale \(text)") }
            scale = value
        }
        self.init(city: try required("city"), customers: customers, date: try required("date"), weather: weather,
                  seed: seed, vans: try integer("vans"), stations: try integer("stations"), supplyScale: scale,
                  chargers: try integer("chargers"), output: try required("output"))
    }
}

/// A generator command line that cannot be parsed.
public enum ScenarioRequestError: Error, Equatable, Sendable, CustomStringConvertible {
    case missing(String)
    case malformed(String)

    public var description: String {
        switch self {
        case .missing(let option): return "missing option \(option)"
        case .malformed(let text): return "cannot read \"\(text)\" (expected --option value pairs)"
        }
    }
}
