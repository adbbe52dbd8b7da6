/// Turns a ``SolarPark`` description into a green supply profile by a clear-sky model
/// (Docs/green-supply.md):
///
/// P(t) = peakKW · GHI(t) / 1000 W/m² · (1 − losses) · cloud[hour(t)]
///
/// with GHI the Haurwitz clear-sky irradiance on a horizontal plane for the sun's position
/// (``SolarPosition``) at the park, and `cloud[h]` the factor of local clock hour `h` (1 = clear
/// sky; all 1 when no factors are given). Simplifications: modules horizontal (no tilt or
/// tracking, so winter yield is on the low side), no temperature derating (fold it into
/// `losses`), no shading, no refraction, inverter never clipping.
///
/// The profile is piecewise constant on 15-minute slots of the local day [00:00, 24:00):
/// each slot's power is the mean of 15 samples taken at the middle of each of its minutes,
/// rounded to 1 W (0.001 kW); slots with zero power are left out (supply is zero outside the
/// intervals). The computation is deterministic, so reading a park always derives the same profile.
public enum SolarSupplyModel {
    /// Length of one slot of the derived profile, in minutes.
    public static let slotMinutes = 15
    /// Samples averaged per slot (one per minute).
    public static let samplesPerSlot = 15
    /// The irradiance at which the park gives its peak power (standard test conditions), in W/m².
    public static let standardIrradiance = 1000.0

    /// Checks a park and returns its day.
    public static func validate(_ park: SolarPark) throws(SolarParkError) -> CalendarDay {
        guard let day = CalendarDay(parsing: park.date) else { throw .badDate(park.date) }
        guard (-90...90).contains(park.latitude), (-180...180).contains(park.longitude) else {
            throw .locationOutOfRange(latitude: park.latitude, longitude: park.longitude)
        }
        guard park.peakPower.isFinite, park.peakPower >= 0 else { throw .badPeakPower(park.peakPower) }
        guard (0..<1).contains(park.losses) else { throw .lossesOutOfRange(park.losses) }
        guard park.cloudFactors.isEmpty || park.cloudFactors.count == 24 else {
            throw .wrongCloudFactorCount(park.cloudFactors.count)
        }
        for (hour, factor) in park.cloudFactors.enumerated() where !(0...1).contains(factor) {
            throw .cloudFactorOutOfRange(hour: hour, value: factor)
        }
        guard (-14...14).contains(park.utcOffsetHours) else { throw .utcOffsetOutOfRange(park.utcOffsetHours) }
        return day
    }

    /// Instantaneous output of a (valid) park at a local clock time, in kW.
    public static func power(of park: SolarPark, day: CalendarDay, atLocalMinutes minutes: Double) -> Power {
        let position = SolarPosition(day: day, localMinutes: minutes, latitude: park.latitude,
                                     longitude: park.longitude, utcOffsetHours: park.utcOffsetHours)
        let irradiance = ClearSkyIrradiance.haurwitz(cosineOfZenith: position.cosineOfZenith)
        let hour = min(23, max(0, Int((minutes / 60).rounded(.down))))
        let cloud = park.cloudFactors.isEmpty ? 1 : park.cloudFactors[hour]
        return park.peakPower * irradiance / standardIrradiance * (1 - park.losses) * cloud
    }

    /// The 15-minute piecewise-constant supply profile of a park, in minutes since local midnight and kW.
    public static func profile(for park: SolarPark) throws(SolarParkError) -> SupplyProfile {
        let day = try validate(park)
        var intervals: [SupplyInterval] = []
        for slot in 0..<(24 * 60 / slotMinutes) {
            let start = Double(slot * slotMinutes)
            var sum = 0.0
            for sample in 0..<samplesPerSlot {
                let minute = start + (Double(sample) + 0.5) * Double(slotMinutes) / Double(samplesPerSlot)
                sum += power(of: park, day: day, atLocalMinutes: minute)
            }
            let mean = (sum / Double(samplesPerSlot) * 1000).rounded() / 1000
            if mean > 0 {
                intervals.append(SupplyInterval(start: start, end: start + Double(slotMinutes), power: mean))
            }
        }
        return .intervals(intervals)
    }
}
