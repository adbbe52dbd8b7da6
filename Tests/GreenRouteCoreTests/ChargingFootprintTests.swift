import Testing
@testable import GreenRouteCore

@Suite struct ChargingFootprintTests {
    /// A route D → S → D with the given segments at S (node 3).
    func route(_ segments: [ChargingSegment]) -> PlanRoute {
        let depot = PlanStop(node: "D", arrival: 480, start: 480, departure: 480, loadArrival: 0, loadDeparture: 0,
                             chargeArrival: 6, chargeDeparture: 6)
        let station = PlanStop(node: "S", arrival: 500, start: 500, departure: 700, loadArrival: 0, loadDeparture: 0,
                               chargeArrival: 1, chargeDeparture: 10, charging: segments)
        return PlanRoute(vehicleType: "van", stops: [depot, station, depot], distance: 10)
    }

    @Test func segmentSpanningSlotsMarksEachWithItsPower() {
        let instance = solarInstance(chargers: 2, supply: 30)
        let slots = StationSlots(instance)
        let footprint = ChargingFootprint(instance, route: route([ChargingSegment(start: 605, end: 640, power: 20, energy: 35.0 / 3)]), slots: slots)
        #expect(footprint.entries.map(\.slot) == [8, 9, 10])
        #expect(footprint.entries.allSatisfy { $0.power == 20 && $0.station == 3 })
        #expect(footprint.occupied(station: 3, slot: 11) == 0)
        #expect(footprint.occupied(station: 3, slot: 9) == 1)
    }

    @Test func segmentsEndingOnABoundaryStayInTheirSlot() {
        let instance = solarInstance(chargers: 2, supply: 30)
        let slots = StationSlots(instance)
        let footprint = ChargingFootprint(instance, route: route([ChargingSegment(start: 600, end: 615, power: 10, energy: 2.5),
                                                                  ChargingSegment(start: 615, end: 620, power: 22, energy: 22.0 / 12)]),
                                          slots: slots)
        #expect(footprint.entries == [.init(station: 3, slot: 8, power: 10), .init(station: 3, slot: 9, power: 22)])
    }

    @Test func twoSegmentsInOneSlotTakeTheHigherPower() {
        let instance = solarInstance(chargers: 2, supply: 30)
        let footprint = ChargingFootprint(instance, route: route([ChargingSegment(start: 600, end: 605, power: 10, energy: 10.0 / 12),
                                                                  ChargingSegment(start: 608, end: 612, power: 18, energy: 1.2)]),
                                          slots: StationSlots(instance))
        #expect(footprint.entries == [.init(station: 3, slot: 8, power: 18)])
        #expect(footprint.power(station: 3, slot: 8) == 18)
    }

    @Test func unlimitedStationsLeaveNoFootprint() {
        let instance = solarInstance().withUnlimitedStations()
        let footprint = ChargingFootprint(instance, route: route([ChargingSegment(start: 600, end: 640, power: 20, energy: 10)]),
                                          slots: StationSlots(instance))
        #expect(footprint.isEmpty)
    }

    @Test func admitsChecksSupplyAndChargersPerSlot() {
        let instance = solarInstance(chargers: 1, supply: 30)
        let slots = StationSlots(instance)
        let a = ChargingFootprint(instance, route: route([ChargingSegment(start: 600, end: 615, power: 15, energy: 3.75)]), slots: slots)
        let b = ChargingFootprint(instance, route: route([ChargingSegment(start: 615, end: 630, power: 22, energy: 5.5)]), slots: slots)
        let c = ChargingFootprint(instance, route: route([ChargingSegment(start: 610, end: 612, power: 10, energy: 1.0 / 3)]), slots: slots)
        #expect(slots.admits([a, b]))
        #expect(!slots.admits([a, c]))  // one charger, both in slot 8
        let twoChargers = StationSlots(solarInstance(chargers: 2, supply: 30))
        #expect(twoChargers.admits([a, c]))  // 15 + 10 ≤ 30
        let strong = ChargingFootprint(instance, route: route([ChargingSegment(start: 600, end: 605, power: 22, energy: 22.0 / 12)]), slots: slots)
        #expect(!twoChargers.admits([a, strong]))  // 15 + 22 > 30
    }

    @Test func timedGreenRouteFitsItsOwnSlots() throws {
        let instance = solarInstance()
        let timed = try #require(RouteTimetable.build(instance, vehicleType: 0, sequence: [3, 1, 3]))
        let slots = StationSlots(instance)
        let footprint = ChargingFootprint(instance, route: timed, slots: slots)
        #expect(!footprint.isEmpty)
        #expect(slots.admits([footprint]))
        #expect(!slots.admits([footprint, footprint]))  // one charger
    }
}
