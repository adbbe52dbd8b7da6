import GreenRouteCore

/// Reads a station's `supply` (`"unlimited"` or `{"intervals": [{"start", "end", "kW"}, ...]}`)
/// and optional `solarPark` description of a native instance.
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
        guard let value = decoder.member(station, "solarPark", path: path, core: core, required: false, expected: "an object"),
              decoder.isObject(value, path: fieldPath, core: core) else { return nil }
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
