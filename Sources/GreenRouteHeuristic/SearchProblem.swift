import GreenRouteCore

/// Flat, precomputed data of one instance for one vehicle type: what the search reads in
/// its inner loops (node-indexed arrays, row-major matrices, neighbour lists).
///
/// Node indices are the instance's: 0 = depot, 1...C customers, then stations.
final class SearchProblem {
    let instance: Instance
    /// The vehicle type the search plans with.
    let typeIndex: Int
    let nodeCount: Int
    let customerCount: Int
    /// Station node indices, ascending.
    let stations: [Int]
    /// Row-major matrix of arcs: distance, travel time and driving energy side by side, so
    /// that a route simulation reads one cache line per arc instead of three.
    let arcs: [Arc]
    /// Per node: window for the start of service (depot: the horizon), service, demand.
    let ready: [Double]
    let due: [Double]
    let service: [Double]
    let demand: [Double]
    let isStation: [Bool]
    /// Per node: time units per energy unit charged (stations; 0 elsewhere).
    let chargeTimePerEnergy: [Double]
    let capacity: Double
    let battery: Double
    let reserve: Double
    let returnCharge: Double
    let initialCharge: Double
    let open: Double
    let close: Double
    let charging: ChargingMode
    /// True when the battery can limit a route (consumption > 0 and stations or not).
    let hasBattery: Bool
    /// Per customer node: other customers by increasing proximity (granular neighbourhood).
    let neighbours: [[Int]]
    /// Per arc (i, j): the stations with the smallest detour d(i,s) + d(s,j), best first
    /// (`stationsPerArc` entries, -1 when missing).
    let arcStations: [Int]
    static let stationsPerArc = 3

    init(instance: Instance, typeIndex: Int, neighbourCount: Int = 30) {
        self.instance = instance
        self.typeIndex = typeIndex
        let n = instance.nodeCount
        nodeCount = n
        customerCount = instance.customers.count
        stations = Array(instance.stationIndices)
        let type = instance.vehicleTypes[typeIndex]
        var distance = [Double](repeating: 0, count: n * n)
        var time = distance, energy = distance
        for i in 0..<n {
            for j in 0..<n {
                distance[i * n + j] = instance.distance(i, j)
                time[i * n + j] = instance.travelTime(i, j, vehicleType: typeIndex)
                energy[i * n + j] = instance.drivingEnergy(i, j, vehicleType: typeIndex)
            }
        }
        arcs = (0..<(n * n)).map { Arc(distance: distance[$0], time: time[$0], energy: energy[$0]) }
        var ready = [Double](repeating: instance.depot.open, count: n)
        var due = [Double](repeating: instance.depot.close, count: n)
        var service = [Double](repeating: 0, count: n), demand = service, rate = service
        var isStation = [Bool](repeating: false, count: n)
        for c in instance.customerIndices {
            let customer = instance.customer(atNode: c)
            ready[c] = customer.ready
            due[c] = customer.due
            service[c] = customer.service
            demand[c] = customer.demand
        }
        for s in instance.stationIndices {
            isStation[s] = true
            rate[s] = Physics.chargingTime(energy: 1, power: instance.chargingPower(atNode: s, vehicleType: typeIndex),
                                           timeUnit: instance.timeUnit)
        }
        self.ready = ready
        self.due = due
        self.service = service
        self.demand = demand
        self.isStation = isStation
        chargeTimePerEnergy = rate
        capacity = type.capacity
        battery = type.battery
        reserve = type.reserve
        returnCharge = type.minimumReturnCharge
        initialCharge = type.initialCharge
        open = instance.depot.open
        close = instance.depot.close
        charging = instance.charging
        hasBattery = type.consumption > 0
        neighbours = Self.neighbourLists(n: n, customers: instance.customerIndices, distance: distance,
                                         ready: ready, due: due, service: service, time: time, count: neighbourCount)
        arcStations = Self.bestStations(n: n, stations: stations, distance: distance)
    }

    /// Distance, in distance units.
    @inline(__always) func dist(_ i: Int, _ j: Int) -> Double { arcs[i &* nodeCount &+ j].distance }
    /// Travel time, in time units.
    @inline(__always) func travel(_ i: Int, _ j: Int) -> Double { arcs[i &* nodeCount &+ j].time }
    /// Driving energy, in energy units.
    @inline(__always) func drive(_ i: Int, _ j: Int) -> Double { arcs[i &* nodeCount &+ j].energy }
    /// The whole arc (one read when a loop needs two or three of its values).
    @inline(__always) func arc(_ i: Int, _ j: Int) -> Arc { arcs[i &* nodeCount &+ j] }
    @inline(__always) func isCustomer(_ node: Int) -> Bool { node >= 1 && node <= customerCount }
    /// The `rank`-th best station to visit between i and j, or -1.
    @inline(__always) func station(between i: Int, _ j: Int, rank: Int) -> Int {
        arcStations[(i &* nodeCount &+ j) &* Self.stationsPerArc &+ rank]
    }

    /// One arc of the matrix: distance units, time units, energy units.
    struct Arc {
        var distance: Double
        var time: Double
        var energy: Double
    }

    /// Neighbours by a distance that also counts how badly time windows fit (Vidal et al. 2013,
    /// simplified): d(i,j) + 0.2·(waiting) + 1.0·(lateness) in the better direction.
    static func neighbourLists(n: Int, customers: Range<Int>, distance: [Double], ready: [Double], due: [Double],
                               service: [Double], time: [Double], count: Int) -> [[Int]] {
        var lists = [[Int]](repeating: [], count: n)
        for i in customers {
            var scored: [(Double, Int)] = []
            for j in customers where j != i {
                func proximity(_ a: Int, _ b: Int) -> Double {
                    let arrive = ready[a] + service[a] + time[a * n + b]
                    let wait = max(0, ready[b] - (due[a] + service[a] + time[a * n + b]))
                    let late = max(0, arrive - due[b])
                    return distance[a * n + b] + 0.2 * wait + 1.0 * late
                }
                scored.append((min(proximity(i, j), proximity(j, i)), j))
            }
            scored.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
            lists[i] = scored.prefix(count).map(\.1)
        }
        return lists
    }

    static func bestStations(n: Int, stations: [Int], distance: [Double]) -> [Int] {
        var table = [Int](repeating: -1, count: n * n * stationsPerArc)
        guard !stations.isEmpty else { return table }
        // Top-k selection by insertion into a small sorted buffer (no sort, no allocation per arc).
        var detours = [Double](repeating: .infinity, count: stationsPerArc)
        var chosen = [Int](repeating: -1, count: stationsPerArc)
        for i in 0..<n {
            for j in 0..<n {
                for k in 0..<stationsPerArc { detours[k] = .infinity; chosen[k] = -1 }
                for s in stations where s != i && s != j {
                    let detour = distance[i * n + s] + distance[s * n + j]
                    guard detour < detours[stationsPerArc - 1] else { continue }
                    var k = stationsPerArc - 1
                    while k > 0 && detour < detours[k - 1] {
                        detours[k] = detours[k - 1]
                        chosen[k] = chosen[k - 1]
                        k -= 1
                    }
                    detours[k] = detour
                    chosen[k] = s
                }
                for k in 0..<stationsPerArc { table[(i * n + j) * stationsPerArc + k] = chosen[k] }
            }
        }
        return table
    }
}
