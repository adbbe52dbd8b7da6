import ArgumentParser
import GreenRouteIO

/// `greenroute convert`: any supported instance format to GreenRoute's JSON.
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Convert an instance to GreenRoute's JSON format.")

    @Argument(help: "Instance file (Schneider, Solomon or GreenRoute JSON).")
    var instance: String

    @Option(name: .shortAndLong, help: "JSON file to write.")
    var output: String

    func run() throws {
        let loaded = try loadInstance(instance)
        try write(NativeInstanceWriter.write(loaded), to: output)
    }
}
