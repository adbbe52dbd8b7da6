import GreenRouteCore

/// Extra columns for a green route: the same node sequence with its charging at green-limited
/// stations moved: first the earliest schedule (leaving the depot at its opening; the column's
/// own schedule may leave later), then that one delayed slot by slot, so that vans can take
/// turns at a charger or at the noon supply. Each delayed variant is timed by ``RouteTimetable`` against a ledger that blocks every
/// station of the route (all power, before a cut-off time); the cut-off moves one slot past
/// the previous variant's first charging start. Variants change the upper model only (same
/// customers and distance), never the lower bound.
enum ScheduleVariants {
    /// Delayed variants per route at most.
    static let maximumVariants = 12

    static func delayed(_ instance: Instance, route: EnumeratedRoute, slots: StationSlots) -> [EnumeratedRoute] {
        let limited = Array(Set(route.sequence.filter { instance.isStation($0) && slots.isLimited(station: $0) })).sorted()
        guard let own = route.timed, !limited.isEmpty,
              var current = RouteTimetable.build(instance, vehicleType: route.vehicleType, sequence: route.sequence,
                                                 departure: instance.depot.open) else { return [] }
        var result: [EnumeratedRoute] = []
        if ChargingFootprint(instance, route: current, slots: slots) != ChargingFootprint(instance, route: own, slots: slots) {
            var earliest = route
            earliest.timed = current
            result.append(earliest)
        }
        for _ in 0..<maximumVariants {
            let starts = zip(route.sequence, current.stops.dropFirst()).compactMap { node, stop in
                slots.isLimited(station: node) ? stop.charging.first?.start : nil
            }
            guard let first = starts.min() else { break }
            var ledger = StationLedger(instance)
            let blocker = ChargingSegment(start: instance.depot.open, end: first + slots.slotLength, power: 1e12, energy: 0)
            for node in limited { ledger.commit([blocker], atStation: node) }
            guard let next = RouteTimetable.build(instance, vehicleType: route.vehicleType, sequence: route.sequence,
                                                  departure: instance.depot.open, ledger: ledger) else { break }
            var variant = route
            variant.timed = next
            result.append(variant)
            current = next
        }
        return result
    }
}
