/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Toolstack-only complement of vcpu.h: the 64-bit guest handles
 *        of its types.
 *
 * A 32-bit x86 toolstack that drives a 64-bit hypervisor needs, for every
 * guest handle, a variant that occupies 64 bits whatever its own word size
 * (XEN_GUEST_HANDLE_64(), unstable/xen.h). This header declares those
 * variants, `__guest_handle_64_<name>` and
 * `__guest_handle_64_const_<name>`, for each handle that vcpu.h defines.
 * They only need declarations of their own on 32-bit x86; elsewhere
 * XEN_GUEST_HANDLE_64() names handle types that already exist, and this
 * header adds nothing.
 *
 * Stability: unstable (part of the toolstack interface, whose layout may
 * change between Xen releases). Callers: 32-bit toolstack libraries.
 */
#ifndef XEN_PUBLIC_UNSTABLE_VCPU_H
#define XEN_PUBLIC_UNSTABLE_VCPU_H

/*
 * Reaching an unstable header makes this a toolstack build: unless the
 * consumer named an interface version, it gets the newest, as upstream gives
 * __XEN_TOOLS__ builds (xen-compat.h holds the number).
 */
#ifndef __XEN_INTERFACE_VERSION__
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#endif

#include "../vcpu.h"
/* The toolstack part, on top of xen-public's own copy of the stable header
 * only: another copy, included first, brings its own. */
#ifdef XEN_PUBLIC_VCPU_H
#include "xen.h"

/** @defgroup hdr_unstable_vcpu_h unstable/vcpu.h
 *  @ingroup xen_unstable */

/** @defgroup unstable_vcpu_h_handles 64-bit guest handles of vcpu.h
 *  @ingroup hdr_unstable_vcpu_h
 *  One XEN_DEFINE_GUEST_HANDLE_64() per handle of vcpu.h.
 *  @{ */

XEN_DEFINE_GUEST_HANDLE_64(vcpu_runstate_info_t, vcpu_runstate_info_t)
XEN_DEFINE_GUEST_HANDLE_64(vcpu_register_runstate_memory_area_t,
                           vcpu_register_runstate_memory_area_t)
XEN_DEFINE_GUEST_HANDLE_64(vcpu_set_periodic_timer_t, vcpu_set_periodic_timer_t)
XEN_DEFINE_GUEST_HANDLE_64(vcpu_set_singleshot_timer_t, vcpu_set_singleshot_timer_t)
XEN_DEFINE_GUEST_HANDLE_64(vcpu_register_vcpu_info_t, vcpu_register_vcpu_info_t)
XEN_DEFINE_GUEST_HANDLE_64(vcpu_get_physid_t, vcpu_get_physid_t)
XEN_DEFINE_GUEST_HANDLE_64(vcpu_time_info_t, vcpu_time_info_t)
XEN_DEFINE_GUEST_HANDLE_64(vcpu_register_time_memory_area_t, vcpu_register_time_memory_area_t)

/** @} */

#endif /* XEN_PUBLIC_VCPU_H */

#endif /* XEN_PUBLIC_UNSTABLE_VCPU_H */
