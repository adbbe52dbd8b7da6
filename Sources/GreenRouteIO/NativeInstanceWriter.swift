import Foundation
import GreenRouteCore

/// Writes an instance as GreenRoute JSON (Docs/instance-format.md): pretty, with a fixed key
/// order, every field written (defaults included), numbers in Swift's shortest exact form, so
/// that reading the text back gives an equal (`==`) instance. Benchmark instances are written
/// with `"timeUnit": "abstract"`.
public enum NativeInstanceWriter {
    /// The JSON text of an instance (ends with a newline).
    public static func write(_ instance: Instance) -> String {
        JSONPrinter.print(value(of: instance))
    }

    /// Writes the JSON text of an instance to a file.
    public static func write(_ instance: Instance, toPath path: String) throws {
        try write(instance).write(toFile: path, atomically: true, encoding: .utf8)
    }

    static func value(of instance: Instance) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("name", .string(instance.name)),
            ("timeUnit", .string(instance.timeUnit.rawValue)),
            ("charging", .string(instance.charging.rawValue)),
            ("travel", travel(instance)),
            ("depot", .object([("id", .string(instance.depot.id)), ("location", location(instance.depot.location)),
                               ("open", .number(instance.depot.open)), ("close", .number(instance.depot.close))])),
            ("vehicleTypes", .array(instance.vehicleTypes.map(vehicleType))),
            ("customers", .array(instance.customers.map(customer))),
            ("stations", .array(instance.stations.map(station))),
        ]
        let metadata = instance.metadata.sorted { $0.key < $1.key }.map { ($0.key, JSONValue.string($0.value)) }
        members.append(("metadata", .object(metadata)))
        return .object(members)
    }

    private static func number(_ value: Double?) -> JSONValue {
        value.map { JSONValue.number($0) } ?? .null
    }

    private static func location(_ location: Location) -> JSONValue {
        switch location {
        case .plane(let x, let y): return .object([("x", .number(x)), ("y", .number(y))])
        case .geographic(let latitude, let longitude): return .object([("lat", .number(latitude)), ("lon", .number(longitude))])
        }
    }

    private static func travel(_ instance: Instance) -> JSONValue {
        switch instance.metric {
        case .euclidean:
            return .object([("metric", .string("euclidean"))])
        case .greatCircle(let roadFactor):
            return .object([("metric", .string("greatCircle")), ("roadFactor", .number(roadFactor))])
        case .matrix(let distance, let time):
            let ids = [instance.depot.id] + instance.customers.map(\.id) + instance.stations.map(\.id)
            var members: [(String, JSONValue)] = [
                ("metric", .string("matrix")),
                ("nodes", .array(ids.map { .string($0) })),
                ("distanceKm", .array(distance.map { .array($0.map { .number($0) }) })),
            ]
            if let time { members.append(("timeMinutes", .array(time.map { .array($0.map { .number($0) }) }))) }
            return .object(members)
        }
    }

    private static func vehicleType(_ type: VehicleType) -> JSONValue {
        .object([
            ("id", .string(type.id)),
            ("count", type.count.map { .integer($0) } ?? .null),
            ("capacity", .number(type.capacity)),
            ("batteryKWh", .number(type.battery)),
            ("consumptionKWhPerKm", .number(type.consumption)),
            ("speedKmh", .number(type.speed)),
            ("maxChargePowerKW", .number(type.maxChargePower)),
            ("initialChargeKWh", .number(type.initialCharge)),
            ("reserveKWh", .number(type.reserve)),
            ("returnChargeKWh", .number(type.returnCharge)),
            ("fixedCost", .number(type.fixedCost)),
            ("costPerKm", .number(type.costPerKm)),
        ])
    }

    private static func customer(_ customer: Customer) -> JSONValue {
        .object([
            ("id", .string(customer.id)),
            ("location", location(customer.location)),
            ("demand", .number(customer.demand)),
            ("ready", .number(customer.ready)),
            ("due", .number(customer.due)),
            ("serviceMinutes", .number(customer.service)),
        ])
    }

    private static func station(_ station: ChargingStation) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(station.id)),
            ("location", location(station.location)),
            ("chargers", station.chargers.map { .integer($0) } ?? .null),
            ("chargerPowerKW", number(station.chargerPower)),
        ]
        if let park = station.solarPark, (try? SolarSupplyModel.profile(for: park)) == station.supply {
            // The profile is the park's: write the park alone, the reader derives the same profile.
            members.append(("supply", .object([("solarPark", solarPark(park))])))
            return .object(members)
        }
        switch station.supply {
        case .unlimited:
            members.append(("supply", .string("unlimited")))
        case .intervals(let intervals):
            let list = intervals.map { JSONValue.object([("start", .number($0.start)), ("end", .number($0.end)), ("kW", .number($0.power))]) }
            members.append(("supply", .object([("intervals", .array(list))])))
        }
        if let park = station.solarPark {
            members.append(("solarPark", solarPark(park)))
        }
        return .object(members)
    }

    private static func solarPark(_ park: SolarPark) -> JSONValue {
        .object([
            ("lat", .number(park.latitude)), ("lon", .number(park.longitude)), ("date", .string(park.date)),
            ("peakKW", .number(park.peakPower)), ("losses", .number(park.losses)),
            ("cloudFactors", .array(park.cloudFactors.map { .number($0) })),
            ("utcOffsetHours", .number(park.utcOffsetHours)),
        ])
    }
}
