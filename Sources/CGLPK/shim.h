#ifndef GREENROUTE_CGLPK_SHIM_H
#define GREENROUTE_CGLPK_SHIM_H
#include <glpk.h>
#endif
