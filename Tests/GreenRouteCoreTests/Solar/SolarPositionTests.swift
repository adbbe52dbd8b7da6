import Foundation
import Testing
@testable import GreenRouteCore

/// Sofia city centre (NOAA solar calculator place "Sofia, Bulgaria").
private let sofiaLatitude = 42.6977, sofiaLongitude = 23.3219

@Suite struct SolarPositionTests {
    private func day(_ text: String) -> CalendarDay { CalendarDay(parsing: text)! }

    /// Elevation at solar noon is 90° − latitude + declination; on the solstices the
    /// declination is ±23.44° (published: Astronomical Almanac), so Sofia's noon sun stands at
    /// about 70.74° in June and 23.86° in December (NOAA solar calculator gives the same to 0.1°).
    @Test(arguments: [("2026-06-21", 3.0, 70.74), ("2026-12-21", 2.0, 23.86)])
    func noonElevationOnTheSolsticesInSofia(_ date: String, _ offset: Double, _ expected: Double) {
        let noon = SolarPosition.solarNoon(day: day(date), longitude: sofiaLongitude, utcOffsetHours: offset)
        let position = SolarPosition(day: day(date), localMinutes: noon, latitude: sofiaLatitude,
                                     longitude: sofiaLongitude, utcOffsetHours: offset)
        #expect(abs(position.elevation - expected) < 0.15, "elevation \(position.elevation)")
        #expect(abs(position.hourAngle) < 0.05)
        #expect(abs(abs(position.declination) - 23.44) < 0.05)
    }

    /// Sofia's solar noon: 720 − 4 · 23.3219 − E + 60 · offset minutes, i.e. about 13:28 in
    /// summer time (UTC+3, E(Jun 21) ≈ −1.8 min) and 12:25 in December (UTC+2, E(Dec 21) ≈ +1.7 min).
    @Test func solarNoonClockTimesInSofia() {
        let june = SolarPosition.solarNoon(day: day("2026-06-21"), longitude: sofiaLongitude, utcOffsetHours: 3)
        let december = SolarPosition.solarNoon(day: day("2026-12-21"), longitude: sofiaLongitude, utcOffsetHours: 2)
        #expect(abs(june - (13 * 60 + 28.4)) < 1.0, "June noon \(june)")
        #expect(abs(december - (12 * 60 + 25.0)) < 1.0, "December noon \(december)")
    }

    /// Published extremes of the equation of time: about +16.4 min early in November and
    /// −14.2 min in mid-February.
    @Test func equationOfTimeExtremes() {
        let november = SolarPosition(day: day("2026-11-03"), localMinutes: 720, latitude: 0, longitude: 0, utcOffsetHours: 0)
        let february = SolarPosition(day: day("2026-02-11"), localMinutes: 720, latitude: 0, longitude: 0, utcOffsetHours: 0)
        #expect(abs(november.equationOfTime - 16.4) < 0.6, "\(november.equationOfTime)")
        #expect(abs(february.equationOfTime + 14.2) < 0.6, "\(february.equationOfTime)")
    }

    /// Cross-check against an independent algorithm (the Astronomical Almanac's low-precision
    /// sun, about 0.01° accurate) at many hours and days: within 0.05°.
    @Test func agreesWithTheAlmanacAlgorithm() {
        for date in ["2026-01-15", "2026-03-20", "2026-05-05", "2026-07-30", "2026-09-23", "2026-11-11", "2028-02-29"] {
            for hour in stride(from: 5.0, through: 20.0, by: 1.5) {
                let ours = SolarPosition(day: day(date), localMinutes: hour * 60, latitude: sofiaLatitude,
                                         longitude: sofiaLongitude, utcOffsetHours: 2).elevation
                let almanac = almanacElevation(day(date), utcHours: hour - 2, latitude: sofiaLatitude, longitude: sofiaLongitude)
                #expect(abs(ours - almanac) < 0.05, "\(date) \(hour): \(ours) vs \(almanac)")
            }
        }
    }

    @Test func nightAndDay() {
        let midnight = SolarPosition(day: day("2026-06-21"), localMinutes: 0, latitude: sofiaLatitude,
                                     longitude: sofiaLongitude, utcOffsetHours: 3)
        #expect(midnight.elevation < -15)
        #expect(ClearSkyIrradiance.haurwitz(cosineOfZenith: midnight.cosineOfZenith) == 0)
        // Haurwitz at the zenith: 1098 · e^(−0.057) ≈ 1037 W/m².
        #expect(abs(ClearSkyIrradiance.haurwitz(cosineOfZenith: 1) - 1037.2) < 0.5)
    }

    /// Elevation by the Astronomical Almanac's approximate solar coordinates (valid 1950–2050).
    private func almanacElevation(_ day: CalendarDay, utcHours: Double, latitude: Double, longitude: Double) -> Double {
        let r = Double.pi / 180
        let y = day.year, m = day.month, d = day.day
        let julianDay = Double(367 * y - (7 * (y + (m + 9) / 12)) / 4 + (275 * m) / 9 + d) + 1721013.5 + utcHours / 24
        let n = julianDay - 2451545.0
        let meanLongitude = 280.460 + 0.9856474 * n
        let anomaly = (357.528 + 0.9856003 * n) * r
        let eclipticLongitude = (meanLongitude + 1.915 * sin(anomaly) + 0.020 * sin(2 * anomaly)) * r
        let obliquity = (23.439 - 0.0000004 * n) * r
        let rightAscension = atan2(cos(obliquity) * sin(eclipticLongitude), cos(eclipticLongitude)) / r
        let declination = asin(sin(obliquity) * sin(eclipticLongitude))
        let siderealDegrees = (18.697374558 + 24.06570982441908 * n) * 15
        let hourAngle = (siderealDegrees + longitude - rightAscension) * r
        let phi = latitude * r
        return asin(sin(phi) * sin(declination) + cos(phi) * cos(declination) * cos(hourAngle)) / r
    }
}

@Suite struct CalendarDayTests {
    @Test func parsingAndDayOfYear() {
        #expect(CalendarDay(parsing: "2026-03-01")?.dayOfYear == 60)
        #expect(CalendarDay(parsing: "2024-12-31")?.dayOfYear == 366)
        #expect(CalendarDay(parsing: "2026-02-29") == nil)
        #expect(CalendarDay(parsing: "2026-2-28") == nil)
        #expect(CalendarDay(parsing: "2026-13-01") == nil)
        #expect(CalendarDay(parsing: "2026-06-21")?.description == "2026-06-21")
    }

    @Test func weekdaysAndSummerTimeSundays() {
        #expect(CalendarDay(parsing: "2026-11-27")?.weekday == 5)
        #expect(CalendarDay.lastSunday(ofMonth: 3, year: 2026) == CalendarDay(parsing: "2026-03-29"))
        #expect(CalendarDay.lastSunday(ofMonth: 10, year: 2026) == CalendarDay(parsing: "2026-10-25"))
        #expect(CalendarDay.lastSunday(ofMonth: 3, year: 2024) == CalendarDay(parsing: "2024-03-31"))
    }
}
