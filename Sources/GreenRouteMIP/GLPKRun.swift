import CGLPK
import CGLPKGuard
import Foundation

/// One solve of a ``GLPKProblem``: `glp_simplex` for the root LP, then `glp_intopt` with the
/// time limit, gap, stop callback and starting incumbent. MIP presolve stays off so that the
/// callback sees the problem's own columns.
struct GLPKRun {
    let problem: GLPKProblem
    let handle: OpaquePointer
    let options: GLPKSolveOptions

    func run() throws -> GLPKSolution {
        let clock = ContinuousClock.now
        func elapsed() -> Double {
            let duration = ContinuousClock.now - clock
            return Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
        }
        func remainingMilliseconds() -> Int32 {
            guard let limit = options.timeLimit else { return Int32.max }
            return Int32(max(1, min(Double(Int32.max), (limit - elapsed()) * 1000)))
        }
        let iterationsBefore = glp_get_it_cnt(handle)
        func iterations() -> Int { Int(glp_get_it_cnt(handle) - iterationsBefore) }
        glp_term_out(options.verbose ? GLP_ON : GLP_OFF)
        let messages = options.verbose ? GLP_MSG_ON : GLP_MSG_OFF
        var simplexParameters = glp_smcp()
        glp_init_smcp(&simplexParameters)
        simplexParameters.msg_lev = messages
        simplexParameters.tm_lim = remainingMilliseconds()
        simplexParameters.presolve = GLP_OFF
        if options.dualSimplex { simplexParameters.meth = GLP_DUALP }
        if let limit = options.simplexIterationLimit { simplexParameters.it_lim = Int32(clamping: max(1, limit)) }
        var code: Int32 = 0
        try problem.guarded("glp_simplex") { grg_simplex(UnsafeMutableRawPointer(handle), &simplexParameters, &code) }
        var solution = GLPKSolution(status: .undefined, termination: .completed, objective: nil, bound: nil,
                                    values: [], relaxation: nil, seconds: 0)
        let lpStatus = glp_get_status(handle)
        if code == GLP_ETMLIM { solution.termination = .timeLimit }
        else if code == GLP_EITLIM { solution.termination = .workLimit }
        else if code != 0 { solution.termination = .failed }
        switch lpStatus {
        case GLP_OPT: solution.relaxation = glp_get_obj_val(handle)
        case GLP_NOFEAS: solution.status = .infeasible
        case GLP_UNBND: solution.status = .unbounded
        default: break
        }
        guard lpStatus == GLP_OPT else {
            solution.seconds = elapsed()
            solution.simplexIterations = iterations()
            return solution
        }
        let count = problem.columnCount
        guard problem.hasIntegerColumns, !options.relaxationOnly else {
            solution.status = .optimal
            solution.objective = solution.relaxation
            solution.bound = solution.relaxation
            solution.values = (0..<count).map { glp_get_col_prim(handle, Int32($0 + 1)) }
            solution.rowDuals = (0..<problem.rowCount).map { glp_get_row_dual(handle, Int32($0 + 1)) }
            solution.seconds = elapsed()
            solution.simplexIterations = iterations()
            return solution
        }
        let context = GLPKCallbackContext(shouldStop: options.shouldStop, start: options.start,
                                          nodeLimit: options.nodeLimit)
        var parameters = glp_iocp()
        glp_init_iocp(&parameters)
        parameters.msg_lev = messages
        parameters.tm_lim = remainingMilliseconds()
        parameters.mip_gap = max(0, options.relativeGap)
        parameters.presolve = GLP_OFF
        if options.cliqueCuts { parameters.clq_cuts = GLP_ON }
        parameters.cb_func = GLPKCallbackContext.entryPoint
        let info = Unmanaged.passRetained(context)
        defer { info.release() }
        parameters.cb_info = info.toOpaque()
        try problem.guarded("glp_intopt") { grg_intopt(UnsafeMutableRawPointer(handle), &parameters, &code) }
        switch code {
        case 0: solution.termination = .completed
        case GLP_ETMLIM: solution.termination = .timeLimit
        case GLP_ESTOP: solution.termination = context.reachedNodeLimit ? .workLimit : .stopRequested
        case GLP_EMIPGAP: solution.termination = .gapReached
        default: solution.termination = .failed
        }
        switch glp_mip_status(handle) {
        case GLP_OPT: solution.status = code == 0 ? .optimal : .feasible
        case GLP_FEAS: solution.status = .feasible
        case GLP_NOFEAS: solution.status = .infeasible
        default: solution.status = .undefined
        }
        if solution.status == .optimal || solution.status == .feasible {
            solution.objective = glp_mip_obj_val(handle)
            solution.values = (0..<count).map { glp_mip_col_val(handle, Int32($0 + 1)) }
        }
        if solution.status == .optimal {
            solution.bound = solution.objective
        } else if solution.status != .infeasible {
            let relaxation = solution.relaxation
            let tree = context.bestBound
            switch (relaxation, tree) {
            case let (lp?, node?): solution.bound = problem.maximize ? min(lp, node) : max(lp, node)
            default: solution.bound = tree ?? relaxation
            }
        }
        solution.seconds = elapsed()
        solution.simplexIterations = iterations()
        return solution
    }
}
