import Testing
@testable import GreenRouteCore

@Suite struct StationSlotsTests {
    @Test func gridOfQuarterHoursOverTheHorizon() {
        let slots = StationSlots(solarInstance())
        #expect(slots.slotLength == 15)
        #expect(slots.origin == 480)
        #expect(slots.slotCount == 40)
        #expect(slots.stationNodes == [3])
        #expect(slots.interval(ofSlot: 8) == (600, 615))
    }

    @Test func minimumSupplyPerSlotAndChargers() {
        let slots = StationSlots(solarInstance(chargers: 2, supply: 30))
        #expect(slots.minimumSupply(station: 3, slot: 7) == 0)
        #expect(slots.minimumSupply(station: 3, slot: 8) == 30)
        #expect(slots.minimumSupply(station: 3, slot: 15) == 30)
        #expect(slots.minimumSupply(station: 3, slot: 16) == 0)
        #expect(slots.chargers(station: 3) == 2)
    }

    @Test func supplyChangingInsideASlotGivesTheLowest() {
        var instance = solarInstance()
        instance.stations[0].supply = .intervals([SupplyInterval(start: 600, end: 607, power: 30),
                                                  SupplyInterval(start: 607, end: 720, power: 12)])
        let slots = StationSlots(instance)
        #expect(slots.minimumSupply(station: 3, slot: 8) == 12)
        #expect(slots.minimumSupply(station: 3, slot: 9) == 12)
    }

    @Test func unlimitedStationsHaveNoSlots() {
        let slots = StationSlots(solarInstance().withUnlimitedStations())
        #expect(slots.stationNodes.isEmpty)
        #expect(!slots.isLimited(station: 3))
        #expect(slots.minimumSupply(station: 3, slot: 8) == .infinity)
    }

    @Test func slotsTouchedByAnInterval() {
        let slots = StationSlots(solarInstance())
        #expect(slots.slots(from: 600, to: 615) == 8..<9)
        #expect(slots.slots(from: 600, to: 615.5) == 8..<10)
        #expect(slots.slots(from: 599, to: 601) == 7..<9)
        #expect(slots.slots(from: 610, to: 610).isEmpty)
    }

    @Test func abstractUnitsUseNinetySixSlots() {
        var instance = solarInstance()
        instance.timeUnit = .abstract
        let slots = StationSlots(instance)
        #expect(slots.slotCount == 96)
        #expect(abs(slots.slotLength - 600.0 / 96) < 1e-12)
        #expect(slots.origin == 480)
    }
}
