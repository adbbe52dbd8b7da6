import Foundation
import GreenRouteCore

/// Draws a city's customers: places, courier time windows, parcels and service times.
///
/// - Places: 60 % in 3–6 neighbourhood clusters (centres within 0.8 R of the city centre,
///   spread σ = 0.12 R), 40 % uniform over the disc of radius R; rounded to 5 decimals (≈ 1 m).
/// - Windows for the start of service: all day 08:00–18:00 (35 %), morning 08:00–12:00 (25 %),
///   afternoon 13:00–18:00 (25 %), a 2-hour slot starting 08, 10, 12, 14 or 16 h (15 %).
/// - Parcels: 1–3 (75 %, homes), 3–8 (20 %, small businesses), 8–20 (5 %, shops).
/// - Service: 3 min + 1 min per 3 parcels + 0–2 min (finding the door), at most 10 min.
struct CustomerSampler {
    let preset: CityPreset

    /// Kilometres per degree of latitude.
    static let kilometresPerDegree = 111.32

    func customers(count: Int, _ random: inout SplitMix64) -> [Customer] {
        let radius = preset.radiusKilometres
        let clusterCount = random.integer(3...6)
        var clusters: [(x: Double, y: Double)] = []
        for _ in 0..<clusterCount { clusters.append(uniformInDisc(radius: 0.8 * radius, &random)) }
        var result: [Customer] = []
        for index in 1...count {
            var point = uniformInDisc(radius: radius, &random)
            if random.chance(0.6) {
                let centre = clusters[random.integer(0...(clusterCount - 1))]
                for _ in 0..<20 {
                    let candidate = (x: centre.x + 0.12 * radius * random.normal(), y: centre.y + 0.12 * radius * random.normal())
                    if candidate.x * candidate.x + candidate.y * candidate.y <= radius * radius { point = candidate; break }
                }
            }
            let window = timeWindow(&random)
            let parcels = demand(&random)
            let service = min(10, 3 + parcels / 3 + random.integer(0...2))
            result.append(Customer(id: "C\(index)", location: location(point), demand: Double(parcels),
                                   ready: window.ready, due: window.due, service: Double(service)))
        }
        return result
    }

    /// A point uniform in a disc, as east and north offsets from the centre in km.
    private func uniformInDisc(radius: Double, _ random: inout SplitMix64) -> (x: Double, y: Double) {
        let distance = radius * random.unit().squareRoot(), angle = 2 * Double.pi * random.unit()
        return (distance * cos(angle), distance * sin(angle))
    }

    private func location(_ point: (x: Double, y: Double)) -> Location {
        let latitude = preset.centreLatitude + point.y / Self.kilometresPerDegree
        let longitude = preset.centreLongitude
            + point.x / (Self.kilometresPerDegree * cos(preset.centreLatitude * Double.pi / 180))
        return .geographic(latitude: Self.rounded(latitude), longitude: Self.rounded(longitude))
    }

    /// [ready, due] in minutes since midnight.
    private func timeWindow(_ random: inout SplitMix64) -> (ready: Double, due: Double) {
        switch random.weightedIndex([0.35, 0.25, 0.25, 0.15]) {
        case 0: return (480, 1080)
        case 1: return (480, 720)
        case 2: return (780, 1080)
        default:
            let start = Double(480 + 120 * random.integer(0...4))
            return (start, start + 120)
        }
    }

    private func demand(_ random: inout SplitMix64) -> Int {
        switch random.weightedIndex([0.75, 0.20, 0.05]) {
        case 0: return random.integer(1...3)
        case 1: return random.integer(3...8)
        default: return random.integer(8...20)
        }
    }

    /// Rounded to 5 decimals (about 1 m).
    static func rounded(_ degrees: Double) -> Double {
        (degrees * 100_000).rounded() / 100_000
    }
}
