import GreenRouteCore

/// `routes.geojson` for GIS tools (RFC 7946): a FeatureCollection with one LineString per
/// route (coordinates `[longitude, latitude]`, depot to depot) and one Point per stop.
///
/// Only for latitude/longitude instances (``PlanReport/geoJSON()`` checks); stops at places
/// the instance does not know (hand-edited plans) are left out.
enum RoutesGeoJSON {
    static func text(stops: [[ReportStop]], plan: Plan, format: ReportFormat) -> String? {
        var features: [String] = []
        for route in stops {
            guard let van = route.first?.van else { continue }
            var coordinates: [String] = []
            for item in route {
                guard case .geographic(let latitude, let longitude)? = item.location else { continue }
                coordinates.append("[\(number(longitude)),\(number(latitude))]")
            }
            let planRoute = plan.routes[van - 1]
            let properties = [
                ("kind", string("route")), ("van", "\(van)"), ("vehicle_type", string(planRoute.vehicleType)),
                ("distance", number(planRoute.distance)), ("stops", "\(route.count)"),
                ("stroke", string(VanPalette.colour(van: van))),
            ]
            features.append(feature(geometry: "{\"type\":\"LineString\",\"coordinates\":[" + coordinates.joined(separator: ",") + "]}",
                                    properties: properties))
        }
        for route in stops {
            for item in route {
                guard case .geographic(let latitude, let longitude)? = item.location else { continue }
                let stop = item.stop
                let time: (Duration) -> String = { format.usesClock ? string(format.time($0)) : number($0) }
                let properties = [
                    ("kind", string(item.kindName)), ("van", "\(item.van)"), ("sequence", "\(item.sequence)"),
                    ("place", string(stop.node)), ("arrival", time(stop.arrival)), ("service_start", time(stop.start)),
                    ("departure", time(stop.departure)), ("load_arrival", number(stop.loadArrival)),
                    ("load_departure", number(stop.loadDeparture)), ("charge_arrival", number(stop.chargeArrival)),
                    ("charge_departure", number(stop.chargeDeparture)), ("energy_charged", number(item.energyCharged)),
                    ("marker-color", string(VanPalette.colour(van: item.van))),
                ]
                features.append(feature(geometry: "{\"type\":\"Point\",\"coordinates\":[\(number(longitude)),\(number(latitude))]}",
                                        properties: properties))
            }
        }
        return "{\"type\":\"FeatureCollection\",\"features\":[\n" + features.joined(separator: ",\n") + "\n]}\n"
    }

    private static func feature(geometry: String, properties: [(String, String)]) -> String {
        let members = properties.map { string($0.0) + ":" + $0.1 }.joined(separator: ",")
        return "{\"type\":\"Feature\",\"geometry\":\(geometry),\"properties\":{\(members)}}"
    }

    /// A JSON number: Swift's shortest round-tripping form, `null` for non-finite values.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    /// A JSON string with quotes, backslashes and control characters escaped.
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
