/*
 * Which interface version a translation unit gets: run.sh compiles this with
 * XEN_FIRST_HEADER (the first Xen header the unit includes), some of
 * __XEN_TOOLS__, __XEN__ and __XEN_INTERFACE_VERSION__ defined, and
 * XEN_EXPECT_VERSION the version it must end up with: the consumer's own when
 * it names one, else the newest for a toolstack or hypervisor build (or a unit
 * that reaches unstable/ first), else the legacy 0.
 */
#include XEN_FIRST_HEADER
#include <xen/public/xen.h>

#if __XEN_INTERFACE_VERSION__ != XEN_EXPECT_VERSION
#error "xen-public test: the translation unit got another interface version than expected"
#endif

typedef char xen_version_rule_checked;
