/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief The 64-bit PowerPC flavour of the guest ABI: widths of the shared
 *        scalar types, guest handles, vCPU register state and the
 *        architecture parts of shared_info and vcpu_info.
 *
 * Xen's PowerPC port targets 64-bit POWER hosts and is still being brought
 * up; its interface follows the Arm model (64-bit frame numbers and machine
 * words, 8-byte guest handles in memory), and its register block is the one
 * the original Xen/PowerPC port used. The vCPU context is meant for the
 * control domain, which reads and sets it through the domctls.
 *
 * Assembly sources may include this header: under `__ASSEMBLER__` only the
 * macros remain.
 *
 * Stability: stable. Callers: reached through xen.h by 64-bit PowerPC guest
 * kernels and the toolstack; the toolstack-only helper is in
 * unstable/arch-ppc.h.
 */
#ifndef __XEN_PUBLIC_ARCH_PPC_H__
#define __XEN_PUBLIC_ARCH_PPC_H__
/* Marks this copy as xen-public's: unstable/arch-ppc.h adds its toolstack part
 * only then (another copy of the header, included first, has its own). */
#define XEN_PUBLIC_ARCH_PPC_H

#ifndef __powerpc64__
#error "xen-public: arch-ppc.h is for 64-bit PowerPC only; include xen.h, which picks the right one"
#endif

#include "xen-public-base.h"

/** @defgroup hdr_arch_ppc_h arch-ppc.h
 *  @ingroup xen_arch */

/** @defgroup arch_ppc_types PowerPC scalar types
 *  @ingroup hdr_arch_ppc_h
 *  Widths of the scalar types the generic headers are built on.
 *  @{ */

#ifdef __GNUC__
/** Signed 64-bit integer that is 8-byte aligned in every guest ABI. */
#define  int64_aligned_t  int64_t __attribute__((__aligned__(8)))
/** Unsigned 64-bit integer that is 8-byte aligned in every guest ABI. */
#define uint64_aligned_t uint64_t __attribute__((__aligned__(8)))
#else
/*
 * The 64-bit PowerPC ELF ABIs align 64-bit integers to 8 bytes, so the
 * plain types already have the layout the ABI needs.
 */
#define  int64_aligned_t  int64_t
#define uint64_aligned_t uint64_t
#endif

#ifndef __ASSEMBLER__

/** Guest frame number (in 4 KiB units). */
typedef uint64_t xen_pfn_t;

/** Machine-word-sized value in shared structures (event bitmaps, generic
 *  hypercall fields): 64 bits. */
typedef uint64_t xen_ulong_t;

/** Time-base register value (the PowerPC counterpart of the x86 TSC), in
 *  time-base ticks. */
typedef uint64_t tsc_timestamp_t;

#endif /* !__ASSEMBLER__ */

/* 64-bit PowerPC is LP64: uint64_t is unsigned long. */
/** printf conversion (hex) for a #xen_pfn_t. */
#define PRI_xen_pfn   "lx"
/** printf conversion (decimal) for a #xen_pfn_t. */
#define PRIu_xen_pfn  "lu"
/** printf conversion (hex) for a #xen_ulong_t. */
#define PRI_xen_ulong "lx"

/**
 * Number of vcpu_info slots inside shared_info: one, for vCPU 0. Every
 * other vCPU needs VCPUOP_register_vcpu_info.
 */
#define XEN_LEGACY_MAX_VCPUS 1

/** @} */

#ifndef __ASSEMBLER__

/** @defgroup arch_ppc_handles PowerPC guest handles
 *  @ingroup hdr_arch_ppc_h
 *  How a pointer into guest memory is passed to Xen: 8 bytes, 8-byte
 *  aligned, both inside structures (XEN_GUEST_HANDLE()) and as a direct
 *  hypercall argument (XEN_GUEST_HANDLE_PARAM()).
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
 * Store pointer @p val in handle @p hnd, clearing the whole handle first.
 * @p hnd is evaluated once.
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

/** @defgroup arch_ppc_regs PowerPC vCPU register state
 *  @ingroup hdr_arch_ppc_h
 *  The register file of one vCPU as the control domain reads and sets it.
 *  @{ */

/** Problem-state and interrupt-state registers of a vCPU, 352 bytes. */
struct vcpu_guest_core_regs
{
    uint64_t gprs[32];       /**< General-purpose registers r0 to r31. */
    uint64_t lr;             /**< Link register. */
    uint64_t ctr;            /**< Count register. */
    uint64_t srr0;           /**< Save/restore register 0: address an interrupt returns to. */
    uint64_t srr1;           /**< Save/restore register 1: MSR saved by an interrupt. */
    uint64_t pc;             /**< Address of the next instruction. */
    uint64_t msr;            /**< Machine state register. */
    uint64_t fpscr;          /**< Floating-point status and control register. */
    uint64_t xer;            /**< Fixed-point exception register. */
    uint64_t hid4;           /**< Implementation-specific HID4; for debugging only. */
    uint64_t dar;            /**< Data address register (faulting address); for debugging only. */
    uint32_t dsisr;          /**< Data storage interrupt status; for debugging only. */
    uint32_t cr;             /**< Condition register. */
    uint32_t __pad;          /**< Reserved: write zero. */
    /** Interrupt vector of the vCPU's last entry into Xen; informational. */
    uint32_t entry_vector;
};
typedef struct vcpu_guest_core_regs vcpu_guest_core_regs_t;

/** Complete state of one vCPU as the domctls exchange it, 360 bytes. */
struct vcpu_guest_context {
    vcpu_guest_core_regs_t user_regs;  /**< IN/OUT: the vCPU's registers. */
    uint64_t sdr1;                     /**< IN/OUT: SDR1, base and size of the hashed page table. */
};
typedef struct vcpu_guest_context vcpu_guest_context_t;
DEFINE_XEN_GUEST_HANDLE(vcpu_guest_context_t);

/** @} */

/** @defgroup arch_ppc_shared PowerPC parts of the shared pages and domain setup
 *  @ingroup hdr_arch_ppc_h
 *  The architecture blocks embedded in shared_info, vcpu_info and the
 *  domain-creation request. Empty ones take no space in C (an empty
 *  structure is a GNU C extension, so a GNU-compatible C compiler is
 *  needed). In C++ they keep size 0 too (see XEN_EMPTY_STRUCT_BODY), so the
 *  structures embedding them have the same layout in both languages.
 *  @{ */

/** PowerPC part of struct shared_info, 8 bytes. */
struct arch_shared_info {
    uint64_t boot_timebase;  /**< OUT: time-base value (ticks) when Xen booted. */
};

XEN_EXTENSIONS_BEGIN
/** PowerPC part of struct vcpu_info: empty, size 0. */
struct arch_vcpu_info {
    XEN_EMPTY_STRUCT_BODY
};

/** PowerPC settings of a new domain (XEN_DOMCTL_createdomain): none yet,
 *  size 0. */
struct xen_arch_domainconfig {
    XEN_EMPTY_STRUCT_BODY
};
XEN_EXTENSIONS_END

/** @} */

/** @defgroup arch_ppc_pmu PowerPC PMU state
 *  @ingroup hdr_arch_ppc_h
 *  Xen offers no virtual PMU interface on PowerPC; the type exists so the
 *  generic pmu.h compiles.
 *  @{ */

/** Placeholder architecture PMU block, 1 byte. */
typedef struct xen_pmu_arch {
    uint8_t dummy; /**< Reserved: write zero. */
} xen_pmu_arch_t;

/** @} */

#endif /* !__ASSEMBLER__ */

#endif /* __XEN_PUBLIC_ARCH_PPC_H__ */
