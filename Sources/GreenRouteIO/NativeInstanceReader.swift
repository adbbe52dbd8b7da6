import GreenRouteCore

/// Reads GreenRoute's own JSON instance format (Docs/instance-format.md): real units (km,
/// minutes since midnight, kWh, kW, km/h), or abstract units with `"timeUnit": "abstract"`.
/// Every problem names file, line and JSON path; all problems of a file are reported at once
/// (syntax errors excepted: they stop the parse).
public enum NativeInstanceReader {
    static let topLevelKeys = ["$schema", "name", "timeUnit", "charging", "travel", "depot", "vehicleTypes",
                               "customers", "stations", "metadata"]
    static let depotKeys = ["id", "location", "open", "close"]
    static let vehicleTypeKeys = ["id", "count", "capacity", "batteryKWh", "consumptionKWhPerKm", "speedKmh",
                                  "maxChargePowerKW", "initialChargeKWh", "reserveKWh", "returnChargeKWh",
                                  "fixedCost", "costPerKm"]
    static let customerKeys = ["id", "location", "demand", "ready", "due", "serviceMinutes"]
    static let stationKeys = ["id", "location", "chargers", "chargerPowerKW", "supply", "solarPark"]

    /// Parses native JSON text; `name` is used when the file has no `name` field, `path` in errors.
    public static func read(contents: String, name: String, path: String) throws -> Instance {
        let root = try JSONParser.parse(contents, file: path)
        var decoder = NativeFieldDecoder(file: path)
        guard decoder.isObject(root, path: "", core: "instance") else { throw decoder.problems.error }
        decoder.rejectUnknownKeys(root, path: "", allowed: topLevelKeys)
        let instanceName = decoder.string(root, "name", path: "", core: nil, required: false) ?? name
        let unit = decoder.choice(root, "timeUnit", path: "", core: nil, choices: ["minutes", "abstract"], required: false)
        decoder.timeUnit = unit.flatMap(TimeUnit.init(rawValue:)) ?? .minutes
        let mode = decoder.choice(root, "charging", path: "", core: nil, choices: ["partial", "full"], required: false)
        let charging = mode.flatMap(ChargingMode.init(rawValue:)) ?? .partial

        let depot = readDepot(root, &decoder)
        let vehicleTypes = list(root, "vehicleTypes", required: true, &decoder) { readVehicleType($0, $1, &$2) }
        let customers = list(root, "customers", required: true, &decoder) { readCustomer($0, $1, &$2) }
        let stations = list(root, "stations", required: false, &decoder) { readStation($0, $1, &$2) }
        let nodeIDs = [depot.id] + customers.map(\.id) + stations.map(\.id)
        let metric = NativeTravelDecoder.read(root, nodeIDs: nodeIDs, &decoder)
        let metadata = readMetadata(root, &decoder)

        let instance = Instance(name: instanceName, timeUnit: decoder.timeUnit, depot: depot, customers: customers,
                                stations: stations, vehicleTypes: vehicleTypes, metric: metric, charging: charging,
                                metadata: metadata)
        var problems = decoder.problems
        problems.append(contentsOf: InstanceValidator.problems(of: instance, sources: decoder.sources))
        try problems.throwIfAny()
        return instance
    }

    /// Reads an array of objects with `element`; a missing optional array is empty.
    private static func list<Element>(_ root: JSONValue, _ key: String, required: Bool, _ decoder: inout NativeFieldDecoder,
                                      element: (JSONValue, String, inout NativeFieldDecoder) -> Element) -> [Element] {
        guard let value = decoder.member(root, key, path: "", core: key, required: required, expected: "an array of objects") else {
            return []
        }
        guard case .array(let items) = value.kind else {
            decoder.fail(.wrongType, value.line, key, key, "found \(decoder.describe(value)) (expected an array of objects)")
            return []
        }
        var result: [Element] = []
        for (index, item) in items.enumerated() {
            let path = "\(key)[\(index)]"
            decoder.sources.record(path, line: item.line, field: path)
            if decoder.isObject(item, path: path, core: path) {
                result.append(element(item, path, &decoder))
            } else {
                result.append(element(JSONValue(.object([]), line: item.line), path, &decoder))
            }
        }
        return result
    }

    static func readLocation(_ object: JSONValue, path: String, _ decoder: inout NativeFieldDecoder) -> Location {
        let fieldPath = NativeFieldDecoder.join(path, "location")
        let core = path + ".location"
        let placeholder = Location.plane(x: 0, y: 0)
        guard let value = decoder.member(object, "location", path: path, core: core, required: true,
                                         expected: "an object {\"x\", \"y\"} or {\"lat\", \"lon\"}"),
              decoder.isObject(value, path: fieldPath, core: core) else { return placeholder }
        if value["lat"] != nil || value["lon"] != nil {
            decoder.rejectUnknownKeys(value, path: fieldPath, allowed: ["lat", "lon"])
            let latitude = decoder.number(value, "lat", path: fieldPath, core: core + ".lat", expected: "latitude in degrees")
            let longitude = decoder.number(value, "lon", path: fieldPath, core: core + ".lon", expected: "longitude in degrees")
            guard let latitude, let longitude else { decoder.sources.suppress(core); return placeholder }
            return .geographic(latitude: latitude, longitude: longitude)
        }
        decoder.rejectUnknownKeys(value, path: fieldPath, allowed: ["x", "y"])
        let x = decoder.number(value, "x", path: fieldPath, core: core + ".x")
        let y = decoder.number(value, "y", path: fieldPath, core: core + ".y")
        guard let x, let y else { decoder.sources.suppress(core); return placeholder }
        return .plane(x: x, y: y)
    }

