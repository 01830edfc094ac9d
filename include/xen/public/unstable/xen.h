/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Toolstack-only complement of xen.h: 64-bit-wide guest handles,
 *        64-bit-aligned integer types and the CPU/node bitmap argument.
 *
 * The domctl and sysctl interfaces (and the toolstack-only parts of other
 * headers) must have one layout for 32- and 64-bit callers, because a
 * 32-bit toolstack may drive a 64-bit hypervisor. This header supplies the
 * pieces they are built from:
 *
 * - `int64_aligned_t` and `uint64_aligned_t`: 64-bit integers that are
 *   8-byte aligned even where the C ABI aligns them on 4 bytes (x86-32);
 * - `XEN_GUEST_HANDLE_64(name)`: a guest handle that occupies 64 bits on
 *   every architecture, with the `__guest_handle_64_*` types behind it
 *   declared for every handle xen.h defines;
 * - `struct xenctl_bitmap`: a bitmap of CPUs or nodes passed by handle.
 *
 * It first includes xen.h and the toolstack part of the architecture
 * header, which may already provide the types above (x86-32 does); what is
 * still missing then gets its plain definition here.
 *
 * Stability: unstable. These layouts follow the domctl/sysctl interface
 * versions and may change between hypervisor releases. Callers: the
 * toolstack (libxc, libxl), and headers of this package that describe
 * toolstack-only interfaces.
 */
#ifndef XEN_PUBLIC_UNSTABLE_XEN_H
#define XEN_PUBLIC_UNSTABLE_XEN_H

/*
 * Reaching an unstable header makes this a toolstack build: unless the
 * consumer named an interface version, it gets the newest, as upstream gives
 * __XEN_TOOLS__ builds (xen-compat.h holds the number).
 */
#ifndef __XEN_INTERFACE_VERSION__
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#endif

#include "../xen.h"

#if defined(__i386__) || defined(__x86_64__)
#include "arch-x86/xen.h"
#elif defined(__arm__) || defined(__aarch64__)
#include "arch-arm.h"
#elif defined(__powerpc64__)
#include "arch-ppc.h"
#elif defined(__riscv)
#include "arch-riscv.h"
#endif

/** @defgroup hdr_unstable_xen_h unstable/xen.h
 *  @ingroup xen_unstable */

/** @defgroup unstable_xen_h_types 64-bit-wide toolstack types
 *  @ingroup hdr_unstable_xen_h
 *  Types whose size and alignment do not depend on the caller's word size.
 *  @{ */

#ifndef int64_aligned_t
/** Signed 64-bit integer aligned on 8 bytes (the architecture header
 *  overrides it where `int64_t` is less aligned). */
#define int64_aligned_t int64_t
#endif
#ifndef uint64_aligned_t
/** Unsigned 64-bit integer aligned on 8 bytes (the architecture header
 *  overrides it where `uint64_t` is less aligned). */
#define uint64_aligned_t uint64_t
#endif
#ifndef XEN_GUEST_HANDLE_64
/** Guest handle of type @p name that occupies 64 bits whatever the
 *  caller's word size. Where XEN_GUEST_HANDLE already has that size (all
 *  64-bit architectures, and Arm and RISC-V in general), it is the same
 *  type. */
#define XEN_GUEST_HANDLE_64(name) XEN_GUEST_HANDLE(name)
#endif
#ifndef XEN_DEFINE_GUEST_HANDLE_64
/**
 * Declare the `__guest_handle_64_` types behind XEN_GUEST_HANDLE_64(@p name)
 * and its `const_` counterpart, for a handle that the stable headers
 * declare with `__DEFINE_XEN_GUEST_HANDLE(name, type)`. Write it without a
 * trailing semicolon. It expands to nothing where XEN_GUEST_HANDLE_64
 * needs no types of its own; an architecture that does need them (x86-32)
 * defines it first.
 */
#define XEN_DEFINE_GUEST_HANDLE_64(name, type)
#endif

/** @} */

/* The toolstack part, on top of xen-public's own copy of the stable header
 * only: another copy, included first, brings its own. */
#ifdef XEN_PUBLIC_XEN_H
#ifndef __ASSEMBLER__

XEN_DEFINE_GUEST_HANDLE_64(char, char)
XEN_DEFINE_GUEST_HANDLE_64(uchar, unsigned char)
XEN_DEFINE_GUEST_HANDLE_64(int, int)
XEN_DEFINE_GUEST_HANDLE_64(uint, unsigned int)
#if __XEN_INTERFACE_VERSION__ < 0x00040300
XEN_DEFINE_GUEST_HANDLE_64(long, long)
XEN_DEFINE_GUEST_HANDLE_64(ulong, unsigned long)
#endif
XEN_DEFINE_GUEST_HANDLE_64(void, void)
XEN_DEFINE_GUEST_HANDLE_64(uint64_t, uint64_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_pfn_t, xen_pfn_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_ulong_t, xen_ulong_t)
XEN_DEFINE_GUEST_HANDLE_64(mmu_update_t, mmu_update_t)
XEN_DEFINE_GUEST_HANDLE_64(mmuext_op_t, mmuext_op_t)
XEN_DEFINE_GUEST_HANDLE_64(multicall_entry_t, multicall_entry_t)
#ifndef XEN_HAVE_XENCTL_BITMAP
XEN_DEFINE_GUEST_HANDLE_64(uint8, uint8_t)
#endif
XEN_DEFINE_GUEST_HANDLE_64(uint16, uint16_t)
XEN_DEFINE_GUEST_HANDLE_64(uint32, uint32_t)
XEN_DEFINE_GUEST_HANDLE_64(uint64, uint64_t)

/** @defgroup unstable_xen_h_bitmap Bitmap argument
 *  @ingroup hdr_unstable_xen_h
 *  @{ */

/*
 * arch-x86/xen-mca.h supplies the same definition (struct xen_mc, a guest
 * structure, embeds one) when it is included first; it then defines
 * XEN_HAVE_XENCTL_BITMAP.
 */
#ifndef XEN_HAVE_XENCTL_BITMAP
/** Defined once struct xenctl_bitmap and xenctl_bitmap_t exist. */
#define XEN_HAVE_XENCTL_BITMAP 1
/**
 * A bitmap of CPUs or NUMA nodes exchanged with domctl/sysctl operations.
 * Bit N of byte B stands for item 8 * B + N. When the hypervisor returns
 * one, it fills the whole buffer, with zeroes past the items it knows of.
 * When it reads one, it ignores bits from `nr_bits` on and bits past the
 * items it knows of.
 */
struct xenctl_bitmap {
    /** IN: buffer of (nr_bits + 7) / 8 bytes holding the bitmap (read or
     *  written depending on the operation). */
    XEN_GUEST_HANDLE_64(uint8) bitmap;
    uint32_t nr_bits;                  /**< IN: number of bits the buffer holds. */
};
typedef struct xenctl_bitmap xenctl_bitmap_t;
#endif /* !XEN_HAVE_XENCTL_BITMAP */

/** @} */

#endif /* !__ASSEMBLER__ */

#endif /* XEN_PUBLIC_XEN_H */

#endif /* XEN_PUBLIC_UNSTABLE_XEN_H */
