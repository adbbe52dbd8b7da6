import Foundation
import GreenRouteCore

/// A rough estimate of how far and on how much energy a city's fleet drives in a day, used
/// only to size the vans' return charge and the solar parks (not a bound of any kind).
///
/// Total road distance ≈ road factor × 1.2 × (0.75 √(N·A) + 2 d₀ K): the Beardwood–Halton–
/// Hammersley tour length over N customers in the area A = πR², plus K stems of length d₀
/// between the depot and the centre, with K = ⌈N / 25⌉ vans used; the factor 1.2 allows for
/// time-window detours.
struct FleetEnergyEstimate {
    /// Vans the estimate assumes are used.
    let vansUsed: Int
    /// Estimated road distance of the whole fleet, in km.
    let distance: Distance
    /// Estimated driving energy of one used van, in kWh.
    let energyPerVan: Energy

    init(preset: CityPreset, customers: Int, consumption: Double) {
        let area = Double.pi * preset.radiusKilometres * preset.radiusKilometres
        let stem = Physics.greatCircleKilometres(preset.depot.latitude, preset.depot.longitude,
                                                 preset.centreLatitude, preset.centreLongitude)
        vansUsed = max(1, (customers + 24) / 25)
        distance = preset.roadFactor * 1.2 * (0.75 * (Double(customers) * area).squareRoot() + 2 * stem * Double(vansUsed))
        energyPerVan = distance * consumption / Double(vansUsed)
    }
}
