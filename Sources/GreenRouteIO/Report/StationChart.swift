import GreenRouteCore

/// One station's green supply (step line from its profile, or "unlimited") against the
/// charging power the plan draws there (stacked by van, from the charging segments).
///
/// The chart is `<svg class="station-chart" data-station="ID">`; the supply line is
/// `polyline.supply`, the vans' power `rect.draw` with `data-van`.
struct StationChart: Sendable {
    let instance: Instance
    let station: ChargingStation
    /// Every charging segment at this station, with the van (1-based) that charges.
    let segments: [(van: Int, segment: ChargingSegment)]
    let axis: TimeAxis

    private let top = 28.0
    /// Pixel y of the zero line: lower for a supply profile, higher (a shorter chart) when unlimited.
    private var bottom: Double { station.supply.isUnlimited ? 100 : 140 }

    /// The stations worth a chart: those the plan charges at and those with a limited supply
    /// or limited chargers, in instance order.
    static func charts(instance: Instance, plan: Plan, axis: TimeAxis) -> [StationChart] {
        var used: [String: [(van: Int, segment: ChargingSegment)]] = [:]
        for (index, route) in plan.routes.enumerated() {
            for stop in route.stops {
                for segment in stop.charging { used[stop.node, default: []].append((index + 1, segment)) }
            }
        }
        return instance.stations.filter { used[$0.id] != nil || !$0.isUnconstrained }.map {
            StationChart(instance: instance, station: $0, segments: used[$0.id] ?? [], axis: axis)
        }
    }

    /// Energy charged here, in kWh.
    var energyCharged: Energy { segments.reduce(0) { $0 + $1.segment.energy } }

    /// The caption above the chart: chargers, charger power, energy charged and available.
    func caption() -> String {
        let format = axis.format
        let chargers = station.chargers.map { "\($0) charger\($0 == 1 ? "" : "s")" } ?? "unlimited chargers"
        let power = station.chargerPower.map { " of \(ReportFormat.compact($0)) \(format.powerUnit)" } ?? ""
        let available = station.supply.totalEnergy(timeUnit: instance.timeUnit)
        let supply = available.isFinite ? "green supply \(ReportFormat.number(available, decimals: 1)) \(format.energyUnit) over the day"
            : "green supply unlimited"
        return "\(chargers)\(power) · \(supply) · charged \(ReportFormat.number(energyCharged, decimals: 1)) \(format.energyUnit)"
    }

    func svg() -> String {
        let times = elementaryTimes()
        let drawn = drawnPower(at: times)
        let supplyMaximum: Double
        if case .intervals(let list) = station.supply { supplyMaximum = list.map(\.power).max() ?? 0 } else { supplyMaximum = 0 }
        let values = ValueAxis(maximum: max(supplyMaximum, drawn.map { $0.reduce(0) { $0 + $1.power } }.max() ?? 0, 1e-9) * 1.05,
                               top: top, bottom: bottom)
        let height = bottom + 26
        var svg = "<svg class=\"station-chart\" data-station=\"\(station.id.htmlEscaped)\" viewBox=\"0 0 \(SVG.number(TimelineChart.width)) \(SVG.number(height))\" "
            + "role=\"img\" aria-label=\"Green supply and charging at \(station.id.htmlEscaped)\">"
        svg += axis.svgGrid(top: top, bottom: bottom)
        svg += values.svgGrid(left: axis.left, right: axis.right, unit: axis.format.powerUnit)
        // The vans' charging power, stacked per elementary interval.
        for index in 0..<max(times.count - 1, 0) {
            var base = 0.0
            for part in drawn[index] {
                let x0 = axis.x(times[index]), x1 = axis.x(times[index + 1])
                let y0 = values.y(base + part.power), y1 = values.y(base)
                svg += "<rect class=\"draw\" data-van=\"\(part.van)\" x=\"\(SVG.number(x0))\" y=\"\(SVG.number(y0))\" "
                    + "width=\"\(SVG.number(max(x1 - x0, 0.5)))\" height=\"\(SVG.number(max(y1 - y0, 0)))\" fill=\"\(VanPalette.colour(van: part.van))\">"
                    + SVG.title("Van \(part.van): \(ReportFormat.compact(part.power, decimals: 2)) \(axis.format.powerUnit) "
                                + "\(axis.format.time(times[index]))–\(axis.format.time(times[index + 1]))") + "</rect>"
                base += part.power
            }
        }
        switch station.supply {
        case .unlimited:
            svg += "<text class=\"unlimited\" x=\"\(SVG.number(axis.right - 8))\" y=\"\(SVG.number(top + 14))\" text-anchor=\"end\">green supply: unlimited</text>"
        case .intervals:
            svg += "<polyline class=\"supply\" points=\"\(SVG.points(supplySteps(values)))\">" + SVG.title("green supply") + "</polyline>"
        }
        return svg + "</svg>"
    }

    /// The axis ends, the profile's breakpoints and every segment's ends, sorted, inside the axis.
    private func elementaryTimes() -> [Duration] {
        var times = Set([axis.start, axis.end])
        for point in station.supply.breakpoints where point > axis.start && point < axis.end { times.insert(point) }
        for (_, segment) in segments {
            for point in [segment.start, segment.end] where point > axis.start && point < axis.end { times.insert(point) }
        }
        return times.sorted()
    }

    /// Per elementary interval, the power each van draws (vans in order, zero parts left out).
    private func drawnPower(at times: [Duration]) -> [[(van: Int, power: Power)]] {
        (0..<max(times.count - 1, 0)).map { index in
            let middle = (times[index] + times[index + 1]) / 2
            var byVan: [Int: Power] = [:]
            for (van, segment) in segments where segment.start <= middle && middle < segment.end {
                byVan[van, default: 0] += segment.power
            }
            return byVan.keys.sorted().map { (van: $0, power: byVan[$0]!) }
        }
    }

    /// The supply profile as a step line in pixels.
    private func supplySteps(_ values: ValueAxis) -> [(Double, Double)] {
        var times = Set([axis.start, axis.end])
        for point in station.supply.breakpoints where point > axis.start && point < axis.end { times.insert(point) }
        let sorted = times.sorted()
        var points: [(Double, Double)] = []
        for index in 0..<max(sorted.count - 1, 0) {
            let power = station.supply.power(at: sorted[index])
            points.append((axis.x(sorted[index]), values.y(power)))
            points.append((axis.x(sorted[index + 1]), values.y(power)))
        }
        return points
    }
}
