import Foundation
import GreenRouteCore

/// `routes.csv`: one row per stop of every route, with a header (RFC 4180 quoting).
///
/// Times are "HH:MM" for minute-based instances and numbers otherwise; loads, charges
/// (kWh) and energy charged (kWh) are numbers with at most 3 decimals.
enum RoutesCSV {
    /// The column names, in order.
    static let header = ["van", "vehicle_type", "sequence", "place", "kind", "arrival", "service_start", "departure",
                         "load_arrival", "load_departure", "charge_arrival", "charge_departure", "energy_charged", "station"]

    static func text(stops: [[ReportStop]], plan: Plan, format: ReportFormat) -> String {
        var lines = [header.joined(separator: ",")]
        for route in stops {
            for item in route {
                let stop = item.stop
                let vehicleType = plan.routes[item.van - 1].vehicleType
                let time: (Duration) -> String = { format.usesClock ? format.time($0) : ReportFormat.compact($0) }
                let fields = [
                    "\(item.van)", vehicleType, "\(item.sequence)", stop.node, item.kindName,
                    time(stop.arrival), time(stop.start), time(stop.departure),
                    ReportFormat.compact(stop.loadArrival), ReportFormat.compact(stop.loadDeparture),
                    ReportFormat.compact(stop.chargeArrival), ReportFormat.compact(stop.chargeDeparture),
                    ReportFormat.compact(item.energyCharged), item.stationID ?? "",
                ]
                lines.append(fields.map(quoted).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A field quoted when it holds a comma, a quote or a line break (quotes doubled).
    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
