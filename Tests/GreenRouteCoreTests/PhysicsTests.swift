import Testing
@testable import GreenRouteCore

@Suite struct PhysicsTests {
    @Test func euclideanDistanceIsNotRounded() {
        let d = Physics.distance(from: .plane(x: 0, y: 0), to: .plane(x: 1, y: 1), metric: .euclidean)
        #expect(abs(d - 2.0.squareRoot()) < 1e-12)
    }

    @Test func greatCircleSofiaToPlovdiv() {
        // Sofia (42.6977, 23.3219) to Plovdiv (42.1354, 24.7453): about 132 km as the crow flies.
        let d = Physics.greatCircleKilometres(42.6977, 23.3219, 42.1354, 24.7453)
        #expect(d > 128 && d < 136)
        let road = Physics.distance(from: .geographic(latitude: 42.6977, longitude: 23.3219),
                                    to: .geographic(latitude: 42.1354, longitude: 24.7453),
                                    metric: .greatCircle(roadFactor: 1.3))
        #expect(abs(road - 1.3 * d) < 1e-9)
    }

    @Test func chargingEnergyInMinutesAndAbstractUnits() {
        #expect(abs(Physics.energy(power: 60, duration: 30, timeUnit: .minutes) - 30) < 1e-12)
        #expect(abs(Physics.energy(power: 1 / 3.47, duration: 3.47 * 10, timeUnit: .abstract) - 10) < 1e-9)
        #expect(abs(Physics.chargingTime(energy: 30, power: 60, timeUnit: .minutes) - 30) < 1e-12)
        #expect(Physics.chargingTime(energy: 0, power: 60, timeUnit: .minutes) == 0)
    }

    @Test func travelTimeUsesSpeedAndUnit() {
        #expect(abs(Physics.travelTime(distance: 30, speed: 60, timeUnit: .minutes) - 30) < 1e-12)
        #expect(Physics.travelTime(distance: 7, speed: 1, timeUnit: .abstract) == 7)
    }

    @Test func supplyProfileIsZeroOutsideIntervals() {
        let profile = SupplyProfile.intervals([SupplyInterval(start: 600, end: 720, power: 50)])
        #expect(profile.power(at: 599) == 0)
        #expect(profile.power(at: 600) == 50)
        #expect(profile.power(at: 720) == 0)
        #expect(abs(profile.totalEnergy(timeUnit: .minutes) - 100) < 1e-9)
        #expect(SupplyProfile.unlimited.power(at: 0) == .infinity)
    }

    @Test func toleranceIsRelative() {
        #expect(Tolerance.lessOrEqual(1000.0005, 1000))
        #expect(!Tolerance.lessOrEqual(1000.01, 1000))
        #expect(Tolerance.equal(1e-7, 0))
    }
}
