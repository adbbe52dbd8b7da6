/// Copies of an instance with one kind of station limit lifted, to find out which limit keeps
/// customers unserved (see `UnassignedDiagnosis` in GreenRouteHeuristic).
extension Instance {
    /// A copy with every station's chargers unlimited and its supply unchanged.
    public func withUnlimitedChargers() -> Instance {
        relaxingStations { $0.chargers = nil }
    }

    /// A copy with every station's supply unlimited and its chargers unchanged.
    public func withUnlimitedSupply() -> Instance {
        relaxingStations { $0.supply = .unlimited }
    }
}
