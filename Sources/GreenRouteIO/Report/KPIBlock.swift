import GreenRouteCore

/// The plan's key figures, computed from its routes as reported, and their HTML tiles
/// (`<div class="kpi">` each).
struct KPIBlock: Sendable {
    /// Tailpipe CO2 of a comparable diesel van, in kg per km: 0.25 kg CO2e/km, about the UK
    /// Government (DESNZ/DEFRA) conversion factor for an average diesel van up to 3.5 t,
    /// and ≈ 9.5 l/100 km × 2.63 kg CO2 per litre of diesel. See Docs/report.md.
    static let dieselVanKilogramsCO2PerKilometre = 0.25

    let vans: Int
    /// Total distance, in km (distance units for benchmark files).
    let distance: Distance
    /// Sum of route durations, in the instance's time unit.
    let duration: Duration
    /// Sum of waiting times, in the instance's time unit.
    let waiting: Duration
    /// Energy charged and consumed, in kWh.
    let energyCharged: Energy
    let energyConsumed: Energy
    /// Green share of the charged energy, in percent.
    let greenSharePercent: Double
    /// CO2 a diesel van would emit over the same distance, in kg; the vans charge green only,
    /// so this is avoided (scaled by the green share).
    let co2Avoided: Double
    let customersServed: Int
    let customersTotal: Int
    let format: ReportFormat

    init(instance: Instance, plan: Plan) {
        let kpis = PlanAssembler.kpis(instance, routes: plan.routes)
        let value = instance.objectiveValue(of: plan.routes)
        vans = plan.routes.count
        distance = value.distance
        duration = kpis.totalDuration
        waiting = kpis.waiting
        energyCharged = kpis.energyCharged
        energyConsumed = kpis.energyConsumed
        greenSharePercent = kpis.greenSharePercent
        co2Avoided = value.distance * Self.dieselVanKilogramsCO2PerKilometre * kpis.greenSharePercent / 100
        let customerIDs = Set(instance.customers.map(\.id))
        customersServed = Set(plan.routes.flatMap { $0.stops.map(\.node) }).intersection(customerIDs).count
        customersTotal = instance.customers.count
        format = ReportFormat(timeUnit: instance.timeUnit)
    }

    /// The tiles: value, unit and a short explanation each.
    func html() -> String {
        let co2Note = format.usesClock ? "vs. diesel van at 0.25 kg/km" : "if 1 unit = 1 km, 0.25 kg/km"
        let tiles: [(label: String, value: String, unit: String, note: String)] = [
            ("Vans", "\(vans)", "", "\(customersServed) of \(customersTotal) customers served"),
            ("Distance", ReportFormat.number(distance, decimals: 1), format.distanceUnit, "driven in total"),
            ("Working time", format.hours(duration), format.usesClock ? "h" : "units", "depot to depot, all vans"),
            ("Waiting", format.hours(waiting), format.usesClock ? "h" : "units", "idle, not driving, serving or charging"),
            ("Charged", ReportFormat.number(energyCharged, decimals: 1), format.energyUnit,
             "of \(ReportFormat.number(energyConsumed, decimals: 1)) used for driving"),
            ("Green share", ReportFormat.number(greenSharePercent, decimals: 0), "%", "of the charged energy"),
            ("CO₂ avoided", ReportFormat.number(co2Avoided, decimals: 1), "kg", co2Note),
        ]
        var html = "<div class=\"kpis\">"
        for tile in tiles {
            html += "<div class=\"kpi\"><div class=\"kpi-label\">\(tile.label.htmlEscaped)</div>"
                + "<div class=\"kpi-value\">\(tile.value.htmlEscaped)<span class=\"kpi-unit\">\(tile.unit.htmlEscaped)</span></div>"
                + "<div class=\"kpi-note\">\(tile.note.htmlEscaped)</div></div>"
        }
        return html + "</div>"
    }
}
