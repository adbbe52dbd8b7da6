import Foundation
import Testing
import GreenRouteCore
@testable import GreenRouteIO

@Suite struct ShippedInstancesTests {
    @Test func everyFileUnderInstancesParses() throws {
        let root = TestPaths.instances
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        var count = 0
        while let relative = enumerator?.nextObject() as? String {
            guard relative.hasSuffix(".txt") || relative.hasSuffix(".json") else { continue }
            let instance = try InstanceReader.read(path: root.appendingPathComponent(relative).path)
            #expect(!instance.customers.isEmpty, "\(relative)")
            count += 1
        }
        #expect(count >= 44 + 6 + 1)
    }

    @Test func everyShippedSchneiderInstanceParses() throws {
        let files = TestPaths.instanceFiles(in: TestPaths.instances.appendingPathComponent("evrptw"))
        #expect(files.count == 44)
        for file in files {
            let instance = try InstanceReader.read(path: file.path)
            #expect(instance.name == file.deletingPathExtension().lastPathComponent)
            #expect(instance.metadata["format"] == "schneider")
            #expect(instance.charging == .full)
            #expect(instance.stations.first?.id == "S0")
            #expect(instance.stations.first?.location == instance.depot.location)
        }
    }

    @Test func everyShippedSolomonInstanceParses() throws {
        let files = TestPaths.instanceFiles(in: TestPaths.instances.appendingPathComponent("solomon"))
        #expect(files.count == 6)
        for file in files {
            let instance = try InstanceReader.read(path: file.path)
            #expect(instance.customers.count == 100)
            #expect(instance.stations.isEmpty)
            #expect(instance.metadata["format"] == "solomon")
        }
    }

    @Test func schneiderMappingOfC101C5() throws {
        let path = TestPaths.instances.appendingPathComponent("evrptw/c101C5.txt").path
        let instance = try InstanceReader.read(path: path)
        #expect(instance.timeUnit == .abstract)
        #expect(instance.metric == .euclidean)
        #expect(instance.depot == Depot(id: "D0", location: .plane(x: 40, y: 50), open: 0, close: 1236))
        #expect(instance.stations.map(\.id) == ["S0", "S5", "S15"])
        #expect(instance.customers.map(\.id) == ["C30", "C12", "C100", "C85", "C64"])
        #expect(instance.customers[0] == Customer(id: "C30", location: .plane(x: 20, y: 55), demand: 10,
                                                  ready: 355, due: 407, service: 90))
        let van = try #require(instance.vehicleTypes.first)
        #expect(van == VehicleType(id: "ev", count: nil, capacity: 200, battery: 77.75, consumption: 1, speed: 1,
                                   maxChargePower: 1 / 3.47, initialCharge: 77.75, reserve: 0, returnCharge: 0,
                                   fixedCost: 0, costPerKm: 1))
        #expect(instance.stations.allSatisfy { $0.chargers == nil && $0.chargerPower == nil && $0.supply == .unlimited })
    }

    @Test func solomonMappingOfC101() throws {
        let path = TestPaths.instances.appendingPathComponent("solomon/c101.txt").path
        let instance = try InstanceReader.read(path: path)
        #expect(instance.name == "c101")
        #expect(instance.depot == Depot(id: "D0", location: .plane(x: 40, y: 50), open: 0, close: 1236))
        #expect(instance.customers.first == Customer(id: "C1", location: .plane(x: 45, y: 68), demand: 10,
                                                     ready: 912, due: 967, service: 90))
        #expect(instance.customers.last?.id == "C100")
        let van = try #require(instance.vehicleTypes.first)
        #expect(van.id == "van" && van.count == 25 && van.capacity == 200)
        #expect(van.battery == 0 && van.consumption == 0 && van.initialCharge == 0 && van.speed == 1)
        #expect(!instance.hasBatteryLimit)
    }

    @Test func formatIsDetectedByContent() {
        #expect(InstanceReader.detectFormat(contents: "  {\"name\": 1}") == .native)
        #expect(InstanceReader.detectFormat(contents: "StringID Type x y demand ReadyTime DueDate ServiceTime\n") == .schneider)
        #expect(InstanceReader.detectFormat(contents: "X\n\nVEHICLE\nNUMBER CAPACITY\n 3 10\n\nCUSTOMER\n") == .solomon)
        #expect(InstanceReader.detectFormat(contents: "hello world\n") == nil)
    }
}

@Suite struct SharedBenchmarkTests {
    @Test func everySharedBenchmarkFileParses() throws {
        guard let root = TestPaths.sharedBenchmarks else {
            print("SKIPPED: no shared benchmark folder (/work/shared/benchmarks or ../shared/benchmarks); nothing to check")
            return
        }
        let schneider = TestPaths.instanceFiles(in: root.appendingPathComponent("evrptw"))
        let solomon = TestPaths.instanceFiles(in: root.appendingPathComponent("solomon"))
        #expect(schneider.count >= 76)
        #expect(solomon.count >= 56)
        for file in schneider {
            let instance = try InstanceReader.read(path: file.path)
            #expect(instance.metadata["format"] == "schneider", "\(file.lastPathComponent)")
        }
        for file in solomon {
            let instance = try InstanceReader.read(path: file.path)
            #expect(instance.metadata["format"] == "solomon", "\(file.lastPathComponent)")
            #expect(instance.customers.count == 100)
        }
    }
}
