import GreenRouteCore
import GreenRouteIO

/// The readable summary printed by `inspect`.
struct InstanceSummary {
    let instance: Instance

    init(_ instance: Instance) { self.instance = instance }

    var text: String {
        let units = instance.timeUnit == .minutes
            ? (distance: "km", time: "min", energy: "kWh", power: "kW") : (distance: "u", time: "t", energy: "e", power: "e/t")
        var lines: [String] = []
        lines.append("instance   \(instance.name) (\(instance.metadata["format"] ?? "native"))")
        lines.append("customers  \(instance.customers.count)")
        lines.append("stations   \(instance.stations.count)")
        lines.append("horizon    \(clock(instance.depot.open)) – \(clock(instance.depot.close)) at depot \(instance.depot.id)")
        lines.append("travel     \(metricText)")
        lines.append("charging   \(instance.charging.rawValue) recharge")
        for type in instance.vehicleTypes {
            lines.append("vehicle    \(type.id): \(type.count.map(String.init) ?? "unlimited") × capacity \(number(type.capacity)), "
                + (type.consumption > 0
                    ? "battery \(number(type.battery)) \(units.energy), \(number(type.consumption)) \(units.energy)/\(units.distance), "
                        + "max charge \(number(type.maxChargePower)) \(units.power), reserve \(number(type.reserve)), return \(number(type.returnCharge))"
                    : "no battery limit")
                + ", speed \(number(type.speed)), fixed cost \(number(type.fixedCost)), per \(units.distance) \(number(type.costPerKm))")
        }
        for station in instance.stations where !station.isUnconstrained || instance.stations.count <= 8 {
            lines.append("station    \(station.id): chargers \(station.chargers.map(String.init) ?? "unlimited"), "
                + "charger power \(station.chargerPower.map { number($0) + " " + units.power } ?? "unlimited"), supply \(supplyText(station.supply, units.power))")
        }
        let analysis = FeasibilityAnalysis(instance)
        lines.append("demand     \(number(analysis.totalDemand)) in all")
        lines.append("bound      at least \(analysis.vehiclesNeededByLoad) vehicle(s) by load")
        if analysis.unreachable.isEmpty {
            lines.append("reach      every customer passes the single-van tests (load, window, horizon, battery range)")
        } else {
            for item in analysis.unreachable { lines.append("UNREACHABLE \(item.customer): \(item.reason)") }
        }
        return lines.joined(separator: "\n")
    }

    var metricText: String {
        switch instance.metric {
        case .euclidean: return "Euclidean on plane coordinates"
        case .greatCircle(let factor): return "great-circle × road factor \(number(factor))"
        case .matrix(_, let time): return "explicit distance matrix" + (time == nil ? "" : " and time matrix")
        }
    }

    func supplyText(_ profile: SupplyProfile, _ unit: String) -> String {
        switch profile {
        case .unlimited: return "unlimited"
        case .intervals(let list) where list.count > 6:
            return SupplyProfileText.hourly(profile, timeUnit: instance.timeUnit)
        case .intervals(let list):
            let energy = profile.totalEnergy(timeUnit: instance.timeUnit)
            return list.map { "\(clock($0.start))–\(clock($0.end)) \(number($0.power)) \(unit)" }.joined(separator: ", ")
                + " (\(number(energy)) in all)"
        }
    }

    func clock(_ t: Double) -> String {
        guard instance.timeUnit == .minutes, t.isFinite else { return number(t) }
        return ClockText.text(minutes: t)
    }

    func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e12 ? String(Int(value)) : String(format2: value)
    }
}
