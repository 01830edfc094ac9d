/* Self-test: an unstable header that stands alone. */
#ifndef XEN_SELFTEST_UNSTABLE_EXTRA_H
#define XEN_SELFTEST_UNSTABLE_EXTRA_H
#include "../good.h"
#define XEN_SELFTEST_EXTRA XEN_SELFTEST_GOOD
#endif
