import Foundation
import GreenRouteCheck
import GreenRouteCore
import GreenRouteIO

/// What every job of a batch shares.
public struct BatchSettings: Sendable {
    /// The `greenroute` executable that solves one job in a child process.
    public var executable: String
    /// Per-job solver time limit, in seconds.
    public var timeLimit: Double
    /// Optional iteration limit (deterministic runs).
    public var iterations: Int?
    /// Charging rule override; nil keeps each instance's own.
    public var charging: ChargingMode?
    public var objective: Objective
    /// Folder where plans are kept; nil keeps them in a temporary folder.
    public var plansFolder: String?
    /// Jobs run at the same time.
    public var parallelJobs: Int
    /// Reference values by instance name.
    public var reference: @Sendable (String) -> (vehicles: Int, distance: Double)?
    /// Seconds a job may run past its time limit before it is killed (default: the larger of 30 s and the limit).
    public var overrunGrace: Double?

    public init(executable: String, timeLimit: Double, iterations: Int? = nil, charging: ChargingMode? = nil,
                objective: Objective = .hierarchical, plansFolder: String? = nil, parallelJobs: Int = 1,
                reference: @escaping @Sendable (String) -> (vehicles: Int, distance: Double)? = { _ in nil }) {
        self.executable = executable
        self.timeLimit = timeLimit
        self.iterations = iterations
        self.charging = charging
        self.objective = objective
        self.plansFolder = plansFolder
        self.parallelJobs = parallelJobs
        self.reference = reference
    }

    /// A job that runs past this many seconds is killed and recorded as `timeout`.
    public var killAfter: Double { timeLimit + (overrunGrace ?? max(30, timeLimit)) }
}

/// Runs jobs, each in its own child process (a crash or an abort inside a solver cannot take
/// the batch down), checks every plan with the independent checker and reports each row.
public final class BatchRunner: @unchecked Sendable {
    private let settings: BatchSettings
    private let lock = NSLock()
    private var running: [Int32: ChildProcess] = [:]
    private var interrupted = false
    /// Where plans go without ``BatchSettings/plansFolder``: made by the first job that needs
    /// it, removed when ``run(_:finished:)`` ends and with the runner.
    let scratch: String

    public init(settings: BatchSettings) {
        self.settings = settings
        scratch = NSTemporaryDirectory() + "greenroute-batch-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
    }

    deinit {
        try? FileManager.default.removeItem(atPath: scratch)
    }

    /// True once ``interrupt()`` was called.
    public var wasInterrupted: Bool { lock.withLock { interrupted } }

    /// Stops starting jobs and ends the running ones; their rows are not written.
    public func interrupt() {
        lock.withLock {
            interrupted = true
            for child in running.values { child.signalGroup(SIGKILL) }
        }
    }

