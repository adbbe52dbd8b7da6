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

    private func relaxingStations(_ relax: (inout ChargingStation) -> Void) -> Instance {
        var relaxed = stations
        for index in relaxed.indices { relax(&relaxed[index]) }
        return Instance(name: name, timeUnit: timeUnit, depot: depot, customers: customers, stations: relaxed,
                        vehicleTypes: vehicleTypes, metric: metric, charging: charging, metadata: metadata)
    }
}
