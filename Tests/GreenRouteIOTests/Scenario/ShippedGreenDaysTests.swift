import Foundation
import Testing
import GreenRouteCore
@testable import GreenRouteIO

/// The generated days shipped in Instances/green: each parses, has no provably unservable
/// customer, and is exactly what its metadata command line generates.
@Suite struct ShippedGreenDaysTests {
    static let folder = TestPaths.instances.appendingPathComponent("green")

    /// The shipped files written by `greenroute generate` (those with a `generator` entry).
    static func generatedDays() throws -> [(file: String, instance: Instance)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { ($0, try InstanceReader.read(path: folder.appendingPathComponent($0).path)) }
            .filter { $0.1.metadata["generator"] != nil }
    }

    @Test func everySizeSeasonAndWeatherIsShipped() throws {
        let days = try Self.generatedDays()
        #expect(Set(days.map(\.instance.customers.count)).isSuperset(of: [5, 10, 15, 40, 100, 400]))
        let names = days.map(\.file).joined(separator: " ")
        for word in ["summer", "winter", "sunny", "cloudy", "mixed", "sofia", "plovdiv"] { #expect(names.contains(word)) }
    }

    @Test func everyShippedDayIsServableAndGreenLimited() throws {
        for (file, instance) in try Self.generatedDays() {
            #expect(FeasibilityAnalysis(instance).unreachable.isEmpty, "\(file)")
            #expect(instance.hasGreenLimits && instance.stations.allSatisfy { $0.solarPark != nil }, "\(file)")
            #expect(instance.name + ".json" == file)
        }
    }

    @Test func everyShippedDayIsReproducedByItsCommandLine() throws {
        for (file, instance) in try Self.generatedDays() {
            let command = try #require(instance.metadata["generator"])
            #expect(command.hasSuffix("--output Instances/green/\(file)"), "\(file)")
            let regenerated = try ScenarioGenerator.generate(try ScenarioRequest(commandLine: command))
            #expect(regenerated == instance, "\(file)")
            let text = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
            #expect(NativeInstanceWriter.write(regenerated) == text, "\(file)")
        }
    }

    @Test func gridOperatorCSVExampleIsRead() throws {
        let instance = try InstanceReader.read(path: Self.folder.appendingPathComponent("sofia-5-summer-grid.json").path)
        guard case .intervals(let list) = instance.stations[0].supply else { Issue.record("expected intervals"); return }
        #expect(list.count == 14)
        #expect(list.first == SupplyInterval(start: 360, end: 420, power: 2.5))
        #expect(list.last == SupplyInterval(start: 1140, end: 1200, power: 2))
        #expect(instance.stations[0].supply.totalEnergy(timeUnit: .minutes) == 311)
        #expect(FeasibilityAnalysis(instance).unreachable.isEmpty)
    }
}
