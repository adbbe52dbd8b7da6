import Foundation
import Testing
import GreenRouteCore
@testable import GreenRouteIO

/// One defect fixture and the first problem it must produce.
struct BadInputCase: Sendable, CustomTestStringConvertible {
    var file: String
    var kind: InstanceProblemKind
    var line: Int?
    var field: String?

    init(_ file: String, _ kind: InstanceProblemKind, line: Int?, field: String?) {
        self.file = file
        self.kind = kind
        self.line = line
        self.field = field
    }

    var testDescription: String { file }
}

@Suite struct BadInputTests {
    static let cases: [BadInputCase] = [
        // Schneider
        BadInputCase("SchneiderMissingBatteryParameter.txt", .missingParameter, line: 12, field: "Q"),
        BadInputCase("SchneiderDuplicateParameter.txt", .duplicateParameter, line: 14, field: "Q"),
        BadInputCase("SchneiderNonNumericDemand.txt", .notANumber, line: 6, field: "demand"),
        BadInputCase("SchneiderNaNCoordinate.txt", .notFinite, line: 7, field: "x"),
        BadInputCase("SchneiderNegativeCapacity.txt", .negativeValue, line: 10, field: "C"),
        BadInputCase("SchneiderNegativeServiceTime.txt", .negativeValue, line: 6, field: "ServiceTime"),
        BadInputCase("SchneiderZeroRechargingRate.txt", .nonPositiveValue, line: 12, field: "g"),
        BadInputCase("SchneiderZeroSpeed.txt", .nonPositiveValue, line: 13, field: "v"),
        BadInputCase("SchneiderDuplicateID.txt", .duplicateID, line: 7, field: "StringID"),
        BadInputCase("SchneiderTimeWindowClosesBeforeOpening.txt", .windowClosesBeforeOpening, line: 5, field: "DueDate"),
        BadInputCase("SchneiderWrongColumnCount.txt", .wrongColumnCount, line: 6, field: nil),
        BadInputCase("SchneiderUnknownNodeType.txt", .unknownNodeType, line: 5, field: "Type"),
        BadInputCase("SchneiderMissingDepot.txt", .missingDepot, line: nil, field: nil),
        BadInputCase("SchneiderTwoDepots.txt", .multipleDepots, line: 4, field: "Type"),
        BadInputCase("SchneiderStationWithServiceTime.txt", .badValue, line: 4, field: "ServiceTime"),
        BadInputCase("SchneiderUnknownParameter.txt", .unknownParameter, line: 14, field: "k"),
        BadInputCase("SchneiderNoCustomers.txt", .noCustomers, line: nil, field: nil),
        // Solomon
        BadInputCase("SolomonDemandExceedsCapacity.txt", .demandExceedsEveryVehicle, line: 12, field: "DEMAND"),
        BadInputCase("SolomonMissingVehicleSection.txt", .missingSection, line: 9, field: "VEHICLE"),
        BadInputCase("SolomonFractionalVehicleCount.txt", .notAnInteger, line: 5, field: "NUMBER"),
        // Any format
        BadInputCase("UnknownFormat.txt", .unknownFormat, line: 1, field: nil),
        BadInputCase("EmptyFile.txt", .emptyFile, line: nil, field: nil),
        // Native JSON
        BadInputCase("NativeMalformedJSON.json", .malformedJSON, line: 14, field: nil),
        BadInputCase("NativeNumberTooLarge.json", .notFinite, line: 10, field: "vehicleTypes[0].capacity"),
        BadInputCase("NativeDuplicateKey.json", .duplicateKey, line: 10, field: "vehicleTypes[0].count"),
        BadInputCase("NativeNegativeBattery.json", .negativeValue, line: 11, field: "vehicleTypes[0].batteryKWh"),
        BadInputCase("NativeNonPositiveSpeed.json", .nonPositiveValue, line: 13, field: "vehicleTypes[0].speedKmh"),
        BadInputCase("NativeWrongType.json", .wrongType, line: 10, field: "vehicleTypes[0].capacity"),
        BadInputCase("NativeFractionalVehicleCount.json", .notAnInteger, line: 9, field: "vehicleTypes[0].count"),
        BadInputCase("NativeUnknownField.json", .unknownField, line: 15, field: "vehicleTypes[0].reserveKwh"),
        BadInputCase("NativeInitialChargeAboveBattery.json", .outOfRange, line: 15, field: "vehicleTypes[0].initialChargeKWh"),
        BadInputCase("NativeMissingField.json", .missingField, line: 19, field: "customers[1].demand"),
        BadInputCase("NativeMissingDepot.json", .missingField, line: 1, field: "depot"),
        BadInputCase("NativeNoCustomers.json", .noCustomers, line: 17, field: "customers"),
        BadInputCase("NativeNoVehicleTypes.json", .noVehicleTypes, line: 6, field: "vehicleTypes"),
        BadInputCase("NativeUnknownChargingMode.json", .badValue, line: 3, field: "charging"),
        BadInputCase("NativeRoadFactorBelowOne.json", .outOfRange, line: 4, field: "travel.roadFactor"),
        BadInputCase("NativeTimeStringInAbstractUnits.json", .wrongType, line: 6, field: "depot.open"),
        BadInputCase("NativeSupplyIntervalEndsBeforeStart.json", .badValue, line: 36, field: "stations[0].supply.intervals[1].end"),
        BadInputCase("NativeBadClockTime.json", .badValue, line: 18, field: "customers[0].ready"),
        BadInputCase("NativeDuplicateID.json", .duplicateID, line: 20, field: "customers[1].id"),
        BadInputCase("NativeTimeWindowClosesBeforeOpening.json", .windowClosesBeforeOpening, line: 24, field: "customers[1].due"),
        BadInputCase("NativeDemandExceedsCapacity.json", .demandExceedsEveryVehicle, line: 22, field: "customers[1].demand"),
        BadInputCase("NativeLocationMismatch.json", .badValue, line: 31, field: "stations[0].location"),
        BadInputCase("NativeZeroChargers.json", .nonPositiveValue, line: 32, field: "stations[0].chargers"),
        BadInputCase("NativeOverlappingSupplyIntervals.json", .badValue, line: 36, field: "stations[0].supply.intervals[1].start"),
        BadInputCase("NativeUnknownStationReference.json", .unknownReference, line: 6, field: "travel.nodes[3]"),
        BadInputCase("NativeMissingMatrixNode.json", .missingReference, line: 6, field: "travel.nodes"),
        BadInputCase("NativeNegativeMatrixEntry.json", .negativeValue, line: 7, field: "travel.distanceKm[1][2]"),
    ]

