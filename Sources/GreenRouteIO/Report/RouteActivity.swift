import GreenRouteCore

/// What a van does during one interval of its day, for the timeline.
struct RouteActivity: Equatable, Sendable {
    enum Kind: String, CaseIterable, Sendable {
        case driving, service, waiting, charging
    }

    let kind: Kind
    /// Start and end, in the instance's time unit.
    let start: Duration
    let end: Duration
    /// Where (the stop's node id; for driving the destination).
    let place: String

    /// The day of one route cut into driving, service, waiting and charging intervals.
    ///
    /// Driving starts at the previous departure and lasts the instance's travel time (cut at
    /// the arrival); any rest of the gap is waiting. At a stop, time outside service and
    /// charging segments is waiting. Hand-edited plans with inconsistent times give empty
    /// intervals, which are dropped, never negative ones.
    static func activities(of route: PlanRoute, in instance: Instance) -> [RouteActivity] {
        let typeIndex = instance.vehicleTypes.firstIndex { $0.id == route.vehicleType } ?? 0
        var result: [RouteActivity] = []
        func add(_ kind: Kind, _ start: Duration, _ end: Duration, _ place: String) {
            if end > start { result.append(RouteActivity(kind: kind, start: start, end: end, place: place)) }
        }
        for (position, stop) in route.stops.enumerated() {
            if position > 0 {
                let previous = route.stops[position - 1]
                let driveEnd = drivingEnd(from: previous, to: stop, typeIndex: typeIndex, in: instance)
                add(.driving, previous.departure, driveEnd, stop.node)
                add(.waiting, driveEnd, stop.arrival, stop.node)
            }
            guard position > 0, position < route.stops.count - 1 else { continue }
            var cursor = stop.arrival
            if !stop.charging.isEmpty {
                for segment in stop.charging.sorted(by: { $0.start < $1.start }) {
                    add(.waiting, cursor, segment.start, stop.node)
                    add(.charging, max(cursor, segment.start), segment.end, stop.node)
                    cursor = max(cursor, segment.end)
                }
            } else if let node = instance.nodeIndex(of: stop.node), instance.isCustomer(node) {
                add(.waiting, cursor, stop.start, stop.node)
                let serviceEnd = min(stop.departure, max(cursor, stop.start) + instance.serviceTime(atNode: node))
                add(.service, max(cursor, stop.start), serviceEnd, stop.node)
                cursor = max(cursor, serviceEnd)
            }
            add(.waiting, cursor, stop.departure, stop.node)
        }
        return result
    }

    /// The charge level over the day as (time, kWh) points: it falls linearly while driving,
    /// rises linearly during charging segments, and is flat otherwise.
    static func chargeCurve(of route: PlanRoute, in instance: Instance) -> [(time: Duration, charge: Energy)] {
        guard let first = route.stops.first else { return [] }
        var points: [(time: Duration, charge: Energy)] = [(first.departure, first.chargeDeparture)]
        let typeIndex = instance.vehicleTypes.firstIndex { $0.id == route.vehicleType } ?? 0
        for (position, stop) in route.stops.enumerated().dropFirst() {
            let previous = route.stops[position - 1]
            let driveEnd = drivingEnd(from: previous, to: stop, typeIndex: typeIndex, in: instance)
            points.append((driveEnd, stop.chargeArrival))
            points.append((stop.arrival, stop.chargeArrival))
            var level = stop.chargeArrival
            for segment in stop.charging.sorted(by: { $0.start < $1.start }) {
                points.append((segment.start, level))
                level += segment.energy
                points.append((segment.end, level))
            }
            if position < route.stops.count - 1 {
                points.append((stop.departure, stop.chargeDeparture))
            }
        }
        return points
    }

    /// When the van driving from `previous` to `stop` arrives if it leaves at the previous
    /// departure: departure + travel time, never after the reported arrival.
    private static func drivingEnd(from previous: PlanStop, to stop: PlanStop, typeIndex: Int,
                                   in instance: Instance) -> Duration {
        guard let from = instance.nodeIndex(of: previous.node), let to = instance.nodeIndex(of: stop.node),
              typeIndex < instance.vehicleTypes.count else { return stop.arrival }
        return max(previous.departure, min(stop.arrival, previous.departure + instance.travelTime(from, to, vehicleType: typeIndex)))
    }
}
