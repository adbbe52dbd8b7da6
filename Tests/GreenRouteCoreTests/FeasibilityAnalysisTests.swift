import Testing
@testable import GreenRouteCore

@Suite struct FeasibilityAnalysisTests {
    @Test func customerBeforeTheSunIsExplained() {
        // C1 is 10 km away and due at 09:00; the van starts with 6 kWh (1 kWh/km) and the only
        // supply starts at 10:00.
        var customers = solarInstance().customers
        customers[0].due = 540
        let instance = solarInstance().with(customers: customers)
        let analysis = FeasibilityAnalysis(instance)
        #expect(analysis.unreachable.map(\.customer) == ["C1"])
        #expect(analysis.unreachable.first?.reason.contains("no green supply early enough") == true)
        #expect(analysis.unreachable.first?.reason.contains("09:00") == true)
    }

    @Test func customerAfterTheSunIsNotFlagged() {
        #expect(FeasibilityAnalysis(solarInstance()).unreachable.isEmpty)
    }

    @Test func demandAboveEveryCapacityIsExplained() {
        var customers = solarInstance().customers
        customers[1].demand = 50
        let instance = solarInstance().with(customers: customers)
        let analysis = FeasibilityAnalysis(instance)
        #expect(analysis.unreachable.map(\.customer) == ["C2"])
        #expect(analysis.unreachable[0].reason.contains("exceeds capacity"))
        #expect(analysis.vehiclesNeededByLoad == 6)
    }
}
