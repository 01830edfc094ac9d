/* Self-test: a -pedantic diagnostic silenced inside a pragma region, and the
 * same diagnostic outside it, which must still fail under -Werror. */
#ifndef XEN_SELFTEST_PEDANTIC_H
#define XEN_SELFTEST_PEDANTIC_H
#ifndef __ASSEMBLER__
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
struct xen_selftest_quiet { int count; int items[0]; };
#pragma GCC diagnostic pop
struct xen_selftest_loud { int count; int items[0]; };
#endif
#endif
