import Foundation

/// Runs headless Chromium for the browser tests (Debian package `chromium`).
struct HeadlessBrowser {
    let executable: String

    /// The first of `chromium`, `chromium-browser`, `google-chrome` found on PATH, or nil.
    static func find() -> HeadlessBrowser? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in path.split(separator: ":") {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return HeadlessBrowser(executable: candidate) }
            }
        }
        return nil
    }

    /// Whether the tests run in CI (environment variable CI set), where a missing browser is a failure.
    static var inCI: Bool { ProcessInfo.processInfo.environment["CI"] != nil }

    /// Renders a page to a PNG of the given window size.
    func screenshot(of page: URL, to png: URL, width: Int = 1280, height: Int = 2000) throws {
        _ = try run(["--screenshot=\(png.path)", "--window-size=\(width),\(height)", "--hide-scrollbars", page.absoluteString])
    }

    /// The DOM after loading the page, serialised as HTML.
    func dumpDOM(of page: URL) throws -> String {
        try run(["--dump-dom", page.absoluteString])
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs the browser with a private profile and a 60 s deadline; returns standard output.
    private func run(_ arguments: [String]) throws -> String {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("greenroute-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                             "--user-data-dir=\(profile.path)"] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read while it runs so that a large DOM cannot fill the pipe and block the browser.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            throw Failure(description: "\(executable) did not finish within 60 s")
        }
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw Failure(description: "\(executable) exited with \(process.terminationStatus): \(message.suffix(2000))")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
