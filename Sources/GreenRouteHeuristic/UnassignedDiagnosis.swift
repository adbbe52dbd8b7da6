import GreenRouteCore

/// Explains customers that a plan leaves unassigned on a day with green limits when the cause
/// is shared by the vans rather than a customer's own data: too few chargers, or too little
/// green supply, at a station.
///
/// Diagnosis by relaxation: the day is re-solved briefly with chargers unlimited (supply kept),
/// then with supply unlimited (chargers kept). A customer served in a relaxed plan is blamed on
/// that limit, and the reason names the station and the clock time where the limit is saturated
/// in the given (limited) plan, e.g. "too few chargers: at SOLAR-AIRPORT around 12:00 2 of 2
/// chargers are in use; every customer is served when chargers are unlimited". Customers still
/// unserved in both relaxations keep their original reason.
public enum UnassignedDiagnosis {
    /// The plan with refined reasons for its unassigned customers; the plan itself when it has
    /// none or the instance has no green limits. `timeBudget` (seconds) is shared by the
    /// relaxed re-solves.
    public static func refined(_ plan: Plan, instance: Instance, timeBudget: Double, seed: UInt64 = 1) -> Plan {
        guard !plan.unassigned.isEmpty, instance.hasGreenLimits else { return plan }
        var refinedPlan = plan
        refinedPlan.unassigned = reasons(instance: instance, plan: plan, timeBudget: timeBudget, seed: seed)
        return refinedPlan
    }

    /// Refined reasons for the plan's unassigned customers (same customers, same order).
    public static func reasons(instance: Instance, plan: Plan, timeBudget: Double, seed: UInt64 = 1) -> [UnassignedCustomer] {
        guard !plan.unassigned.isEmpty, instance.hasGreenLimits else { return plan.unassigned }
        let hasChargerLimit = instance.stations.contains { $0.chargers != nil }
        let hasSupplyLimit = instance.stations.contains { !$0.supply.isUnlimited }
        let budget = max(0.1, timeBudget / Double((hasChargerLimit ? 1 : 0) + (hasSupplyLimit ? 1 : 0)))
        let options = SolverOptions(timeLimit: budget, seed: seed)
        let servedWithoutChargerLimit = hasChargerLimit
            ? served(HeuristicSolver().solve(instance.withUnlimitedChargers(), options: options)) : []
        let servedWithoutSupplyLimit = hasSupplyLimit
            ? served(HeuristicSolver().solve(instance.withUnlimitedSupply(), options: options)) : []
        let saturation = StationSaturation(instance: instance, plan: plan)
        return plan.unassigned.map { entry in
            let window = instance.customers.first { $0.id == entry.customer }.map { ($0.ready, $0.due) }
            if servedWithoutChargerLimit.contains(entry.customer) {
                let place = saturation.chargers(near: window).map { " at \($0)" } ?? " at the stations"
                return UnassignedCustomer(customer: entry.customer, reason: "too few chargers\(place); "
                    + "it is served when chargers are unlimited (same supply)")
            }
            if servedWithoutSupplyLimit.contains(entry.customer) {
                let place = saturation.supply(near: window).map { " at \($0)" } ?? " at the stations"
                return UnassignedCustomer(customer: entry.customer, reason: "too little green supply\(place); "
                    + "it is served when supply is unlimited (same chargers)")
            }
            return entry
        }
    }

    /// Customer ids visited by a plan.
    static func served(_ plan: Plan) -> Set<String> {
        let unassigned = Set(plan.unassigned.map(\.customer))
        return Set(plan.routes.flatMap { $0.stops.map(\.node) }).subtracting(unassigned)
    }
}
