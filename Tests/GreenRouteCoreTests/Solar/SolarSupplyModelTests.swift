import Testing
@testable import GreenRouteCore

@Suite struct SolarSupplyModelTests {
    private func park(_ date: String, offset: Double, peak: Double = 100, clouds: [Double] = []) -> SolarPark {
        SolarPark(latitude: 42.6977, longitude: 23.3219, date: date, peakPower: peak, losses: 0.14,
                  cloudFactors: clouds, utcOffsetHours: offset)
    }

    private func intervals(_ profile: SupplyProfile) -> [SupplyInterval] {
        if case .intervals(let list) = profile { return list }
        Issue.record("expected intervals")
        return []
    }

    @Test func noSupplyAtNight() throws {
        let profile = try SolarSupplyModel.profile(for: park("2026-06-21", offset: 3))
        for minute in stride(from: 0.0, to: 5 * 60, by: 15) { #expect(profile.power(at: minute) == 0) }
        for minute in stride(from: 21.5 * 60, to: 1440, by: 15) { #expect(profile.power(at: minute) == 0) }
        let list = intervals(profile)
        #expect(list.allSatisfy { $0.end - $0.start == 15 && $0.power > 0 })
        #expect(zip(list, list.dropFirst()).allSatisfy { $0.end <= $1.start })
    }

    @Test(arguments: [("2026-06-21", 3.0), ("2026-12-21", 2.0), ("2026-03-20", 2.0)])
    func peakIsAtSolarNoon(_ date: String, _ offset: Double) throws {
        let solarPark = park(date, offset: offset)
        let list = intervals(try SolarSupplyModel.profile(for: solarPark))
        let best = try #require(list.max { $0.power < $1.power })
        let noon = SolarPosition.solarNoon(day: CalendarDay(parsing: date)!, longitude: solarPark.longitude, utcOffsetHours: offset)
        #expect(abs((best.start + best.end) / 2 - noon) <= 15, "peak slot \(best.start) vs noon \(noon)")
        // Below peak × (1 − losses), and near it in June (sun at 71°: GHI ≈ 970 W/m²).
        #expect(best.power <= 100 * 0.86)
        if date == "2026-06-21" { #expect(best.power > 80) }
    }

    /// A clear June day gives about four times the energy of a clear December day in Sofia.
    @Test func summerGivesMoreEnergyThanWinter() throws {
        let summer = try SolarSupplyModel.profile(for: park("2026-06-21", offset: 3)).totalEnergy(timeUnit: .minutes)
        let winter = try SolarSupplyModel.profile(for: park("2026-12-21", offset: 2)).totalEnergy(timeUnit: .minutes)
        // Haurwitz clear-sky horizontal irradiation at 42.7° N: about 8.3 kWh/m² in June, 2.0 in December.
        #expect(summer > 600 && summer < 800, "summer \(summer) kWh")
        #expect(winter > 130 && winter < 220, "winter \(winter) kWh")
        #expect(summer > 3 * winter)
    }

    @Test func cloudFactorsScaleTheirHourOnly() throws {
        let clear = intervals(try SolarSupplyModel.profile(for: park("2026-06-21", offset: 3)))
        let half = intervals(try SolarSupplyModel.profile(for: park("2026-06-21", offset: 3, clouds: Array(repeating: 0.5, count: 24))))
        #expect(clear.count == half.count)
        for (a, b) in zip(clear, half) { #expect(abs(b.power - a.power / 2) <= 0.001) }
        var noonDark = Array(repeating: 1.0, count: 24)
        noonDark[12] = 0
        let dark = try SolarSupplyModel.profile(for: park("2026-06-21", offset: 3, clouds: noonDark))
        #expect(dark.power(at: 12 * 60 + 30) == 0)
        for minute in [600.0, 690, 780, 900] {
            #expect(dark.power(at: minute) == SupplyProfile.intervals(clear).power(at: minute))
        }
    }

    @Test func profileIsDeterministicAndScalesWithPeak() throws {
        let a = try SolarSupplyModel.profile(for: park("2026-09-01", offset: 3))
        let b = try SolarSupplyModel.profile(for: park("2026-09-01", offset: 3))
        #expect(a == b)
        let double = try SolarSupplyModel.profile(for: park("2026-09-01", offset: 3, peak: 200))
        #expect(abs(double.totalEnergy(timeUnit: .minutes) - 2 * a.totalEnergy(timeUnit: .minutes)) < 0.1)
        #expect(try SolarSupplyModel.profile(for: park("2026-09-01", offset: 3, peak: 0)) == .intervals([]))
    }

    @Test func invalidParksAreRejected() {
        #expect(throws: SolarParkError.badDate("2026-02-30")) { try SolarSupplyModel.profile(for: park("2026-02-30", offset: 2)) }
        #expect(throws: SolarParkError.wrongCloudFactorCount(23)) {
            try SolarSupplyModel.profile(for: park("2026-06-21", offset: 3, clouds: Array(repeating: 1, count: 23)))
        }
        var bad = park("2026-06-21", offset: 3)
        bad.losses = 1
        #expect(throws: SolarParkError.lossesOutOfRange(1)) { try SolarSupplyModel.profile(for: bad) }
        bad = park("2026-06-21", offset: 3, clouds: Array(repeating: 1.5, count: 24))
        #expect(throws: SolarParkError.cloudFactorOutOfRange(hour: 0, value: 1.5)) { try SolarSupplyModel.profile(for: bad) }
    }
}
