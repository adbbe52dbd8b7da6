import Foundation

/// Clear-sky global horizontal irradiance (GHI) models.
public enum ClearSkyIrradiance {
    /// Haurwitz (1945) clear-sky GHI, in W/m²: 1098 · cos θ_z · exp(−0.057 / cos θ_z) for a sun
    /// above the horizon (cos θ_z > 0), else 0. It needs only the zenith angle (no turbidity,
    /// altitude or water vapour) and is among the better one-parameter models (Reno,
    /// Hansen & Stein 2012, Sandia SAND2012-2389). At the zenith it gives about 1037 W/m².
    public static func haurwitz(cosineOfZenith: Double) -> Double {
        guard cosineOfZenith > 0 else { return 0 }
        return 1098 * cosineOfZenith * exp(-0.057 / cosineOfZenith)
    }
}
