/// A set of customers (node indices 1...128) as a 128-bit mask.
struct CustomerSet: Hashable {
    static let capacity = 128
    var low: UInt64 = 0
    var high: UInt64 = 0

    func contains(_ customer: Int) -> Bool {
        customer <= 64 ? (low >> UInt64(customer - 1)) & 1 == 1 : (high >> UInt64(customer - 65)) & 1 == 1
    }

    mutating func insert(_ customer: Int) {
        if customer <= 64 { low |= 1 << UInt64(customer - 1) } else { high |= 1 << UInt64(customer - 65) }
    }

    func inserting(_ customer: Int) -> CustomerSet {
        var copy = self
        copy.insert(customer)
        return copy
    }

    var count: Int { low.nonzeroBitCount + high.nonzeroBitCount }

    /// The customers in increasing order.
    var members: [Int] {
        var result: [Int] = []
        for customer in 1...Self.capacity where contains(customer) { result.append(customer) }
        return result
    }
}
