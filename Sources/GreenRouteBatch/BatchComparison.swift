import Foundation

/// Two sets of runs side by side, one pair per (instance, seed) present in both: is the
/// candidate better, worse or equal to the baseline? This answers targets such as "the hybrid
/// is never worse than the heuristic" or "partial recharge is never worse than full" from two
/// results files (or two solvers of one file).
///
/// The rule is the hierarchical objective of the benchmarks: a valid plan beats an invalid one
/// or none, then fewer vehicles win, then the shorter distance, where distances closer than
/// ``distanceTolerance`` (distance units; the references are printed to 0.01) count as equal.
public struct BatchComparison: Sendable {
    /// How the candidate of a pair compares with its baseline.
    public enum Verdict: String, Sendable {
        case better, worse, equal
    }

    /// One (instance, seed) run in both sets.
    public struct Pair: Sendable {
        public var instance: String
        public var seed: UInt64
        public var baseline: BatchRow
        public var candidate: BatchRow
        public var verdict: Verdict
        /// 100 × (candidate − baseline) / baseline distance, when both are valid with the same
        /// vehicle count; nil otherwise.
        public var distanceChangePercent: Double?
    }

    /// Distances closer than this are equal (distance units).
    public static let distanceTolerance = 0.005

    public let baselineName: String
    public let candidateName: String
    /// Pairs in (instance, seed) order.
    public let pairs: [Pair]
    /// "instance seed N" of runs present in one set only.
    public let unmatched: [String]

    /// Pairs the runs of `baseline` and `candidate` by (instance, seed). Each set must hold at
    /// most one run per (instance, seed): filter one solver out of a file with several first.
    public init(baseline: [BatchRow], baselineName: String, candidate: [BatchRow], candidateName: String) throws {
        let base = try Self.index(baseline, name: baselineName)
        let other = try Self.index(candidate, name: candidateName)
        self.baselineName = baselineName
        self.candidateName = candidateName
        var pairs: [Pair] = []
        var unmatched: [String] = []
        for key in Set(base.keys).union(other.keys).sorted(by: { ($0.instance, $0.seed) < ($1.instance, $1.seed) }) {
            guard let first = base[key], let second = other[key] else {
                unmatched.append("\(key.instance) seed \(key.seed)")
                continue
            }
            let (verdict, change) = Self.compare(first, second)
            pairs.append(Pair(instance: key.instance, seed: key.seed, baseline: first, candidate: second,
                              verdict: verdict, distanceChangePercent: change))
        }
        self.pairs = pairs
        self.unmatched = unmatched
    }

    /// Pairs with this verdict.
    public func count(_ verdict: Verdict) -> Int { pairs.filter { $0.verdict == verdict }.count }

    /// Mean of ``Pair/distanceChangePercent`` over the pairs that have one (negative = the
    /// candidate is shorter); nil when no pair has one.
    public var meanDistanceChangePercent: Double? {
        let changes = pairs.compactMap(\.distanceChangePercent)
        return changes.isEmpty ? nil : changes.reduce(0, +) / Double(changes.count)
    }

    /// The sign test of better against worse pairs (equal ones left out): can the count be told
    /// from a coin toss? Two-sided p; nil when no pair differs.
    public var signTestP: Double? {
        PairedTest.signTest(better: count(.better), worse: count(.worse))
    }

    /// The signed-rank test of ``Pair/distanceChangePercent`` over the pairs at the same vehicle
    /// count whose distances differ (equal pairs left out); nil when there is none.
    public var distanceSignedRank: PairedTest.SignedRank? {
        PairedTest.signedRank(pairs.filter { $0.verdict != .equal }.compactMap(\.distanceChangePercent))
    }

    /// The counts, the mean change, the two tests and the worse pairs (largest first), as plain text; with
    /// `markdown`, followed by a table of every pair.
    public func render(markdown: Bool) -> String {
        var lines = ["\(candidateName) against \(baselineName): \(pairs.count) pairs (instance, seed)",
                     "better \(count(.better)), worse \(count(.worse)), equal \(count(.equal))"]
        let withChange = pairs.filter { $0.distanceChangePercent != nil }.count
        if let mean = meanDistanceChangePercent {
            lines.append("mean distance change \(Self.percent(mean)) over \(withChange) pairs with the same vehicle count")
        }
        lines.append(contentsOf: testLines)
        for verdict in [Verdict.worse, .better] {
            let listed = pairs.filter { $0.verdict == verdict }.sorted { Self.weight($0) > Self.weight($1) }
            guard !listed.isEmpty else { continue }
            lines.append("\(verdict.rawValue): " + listed.map { "\($0.instance) s\($0.seed) \(Self.change($0))" }
                .joined(separator: ", "))
        }
        if !unmatched.isEmpty { lines.append("in one set only: " + unmatched.joined(separator: ", ")) }
        guard markdown else { return lines.joined(separator: "\n") + "\n" }
        var table = ["", "| instance | seed | \(baselineName) | \(candidateName) | change | verdict |", "|---|---|---|---|---|---|"]
        for pair in pairs {
            table.append("| \(pair.instance) | \(pair.seed) | \(Self.result(pair.baseline)) | \(Self.result(pair.candidate)) | "
                         + "\(Self.change(pair)) | \(pair.verdict.rawValue) |")
        }
        return (lines + table).joined(separator: "\n") + "\n"
    }

