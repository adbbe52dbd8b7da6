import GreenRouteCore

/// Everything a dispatcher reads about a plan: one self-contained HTML page (KPIs, map,
/// timeline, charge levels, station supply against charging, printable route sheets),
/// `routes.csv`, `routes.geojson` (latitude/longitude instances) and a terminal summary.
///
/// The report shows the plan as it is (also a hand-edited or broken one); the caller passes
/// the checker's findings as plain strings, since GreenRouteIO does not depend on the checker.
/// Units follow the instance: km, minutes since midnight shown as "HH:MM", kWh and kW for
/// native instances; plain numbers for abstract benchmark units.
public struct PlanReport: Sendable {
    public let instance: Instance
    public let plan: Plan
    /// The checker's violations, one sentence each; empty when the plan passed the check.
    public let violations: [String]

    let stops: [[ReportStop]]
    let format: ReportFormat

    public init(instance: Instance, plan: Plan, violations: [String]) {
        self.instance = instance
        self.plan = plan
        self.violations = violations
        self.stops = ReportStop.all(of: plan, in: instance)
        self.format = ReportFormat(timeUnit: instance.timeUnit)
    }

    /// Tailpipe CO2 of the diesel van the report compares with, in kg per km (0.25; see Docs/report.md).
    public static var dieselVanKilogramsCO2PerKilometre: Double { KPIBlock.dieselVanKilogramsCO2PerKilometre }

    /// `plan.html`: one page with inline CSS and SVG, no network resources.
    public func html() -> String {
        ReportPage(report: self).html()
    }

    /// `routes.csv`: one row per stop with a header (see ``RoutesCSV``).
    public func routesCSV() -> String {
        RoutesCSV.text(stops: stops, plan: plan, format: format)
    }

    /// `routes.geojson`: a FeatureCollection with one LineString per route and one Point per
    /// stop, coordinates `[longitude, latitude]`; nil when the instance has plane coordinates.
    public func geoJSON() -> String? {
        guard instance.depot.location.isGeographic else { return nil }
        return RoutesGeoJSON.text(stops: stops, plan: plan, format: format)
    }

    /// The compact summary for the terminal: one line per van, totals, violations.
    public func terminalTable() -> String {
        TerminalTable(instance: instance, plan: plan, stops: stops, kpis: KPIBlock(instance: instance, plan: plan),
                      violations: violations).text()
    }

    /// The files of the report by name (`plan.html`, `routes.csv`, and `routes.geojson`
    /// for latitude/longitude instances), ready to write into the output folder.
    public func files() -> [(name: String, contents: String)] {
        var result = [("plan.html", html()), ("routes.csv", routesCSV())]
        if let geoJSON = geoJSON() { result.append(("routes.geojson", geoJSON)) }
        return result.map { (name: $0.0, contents: $0.1) }
    }
}
