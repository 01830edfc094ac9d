/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Toolstack-only complement of event_channel.h: the 64-bit guest
 *        handles of its types.
 *
 * A 32-bit x86 toolstack that drives a 64-bit hypervisor needs, for every
 * guest handle, a variant that occupies 64 bits whatever its own word size
 * (XEN_GUEST_HANDLE_64(), unstable/xen.h). This header declares those
 * variants, `__guest_handle_64_<name>` and
 * `__guest_handle_64_const_<name>`, for each handle that event_channel.h
 * defines. They only need declarations of their own on 32-bit x86;
 * elsewhere XEN_GUEST_HANDLE_64() names handle types that already exist,
 * and this header adds nothing.
 *
 * Stability: unstable (part of the toolstack interface, whose layout may
 * change between Xen releases). Callers: 32-bit toolstack libraries.
 */
#ifndef XEN_PUBLIC_UNSTABLE_EVENT_CHANNEL_H
#define XEN_PUBLIC_UNSTABLE_EVENT_CHANNEL_H

/*
 * Reaching an unstable header makes this a toolstack build: unless the
 * consumer named an interface version, it gets the newest, as upstream gives
 * __XEN_TOOLS__ builds (xen-compat.h holds the number).
 */
#ifndef __XEN_INTERFACE_VERSION__
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#endif

#include "../event_channel.h"
/* The toolstack part, on top of xen-public's own copy of the stable header
 * only: another copy, included first, brings its own. */
#ifdef XEN_PUBLIC_EVENT_CHANNEL_H
#include "xen.h"

/** @defgroup hdr_unstable_event_channel_h unstable/event_channel.h
 *  @ingroup xen_unstable */

/** @defgroup unstable_event_channel_h_handles 64-bit guest handles of event_channel.h
 *  @ingroup hdr_unstable_event_channel_h
 *  One XEN_DEFINE_GUEST_HANDLE_64() per handle of event_channel.h.
 *  @{ */

XEN_DEFINE_GUEST_HANDLE_64(evtchn_port_t, evtchn_port_t)
XEN_DEFINE_GUEST_HANDLE_64(evtchn_op_t, evtchn_op_t)

/** @} */

#endif /* XEN_PUBLIC_EVENT_CHANNEL_H */

#endif /* XEN_PUBLIC_UNSTABLE_EVENT_CHANNEL_H */
