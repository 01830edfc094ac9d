/* Self-test: a stable header that reaches into unstable/, which must fail. */
#ifndef XEN_SELFTEST_LEAKS_H
#define XEN_SELFTEST_LEAKS_H
#include "unstable/extra.h"
#endif
