import Foundation
import Testing
import GreenRouteCore
@testable import GreenRouteIO

@Suite struct PlanFileTests {
    static func samplePlan(bound: Double? = nil, number: Double = 123.456) -> Plan {
        let stops = [
            PlanStop(node: "D0", arrival: 0, start: 0, departure: 0, loadArrival: 30, loadDeparture: 30,
                     chargeArrival: 77.75, chargeDeparture: 77.75),
            PlanStop(node: "C30", arrival: 20.615528128088304, start: 355, departure: 445, loadArrival: 30,
                     loadDeparture: 20, chargeArrival: 57.13447187191169, chargeDeparture: 57.13447187191169),
            PlanStop(node: "S5", arrival: 480.1, start: 480.1, departure: 520.3, loadArrival: 20, loadDeparture: 20,
                     chargeArrival: 10, chargeDeparture: 21.5,
                     charging: [ChargingSegment(start: 480.1, end: 500, power: 1 / 3.47, energy: 5.7348703170028816),
                                ChargingSegment(start: 505, end: 520.3, power: 0.1, energy: number)]),
            PlanStop(node: "D0", arrival: 600, start: 600, departure: 600, loadArrival: 20, loadDeparture: 20,
                     chargeArrival: 3, chargeDeparture: 3),
        ]
        let kpis = PlanKPIs(totalDuration: 600, waiting: 12.5, energyConsumed: 80.1, energyCharged: 11.5,
                            energyPerStation: [StationEnergy(station: "S5", energy: 11.5)], greenSharePercent: 100,
                            energyLeft: 3, cost: 257.75)
        return Plan(instance: "c101C5", solver: "heuristic", status: .feasible, objective: .hierarchical, charging: .full,
                    vehicles: 1, distance: 257.7512345, bound: bound, gapPercent: bound == nil ? nil : 1.25, seconds: 0.5,
                    seed: 7, routes: [PlanRoute(vehicleType: "ev", stops: stops, distance: 257.7512345)],
                    unassigned: [UnassignedCustomer(customer: "C12", reason: "window unreachable")], kpis: kpis,
                    notes: ["a note with \"quotes\" and ünïcödé"])
    }

    @Test func planSurvivesJSON() throws {
        for plan in [Self.samplePlan(), Self.samplePlan(bound: 250.5)] {
            let text = PlanWriter.json(plan)
            let back = try PlanReader.read(contents: text, path: "plan.json")
            #expect(back == plan)
            #expect(PlanWriter.json(back) == text)
        }
    }

    @Test func largestSeedSurvivesThePlanFile() throws {
        var plan = Self.samplePlan()
        plan.seed = UInt64.max
        let text = PlanWriter.json(plan)
        #expect(text.contains("18446744073709551615"))
        #expect(try PlanReader.read(contents: text, path: "p").seed == UInt64.max)
    }

    @Test func seededRandomNumbersSurviveThePlanFile() throws {
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<200 {
            let value = Double(bitPattern: generator.next() & 0x7FEF_FFFF_FFFF_FFFF)
            let plan = Self.samplePlan(number: value)
            #expect(try PlanReader.read(contents: PlanWriter.json(plan), path: "p") == plan)
        }
    }

    @Test func absentFiguresAreWrittenAsNullAndKeysAreSorted() throws {
        let text = PlanWriter.json(Self.samplePlan())
        #expect(text.contains("\"bound\": null"))
        #expect(text.contains("\"gapPercent\": null"))
        let root = try JSONParser.parse(text, file: "plan")
        let keys = root.members?.map(\.key) ?? []
        #expect(keys == keys.sorted())
        #expect(keys.contains("routes") && keys.contains("instance") && keys.contains("status"))
    }

    @Test func infiniteNumbersAreWrittenAsStrings() throws {
        var plan = Self.samplePlan()
        plan.seconds = .infinity
        let text = PlanWriter.json(plan)
        #expect(text.contains("\"seconds\": \"inf\""))
        #expect(try PlanReader.read(contents: text, path: "p").seconds == .infinity)
    }

    /// The plan's text with one replacement, and the line of the replaced text.
    private func broken(_ old: String, _ new: String) throws -> (text: String, line: Int) {
        let text = PlanWriter.json(Self.samplePlan())
        let range = try #require(text.range(of: old))
        let line = text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
        return (text.replacingCharacters(in: range, with: new), line)
    }

    @Test func wrongTypeNamesLineAndField() throws {
        let (text, line) = try broken("\"vehicles\": 1", "\"vehicles\": \"one\"")
        let error = try #require(throws: InstanceError.self) { try PlanReader.read(contents: text, path: "p.json") }
        #expect(error.kinds == [.wrongType])
        #expect(error.problems.first?.line == line)
        #expect(error.problems.first?.field == "vehicles")
    }

    @Test func missingNestedFieldNamesItsPath() throws {
        let (text, _) = try broken("\"node\": \"C30\",", "")
        let error = try #require(throws: InstanceError.self) { try PlanReader.read(contents: text, path: "p.json") }
        #expect(error.kinds == [.missingField])
        #expect(error.problems.first?.field == "routes[0].stops[1].node")
        // A missing field is reported on the line where its object opens.
        let root = try JSONParser.parse(text, file: "p.json")
        guard case .array(let routes)? = root["routes"]?.kind, case .array(let stops)? = routes.first?["stops"]?.kind else {
            Issue.record("no routes[0].stops in the plan text")
            return
        }
        #expect(error.problems.first?.line == stops[1].line)
    }

    @Test func unknownStatusIsABadValue() throws {
        let (text, line) = try broken("\"status\": \"feasible\"", "\"status\": \"great\"")
        let error = try #require(throws: InstanceError.self) { try PlanReader.read(contents: text, path: "p.json") }
        #expect(error.kinds == [.badValue])
        #expect(error.problems.first?.field == "status")
        #expect(error.problems.first?.line == line)
    }

    @Test func malformedPlanNamesTheLine() throws {
        let (text, line) = try broken("\"solver\": \"heuristic\",", "\"solver\": \"heuristic\"")
        let error = try #require(throws: InstanceError.self) { try PlanReader.read(contents: text, path: "p.json") }
        #expect(error.kinds == [.malformedJSON])
        #expect(error.problems.first?.line == line + 1)
    }

    @Test func missingPlanFileIsUnreadable() throws {
        let error = try #require(throws: InstanceError.self) { try PlanReader.read(path: "/nonexistent/plan.json") }
        #expect(error.kinds == [.unreadableFile])
    }
}

/// SplitMix64: a small seeded generator for reproducible test data.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
