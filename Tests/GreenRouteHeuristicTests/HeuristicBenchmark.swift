import Foundation
import GreenRouteCheck
import GreenRouteCore
import GreenRouteHeuristic
import GreenRouteIO
import Testing

/// Release-mode benchmark, skipped unless GREENROUTE_BENCH names a folder under
/// /work/shared/benchmarks (e.g. `evrptw`), with GREENROUTE_BENCH_FILTER a comma-separated
/// list of name suffixes/prefixes and GREENROUTE_BENCH_SECONDS the time limit.
/// Run: GREENROUTE_BENCH=evrptw GREENROUTE_BENCH_FILTER=C5,C10,C15 GREENROUTE_BENCH_SECONDS=5 \
///   swift test -c release --scratch-path .build-heur --filter HeuristicBenchmark
@Suite struct HeuristicBenchmark {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["GREENROUTE_BENCH"] != nil))
    func benchmark() throws {
        let environment = ProcessInfo.processInfo.environment
        let folder = "/work/shared/benchmarks/" + environment["GREENROUTE_BENCH"]!
        let seconds = Double(environment["GREENROUTE_BENCH_SECONDS"] ?? "5") ?? 5
        let filters = (environment["GREENROUTE_BENCH_FILTER"] ?? "").split(separator: ",").map(String.init)
        let partial = environment["GREENROUTE_BENCH_PARTIAL"] != nil
        let references = TestInstances.references(path: folder + "/reference.csv")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasSuffix(".txt") && $0 != "readme.txt" }
            .map { String($0.dropLast(4)) }
            .filter { name in filters.isEmpty || filters.contains { name == $0 || ($0.first == "C" && name.hasSuffix($0)) } }
            .sorted()
        var gaps: [Double] = []
        var vehicleHits = 0
        for name in names {
            var instance = try InstanceReader.read(path: "\(folder)/\(name).txt")
            if partial { instance = instance.with(charging: .partial) }
            var solver = HeuristicSolver()
            if let value = environment["GREENROUTE_BENCH_T0"].flatMap(Double.init) { solver.startTemperature = value }
            if let value = environment["GREENROUTE_BENCH_TF"].flatMap(Double.init) { solver.endTemperature = value }
            if let value = environment["GREENROUTE_BENCH_FLEET"].flatMap(Double.init) { solver.fleetShare = value }
            if let value = environment["GREENROUTE_BENCH_REMOVED"].flatMap(Double.init) { solver.averageRemoved = value }
            if let value = environment["GREENROUTE_BENCH_ABSENT"].flatMap(Double.init) { solver.absentPenalty = value }
            let seed = environment["GREENROUTE_BENCH_SEED"].flatMap(UInt64.init) ?? 1
            let plan = solver.solve(instance, options: SolverOptions(timeLimit: seconds, seed: seed))
            let reference = references[name]
            if environment["GREENROUTE_BENCH_DUMP"] != nil, let data = try? JSONEncoder().encode(plan) {
                try? data.write(to: URL(fileURLWithPath: "/tmp/plan_\(name).json"))
            }
            let gap = reference.map { 100 * (plan.distance - $0.distance) / $0.distance } ?? .nan
            if let reference, reference.vehicles == plan.vehicles { vehicleHits += 1; gaps.append(gap) }
            else if reference != nil { gaps.append(gap) }
            print("BENCH \(name) vehicles \(plan.vehicles) distance \(String(format: "%.2f", plan.distance)) "
                  + "ref \(reference.map { "\($0.vehicles) \($0.distance)" } ?? "-") "
                  + "gap \(String(format: "%.2f", gap))% seconds \(String(format: "%.2f", plan.seconds)) "
                  + "status \(plan.status.rawValue) checker \(PlanChecker(instance: instance).check(plan).isValid ? "valid" : "INVALID") "
                  + plan.notes.joined(separator: "; "))
        }
        let mean = gaps.isEmpty ? 0 : gaps.reduce(0, +) / Double(gaps.count)
        print("BENCH SUMMARY files \(names.count) vehicleHits \(vehicleHits) meanGap \(String(format: "%.3f", mean))%")
    }
}
