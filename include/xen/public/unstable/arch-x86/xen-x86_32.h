/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Toolstack-only additions for 32-bit x86: 64-bit guest handles.
 *
 * The control interfaces (domctl, sysctl and the like) must have a single
 * layout whether the toolstack runs as a 32-bit or a 64-bit program, so
 * that one hypervisor serves both. Two things differ on i386: a 64-bit
 * integer is only 4-byte aligned in a 32-bit struct, and a guest handle is
 * only 4 bytes. The first is settled by the stable xen-x86_32.h, whose
 * `int64_aligned_t` and `uint64_aligned_t` these interfaces use; for the
 * second this header provides, for every handle, a 64-bit variant whose
 * pointer occupies the low half of an 8-byte field.
 *
 * Stability: unstable (follows XEN_DOMCTL_INTERFACE_VERSION and
 * XEN_SYSCTL_INTERFACE_VERSION; may change between Xen releases).
 * Callers: 32-bit toolstack libraries; normally through unstable/xen.h.
 */
#ifndef XEN_PUBLIC_UNSTABLE_ARCH_X86_XEN_X86_32_H
#define XEN_PUBLIC_UNSTABLE_ARCH_X86_XEN_X86_32_H

/*
 * Reaching an unstable header makes this a toolstack build: unless the
 * consumer named an interface version, it gets the newest, as upstream gives
 * __XEN_TOOLS__ builds (xen-compat.h holds the number).
 */
#ifndef __XEN_INTERFACE_VERSION__
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#endif
#include "../../xen-compat.h"

#if !defined(__i386__)
#error "xen-public: unstable/arch-x86/xen-x86_32.h is for i386; include unstable/xen.h"
#endif

#include "../../arch-x86/xen-x86_32.h"
/* The toolstack part, on top of xen-public's own copy of the stable header
 * only: another copy, included first, brings its own. */
#ifdef XEN_PUBLIC_ARCH_X86_XEN_X86_32_H

/** @defgroup hdr_unstable_arch_x86_xen_x86_32_h unstable/arch-x86/xen-x86_32.h
 *  @ingroup xen_unstable */

/** @defgroup unstable_arch_x86_32_handles 64-bit guest handles
 *  @ingroup hdr_unstable_arch_x86_xen_x86_32_h
 *  A 64-bit handle is 8 bytes and 8-byte aligned: a union of the native
 *  pointer `p` with the 64-bit field `q`. A 32-bit caller must clear the
 *  upper half, which set_xen_guest_handle() does here for any handle.
 *  @{ */

/** The 64-bit handle type for `name`, spelt without further expansion. */
#define __XEN_GUEST_HANDLE_64(name) __guest_handle_64_ ## name
/** The 64-bit handle type for `name`, as a field of a control structure. */
#define XEN_GUEST_HANDLE_64(name) __XEN_GUEST_HANDLE_64(name)

/**
 * Declare the 64-bit handle types `__guest_handle_64_<name>` to `type` and
 * `__guest_handle_64_const_<name>` to `const type`, next to the native
 * ones that DEFINE_XEN_GUEST_HANDLE() declares. Write no semicolon after
 * it: the expansion is complete declarations.
 */
#define XEN_DEFINE_GUEST_HANDLE_64(name, type) \
    XEN_EXTENSIONS_BEGIN \
    typedef struct { union { type *p; uint64_aligned_t q; }; } \
        __guest_handle_64_ ## name; \
    typedef struct { union { const type *p; uint64_aligned_t q; }; } \
        __guest_handle_64_const_ ## name; \
    XEN_EXTENSIONS_END

/*
 * Zero the whole handle before storing the pointer, so that the upper half
 * of a 64-bit handle reads as zero; byte stores keep it free of aliasing
 * problems, and the same macro serves native handles.
 */
#undef set_xen_guest_handle_raw
/** Store the pointer `val` in the handle `hnd` (native or 64-bit), zeroing the rest. */
#define set_xen_guest_handle_raw(hnd, val) \
    do { \
        unsigned int xen_byte_; \
        for (xen_byte_ = 0; xen_byte_ < sizeof(hnd); xen_byte_++) \
            ((unsigned char *)&(hnd))[xen_byte_] = 0; \
        (hnd).p = (val); \
    } while (0)

/** @} */

#endif /* XEN_PUBLIC_ARCH_X86_XEN_X86_32_H */

#endif /* XEN_PUBLIC_UNSTABLE_ARCH_X86_XEN_X86_32_H */
