import Foundation

/// Runs the built `greenroute` binary and captures its exit code and output.
struct CommandRunner {
    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The package root (three levels above this file).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `greenroute` binary next to the test bundle.
    static let executable: URL? = {
        var candidates: [URL] = []
        if let bundle = Bundle.main.executableURL?.deletingLastPathComponent() {
            candidates.append(bundle.appendingPathComponent("greenroute"))
            candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("greenroute"))
        }
        for bundle in Bundle.allBundles {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("greenroute"))
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/greenroute"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    static func run(_ arguments: [String]) throws -> Result {
        guard let executable else { throw CocoaError(.fileNoSuchFile) }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("greenroute-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let outPath = folder.appendingPathComponent("out"), errPath = folder.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outPath.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: outPath)
        process.standardError = try FileHandle(forWritingTo: errPath)
        try process.run()
        process.waitUntilExit()
        let result = Result(status: process.terminationStatus,
                            standardOutput: (try? String(contentsOf: outPath, encoding: .utf8)) ?? "",
                            standardError: (try? String(contentsOf: errPath, encoding: .utf8)) ?? "")
        try? FileManager.default.removeItem(at: folder)
        return result
    }

    /// A fresh temporary folder (the caller removes it).
    static func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("greenroute-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.path
    }
}
