/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Toolstack-only complement of kexec.h: the 64-bit guest handles of
 *        its structures; unstable.
 *
 * kexec.h has no toolstack-only commands. This header adds the
 * `__guest_handle_64_` form of each handle kexec.h declares, for a 32-bit
 * x86 toolstack that embeds one in a control structure of fixed 64-bit
 * layout; elsewhere the ordinary handle has that layout already and
 * nothing is declared.
 *
 * Stability: unstable (follows the toolstack interfaces; may change
 * between Xen releases). Callers: 32-bit toolstack libraries.
 */
#ifndef XEN_PUBLIC_UNSTABLE_KEXEC_H
#define XEN_PUBLIC_UNSTABLE_KEXEC_H

/*
 * Reaching an unstable header makes this a toolstack build: unless the
 * consumer named an interface version, it gets the newest, as upstream gives
 * __XEN_TOOLS__ builds (xen-compat.h holds the number).
 */
#ifndef __XEN_INTERFACE_VERSION__
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#endif

#include "../kexec.h"
/* The toolstack part, on top of xen-public's own copy of the stable header
 * only: another copy, included first, brings its own. */
#ifdef XEN_PUBLIC_KEXEC_H
#include "xen.h"

#if __XEN_INTERFACE_VERSION__ >= 0x00040400
/* The 64-bit handles to the structures of kexec.h (no-ops except on i386). */
XEN_DEFINE_GUEST_HANDLE_64(xen_kexec_segment_t, xen_kexec_segment_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_kexec_load_t, xen_kexec_load_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_kexec_unload_t, xen_kexec_unload_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_kexec_status_t, xen_kexec_status_t)
#endif

#endif /* XEN_PUBLIC_KEXEC_H */

#endif /* XEN_PUBLIC_UNSTABLE_KEXEC_H */
