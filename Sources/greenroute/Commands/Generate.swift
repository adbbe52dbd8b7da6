import ArgumentParser
import GreenRouteIO

/// `greenroute generate`: a realistic courier day in Sofia or Plovdiv from a seed.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate a reproducible courier day (customers, e-vans, solar-fed stations) as GreenRoute JSON.",
        discussion: "The exact command line is written into the file's metadata as \"generator\" (Docs/scenarios.md).")

    @Option(help: "City preset: sofia or plovdiv.")
    var city: String

    @Option(help: "Number of customers.")
    var customers: Int

    @Option(help: "The day, YYYY-MM-DD (sets the sun and summer time).")
    var date: String

    @Option(help: "Weather: sunny, cloudy or mixed (sets the hourly cloud factors).")
    var weather: String

    @Option(help: "Seed of the generator's random numbers.")
    var seed: UInt64

    @Option(help: "Vans available (default: max(2, ⌈customers / 12⌉)).")
    var vans: Int?

    @Option(help: "Charging stations (default: 2, 3, 4 or 6 by size).")
    var stations: Int?

    @Option(help: "Scale of the solar parks' size and supply (default 1; below 1 supply is scarce).")
    var supplyScale: Double = 1

    @Option(help: "Chargers at every station (default: 1–4 drawn per station).")
    var chargers: Int?

    @Option(name: .shortAndLong, help: "JSON file to write; its name names the instance.")
    var output: String

    func validate() throws {
        guard let weather = ScenarioWeather(rawValue: weather) else {
            throw ValidationError("unknown weather \"\(weather)\" (expected sunny, cloudy or mixed)")
        }
        if let problem = request(weather).problem { throw ValidationError(problem) }
    }

    func run() throws {
        do {
            let instance = try ScenarioGenerator.generate(request(ScenarioWeather(rawValue: weather)!))
            try write(NativeInstanceWriter.write(instance), to: output)
        } catch let error as ScenarioGenerationError {
            throw ExitStatus.badInput("generate: error: \(error)")
        }
    }

    private func request(_ weather: ScenarioWeather) -> ScenarioRequest {
        ScenarioRequest(city: city, customers: customers, date: date, weather: weather, seed: seed,
                        vans: vans, stations: stations, supplyScale: supplyScale, chargers: chargers, output: output)
    }
}
