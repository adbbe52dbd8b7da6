import GreenRouteCore

/// Every customer served exactly once or listed as unassigned, never both, never twice;
/// unassigned entries must name customers.
struct CustomerCoverage {
    let instance: Instance

    /// - Parameters:
    ///   - served: for each route, the customer node indices it visits.
    ///   - unassigned: the plan's unassigned list.
    func violations(served: [[Int]], unassigned: [UnassignedCustomer]) -> [Violation] {
        var violations: [Violation] = []
        var routesOf: [Int: [Int]] = [:]
        for (routeIndex, customers) in served.enumerated() {
            for customer in customers { routesOf[customer, default: []].append(routeIndex) }
        }
        var listed: [Int: Int] = [:]
        for entry in unassigned {
            guard let node = instance.nodeIndex(of: entry.customer), instance.isCustomer(node) else {
                violations.append(Violation(rule: .unknownNode, node: entry.customer,
                                            message: "unassigned entry \"\(entry.customer)\" is not a customer of the instance"))
                continue
            }
            listed[node, default: 0] += 1
        }
        for node in instance.customerIndices {
            let id = instance.id(ofNode: node)
            let routes = routesOf[node] ?? []
            let timesListed = listed[node] ?? 0
            if routes.count > 1 {
                let list = routes.map(String.init).joined(separator: ", ")
                violations.append(Violation(rule: .duplicateCustomer, node: id,
                                            message: "customer \(id) is served \(routes.count) times (routes \(list))"))
            }
            if timesListed > 1 {
                violations.append(Violation(rule: .duplicateCustomer, node: id,
                                            message: "customer \(id) is listed as unassigned \(timesListed) times"))
            }
            if !routes.isEmpty && timesListed > 0 {
                violations.append(Violation(rule: .servedAndUnassigned, routeIndex: routes[0], node: id,
                                            message: "customer \(id) is served by route \(routes[0]) and also listed as unassigned"))
            }
            if routes.isEmpty && timesListed == 0 {
                violations.append(Violation(rule: .missedCustomer, node: id,
                                            message: "customer \(id) is neither served nor listed as unassigned"))
            }
        }
        return violations
    }
}