    /// The tests' lines: p below 0.05 says the difference is unlikely to be seed-to-seed noise.
    private var testLines: [String] {
        var lines: [String] = []
        let sign = signTestP, signedRank = distanceSignedRank
        if let p = sign {
            lines.append("sign test, better \(count(.better)) against worse \(count(.worse)): two-sided p = \(Self.probability(p))")
        }
        if let test = signedRank {
            lines.append("signed-rank test of the \(test.count) distance changes at the same vehicle count: "
                         + "ranks of longer \(String(format: "%.1f", test.positiveRankSum)), of shorter "
                         + "\(String(format: "%.1f", test.negativeRankSum)), two-sided p = \(Self.probability(test.p))"
                         + (test.isExact ? " (exact)" : " (normal approximation)"))
        }
        if !lines.isEmpty {
            let detected = (sign ?? 1) < 0.05 || (signedRank?.p ?? 1) < 0.05
            lines.append(detected ? "p < 0.05: a difference unlikely to be seed-to-seed noise"
                                  : "neither test tells the two apart at the 5 % level")
        }
        return lines
    }

    private static func probability(_ value: Double) -> String {
        value < 0.001 ? String(format: "%.1e", value) : String(format: "%.3f", value)
    }

    // MARK: - Rules

    private struct Key: Hashable {
        var instance: String
        var seed: UInt64
    }

    private static func index(_ rows: [BatchRow], name: String) throws -> [Key: BatchRow] {
        var byKey: [Key: BatchRow] = [:]
        for row in rows {
            let key = Key(instance: row.instance, seed: row.seed)
            if let earlier = byKey[key] {
                throw BatchComparisonError.severalRuns(set: name, instance: row.instance, seed: row.seed,
                                                       solvers: [earlier.solver, row.solver])
            }
            byKey[key] = row
        }
        return byKey
    }

    /// A valid plan's (vehicles, distance); nil for an invalid run or one without a plan.
    private static func value(_ row: BatchRow) -> (vehicles: Int, distance: Double)? {
        guard row.valid == true, let vehicles = row.vehicles, let distance = row.distance else { return nil }
        return (vehicles, distance)
    }

    private static func compare(_ baseline: BatchRow, _ candidate: BatchRow) -> (Verdict, Double?) {
        switch (value(baseline), value(candidate)) {
        case (nil, nil): return (.equal, nil)
        case (nil, _): return (.better, nil)
        case (_, nil): return (.worse, nil)
        case let (first?, second?):
            if first.vehicles != second.vehicles { return (second.vehicles < first.vehicles ? .better : .worse, nil) }
            let change = first.distance > 0 ? 100 * (second.distance - first.distance) / first.distance : 0
            if abs(second.distance - first.distance) < distanceTolerance { return (.equal, change) }
            return (second.distance < first.distance ? .better : .worse, change)
        }
    }

    /// Orders the listed pairs: a vehicle or validity difference first, then the size of the change.
    private static func weight(_ pair: Pair) -> Double {
        pair.distanceChangePercent.map(abs) ?? .infinity
    }

    private static func change(_ pair: Pair) -> String {
        if let change = pair.distanceChangePercent { return percent(change) }
        switch (value(pair.baseline), value(pair.candidate)) {
        case (nil, nil): return "both invalid"
        case (nil, _): return "valid (baseline invalid)"
        case (_, nil): return "invalid"
        case let (first?, second?):
            let difference = second.vehicles - first.vehicles
            return "\(difference > 0 ? "+" : "")\(difference) vehicle\(abs(difference) == 1 ? "" : "s")"
        }
    }

    /// Two decimals; four for changes too small to show with two (a distance that differs by
    /// 0.01 on 1,000 is not "+0.00 %").
    private static func percent(_ value: Double) -> String {
        String(format: abs(value) < 0.005 ? "%+.4f %%" : "%+.2f %%", value)
    }

    private static func result(_ row: BatchRow) -> String {
        guard let value = value(row) else { return row.valid == false ? "invalid" : row.status }
        return "\(value.vehicles) / " + String(format: "%.2f", value.distance)
    }
}

/// Why two sets of runs cannot be compared.
public enum BatchComparisonError: Error, CustomStringConvertible, Equatable {
    /// A set holds two runs of one (instance, seed), e.g. two solvers of one file.
    case severalRuns(set: String, instance: String, seed: UInt64, solvers: [String])

    public var description: String {
        switch self {
        case let .severalRuns(set, instance, seed, solvers):
            return "\(set): several runs of \(instance) seed \(seed) (solvers \(solvers.joined(separator: ", "))); "
                + "name one solver per set"
        }
    }
}