    @Test(arguments: cases)
    func defectIsReportedWithKindLineAndField(_ testCase: BadInputCase) throws {
        let path = TestPaths.fixture(testCase.file)
        let error = try #require(throws: InstanceError.self) { try InstanceReader.read(path: path) }
        let problem = try #require(error.problems.first)
        #expect(problem.kind == testCase.kind, "\(error)")
        #expect(problem.line == testCase.line, "\(error)")
        #expect(problem.field == testCase.field, "\(error)")
        #expect(problem.file == path)
        #expect(error.problems.count == 1, "one defect, one problem: \(error)")
        let place = testCase.line.map { "\(path):\($0): error: " } ?? "\(path): error: "
        #expect(error.description.hasPrefix(place))
    }

    @Test(arguments: ["SchneiderValid.txt", "SolomonValid.txt", "NativeValid.json"])
    func validBaseOfTheDefectFixturesParses(_ file: String) throws {
        let instance = try InstanceReader.read(path: TestPaths.fixture(file))
        #expect(!instance.customers.isEmpty)
    }

    @Test func severalSchneiderProblemsAreReportedAtOnce() throws {
        let path = TestPaths.fixture("SchneiderSeveralProblems.txt")
        let error = try #require(throws: InstanceError.self) { try InstanceReader.read(path: path) }
        let found = error.problems.map { "\($0.kind):\($0.line ?? 0)" }
        #expect(found == ["windowClosesBeforeOpening:5", "notANumber:6", "duplicateID:7", "negativeValue:10"])
        #expect(error.description.split(separator: "\n").count == 4)
    }

    @Test func severalNativeProblemsAreReportedAtOnce() throws {
        let path = TestPaths.fixture("NativeSeveralProblems.json")
        let error = try #require(throws: InstanceError.self) { try InstanceReader.read(path: path) }
        let found = error.problems.map { "\($0.kind):\($0.line ?? 0):\($0.field ?? "")" }
        #expect(found == ["negativeValue:11:vehicleTypes[0].batteryKWh", "badValue:18:customers[0].ready",
                          "windowClosesBeforeOpening:24:customers[1].due", "nonPositiveValue:32:stations[0].chargers"])
    }

    @Test func missingFileIsUnreadable() throws {
        let error = try #require(throws: InstanceError.self) { try InstanceReader.read(path: "/nonexistent/x.txt") }
        #expect(error.kinds == [.unreadableFile])
    }

    @Test func fuzzedInputNeverCrashes() {
        // Truncations of valid files of each format must give an instance or an InstanceError, never a crash.
        for file in ["SchneiderValid.txt", "SolomonValid.txt", "NativeValid.json", "NativeMatrixWithGreenSupply.json"] {
            guard let text = try? String(contentsOfFile: TestPaths.fixture(file), encoding: .utf8) else {
                Issue.record("cannot read \(file)")
                continue
            }
            for length in stride(from: 0, to: text.count, by: 7) {
                do {
                    _ = try InstanceReader.read(contents: String(text.prefix(length)), name: "cut", path: file)
                } catch is InstanceError {
                } catch {
                    Issue.record("\(file) cut at \(length): unexpected error \(error)")
                }
            }
        }
    }
}
