/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Toolstack-only complement of callback.h: the 64-bit guest
 *        handles of its types.
 *
 * A 32-bit x86 toolstack that drives a 64-bit hypervisor needs, for every
 * guest handle, a variant that occupies 64 bits whatever its own word size
 * (XEN_GUEST_HANDLE_64(), unstable/xen.h). This header declares those
 * variants, `__guest_handle_64_<name>` and
 * `__guest_handle_64_const_<name>`, for each handle that callback.h
 * defines. They only need declarations of their own on 32-bit x86;
 * elsewhere XEN_GUEST_HANDLE_64() names handle types that already exist,
 * and this header adds nothing.
 *
 * As in callback.h, the handles of callback_register_t exist only where
 * the architecture defines `xen_callback_t` (not on RISC-V and PowerPC).
 *
 * Stability: unstable (part of the toolstack interface, whose layout may
 * change between Xen releases). Callers: 32-bit toolstack libraries.
 */
#ifndef XEN_PUBLIC_UNSTABLE_CALLBACK_H
#define XEN_PUBLIC_UNSTABLE_CALLBACK_H

/*
 * Reaching an unstable header makes this a toolstack build: unless the
 * consumer named an interface version, it gets the newest, as upstream gives
 * __XEN_TOOLS__ builds (xen-compat.h holds the number).
 */
#ifndef __XEN_INTERFACE_VERSION__
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#endif

#include "../callback.h"
/* The toolstack part, on top of xen-public's own copy of the stable header
 * only: another copy, included first, brings its own. */
#ifdef XEN_PUBLIC_CALLBACK_H
#include "xen.h"

/** @defgroup hdr_unstable_callback_h unstable/callback.h
 *  @ingroup xen_unstable */

/** @defgroup unstable_callback_h_handles 64-bit guest handles of callback.h
 *  @ingroup hdr_unstable_callback_h
 *  One XEN_DEFINE_GUEST_HANDLE_64() per handle of callback.h.
 *  @{ */

#if !defined(__riscv) && !defined(__powerpc64__)
XEN_DEFINE_GUEST_HANDLE_64(callback_register_t, callback_register_t)
#endif
XEN_DEFINE_GUEST_HANDLE_64(callback_unregister_t, callback_unregister_t)

/** @} */

#endif /* XEN_PUBLIC_CALLBACK_H */

#endif /* XEN_PUBLIC_UNSTABLE_CALLBACK_H */