    /// Runs the jobs with `parallelJobs` workers; `finished` is called (serialised) with each row.
    public func run(_ jobs: [BatchJob], finished: @escaping @Sendable (BatchRow) -> Void) {
        let next = Counter()
        let workers = max(1, min(settings.parallelJobs, jobs.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while !wasInterrupted, let index = next.take(below: jobs.count) {
                let row = runJob(jobs[index])
                if wasInterrupted { return }
                lock.withLock { finished(row) }
            }
        }
        try? FileManager.default.removeItem(atPath: scratch)
    }

    /// One job: read the instance, solve in a child process, check the plan.
    public func runJob(_ job: BatchJob) -> BatchRow {
        let stopwatch = Stopwatch()
        var row = BatchRow(instance: job.instance, solver: job.solver, seed: job.seed, status: "error", seconds: 0)
        let instance: Instance
        do {
            var read = try InstanceReader.read(path: job.path)
            if let charging = settings.charging { read = read.with(charging: charging) }
            instance = read
        } catch {
            row.message = firstLine(String(describing: error))
            row.seconds = stopwatch.seconds
            return row
        }
        row.apply(reference: settings.reference(job.instance))
        let planPath = planFile(for: job)
        try? FileManager.default.createDirectory(atPath: settings.plansFolder ?? scratch, withIntermediateDirectories: true)
        try? FileManager.default.removeItem(atPath: planPath)
        let outcome = solveInChild(job, planPath: planPath)
        row.seconds = stopwatch.seconds
        switch outcome {
        case .failed(let status, let message):
            row.status = status
            row.message = message
            return row
        case .finished:
            break
        }
        let plan: Plan
        do {
            plan = try PlanReader.read(path: planPath)
        } catch {
            row.message = "solver wrote no readable plan: " + firstLine(String(describing: error))
            return row
        }
        fill(&row, plan: plan, instance: instance)
        if settings.plansFolder == nil { try? FileManager.default.removeItem(atPath: planPath) }
        return row
    }

    func fill(_ row: inout BatchRow, plan: Plan, instance: Instance) {
        row.status = plan.status.rawValue
        row.seconds = plan.seconds
        let hasPlan = !plan.routes.isEmpty || plan.status == .feasible || plan.status == .optimal
        if hasPlan {
            let report = PlanChecker(instance: instance).check(plan)
            row.valid = report.isValid
            row.violations = report.violations.count
            row.vehicles = plan.vehicles
            row.distance = plan.distance
            row.bound = plan.bound
            row.gapToBoundPercent = plan.gapPercent
            var notes: [String] = []
            if !plan.unassigned.isEmpty { notes.append("\(plan.unassigned.count) unassigned") }
            notes += report.violations.prefix(3).map { String(describing: $0) }
            row.message = notes.joined(separator: "; ")
        } else {
            row.message = plan.notes.first ?? ""
        }
        row.apply(reference: settings.reference(row.instance))
    }

    enum Outcome {
        case finished
        case failed(status: String, message: String)
    }

    func solveInChild(_ job: BatchJob, planPath: String) -> Outcome {
        var arguments = ["solve", job.path, "--solver", job.solver, "--seed", String(job.seed),
                         "--time-limit", String(settings.timeLimit), "--objective", settings.objective.rawValue,
                         "--output", planPath, "--quiet"]
        if let charging = settings.charging { arguments += ["--charging", charging.rawValue] }
        if let iterations = settings.iterations { arguments += ["--iterations", String(iterations)] }
        let errorPath = planPath + ".stderr"
        defer { try? FileManager.default.removeItem(atPath: errorPath) }
        let child: ChildProcess
        do {
            child = try ChildProcess(executable: settings.executable, arguments: arguments, standardErrorPath: errorPath)
        } catch {
            return .failed(status: "error", message: "cannot start \(settings.executable): \(error.localizedDescription)")
        }
        // An interrupt that came while the child was starting has not seen it: end it here.
        let interruptedWhileStarting = lock.withLock { () -> Bool in
            running[child.pid] = child
            return interrupted
        }
        if interruptedWhileStarting { child.signalGroup(SIGKILL) }
        let stopwatch = Stopwatch()
        var killed = false
        while child.isRunning {
            if stopwatch.seconds > settings.killAfter {
                killed = true
                child.signalGroup(SIGTERM)
                let grace = Stopwatch()
                while child.isRunning && grace.seconds < 2 { usleep(20_000) }
                child.signalGroup(SIGKILL)
                break
            }
            usleep(20_000)
        }
        let (code, signal) = child.wait()
        lock.withLock { running[child.pid] = nil }
        let errorText = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        if killed {
            return .failed(status: "timeout", message: "killed after \(Int(settings.killAfter)) s (limit \(settings.timeLimit) s)")
        }
        if let signal {
            return .failed(status: "error", message: "solver crashed (signal \(signal)) \(firstLine(errorText))")
        }
        switch code ?? 1 {
        case 0, 3, 4: return .finished
        default:
            return .failed(status: "error", message: "exit \(code ?? 1): \(firstLine(errorText))")
        }
    }

    func planFile(for job: BatchJob) -> String {
        let folder = settings.plansFolder ?? scratch
        return (folder as NSString).appendingPathComponent("\(job.instance).\(job.solver).seed\(job.seed).json")
    }

    func firstLine(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.split(separator: "\n").first.map(String.init) ?? trimmed
    }
}

/// A shared job index.
final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func take(below limit: Int) -> Int? {
        lock.withLock {
            guard value < limit else { return nil }
            defer { value += 1 }
            return value
        }
    }
}
