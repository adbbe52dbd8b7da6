/// The recreate step of SISR: inserts removed customers one by one, in a randomly chosen
/// order (random, largest demand, farthest, closest, tightest window), each at its cheapest
/// feasible position with blinks; a customer that fits nowhere opens a new route when
/// allowed, else stays absent.
struct GreedyRecreate {
    let problem: SearchProblem
    let finder: InsertionFinder
    let editor: SolutionEditor
    /// Per customer: the shortest feasible route serving it alone (without depots), or nil.
    let soloRoutes: [[Int]?]
    var blinkRate = 0.01
    /// Extra cost, in distance units, of opening a route instead of inserting into one:
    /// infinite under the hierarchical objective (a new route only when nothing fits),
    /// 0 under distance, fixed cost / cost per km under cost.
    var routeOpeningCost = Double.infinity
    /// Per customer: the distance of its solo route.
    let soloDistances: [Double]

    /// Inserts `customers`; returns those left absent.
    func insert(_ customers: [Int], into solution: inout SearchSolution, maxRoutes: Int,
                random: inout SeededGenerator) -> [Int] {
        var order = customers
        sort(&order, random: &random)
        var absent: [Int] = []
        for c in order {
            let insertion = finder.best(customer: c, in: solution, blinkRate: blinkRate, random: &random)
            let canOpen = solution.routes.count < maxRoutes && soloRoutes[c] != nil
            if let insertion, !(canOpen && soloDistances[c] + routeOpeningCost < insertion.delta) {
                editor.apply(insertion, to: &solution)
            } else if canOpen, let solo = soloRoutes[c] {
                editor.openRoute(solo, in: &solution)
            } else {
                absent.append(c)
            }
        }
        return absent
    }

    private func sort(_ order: inout [Int], random: inout SeededGenerator) {
        let p = problem
        random.shuffle(&order)
        let draw = random.index(below: 13)
        func key(_ c: Int) -> Double {
            switch draw {
            case 0..<4: return 0
            case 4..<8: return -p.demand[c]
            case 8..<10: return -p.dist(0, c)
            case 10: return p.dist(0, c)
            default: return p.due[c] - p.ready[c]
            }
        }
        guard draw >= 4 else { return }
        let keyed = order.enumerated().map { (key($0.element), $0.offset, $0.element) }
        order = keyed.sorted { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }.map(\.2)
    }
}
