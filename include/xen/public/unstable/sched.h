/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Toolstack-only complement of sched.h: the 64-bit guest handles
 *        of its types.
 *
 * A 32-bit x86 toolstack that drives a 64-bit hypervisor needs, for every
 * guest handle, a variant that occupies 64 bits whatever its own word size
 * (XEN_GUEST_HANDLE_64(), unstable/xen.h). This header declares those
 * variants, `__guest_handle_64_<name>` and
 * `__guest_handle_64_const_<name>`, for each handle that sched.h defines.
 * They only need declarations of their own on 32-bit x86; elsewhere
 * XEN_GUEST_HANDLE_64() names handle types that already exist, and this
 * header adds nothing.
 *
 * It also includes unstable/event_channel.h, for the handles of the port
 * type that struct sched_poll uses.
 *
 * Stability: unstable (part of the toolstack interface, whose layout may
 * change between Xen releases). Callers: 32-bit toolstack libraries.
 */
#ifndef XEN_PUBLIC_UNSTABLE_SCHED_H
#define XEN_PUBLIC_UNSTABLE_SCHED_H

/*
 * Reaching an unstable header makes this a toolstack build: unless the
 * consumer named an interface version, it gets the newest, as upstream gives
 * __XEN_TOOLS__ builds (xen-compat.h holds the number).
 */
#ifndef __XEN_INTERFACE_VERSION__
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#endif

#include "../sched.h"
/* The toolstack part, on top of xen-public's own copy of the stable header
 * only: another copy, included first, brings its own. */
#ifdef XEN_PUBLIC_SCHED_H
#include "xen.h"
#include "event_channel.h"

/** @defgroup hdr_unstable_sched_h unstable/sched.h
 *  @ingroup xen_unstable */

/** @defgroup unstable_sched_h_handles 64-bit guest handles of sched.h
 *  @ingroup hdr_unstable_sched_h
 *  One XEN_DEFINE_GUEST_HANDLE_64() per handle of sched.h.
 *  @{ */

XEN_DEFINE_GUEST_HANDLE_64(sched_shutdown_t, sched_shutdown_t)
XEN_DEFINE_GUEST_HANDLE_64(sched_poll_t, sched_poll_t)
XEN_DEFINE_GUEST_HANDLE_64(sched_remote_shutdown_t, sched_remote_shutdown_t)
XEN_DEFINE_GUEST_HANDLE_64(sched_watchdog_t, sched_watchdog_t)
XEN_DEFINE_GUEST_HANDLE_64(sched_pin_override_t, sched_pin_override_t)

/** @} */

#endif /* XEN_PUBLIC_SCHED_H */

#endif /* XEN_PUBLIC_UNSTABLE_SCHED_H */
