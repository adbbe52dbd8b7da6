/// Solver-side assembly of a complete plan (totals and KPIs) from timed routes.
public enum PlanAssembler {
    /// A plan from timed routes, with totals and KPIs filled in from the routes.
    public static func makePlan(_ instance: Instance, solver: String, status: PlanStatus, objective: Objective,
                                routes: [PlanRoute], unassigned: [UnassignedCustomer] = [], seconds: Double,
                                seed: UInt64? = nil, bound: Double? = nil, gapPercent: Double? = nil,
                                notes: [String] = []) -> Plan {
        let value = instance.objectiveValue(of: routes)
        return Plan(instance: instance.name, solver: solver, status: status, objective: objective,
                    charging: instance.charging, vehicles: routes.count, distance: value.distance, bound: bound,
                    gapPercent: gapPercent, seconds: seconds, seed: seed, routes: routes, unassigned: unassigned,
                    kpis: kpis(instance, routes: routes), notes: notes)
    }

    /// KPIs of a set of routes as reported by their stops.
    public static func kpis(_ instance: Instance, routes: [PlanRoute]) -> PlanKPIs {
        var duration = 0.0, waiting = 0.0, consumed = 0.0, charged = 0.0, left = 0.0
        var perStation: [String: Energy] = [:]
        for route in routes {
            guard let first = route.stops.first, let last = route.stops.last else { continue }
            duration += last.arrival - first.departure
            left += last.chargeArrival
            let typeIndex = instance.vehicleTypes.firstIndex { $0.id == route.vehicleType } ?? 0
            for (position, stop) in route.stops.enumerated() {
                for segment in stop.charging {
                    charged += segment.energy
                    perStation[stop.node, default: 0] += segment.energy
                }
                guard position > 0, let from = instance.nodeIndex(of: route.stops[position - 1].node),
                      let to = instance.nodeIndex(of: stop.node) else { continue }
                consumed += instance.drivingEnergy(from, to, vehicleType: typeIndex)
                let busy = instance.travelTime(from, to, vehicleType: typeIndex)
                let idle = stop.arrival - route.stops[position - 1].departure - busy
                let charging = stop.charging.reduce(0.0) { $0 + $1.end - $1.start }
                let stay = (position == route.stops.count - 1) ? 0 : stop.departure - stop.arrival
                let service = instance.serviceTime(atNode: to)
                waiting += max(0, idle) + max(0, stay - charging - service)
            }
        }
        let value = instance.objectiveValue(of: routes)
        let usage = StationUsage(instance, routes: routes)
        return PlanKPIs(totalDuration: duration, waiting: waiting, energyConsumed: consumed, energyCharged: charged,
                        energyPerStation: perStation.keys.sorted().map { StationEnergy(station: $0, energy: perStation[$0]!) },
                        greenSharePercent: 100, energyLeft: left, cost: value.cost,
                        stationHours: usage.hours, stationPeaks: usage.peaks)
    }
}
