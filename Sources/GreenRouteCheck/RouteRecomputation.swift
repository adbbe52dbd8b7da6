import GreenRouteCore

/// The checker's own recomputation of one route, from its node order, the depot departure
/// (the first stop's `departure`) and the charging segments. Independent of the solvers'
/// route evaluation: it uses only the instance data and ``Physics``.
///
/// Conventions (see Docs/checker.md):
/// - arrival = the recomputed departure from the previous stop + travel time (no waiting on arcs);
/// - service start = max(arrival, ready); a later reported start is accepted (waiting);
/// - departure = start + service; a later reported departure is accepted (waiting, charging);
///   a reported start or departure earlier than possible is a mismatch and the earliest is used;
/// - charge on arrival = charge on departure − driving energy; on departure = on arrival + the
///   recomputed energy of the stop's segments.
struct RouteRecomputation {
    let instance: Instance
    let routeIndex: Int
    let reportedRoute: PlanRoute

    /// Violations found on this route alone.
    private(set) var violations: [Violation] = []
    /// The recomputed route, or the reported one when it could not be recomputed.
    private(set) var route: PlanRoute
    /// True when the timetable, load and charge were recomputed.
    private(set) var isRecomputed = false
    /// Index of the vehicle type, nil when unknown.
    private(set) var typeIndex: Int?
    /// Node indices of the customers this route visits (in order, repeats kept).
    private(set) var servedCustomers: [Int] = []
    /// Charging segments at stations with their recomputed energy, for the station sweep.
    private(set) var stationCharges: [StationCharge] = []
    /// Distance driven (recomputed; the reported distance when not recomputed).
    private(set) var distance: Distance
    private(set) var duration: Duration = 0
    private(set) var waiting: Duration = 0
    private(set) var energyConsumed: Energy = 0
    private(set) var energyCharged: Energy = 0
    private(set) var energyPerStation: [String: Energy] = [:]
    private(set) var energyLeft: Energy = 0

    init(instance: Instance, routeIndex: Int, route: PlanRoute) {
        self.instance = instance
        self.routeIndex = routeIndex
        self.reportedRoute = route
        self.route = route
        self.distance = route.distance
        run()
    }

    private mutating func run() {
        typeIndex = instance.vehicleTypes.firstIndex { $0.id == reportedRoute.vehicleType }
        if typeIndex == nil {
            add(.unknownVehicleType, message: "vehicle type \"\(reportedRoute.vehicleType)\" is not in the instance")
        }
        var nodes: [Int] = []
        for (position, stop) in reportedRoute.stops.enumerated() {
            guard let node = instance.nodeIndex(of: stop.node) else {
                add(.unknownNode, stop: position, node: stop.node, message: "node \"\(stop.node)\" is not in the instance")
                continue
            }
            nodes.append(node)
            if instance.isCustomer(node) { servedCustomers.append(node) }
        }
        guard nodes.count == reportedRoute.stops.count else { return }
        let depotInside = nodes.dropFirst().dropLast().contains(instance.depotIndex)
        if nodes.count < 2 || nodes.first != instance.depotIndex || nodes.last != instance.depotIndex || depotInside {
            let path = reportedRoute.stops.map(\.node).joined(separator: " → ")
            add(.routeEndpoints, message: "a route must start and end at the depot \(instance.depot.id) "
                + "and not visit it in between; this one goes \(path.isEmpty ? "nowhere" : path)")
            return
        }
        guard let typeIndex else { return }
        recompute(nodes: nodes, typeIndex: typeIndex)
    }

