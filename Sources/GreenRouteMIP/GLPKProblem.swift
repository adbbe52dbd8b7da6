import CGLPK
import CGLPKGuard
import Foundation

/// The kind of a GLPK column.
public enum GLPKColumnKind: Sendable {
    case continuous, integer, binary
}

/// An owning wrapper over one GLPK problem object (`glp_prob`).
///
/// Threading: GLPK 5.0 keeps its environment per OS thread, and a problem created on one
/// thread and deleted on another aborts the process. A `GLPKProblem` therefore belongs to the
/// thread that created it: create it, fill it, solve it and release it on that one thread,
/// with no `await` in between. Every method checks the thread and throws
/// ``GLPKError/wrongThread`` otherwise; the type is deliberately not `Sendable`.
/// Call ``GLPKProblem/releaseThreadEnvironment()`` when the thread is done with GLPK.
///
/// Safety: every row, column, bound and coefficient is validated in Swift (finite numbers,
/// lower ≤ upper, indices in range, no duplicate column in a row) before GLPK sees it. As a
/// second line of defence, the calls that take data go through the `CGLPKGuard` C target,
/// which installs `glp_error_hook` with `setjmp`/`longjmp`: a GLPK error then throws
/// ``GLPKError/environmentLost(call:)`` instead of aborting the process.
///
/// Rows and columns are 1-based, as in GLPK, and carry unique names (used by ``writeLP(path:)``).
public final class GLPKProblem {
    private var handle: OpaquePointer?
    private let owner: pthread_t
    private let generation: UInt
    /// Column names, lower and upper bounds, kinds and objective coefficients (index j − 1).
    public private(set) var columnNames: [String] = []
    private var columnLower: [Double] = []
    private var columnUpper: [Double] = []
    private var columnKinds: [GLPKColumnKind] = []
    private var objective: [Double] = []
    /// Row names, bounds and coefficients (index i − 1).
    public private(set) var rowNames: [String] = []
    private var rowLower: [Double] = []
    private var rowUpper: [Double] = []
    private var rowEntries: [[(column: Int, value: Double)]] = []
    private var names: Set<String> = []
    /// True when the objective is maximised.
    public private(set) var maximize = false

    /// A new empty problem on the current thread.
    public init(name: String) {
        owner = pthread_self()
        generation = UInt(grg_environment_generation())
        handle = glp_create_prob()
        grg_problem_created()
        glp_set_prob_name(handle, String(name.prefix(255)))
    }

    deinit {
        // Deleting on another thread would abort the process: leak instead (documented misuse).
        guard let handle, pthread_equal(owner, pthread_self()) != 0,
              UInt(grg_environment_generation()) == generation else { return }
        glp_delete_prob(handle)
        grg_problem_deleted()
    }

    /// Frees this thread's GLPK environment when no problem object is alive on it any more.
    /// Returns true when it was freed.
    @discardableResult
    public static func releaseThreadEnvironment() -> Bool {
        guard grg_live_problems() == 0 else { return false }
        glp_free_env()
        return true
    }

    /// Number of columns.
    public var columnCount: Int { columnNames.count }
    /// Number of rows.
    public var rowCount: Int { rowNames.count }

    /// The live handle, after checking the thread and the environment.
    func liveHandle() throws -> OpaquePointer {
        guard pthread_equal(owner, pthread_self()) != 0 else { throw GLPKError.wrongThread }
        guard let handle, UInt(grg_environment_generation()) == generation else {
            throw GLPKError.environmentLost(call: "an earlier call")
        }
        return handle
    }

    // MARK: Building

