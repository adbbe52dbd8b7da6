import Foundation
import Testing
import GreenRouteCore
@testable import GreenRouteIO

/// Station supplies given as a grid operator CSV or as a solar park, read from native JSON.
@Suite struct DerivedSupplyTests {
    static let park = SolarPark(latitude: 42.65, longitude: 23.27, date: "2026-06-21", peakPower: 80, losses: 0.14,
                                cloudFactors: (0..<24).map { $0 < 12 ? 1.0 : 0.5 }, utcOffsetHours: 3)

    /// A small native instance whose only station has the given `supply` JSON.
    static func instanceText(supply: String, extra: String = "") -> String {
        """
        {
          "name": "derived",
          "travel": {"metric": "greatCircle", "roadFactor": 1.3},
          "depot": {"id": "D", "location": {"lat": 42.65, "lon": 23.38}, "open": "07:00", "close": "19:00"},
          "vehicleTypes": [{"id": "van", "count": 1, "capacity": 100, "batteryKWh": 75, "consumptionKWhPerKm": 0.25,
                            "speedKmh": 25, "maxChargePowerKW": 22}],
          "customers": [{"id": "C1", "location": {"lat": 42.69, "lon": 23.32}, "demand": 3, "ready": "08:00", "due": "18:00"}],
          "stations": [{"id": "S1", "location": {"lat": 42.65, "lon": 23.27}, "chargers": 2, "chargerPowerKW": 22,\(extra)
                        "supply": \(supply)}]
        }
        """
    }

    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("greenroute-supply-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private func problems(of text: String, path: String = "derived.json") -> [InstanceProblem] {
        do {
            _ = try InstanceReader.read(contents: text, name: "derived", path: path)
            Issue.record("expected an error")
        } catch let error as InstanceError {
            return error.problems
        } catch {
            Issue.record("unexpected error \(error)")
        }
        return []
    }

    @Test func solarParkInSupplyDerivesTheProfileAndSurvivesTheRoundTrip() throws {
        let instance = try InstanceReader.read(path: TestPaths.instances.appendingPathComponent("green/sofia-5-summer.json").path)
        var stations = instance.stations
        stations[0].solarPark = Self.park
        stations[0].supply = try SolarSupplyModel.profile(for: Self.park)
        let derived = Instance(name: "derived", timeUnit: .minutes, depot: instance.depot, customers: instance.customers,
                               stations: stations, vehicleTypes: instance.vehicleTypes, metric: instance.metric,
                               charging: .partial, metadata: [:])
        let text = NativeInstanceWriter.write(derived)
        #expect(text.contains("\"supply\": {\n        \"solarPark\": {"))
        let back = try InstanceReader.read(contents: text, name: "x", path: "derived.json")
        #expect(back == derived)
        #expect(back.stations[0].solarPark == Self.park)
        #expect(NativeInstanceWriter.write(back) == text)
        // The second station keeps its explicit intervals.
        #expect(back.stations[1].supply == instance.stations[1].supply && back.stations[1].solarPark == nil)
    }

    @Test func solarParkObjectIsRead() throws {
        let text = Self.instanceText(supply: """
            {"solarPark": {"lat": 42.65, "lon": 23.27, "date": "2026-12-21", "peakKW": 50, "losses": 0.1, "utcOffsetHours": 2}}
            """)
        let instance = try InstanceReader.read(contents: text, name: "x", path: "derived.json")
        let park = try #require(instance.stations[0].solarPark)
        #expect(park.cloudFactors.isEmpty && park.peakPower == 50)
        #expect(instance.stations[0].supply == (try SolarSupplyModel.profile(for: park)))
        #expect(instance.stations[0].supply.totalEnergy(timeUnit: .minutes) > 50)
    }

    @Test func badSolarParkDateNamesTheField() {
        let text = Self.instanceText(supply: """
            {"solarPark": {"lat": 42.65, "lon": 23.27, "date": "2026-06-31", "peakKW": 50, "losses": 0.1, "utcOffsetHours": 2}}
            """)
        let found = problems(of: text)
        #expect(found.map(\.kind) == [.badValue])
        #expect(found.first?.field == "stations[0].supply.solarPark.date")
        #expect(found.first?.line == 9)
    }

    @Test func parkGivenTwiceOrTwoFormsAreRejected() {
        let park = #"{"lat": 42.65, "lon": 23.27, "date": "2026-06-21", "peakKW": 50, "losses": 0.1, "utcOffsetHours": 3}"#
        let twice = problems(of: Self.instanceText(supply: "{\"solarPark\": \(park)}", extra: "\n\"solarPark\": \(park),"))
        #expect(twice.map(\.kind) == [.badValue])
        #expect(twice.first?.field == "stations[0].solarPark")
        let both = problems(of: Self.instanceText(supply: "{\"csv\": \"a.csv\", \"solarPark\": \(park)}"))
        #expect(both.map(\.kind) == [.badValue])
        #expect(both.first?.field == "stations[0].supply")
    }

    @Test func csvIsResolvedRelativeToTheInstanceFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("profiles"), withIntermediateDirectories: true)
        try "time,kW\n09:00,10\n12:00,25.5\n16:00,0\n".write(to: folder.appendingPathComponent("profiles/s1.csv"),
                                                            atomically: true, encoding: .utf8)
        let path = folder.appendingPathComponent("day.json").path
        try Self.instanceText(supply: "{\"csv\": \"profiles/s1.csv\"}").write(toFile: path, atomically: true, encoding: .utf8)
        let instance = try InstanceReader.read(path: path)
        #expect(instance.stations[0].supply == .intervals([SupplyInterval(start: 540, end: 720, power: 10),
                                                           SupplyInterval(start: 720, end: 960, power: 25.5)]))
        #expect(instance.stations[0].solarPark == nil)
        // The writer inlines the profile: the copy no longer needs the CSV.
        let copy = try InstanceReader.read(contents: NativeInstanceWriter.write(instance), name: "x", path: "/elsewhere/day.json")
        #expect(copy == instance)
    }

    @Test func csvProblemsKeepTheirFileAndLine() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "time,kW\n09:00,10\n08:00,4\n10:00,-1\n".write(to: folder.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
        let path = folder.appendingPathComponent("day.json").path
        let found = problems(of: Self.instanceText(supply: "{\"csv\": \"bad.csv\"}"), path: path)
        #expect(found.map(\.kind) == [.badValue, .negativeValue])
        #expect(found.map(\.line) == [3, 4])
        #expect(found.allSatisfy { $0.file == folder.appendingPathComponent("bad.csv").path })
        let missing = problems(of: Self.instanceText(supply: "{\"csv\": \"missing.csv\"}"), path: path)
        #expect(missing.map(\.kind) == [.unreadableFile])
        #expect(missing.first?.file == path && missing.first?.line == 9 && missing.first?.field == "stations[0].supply.csv")
    }
}
