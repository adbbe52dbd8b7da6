import Foundation
import Testing
@testable import GreenRouteIO

@Suite struct FuzzTests {
    /// Seeded random edits of every fixture give an instance or an `InstanceError` with at least
    /// one problem, never a crash or another error.
    @Test func randomEditsNeverCrashTheReaders() throws {
        var generator = SeededGenerator(seed: 9)
        let alphabet = Array("{}[]\":,0123456789.-eE ntfrul\n/abcxyzCDSQv\\".unicodeScalars)
        let files = try FileManager.default.contentsOfDirectory(atPath: TestPaths.fixtures.path).sorted()
        #expect(files.count > 40)
        for file in files {
            let original = Array(try String(contentsOfFile: TestPaths.fixture(file), encoding: .utf8).unicodeScalars)
            for _ in 0..<40 {
                var text = original
                for _ in 0..<(1 + Int(generator.next() % 4)) {
                    let index = Int(generator.next() % UInt64(max(text.count, 1)))
                    let scalar = alphabet[Int(generator.next() % UInt64(alphabet.count))]
                    switch generator.next() % 3 {
                    case 0: if !text.isEmpty { text.remove(at: index) }
                    case 1: text.insert(scalar, at: min(index, text.count))
                    default: if !text.isEmpty { text[index] = scalar }
                    }
                }
                var scalars = String.UnicodeScalarView()
                scalars.append(contentsOf: text)
                do {
                    _ = try InstanceReader.read(contents: String(scalars), name: "fuzz", path: file)
                } catch let error as InstanceError {
                    #expect(!error.problems.isEmpty)
                } catch {
                    Issue.record("\(file): unexpected error \(error)")
                }
            }
        }
    }
}
