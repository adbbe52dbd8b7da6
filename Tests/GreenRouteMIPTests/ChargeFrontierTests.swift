import Testing
@testable import GreenRouteMIP

@Suite struct ChargeFrontierTests {
    @Test func partialChargingDefersTheAmount() {
        // At time 10 with charge 2, battery 10, 0.5 time units per energy unit.
        var frontier = ChargeFrontier(charge: 2, time: 10)
        frontier.chargePartial(battery: 10, rate: 0.5)
        #expect(frontier.minimumCharge == 2)
        #expect(frontier.maximumCharge == 10)
        #expect(abs(frontier.time(atCharge: 6) - 12) < 1e-12)
        // Waiting until 13 for a customer: charges up to 8 come for free.
        frontier.wait(until: 13)
        #expect(abs(frontier.time(atCharge: 8) - 13) < 1e-12)
        #expect(abs(frontier.time(atCharge: 10) - 14) < 1e-12)
        // A due time of 13.5 cuts the charges above 9.
        let kept = frontier.keepTime(atMost: 13.5)
        #expect(kept)
        #expect(abs(frontier.maximumCharge - 9) < 1e-12)
    }

    @Test func fullChargingIsOnePoint() {
        var frontier = ChargeFrontier(charge: 4, time: 0)
        frontier.chargeFull(battery: 10, rate: 2)
        #expect(frontier.points == [ChargeFrontier.Point(charge: 10, time: 12)])
    }

    @Test func dominanceNeedsEveryStateNoLater() {
        var wide = ChargeFrontier(charge: 2, time: 10)
        wide.chargePartial(battery: 10, rate: 0.5)
        let point = ChargeFrontier(charge: 6, time: 12)
        #expect(wide.dominates(point, tolerance: 1e-9))
        #expect(!point.dominates(wide, tolerance: 1e-9))
        let later = ChargeFrontier(charge: 6, time: 11.5)
        #expect(!wide.dominates(later, tolerance: 1e-9))
        #expect(!wide.keepingOnly(charge: 3).dominates(point, tolerance: 1e-9))
    }
}

private extension ChargeFrontier {
    func keepingOnly(charge: Double) -> ChargeFrontier { ChargeFrontier(charge: charge, time: time(atCharge: charge)) }
}
