import Foundation
import Testing
import GreenRouteCore
@testable import GreenRouteIO

@Suite struct NativeFormatTests {
    /// The keys the reader accepts must be the keys the schema documents.
    @Test func schemaDocumentsExactlyTheKeysTheReaderAccepts() throws {
        let path = TestPaths.packageRoot.appendingPathComponent("Docs/instance.schema.json").path
        let schema = try JSONParser.parse(String(contentsOfFile: path, encoding: .utf8), file: path)
        func keys(_ value: JSONValue?) -> Set<String> { Set(value?["properties"]?.members?.map(\.key) ?? []) }
        let definitions = schema["$defs"]
        #expect(keys(schema) == Set(NativeInstanceReader.topLevelKeys))
        #expect(keys(definitions?["depot"]) == Set(NativeInstanceReader.depotKeys))
        #expect(keys(definitions?["vehicleType"]) == Set(NativeInstanceReader.vehicleTypeKeys))
        #expect(keys(definitions?["customer"]) == Set(NativeInstanceReader.customerKeys))
        #expect(keys(definitions?["station"]) == Set(NativeInstanceReader.stationKeys))
        #expect(keys(definitions?["supplyInterval"]) == Set(NativeSupplyDecoder.intervalKeys))
        #expect(keys(definitions?["solarPark"]) == Set(NativeSupplyDecoder.solarParkKeys))
    }

    @Test func defaultsAreTheDocumentedOnes() throws {
        let text = """
        {"travel": {"metric": "euclidean"},
         "depot": {"id": "D", "location": {"x": 0, "y": 0}, "open": 0, "close": 600},
         "vehicleTypes": [{"id": "v", "capacity": 10, "batteryKWh": 30, "consumptionKWhPerKm": 0.2,
                           "speedKmh": 30, "maxChargePowerKW": 11}],
         "customers": [{"id": "C", "location": {"x": 1, "y": 1}, "demand": 1, "ready": 0, "due": 600}]}
        """
        let instance = try InstanceReader.read(contents: text, name: "from-file-name", path: "x.json")
        #expect(instance.name == "from-file-name")
        #expect(instance.timeUnit == .minutes && instance.charging == .partial)
        #expect(instance.stations.isEmpty && instance.metadata.isEmpty)
        let van = try #require(instance.vehicleTypes.first)
        #expect(van.count == nil && van.initialCharge == 30 && van.reserve == 0 && van.returnCharge == 0)
        #expect(van.fixedCost == 0 && van.costPerKm == 0)
        #expect(instance.customers.first?.service == 0)
    }

    @Test func crlfLineEndingsAndByteOrderMarkAreAccepted() throws {
        for file in ["SchneiderValid.txt", "SolomonValid.txt", "NativeValid.json"] {
            let text = try String(contentsOfFile: TestPaths.fixture(file), encoding: .utf8)
            let plain = try InstanceReader.read(contents: text, name: "x", path: file)
            let windows = "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n")
            #expect(try InstanceReader.read(contents: windows, name: "x", path: file) == plain)
        }
    }

    @Test func crlfKeepsLineNumbers() throws {
        let text = try String(contentsOfFile: TestPaths.fixture("SchneiderDuplicateID.txt"), encoding: .utf8)
        let windows = text.replacingOccurrences(of: "\n", with: "\r\n")
        let error = try #require(throws: InstanceError.self) {
            try InstanceReader.read(contents: windows, name: "x", path: "x.txt")
        }
        #expect(error.problems.first?.line == 7)
    }

    @Test func jsonParserKeepsLinesOfNestedValues() throws {
        let value = try JSONParser.parse("{\n \"a\": [\n  1,\n  {\"b\": \"\\u00e9\\n\"}\n ]\n}", file: "x")
        guard case .array(let items)? = value["a"]?.kind else {
            Issue.record("no array")
            return
        }
        #expect(value.line == 1 && items[0].line == 3 && items[1].line == 4)
        #expect(items[1]["b"]?.kind == .string("é\n"))
    }

    @Test(arguments: ["", "{", "[1,]", "{\"a\" 1}", "01", "1.", "\"\\x\"", "\"abc", "{\"a\":1}x", "tru", "-", "1e"])
    func malformedJSONIsReported(_ text: String) {
        #expect(throws: InstanceError.self) { try JSONParser.parse(text, file: "x") }
    }

    @Test func deepNestingIsRejectedNotCrashing() {
        let text = String(repeating: "[", count: 100_000)
        let error = #expect(throws: InstanceError.self) { try JSONParser.parse(text, file: "x") }
        #expect(error?.kinds == [.malformedJSON])
    }
}
