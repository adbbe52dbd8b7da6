import Foundation
import GreenRouteCore
import GreenRouteIO

/// A documented exit with its message (printed on stderr).
struct ExitStatus: Error {
    enum Code: Int32 {
        case ok = 0
        case internalError = 1
        case badInput = 2
        case infeasible = 3
        case noPlan = 4
    }

    var code: Code
    var message: String

    static func badInput(_ message: String) -> ExitStatus { ExitStatus(code: .badInput, message: message) }

    /// The exit that a plan's status calls for.
    static func code(for plan: Plan) -> Code {
        switch plan.status {
        case .optimal, .feasible: return .ok
        case .infeasible: return .infeasible
        case .timeout: return .noPlan
        case .error: return .internalError
        }
    }
}

/// Reads an instance, turning every reader error into exit code 2 with `file:line: error:` lines.
func loadInstance(_ path: String, charging: ChargingMode? = nil) throws -> Instance {
    do {
        let instance = try InstanceReader.read(path: path)
        if let charging { return instance.with(charging: charging) }
        return instance
    } catch {
        throw ExitStatus.badInput(String(describing: error))
    }
}

/// Reads a plan file, turning every reader error into exit code 2 with file, line and field.
func loadPlan(_ path: String) throws -> Plan {
    do {
        return try PlanReader.read(path: path)
    } catch {
        throw ExitStatus.badInput(String(describing: error))
    }
}

/// Writes text to a file, or fails with exit code 2 naming the file.
func write(_ text: String, to path: String) throws {
    do {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    } catch {
        throw ExitStatus.badInput("\(path): error: cannot write: \(error.localizedDescription)")
    }
}

/// Whether standard error is a terminal (progress lines only then).
var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

/// Writes to standard error.
func printError(_ text: String, terminator: String = "\n") {
    FileHandle.standardError.write(Data((text + terminator).utf8))
}
