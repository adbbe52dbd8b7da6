import Foundation
import Testing
@testable import GreenRouteBatch

@Suite struct BatchFileTests {
    /// This test's folder, removed when the test ends.
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder("greenroute-test")
    }

    func sampleRow(_ instance: String = "c101C5", seed: UInt64 = 1, distance: Double = 257.7512) -> BatchRow {
        var row = BatchRow(instance: instance, solver: "heuristic", seed: seed, status: "feasible", vehicles: 2,
                           distance: distance, seconds: 1.25, valid: true, violations: 0,
                           message: "note, with \"quotes\", and commas")
        row.apply(reference: (vehicles: 2, distance: 257.75))
        return row
    }

    func temporaryPath(_ name: String) -> String {
        folder.path + "/" + name
    }

    @Test func headerIsTheContract() {
        #expect(BatchFile.header == "instance,solver,seed,status,vehicles,distance,bound,gap_to_bound_percent,"
            + "reference_vehicles,reference_distance,gap_to_reference_percent,seconds,valid,violations,message")
    }

    @Test func rowRoundTripsThroughCSV() throws {
        let row = sampleRow()
        let parsed = try BatchRow.parse(Substring(row.csvLine)).get()
        #expect(parsed.csvLine == row.csvLine)
        #expect(parsed.message == row.message)
        #expect(parsed.valid == true)
        #expect(abs(parsed.gapToReferencePercent! - 100 * (257.7512 - 257.75) / 257.75) < 1e-3)
    }

    @Test func gapOnlyWhenVehicleCountsMatch() {
        var row = sampleRow()
        row.apply(reference: (vehicles: 3, distance: 300))
        #expect(row.gapToReferencePercent == nil)
        #expect(row.referenceVehicles == 3)
        row.valid = false
        row.apply(reference: (vehicles: 2, distance: 250))
        #expect(row.gapToReferencePercent == nil)
    }

    @Test func readRejectsBadFieldWithLineNumber() throws {
        let path = temporaryPath("bad.csv")
        try (BatchFile.header + "\n" + sampleRow().csvLine + "\nc1,heuristic,x,feasible,,,,,,,,1,,,\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: BatchFileError(file: path, line: 3, reason: .field(name: "seed", value: "x"))) {
            try BatchFile.read(path: path)
        }
    }

    @Test func mergeJoinsShardsAndRefusesDisagreement() throws {
        let a = temporaryPath("a.csv"), b = temporaryPath("b.csv"), c = temporaryPath("c.csv")
        try BatchFile.write([sampleRow("c101C5"), sampleRow("r104C5")], to: a)
        var timedDifferently = sampleRow("c101C5")
        timedDifferently.seconds = 9
        try BatchFile.write([sampleRow("c206C5"), timedDifferently], to: b)
        let merged = try BatchFile.merge(paths: [a, b])
        #expect(merged.map(\.instance) == ["c101C5", "c206C5", "r104C5"])
        try BatchFile.write([sampleRow("c101C5", distance: 300)], to: c)
        #expect(throws: BatchFileError.self) { try BatchFile.merge(paths: [a, c]) }
    }

    @Test func appenderKeepsEveryFinishedRow() throws {
        let path = temporaryPath("append.csv")
        let appender = try BatchFileAppender(path: path, truncate: true)
        appender.append(sampleRow("c101C5"))
        let reopened = try BatchFileAppender(path: path, truncate: false)
        reopened.append(sampleRow("r104C5"))
        let rows = try BatchFile.read(path: path)
        #expect(rows.map(\.row.instance) == ["c101C5", "r104C5"])
        #expect(rows.map(\.line) == [2, 3])
    }
}

@Suite struct BatchJobListTests {
    @Test func shardsPartitionTheJobs() {
        let jobs = BatchJobList.jobs(files: ["a.txt", "b.txt", "c.txt"], solvers: ["heuristic", "baseline"], seeds: [1, 2])
        #expect(jobs.count == 12)
        let first = BatchJobList.shard(jobs, index: 1, of: 2), second = BatchJobList.shard(jobs, index: 2, of: 2)
        #expect(first.count == 6 && second.count == 6)
        #expect(Set(first).isDisjoint(with: Set(second)))
        #expect(Set(first).union(second) == Set(jobs))
        let three = (1...3).map { BatchJobList.shard(jobs, index: $0, of: 3) }
        #expect(three.map(\.count) == [4, 4, 4])
    }

    @Test func foldersExpandToInstanceFilesOnly() throws {
        let folder = NSTemporaryDirectory() + "greenroute-jobs-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["b.txt", "a.json", "reference.csv", "readme.txt", "notes.md"] {
            _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: Data())
        }
        let files = BatchJobList.instanceFiles([folder, "missing.txt"])
        #expect(files == [folder + "/a.json", folder + "/b.txt", "missing.txt"])
    }

    @Test func familiesGroupBenchmarkNames() {
        #expect(InstanceFamily.of("c101C5") == "c1-C5")
        #expect(InstanceFamily.of("rc105_21") == "rc1-100")
        #expect(InstanceFamily.of("r201") == "r2")
        #expect(InstanceFamily.of("sofia-5-summer") == "sofia")
    }
}

@Suite struct BatchSummaryTests {
    @Test func countsValidMatchingAndGaps() {
        var good = BatchRow(instance: "c101C5", solver: "heuristic", seed: 1, status: "feasible", vehicles: 2,
                            distance: 260, seconds: 1, valid: true, violations: 0)
        good.apply(reference: (2, 250))
        var moreVehicles = BatchRow(instance: "c103C5", solver: "heuristic", seed: 1, status: "feasible", vehicles: 3,
                                    distance: 200, seconds: 3, valid: true, violations: 0)
        moreVehicles.apply(reference: (2, 250))
        let failed = BatchRow(instance: "bad", solver: "heuristic", seed: 1, status: "error", seconds: 0, message: "x")
        let summary = BatchSummary(rows: [good, moreVehicles, failed])
        let total = summary.totals[0]
        #expect(total.runs == 3 && total.valid == 2 && total.matchingVehicles == 1 && total.withReference == 2)
        #expect(abs(total.meanGap! - 4) < 1e-9)
        #expect(total.meanSeconds == 2)
        let text = summary.render(markdown: true)
        #expect(text.contains("| heuristic | c1-C5 |"))
        #expect(text.contains("c103C5 heuristic s1 +1"))
    }
}
