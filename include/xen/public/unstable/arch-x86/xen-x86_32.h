/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Toolstack-only additions for 32-bit x86: 64-bit guest handles and
 *        8-byte aligned 64-bit integers.
 *
 * The control interfaces (domctl, sysctl and the like) must have a single
 * layout whether the toolstack runs as a 32-bit or a 64-bit program, so
 * that one hypervisor serves both. Two things differ on i386 and are fixed
 * here: a 64-bit integer is only 4-byte aligned in a 32-bit struct, and a
 * guest handle is only 4 bytes. This header provides 8-byte aligned
 * integer types and, for every handle, a 64-bit variant whose pointer
 * occupies the low half of an 8-byte field.
 *
 * Stability: unstable (follows XEN_DOMCTL_INTERFACE_VERSION and
 * XEN_SYSCTL_INTERFACE_VERSION; may change between Xen releases).
 * Callers: 32-bit toolstack libraries; normally through unstable/xen.h.
 */
#ifndef XEN_PUBLIC_UNSTABLE_ARCH_X86_XEN_X86_32_H
#define XEN_PUBLIC_UNSTABLE_ARCH_X86_XEN_X86_32_H

#if !defined(__i386__)
#error "xen-public: xen/public/unstable/arch-x86/xen-x86_32.h describes 32-bit x86 (i386) only; include xen/public/unstable/xen.h, which picks the header for the target architecture"
#endif

#include "../../arch-x86/xen-x86_32.h"

/** @defgroup unstable_arch_x86_32_aligned 8-byte aligned 64-bit integers
 *  Control structures declare their 64-bit fields with these so that they
 *  sit at the same offsets as in a 64-bit build. A stable header may have
 *  supplied a plain (4-byte aligned) fallback for the same names; it is
 *  replaced, so that everything declared after this header has the
 *  toolstack layout.
 *  @{ */

#undef int64_aligned_t
#undef uint64_aligned_t
#if defined(__GNUC__)
/** A signed 64-bit integer with 8-byte alignment, usable as a type name. */
#define int64_aligned_t int64_t __attribute__((aligned(8)))
/** An unsigned 64-bit integer with 8-byte alignment, usable as a type name. */
#define uint64_aligned_t uint64_t __attribute__((aligned(8)))
#elif defined(__cplusplus) && __cplusplus >= 201103L
#define int64_aligned_t alignas(8) int64_t
#define uint64_aligned_t alignas(8) uint64_t
#elif defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
#define int64_aligned_t _Alignas(8) int64_t
#define uint64_aligned_t _Alignas(8) uint64_t
#else
#error "xen-public: the 32-bit x86 toolstack interface needs 8-byte aligned 64-bit fields; use a GNU-compatible compiler, C11 or C++11"
#endif

/** @} */

/** @defgroup unstable_arch_x86_32_handles 64-bit guest handles
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

#endif /* XEN_PUBLIC_UNSTABLE_ARCH_X86_XEN_X86_32_H */
