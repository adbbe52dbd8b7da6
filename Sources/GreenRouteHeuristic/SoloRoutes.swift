/// For every customer, the shortest feasible route serving it alone: directly, or with one
/// station before and/or one after (among the 24 nearest stations). nil when none is
/// feasible (the customer cannot be served by this vehicle type, or only with longer
/// station chains, which the search does not build).
enum SoloRoutes {
    /// Stations tried on each side of the customer (the nearest ones).
    static let maximumStations = 24

    static func compute(problem: SearchProblem, evaluator: RouteEvaluator) -> [[Int]?] {
        var result = [[Int]?](repeating: nil, count: problem.nodeCount)
        for c in 1..<(problem.customerCount + 1) {
            if evaluator.evaluate([0, c, 0]).isFeasible {
                result[c] = [c]
                continue
            }
            // The nearest stations to the customer (all of them on benchmark files).
            let nearest = problem.stations.sorted { (problem.dist($0, c), $0) < (problem.dist($1, c), $1) }
            let options: [Int] = [-1] + nearest.prefix(maximumStations)
            var best: (Double, [Int])?
            for before in options {
                for after in options {
                    var sequence = [0]
                    if before >= 0 { sequence.append(before) }
                    sequence.append(c)
                    if after >= 0 { sequence.append(after) }
                    sequence.append(0)
                    let cost = evaluator.evaluate(sequence)
                    if cost.isFeasible, best == nil || cost.distance < best!.0 {
                        best = (cost.distance, Array(sequence.dropFirst().dropLast()))
                    }
                }
            }
            result[c] = best?.1
        }
        return result
    }
}
