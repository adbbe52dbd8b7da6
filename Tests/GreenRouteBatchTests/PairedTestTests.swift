import Foundation
import Testing
@testable import GreenRouteBatch

/// Reference values from SciPy 1.17 (`scipy.stats.binomtest`, `scipy.stats.wilcoxon`) and, for
/// ties, from enumerating all 2^n sign patterns.
@Suite struct PairedTestTests {
    @Test func signTestIsTheExactBinomialTail() throws {
        #expect(abs(try #require(PairedTest.signTest(better: 2, worse: 8)) - 0.109375) < 1e-12)
        #expect(abs(try #require(PairedTest.signTest(better: 8, worse: 2)) - 0.109375) < 1e-12)
        #expect(abs(try #require(PairedTest.signTest(better: 0, worse: 5)) - 0.0625) < 1e-12)
        #expect(abs(try #require(PairedTest.signTest(better: 16, worse: 17)) - 1) < 1e-12)
        #expect(abs(try #require(PairedTest.signTest(better: 30, worse: 5)) - 2.2361520677804947e-5) < 1e-12)
        #expect(PairedTest.signTest(better: 0, worse: 0) == nil)
    }

    @Test func signedRankExactWithoutTiesMatchesSciPy() throws {
        let differences = [-2.0, 1.5, 1.25, 1.0, 0.75, 0.625, -0.875, -0.5625, 0.5, 0.4375, -0.375, -0.3125]
        let test = try #require(PairedTest.signedRank(differences))
        #expect(test.isExact && test.count == 12)
        #expect(min(test.positiveRankSum, test.negativeRankSum) == 28)
        #expect(test.positiveRankSum + test.negativeRankSum == 78)
        #expect(abs(test.p - 0.423828125) < 1e-12)
        let oneSided = try #require(PairedTest.signedRank([1, 2, 3, 4, 5]))
        #expect(oneSided.positiveRankSum == 15 && oneSided.negativeRankSum == 0 && oneSided.p == 0.0625)
    }

    @Test func signedRankGivesTiesTheirMeanRankAndLeavesZerosOut() throws {
        let test = try #require(PairedTest.signedRank([1, 1, -1, 2, 2, 2, 3, 0]))
        #expect(test.count == 7 && test.positiveRankSum == 26 && test.negativeRankSum == 2)
        #expect(abs(test.p - 0.0625) < 1e-12)
        let balanced = try #require(PairedTest.signedRank([0.5, -0.5, 0.25, 1, -1, -1, 2]))
        #expect(balanced.positiveRankSum == 15.5 && balanced.negativeRankSum == 12.5)
        #expect(abs(balanced.p - 0.84375) < 1e-12)
        #expect(PairedTest.signedRank([0, 0]) == nil)
    }

    @Test func signedRankAboveTheExactLimitUsesTheNormalApproximation() throws {
        let differences = (1...250).map { Double(($0 * 37) % 101 - 45) / 10 }
        let test = try #require(PairedTest.signedRank(differences))
        #expect(!test.isExact && test.count == 248)
        #expect(min(test.positiveRankSum, test.negativeRankSum) == 12504)
        #expect(abs(test.p - 0.009480277863912501) < 1e-9)
    }

    @Test func comparisonReportsBothTests() throws {
        func row(_ instance: String, _ distance: Double) -> BatchRow {
            BatchRow(instance: instance, solver: "s", seed: 1, status: "feasible", vehicles: 3, distance: distance,
                     seconds: 60, valid: true)
        }
        let names = (1...6).map { "f\($0)" }
        let comparison = try BatchComparison(baseline: names.map { row($0, 100) }, baselineName: "a",
                                             candidate: names.map { row($0, 99) }, candidateName: "b")
        #expect(abs(try #require(comparison.signTestP) - 0.03125) < 1e-12)
        #expect(abs(try #require(comparison.distanceSignedRank?.p) - 0.03125) < 1e-12)
        let text = comparison.render(markdown: false)
        #expect(text.contains("sign test, better 6 against worse 0: two-sided p = 0.031"))
        #expect(text.contains("p < 0.05: a difference unlikely to be seed-to-seed noise"))
    }
}