    /// Adds a column, with its coefficients in existing rows (1-based, distinct; none by
    /// default: rows added later name their columns); returns its 1-based index. Adding a
    /// column after a solve keeps the basis: the next LP starts from the last one.
    @discardableResult
    public func addColumn(name: String, lower: Double = 0, upper: Double = .infinity,
                          kind: GLPKColumnKind = .continuous, objective coefficient: Double = 0,
                          rows entries: [(row: Int, value: Double)] = []) throws -> Int {
        let handle = try liveHandle()
        try checkName(name)
        var (low, high) = (lower, upper)
        if kind == .binary { (low, high) = (max(0, lower), min(1, upper)) }
        try Self.checkBounds("column \(name)", low, high)
        try Self.checkFinite("objective coefficient of \(name)", coefficient)
        try Self.checkEntries(entries.map { ($0.row, $0.value) }, count: rowCount, what: "row in column \(name)",
                              duplicate: { .duplicateIndex(row: self.rowNames[$0 - 1], column: self.columnCount + 1) },
                              coefficient: { "coefficient of \(name) in row \($0)" })
        let column = Int(glp_add_cols(handle, 1))
        glp_set_col_name(handle, Int32(column), name)
        switch kind {
        case .continuous: glp_set_col_kind(handle, Int32(column), GLP_CV)
        case .integer, .binary: glp_set_col_kind(handle, Int32(column), GLP_IV)
        }
        try applyBounds("glp_set_col_bnds", handle, column, low, high, grg_set_col_bnds)
        try guarded("glp_set_obj_coef") { grg_set_obj_coef(UnsafeMutableRawPointer(handle), Int32(column), coefficient) }
        names.insert(name)
        columnNames.append(name)
        columnLower.append(low)
        columnUpper.append(high)
        columnKinds.append(kind)
        objective.append(coefficient)
        if !entries.isEmpty {
            for entry in entries { rowEntries[entry.row - 1].append((column, entry.value)) }
            try loadMatrix("glp_set_mat_col", entries.map { ($0.row, $0.value) }) { length, indices, values in
                grg_set_mat_col(UnsafeMutableRawPointer(handle), Int32(column), length, indices, values)
            }
        }
        return column
    }

    /// Adds a row `lower ≤ Σ value × x[column] ≤ upper` (use ±infinity for a missing side);
    /// returns its 1-based index. Columns are 1-based and must be distinct.
    @discardableResult
    public func addRow(name: String, lower: Double, upper: Double,
                       coefficients: [(column: Int, value: Double)]) throws -> Int {
        let handle = try liveHandle()
        try checkName(name)
        try Self.checkBounds("row \(name)", lower, upper)
        try Self.checkEntries(coefficients.map { ($0.column, $0.value) }, count: columnCount, what: "column in row \(name)",
                              duplicate: { .duplicateIndex(row: name, column: $0) },
                              coefficient: { "coefficient of column \($0) in row \(name)" })
        let row = Int(glp_add_rows(handle, 1))
        glp_set_row_name(handle, Int32(row), name)
        names.insert(name)
        rowNames.append(name)
        rowLower.append(lower)
        rowUpper.append(upper)
        rowEntries.append(coefficients)
        try applyBounds("glp_set_row_bnds", handle, row, lower, upper, grg_set_row_bnds)
        try setMatrixRow(handle, row: row, coefficients)
        return row
    }

    /// Changes the bounds of an existing row (1-based).
    public func setRowBounds(_ row: Int, lower: Double, upper: Double) throws {
        let handle = try liveHandle()
        try Self.checkIndex(row, count: rowCount, what: "row")
        try Self.checkBounds("row \(rowNames[row - 1])", lower, upper)
        (rowLower[row - 1], rowUpper[row - 1]) = (lower, upper)
        try applyBounds("glp_set_row_bnds", handle, row, lower, upper, grg_set_row_bnds)
    }

    /// Changes the bounds of an existing column (1-based); a binary or integer column keeps its
    /// kind. The basis stays: the next LP starts from the last one.
    public func setColumnBounds(_ column: Int, lower: Double, upper: Double) throws {
        let handle = try liveHandle()
        try Self.checkIndex(column, count: columnCount, what: "column")
        try Self.checkBounds("column \(columnNames[column - 1])", lower, upper)
        (columnLower[column - 1], columnUpper[column - 1]) = (lower, upper)
        try applyBounds("glp_set_col_bnds", handle, column, lower, upper, grg_set_col_bnds)
    }

