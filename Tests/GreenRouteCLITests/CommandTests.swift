import Foundation
import Testing

@Suite(.serialized) struct CommandTests {
    let root = CommandRunner.packageRoot.path

    @Test func inspectReadsEveryShippedBenchmarkInstance() throws {
        for folder in ["Instances/evrptw", "Instances/solomon"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: root + "/" + folder).filter { $0.hasSuffix(".txt") }
            #expect(!names.isEmpty)
            for name in names.sorted() {
                let result = try CommandRunner.run(["inspect", folder + "/" + name])
                #expect(result.status == 0, "\(name): \(result.standardError)")
                #expect(result.standardOutput.contains("customers"))
            }
        }
    }

    @Test func badInputExitsTwoWithFileAndLine() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/broken.txt"
        let text = try String(contentsOfFile: root + "/Instances/evrptw/c101C5.txt", encoding: .utf8)
            .replacingOccurrences(of: "C30        c          20.0       55.0       10.0", with: "C30        c          20.0       55.0       ten ")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["inspect", path])
        #expect(result.status == 2)
        #expect(result.standardError.contains(path + ":6:"), "\(result.standardError)")
    }

    @Test func usageErrorExitsTwo() throws {
        let result = try CommandRunner.run(["solve"])
        #expect(result.status == 2)
        let unknown = try CommandRunner.run(["solve", "Instances/evrptw/c101C5.txt", "--solver", "magic"])
        #expect(unknown.status == 2)
    }

    @Test func solveWritesAPlanThatTheCheckerAccepts() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let plan = folder + "/plan.json"
        let solve = try CommandRunner.run(["solve", "Instances/evrptw/c101C5.txt", "--solver", "baseline", "--output", plan, "--quiet"])
        #expect(solve.status == 0, "\(solve.standardError)")
        let check = try CommandRunner.run(["check", "Instances/evrptw/c101C5.txt", plan])
        #expect(check.status == 0, "\(check.standardOutput) \(check.standardError)")
        #expect(check.standardOutput.contains("valid"))
        // Tamper with the plan: drop the second route; the checker must report the missed customer.
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: plan))) as! [String: Any]
        var routes = json["routes"] as! [Any]
        routes.removeLast()
        json["routes"] = routes
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: plan))
        let broken = try CommandRunner.run(["check", "Instances/evrptw/c101C5.txt", plan])
        #expect(broken.status == 3)
        #expect(broken.standardOutput.contains("missed"), "\(broken.standardOutput)")
    }

    @Test func convertRoundTripsThroughJSON() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let json = folder + "/c101C5.json"
        #expect(try CommandRunner.run(["convert", "Instances/evrptw/c101C5.txt", "--output", json]).status == 0)
        let original = try CommandRunner.run(["inspect", "Instances/evrptw/c101C5.txt"])
        let converted = try CommandRunner.run(["inspect", json])
        #expect(converted.status == 0)
        #expect(original.standardOutput.split(separator: "\n").dropFirst().joined() ==
                converted.standardOutput.split(separator: "\n").dropFirst().joined())
    }
}
