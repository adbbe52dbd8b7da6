import Foundation
import Testing
@testable import GreenRouteBatch

/// The runner against stand-in solver executables (shell scripts), so that crashes and
/// overruns can be provoked without a real solver.
@Suite struct BatchRunnerTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// This test's folder for the stand-ins, removed when the test ends.
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder("greenroute-fake")
    }

    func script(_ body: String) throws -> String {
        let path = folder.path + "/solver-\(UUID().uuidString).sh"
        try ("#!/bin/sh\n" + body + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }

    var job: BatchJob {
        BatchJob(path: Self.root.appendingPathComponent("Instances/evrptw/c101C5.txt").path, instance: "c101C5",
                 solver: "heuristic", seed: 1)
    }

    @Test func crashingSolverBecomesAnErrorRow() throws {
        let settings = BatchSettings(executable: try script("echo 'boom' >&2; kill -SEGV $$"), timeLimit: 1)
        let row = BatchRunner(settings: settings).runJob(job)
        #expect(row.status == "error")
        #expect(row.message.contains("crashed"), "\(row.message)")
        #expect(row.valid == nil)
    }

    @Test func overrunningSolverIsKilledAndRecordedAsTimeout() throws {
        var settings = BatchSettings(executable: try script("sleep 30"), timeLimit: 0.2)
        settings.overrunGrace = 0.3
        let stopwatch = Date()
        let row = BatchRunner(settings: settings).runJob(job)
        #expect(row.status == "timeout")
        #expect(Date().timeIntervalSince(stopwatch) < 10)
    }

    @Test func badInputExitBecomesAnErrorRowWithTheMessage() throws {
        let settings = BatchSettings(executable: try script("echo 'x.txt:3: error: bad' >&2; exit 2"), timeLimit: 1)
        let row = BatchRunner(settings: settings).runJob(job)
        #expect(row.status == "error")
        #expect(row.message.contains("x.txt:3: error: bad"))
    }

    @Test func aPlanThatBreaksRulesIsMarkedInvalidByTheChecker() throws {
        // The stand-in writes a plan that serves nobody but claims to be feasible.
        let plan = """
            {"instance":"c101C5","solver":"heuristic","status":"feasible","objective":"hierarchical","charging":"full",
             "vehicles":0,"distance":0,"bound":null,"gapPercent":null,"seconds":0.1,"seed":1,"routes":[],"unassigned":[],
             "kpis":null,"notes":[]}
            """
        let body = "while [ $# -gt 0 ]; do if [ \"$1\" = --output ]; then out=$2; fi; shift; done\n"
            + "cat > \"$out\" <<'EOF'\n\(plan)\nEOF"
        let settings = BatchSettings(executable: try script(body), timeLimit: 1)
        var runner: BatchRunner? = BatchRunner(settings: settings)
        let row = try #require(runner).runJob(job)
        #expect(row.status == "feasible")
        #expect(row.valid == false)
        #expect((row.violations ?? 0) >= 5, "\(row.message)")
        // Without a plans folder the plan went to the runner's scratch folder (and was removed
        // once checked); the folder goes with the runner.
        let scratch = try #require(runner).scratch
        #expect(FileManager.default.fileExists(atPath: scratch))
        #expect(!FileManager.default.fileExists(atPath: scratch + "/c101C5.heuristic.seed1.json"))
        runner = nil
        #expect(!FileManager.default.fileExists(atPath: scratch))
    }

    /// A child that starts after the interrupt (its job was taken just before) is ended too.
    @Test func aJobStartedAfterTheInterruptIsEnded() throws {
        let settings = BatchSettings(executable: try script("sleep 30"), timeLimit: 60)
        let runner = BatchRunner(settings: settings)
        runner.interrupt()
        let started = Date()
        let row = runner.runJob(job)
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(row.status != "feasible")
    }

    @Test func interruptKeepsFinishedRowsAndEndsRunningJobs() throws {
        // The stand-in fails fast on c101C5 and hangs on every other instance.
        let body = "case \"$2\" in *c101C5*) exit 2;; *) sleep 30;; esac"
        let settings = BatchSettings(executable: try script(body), timeLimit: 60, parallelJobs: 2)
        let runner = BatchRunner(settings: settings)
        let folder = Self.root.appendingPathComponent("Instances/evrptw").path
        let jobs = BatchJobList.jobs(files: [folder + "/c101C5.txt", folder + "/r104C5.txt", folder + "/c206C5.txt"],
                                     solvers: ["heuristic"], seeds: [1])
        let rows = RowBox()
        let started = Date()
        let interrupter = Thread {
            Thread.sleep(forTimeInterval: 1)
            runner.interrupt()
        }
        interrupter.start()
        runner.run(jobs) { rows.add($0) }
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(rows.rows.map(\.instance) == ["c101C5"])
        #expect(rows.rows.first?.message.contains("exit 2") == true, "\(rows.rows)")
        #expect(runner.wasInterrupted)
    }
}

final class RowBox: @unchecked Sendable {
    private(set) var rows: [BatchRow] = []
    private let lock = NSLock()
    func add(_ row: BatchRow) { lock.withLock { rows.append(row) } }
}
