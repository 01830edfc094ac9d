/* Self-test: a header that stands alone in every configuration. */
#ifndef XEN_SELFTEST_GOOD_H
#define XEN_SELFTEST_GOOD_H
#define XEN_SELFTEST_GOOD 1
#ifndef __ASSEMBLER__
struct xen_selftest_good { int value; };
#endif
#endif
