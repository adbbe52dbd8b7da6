import GreenRouteCore

/// A test-only way to write a route's numbers from first principles (Euclidean distance,
/// time = distance / speed, energy = distance × consumption, charged = power × time), without
/// Physics, the solvers or the checker. It applies no rule: broken plans stay self-consistent.
struct Visit {
    /// Node id.
    var node: String
    /// A later service start than the earliest possible (waiting), absolute time.
    var startAt: Double?
    /// Charging segments relative to the arrival: (offset after arrival, duration, power).
    var charging: [(after: Double, duration: Double, power: Double)]
    /// A later departure than the end of service and charging (waiting), absolute time.
    var leaveAt: Double?

    init(_ node: String, startAt: Double? = nil,
         charging: [(after: Double, duration: Double, power: Double)] = [], leaveAt: Double? = nil) {
        self.node = node
        self.startAt = startAt
        self.charging = charging
        self.leaveAt = leaveAt
    }
}

private func coordinates(of id: String, in instance: Instance) -> (x: Double, y: Double) {
    let location: Location
    if id == instance.depot.id { location = instance.depot.location }
    else if let customer = instance.customers.first(where: { $0.id == id }) { location = customer.location }
    else { location = instance.stations.first(where: { $0.id == id })!.location }
    guard case .plane(let x, let y) = location else { fatalError("hand routes use plane coordinates") }
    return (x, y)
}

/// The route depot → visits → depot, leaving the depot at `departure`.
func handRoute(_ instance: Instance, type typeID: String? = nil, departure: Double, _ visits: [Visit]) -> PlanRoute {
    let type = typeID.map { id in instance.vehicleTypes.first { $0.id == id }! } ?? instance.vehicleTypes[0]
    let perHour = instance.timeUnit == .minutes ? 60.0 : 1.0
    let customerOf = { (id: String) in instance.customers.first { $0.id == id } }
    var load = visits.reduce(0.0) { $0 + (customerOf($1.node)?.demand ?? 0) }
    var charge = type.initialCharge
    var time = departure
    var distance = 0.0
    var here = coordinates(of: instance.depot.id, in: instance)
    var stops = [PlanStop(node: instance.depot.id, arrival: time, start: time, departure: time, loadArrival: load,
                          loadDeparture: load, chargeArrival: charge, chargeDeparture: charge)]
    for visit in visits + [Visit(instance.depot.id)] {
        let there = coordinates(of: visit.node, in: instance)
        let leg = ((there.x - here.x) * (there.x - here.x) + (there.y - here.y) * (there.y - here.y)).squareRoot()
        distance += leg
        let arrival = time + leg / type.speed * perHour
        charge -= leg * type.consumption
        let chargeArrival = charge, loadArrival = load
        let customer = customerOf(visit.node)
        var start = max(arrival, customer?.ready ?? arrival)
        if let startAt = visit.startAt { start = max(start, startAt) }
        var leave = start + (customer?.service ?? 0)
        var segments: [ChargingSegment] = []
        for piece in visit.charging {
            let energy = piece.power * piece.duration / perHour
            segments.append(ChargingSegment(start: arrival + piece.after, end: arrival + piece.after + piece.duration,
                                            power: piece.power, energy: energy))
            charge += energy
            leave = max(leave, arrival + piece.after + piece.duration)
        }
        if let leaveAt = visit.leaveAt { leave = leaveAt }
        load -= customer?.demand ?? 0
        stops.append(PlanStop(node: visit.node, arrival: arrival, start: start, departure: leave, loadArrival: loadArrival,
                              loadDeparture: load, chargeArrival: chargeArrival, chargeDeparture: charge, charging: segments))
        time = leave
        here = there
    }
    return PlanRoute(vehicleType: type.id, stops: stops, distance: distance)
}

/// A plan whose totals agree with its routes.
func handPlan(_ instance: Instance, _ routes: [PlanRoute], unassigned: [String] = []) -> Plan {
    Plan(instance: instance.name, solver: "hand", status: unassigned.isEmpty ? .feasible : .infeasible,
         objective: .hierarchical, charging: instance.charging, vehicles: routes.count,
         distance: routes.reduce(0) { $0 + $1.distance }, seconds: 0, routes: routes,
         unassigned: unassigned.map { UnassignedCustomer(customer: $0, reason: "test") })
}