    private mutating func recompute(nodes: [Int], typeIndex: Int) {
        let type = instance.vehicleTypes[typeIndex]
        let reported = reportedRoute.stops
        let depotID = instance.depot.id
        var load = nodes.reduce(0.0) { $0 + instance.demand(atNode: $1) }
        if !Tolerance.lessOrEqual(load, type.capacity) {
            add(.overCapacity, stop: 0, node: depotID, message: "leaves the depot with load \(load.text), "
                + "over capacity \(type.capacity.text) by \((load - type.capacity).text)")
        }
        var charge = type.initialCharge
        var departure = reported[0].departure
        if !departure.isFinite {
            mismatch("departure", stop: 0, reported: departure, recomputed: instance.depot.open)
            departure = instance.depot.open
        }
        if !Tolerance.lessOrEqual(instance.depot.open, departure) {
            add(.departureBeforeOpen, stop: 0, node: depotID, message: "leaves the depot at \(departure.text), "
                + "before it opens at \(instance.depot.open.text) (early by \((instance.depot.open - departure).text))")
        }
        let firstDeparture = departure
        let firstCharging = checkSegments(reported[0].charging, position: 0, node: instance.depotIndex,
                                          arrival: departure, departure: departure, typeIndex: typeIndex)
        charge += firstCharging.energy
        var stops = [PlanStop(node: depotID, arrival: departure, start: departure, departure: departure,
                              loadArrival: load, loadDeparture: load, chargeArrival: type.initialCharge,
                              chargeDeparture: charge, charging: firstCharging.segments)]
        compare(reported[0], with: stops[0], position: 0, includingTimes: true)
        distance = 0
        let last = nodes.count - 1
        for position in 1...last {
            let from = nodes[position - 1], node = nodes[position], stop = reported[position]
            let id = instance.id(ofNode: node)
            distance += instance.distance(from, node)
            let arrival = departure + instance.travelTime(from, node, vehicleType: typeIndex)
            let used = instance.drivingEnergy(from, node, vehicleType: typeIndex)
            energyConsumed += used
            charge -= used
            let chargeArrival = charge
            checkArrival(charge: chargeArrival, time: arrival, position: position, isReturn: position == last, type: type)
            let loadArrival = load
            load -= instance.demand(atNode: node)
            var earliestStart = arrival
            if instance.isCustomer(node) { earliestStart = max(arrival, instance.customer(atNode: node).ready) }
            let start = later(stop.start, than: earliestStart, field: "start", position: position)
            if instance.isCustomer(node) {
                let due = instance.customer(atNode: node).due
                if !Tolerance.lessOrEqual(start, due) {
                    add(.lateService, stop: position, node: id, message: "service at \(id) starts at \(start.text), "
                        + "late by \((start - due).text) (due \(due.text))")
                }
            }
            let service = instance.serviceTime(atNode: node)
            let leave = later(stop.departure, than: start + service, field: "departure", position: position)
            let charging = checkSegments(stop.charging, position: position, node: node, arrival: arrival,
                                         departure: leave, typeIndex: typeIndex)
            charge += charging.energy
            checkChargeAfterCharging(charge, position: position, node: node, hasSegments: !stop.charging.isEmpty, type: type)
            let recomputed = PlanStop(node: id, arrival: arrival, start: start, departure: leave,
                                      loadArrival: loadArrival, loadDeparture: load, chargeArrival: chargeArrival,
                                      chargeDeparture: charge, charging: charging.segments)
            compare(stop, with: recomputed, position: position, includingTimes: false)
            stops.append(recomputed)
            if position < last {
                let chargingTime = charging.segments.reduce(0.0) { $0 + max(0, $1.end - $1.start) }
                waiting += max(0, leave - arrival - service - chargingTime)
            } else {
                duration = arrival - firstDeparture
                energyLeft = chargeArrival
            }
            departure = leave
        }
        if !Self.agree(reportedRoute.distance, distance) {
            mismatch("distance", stop: nil, reported: reportedRoute.distance, recomputed: distance)
        }
        route = PlanRoute(vehicleType: type.id, stops: stops, distance: distance)
        isRecomputed = true
    }

    /// Battery and horizon rules on arrival at a stop (the return to the depot included).
    private mutating func checkArrival(charge: Energy, time: Duration, position: Int, isReturn: Bool, type: VehicleType) {
        let id = reportedRoute.stops[position].node
        if !Tolerance.lessOrEqual(type.reserve, charge) {
            add(.belowReserve, stop: position, node: id, message: "arrives at \(id) with \(charge.text) kWh, "
                + "below reserve \(type.reserve.text) kWh by \((type.reserve - charge).text) kWh")
        }
        guard isReturn else { return }
        if !Tolerance.lessOrEqual(type.returnCharge, charge) {
            add(.belowReturnCharge, stop: position, node: id, message: "returns with \(charge.text) kWh, below the "
                + "return charge \(type.returnCharge.text) kWh by \((type.returnCharge - charge).text) kWh")
        }
        let close = instance.depot.close
        if !Tolerance.lessOrEqual(time, close) {
            add(.returnAfterClose, stop: position, node: id, message: "returns at \(time.text), after the depot "
                + "closes at \(close.text) (late by \((time - close).text))")
        }
    }

