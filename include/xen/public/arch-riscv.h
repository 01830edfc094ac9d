/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief The RISC-V flavour of the guest ABI: widths of the shared scalar
 *        types, guest handles, and the (empty) architecture parts of
 *        shared_info and vcpu_info.
 *
 * Xen's RISC-V port is still being brought up and its guest interface
 * borrows the Arm model: the shared structures use the same layout for
 * 32-bit and 64-bit guests, with 64-bit frame numbers and machine words and
 * 8-byte guest handles in memory. Nothing architecture-specific is shared
 * with Xen yet, so the architecture blocks of shared_info and vcpu_info are
 * empty.
 *
 * Assembly sources may include this header: under `__ASSEMBLER__` only the
 * macros remain.
 *
 * Stability: stable. Callers: reached through xen.h by RISC-V guest kernels
 * and firmware; the toolstack-only parts are in unstable/arch-riscv.h.
 */
#ifndef __XEN_PUBLIC_ARCH_RISCV_H__
#define __XEN_PUBLIC_ARCH_RISCV_H__
/* Marks this copy as xen-public's: unstable/arch-riscv.h adds its toolstack part
 * only then (another copy of the header, included first, has its own). */
#define XEN_PUBLIC_ARCH_RISCV_H

#ifndef __riscv
#error "xen-public: arch-riscv.h is for RISC-V only; include xen.h, which picks the right one"
#endif

#include "xen-public-base.h"

/** @defgroup hdr_arch_riscv_h arch-riscv.h
 *  @ingroup xen_arch */

/** @defgroup arch_riscv_types RISC-V scalar types
 *  @ingroup hdr_arch_riscv_h
 *  Widths of the scalar types the generic headers are built on; the same
 *  for 32-bit and 64-bit guests.
 *  @{ */

#ifdef __GNUC__
/** Signed 64-bit integer that is 8-byte aligned in every guest ABI. */
#define  int64_aligned_t  int64_t __attribute__((__aligned__(8)))
/** Unsigned 64-bit integer that is 8-byte aligned in every guest ABI. */
#define uint64_aligned_t uint64_t __attribute__((__aligned__(8)))
#else
/*
 * The RISC-V psABI aligns 64-bit integers to 8 bytes for RV32 and RV64
 * alike, so the plain types already have the layout the ABI needs.
 */
#define  int64_aligned_t  int64_t
#define uint64_aligned_t uint64_t
#endif

#ifndef __ASSEMBLER__

/** Guest frame number (in 4 KiB units); 64 bits for every guest width. */
typedef uint64_t xen_pfn_t;

/**
 * Machine-word-sized value in shared structures (event bitmaps, generic
 * hypercall fields); always 64 bits so every guest width shares one layout.
 */
typedef uint64_t xen_ulong_t;

#endif /* !__ASSEMBLER__ */

#if defined(__LP64__) || defined(_LP64)
/** printf conversion (hex) for a #xen_pfn_t; `uint64_t` is `long` here. */
#define PRI_xen_pfn   "lx"
/** printf conversion (decimal) for a #xen_pfn_t. */
#define PRIu_xen_pfn  "lu"
/** printf conversion (hex) for a #xen_ulong_t. */
#define PRI_xen_ulong "lx"
#else
/** printf conversion (hex) for a #xen_pfn_t; `uint64_t` is `long long` here. */
#define PRI_xen_pfn   "llx"
/** printf conversion (decimal) for a #xen_pfn_t. */
#define PRIu_xen_pfn  "llu"
/** printf conversion (hex) for a #xen_ulong_t. */
#define PRI_xen_ulong "llx"
#endif

/**
 * Number of vcpu_info slots inside shared_info: one, for vCPU 0. Every
 * other vCPU needs VCPUOP_register_vcpu_info.
 */
#define XEN_LEGACY_MAX_VCPUS 1

/** @} */

#ifndef __ASSEMBLER__

/** @defgroup arch_riscv_handles RISC-V guest handles
 *  @ingroup hdr_arch_riscv_h
 *  How a pointer into guest memory is passed to Xen. Inside a structure a
 *  handle (XEN_GUEST_HANDLE()) always takes 8 bytes with 8-byte alignment;
 *  on RV32 the pointer sits in the low half and the upper half must be zero.
 *  As a direct hypercall argument (XEN_GUEST_HANDLE_PARAM()) it is one
 *  register: 4 bytes on RV32, 8 on RV64.
 *  @{ */