    /// The bounds of an existing column (1-based), as last set; a missing side is infinite.
    public func columnBounds(_ column: Int) throws -> (lower: Double, upper: Double) {
        try Self.checkIndex(column, count: columnCount, what: "column")
        return (columnLower[column - 1], columnUpper[column - 1])
    }

    /// Hands checked bounds to GLPK through `setter` (the guarded `glp_set_row_bnds` or
    /// `glp_set_col_bnds`): GLPK's bound type, and 0 for a missing side.
    private func applyBounds(_ call: String, _ handle: OpaquePointer, _ index: Int, _ lower: Double, _ upper: Double,
                             _ setter: (UnsafeMutableRawPointer?, Int32, Int32, Double, Double) -> Int32) throws {
        try guarded(call) {
            setter(UnsafeMutableRawPointer(handle), Int32(index), Self.boundType(lower, upper),
                   lower.isFinite ? lower : 0, upper.isFinite ? upper : 0)
        }
    }

    /// Sets the objective: one coefficient per column (0-based array), and its direction.
    public func setObjective(_ coefficients: [Double], maximize: Bool = false) throws {
        let handle = try liveHandle()
        guard coefficients.count == columnCount else {
            throw GLPKError.indexOutOfRange(what: "objective length", index: coefficients.count, count: columnCount)
        }
        for (offset, value) in coefficients.enumerated() {
            try Self.checkFinite("objective coefficient of \(columnNames[offset])", value)
        }
        glp_set_obj_dir(handle, maximize ? GLP_MAX : GLP_MIN)
        self.maximize = maximize
        for (offset, value) in coefficients.enumerated() {
            try guarded("glp_set_obj_coef") { grg_set_obj_coef(UnsafeMutableRawPointer(handle), Int32(offset + 1), value) }
        }
        objective = coefficients
    }

    /// Writes the model in CPLEX LP format (for `--dump-model`).
    public func writeLP(path: String) throws {
        let handle = try liveHandle()
        var code: Int32 = 0
        try guarded("glp_write_lp") { grg_write_lp(UnsafeMutableRawPointer(handle), path, &code) }
        guard code == 0 else { throw GLPKError.callFailed(call: "glp_write_lp", code: code) }
    }

    /// Solves the LP relaxation, then (when some column is integer) the MIP; see ``GLPKSolveOptions``.
    public func solve(_ options: GLPKSolveOptions = GLPKSolveOptions()) throws -> GLPKSolution {
        let handle = try liveHandle()
        if let start = options.start { try checkStart(start) }
        return try GLPKRun(problem: self, handle: handle, options: options).run()
    }

    /// The objective value of a 0-based column vector.
    func objectiveValue(of values: [Double]) -> Double {
        zip(objective, values).reduce(0) { $0 + $1.0 * $1.1 }
    }

    var hasIntegerColumns: Bool { columnKinds.contains { $0 != .continuous } }

    // MARK: Checks

    /// Rejects a start that breaks a bound, integrality or a row (tolerance 1e-6).
    func checkStart(_ start: [Double]) throws {
        guard start.count == columnCount else {
            throw GLPKError.invalidStart("\(start.count) values for \(columnCount) columns")
        }
        for (offset, value) in start.enumerated() {
            let name = columnNames[offset]
            guard value.isFinite else { throw GLPKError.invalidStart("\(name) is not finite") }
            guard value >= columnLower[offset] - 1e-6, value <= columnUpper[offset] + 1e-6 else {
                throw GLPKError.invalidStart("\(name) = \(value) outside its bounds")
            }
            if columnKinds[offset] != .continuous, abs(value - value.rounded()) > 1e-6 {
                throw GLPKError.invalidStart("\(name) = \(value) is not integer")
            }
        }
        for row in 0..<rowCount {
            let activity = rowEntries[row].reduce(0.0) { $0 + $1.value * start[$1.column - 1] }
            guard activity >= rowLower[row] - 1e-6, activity <= rowUpper[row] + 1e-6 else {
                throw GLPKError.invalidStart("row \(rowNames[row]) has activity \(activity)")
            }
        }
    }

