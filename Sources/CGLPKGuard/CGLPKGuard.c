#include "CGLPKGuard.h"
#include <glpk.h>
#include <setjmp.h>
#include <stddef.h>

static _Thread_local jmp_buf *grg_current_buffer = NULL;
static _Thread_local unsigned long grg_generation = 0;

static void grg_hook(void *info) {
    jmp_buf *buffer = (jmp_buf *)info;
    longjmp(*buffer, 1);
}

static _Thread_local int grg_live = 0;

unsigned long grg_environment_generation(void) { return grg_generation; }
int grg_live_problems(void) { return grg_live; }
void grg_problem_created(void) { grg_live += 1; }
void grg_problem_deleted(void) { if (grg_live > 0) grg_live -= 1; }

/* Runs STATEMENT with the hook pointing at a local buffer; restores the enclosing hook. */
#define GRG_GUARDED(STATEMENT)                                   \
    jmp_buf buffer;                                              \
    jmp_buf *volatile enclosing = grg_current_buffer;            \
    if (setjmp(buffer) != 0) {                                   \
        grg_current_buffer = NULL;                               \
        glp_free_env();                                          \
        grg_generation += 1;                                     \
        grg_live = 0;                                            \
        return -1;                                               \
    }                                                            \
    grg_current_buffer = &buffer;                                \
    glp_error_hook(grg_hook, &buffer);                           \
    STATEMENT;                                                   \
    grg_current_buffer = enclosing;                              \
    if (enclosing != NULL) glp_error_hook(grg_hook, enclosing);  \
    else glp_error_hook(NULL, NULL);                             \
    return 0;

int grg_set_mat_row(void *problem, int row, int length, const int *indices, const double *values) {
    GRG_GUARDED(glp_set_mat_row((glp_prob *)problem, row, length, indices, values))
}

int grg_set_mat_col(void *problem, int column, int length, const int *indices, const double *values) {
    GRG_GUARDED(glp_set_mat_col((glp_prob *)problem, column, length, indices, values))
}

int grg_set_row_bnds(void *problem, int row, int type, double lower, double upper) {
    GRG_GUARDED(glp_set_row_bnds((glp_prob *)problem, row, type, lower, upper))
}

int grg_set_col_bnds(void *problem, int column, int type, double lower, double upper) {
    GRG_GUARDED(glp_set_col_bnds((glp_prob *)problem, column, type, lower, upper))
}

int grg_set_obj_coef(void *problem, int column, double coefficient) {
    GRG_GUARDED(glp_set_obj_coef((glp_prob *)problem, column, coefficient))
}

int grg_simplex(void *problem, const void *parameters, int *result) {
    GRG_GUARDED(*result = glp_simplex((glp_prob *)problem, (const glp_smcp *)parameters))
}

int grg_intopt(void *problem, const void *parameters, int *result) {
    GRG_GUARDED(*result = glp_intopt((glp_prob *)problem, (const glp_iocp *)parameters))
}

int grg_write_lp(void *problem, const char *path, int *result) {
    GRG_GUARDED(*result = glp_write_lp((glp_prob *)problem, NULL, path))
}
