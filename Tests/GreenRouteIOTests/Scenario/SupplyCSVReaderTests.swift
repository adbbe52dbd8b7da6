import Foundation
import Testing
import GreenRouteCore
@testable import GreenRouteIO

@Suite struct SupplyCSVReaderTests {
    private func read(_ text: String) throws -> SupplyProfile {
        try SupplyCSVReader.read(contents: text, path: "supply.csv")
    }

    /// The single problem of a bad CSV text.
    private func problem(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> InstanceProblem? {
        do {
            _ = try read(text)
            Issue.record("expected an error", sourceLocation: sourceLocation)
        } catch let error as InstanceError {
            #expect(error.problems.count == 1, "\(error)", sourceLocation: sourceLocation)
            return error.problems.first
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
        }
        return nil
    }

    @Test func eachValueHoldsUntilTheNextTimestamp() throws {
        let profile = try read("""
            # forecast of the grid operator
            time,kW
            06:00,0
            06:15,1.5

            09:00,12
            18:00,0
            """)
        #expect(profile == .intervals([SupplyInterval(start: 375, end: 540, power: 1.5),
                                       SupplyInterval(start: 540, end: 1080, power: 12)]))
    }

    @Test func lastValueHoldsUntilMidnightAndTwentyFourMarksTheEnd() throws {
        #expect(try read("22:00,3\n") == .intervals([SupplyInterval(start: 1320, end: 1440, power: 3)]))
        #expect(try read("22:00,3\n23:30,5\n24:00,0\n")
            == .intervals([SupplyInterval(start: 1320, end: 1410, power: 3), SupplyInterval(start: 1410, end: 1440, power: 5)]))
    }

    @Test func isoTimesCountFromTheFirstDay() throws {
        let profile = try read("TIME,KW\n2026-06-21T10:00,4\n2026-06-21T11:30:00,0.5\n2026-06-22T00:00,0\n")
        #expect(profile == .intervals([SupplyInterval(start: 600, end: 690, power: 4), SupplyInterval(start: 690, end: 1440, power: 0.5)]))
    }

    @Test func nonMonotonicTimesNameTheirLine() {
        let found = problem("time,kW\n08:00,5\n10:00,6\n09:30,7\n")
        #expect(found?.kind == .badValue)
        #expect(found?.line == 4)
        #expect(found?.field == "time")
        #expect(found?.message.contains("line 3") == true)
        #expect(found?.description.hasPrefix("supply.csv:4: error: time: ") == true)
        #expect(problem("08:00,5\n08:00,6\n")?.line == 2)
    }

    /// `kind line field` of the single problem of a text.
    private func summary(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        guard let found = problem(text, sourceLocation: sourceLocation) else { return "none" }
        return "\(found.kind) \(found.line.map(String.init) ?? "-") \(found.field ?? "-")"
    }

    @Test func badValuesAreTyped() {
        #expect(summary("time,kW\n08:00,-2\n") == "negativeValue 2 kW")
        #expect(summary("08:00,lots\n") == "notANumber 1 kW")
        #expect(summary("08:00,nan\n") == "notFinite 1 kW")
        #expect(summary("8h00,1\n") == "badValue 1 time")
        #expect(summary("08:00,1,2\n") == "wrongColumnCount 1 -")
        #expect(summary("time,power\n08:00,1\n") == "wrongColumnCount 1 -")
        #expect(summary("08:00,1\n2026-06-21T09:00,2\n") == "badValue 2 time")
        #expect(summary("2026-06-21T09:00,2\n2026-06-23T09:00,2\n") == "outOfRange 2 time")
        #expect(summary("23:00,1\n24:30,0\n") == "outOfRange 2 time")
        #expect(summary("2026-02-30T09:00,2\n") == "badValue 1 time")
        #expect(summary("# only a comment\n\n") == "emptyFile - -")
        #expect(summary("time,kW\n") == "missingSection - -")
    }

    @Test func everyProblemOfAFileIsReported() {
        do {
            _ = try read("time,kW\n08:00,-1\n07:00,x\n09:00,2\n08:30,1\n")
            Issue.record("expected an error")
        } catch let error as InstanceError {
            #expect(error.problems.map(\.line) == [2, 3, 5])
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func unreadableFileIsReported() {
        #expect(throws: InstanceError.self) { try SupplyCSVReader.read(path: "/nonexistent/greenroute/supply.csv") }
    }
}