/**
 * Declare the two handle unions for pointers to @p type: the register-sized
 * `__guest_handle_<name>` and the 8-byte `__guest_handle_64_<name>`.
 */
#define ___DEFINE_XEN_GUEST_HANDLE(name, type)                  \
    typedef union { type *p; unsigned long q; }                 \
        __guest_handle_ ## name;                                \
    typedef union { type *p; uint64_aligned_t q; }              \
        __guest_handle_64_ ## name

/** Declare the handles for @p type under @p name and for `const` @p type
 *  under `const_<name>`. */
#define __DEFINE_XEN_GUEST_HANDLE(name, type) \
    ___DEFINE_XEN_GUEST_HANDLE(name, type);   \
    ___DEFINE_XEN_GUEST_HANDLE(const_##name, const type)
/** Declare the handles for the type named @p name (usually a `_t` typedef). */
#define DEFINE_XEN_GUEST_HANDLE(name)   __DEFINE_XEN_GUEST_HANDLE(name, name)
/** Type of an in-memory handle to @p name, without further expansion. */
#define __XEN_GUEST_HANDLE(name)        __guest_handle_64_ ## name
/** Type of a handle to @p name as a structure member: 8 bytes, 8-aligned. */
#define XEN_GUEST_HANDLE(name)          __XEN_GUEST_HANDLE(name)
/** Type of a handle to @p name passed directly in a hypercall register. */
#define XEN_GUEST_HANDLE_PARAM(name)    __guest_handle_ ## name

#ifdef __GNUC__
/**
 * Store pointer @p val in handle @p hnd, clearing the upper half first so a
 * 32-bit guest never hands Xen stale high bits. @p hnd is evaluated once.
 */
#define set_xen_guest_handle_raw(hnd, val)                  \
    do {                                                    \
        __typeof__(&(hnd)) xen_sxghr_tmp_ = &(hnd);         \
        xen_sxghr_tmp_->q = 0;                              \
        xen_sxghr_tmp_->p = (val);                          \
    } while (0)
#else
/* Without __typeof__ the handle expression is evaluated twice. */
#define set_xen_guest_handle_raw(hnd, val)                  \
    do {                                                    \
        (hnd).q = 0;                                        \
        (hnd).p = (val);                                    \
    } while (0)
#endif
/** Store pointer @p val in handle @p hnd (see set_xen_guest_handle_raw()). */
#define set_xen_guest_handle(hnd, val) set_xen_guest_handle_raw(hnd, val)

/** @} */

/** @defgroup arch_riscv_shared RISC-V parts of the shared pages
 *  @ingroup hdr_arch_riscv_h
 *  The architecture blocks embedded in vcpu_info and shared_info. Both are
 *  empty for now and take no space in C (an empty structure is a GNU C
 *  extension, so a GNU-compatible C compiler is needed); members may be
 *  added in later interface versions.
 *  In C++ they keep size 0 too (see XEN_EMPTY_STRUCT_BODY), so vcpu_info
 *  and shared_info have the same layout in both languages.
 *  @{ */

XEN_EXTENSIONS_BEGIN
/** RISC-V part of struct vcpu_info: empty, size 0. */
struct arch_vcpu_info {
    XEN_EMPTY_STRUCT_BODY
};
/** RISC-V part of struct shared_info: empty, size 0. */
struct arch_shared_info {
    XEN_EMPTY_STRUCT_BODY
};
XEN_EXTENSIONS_END
typedef struct arch_vcpu_info arch_vcpu_info_t;
typedef struct arch_shared_info arch_shared_info_t;

/** @} */

/** @defgroup arch_riscv_pmu RISC-V PMU state
 *  @ingroup hdr_arch_riscv_h
 *  Xen offers no virtual PMU interface on RISC-V; the type exists so the
 *  generic pmu.h compiles.
 *  @{ */

/** Placeholder architecture PMU block, 1 byte. */
typedef struct xen_pmu_arch {
    uint8_t dummy; /**< Reserved: write zero; ignore on read. */
} xen_pmu_arch_t;

/** @} */

#endif /* !__ASSEMBLER__ */

#endif /* __XEN_PUBLIC_ARCH_RISCV_H__ */
