import Foundation
import Testing
import GreenRouteCore
@testable import GreenRouteIO

@Suite struct RoutesCSVTests {
    /// Splits the CSV into header and rows of fields (the fixtures hold no quoted fields).
    private func table(_ csv: String) -> (header: [String], rows: [[String]]) {
        let lines = csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        return (lines[0], Array(lines.dropFirst()))
    }

    /// Minutes since midnight from "HH:MM".
    private func minutes(_ clock: String) -> Double {
        let parts = clock.split(separator: ":").compactMap { Double($0) }
        return parts[0] * 60 + parts[1]
    }

    @Test func oneRowPerStopWithThePlansNumbersInClockTime() throws {
        let (instance, plan) = ReportFixtures.sofiaPlan()
        let (header, rows) = table(PlanReport(instance: instance, plan: plan, violations: []).routesCSV())
        #expect(header == RoutesCSV.header)
        let stops = plan.routes.flatMap { route in route.stops.map { (route, $0) } }
        #expect(rows.count == stops.count)
        let column = Dictionary(uniqueKeysWithValues: header.enumerated().map { ($1, $0) })
        var index = 0
        for (van, route) in plan.routes.enumerated() {
            for (sequence, stop) in route.stops.enumerated() {
                let row = rows[index]
                index += 1
                #expect(row.count == header.count)
                #expect(row[column["van"]!] == "\(van + 1)")
                #expect(row[column["sequence"]!] == "\(sequence)")
                #expect(row[column["place"]!] == stop.node)
                // Clock times are rounded to the minute.
                #expect(abs(minutes(row[column["arrival"]!]) - stop.arrival) <= 0.5)
                #expect(abs(minutes(row[column["service_start"]!]) - stop.start) <= 0.5)
                #expect(abs(minutes(row[column["departure"]!]) - stop.departure) <= 0.5)
                #expect(abs(Double(row[column["load_arrival"]!])! - stop.loadArrival) <= 5e-4)
                #expect(abs(Double(row[column["load_departure"]!])! - stop.loadDeparture) <= 5e-4)
                #expect(abs(Double(row[column["charge_arrival"]!])! - stop.chargeArrival) <= 5e-4)
                #expect(abs(Double(row[column["charge_departure"]!])! - stop.chargeDeparture) <= 5e-4)
                let charged = stop.charging.reduce(0) { $0 + $1.energy }
                #expect(abs(Double(row[column["energy_charged"]!])! - charged) <= 5e-4)
                let isStation = stop.node == "SUN"
                #expect(row[column["station"]!] == (isStation ? "SUN" : ""))
                #expect(row[column["kind"]!] == (isStation ? "station" : (stop.node == "DEPOT" ? "depot" : "customer")))
            }
        }
        // Both vans charge: the plan is not trivially zero.
        #expect(rows.filter { $0[column["station"]!] == "SUN" }.count == 2)
    }

    @Test func abstractTimesAreNumbers() throws {
        let (instance, plan) = ReportFixtures.planePlan()
        let (header, rows) = table(PlanReport(instance: instance, plan: plan, violations: []).routesCSV())
        let arrival = header.firstIndex(of: "arrival")!
        let stops = plan.routes.flatMap(\.stops)
        #expect(rows.count == stops.count)
        for (row, stop) in zip(rows, stops) {
            #expect(abs(Double(row[arrival])! - stop.arrival) <= 5e-4)
        }
    }

    @Test func fieldsWithCommasOrQuotesAreQuoted() {
        #expect(RoutesCSV.quoted("plain") == "plain")
        #expect(RoutesCSV.quoted("a,b") == "\"a,b\"")
        #expect(RoutesCSV.quoted("say \"hi\"") == "\"say \"\"hi\"\"\"")
    }
}
