#ifndef GREENROUTE_CGLPK_GUARD_H
#define GREENROUTE_CGLPK_GUARD_H

/*
 * Guarded GLPK calls: each function below runs one GLPK call under setjmp with an error
 * hook installed (glp_error_hook) that longjmps back here. When GLPK reports an error
 * (bad API input, internal failure) the process is NOT aborted: the function frees the
 * thread's GLPK environment (glp_free_env, as GLPK requires after such an error), bumps
 * the thread's environment generation and returns -1. Every problem object created on
 * this thread before the error is then dead and must not be touched again.
 *
 * Problem and parameter pointers are passed as void * (glp_prob *, glp_smcp *, glp_iocp *)
 * so that this header does not include glpk.h a second time into another Clang module.
 *
 * The callback of glp_intopt runs inside grg_intopt: a GLPK error raised while a Swift
 * callback frame is on the stack would longjmp across Swift frames. Callers must therefore
 * validate everything they pass to GLPK from a callback (the Swift wrapper does).
 */

/// Generation of this thread's GLPK environment: incremented every time a guarded call
/// recovered from a GLPK error (and freed the environment).
unsigned long grg_environment_generation(void);

/// Count of live problem objects on this thread (kept by the Swift wrapper), so that the
/// environment is freed only when none is left.
int grg_live_problems(void);
void grg_problem_created(void);
void grg_problem_deleted(void);

int grg_set_mat_row(void *problem, int row, int length, const int *indices, const double *values);
int grg_set_mat_col(void *problem, int column, int length, const int *indices, const double *values);
int grg_set_row_bnds(void *problem, int row, int type, double lower, double upper);
int grg_set_col_bnds(void *problem, int column, int type, double lower, double upper);
int grg_set_obj_coef(void *problem, int column, double coefficient);
int grg_simplex(void *problem, const void *parameters, int *result);
int grg_intopt(void *problem, const void *parameters, int *result);
int grg_write_lp(void *problem, const char *path, int *result);

#endif
