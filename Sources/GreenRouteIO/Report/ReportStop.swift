import GreenRouteCore

/// One stop of a plan as the report shows it: the plan's numbers plus what the instance
/// says about the place (kind, location, time window).
struct ReportStop: Sendable {
    /// Van number, 1-based (the route's position in the plan).
    let van: Int
    /// Position in the route, 0 = depot departure.
    let sequence: Int
    /// The stop as the plan reports it.
    let stop: PlanStop
    /// The node index, nil when the plan names a node the instance lacks.
    let node: Int?
    /// Depot, customer or station; nil for an unknown node.
    let kind: NodeKind?
    /// Where the place is; nil for an unknown node.
    let location: Location?
    /// Energy charged during this stop, in kWh (sum of its segments).
    let energyCharged: Energy

    /// The station id when this stop is at a station, else nil.
    var stationID: String? { kind == .station ? stop.node : nil }

    /// The name of the kind for tables ("depot", "customer", "station", "unknown").
    var kindName: String { kind?.rawValue ?? "unknown" }

    /// The stops of every route of a plan, route by route.
    static func all(of plan: Plan, in instance: Instance) -> [[ReportStop]] {
        plan.routes.enumerated().map { routeIndex, route in
            route.stops.enumerated().map { position, stop in
                let node = instance.nodeIndex(of: stop.node)
                return ReportStop(van: routeIndex + 1, sequence: position, stop: stop, node: node,
                                  kind: node.map { instance.kind(ofNode: $0) },
                                  location: node.map { instance.location(ofNode: $0) },
                                  energyCharged: stop.charging.reduce(0) { $0 + $1.energy })
            }
        }
    }
}
