import Foundation
import GreenRouteCheck
import GreenRouteCore
import Testing
@testable import GreenRouteMIP

/// Release benchmark over the small Schneider files, skipped unless GREENROUTE_MIP_BENCH is set:
/// (`GREENROUTE_MIP_FILES=c101_21` adds other shipped files.)
/// `GREENROUTE_MIP_BENCH=5,10 GREENROUTE_MIP_CHARGING=partial GREENROUTE_MIP_LIMIT=300 \
///  swift test -c release --filter MIPBenchmark`
@Suite struct MIPBenchmark {
    static let environment = ProcessInfo.processInfo.environment

    @Test(.enabled(if: environment["GREENROUTE_MIP_BENCH"] != nil))
    func smallSchneiderFiles() throws {
        let sizes = (Self.environment["GREENROUTE_MIP_BENCH"] ?? "5").split(separator: ",").compactMap { Int($0) }
        let charging = ChargingMode(rawValue: Self.environment["GREENROUTE_MIP_CHARGING"] ?? "full") ?? .full
        let limit = Double(Self.environment["GREENROUTE_MIP_LIMIT"] ?? "300") ?? 300
        let only = Self.environment["GREENROUTE_MIP_ONLY"]
        let useSubsetDP = Self.environment["GREENROUTE_MIP_NO_DP"] == nil
        let references = try ShippedInstances.references()
        let log = Self.environment["GREENROUTE_MIP_OUT"].flatMap { path -> FileHandle? in
            if !FileManager.default.fileExists(atPath: path) { _ = FileManager.default.createFile(atPath: path, contents: nil) }
            return FileHandle(forWritingAtPath: path)
        }
        log?.seekToEndOfFile()
        func emit(_ line: String) {
            print(line)
            log?.write(Data((line + "\n").utf8))
        }
        emit("instance,charging,status,vehicles,distance,reference,enumeration_s,routes,labels,dp_s,columns,glpk_s,total_s,valid")
        var names: [String] = []
        for size in sizes { names += try ShippedInstances.small(customers: size) }
        names += (Self.environment["GREENROUTE_MIP_FILES"] ?? "").split(separator: ",").map(String.init)
        do {
            for name in names where only.map({ $0.split(separator: ",").contains(Substring(name)) }) ?? true {
                let instance = try ShippedInstances.evrptw(name).with(charging: charging)
                var solver = MIPSolver(useSubsetDP: useSubsetDP)
                solver.eliminateColumns = Self.environment["GREENROUTE_MIP_ELIMINATION"] != nil
                let (plan, statistics) = solver.solveWithStatistics(instance, options: SolverOptions(timeLimit: limit))
                let valid = PlanChecker(instance: instance).check(plan).isValid
                let reference = references[name].map { "\($0.vehicles)/\(String(format2: $0.distance))" } ?? "-"
                emit("\(name),\(charging.rawValue),\(plan.status.rawValue),\(plan.vehicles),\(String(format2: plan.distance)),"
                      + "\(reference),\(String(format2: statistics.enumerationSeconds)),\(statistics.routes),"
                      + "\(statistics.labels),\(String(format2: statistics.subsetSeconds)),"
                      + "\(statistics.columnsAfterElimination.map(String.init) ?? "-"),\(String(format2: statistics.glpkSeconds)),\(String(format2: plan.seconds)),\(valid)")
                if plan.status != .optimal { emit("  notes: \(plan.notes)") }
                #expect(valid)
            }
        }
    }
}