    private func checkName(_ name: String) throws {
        guard !name.isEmpty, name.utf8.count <= 255, !names.contains(name),
              !name.contains(where: { $0 == " " || $0 == "\n" || $0 == "\t" }) else {
            throw GLPKError.invalidName(name)
        }
    }

    static func checkFinite(_ what: String, _ value: Double) throws {
        guard value.isFinite else { throw GLPKError.notFinite(what: what, value: value) }
    }

    static func checkBounds(_ what: String, _ lower: Double, _ upper: Double) throws {
        guard !lower.isNaN, !upper.isNaN, lower != .infinity, upper != -.infinity, lower <= upper else {
            throw GLPKError.invalidBounds(what: what, lower: lower, upper: upper)
        }
    }

    static func boundType(_ lower: Double, _ upper: Double) -> Int32 {
        switch (lower.isFinite, upper.isFinite) {
        case (false, false): return GLP_FR
        case (true, false): return GLP_LO
        case (false, true): return GLP_UP
        case (true, true): return lower == upper ? GLP_FX : GLP_DB
        }
    }

    /// Checks that a 1-based row or column index is in 1...count.
    private static func checkIndex(_ index: Int, count: Int, what: String) throws {
        guard count > 0, (1...count).contains(index) else {
            throw GLPKError.indexOutOfRange(what: what, index: index, count: count)
        }
    }

    /// Checks a row's or a column's entries: each index in 1...count, distinct, with a finite value.
    private static func checkEntries(_ entries: [(index: Int, value: Double)], count: Int, what: String,
                                     duplicate: (Int) -> GLPKError, coefficient: (Int) -> String) throws {
        var seen = Set<Int>()
        for entry in entries {
            try checkIndex(entry.index, count: count, what: what)
            guard seen.insert(entry.index).inserted else { throw duplicate(entry.index) }
            try checkFinite(coefficient(entry.index), entry.value)
        }
    }

    /// Hands entries to a guarded GLPK matrix call as the 1-based arrays it reads (element 0 unused).
    private func loadMatrix(_ call: String, _ entries: [(index: Int, value: Double)],
                            _ body: (Int32, [Int32], [Double]) -> Int32) throws {
        var indices = [Int32](repeating: 0, count: entries.count + 1)
        var values = [Double](repeating: 0, count: entries.count + 1)
        for (offset, entry) in entries.enumerated() {
            indices[offset + 1] = Int32(entry.index)
            values[offset + 1] = entry.value
        }
        try guarded(call) { body(Int32(entries.count), indices, values) }
    }

    /// Loads a row's coefficients; the guard catches what validation might have missed.
    private func setMatrixRow(_ handle: OpaquePointer, row: Int, _ entries: [(column: Int, value: Double)]) throws {
        try loadMatrix("glp_set_mat_row", entries.map { ($0.column, $0.value) }) { length, indices, values in
            grg_set_mat_row(UnsafeMutableRawPointer(handle), Int32(row), length, indices, values)
        }
    }

    /// Loads a row without the Swift checks (tests only: shows that the C guard catches GLPK errors).
    func unsafeSetMatrixRowForTesting(row: Int, _ entries: [(column: Int, value: Double)]) throws {
        try setMatrixRow(try liveHandle(), row: row, entries)
    }

    func guarded(_ call: String, _ body: () -> Int32) throws {
        if body() != 0 {
            handle = nil
            throw GLPKError.environmentLost(call: call)
        }
    }
}

/// A GLPK problem must stay on the thread that created it.
@available(*, unavailable)
extension GLPKProblem: Sendable {}
