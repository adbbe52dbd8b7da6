import Foundation

/// Aggregates of a results file: per solver and family, and solvers side by side per instance.
public struct BatchSummary: Sendable {
    /// One (solver, family) line.
    public struct Group: Sendable, Equatable {
        public var solver: String
        public var family: String
        public var runs = 0
        public var valid = 0
        public var optimal = 0
        /// Runs with a reference value.
        public var withReference = 0
        /// Runs whose vehicle count equals the reference.
        public var matchingVehicles = 0
        /// Gaps to the reference (percent) of valid runs with the reference vehicle count.
        public var gaps: [Double] = []
        public var seconds: [Double] = []

        public var meanGap: Double? { gaps.isEmpty ? nil : gaps.reduce(0, +) / Double(gaps.count) }
        public var worstGap: Double? { gaps.max() }
        public var meanSeconds: Double? { seconds.isEmpty ? nil : seconds.reduce(0, +) / Double(seconds.count) }
    }

    public private(set) var groups: [Group] = []
    public private(set) var totals: [Group] = []
    let rows: [BatchRow]

    public init(rows: [BatchRow]) {
        self.rows = rows
        var byKey: [String: Group] = [:]
        var totalsBySolver: [String: Group] = [:]
        for row in rows {
            let family = InstanceFamily.of(row.instance)
            let key = row.solver + "\u{0}" + family
            var group = byKey[key] ?? Group(solver: row.solver, family: family)
            var total = totalsBySolver[row.solver] ?? Group(solver: row.solver, family: "all")
            Self.add(row, to: &group)
            Self.add(row, to: &total)
            byKey[key] = group
            totalsBySolver[row.solver] = total
        }
        groups = byKey.values.sorted { ($0.solver, $0.family) < ($1.solver, $1.family) }
        totals = totalsBySolver.values.sorted { $0.solver < $1.solver }
    }

    static func add(_ row: BatchRow, to group: inout Group) {
        group.runs += 1
        if row.valid == true { group.valid += 1 }
        if row.status == "optimal" && row.valid == true { group.optimal += 1 }
        if let reference = row.referenceVehicles {
            group.withReference += 1
            if row.valid == true, row.vehicles == reference { group.matchingVehicles += 1 }
        }
        if let gap = row.gapToReferencePercent { group.gaps.append(gap) }
        if row.status != "error" && row.status != "timeout" { group.seconds.append(row.seconds) }
    }

    /// Solvers present, sorted.
    public var solvers: [String] { Array(Set(rows.map(\.solver))).sorted() }

    /// The table as Markdown (or as aligned plain text when `markdown` is false).
    public func render(markdown: Bool) -> String {
        var out: [String] = []
        let header = ["solver", "family", "runs", "valid", "optimal", "ref. vehicles", "mean gap %", "worst gap %", "mean s"]
        var lines: [[String]] = []
        for group in groups + totals {
            lines.append([group.solver, group.family, "\(group.runs)", "\(group.valid)", "\(group.optimal)",
                          group.withReference > 0 ? "\(group.matchingVehicles)/\(group.withReference)" : "-",
                          format(group.meanGap), format(group.worstGap), format(group.meanSeconds)])
        }
        out.append(table(header: header, lines: lines, markdown: markdown))
        if solvers.count > 1 {
            out.append("")
            out.append(markdown ? "Side by side (best valid run per instance and solver: vehicles / distance, status):"
                                : "Side by side (best valid run per instance and solver):")
            out.append("")
            out.append(table(header: ["instance", "reference"] + solvers, lines: sideBySide(), markdown: markdown))
        }
        let mismatches = rows.filter { $0.valid == true && $0.referenceVehicles != nil && $0.vehicles != $0.referenceVehicles }
        if !mismatches.isEmpty {
            out.append("")
            let listed = mismatches.prefix(12).map {
                let difference = ($0.vehicles ?? 0) - ($0.referenceVehicles ?? 0)
                return "\($0.instance) \($0.solver) s\($0.seed) \(difference > 0 ? "+" : "")\(difference)"
            }
            let more = mismatches.count > listed.count ? ", and \(mismatches.count - listed.count) more" : ""
            out.append("Vehicle count differs from the reference (no gap computed): "
                + listed.joined(separator: ", ") + more)
        }
        return out.joined(separator: "\n") + "\n"
    }

    func sideBySide() -> [[String]] {
        let instances = Array(Set(rows.map(\.instance))).sorted()
        return instances.map { instance in
            let mine = rows.filter { $0.instance == instance }
            let reference = mine.first { $0.referenceVehicles != nil }
                .map { "\($0.referenceVehicles!) / \(format($0.referenceDistance))" } ?? "-"
            return [instance, reference] + solvers.map { solver in
                let runs = mine.filter { $0.solver == solver }
                let best = runs.filter { $0.valid == true }.min {
                    (($0.vehicles ?? .max), ($0.distance ?? .infinity)) < (($1.vehicles ?? .max), ($1.distance ?? .infinity))
                }
                guard let best else { return runs.first.map { $0.status } ?? "-" }
                return "\(best.vehicles ?? 0) / \(format(best.distance)) \(best.status)"
            }
        }
    }

    func format(_ value: Double?) -> String {
        guard let value else { return "-" }
        return String(format: "%.2f", abs(value) < 0.005 ? 0 : value)
    }

    func table(header: [String], lines: [[String]], markdown: Bool) -> String {
        if markdown {
            var text = "| " + header.joined(separator: " | ") + " |\n"
            text += "|" + header.map { _ in "---|" }.joined() + "\n"
            text += lines.map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n")
            return text
        }
        var widths = header.map(\.count)
        for line in lines { for (i, cell) in line.enumerated() { widths[i] = max(widths[i], cell.count) } }
        func pad(_ cells: [String]) -> String {
            cells.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }
                .joined(separator: "  ")
        }
        return ([pad(header)] + lines.map(pad)).joined(separator: "\n")
    }
}
