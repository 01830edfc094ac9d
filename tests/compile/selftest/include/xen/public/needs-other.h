/* Self-test: uses good.h's struct without including it, so it must fail on its
 * own even when the translation unit before it in a batch included good.h. */
#ifndef XEN_SELFTEST_NEEDS_OTHER_H
#define XEN_SELFTEST_NEEDS_OTHER_H
#ifndef __ASSEMBLER__
struct xen_selftest_user { struct xen_selftest_good inner; };
#endif
#endif
