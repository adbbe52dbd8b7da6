import GreenRouteCore

/// The times and charges a partial route can have at one place: for each battery charge `c`
/// in `[minimumCharge, maximumCharge]`, the earliest time the van can be there with charge `c`.
///
/// The function is piecewise linear and non-decreasing (more charge costs charging time);
/// waiting makes every later time reachable too. Before the first station it is a single
/// point; with full recharge it stays a single point (every station stop charges to full);
/// with partial recharge a station stop turns it into "charge here as much as needed", which
/// defers the amount of every earlier stop until a later stop needs it (the label then holds
/// every charging decision still open, exactly).
///
/// Charges are in energy units, times in the instance's time unit.
struct ChargeFrontier: Equatable {
    /// One breakpoint: a charge and the earliest time with that charge.
    struct Point: Equatable {
        var charge: Double
        var time: Double
    }

    /// Breakpoints sorted by strictly increasing charge (one point = one state).
    private(set) var points: [Point]

    init(charge: Double, time: Double) {
        points = [Point(charge: charge, time: time)]
    }

    init(points: [Point]) {
        self.points = points
    }

    var minimumCharge: Double { points[0].charge }
    var maximumCharge: Double { points[points.count - 1].charge }
    /// The earliest time of all (at the lowest charge).
    var earliestTime: Double { points[0].time }

    /// The earliest time with charge `charge` (clamped to the domain).
    func time(atCharge charge: Double) -> Double {
        if charge <= points[0].charge { return points[0].time }
        for index in 1..<points.count where charge <= points[index].charge {
            let a = points[index - 1], b = points[index]
            let share = (charge - a.charge) / (b.charge - a.charge)
            return a.time + share * (b.time - a.time)
        }
        return points[points.count - 1].time
    }

    /// Driving: `time` later, `energy` less charge.
    mutating func drive(time: Double, energy: Double) {
        for index in points.indices {
            points[index].charge -= energy
            points[index].time += time
        }
    }

    /// Keeps the charges of at least `lowest`; false when none is left.
    mutating func keepCharge(atLeast lowest: Double) -> Bool {
        if points[0].charge >= lowest { return true }
        if maximumCharge < lowest { return false }
        let cut = Point(charge: lowest, time: time(atCharge: lowest))
        var dropped = 0
        while dropped < points.count && points[dropped].charge <= lowest { dropped += 1 }
        points.replaceSubrange(0..<dropped, with: CollectionOfOne(cut))
        dropCloseCharges()
        return true
    }

    /// Keeps the states with time at most `latest`; false when none is left.
    mutating func keepTime(atMost latest: Double) -> Bool {
        if points[0].time > latest { return false }
        guard let last = points.last, last.time > latest else { return true }
        var index = 1
        while points[index].time <= latest { index += 1 }
        let a = points[index - 1], b = points[index]
        let share = (latest - a.time) / (b.time - a.time)
        points[index] = Point(charge: a.charge + share * (b.charge - a.charge), time: latest)
        points.removeSubrange((index + 1)...)
        dropCloseCharges()
        return true
    }

    /// Waiting for `ready`: every time below it becomes `ready`.
    mutating func wait(until ready: Double) {
        guard points[0].time < ready else { return }
        if points.count == 1 { points[0].time = ready; return }
        var result: [Point] = []
        result.reserveCapacity(points.count + 1)
        for index in points.indices {
            let point = points[index]
            if index > 0 {
                let a = points[index - 1]
                if a.time < ready && point.time > ready {
                    let share = (ready - a.time) / (point.time - a.time)
                    result.append(Point(charge: a.charge + share * (point.charge - a.charge), time: ready))
                }
            }
            result.append(Point(charge: point.charge, time: max(point.time, ready)))
        }
        points = result
        simplify()
    }

    /// A stop of `service` time units.
    mutating func serve(for service: Double) {
        for index in points.indices { points[index].time += service }
    }

