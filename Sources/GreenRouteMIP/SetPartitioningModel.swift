import GreenRouteCore

/// The set-partitioning MIP over enumerated routes, in GLPK:
///
/// - one binary column `r<k>_<customer ids>` per route k (its customers, type and distance d_k);
/// - `cover_<customer>`: Σ_{k ∋ i} x_k = 1 for every customer i that some route serves
///   (customers no route serves are left out and reported as unassigned);
/// - `type_<id>`: Σ_{k of type t} x_k ≤ count_t for every type with a limited count;
/// - `vehicles`: Σ_k x_k ≥ ⌈minimum of Σ_k x_k over the LP relaxation⌉ (valid, and what makes
///   GLPK's branch and bound fast on these models); for the second hierarchical stage it is
///   fixed to the proven fewest vehicles.
///
/// - green instances (with `stationRows`): every column carries its route's charging schedule as a
///   ``ChargingFootprint`` (one per route, same order); `supply_<station>_<slot>`: Σ_k power_k,s,τ x_k ≤ lowest supply of
///   the slot (kW) and `chargers_<station>_<slot>`: Σ_k occupied_k,s,τ x_k ≤ chargers, only
///   where some column has an entry and the columns' sum could exceed the limit.
///
/// Objectives: vehicles Σ x_k; distance Σ d_k x_k; cost Σ (fixedCost_t + costPerKm_t d_k) x_k.
/// Lives and dies on the thread that creates it (it owns a ``GLPKProblem``).
final class SetPartitioningModel {
    let instance: Instance
    let routes: [EnumeratedRoute]
    let problem: GLPKProblem
    let vehicleRow: Int
    /// Customers that no route covers (left out of the model; the plan lists them as unassigned).
    let uncovered: [Int]
    /// Green station rows added (supply, chargers).
    private(set) var supplyRows = 0
    private(set) var chargerRows = 0

    init(instance: Instance, routes: [EnumeratedRoute],
         stationRows: (slots: StationSlots, footprints: [ChargingFootprint])? = nil) throws {
        self.instance = instance
        self.routes = routes
        problem = GLPKProblem(name: "sp_\(instance.name)")
        var byCustomer = [[(column: Int, value: Double)]](repeating: [], count: instance.customers.count + 1)
        for (offset, route) in routes.enumerated() {
            // Named after its customers, e.g. r17_C36_C55_C82 (GLPK allows 255 characters).
            let customers = route.customers.members.map { Self.rowName(instance.id(ofNode: $0), $0) }
            let name = String((["r\(offset + 1)"] + customers).joined(separator: "_").prefix(255))
            let column = try problem.addColumn(name: name, kind: .binary, objective: 1)
            for customer in route.customers.members { byCustomer[customer].append((column, 1)) }
        }
        var uncovered: [Int] = []
        for customer in instance.customerIndices {
            // A customer no route serves gets no row: the model then serves all the others.
            if byCustomer[customer].isEmpty { uncovered.append(customer); continue }
            try problem.addRow(name: "cover_\(Self.rowName(instance.id(ofNode: customer), customer))",
                               lower: 1, upper: 1, coefficients: byCustomer[customer])
        }
        self.uncovered = uncovered
        for (typeIndex, type) in instance.vehicleTypes.enumerated() {
            guard let count = type.count else { continue }
            let entries = routes.enumerated().filter { $0.element.vehicleType == typeIndex }.map { (column: $0.offset + 1, value: 1.0) }
            try problem.addRow(name: "type_\(Self.rowName(type.id, typeIndex))", lower: -.infinity,
                               upper: Double(count), coefficients: entries)
        }
        vehicleRow = try problem.addRow(name: "vehicles", lower: 0, upper: .infinity,
                                        coefficients: routes.indices.map { (column: $0 + 1, value: 1.0) })
        if let stationRows {
            let added = try StationSlotRows.add(to: problem, instance: instance, slots: stationRows.slots,
                                                footprints: stationRows.footprints)
            supplyRows = added.supplyRows
            chargerRows = added.chargerRows
        }
    }

    /// An LP/CPLEX-safe name: letters, digits and underscores only, unique by the index.
    static func rowName(_ id: String, _ index: Int) -> String {
        let cleaned = String(id.map { $0.isLetter || $0.isNumber ? $0 : "_" })
        return cleaned.isEmpty ? "n\(index)" : cleaned
    }

    /// Objective coefficients per column.
    func coefficients(_ objective: ObjectiveKind) -> [Double] {
        routes.map { route in
            switch objective {
            case .vehicles: return 1
            case .distance: return route.distance
            case .cost:
                let type = instance.vehicleTypes[route.vehicleType]
                return type.fixedCost + type.costPerKm * route.distance
            }
        }
    }

    enum ObjectiveKind { case vehicles, distance, cost }

    /// The 0/1 vector selecting columns, or nil when some route has no column of its own.
    func vector(selecting columns: [Int]) -> [Double] {
        var values = [Double](repeating: 0, count: routes.count)
        for column in columns { values[column] = 1 }
        return values
    }
}
