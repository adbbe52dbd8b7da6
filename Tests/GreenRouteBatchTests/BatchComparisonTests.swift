import Testing
@testable import GreenRouteBatch

@Suite struct BatchComparisonTests {
    func row(_ instance: String, seed: UInt64 = 1, solver: String = "heuristic", vehicles: Int = 10,
             distance: Double = 1000, valid: Bool? = true) -> BatchRow {
        BatchRow(instance: instance, solver: solver, seed: seed, status: valid == nil ? "timeout" : "feasible",
                 vehicles: valid == nil ? nil : vehicles, distance: valid == nil ? nil : distance, seconds: 60,
                 valid: valid)
    }

    @Test func verdictsFollowValidityThenVehiclesThenDistance() throws {
        let baseline = [row("a"), row("b"), row("c"), row("d"), row("e"), row("f", valid: false), row("g", valid: nil),
                        row("h", seed: 2)]
        let candidate = [row("a", solver: "hybrid", distance: 990),             // shorter
                         row("b", solver: "hybrid", vehicles: 9, distance: 1200), // fewer vehicles wins
                         row("c", solver: "hybrid", distance: 1000.004),        // within the tolerance
                         row("d", solver: "hybrid", distance: 1000.01),         // longer by 0.01
                         row("e", solver: "hybrid", valid: false),              // invalid loses
                         row("f", solver: "hybrid"),                            // valid beats invalid
                         row("g", solver: "hybrid", valid: nil),                // neither has a plan
                         row("h", seed: 3, solver: "hybrid")]
        let comparison = try BatchComparison(baseline: baseline, baselineName: "heuristic",
                                             candidate: candidate, candidateName: "hybrid")
        let verdicts = Dictionary(uniqueKeysWithValues: comparison.pairs.map { ($0.instance, $0.verdict) })
        #expect(verdicts == ["a": .better, "b": .better, "c": .equal, "d": .worse, "e": .worse, "f": .better,
                             "g": .equal])
        #expect(comparison.count(.better) == 3 && comparison.count(.worse) == 2 && comparison.count(.equal) == 2)
        #expect(comparison.unmatched == ["h seed 2", "h seed 3"])
        // The mean change counts the pairs with the same vehicle count and two valid plans: a, c, d.
        let mean = try #require(comparison.meanDistanceChangePercent)
        #expect(abs(mean - (-1.0 + 0.0004 + 0.001) / 3) < 1e-9)
        let text = comparison.render(markdown: false)
        #expect(text.contains("better 3, worse 2, equal 2"))
        #expect(text.contains("worse: e s1 invalid, d s1 +0.0010 %"))
        #expect(text.contains("b s1 -1 vehicle"))
        #expect(comparison.render(markdown: true).contains("| a | 1 | 10 / 1000.00 | 10 / 990.00 | -1.00 % | better |"))
    }

    @Test func pairsBySeed() throws {
        let comparison = try BatchComparison(baseline: [row("a", seed: 1), row("a", seed: 2, distance: 900)],
                                             baselineName: "full",
                                             candidate: [row("a", seed: 2, distance: 950), row("a", seed: 1, distance: 950)],
                                             candidateName: "partial")
        #expect(comparison.pairs.map(\.seed) == [1, 2])
        #expect(comparison.pairs.map(\.verdict) == [.better, .worse])
    }

    @Test func refusesTwoRunsOfOneInstanceAndSeed() {
        #expect(throws: BatchComparisonError.severalRuns(set: "both", instance: "a", seed: 1,
                                                         solvers: ["heuristic", "hybrid"])) {
            try BatchComparison(baseline: [row("a"), row("a", solver: "hybrid")], baselineName: "both",
                                candidate: [row("a")], candidateName: "other")
        }
    }
}
