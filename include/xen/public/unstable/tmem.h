/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Toolstack-only complement of tmem.h: the 64-bit guest handles of
 *        its structures; unstable.
 *
 * tmem.h only defines anything for interface versions before 0x00041300,
 * and so does this header: for those versions it declares the
 * `__guest_handle_64_` form of each handle tmem.h declares, as a 32-bit
 * x86 toolstack of that time saw them. Elsewhere nothing is declared.
 *
 * Stability: unstable (and withdrawn with the interface). Callers: none
 * current.
 */
#ifndef XEN_PUBLIC_UNSTABLE_TMEM_H
#define XEN_PUBLIC_UNSTABLE_TMEM_H

/*
 * Reaching an unstable header makes this a toolstack build: unless the
 * consumer named an interface version, it gets the newest, as upstream gives
 * __XEN_TOOLS__ builds (xen-compat.h holds the number).
 */
#ifndef __XEN_INTERFACE_VERSION__
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#endif

#include "../tmem.h"
/* The toolstack part, on top of xen-public's own copy of the stable header
 * only: another copy, included first, brings its own. */
#ifdef XEN_PUBLIC_TMEM_H
#include "xen.h"

#if __XEN_INTERFACE_VERSION__ < 0x00041300 && !defined(__ASSEMBLER__)
/* The 64-bit handles to the structures of tmem.h (no-ops except on i386). */
XEN_DEFINE_GUEST_HANDLE_64(xen_tmem_oid_t, xen_tmem_oid_t)
XEN_DEFINE_GUEST_HANDLE_64(tmem_op_t, tmem_op_t)
#endif

#endif /* XEN_PUBLIC_TMEM_H */

#endif /* XEN_PUBLIC_UNSTABLE_TMEM_H */
