/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Toolstack-only complement of dom0_ops.h: the 64-bit guest handles
 *        of its structures; unstable.
 *
 * dom0_ops.h only defines anything for interface versions before
 * 0x00030204, and so does this header: for those versions it declares the
 * `__guest_handle_64_` form of each handle dom0_ops.h declares, as a
 * 32-bit x86 toolstack sees them. Elsewhere nothing is declared.
 *
 * Stability: unstable (legacy). Callers: old 32-bit toolstacks.
 */
#ifndef XEN_PUBLIC_UNSTABLE_DOM0_OPS_H
#define XEN_PUBLIC_UNSTABLE_DOM0_OPS_H

/*
 * Reaching an unstable header makes this a toolstack build: unless the
 * consumer named an interface version, it gets the newest, as upstream gives
 * __XEN_TOOLS__ builds (xen-compat.h holds the number).
 */
#ifndef __XEN_INTERFACE_VERSION__
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#endif

#include "../dom0_ops.h"
/* The toolstack part, on top of xen-public's own copy of the stable header
 * only: another copy, included first, brings its own. */
#ifdef XEN_PUBLIC_DOM0_OPS_H
#include "xen.h"

#if __XEN_INTERFACE_VERSION__ < 0x00030204 && !defined(__ASSEMBLER__)
/* The 64-bit handles to the structures of dom0_ops.h (no-ops except on i386). */
XEN_DEFINE_GUEST_HANDLE_64(dom0_msr_t, dom0_msr_t)
XEN_DEFINE_GUEST_HANDLE_64(dom0_memory_map_entry_t, dom0_memory_map_entry_t)
XEN_DEFINE_GUEST_HANDLE_64(dom0_op_t, dom0_op_t)
#endif

#endif /* XEN_PUBLIC_DOM0_OPS_H */

#endif /* XEN_PUBLIC_UNSTABLE_DOM0_OPS_H */
