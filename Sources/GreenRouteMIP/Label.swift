/// A partial route in the labelling: depot → … → `node` (a customer), ready to leave `node`.
struct Label {
    /// The last customer (node index), or 0 for the start at the depot.
    var node: Int
    /// The label it was extended from (index into the enumerator's store), −1 for the start.
    var parent: Int32
    /// Index of the station path used from the parent's node to `node`.
    var pathIndex: Int32
    /// Customers served.
    var visited: CustomerSet
    /// Load delivered so far, in load units.
    var load: Double
    /// Distance so far, in distance units.
    var distance: Double
    /// Earliest departure from `node` per battery charge (after service).
    var frontier: ChargeFrontier

    /// Same node and customers assumed: no longer, and every (time, charge) state reachable
    /// no later with no less charge.
    func dominates(_ other: Label) -> Bool {
        distance <= other.distance + 1e-9 && frontier.dominates(other.frontier, tolerance: 1e-9)
    }
}

/// Bucket key of the labelling: labels compete only with the same customers and last node
/// (every customer set needs its own best route for set partitioning).
struct LabelKey: Hashable {
    var visited: CustomerSet
    var node: Int
}
