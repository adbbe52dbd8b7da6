import GreenRouteCore

/// Recomputes every route of a plan with Core's RouteTimetable and checks the plan's
/// bookkeeping (a stand-in until GreenRouteCheck's PlanChecker is on main).
enum PlanVerification {
    /// Problems found; empty when the plan is consistent and feasible.
    static func problems(_ plan: Plan, instance: Instance) -> [String] {
        var found: [String] = []
        var served: [String: Int] = [:]
        var distance = 0.0
        for (index, route) in plan.routes.enumerated() {
            let nodes = route.stops.map { instance.nodeIndex(of: $0.node) ?? -1 }
            guard nodes.first == 0, nodes.last == 0, !nodes.contains(-1) else {
                found.append("route \(index): bad stops"); continue
            }
            let sequence = Array(nodes.dropFirst().dropLast())
            let type = instance.vehicleTypes.firstIndex { $0.id == route.vehicleType } ?? 0
            guard let rebuilt = RouteTimetable.build(instance, vehicleType: type, sequence: sequence) else {
                found.append("route \(index): infeasible"); continue
            }
            if !Tolerance.equal(rebuilt.distance, route.distance) { found.append("route \(index): distance") }
            distance += route.distance
            for node in sequence where instance.isCustomer(node) { served[instance.id(ofNode: node), default: 0] += 1 }
        }
        for customer in instance.customers {
            let count = served[customer.id, default: 0] + plan.unassigned.filter { $0.customer == customer.id }.count
            if count != 1 { found.append("\(customer.id) served \(count) times") }
        }
        if plan.vehicles != plan.routes.count { found.append("vehicle count") }
        if !Tolerance.equal(distance, plan.distance) { found.append("total distance") }
        for type in instance.vehicleTypes {
            if let count = type.count, plan.routes.filter({ $0.vehicleType == type.id }).count > count {
                found.append("too many vehicles of \(type.id)")
            }
        }
        return found
    }

    /// Node-id sequences of the routes, for comparing plans.
    static func sequences(_ plan: Plan) -> [[String]] {
        plan.routes.map { $0.stops.map(\.node) }
    }
}
