import Foundation
import GreenRouteCore

/// Fits the instance's places into an SVG box, north up.
///
/// Plane coordinates are used as they are (y up). Latitude/longitude use an equirectangular
/// projection around the mean latitude: x = longitude × cos(mean latitude), y = latitude,
/// which keeps distances true to within a fraction of a percent over a city.
struct MapProjection: Sendable {
    /// Width and height of the drawing, in pixels.
    let width: Double
    let height: Double
    /// Whether the places are latitude/longitude.
    let isGeographic: Bool
    private let cosineOfLatitude: Double
    private let minimumX: Double, maximumY: Double
    private let scale: Double
    private let margin: Double

    /// A projection of `locations` into a box `width` pixels wide; the height follows the
    /// aspect ratio, clamped to `[0.45, 1.0] × width`.
    init(locations: [Location], width: Double, margin: Double = 28) {
        var latitudes: [Double] = []
        for location in locations {
            if case .geographic(let latitude, _) = location { latitudes.append(latitude) }
        }
        isGeographic = !latitudes.isEmpty
        let meanLatitude = latitudes.isEmpty ? 0 : latitudes.reduce(0, +) / Double(latitudes.count)
        cosineOfLatitude = cos(meanLatitude * .pi / 180)
        let raw = locations.map { Self.planar($0, cosineOfLatitude: cos(meanLatitude * .pi / 180)) }
        let minX = raw.map(\.x).min() ?? 0, maxX = raw.map(\.x).max() ?? 1
        let minY = raw.map(\.y).min() ?? 0, maxY = raw.map(\.y).max() ?? 1
        let spanX = max(maxX - minX, 1e-9), spanY = max(maxY - minY, 1e-9)
        let innerWidth = width - 2 * margin
        let naturalHeight = innerWidth * spanY / spanX
        let innerHeight = min(max(naturalHeight, 0.45 * width - 2 * margin), width - 2 * margin)
        scale = min(innerWidth / spanX, innerHeight / spanY)
        // Centre the drawing in the box.
        let usedWidth = spanX * scale, usedHeight = spanY * scale
        self.width = width
        self.height = innerHeight + 2 * margin
        self.margin = margin
        minimumX = minX - (innerWidth - usedWidth) / 2 / scale
        maximumY = maxY + (innerHeight - usedHeight) / 2 / scale
    }

    /// Pixel position of a location.
    func point(_ location: Location) -> (x: Double, y: Double) {
        let planar = Self.planar(location, cosineOfLatitude: cosineOfLatitude)
        return (margin + (planar.x - minimumX) * scale, margin + (maximumY - planar.y) * scale)
    }

    /// Pixels per kilometre (geographic) or per distance unit (plane).
    var pixelsPerDistanceUnit: Double {
        isGeographic ? scale / 111.195 : scale
    }

    private static func planar(_ location: Location, cosineOfLatitude: Double) -> (x: Double, y: Double) {
        switch location {
        case .plane(let x, let y): return (x, y)
        case .geographic(let latitude, let longitude): return (longitude * cosineOfLatitude, latitude)
        }
    }
}
