import Foundation

/// Where a place is: plane coordinates (benchmark files) or latitude/longitude (native days).
public enum Location: Equatable, Sendable, Hashable {
    /// Plane coordinates in distance units; distances are Euclidean.
    case plane(x: Double, y: Double)
    /// Latitude and longitude in degrees; distances are great-circle km × road factor.
    case geographic(latitude: Double, longitude: Double)

    /// True for latitude/longitude locations.
    public var isGeographic: Bool {
        if case .geographic = self { return true }
        return false
    }
}

/// How distances and travel times are obtained.
public enum TravelMetric: Equatable, Sendable {
    /// Straight-line distance on plane coordinates, not rounded.
    case euclidean
    /// Haversine great-circle distance in km on a sphere of radius 6371.0088 km,
    /// multiplied by `roadFactor` (≥ 1; typical city values are 1.3–1.4).
    case greatCircle(roadFactor: Double)
    /// Explicit matrices indexed by node index (see ``Instance/nodeIndex(of:)``):
    /// `distance[i][j]` in distance units, and `time[i][j]` in time units when given
    /// (otherwise time = distance / speed).
    case matrix(distance: [[Double]], time: [[Double]]?)
}

/// The mean Earth radius used by the great-circle formula, in km.
public let earthRadiusKilometres = 6371.0088
