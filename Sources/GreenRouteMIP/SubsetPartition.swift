import GreenRouteCore

/// Exact set partitioning by dynamic programming over customer subsets, for few customers:
/// f(S) = best over routes R ∋ min(S), R ⊆ S, of value(R) + f(S \ R), in about 3^n / 2 steps.
///
/// Used before GLPK on a complete enumeration, for two things:
/// - an optimal incumbent handed to GLPK (`GLP_IHEUR`), so GLPK only has to prove it;
/// - safe column elimination: a route R can be in an optimal plan only if
///   value(R) + LB(complement of R) ≤ optimum, where LB is the DP's own bound for the
///   objective (distance-only or cost-only minimum; for hierarchical also
///   fewest vehicles(complement) ≤ V* − 1 and distance(R) + shortest(complement) ≤ D*).
/// Every removed column provably belongs to no optimal solution, so GLPK's proof over the
/// remaining columns is a proof for the whole model.
///
/// Only for one vehicle type or types without count limits (the DP ignores counts).
struct SubsetPartition {
    static let maximumCustomers = 18

    let objective: Objective
    let full: Int
    /// Best route per customer mask (index into the routes, −1 = none) and its value.
    private var routeOf: [Int32]
    private var routeValue: [Double]
    private var routeDistance: [Double]
    /// Lexicographic (vehicles, distance) for hierarchical, else the objective value.
    private var vehicles: [Int16]
    private var value: [Double]
    /// Distance-only (hierarchical, distance) or cost-only minimum per mask.
    private var bound: [Double]
    private var choice: [Int32]

    /// Nil when not applicable (too many customers, limited counts) or cancelled.
    init?(instance: Instance, routes: [EnumeratedRoute], objective: Objective, isCancelled: () -> Bool) {
        let n = instance.customers.count
        guard n >= 1, n <= Self.maximumCustomers else { return nil }
        if instance.vehicleTypes.count > 1 && instance.vehicleTypes.contains(where: { $0.count != nil }) { return nil }
        self.objective = objective
        let size = 1 << n
        full = size - 1
        routeOf = Array(repeating: -1, count: size)
        routeValue = Array(repeating: .infinity, count: size)
        routeDistance = Array(repeating: .infinity, count: size)
        for (index, route) in routes.enumerated() {
            let mask = Int(route.customers.low)
            let type = instance.vehicleTypes[route.vehicleType]
            let cost = objective == .cost ? type.fixedCost + type.costPerKm * route.distance : route.distance
            if cost < routeValue[mask] { routeValue[mask] = cost; routeOf[mask] = Int32(index) }
            routeDistance[mask] = min(routeDistance[mask], route.distance)
        }
        vehicles = Array(repeating: Int16.max, count: size)
        value = Array(repeating: .infinity, count: size)
        bound = Array(repeating: .infinity, count: size)
        choice = Array(repeating: 0, count: size)
        vehicles[0] = 0
        value[0] = 0
        bound[0] = 0
        let lexicographic = objective == .hierarchical
        for mask in 1..<size {
            if mask & 0xFFF == 0 && isCancelled() { return nil }
            let lowest = mask & -mask
            let rest = mask ^ lowest
            var sub = rest
            var bestVehicles = Int16.max, bestValue = Double.infinity, bestBound = Double.infinity, bestChoice = 0
            while true {
                let part = sub | lowest
                let partValue = routeValue[part]
                if partValue < .infinity {
                    let other = mask ^ part
                    let candidateBound = partValue + bound[other]
                    if candidateBound < bestBound { bestBound = candidateBound }
                    if lexicographic {
                        if vehicles[other] < Int16.max {
                            let v = vehicles[other] + 1, d = partValue + value[other]
                            if v < bestVehicles || (v == bestVehicles && d < bestValue) {
                                bestVehicles = v; bestValue = d; bestChoice = part
                            }
                        }
                    } else if candidateBound < bestValue {
                        bestValue = candidateBound; bestChoice = part
                    }
                }
                if sub == 0 { break }
                sub = (sub - 1) & rest
            }
            vehicles[mask] = lexicographic ? bestVehicles : 0
            value[mask] = bestValue
            bound[mask] = bestBound
            choice[mask] = Int32(bestChoice)
        }
    }

    /// True when every customer can be served.
    var isFeasible: Bool { value[full] < .infinity }

    /// The optimal plan's routes (indices into the routes).
    func optimalRoutes() -> [Int] {
        var result: [Int] = []
        var mask = full
        while mask != 0 {
            let part = Int(choice[mask])
            result.append(Int(routeOf[part]))
            mask ^= part
        }
        return result
    }

    /// Fewest vehicles (hierarchical) of the optimum.
    var optimalVehicles: Int { Int(vehicles[full]) }
    /// The optimum's distance (hierarchical, distance) or cost.
    var optimalValue: Double { value[full] }

    /// False when the route provably belongs to no optimal plan.
    func canBeOptimal(_ route: EnumeratedRoute, instance: Instance) -> Bool {
        let mask = Int(route.customers.low)
        let other = full ^ mask
        let slack = 1e-7 * max(1, abs(optimalValue))
        switch objective {
        case .hierarchical:
            return vehicles[other] < Int16.max && Int(vehicles[other]) <= optimalVehicles - 1
                && route.distance + bound[other] <= optimalValue + slack
        case .distance:
            return route.distance + bound[other] <= optimalValue + slack
        case .cost:
            let type = instance.vehicleTypes[route.vehicleType]
            return type.fixedCost + type.costPerKm * route.distance + bound[other] <= optimalValue + slack
        }
    }
}
