/// Distances and travel times between every pair of nodes, computed once by ``Physics``.
public final class TravelTable: Sendable {
    /// Number of nodes.
    public let count: Int
    /// Row-major distances, in distance units.
    public let distances: [Double]
    /// Row-major travel times per vehicle type, in the instance's time unit.
    public let times: [[Double]]
    let indexByID: [String: Int]

    init(ids: [String], locations: [Location], metric: TravelMetric, vehicleTypes: [VehicleType], timeUnit: TimeUnit) {
        let n = locations.count
        count = n
        var distances = [Double](repeating: 0, count: n * n)
        var baseTimes: [Double]? = nil
        if case .matrix(let distanceMatrix, let timeMatrix) = metric {
            for i in 0..<n where i < distanceMatrix.count {
                for j in 0..<n where j < distanceMatrix[i].count { distances[i * n + j] = distanceMatrix[i][j] }
            }
            if let timeMatrix {
                var flat = [Double](repeating: 0, count: n * n)
                for i in 0..<n where i < timeMatrix.count {
                    for j in 0..<n where j < timeMatrix[i].count { flat[i * n + j] = timeMatrix[i][j] }
                }
                baseTimes = flat
            }
        } else {
            for i in 0..<n {
                for j in 0..<n where i != j {
                    distances[i * n + j] = Physics.distance(from: locations[i], to: locations[j], metric: metric)
                }
            }
        }
        self.distances = distances
        times = vehicleTypes.map { type in
            if let baseTimes { return baseTimes }
            return distances.map { Physics.travelTime(distance: $0, speed: type.speed, timeUnit: timeUnit) }
        }
        var index: [String: Int] = [:]
        for (position, id) in ids.enumerated() where index[id] == nil { index[id] = position }
        indexByID = index
    }

    /// Distance from node `i` to node `j`, in distance units.
    @inlinable
    public func distance(_ i: Int, _ j: Int) -> Double { distances[i * count + j] }

    /// Travel time from node `i` to node `j` for a vehicle type, in the instance's time unit.
    @inlinable
    public func time(_ i: Int, _ j: Int, vehicleType: Int = 0) -> Double { times[vehicleType][i * count + j] }
}