    /// Full recharge at a station: charge to `battery`, taking `rate` time units per energy unit.
    mutating func chargeFull(battery: Double, rate: Double) {
        var best = Double.infinity
        for point in points { best = min(best, point.time + rate * max(0, battery - point.charge)) }
        points = [Point(charge: max(battery, maximumCharge), time: best)]
    }

    /// Partial recharge at a station: any charge up to `battery`, at `rate` time units per
    /// energy unit. The new earliest time of charge c is min over c' ≤ c of t(c') + rate (c − c').
    mutating func chargePartial(battery: Double, rate: Double) {
        guard maximumCharge < battery || points.count > 1 else { return }
        // Running minimum of u(c) = t(c) − rate·c, then add rate·c back.
        var result: [Point] = []
        result.reserveCapacity(2 * points.count + 1)
        var minimum = points[0].time - rate * points[0].charge
        result.append(Point(charge: points[0].charge, time: points[0].time))
        for index in 1..<points.count {
            let a = points[index - 1], b = points[index]
            let ua = a.time - rate * a.charge, ub = b.time - rate * b.charge
            if ub < minimum {
                if ua > minimum {
                    let share = (ua - minimum) / (ua - ub)
                    let charge = a.charge + share * (b.charge - a.charge)
                    result.append(Point(charge: charge, time: minimum + rate * charge))
                }
                minimum = ub
                result.append(Point(charge: b.charge, time: b.time))
            } else {
                result.append(Point(charge: b.charge, time: minimum + rate * b.charge))
            }
        }
        if maximumCharge < battery {
            result.append(Point(charge: battery, time: minimum + rate * battery))
        }
        points = result
        dropCloseCharges()
        simplify()
    }

    /// One station stop under the charging rule `mode`: on the station's energy clock when it
    /// has a supply profile (``chargeGreen(battery:clock:full:)``), else at `rate` time units
    /// per energy unit. False when no state is left within the day's supply.
    mutating func charge(battery: Double, mode: ChargingMode, clock: GreenChargingClock?, rate: Double) -> Bool {
        if let clock { return chargeGreen(battery: battery, clock: clock, full: mode == .full) }
        switch mode {
        case .full: chargeFull(battery: battery, rate: rate)
        case .partial: chargePartial(battery: battery, rate: rate)
        }
        return true
    }

    /// Charging alone at a station with a supply profile (partial: any charge up to `battery`;
    /// `full`: to exactly `battery`): the new earliest time of charge c is
    /// E⁻¹(c + min_{c' ≤ c} (E(t(c')) − c')) with E the station's ``GreenChargingClock``.
    /// Computed exactly on the energy clock u = E(t), where charging has rate 1 (the plain
    /// partial/full rule), then mapped back; where E is flat (no sun) E⁻¹ jumps, represented by
    /// two breakpoints 1e-9·battery apart in charge (optimistic only inside that sliver, so the
    /// labelling stays a relaxation). A state that charges nothing keeps its time, but E⁻¹ of a
    /// level reached before the arrival (no sun since) would give an earlier time: every time
    /// is therefore raised to at least the earliest arrival (still optimistic for the states
    /// in between, never earlier than possible). False when no state is left within the day's supply.
    mutating func chargeGreen(battery: Double, clock: GreenChargingClock, full: Bool) -> Bool {
        guard keepTime(atMost: clock.close + Tolerance.slack(clock.close)) else { return false }
        let arrival = earliestTime
        var lifted: [Point] = []
        lifted.reserveCapacity(points.count + clock.times.count)
        for index in points.indices {
            let b = points[index]
            if index > 0 {
                let a = points[index - 1]
                if b.time > a.time {
                    for time in clock.times where time > a.time && time < b.time {
                        let share = (time - a.time) / (b.time - a.time)
                        lifted.append(Point(charge: a.charge + share * (b.charge - a.charge), time: clock.energy(at: time)))
                    }
                }
            }
            lifted.append(Point(charge: b.charge, time: clock.energy(at: b.time)))
        }
        var energyClock = ChargeFrontier(points: lifted)
        energyClock.dropCloseCharges()
        if full {
            energyClock.chargeFull(battery: battery, rate: 1)
        } else {
            energyClock.chargePartial(battery: battery, rate: 1)
        }
        guard energyClock.keepTime(atMost: clock.total + Tolerance.slack(clock.total)) else { return false }
        let sliver = 1e-9 * max(1, battery)
        var result: [Point] = []
        let lowered = energyClock.points
        for index in lowered.indices {
            let b = lowered[index]
            if index > 0 {
                let a = lowered[index - 1]
                if b.time > a.time {
                    for level in clock.levels where level >= a.time && level < b.time {
                        let share = (level - a.time) / (b.time - a.time)
                        let charge = a.charge + share * (b.charge - a.charge)
                        if level > a.time { result.append(Point(charge: charge, time: clock.earliestTime(reaching: level))) }
                        let after = charge + sliver
                        if after < b.charge {
                            let energy = a.time + (after - a.charge) / (b.charge - a.charge) * (b.time - a.time)
                            result.append(Point(charge: after, time: clock.earliestTime(reaching: energy)))
                        }
                    }
                }
            }
            result.append(Point(charge: b.charge, time: clock.earliestTime(reaching: b.time)))
        }
        // Never before the arrival; guard against rounding: times must not decrease with charge.
        result[0].time = max(result[0].time, arrival)
        for index in result.indices.dropFirst() where result[index].time < result[index - 1].time {
            result[index].time = result[index - 1].time
        }
        points = result
        dropCloseCharges()
        simplify()
        return true
    }

