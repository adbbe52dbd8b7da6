import GreenRouteCore

/// Reads a station's `supply` (`"unlimited"`, `{"intervals": [{"start", "end", "kW"}, ...]}`,
/// `{"csv": "file.csv"}` or `{"solarPark": {...}}`, see Docs/green-supply.md) and optional
/// `solarPark` description of a native instance.
enum NativeSupplyDecoder {
    static let intervalKeys = ["start", "end", "kW"]
    static let solarParkKeys = ["lat", "lon", "date", "peakKW", "losses", "cloudFactors", "utcOffsetHours"]

    static func readSupply(_ station: JSONValue, path: String, _ decoder: inout NativeFieldDecoder) -> SupplyProfile {
        let fieldPath = path + ".supply", core = path + ".supply"
        let expected = "\"unlimited\" or an object {\"intervals\": [...]}"
        guard let value = decoder.member(station, "supply", path: path, core: core, required: true, expected: expected) else {
            return .unlimited
        }
        switch value.kind {
        case .string("unlimited"):
            return .unlimited
        case .object:
            if value["csv"] != nil || value["solarPark"] != nil {
                return readDerivedSupply(value, path: fieldPath, core: core, &decoder)
            }
            decoder.rejectUnknownKeys(value, path: fieldPath, allowed: ["intervals"])
            guard let list = decoder.member(value, "intervals", path: fieldPath, core: core, required: true,
                                            expected: "an array of {\"start\", \"end\", \"kW\"}") else { return .unlimited }
            guard case .array(let items) = list.kind else {
                decoder.fail(.wrongType, list.line, fieldPath + ".intervals", core,
                             "found \(decoder.describe(list)) (expected an array of {\"start\", \"end\", \"kW\"})")
                return .unlimited
            }
            var intervals: [SupplyInterval] = []
            for (index, item) in items.enumerated() {
                let itemPath = fieldPath + ".intervals[\(index)]", itemCore = core + "[\(index)]"
                decoder.sources.record(itemCore, line: item.line, field: itemPath)
                guard decoder.isObject(item, path: itemPath, core: itemCore) else { continue }
                decoder.rejectUnknownKeys(item, path: itemPath, allowed: intervalKeys)
                let start = decoder.time(item, "start", path: itemPath, core: itemCore + ".start")
                let end = decoder.time(item, "end", path: itemPath, core: itemCore + ".end")
                let power = decoder.number(item, "kW", path: itemPath, core: itemCore + ".power",
                                           expected: "available green power in kW")
                guard let start, let end, let power else { continue }
                intervals.append(SupplyInterval(start: start, end: end, power: power))
            }
            return .intervals(intervals)
        default:
            decoder.fail(.badValue, value.line, fieldPath, core, "found \(decoder.describe(value)) (expected \(expected))")
            return .unlimited
        }
    }

    static func readSolarPark(_ station: JSONValue, path: String, _ decoder: inout NativeFieldDecoder) -> SolarPark? {
        let fieldPath = path + ".solarPark", core = path + ".solarPark"
        if let nested = station["supply"]?["solarPark"], nested.members != nil {
            return nestedSolarPark(nested, station: station, path: path, &decoder)
        }
        guard let value = decoder.member(station, "solarPark", path: path, core: core, required: false, expected: "an object"),
              decoder.isObject(value, path: fieldPath, core: core) else { return nil }
        return decodeSolarPark(value, fieldPath: fieldPath, core: core, &decoder)
    }

    /// The fields of a solar park object (`lat`, `lon`, `date`, `peakKW`, `losses`,
    /// `cloudFactors`, `utcOffsetHours`), or nil after reporting what is wrong.
    static func decodeSolarPark(_ value: JSONValue, fieldPath: String, core: String, _ decoder: inout NativeFieldDecoder) -> SolarPark? {
        decoder.rejectUnknownKeys(value, path: fieldPath, allowed: solarParkKeys)
        func number(_ key: String, _ expected: String) -> Double? {
            decoder.number(value, key, path: fieldPath, core: core + "." + key, expected: expected)
        }
        let latitude = number("lat", "latitude in degrees")
        let longitude = number("lon", "longitude in degrees (east positive)")
        let date = decoder.string(value, "date", path: fieldPath, core: core + ".date", expected: "a day \"YYYY-MM-DD\"")
        let peak = number("peakKW", "peak power in kW")
        let losses = number("losses", "system losses as a fraction in [0, 1)")
        let offset = number("utcOffsetHours", "offset of local time from UTC in hours")
        var clouds: [Double] = []
        if let list = decoder.member(value, "cloudFactors", path: fieldPath, core: core + ".cloudFactors", required: false,
                                     expected: "an array of 24 numbers in [0, 1]") {
            if case .array(let items) = list.kind, items.isEmpty || items.count == 24 {
                for item in items {
                    if case .number(let factor, _) = item.kind, (0...1).contains(factor) {
                        clouds.append(factor)
                    } else {
                        decoder.fail(.outOfRange, item.line, fieldPath + ".cloudFactors", nil,
                                     "found \(decoder.describe(item)) (expected a number in [0, 1])")
                    }
                }
            } else {
                decoder.fail(.badValue, list.line, fieldPath + ".cloudFactors", nil,
                             "found \(decoder.describe(list)) (expected an array of 24 numbers in [0, 1], one per hour, or [] for clear sky)")
            }
        }
        if let peak, peak < 0 {
            decoder.fail(.negativeValue, value["peakKW"]?.line, fieldPath + ".peakKW", nil, "peak power \(peak) (expected ≥ 0)")
        }
        if let losses, !(0..<1).contains(losses) {
            decoder.fail(.outOfRange, value["losses"]?.line, fieldPath + ".losses", nil, "losses \(losses) (expected a fraction in [0, 1))")
        }
        guard let latitude, let longitude, let date, let peak, let losses, let offset else { return nil }
        return SolarPark(latitude: latitude, longitude: longitude, date: date, peakPower: peak, losses: losses,
                         cloudFactors: clouds, utcOffsetHours: offset)
    }
}

