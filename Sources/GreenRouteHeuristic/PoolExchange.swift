/// A local search over the route pool: a group of the incumbent's routes (two to
/// ``largestGroup``) is exchanged for pool routes that serve exactly the same customers —
/// no more routes than it removes, with less distance or fewer routes. It is the set
/// partitioning's neighbourhood of the incumbent, searched exactly in pure Swift, so it answers
/// quickly where GLPK's branch and bound over thousands of columns runs out of time (r110_21,
/// seed 1, 60 s: the first call ended at its limit after 6.7 s with the incumbent 1168.05;
/// given 47 s, GLPK found 1149.53 over the same pool).
///
/// Each pool route touches some of the incumbent's routes (those serving its customers); a
/// group's exchanges use only routes whose touched routes lie inside the group, found through
/// a table from touched set to routes. Within a group the exchange is an exact cover of its
/// customers, built route by route, each next route the one serving the lowest customer not
/// yet covered, the last one looked up by its customer set; a lower bound (per customer, the
/// least distance per customer of a candidate route serving it) prunes.
///
/// Without green station limits only: the pool's footprints and the stations' rows are
/// GLPK's part. The answer is validated like a combiner's before the search uses it.
struct PoolExchange {
    /// Most incumbent routes exchanged at once.
    var largestGroup = 4
    /// Most subset tests per call and per group, so that a call's work is bounded and the
    /// same on every run.
    var workLimit = 10_000_000
    var groupWorkLimit = 500_000

    struct Outcome {
        /// Pool indices of the improved solution's routes.
        var selected: [Int]
        var exchanges: Int
        /// Subset tests made.
        var work: Int
    }

    /// Improves `incumbent` (pool indices of a complete solution's routes, at most 64) by
    /// exchanges, the first improving one found in each scan (groups by size, then position),
    /// until none is left or the work limit is reached; nil when no exchange improves it. An
    /// exchange must shorten its group; `fewerRoutesFirst` (the hierarchical objective): among
    /// a group's shorter covers, fewer routes first.
    /// `shouldContinue`: polled before each group; false ends the search (the clock's safety
    /// net: a call ended by it is not reproducible).
    func improve(_ incumbent: [Int], routes: [PoolRoute], nodeCount: Int, fewerRoutesFirst: Bool,
                 shouldContinue: () -> Bool = { true }) -> Outcome? {
        guard incumbent.count >= 2, incumbent.count <= 64 else { return nil }
        let words = (nodeCount + 63) / 64
        var sets = [UInt64](repeating: 0, count: routes.count * words)
        var byCustomers: [[UInt64]: Int] = [:]
        for (index, route) in routes.enumerated() {
            for customer in route.customers { sets[index * words + customer / 64] |= 1 << UInt64(customer % 64) }
            byCustomers[Array(sets[(index * words)..<((index + 1) * words)])] = index
        }
        var current = incumbent
        var work = 0
        var exchanges = 0
        var share = [Double](repeating: .infinity, count: nodeCount)
        scan: while work < workLimit {
            // Which incumbent route serves each customer; which incumbent routes each pool route touches.
            var owner = [Int](repeating: -1, count: nodeCount)
            for (position, index) in current.enumerated() { for customer in routes[index].customers { owner[customer] = position } }
            var byTouched: [UInt64: [Int]] = [:]
            var adjacent = [UInt64](repeating: 0, count: current.count)
            for (index, route) in routes.enumerated() {
                var touched: UInt64 = 0
                var outside = false
                for customer in route.customers {
                    guard owner[customer] >= 0 else { outside = true; break }
                    touched |= 1 << UInt64(owner[customer])
                }
                guard !outside, touched != 0 else { continue }
                byTouched[touched, default: []].append(index)
                if touched.nonzeroBitCount >= 2 {
                    for position in 0..<current.count where touched & (1 << UInt64(position)) != 0 {
                        adjacent[position] |= touched
                    }
                }
            }
            let groups = Self.connectedGroups(adjacent: adjacent, largest: largestGroup)
                .sorted { ($0.nonzeroBitCount, $0) < ($1.nonzeroBitCount, $1) }
            for group in groups where work < workLimit {
                guard shouldContinue() else { break scan }
                let removed = (0..<current.count).filter { group & (1 << UInt64($0)) != 0 }.map { current[$0] }
                var union = [UInt64](repeating: 0, count: words)
                for index in removed { for word in 0..<words { union[word] |= sets[index * words + word] } }
                let distance = removed.reduce(0) { $0 + routes[$1].distance }
                var inside: [Int] = []
                var submask = group
                while submask != 0 {
                    if let bucket = byTouched[submask] { inside += bucket }
                    submask = (submask - 1) & group
                }
                // Per customer the least distance per customer of a route serving it: a lower
                // bound on what covering it adds.
                for index in removed { for customer in routes[index].customers { share[customer] = .infinity } }
                for index in inside {
                    let perCustomer = routes[index].distance / Double(routes[index].customers.count)
                    for customer in routes[index].customers where perCustomer < share[customer] { share[customer] = perCustomer }
                }
                let bound = removed.reduce(0) { total, index in routes[index].customers.reduce(total) { $0 + share[$1] } }
                guard bound < distance - 1e-6 else { continue }
                var cover = Cover(sets: sets, words: words, inside: inside, byCustomers: byCustomers, routes: routes,
                                  share: share, limit: removed.count, distance: distance,
                                  fewerRoutesFirst: fewerRoutesFirst, work: work,
                                  workLimit: min(workLimit, work + groupWorkLimit))
                cover.search(remaining: union, chosen: [], cost: 0, bound: bound)
                work = cover.work
                guard let found = cover.best else { continue }
                current = (0..<current.count).filter { group & (1 << UInt64($0)) == 0 }.map { current[$0] } + found.routes
                exchanges += 1
                continue scan
            }
            break
        }
        guard exchanges > 0 else { return nil }
        return Outcome(selected: current, exchanges: exchanges, work: work)
    }

