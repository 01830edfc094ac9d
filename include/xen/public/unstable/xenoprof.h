/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Toolstack-only complement of xenoprof.h: the 64-bit guest
 *        handles to its structures.
 *
 * Declares the `__guest_handle_64_` types behind XEN_GUEST_HANDLE_64()
 * for every handle xenoprof.h defines, so that toolstack structures can
 * carry them with one layout for 32- and 64-bit callers. They exist on
 * 32-bit x86 only; elsewhere nothing is added. The profiling interface
 * itself is withdrawn (see xenoprof.h).
 *
 * Stability: unstable (follows the toolstack interfaces; may change
 * between Xen releases). Callers: 32-bit toolstack libraries.
 */
#ifndef XEN_PUBLIC_UNSTABLE_XENOPROF_H
#define XEN_PUBLIC_UNSTABLE_XENOPROF_H

/*
 * Reaching an unstable header makes this a toolstack build: unless the
 * consumer named an interface version, it gets the newest, as upstream gives
 * __XEN_TOOLS__ builds (xen-compat.h holds the number).
 */
#ifndef __XEN_INTERFACE_VERSION__
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#endif

#include "../xenoprof.h"
/* The toolstack part, on top of xen-public's own copy of the stable header
 * only: another copy, included first, brings its own. */
#ifdef XEN_PUBLIC_XENOPROF_H
#include "xen.h"

/** @defgroup hdr_unstable_xenoprof_h unstable/xenoprof.h
 *  @ingroup xen_unstable */

/** @defgroup unstable_xenoprof_h_handles 64-bit handles to xenoprof.h types
 *  @ingroup hdr_unstable_xenoprof_h
 *  Each line declares `__guest_handle_64_<name>` and
 *  `__guest_handle_64_const_<name>` (x86-32 only).
 *  @{ */
XEN_DEFINE_GUEST_HANDLE_64(xenoprof_buf_t, xenoprof_buf_t)
XEN_DEFINE_GUEST_HANDLE_64(xenoprof_init_t, xenoprof_init_t)
XEN_DEFINE_GUEST_HANDLE_64(xenoprof_get_buffer_t, xenoprof_get_buffer_t)
XEN_DEFINE_GUEST_HANDLE_64(xenoprof_counter_t, xenoprof_counter_t)
XEN_DEFINE_GUEST_HANDLE_64(xenoprof_passive_t, xenoprof_passive_t)
XEN_DEFINE_GUEST_HANDLE_64(xenoprof_ibs_counter_t, xenoprof_ibs_counter_t)
/** @} */

#endif /* XEN_PUBLIC_XENOPROF_H */

#endif /* XEN_PUBLIC_UNSTABLE_XENOPROF_H */
