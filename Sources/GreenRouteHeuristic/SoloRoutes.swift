/// For every customer, the shortest feasible route serving it alone: directly, or with one
/// station before and/or one after. nil when none is feasible (the customer cannot be
/// served by this vehicle type, or only with longer station chains, which the search does
/// not build).
enum SoloRoutes {
    static func compute(problem: SearchProblem, evaluator: RouteEvaluator) -> [[Int]?] {
        var result = [[Int]?](repeating: nil, count: problem.nodeCount)
        let options: [Int] = [-1] + problem.stations
        for c in 1..<(problem.customerCount + 1) {
            if evaluator.evaluate([0, c, 0]).isFeasible {
                result[c] = [c]
                continue
            }
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
