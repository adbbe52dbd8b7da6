import Foundation

/// A fresh folder under the system's temporary directory, removed with the value. Meant as a
/// suite's stored property: Swift Testing makes one suite value per test, so each test gets
/// its own folder and leaves nothing behind.
final class TemporaryFolder {
    let path: String

    init(_ prefix: String) throws {
        path = NSTemporaryDirectory() + "\(prefix)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
