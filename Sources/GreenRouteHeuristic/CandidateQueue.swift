/// The insertion candidates of one ``InsertionFinder`` call, cheapest first: a binary
/// min-heap on (key, tie), reused between calls (no allocation once warm).
///
/// A candidate is an insertion position, with or without a station visit, or a group of
/// station variants at one position (``Candidate/stationArcs``) that is expanded when it
/// comes up. `tie` keeps the order in which the candidates were met (route, position, then
/// variant), so equal keys come out in that order and the search stays deterministic.
final class CandidateQueue {
    struct Candidate {
        /// Heap order: the added distance, but never below the group's for a station variant.
        var key: Double
        /// Order of collection: 1024 × (number of the position) + variant.
        var tie: Int
        /// Added distance, in distance units.
        var delta: Double
        var route: Int
        var position: Int
        var station = -1
        var stationIndex = -1
        /// A group of station variants: the arcs of the new sequence to offer stations on.
        var stationArcs: ClosedRange<Int>?

        func precedes(_ other: Candidate) -> Bool {
            key < other.key || (key == other.key && tie < other.tie)
        }
    }

    private var heap: [Candidate] = []
    private var collected = 0

    /// Empties the queue for a new call.
    func removeAll() {
        heap.removeAll(keepingCapacity: true)
        collected = 0
    }

    /// Adds a candidate without keeping heap order (call ``heapify()`` before popping).
    func append(route: Int, position: Int, delta: Double, stationArcs: ClosedRange<Int>? = nil) {
        collected += 1
        heap.append(Candidate(key: delta, tie: collected << 10, delta: delta, route: route, position: position,
                              stationArcs: stationArcs))
    }

    /// Restores heap order after ``append(route:position:delta:stationArcs:)`` calls. O(n).
    func heapify() {
        var index = heap.count / 2 - 1
        while index >= 0 {
            siftDown(index)
            index -= 1
        }
    }

    /// Adds station variant number `variant` (1-based) of `group` in heap order. O(log n).
    func push(variant: Int, of group: Candidate, station: Int, stationIndex: Int, delta: Double) {
        precondition(variant < 1 << 10, "too many station variants at one position")
        heap.append(Candidate(key: max(delta, group.key), tie: group.tie + variant, delta: delta, route: group.route,
                              position: group.position, station: station,
                              stationIndex: stationIndex))
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].precedes(heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the cheapest candidate. O(log n).
    func popMin() -> Candidate? {
        guard let last = heap.popLast() else { return nil }
        guard !heap.isEmpty else { return last }
        let top = heap[0]
        heap[0] = last
        siftDown(0)
        return top
    }

    private func siftDown(_ start: Int) {
        var parent = start
        let count = heap.count
        while true {
            let left = 2 * parent + 1
            guard left < count else { return }
            var smallest = left
            if left + 1 < count && heap[left + 1].precedes(heap[left]) { smallest = left + 1 }
            guard heap[smallest].precedes(heap[parent]) else { return }
            heap.swapAt(smallest, parent)
            parent = smallest
        }
    }
}
