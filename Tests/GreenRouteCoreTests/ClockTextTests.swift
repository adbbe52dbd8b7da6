import Testing
import GreenRouteCore

/// The one "HH:MM" formatter: rounding, two digits, beyond a day, negative, non-finite.
@Suite struct ClockTextTests {
    @Test(arguments: [(0.0, "00:00"), (450, "07:30"), (479.4, "07:59"), (479.5, "08:00"), (1439.6, "24:00"),
                      (1530, "25:30"), (6000, "100:00"), (-90, "-01:30"), (-0.4, "00:00"), (-0.5, "-00:01")])
    func formats(minutes: Double, expected: String) {
        #expect(ClockText.text(minutes: minutes) == expected)
    }

    @Test func nonFiniteTimesAreNotClockReadings() {
        #expect(ClockText.text(minutes: .infinity) == "inf")
        #expect(ClockText.text(minutes: .nan) == "nan")
    }
}
