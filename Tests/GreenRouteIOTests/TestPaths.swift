import Foundation

/// Paths the IO tests use: the package root (found from this file) and the fixtures.
enum TestPaths {
    /// The package root: three levels up from this file (Tests/GreenRouteIOTests/TestPaths.swift).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped instances folder.
    static let instances = packageRoot.appendingPathComponent("Instances")

    /// The fixture folder in the source tree (the same files are copied as a bundle resource).
    static let fixtures = packageRoot.appendingPathComponent("Tests/GreenRouteIOTests/Fixtures")

    /// Path of one fixture file.
    static func fixture(_ name: String) -> String {
        fixtures.appendingPathComponent(name).path
    }

    /// The shared benchmark folder (`/work/shared/benchmarks` or `../shared/benchmarks`), if present.
    static var sharedBenchmarks: URL? {
        let candidates = [packageRoot.deletingLastPathComponent().appendingPathComponent("shared/benchmarks"),
                          URL(fileURLWithPath: "/work/shared/benchmarks")]
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// The `.txt` instance files of a folder, sorted, without `readme.txt`.
    static func instanceFiles(in folder: URL, extension wanted: String = "txt") -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix("." + wanted) && $0.lowercased() != "readme.txt" }
            .sorted().map { folder.appendingPathComponent($0) }
    }
}
