import Foundation
import Testing
import GreenRouteCore
@testable import GreenRouteIO

@Suite struct ReferenceTableTests {
    @Test func shippedReferenceTableReads() throws {
        let table = try ReferenceTable.read(path: TestPaths.instances.appendingPathComponent("reference.csv").path)
        #expect(table.entries.count == 56)
        let c101C5 = try #require(table.reference(for: "c101C5", objective: .hierarchical))
        #expect(c101C5.vehicles == 2 && c101C5.distance == 257.75 && c101C5.status == "optimal")
        #expect(table.reference(for: "c101C5", objective: .distance) == c101C5)
        #expect(table.reference(for: "c101C5", objective: .cost) == nil)
        #expect(table.reference(for: "no-such-instance", objective: .hierarchical) == nil)
    }

    @Test func solomonRowIsChosenByObjective() throws {
        let csv = """
        instance,customers,vehicles,distance,status,source
        c101,100,10,828.94,bks,vroom
        c101,100,10,827.3,bks_distance,pyvrp
        r101,100,19,1650.8,bks,vroom
        """
        let table = try ReferenceTable.read(contents: csv, path: "reference.csv")
        #expect(table.reference(for: "c101", objective: .hierarchical)?.distance == 828.94)
        #expect(table.reference(for: "C101", objective: .distance)?.distance == 827.3)
        #expect(table.reference(for: "r101", objective: .distance)?.distance == 1650.8)
        #expect(table.reference(for: "c101", objective: .hierarchical)?.line == 2)
    }

    @Test func badRowsAreAllReportedWithLines() throws {
        let csv = """
        instance,customers,vehicles,distance,status,source
        c101,100,ten,828.94,bks,vroom
        c102,100,10,abc,bks,vroom
        c103,100,10,828.94,best,vroom
        c104,100,10,828.94
        c101,100,10,828.94,bks,again
        """
        let error = try #require(throws: InstanceError.self) { try ReferenceTable.read(contents: csv, path: "ref.csv") }
        #expect(error.problems.map(\.kind) == [.notAnInteger, .notANumber, .badValue, .wrongColumnCount, .duplicateID])
        #expect(error.problems.map(\.line) == [2, 3, 4, 5, 6])
        #expect(error.problems.map(\.field) == ["vehicles", "distance", "status", nil, "instance"])
    }

    @Test func wrongHeaderIsReported() throws {
        let error = try #require(throws: InstanceError.self) {
            try ReferenceTable.read(contents: "name,value\nx,1\n", path: "ref.csv")
        }
        #expect(error.kinds == [.missingSection])
        #expect(error.problems.first?.line == 1)
    }

    @Test func sharedReferenceTablesRead() throws {
        guard let root = TestPaths.sharedBenchmarks else {
            print("SKIPPED: no shared benchmark folder (/work/shared/benchmarks or ../shared/benchmarks)")
            return
        }
        let evrptw = try ReferenceTable.read(path: root.appendingPathComponent("evrptw/reference.csv").path)
        let solomon = try ReferenceTable.read(path: root.appendingPathComponent("solomon/reference.csv").path)
        #expect(evrptw.entries.count == 76)
        #expect(solomon.entries.count == 112)
        #expect(solomon.reference(for: "r101", objective: .distance)?.status == "bks_distance")
        #expect(solomon.reference(for: "r101", objective: .hierarchical)?.status == "bks")
    }
}
