import GreenRouteCore

/// Reads the `travel` object of a native instance: `{"metric": "euclidean"}`,
/// `{"metric": "greatCircle", "roadFactor": 1.3}` or
/// `{"metric": "matrix", "nodes": [ids], "distanceKm": [[...]], "timeMinutes": [[...]]}`.
/// Matrices are reordered from the file's `nodes` order into the instance's node order.
enum NativeTravelDecoder {
    static func read(_ root: JSONValue, nodeIDs: [String], _ decoder: inout NativeFieldDecoder) -> TravelMetric {
        guard let travel = decoder.member(root, "travel", path: "", core: "travel", required: true,
                                          expected: "an object with \"metric\""),
              decoder.isObject(travel, path: "travel", core: "travel"),
              let metric = decoder.choice(travel, "metric", path: "travel", core: "travel",
                                          choices: ["euclidean", "greatCircle", "matrix"]) else {
            decoder.sources.suppress("travel")
            return .euclidean
        }
        switch metric {
        case "greatCircle":
            decoder.rejectUnknownKeys(travel, path: "travel", allowed: ["metric", "roadFactor"])
            let factor = decoder.number(travel, "roadFactor", path: "travel", core: "travel.roadFactor",
                                        expected: "road distance / great-circle distance, a number ≥ 1")
            return .greatCircle(roadFactor: factor ?? 1)
        case "matrix":
            decoder.rejectUnknownKeys(travel, path: "travel", allowed: ["metric", "nodes", "distanceKm", "timeMinutes"])
            return readMatrix(travel, nodeIDs: nodeIDs, &decoder)
        default:
            decoder.rejectUnknownKeys(travel, path: "travel", allowed: ["metric"])
            return .euclidean
        }
    }

    private static func readMatrix(_ travel: JSONValue, nodeIDs: [String], _ decoder: inout NativeFieldDecoder) -> TravelMetric {
        let size = nodeIDs.count
        let placeholder = TravelMetric.matrix(distance: Array(repeating: Array(repeating: 0, count: size), count: size), time: nil)
        // The reader checks matrices itself (with lines); the validator must not see placeholders.
        decoder.sources.suppress("travel.distance")
        decoder.sources.suppress("travel.time")
        let before = decoder.problems.problems.count
        guard let order = readNodes(travel, nodeIDs: nodeIDs, &decoder) else { return placeholder }
        let distance = readTable(travel, "distanceKm", required: true, order: order, &decoder)
        let time = readTable(travel, "timeMinutes", required: false, order: order, &decoder)
        guard decoder.problems.problems.count == before, let distance else { return placeholder }
        return .matrix(distance: distance, time: time)
    }

    /// For each instance node index, its position in the file's `nodes` list.
    private static func readNodes(_ travel: JSONValue, nodeIDs: [String], _ decoder: inout NativeFieldDecoder) -> [Int]? {
        guard let list = decoder.member(travel, "nodes", path: "travel", core: "travel.nodes", required: true,
                                        expected: "an array of node ids (depot, customers, stations)") else { return nil }
        guard case .array(let items) = list.kind else {
            decoder.fail(.wrongType, list.line, "travel.nodes", nil, "found \(decoder.describe(list)) (expected an array of node ids)")
            return nil
        }
        let known = Set(nodeIDs)
        var positionByID: [String: Int] = [:]
        var valid = true
        for (position, item) in items.enumerated() {
            let field = "travel.nodes[\(position)]"
            guard case .string(let id) = item.kind else {
                decoder.fail(.wrongType, item.line, field, nil, "found \(decoder.describe(item)) (expected a node id string)")
                valid = false
                continue
            }
            if !known.contains(id) {
                decoder.fail(.unknownReference, item.line, field, nil,
                             "node \"\(id)\" is not the depot, a customer or a station of this instance")
                valid = false
            } else if let first = positionByID[id] {
                decoder.fail(.duplicateID, item.line, field, nil, "node \"\(id)\" is listed twice (first at position \(first))")
                valid = false
            } else {
                positionByID[id] = position
            }
        }
        let missing = nodeIDs.filter { positionByID[$0] == nil && known.contains($0) }
        if valid && !missing.isEmpty {
            decoder.fail(.missingReference, list.line, "travel.nodes", nil,
                         "no matrix row for \(missing.prefix(5).joined(separator: ", "))\(missing.count > 5 ? ", ..." : "") (expected every node listed once)")
        }
        guard valid, missing.isEmpty, Set(nodeIDs).count == nodeIDs.count else { return nil }
        return nodeIDs.compactMap { positionByID[$0] }
    }

    /// A square table in file order, returned in instance node order.
    private static func readTable(_ travel: JSONValue, _ key: String, required: Bool, order: [Int],
                                  _ decoder: inout NativeFieldDecoder) -> [[Double]]? {
        let field = "travel." + key
        let expected = "an array of \(order.count) rows of \(order.count) numbers ≥ 0, in the order of \"nodes\""
        guard let value = decoder.member(travel, key, path: "travel", core: nil, required: required, expected: expected) else {
            return nil
        }
        guard case .array(let rows) = value.kind, rows.count == order.count else {
            decoder.fail(.badValue, value.line, field, nil, "found \(decoder.describe(value))\(rowCount(value)) (expected \(expected))")
            return nil
        }
        var table: [[Double]] = []
        for (i, row) in rows.enumerated() {
            guard case .array(let cells) = row.kind, cells.count == order.count else {
                decoder.fail(.badValue, row.line, field + "[\(i)]", nil,
                             "found \(decoder.describe(row))\(rowCount(row)) (expected a row of \(order.count) numbers)")
                return nil
            }
            var numbers: [Double] = []
            for (j, cell) in cells.enumerated() {
                guard case .number(let number, _) = cell.kind else {
                    decoder.fail(.wrongType, cell.line, field + "[\(i)][\(j)]", nil, "found \(decoder.describe(cell)) (expected a number)")
                    return nil
                }
                if number < 0 {
                    decoder.fail(.negativeValue, cell.line, field + "[\(i)][\(j)]", nil, "entry \(number) is negative (expected ≥ 0)")
                }
                numbers.append(number)
            }
            table.append(numbers)
        }
        return order.map { i in order.map { j in table[i][j] } }
    }

    private static func rowCount(_ value: JSONValue) -> String {
        if case .array(let items) = value.kind { return " with \(items.count) entries" }
        return ""
    }
}
