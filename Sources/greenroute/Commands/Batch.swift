import ArgumentParser
import Foundation
import GreenRouteBatch
import GreenRouteCore
import GreenRouteIO

/// `greenroute batch`: many instances × solvers × seeds, checked, into one CSV.
struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run solvers over instance files and folders; check every plan; write a CSV and a summary.",
        subcommands: [BatchRun.self, BatchMerge.self, BatchSummaryCommand.self, BatchCompareCommand.self],
        defaultSubcommand: BatchRun.self)
}

struct BatchRun: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run a batch (the default).")

    @Argument(help: "Instance files and folders.")
    var inputs: [String]

    @Option(help: "Comma-separated solvers: heuristic, mip, auto, baseline.")
    var solvers: String = "heuristic"

    @Option(help: "Comma-separated seeds.")
    var seeds: String = "1"

    @OptionGroup var options: SolveOptions

    @Option(help: "Results CSV, one row per job, written as each job finishes.")
    var out: String

    @Option(help: "Reference CSV (instance,customers,vehicles,distance,status,source).")
    var reference: String?

    @Option(help: "Folder to keep every plan in.")
    var plans: String?

    @Option(help: "Jobs run at the same time (default 1 keeps timings comparable).")
    var jobs: Int = 1

    @Option(help: "Run only shard k of n (k/n, 1-based): every n-th job from job k.")
    var shard: String?

    @Flag(help: "Skip jobs already in the results file.")
    var resume = false

    @Option(help: "Also write the summary as Markdown to this file.")
    var markdown: String?

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if let shard { _ = try parseShard(shard) }
        _ = try parsedSolvers()
        _ = try parsedSeeds()
    }

    func parsedSolvers() throws -> [String] {
        let names = solvers.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        for name in names where SolverChoice(rawValue: name) == nil {
            throw ValidationError("unknown solver '\(name)'; expected one of \(SolverChoice.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard !names.isEmpty else { throw ValidationError("--solvers is empty") }
        return names
    }

    func parsedSeeds() throws -> [UInt64] {
        try seeds.split(separator: ",").map {
            guard let seed = UInt64($0.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("--seeds: '\($0)' is not a non-negative integer")
            }
            return seed
        }
    }

    func parseShard(_ text: String) throws -> (Int, Int) {
        let parts = text.split(separator: "/").compactMap { Int($0) }
        guard parts.count == 2, parts[1] >= 1, (1...parts[1]).contains(parts[0]) else {
            throw ValidationError("--shard must be k/n with 1 ≤ k ≤ n, got '\(text)'")
        }
        return (parts[0], parts[1])
    }

    func run() throws {
        var jobList = BatchJobList.jobs(files: BatchJobList.instanceFiles(inputs), solvers: try parsedSolvers(),
                                        seeds: try parsedSeeds())
        if let shard {
            let (k, n) = try parseShard(shard)
            jobList = BatchJobList.shard(jobList, index: k, of: n)
        }
        var previous: [BatchRow] = []
        if resume, FileManager.default.fileExists(atPath: out) {
            do { previous = try BatchFile.read(path: out).map(\.row) } catch { throw ExitStatus.badInput(String(describing: error)) }
            let done = Set(previous.map(\.key))
            jobList.removeAll { done.contains($0.key) }
        }
        let lookup = try referenceLookup()
        if let plans { try? FileManager.default.createDirectory(atPath: plans, withIntermediateDirectories: true) }
        let settings = BatchSettings(executable: currentExecutable(), timeLimit: options.timeLimit,
                                     iterations: options.iterations, charging: options.charging,
                                     objective: options.objective, plansFolder: plans, parallelJobs: jobs,
                                     reference: lookup)
        let appender: BatchFileAppender
        do { appender = try BatchFileAppender(path: out, truncate: !resume) } catch {
            throw ExitStatus.badInput(String(describing: error))
        }
        let runner = BatchRunner(settings: settings)
        let signalSource = installInterrupt(runner)
        let progress = BatchProgress(total: jobList.count, terminal: standardErrorIsTerminal)
        let collected = RowCollector()
        runner.run(jobList) { row in
            appender.append(row)
            collected.add(row)
            progress.finished(row)
        }
        signalSource.cancel()
        progress.end()
        let rows = previous + collected.rows
        let summary = BatchSummary(rows: rows)
        print(summary.render(markdown: false), terminator: "")
        if let markdown { try write(summary.render(markdown: true), to: markdown) }
        if runner.wasInterrupted {
            throw ExitStatus(code: .noPlan, message: "interrupted: \(collected.rows.count) of \(jobList.count) jobs finished; rerun with --resume")
        }
    }

    func referenceLookup() throws -> @Sendable (String) -> (vehicles: Int, distance: Double)? {
        guard let reference else { return { _ in nil } }
        let table: ReferenceTable
        do { table = try ReferenceTable.read(path: reference) } catch { throw ExitStatus.badInput(String(describing: error)) }
        let objective = options.objective
        return { name in
            table.reference(for: name, objective: objective).map { (vehicles: $0.vehicles, distance: $0.distance) }
        }
    }

    func installInterrupt(_ runner: BatchRunner) -> DispatchSourceSignal {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            printError("\ninterrupted: stopping running jobs; finished rows stay in the CSV")
            runner.interrupt()
        }
        source.resume()
        return source
    }
}