    /// Optimistic stand-in for every path with more stations than the enumeration spells out:
    /// leaves with a full battery after `travel` time units and arrives with `battery − energyOut`.
    mutating func jumpRelaxed(battery: Double, travel: Double, energyOut: Double) {
        points = [Point(charge: battery - energyOut, time: earliestTime + travel)]
    }

    /// True when `self` reaches every state of `other` at least as early with at least the same
    /// charge: max charge ≥ and t_self(max(c, min_self)) ≤ t_other(c) on other's domain.
    func dominates(_ other: ChargeFrontier, tolerance: Double) -> Bool {
        guard maximumCharge >= other.maximumCharge - tolerance else { return false }
        if points.count == 1 && other.points.count == 1 {
            return points[0].time <= other.points[0].time + tolerance
        }
        for point in other.points where time(atCharge: max(point.charge, minimumCharge)) > point.time + tolerance {
            return false
        }
        for point in points where point.charge > other.minimumCharge && point.charge < other.maximumCharge {
            if point.time > other.time(atCharge: point.charge) + tolerance { return false }
        }
        return true
    }

    /// Merges breakpoints whose charges coincide (keeps the earlier time).
    mutating func dropCloseCharges() {
        guard points.count > 1 else { return }
        var close = false
        for index in 1..<points.count where points[index].charge - points[index - 1].charge <= 1e-12 { close = true; break }
        guard close else { return }
        var result: [Point] = [points[0]]
        for point in points.dropFirst() {
            if point.charge - result[result.count - 1].charge <= 1e-12 {
                result[result.count - 1].time = min(result[result.count - 1].time, point.time)
            } else {
                result.append(point)
            }
        }
        points = result
    }

    /// Drops breakpoints that lie on the line through their neighbours.
    private mutating func simplify() {
        guard points.count > 2 else { return }
        var kept = 1
        for index in 1..<(points.count - 1) {
            let a = points[kept - 1], b = points[index], c = points[index + 1]
            let cross = (b.charge - a.charge) * (c.time - a.time) - (b.time - a.time) * (c.charge - a.charge)
            if abs(cross) > 1e-12 * max(1, abs(c.charge - a.charge) * abs(c.time - a.time)) {
                if kept != index { points[kept] = b }
                kept += 1
            }
        }
        if kept != points.count - 1 {
            points[kept] = points[points.count - 1]
            points.removeSubrange((kept + 1)...)
        }
    }
}