    private static func readDepot(_ root: JSONValue, _ decoder: inout NativeFieldDecoder) -> Depot {
        let placeholder = Depot(id: "", location: .plane(x: 0, y: 0), open: 0, close: 0)
        guard let object = decoder.member(root, "depot", path: "", core: "depot", required: true,
                                          expected: "an object {\"id\", \"location\", \"open\", \"close\"}"),
              decoder.isObject(object, path: "depot", core: "depot") else { return placeholder }
        decoder.rejectUnknownKeys(object, path: "depot", allowed: depotKeys)
        let id = decoder.string(object, "id", path: "depot", core: "depot.id") ?? ""
        let location = readLocation(object, path: "depot", &decoder)
        let open = decoder.time(object, "open", path: "depot", core: "depot.open") ?? 0
        let close = decoder.time(object, "close", path: "depot", core: "depot.close") ?? open
        return Depot(id: id, location: location, open: open, close: close)
    }

    private static func readVehicleType(_ object: JSONValue, _ path: String, _ decoder: inout NativeFieldDecoder) -> VehicleType {
        decoder.rejectUnknownKeys(object, path: path, allowed: vehicleTypeKeys)
        func number(_ key: String, _ core: String, _ expected: String, default fallback: Double? = nil) -> Double? {
            decoder.number(object, key, path: path, core: path + "." + core, required: fallback == nil, expected: expected) ?? fallback
        }
        let id = decoder.string(object, "id", path: path, core: path + ".id") ?? ""
        let count = decoder.integer(object, "count", path: path, core: path + ".count", required: false,
                                    expected: "a whole number of vans, or null for unlimited")
        let battery = number("batteryKWh", "battery", "battery capacity in kWh") ?? 0
        return VehicleType(
            id: id, count: count,
            capacity: number("capacity", "capacity", "load capacity") ?? 0,
            battery: battery,
            consumption: number("consumptionKWhPerKm", "consumption", "consumption in kWh per km") ?? 0,
            speed: number("speedKmh", "speed", "speed in km/h") ?? 1,
            maxChargePower: number("maxChargePowerKW", "maxChargePower", "maximum charging power in kW") ?? 1,
            initialCharge: number("initialChargeKWh", "initialCharge", "initial charge in kWh", default: battery),
            reserve: number("reserveKWh", "reserve", "reserve in kWh", default: 0) ?? 0,
            returnCharge: number("returnChargeKWh", "returnCharge", "return charge in kWh", default: 0) ?? 0,
            fixedCost: number("fixedCost", "fixedCost", "cost per used van", default: 0) ?? 0,
            costPerKm: number("costPerKm", "costPerKm", "cost per km", default: 0) ?? 0)
    }

    private static func readCustomer(_ object: JSONValue, _ path: String, _ decoder: inout NativeFieldDecoder) -> Customer {
        decoder.rejectUnknownKeys(object, path: path, allowed: customerKeys)
        let id = decoder.string(object, "id", path: path, core: path + ".id") ?? ""
        let location = readLocation(object, path: path, &decoder)
        let demand = decoder.number(object, "demand", path: path, core: path + ".demand", expected: "demand in load units") ?? 0
        let ready = decoder.time(object, "ready", path: path, core: path + ".ready") ?? 0
        let due = decoder.time(object, "due", path: path, core: path + ".due") ?? ready
        let service = decoder.number(object, "serviceMinutes", path: path, core: path + ".service", required: false,
                                     expected: "service duration in minutes") ?? 0
        return Customer(id: id, location: location, demand: demand, ready: ready, due: due, service: service)
    }

    private static func readStation(_ object: JSONValue, _ path: String, _ decoder: inout NativeFieldDecoder) -> ChargingStation {
        decoder.rejectUnknownKeys(object, path: path, allowed: stationKeys)
        let id = decoder.string(object, "id", path: path, core: path + ".id") ?? ""
        let location = readLocation(object, path: path, &decoder)
        let chargers = decoder.integer(object, "chargers", path: path, core: path + ".chargers", required: false,
                                       expected: "a whole number of chargers, or null for unlimited")
        let power = decoder.number(object, "chargerPowerKW", path: path, core: path + ".chargerPower", required: false,
                                   expected: "power per charger in kW, or null for unlimited")
        let supply = NativeSupplyDecoder.readSupply(object, path: path, &decoder)
        let park = NativeSupplyDecoder.readSolarPark(object, path: path, &decoder)
        return ChargingStation(id: id, location: location, chargers: chargers, chargerPower: power, supply: supply, solarPark: park)
    }

    private static func readMetadata(_ root: JSONValue, _ decoder: inout NativeFieldDecoder) -> [String: String] {
        guard let value = decoder.member(root, "metadata", path: "", core: nil, required: false, expected: "an object"),
              decoder.isObject(value, path: "metadata", core: "metadata") else { return [:] }
        var metadata: [String: String] = [:]
        for member in value.members ?? [] {
            if case .string(let text) = member.value.kind {
                metadata[member.key] = text
            } else {
                decoder.fail(.wrongType, member.value.line, "metadata." + member.key, nil,
                             "found \(decoder.describe(member.value)) (expected a string)")
            }
        }
        return metadata
    }
}