/// The path of the running `greenroute` binary (jobs run it as a child process).
func currentExecutable() -> String {
    if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return resolved }
    return CommandLine.arguments[0]
}

final class RowCollector: @unchecked Sendable {
    private(set) var rows: [BatchRow] = []
    func add(_ row: BatchRow) { rows.append(row) }
}

struct BatchMerge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge", abstract: "Join shard CSVs into one; refuses rows of the same job that disagree.")

    @Argument(help: "Shard CSV files.")
    var files: [String]

    @Option(help: "Merged CSV to write.")
    var out: String

    func run() throws {
        let rows: [BatchRow]
        do { rows = try BatchFile.merge(paths: files) } catch { throw ExitStatus.badInput(String(describing: error)) }
        do { try BatchFile.write(rows, to: out) } catch { throw ExitStatus.badInput("\(out): error: \(error)") }
        print("\(out): \(rows.count) rows from \(files.count) file(s)")
    }
}

struct BatchSummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "summary", abstract: "Summarise a results CSV.")

    @Argument(help: "Results CSV.")
    var file: String

    @Option(help: "Also write the summary as Markdown to this file.")
    var markdown: String?

    func run() throws {
        let rows: [BatchRow]
        do { rows = try BatchFile.read(path: file).map(\.row) } catch { throw ExitStatus.badInput(String(describing: error)) }
        let summary = BatchSummary(rows: rows)
        print(summary.render(markdown: false), terminator: "")
        if let markdown { try write(summary.render(markdown: true), to: markdown) }
    }
}

struct BatchCompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Pair the runs of two results files (or of two solvers in one) by instance and seed: better, worse, equal.")

    @Argument(help: "The baseline's results CSV, then the candidate's (one file: name both solvers).")
    var files: [String]

    @Option(help: "The baseline's solver (needed when its file holds several).")
    var baselineSolver: String?

    @Option(help: "The candidate's solver (needed when its file holds several).")
    var candidateSolver: String?

    @Option(help: "Also write the comparison, with a table of every pair, as Markdown to this file.")
    var markdown: String?

    func run() throws {
        guard files.count == 1 || files.count == 2 else {
            throw ExitStatus.badInput("compare takes one or two results files, got \(files.count)")
        }
        if files.count == 1 && (baselineSolver == nil || candidateSolver == nil) {
            throw ExitStatus.badInput("\(files[0]): one file: name --baseline-solver and --candidate-solver")
        }
        func rows(_ path: String, solver: String?) throws -> [BatchRow] {
            let all: [BatchRow]
            do { all = try BatchFile.read(path: path).map(\.row) } catch { throw ExitStatus.badInput(String(describing: error)) }
            guard let solver else { return all }
            let chosen = all.filter { $0.solver == solver }
            if chosen.isEmpty { throw ExitStatus.badInput("\(path): no runs of solver \(solver)") }
            return chosen
        }
        let baselinePath = files[0], candidatePath = files.count == 2 ? files[1] : files[0]
        func name(_ path: String, _ solver: String?) -> String {
            files.count == 1 ? (solver ?? path) : (solver.map { "\($0) (\(path))" } ?? path)
        }
        let comparison: BatchComparison
        do {
            comparison = try BatchComparison(
                baseline: try rows(baselinePath, solver: baselineSolver), baselineName: name(baselinePath, baselineSolver),
                candidate: try rows(candidatePath, solver: candidateSolver), candidateName: name(candidatePath, candidateSolver))
        } catch let error as BatchComparisonError {
            throw ExitStatus.badInput(error.description)
        }
        print(comparison.render(markdown: false), terminator: "")
        if let markdown { try write(comparison.render(markdown: true), to: markdown) }
    }
}