    /// The exact covers of one group's customers by pool routes inside the group, shorter
    /// than the group.
    private struct Cover {
        let sets: [UInt64]
        let words: Int
        let inside: [Int]
        /// Pool index by customer set (the pool keeps one route per set).
        let byCustomers: [[UInt64]: Int]
        let routes: [PoolRoute]
        /// Per customer: the lower bound on what covering it adds (see ``improve``).
        let share: [Double]
        /// Most routes (the group's size) and the group's distance.
        let limit: Int
        let distance: Double
        let fewerRoutesFirst: Bool
        var work: Int
        let workLimit: Int
        /// The best cover found: its routes and distance.
        var best: (routes: [Int], cost: Double)?

        private func isBetter(_ count: Int, _ cost: Double) -> Bool {
            guard cost < distance - 1e-6 else { return false }
            guard let best else { return true }
            if fewerRoutesFirst && count != best.routes.count { return count < best.routes.count }
            return cost < best.cost - 1e-9
        }

        /// `bound`: the lower bound on covering `remaining` (the sum of its customers' shares).
        mutating func search(remaining: [UInt64], chosen: [Int], cost: Double, bound: Double) {
            guard let word = remaining.firstIndex(where: { $0 != 0 }) else {
                if isBetter(chosen.count, cost) { best = (chosen, cost) }
                return
            }
            guard chosen.count < limit, work < workLimit else { return }
            // Fewer routes first: a cover with fewer routes may cost up to the group's distance;
            // otherwise it must also beat the best cover found.
            let target = fewerRoutesFirst ? distance : min(distance, best?.cost ?? distance)
            guard cost + bound < target - 1e-6 else { return }
            // One route left to choose: the pool's route for exactly the remaining customers.
            if chosen.count == limit - 1 {
                work += 1
                if let last = byCustomers[remaining] { search(remaining: [UInt64](repeating: 0, count: words),
                                                              chosen: chosen + [last], cost: cost + routes[last].distance,
                                                              bound: 0) }
                return
            }
            let bit = UInt64(1) << UInt64(remaining[word].trailingZeroBitCount)
            for index in inside where sets[index * words + word] & bit != 0 {
                work += 1
                var isSubset = true
                for other in 0..<words where sets[index * words + other] & ~remaining[other] != 0 {
                    isSubset = false
                    break
                }
                guard isSubset else { continue }
                let routeCost = routes[index].distance
                let routeShare = routes[index].customers.reduce(0) { $0 + share[$1] }
                guard cost + routeCost + bound - routeShare < target - 1e-6 else { continue }
                var rest = remaining
                for other in 0..<words { rest[other] &= ~sets[index * words + other] }
                search(remaining: rest, chosen: chosen + [index], cost: cost + routeCost, bound: bound - routeShare)
            }
        }
    }

    /// Every set of two to `largest` positions (bit masks) connected through `adjacent` (position
    /// i's mask holds the positions some pool route shares with it), each once, in the order
    /// they are first reached from their lowest position.
    static func connectedGroups(adjacent: [UInt64], largest: Int) -> [UInt64] {
        var groups: [UInt64] = []
        var seen: Set<UInt64> = []
        func extend(_ group: UInt64, first: Int, size: Int) {
            guard seen.insert(group).inserted else { return }
            if size >= 2 { groups.append(group) }
            guard size < largest else { return }
            var reachable: UInt64 = 0
            for position in 0..<adjacent.count where group & (1 << UInt64(position)) != 0 { reachable |= adjacent[position] }
            reachable &= ~group
            for next in (first + 1)..<max(first + 1, adjacent.count) where reachable & (1 << UInt64(next)) != 0 {
                extend(group | (1 << UInt64(next)), first: first, size: size + 1)
            }
        }
        for first in adjacent.indices { extend(1 << UInt64(first), first: first, size: 1) }
        return groups
    }
}
