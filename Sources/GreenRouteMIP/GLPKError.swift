/// Why the GLPK wrapper refused an input or a call. Every bad input is caught in Swift
/// before it reaches GLPK (GLPK itself would `abort()` the process).
public enum GLPKError: Error, Equatable, CustomStringConvertible {
    /// A number that must be finite is NaN or infinite (`what` names it).
    case notFinite(what: String, value: Double)
    /// A lower bound above its upper bound, or a bound of the wrong infinity.
    case invalidBounds(what: String, lower: Double, upper: Double)
    /// A row or column index outside `1...count`.
    case indexOutOfRange(what: String, index: Int, count: Int)
    /// The same column appears twice in one row.
    case duplicateIndex(row: String, column: Int)
    /// An empty, too long or duplicated name.
    case invalidName(String)
    /// A starting solution with the wrong length or values outside the column bounds / rows.
    case invalidStart(String)
    /// The problem was used on another OS thread than the one that created it.
    case wrongThread
    /// GLPK reported an error; the guard caught it and freed this thread's environment,
    /// so this problem (and every other on the thread) is dead.
    case environmentLost(call: String)
    /// A GLPK call returned an error code (for example writing a file failed).
    case callFailed(call: String, code: Int32)

    public var description: String {
        switch self {
        case .notFinite(let what, let value): return "\(what) is not finite (\(value))"
        case .invalidBounds(let what, let lower, let upper): return "\(what): invalid bounds [\(lower), \(upper)]"
        case .indexOutOfRange(let what, let index, let count): return "\(what) index \(index) outside 1...\(count)"
        case .duplicateIndex(let row, let column): return "row \(row): column \(column) appears twice"
        case .invalidName(let name): return "invalid or duplicate name '\(name)'"
        case .invalidStart(let reason): return "invalid starting solution: \(reason)"
        case .wrongThread: return "GLPK problem used on another thread than the one that created it"
        case .environmentLost(let call): return "GLPK reported an error in \(call); its environment was freed"
        case .callFailed(let call, let code): return "\(call) failed with code \(code)"
        }
    }
}
