import Foundation
import Testing

@Suite(.serialized) struct BatchCommandTests {
    /// A folder with three small instances and one unreadable file (the caller removes it).
    func makeInputs() throws -> String {
        let folder = try CommandRunner.temporaryFolder()
        let root = CommandRunner.packageRoot.path
        for name in ["c101C5", "r104C5", "rc108C5"] {
            try FileManager.default.copyItem(atPath: root + "/Instances/evrptw/\(name).txt", toPath: folder + "/\(name).txt")
        }
        try "not an instance\n".write(toFile: folder + "/broken.txt", atomically: true, encoding: .utf8)
        return folder
    }

    func rows(_ path: String) throws -> [[String]] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
    }

    /// A row without its time column, for comparing runs.
    func timeless(_ row: [String]) -> [String] {
        var copy = row
        copy[11] = ""
        return copy
    }

    @Test func batchWritesCheckedRowsAndErrorRows() throws {
        let inputs = try makeInputs()
        defer { try? FileManager.default.removeItem(atPath: inputs) }
        let out = inputs + "/results.csv"
        let result = try CommandRunner.run(["batch", inputs, "--solvers", "baseline", "--time-limit", "2", "--out", out,
                                            "--reference", "Instances/reference.csv"])
        #expect(result.status == 0, "\(result.standardError)")
        let table = try rows(out)
        #expect(table.count == 4)
        let broken = try #require(table.first { $0[0] == "broken" })
        #expect(broken[3] == "error")
        #expect(broken[14].contains("broken.txt"))
        for row in table where row[0] != "broken" {
            #expect(row[12] == "true", "\(row)")
            #expect(!row[8].isEmpty, "reference vehicles missing: \(row)")
        }
        #expect(result.standardOutput.contains("baseline"))
    }

    @Test func shardsMergeToTheSameRowsAndResumeSkipsDoneJobs() throws {
        let inputs = try makeInputs()
        defer { try? FileManager.default.removeItem(atPath: inputs) }
        let whole = inputs + "/whole.csv", first = inputs + "/a.csv", second = inputs + "/b.csv", merged = inputs + "/m.csv"
        let common = ["--solvers", "baseline", "--seeds", "1,2", "--time-limit", "2"]
        #expect(try CommandRunner.run(["batch", inputs] + common + ["--out", whole, "--jobs", "2"]).status == 0)
        #expect(try CommandRunner.run(["batch", inputs] + common + ["--out", first, "--shard", "1/2"]).status == 0)
        #expect(try CommandRunner.run(["batch", inputs] + common + ["--out", second, "--shard", "2/2"]).status == 0)
        #expect(try rows(first).count == 4 && rows(second).count == 4)
        #expect(try CommandRunner.run(["batch", "merge", first, second, "--out", merged]).status == 0)
        let sortedWhole = try rows(whole).map(timeless).sorted { $0.joined() < $1.joined() }
        let sortedMerged = try rows(merged).map(timeless).sorted { $0.joined() < $1.joined() }
        #expect(sortedWhole == sortedMerged)

        // Resume: nothing left to do, the file keeps its rows.
        let again = try CommandRunner.run(["batch", inputs] + common + ["--out", whole, "--resume"])
        #expect(again.status == 0)
        #expect(try rows(whole).count == 8)

        // A shard that disagrees with another is refused.
        var lines = try String(contentsOfFile: second, encoding: .utf8).split(separator: "\n").map(String.init)
        let target = try #require(lines.indices.dropFirst().first { !lines[$0].split(separator: ",", omittingEmptySubsequences: false)[4].isEmpty })
        var fields = lines[target].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        fields[4] = "99"
        lines[target] = fields.joined(separator: ",")
        try (lines.joined(separator: "\n") + "\n").write(toFile: second, atomically: true, encoding: .utf8)
        try String(contentsOfFile: whole, encoding: .utf8).write(toFile: first, atomically: true, encoding: .utf8)
        let refused = try CommandRunner.run(["batch", "merge", first, second, "--out", merged])
        #expect(refused.status == 2, "\(refused.standardOutput)")
        #expect(refused.standardError.contains("disagrees"))
    }

    @Test func summaryReadsAResultsFile() throws {
        let inputs = try makeInputs()
        defer { try? FileManager.default.removeItem(atPath: inputs) }
        let out = inputs + "/results.csv", markdown = inputs + "/summary.md"
        #expect(try CommandRunner.run(["batch", inputs, "--solvers", "baseline", "--time-limit", "2", "--out", out]).status == 0)
        let summary = try CommandRunner.run(["batch", "summary", out, "--markdown", markdown])
        #expect(summary.status == 0)
        #expect(try String(contentsOfFile: markdown, encoding: .utf8).contains("| baseline |"))
    }

    @Test func compareJudgesEveryInstanceAndSeed() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/both.csv"
        let header = "instance,solver,seed,status,vehicles,distance,bound,gap_to_bound_percent,reference_vehicles,"
            + "reference_distance,gap_to_reference_percent,seconds,valid,violations,message"
        let lines = [header,
                     "r101_21,heuristic,1,feasible,17,1670.00,,,,,,60.00,true,0,",
                     "r101_21,hybrid,1,feasible,17,1663.04,,,,,,60.00,true,0,",
                     "c103_21,heuristic,1,feasible,10,1040.32,,,,,,60.00,true,0,",
                     "c103_21,hybrid,1,feasible,11,1000.00,,,,,,60.00,true,0,"]
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["batch", "compare", path, "--baseline-solver", "heuristic",
                                            "--candidate-solver", "hybrid"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("better 1, worse 1, equal 0"))
        #expect(result.standardOutput.contains("worse: c103_21 s1 +1 vehicle"))
        // One file with two solvers cannot be paired without naming them.
        let refused = try CommandRunner.run(["batch", "compare", path])
        #expect(refused.status == 2)
        #expect(refused.standardError.contains("--baseline-solver"))
        let twoFiles = try CommandRunner.run(["batch", "compare", path, path])
        #expect(twoFiles.status == 2)
        #expect(twoFiles.standardError.contains("several runs of"))
    }
}
