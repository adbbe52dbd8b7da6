import ArgumentParser
import Foundation

/// The `greenroute` command: plans routes for electric vans that charge only from green energy.
@main
struct GreenRoute: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "greenroute",
        abstract: "Routes and charging plans for electric vans that charge only from green energy.",
        discussion: """
            Exit codes: 0 ok; 1 internal error; 2 bad input or usage; 3 infeasible instance or \
            plan violations; 4 no plan within the limits.
            """,
        subcommands: [PlanCommand.self, Solve.self, Check.self, ReportCommand.self, Inspect.self, Convert.self,
                      Generate.self, Batch.self]
    )

    /// Parses, runs and maps every outcome to the documented exit codes.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitStatus {
            if !exit.message.isEmpty { FileHandle.standardError.write(Data((exit.message + "\n").utf8)) }
            Foundation.exit(exit.code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            // ArgumentParser's usage errors (64) and our input errors share code 2.
            Foundation.exit(code == .validationFailure || code.rawValue == 64 ? ExitStatus.Code.badInput.rawValue : code.rawValue)
        }
    }
}
