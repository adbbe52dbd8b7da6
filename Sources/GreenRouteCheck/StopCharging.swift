import GreenRouteCore

/// A charging segment at a station with its recomputed energy, as the station sweep sees it.
struct StationCharge: Sendable {
    /// Node index of the station.
    var station: Int
    /// Start and end, in the instance's time unit.
    var start: Duration
    var end: Duration
    /// Constant power, in kW.
    var power: Power
    /// Recomputed energy, in kWh.
    var energy: Energy
    var routeIndex: Int
    var stopIndex: Int
}

extension RouteRecomputation {
    /// Checks the charging segments of one stop and returns them with recomputed energies and
    /// their total energy. Rules: charging only at stations, segments well-formed, within the stay
    /// [arrival, departure], not overlapping, power in [0, min(chargerPower, maxChargePower)],
    /// reported energy = power × duration × hoursPerUnit.
    mutating func checkSegments(_ segments: [ChargingSegment], position: Int, node: Int, arrival: Duration,
                                departure: Duration, typeIndex: Int) -> (segments: [ChargingSegment], energy: Energy) {
        guard !segments.isEmpty else { return ([], 0) }
        let id = instance.id(ofNode: node)
        let atStation = instance.isStation(node)
        if !atStation {
            add(.chargingNotAtStation, stop: position, node: id, message: "\(segments.count) charging segment(s) at "
                + "\(instance.kind(ofNode: node).rawValue) \(id); only stations charge")
        }
        let limit = atStation ? instance.chargingPower(atNode: node, vehicleType: typeIndex)
                              : instance.vehicleTypes[typeIndex].maxChargePower
        var result: [ChargingSegment] = []
        var total: Energy = 0
        for (k, segment) in segments.enumerated() {
            let name = "segment \(k) [\(segment.start.text), \(segment.end.text))"
            let finite = segment.start.isFinite && segment.end.isFinite && segment.power.isFinite
            guard finite, Tolerance.lessOrEqual(segment.start, segment.end) else {
                add(.invalidSegment, stop: position, node: id, message: "\(name) at \(id) with power "
                    + "\(segment.power.text) kW does not end after it starts")
                result.append(ChargingSegment(start: segment.start, end: segment.end, power: segment.power, energy: 0))
                continue
            }
            if !Tolerance.lessOrEqual(0, segment.power) {
                add(.overChargingPower, stop: position, node: id,
                    message: "\(name) at \(id) has negative power \(segment.power.text) kW")
            } else if !Tolerance.lessOrEqual(segment.power, limit) {
                add(.overChargingPower, stop: position, node: id, message: "\(name) at \(id) charges at "
                    + "\(segment.power.text) kW, above the limit \(limit.text) kW by \((segment.power - limit).text) kW")
            }
            if atStation && !(Tolerance.lessOrEqual(arrival, segment.start) && Tolerance.lessOrEqual(segment.end, departure)) {
                add(.chargingOutsideStay, stop: position, node: id, message: "\(name) at \(id) lies outside "
                    + "the stay [\(arrival.text), \(departure.text)]")
            }
            let energy = Physics.energy(power: segment.power, duration: max(0, segment.end - segment.start),
                                        timeUnit: instance.timeUnit)
            if !Self.agree(segment.energy, energy) {
                mismatch("charging[\(k)].energy", stop: position, reported: segment.energy, recomputed: energy)
            }
            total += energy
            let charge = StationCharge(station: node, start: segment.start, end: segment.end, power: segment.power,
                                       energy: energy, routeIndex: routeIndex, stopIndex: position)
            record(energy: energy, station: atStation ? charge : nil, stationID: atStation ? id : nil)
            result.append(ChargingSegment(start: segment.start, end: segment.end, power: segment.power, energy: energy))
        }
        checkOverlaps(result, position: position, id: id)
        return (result, total)
    }

    /// Segments of one stop must not overlap in time (touching ends are fine).
    private mutating func checkOverlaps(_ segments: [ChargingSegment], position: Int, id: String) {
        let order = segments.indices
            .filter { segments[$0].start.isFinite && segments[$0].end.isFinite && segments[$0].start <= segments[$0].end }
            .sorted { segments[$0].start < segments[$1].start }
        guard order.count > 1 else { return }
        var latest = order[0]
        for k in order.dropFirst() {
            let earlier = segments[latest], later = segments[k]
            if !Tolerance.lessOrEqual(earlier.end, later.start) {
                add(.overlappingSegments, stop: position, node: id, message: "segments \(latest) and \(k) at \(id) "
                    + "overlap by \((min(earlier.end, later.end) - later.start).text) time units")
            }
            if later.end > earlier.end { latest = k }
        }
    }
}
