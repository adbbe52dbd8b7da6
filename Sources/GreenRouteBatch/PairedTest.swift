import Foundation

/// Significance tests for paired benchmark runs (the same instance and seed under two solvers
/// or settings): can a difference be told from seed-to-seed noise? With clock limits one run of
/// a file against one run of another binary is often a coin toss (the same binary was worse
/// than itself on 15 of 40 files), so a count of better and worse pairs needs a test.
///
/// - The **sign test** asks whether "better" and "worse" are equally likely (equal pairs left
///   out): the exact two-sided binomial tail at one half.
/// - The **Wilcoxon signed-rank test** asks whether the paired differences (here distance
///   changes in percent) are symmetric around zero: ranks of the absolute differences, ties
///   given their mean rank, zeros left out. Exact (the rank sums' distribution under random
///   signs, ties included) up to ``exactLimit`` differences, above that the normal
///   approximation with the tie correction and a continuity correction of ½.
public enum PairedTest {
    /// Most nonzero differences for which ``signedRank(_:)`` computes the exact distribution.
    public static let exactLimit = 200

    /// The two-sided p-value of the sign test for `better` and `worse` pairs; nil when both are 0.
    public static func signTest(better: Int, worse: Int) -> Double? {
        let trials = better + worse
        guard trials > 0, better >= 0, worse >= 0 else { return nil }
        let tail = (0...min(better, worse)).reduce(0.0) { sum, successes in
            sum + exp(logChoose(trials, successes) - Double(trials) * log(2.0))
        }
        return min(1, 2 * tail)
    }

    /// The outcome of a signed-rank test.
    public struct SignedRank: Sendable, Equatable {
        /// Nonzero differences ranked.
        public var count: Int
        /// Sum of the ranks of the positive differences.
        public var positiveRankSum: Double
        /// Sum of the ranks of the negative differences.
        public var negativeRankSum: Double
        /// Two-sided p-value.
        public var p: Double
        /// True when `p` comes from the exact distribution, false from the normal approximation.
        public var isExact: Bool
    }

    /// The Wilcoxon signed-rank test of `differences` against zero; nil when none is nonzero.
    public static func signedRank(_ differences: [Double]) -> SignedRank? {
        let nonzero = differences.filter { $0 != 0 && $0.isFinite }
        guard !nonzero.isEmpty else { return nil }
        // Doubled mean ranks stay integers: a tie over ranks i...j has mean (i + j) / 2.
        let order = nonzero.indices.sorted { abs(nonzero[$0]) < abs(nonzero[$1]) }
        var doubledRank = [Int](repeating: 0, count: nonzero.count)
        var tieCorrection = 0.0
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && abs(nonzero[order[end + 1]]) == abs(nonzero[order[start]]) { end += 1 }
            for position in start...end { doubledRank[order[position]] = (start + 1) + (end + 1) }
            let tied = Double(end - start + 1)
            tieCorrection += tied * tied * tied - tied
            start = end + 1
        }
        let doubledPositive = nonzero.indices.filter { nonzero[$0] > 0 }.reduce(0) { $0 + doubledRank[$1] }
        let doubledTotal = doubledRank.reduce(0, +)
        let n = Double(nonzero.count)
        let positive = Double(doubledPositive) / 2
        let negative = Double(doubledTotal - doubledPositive) / 2
        if nonzero.count <= exactLimit {
            let p = exactTwoSided(doubledRanks: doubledRank, observed: doubledPositive)
            return SignedRank(count: nonzero.count, positiveRankSum: positive, negativeRankSum: negative, p: p, isExact: true)
        }
        let mean = n * (n + 1) / 4
        let variance = n * (n + 1) * (2 * n + 1) / 24 - tieCorrection / 48
        let deviation = max(0, abs(positive - mean) - 0.5)
        let p = variance > 0 ? min(1, erfc(deviation / sqrt(variance) / sqrt(2.0))) : 1
        return SignedRank(count: nonzero.count, positiveRankSum: positive, negativeRankSum: negative, p: p, isExact: false)
    }

    /// 2 × the smaller tail of the doubled positive rank sum when every sign is a fair coin.
    private static func exactTwoSided(doubledRanks: [Int], observed: Int) -> Double {
        let total = doubledRanks.reduce(0, +)
        // ways[s]: share of the 2^n sign patterns whose doubled positive rank sum is s.
        var ways = [Double](repeating: 0, count: total + 1)
        ways[0] = 1
        var reach = 0
        for rank in doubledRanks {
            reach += rank
            for sum in stride(from: reach, through: rank, by: -1) { ways[sum] = 0.5 * ways[sum] + 0.5 * ways[sum - rank] }
            for sum in 0..<min(rank, reach + 1) { ways[sum] *= 0.5 }
        }
        let lower = ways[0...observed].reduce(0, +)
        let upper = ways[observed...total].reduce(0, +)
        return min(1, 2 * min(lower, upper))
    }

    private static func logChoose(_ n: Int, _ k: Int) -> Double {
        lgamma(Double(n + 1)) - lgamma(Double(k + 1)) - lgamma(Double(n - k + 1))
    }
}
