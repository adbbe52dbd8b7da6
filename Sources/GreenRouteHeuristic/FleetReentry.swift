import GreenRouteCore

/// A second way into the minimum fleet (hierarchical objective). The fleet phase deletes
/// routes from a constructed solution and reaches its count through a walk that ignores
/// distance, so the annealing starts in whatever basin that walk ends in; on some files every
/// seed ends in the same one (r110_21 at 11/1165.94 against the published 11/1119.50, while
/// the distance objective finds 12/1101 in seconds). The re-entry anneals for distance with
/// the vehicle count free (a solution of good routes, usually one or two vans more), then
/// goes down from there to the fleet phase's count (``descent``: since 2026-11-29 through
/// infeasible routes, ``PenalisedElimination``, which keeps the routes short while it repairs
/// them; before, with the fleet phase's absence counters). A state reached that way keeps
/// much of the good routes' structure: another basin for the annealing's chains to start from.
///
/// The distance annealing runs in its own ``SearchContext`` (distance objective, its own
/// clock and iteration or work budget); its iterations count against the run's. Deterministic for a
/// seed and an iteration limit.
public struct FleetReentry: Sendable {
    /// Share of the run's budget (time or iterations) for the distance annealing.
    public var distanceShare = 0.1
    /// The way down from the distance-annealed solution (``descent``) goes on until this
    /// fraction of the run's budget: down to the fleet phase's count, and below when it can.
    public var endFraction = 0.5
    /// How the re-entry goes down from the distance-annealed solution to the fleet phase's count.
    public var descent = Descent.throughInfeasibleRoutes

    /// The ways down to fewer routes.
    public enum Descent: Sendable {
        /// ``PenalisedElimination``: the walk through infeasible routes, which keeps them short
        /// (since 2026-11-29).
        case throughInfeasibleRoutes
        /// ``FleetMinimiser``'s absence counters, as in the fleet phase (distance ignored until
        /// every customer is back).
        case absenceCounters
    }

    public init() {}

    /// A complete state with at most `count` routes reached from a distance-annealed
    /// solution, or nil when the budget ran out first. `servable`: the customers to plan.
    func run(_ context: SearchContext, count: Int, servable: [Int], lowerBound: Int,
             annealing: AnnealingSearch) -> SearchState? {
        let control = context.control
        var options = control.options
        options.objective = .distance
        options.progress = nil
        // Under a work limit the share is one of work, and the clock stops the annealing at
        // twice the share of the time limit (where the work runs slow, as on files of 5
        // customers, the annealing must not take the rest of the run).
        let clockShare = control.workLimit == nil ? distanceShare : 2 * distanceShare
        let distanceControl = control.phase(share: distanceShare,
                                            timeLimit: min(clockShare * options.timeLimit,
                                                           max(0, options.timeLimit - control.seconds)),
                                            options: options)
        let distanceContext = SearchContext(problem: context.problem, options: distanceControl.options,
                                            control: distanceControl, maxRoutes: context.maxRoutes)
        distanceContext.ruin.averageRemoved = context.ruin.averageRemoved
        // The run's random stream, so the re-entry is reproducible for a seed.
        let start = distanceContext.construct(servable, random: &context.random)
        var distanceAnnealing = annealing
        distanceAnnealing.squeezeInterval = nil
        let shortest = distanceAnnealing.run(distanceContext, from: start)
        control.count(phase: distanceControl)
        guard shortest.absent.isEmpty else { return nil }
        context.notes.append("re-entry: distance annealing \(shortest.summary) at \(String(format2: control.seconds)) s")
        let entry: SearchState
        switch descent {
        case .throughInfeasibleRoutes:
            entry = PenalisedElimination().minimise(context, from: shortest, share: endFraction, lowerBound: lowerBound)
        case .absenceCounters:
            let outcome = FleetMinimiser().minimise(context, from: shortest, share: endFraction, lowerBound: lowerBound)
            entry = outcome.state
            if let note = outcome.shortfallNote("re-entry") { context.notes.append(note) }
        }
        guard entry.absent.isEmpty, entry.solution.vehicles <= count else {
            context.notes.append("re-entry: no \(count)-vehicle state by \(String(format2: control.seconds)) s "
                                 + "(\(entry.summary))")
            return nil
        }
        context.notes.append("re-entry: \(entry.summary) at \(String(format2: control.seconds)) s")
        return entry
    }
}