// MARK: Derived supply profiles (grid operator CSV, solar park)

extension NativeSupplyDecoder {
    static let supplyForms = ["intervals", "csv", "solarPark"]

    /// `{"csv": "path"}` (a `time,kW` file, resolved relative to the instance file) or
    /// `{"solarPark": {...}}` (profile derived by ``SolarSupplyModel``).
    static func readDerivedSupply(_ value: JSONValue, path fieldPath: String, core: String,
                                  _ decoder: inout NativeFieldDecoder) -> SupplyProfile {
        let forms = supplyForms.filter { value[$0] != nil }
        guard forms.count == 1 else {
            decoder.fail(.badValue, value.line, fieldPath, core,
                         "found \(forms.joined(separator: " and ")) (expected exactly one of \"intervals\", \"csv\", \"solarPark\")")
            return .unlimited
        }
        decoder.rejectUnknownKeys(value, path: fieldPath, allowed: supplyForms)
        if value["csv"] != nil { return readCSVSupply(value, path: fieldPath, core: core, &decoder) }
        let parkPath = fieldPath + ".solarPark", parkCore = core + ".solarPark"
        guard let parkValue = decoder.member(value, "solarPark", path: fieldPath, core: parkCore, required: true, expected: "an object"),
              decoder.isObject(parkValue, path: parkPath, core: core) else { return .unlimited }
        let before = decoder.problems.problems.count
        guard let park = decodeSolarPark(parkValue, fieldPath: parkPath, core: parkCore, &decoder),
              decoder.problems.problems.count == before else {
            decoder.sources.suppress(core)
            return .unlimited
        }
        do {
            return try SolarSupplyModel.profile(for: park)
        } catch {
            let (key, kind): (String, InstanceProblemKind) = switch error {
            case .badDate: ("date", .badValue)
            case .locationOutOfRange: ("lat", .outOfRange)
            case .utcOffsetOutOfRange: ("utcOffsetHours", .outOfRange)
            case .badPeakPower: ("peakKW", .badValue)
            case .lossesOutOfRange: ("losses", .outOfRange)
            case .wrongCloudFactorCount, .cloudFactorOutOfRange: ("cloudFactors", .outOfRange)
            }
            decoder.fail(kind, parkValue[key]?.line ?? parkValue.line, parkPath + "." + key, core, error.description)
            return .unlimited
        }
    }

    /// Reads the CSV a station's supply names; its problems keep the CSV's own file and lines.
    static func readCSVSupply(_ value: JSONValue, path fieldPath: String, core: String,
                              _ decoder: inout NativeFieldDecoder) -> SupplyProfile {
        guard let relative = decoder.string(value, "csv", path: fieldPath, core: core,
                                            expected: "a path to a \"time,kW\" CSV file, relative to the instance file") else {
            return .unlimited
        }
        let resolved = resolve(relative, against: decoder.problems.file)
        do {
            return try SupplyCSVReader.read(path: resolved)
        } catch let error as InstanceError where error.kinds != [.unreadableFile] {
            decoder.problems.append(contentsOf: error.problems)
            decoder.sources.suppress(core)
        } catch {
            decoder.fail(.unreadableFile, value["csv"]?.line, fieldPath + ".csv", core,
                         "cannot read the supply CSV file \(resolved) (named \"\(relative)\", relative to the instance file)")
        }
        return .unlimited
    }

    /// A CSV path relative to the folder of the instance file (absolute paths as they are).
    static func resolve(_ relative: String, against instancePath: String) -> String {
        guard !relative.hasPrefix("/"), let slash = instancePath.lastIndex(of: "/") else { return relative }
        return String(instancePath[...slash]) + relative
    }

    /// A park given inside `supply` is the station's `solarPark` too; it may not also be given
    /// beside `supply`. Problems in it were reported while reading `supply`, so it is decoded quietly.
    static func nestedSolarPark(_ nested: JSONValue, station: JSONValue, path: String,
                                _ decoder: inout NativeFieldDecoder) -> SolarPark? {
        if let sibling = station["solarPark"] {
            decoder.fail(.badValue, sibling.line, path + ".solarPark", nil,
                         "solar park given both in \"supply\" and beside it (expected it once, inside \"supply\")")
        }
        var quiet = decoder
        return decodeSolarPark(nested, fieldPath: path + ".supply.solarPark", core: path + ".solarPark", &quiet)
    }
}
