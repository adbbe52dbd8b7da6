import Foundation

/// The sun's position seen from a place at a local clock time, by the equations of NOAA's
/// solar calculator (NOAA Global Monitoring Laboratory spreadsheet, after Meeus,
/// "Astronomical Algorithms"), with T the Julian centuries since J2000.0 (UTC):
///
/// - mean longitude L₀ = 280.46646 + T(36000.76983 + 0.0003032 T)°, mean anomaly
///   M = 357.52911 + T(35999.05029 − 0.0001537 T)°, orbit eccentricity
///   e = 0.016708634 − T(0.000042037 + 0.0000001267 T);
/// - equation of centre C = sin M (1.914602 − T(0.004817 + 0.000014 T))
///   + sin 2M (0.019993 − 0.000101 T) + 0.000289 sin 3M; apparent longitude
///   λ = L₀ + C − 0.00569 − 0.00478 sin Ω, Ω = 125.04 − 1934.136 T;
/// - obliquity ε = 23°26′21.448″ − (46.815 T + 0.00059 T² − 0.001813 T³)″ + 0.00256° cos Ω;
/// - declination δ = asin(sin ε sin λ);
/// - equation of time E = 4 · deg(y sin 2L₀ − 2e sin M + 4ey sin M cos 2L₀ − ½y² sin 4L₀
///   − 1.25e² sin 2M) min, y = tan²(ε/2);
/// - true solar time T_s = t_local + E + 4·longitude − 60·(UTC offset) min; hour angle
///   H = T_s/4 − 180°;
/// - cos θ_z = sin φ sin δ + cos φ cos δ cos H (φ latitude); elevation = 90° − θ_z.
///
/// Accuracy: about 0.01° in declination and a few seconds in the equation of time for
/// years 1800–2100. Atmospheric refraction is not applied (it matters only near the horizon,
/// where the clear-sky irradiance is negligible).
public struct SolarPosition: Sendable, Equatable {
    /// Solar declination, in degrees.
    public let declination: Double
    /// Equation of time, in minutes (true solar time minus mean solar time).
    public let equationOfTime: Double
    /// Hour angle, in degrees (0 at solar noon, negative in the morning).
    public let hourAngle: Double
    /// Cosine of the solar zenith angle (negative when the sun is below the horizon).
    public let cosineOfZenith: Double

    /// Solar zenith angle, in degrees.
    public var zenith: Double { acos(max(-1, min(1, cosineOfZenith))) * 180 / .pi }
    /// Solar elevation above the horizon, in degrees (90 − zenith).
    public var elevation: Double { 90 - zenith }

    /// The position on `day` at `localMinutes` (minutes since local midnight; local time is
    /// UTC + `utcOffsetHours`) seen from `latitude`, `longitude` (degrees, east positive).
    public init(day: CalendarDay, localMinutes: Double, latitude: Double, longitude: Double, utcOffsetHours: Double) {
        let toRadians = Double.pi / 180
        let sun = Self.sun(julianDay: Self.julianDay(day, utcHours: localMinutes / 60 - utcOffsetHours))
        declination = sun.declination
        equationOfTime = sun.equationOfTime
        let trueSolarMinutes = localMinutes + equationOfTime + 4 * longitude - 60 * utcOffsetHours
        hourAngle = trueSolarMinutes / 4 - 180
        let phi = latitude * toRadians, delta = declination * toRadians
        cosineOfZenith = sin(phi) * sin(delta) + cos(phi) * cos(delta) * cos(hourAngle * toRadians)
    }

    /// Local clock time of solar noon (hour angle 0), in minutes since local midnight:
    /// 720 − 4·longitude − E + 60·(UTC offset), with E taken at that moment (two iterations).
    public static func solarNoon(day: CalendarDay, longitude: Double, utcOffsetHours: Double) -> Double {
        var noon = 720 - 4 * longitude + 60 * utcOffsetHours
        for _ in 0..<2 {
            let sun = sun(julianDay: julianDay(day, utcHours: noon / 60 - utcOffsetHours))
            noon = 720 - 4 * longitude - sun.equationOfTime + 60 * utcOffsetHours
        }
        return noon
    }

    /// The Julian day of a calendar day at a UTC time (Meeus, Gregorian calendar).
    static func julianDay(_ day: CalendarDay, utcHours: Double) -> Double {
        var year = day.year, month = day.month
        if month <= 2 { year -= 1; month += 12 }
        let century = year / 100
        let gregorian = 2 - century + century / 4
        let whole = (365.25 * Double(year + 4716)).rounded(.down) + (30.6001 * Double(month + 1)).rounded(.down)
        return whole + Double(day.day + gregorian) - 1524.5 + utcHours / 24
    }

    /// Declination (degrees) and equation of time (minutes) at a Julian day.
    static func sun(julianDay: Double) -> (declination: Double, equationOfTime: Double) {
        let r = Double.pi / 180
        let t = (julianDay - 2451545) / 36525
        let meanLongitude = (280.46646 + t * (36000.76983 + t * 0.0003032)).truncatingRemainder(dividingBy: 360)
        let anomaly = 357.52911 + t * (35999.05029 - 0.0001537 * t)
        let eccentricity = 0.016708634 - t * (0.000042037 + 0.0000001267 * t)
        let centre = sin(anomaly * r) * (1.914602 - t * (0.004817 + 0.000014 * t))
            + sin(2 * anomaly * r) * (0.019993 - 0.000101 * t) + sin(3 * anomaly * r) * 0.000289
        let omega = (125.04 - 1934.136 * t) * r
        let apparentLongitude = meanLongitude + centre - 0.00569 - 0.00478 * sin(omega)
        let meanObliquity = 23 + (26 + (21.448 - t * (46.815 + t * (0.00059 - t * 0.001813))) / 60) / 60
        let obliquity = (meanObliquity + 0.00256 * cos(omega)) * r
        let declination = asin(sin(obliquity) * sin(apparentLongitude * r)) / r
        let y = tan(obliquity / 2) * tan(obliquity / 2)
        let l0 = meanLongitude * r, m = anomaly * r
        let equation = y * sin(2 * l0) - 2 * eccentricity * sin(m) + 4 * eccentricity * y * sin(m) * cos(2 * l0)
            - 0.5 * y * y * sin(4 * l0) - 1.25 * eccentricity * eccentricity * sin(2 * m)
        return (declination, 4 * equation / r)
    }
}