    /// Battery capacity and the full-recharge rule after a stop's charging.
    private mutating func checkChargeAfterCharging(_ charge: Energy, position: Int, node: Int, hasSegments: Bool,
                                                   type: VehicleType) {
        let id = instance.id(ofNode: node)
        if hasSegments && !Tolerance.lessOrEqual(charge, type.battery) {
            add(.aboveBattery, stop: position, node: id, message: "leaves \(id) with \(charge.text) kWh, "
                + "above battery \(type.battery.text) kWh by \((charge - type.battery).text) kWh")
        }
        if instance.charging == .full && instance.isStation(node) && !Tolerance.lessOrEqual(type.battery, charge) {
            add(.notFullRecharge, stop: position, node: id, message: "leaves \(id) with \(charge.text) kWh: "
                + "not charged to full, short by \((type.battery - charge).text) kWh (battery \(type.battery.text) kWh)")
        }
    }

    /// The reported time if it is not earlier than possible (waiting is allowed), else the
    /// earliest possible time and a mismatch.
    private mutating func later(_ reported: Double, than earliest: Double, field: String, position: Int) -> Double {
        if reported.isFinite && Tolerance.lessOrEqual(earliest, reported) { return max(reported, earliest) }
        mismatch(field, stop: position, reported: reported, recomputed: earliest, note: "earlier than possible")
        return earliest
    }

    /// Compares the reported arrival, loads and charges of a stop (and at the first stop its
    /// arrival and start, which must equal the depot departure) with the recomputed ones.
    private mutating func compare(_ reported: PlanStop, with recomputed: PlanStop, position: Int, includingTimes: Bool) {
        var fields: [(String, Double, Double)] = [
            ("loadArrival", reported.loadArrival, recomputed.loadArrival),
            ("loadDeparture", reported.loadDeparture, recomputed.loadDeparture),
            ("chargeArrival", reported.chargeArrival, recomputed.chargeArrival),
            ("chargeDeparture", reported.chargeDeparture, recomputed.chargeDeparture),
        ]
        fields.insert(("arrival", reported.arrival, recomputed.arrival), at: 0)
        if includingTimes { fields.insert(("start", reported.start, recomputed.start), at: 1) }
        for (name, value, expected) in fields where !Self.agree(value, expected) {
            mismatch(name, stop: position, reported: value, recomputed: expected)
        }
    }

    /// Equal up to ``Tolerance`` (infinite values, e.g. an unlimited battery, only equal themselves).
    static func agree(_ reported: Double, _ recomputed: Double) -> Bool {
        reported == recomputed || (reported.isFinite && recomputed.isFinite && Tolerance.equal(reported, recomputed))
    }

    mutating func mismatch(_ field: String, stop position: Int?, reported: Double, recomputed: Double, note: String? = nil) {
        let node = position.map { reportedRoute.stops[$0].node }
        let place = node.map { " at \($0)" } ?? ""
        let suffix = note.map { " (\($0))" } ?? ""
        violations.append(Violation(
            rule: .reportedValueMismatch, routeIndex: routeIndex, stopIndex: position, node: node, field: field,
            reported: reported, recomputed: recomputed,
            message: "\(field)\(place) reported \(reported.text), recomputed \(recomputed.text)\(suffix)"))
    }

    mutating func add(_ rule: Violation.Rule, stop position: Int? = nil, node: String? = nil, message: String) {
        violations.append(Violation(rule: rule, routeIndex: routeIndex, stopIndex: position, node: node, message: message))
    }

    /// Adds charged energy to the totals; station segments also go to the sweep.
    mutating func record(energy: Energy, station: StationCharge?, stationID: String?) {
        energyCharged += energy
        if let station { stationCharges.append(station) }
        if let stationID { energyPerStation[stationID, default: 0] += energy }
    }
}
