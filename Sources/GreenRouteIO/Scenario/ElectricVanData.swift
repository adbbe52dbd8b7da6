/// The van of generated days: a generic 3.5 t electric panel van, with values typical of the
/// current models (rounded, not one model's data sheet; Docs/scenarios.md lists the sources):
/// Ford E-Transit (68 kWh usable, 11 kW AC, 115 kW DC), Mercedes eSprinter (81–113 kWh),
/// Renault Master E-Tech (52–87 kWh, 22 kW AC), Fiat E-Ducato (47–79 kWh, 11–22 kW AC, 50 kW DC).
enum ElectricVanData {
    /// Vehicle type id.
    static let id = "evan"
    /// Usable battery, in kWh.
    static let batteryKWh = 75.0
    /// City consumption with a load, in kWh/km: 0.25 from April to October; 0.30 from November
    /// to March (cabin heating and a cold battery add about 20 %).
    static func consumptionKWhPerKm(month: Int) -> Double {
        (4...10).contains(month) ? 0.25 : 0.30
    }
    /// Highest charging power the van accepts, in kW (its DC limit; AC chargers limit it to
    /// their own 11 or 22 kW).
    static let maxChargePowerKW = 50.0
    /// Load capacity, in parcels (a 12–14 m³ van with courier shelving).
    static let capacityParcels = 160.0
    /// Lowest charge at any moment, in kWh (10 % of the battery, protects the battery and range anxiety).
    static let reserveKWh = 7.5
    /// Initial charge range, as a fraction of the battery: what is left after the night shift.
    static let initialFraction = 0.30...0.50
    /// Cost of a van-day (driver, lease), in euro.
    static let fixedCost = 180.0
    /// Running cost per km (tyres, maintenance; energy is green and contracted), in euro.
    static let costPerKm = 0.08
}
