/*
 * errno.h keeps Xen's error numbers twice: as enum xen_errno (documented one
 * by one) and as the XEN_ERRNO(name, value) table for consumers that build
 * their own. Every table entry must name an enumerator of the same value, and
 * the table must have as many entries as the ABI lock has enumerators
 * (XEN_ERRNO_ENUMERATORS, counted by run.sh).
 */
#include <xen/public/errno.h>

#define XEN_ERRNO(name, value) typedef char xen_check_##name[(XEN_##name == (value)) ? 1 : -1];
#include <xen/public/errno.h>
#undef XEN_ERRNO

#define XEN_ERRNO(name, value) + 1
enum { xen_table_size = 0
#include <xen/public/errno.h>
};

typedef char xen_check_count[(xen_table_size == XEN_ERRNO_ENUMERATORS) ? 1 : -1];
