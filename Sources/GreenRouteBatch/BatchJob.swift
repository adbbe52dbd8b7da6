import Foundation

/// One unit of a batch: solve one instance file with one solver and one seed.
public struct BatchJob: Hashable, Sendable {
    /// Path of the instance file as given (or found in a given folder).
    public var path: String
    /// Instance name: the file name without extension.
    public var instance: String
    public var solver: String
    public var seed: UInt64

    public init(path: String, instance: String, solver: String, seed: UInt64) {
        self.path = path
        self.instance = instance
        self.solver = solver
        self.seed = seed
    }

    /// The identity of a job in a results file: instance, solver and seed.
    public var key: BatchKey { BatchKey(instance: instance, solver: solver, seed: seed) }
}

/// What identifies a row of a results file.
public struct BatchKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var instance: String
    public var solver: String
    public var seed: UInt64

    public init(instance: String, solver: String, seed: UInt64) {
        self.instance = instance
        self.solver = solver
        self.seed = seed
    }

    public static func < (lhs: BatchKey, rhs: BatchKey) -> Bool {
        (lhs.instance, lhs.solver, lhs.seed) < (rhs.instance, rhs.solver, rhs.seed)
    }

    public var description: String { "\(instance) \(solver) seed \(seed)" }
}

/// Expands the command line's files and folders into the ordered job list, and shards it.
public enum BatchJobList {
    /// Instance files: each given file as is; each folder's regular files (not recursive),
    /// skipping names that are not instances (`.csv`, `.md`, `readme.txt`, hidden files).
    /// Sorted by name within a folder; duplicates removed. Paths that do not exist are kept,
    /// so that the batch records them as `error` rows.
    public static func instanceFiles(_ inputs: [String]) -> [String] {
        var files: [String] = []
        var seen = Set<String>()
        let manager = FileManager.default
        for input in inputs {
            var isFolder: ObjCBool = false
            if manager.fileExists(atPath: input, isDirectory: &isFolder), isFolder.boolValue {
                let names = (try? manager.contentsOfDirectory(atPath: input)) ?? []
                for name in names.sorted() where isInstanceName(name) {
                    let path = (input as NSString).appendingPathComponent(name)
                    var inner: ObjCBool = false
                    if manager.fileExists(atPath: path, isDirectory: &inner), !inner.boolValue, seen.insert(path).inserted {
                        files.append(path)
                    }
                }
            } else if seen.insert(input).inserted {
                files.append(input)
            }
        }
        return files
    }

    static func isInstanceName(_ name: String) -> Bool {
        let lower = name.lowercased()
        if lower.hasPrefix(".") || lower.hasPrefix("readme") { return false }
        return lower.hasSuffix(".txt") || lower.hasSuffix(".json") || lower.hasSuffix(".vrp")
    }

    /// Every (instance, solver, seed) job, instances in input order, then solvers, then seeds.
    public static func jobs(files: [String], solvers: [String], seeds: [UInt64]) -> [BatchJob] {
        var jobs: [BatchJob] = []
        for file in files {
            let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            for solver in solvers {
                for seed in seeds { jobs.append(BatchJob(path: file, instance: name, solver: solver, seed: seed)) }
            }
        }
        return jobs
    }

    /// Shard `k` of `n` (1-based): every n-th job starting at job k.
    public static func shard(_ jobs: [BatchJob], index k: Int, of n: Int) -> [BatchJob] {
        jobs.enumerated().filter { $0.offset % n == k - 1 }.map(\.element)
    }
}
