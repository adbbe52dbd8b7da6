import Foundation
import Testing
import GreenRouteCore
@testable import GreenRouteIO

@Suite struct RoundTripTests {
    /// Writes an instance as native JSON, reads it back, and expects an equal instance and
    /// the same text when written again.
    private func expectRoundTrip(_ instance: Instance, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let text = NativeInstanceWriter.write(instance)
        let back = try InstanceReader.read(contents: text, name: "ignored", path: "\(instance.name).json")
        #expect(back == instance, sourceLocation: sourceLocation)
        #expect(NativeInstanceWriter.write(back) == text, sourceLocation: sourceLocation)
    }

    @Test(arguments: ["evrptw/c101C5.txt", "evrptw/rc204C15.txt", "evrptw/r201_21.txt"])
    func schneiderInstanceSurvivesNativeJSON(_ file: String) throws {
        let instance = try InstanceReader.read(path: TestPaths.instances.appendingPathComponent(file).path)
        try expectRoundTrip(instance)
        let text = NativeInstanceWriter.write(instance)
        #expect(text.contains("\"timeUnit\": \"abstract\""))
        #expect(text.contains("\"charging\": \"full\""))
    }

    @Test(arguments: ["solomon/c101.txt", "solomon/rc201.txt"])
    func solomonInstanceSurvivesNativeJSON(_ file: String) throws {
        let instance = try InstanceReader.read(path: TestPaths.instances.appendingPathComponent(file).path)
        try expectRoundTrip(instance)
    }

    @Test func nativeMatrixWithGreenSupplySurvives() throws {
        let instance = try InstanceReader.read(path: TestPaths.fixture("NativeMatrixWithGreenSupply.json"))
        #expect(instance.name == "matrix-green")
        #expect(instance.charging == .full)
        #expect(instance.depot.open == 390)
        #expect(instance.customers[1].service == 0)
        #expect(instance.vehicleTypes[0].initialCharge == 20.5)
        #expect(instance.vehicleTypes[1].count == nil)
        #expect(instance.stations[0].supply == .intervals([SupplyInterval(start: 540, end: 720, power: 33.3),
                                                           SupplyInterval(start: 720, end: 900.5, power: 0.1)]))
        #expect(instance.stations[0].solarPark?.cloudFactors.count == 24)
        #expect(instance.stations[1].chargers == nil && instance.stations[1].supply == .unlimited)
        // The file lists nodes as S1, C2, D, S2, C1; the instance orders them D, C1, C2, S1, S2.
        let depot = 0, c1 = 1, c2 = 2, s1 = 3, s2 = 4
        #expect(instance.distance(depot, c1) == 5.0)
        #expect(instance.distance(s1, depot) == 3.25)
        #expect(instance.distance(c2, s2) == 9.5)
        #expect(instance.travelTime(s2, c1) == 7.8)
        try expectRoundTrip(instance)
    }

    @Test func sofiaInstanceParsesAndSurvives() throws {
        let instance = try InstanceReader.read(path: TestPaths.instances.appendingPathComponent("green/sofia-5-summer.json").path)
        #expect(instance.name == "sofia-5-summer")
        #expect(instance.customers.count == 5 && instance.stations.count == 2)
        #expect(instance.metric == .greatCircle(roadFactor: 1.3))
        #expect(instance.depot.open == 420 && instance.depot.close == 1140)
        #expect(instance.stations.map(\.chargers) == [2, 1])
        #expect(instance.hasGreenLimits)
        #expect(instance.metadata["source"]?.contains("hand-written") == true)
        try expectRoundTrip(instance)
    }

    @Test func numbersSurviveExactly() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let value = Double(bitPattern: generator.next() & 0x7FEF_FFFF_FFFF_FFFF) * (Bool.random() ? 1 : -1)
            let text = TextNumbers.format(value)
            let parsed = try JSONParser.parse(text, file: "number")
            #expect(parsed.kind == .number(value, text: text))
        }
    }

    @Test func clockTimesAreMinutesSinceMidnight() {
        #expect(NativeFieldDecoder.minutes(fromClock: "07:05") == 425)
        #expect(NativeFieldDecoder.minutes(fromClock: "7:05") == 425)
        #expect(NativeFieldDecoder.minutes(fromClock: "26:00") == 1560)
        #expect(NativeFieldDecoder.minutes(fromClock: "10:60") == nil)
        #expect(NativeFieldDecoder.minutes(fromClock: "10-00") == nil)
        #expect(NativeFieldDecoder.minutes(fromClock: "1:5") == nil)
    }
}
