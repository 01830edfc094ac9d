/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief The Arm (AArch64 and AArch32) flavour of the guest ABI: how a
 *        hypercall is made, the width of the shared scalar types, guest
 *        handles, and the architecture parts of shared_info and vcpu_info.
 *
 * **Making a hypercall.** A guest traps into Xen with `HVC #XEN_HYPERCALL_TAG`.
 * The hypercall number travels in `x16` (AArch64 guests) or `r12` (AArch32
 * guests); the arguments, at most five, in `x0`..`x4` / `r0`..`r4`, whatever
 * the width of the hypervisor itself. The result comes back in `x0` / `r0`.
 * Xen may overwrite the number register and every argument register that
 * the particular call takes; no other register is changed. Both registers
 * are scratch (intra-procedure-call) registers in the Arm procedure call
 * standards, so no live value of the caller is lost.
 *
 * **Memory and layout.** Structures passed by pointer are little-endian and
 * laid out by AAPCS64; a 32-bit guest follows the AAPCS64 rules too wherever
 * they differ from AAPCS, so both kinds of guest share one layout (64-bit
 * fields are 8-byte aligned and guest handles are 8 bytes everywhere).
 * Addresses handed to Xen are guest physical addresses (stage-1 output,
 * the IPA) unless a call says otherwise. Every page shared with Xen or with
 * another domain (hypercall arguments, grant-mapped pages and rings,
 * shared_info, vcpu_info, the grant table) must be mapped Normal memory,
 * Inner and Outer Write-Back, Inner Shareable; any allocation hints may be
 * used.
 *
 * **Bringing up a guest.** There is no start_info on Arm; a guest learns
 * about Xen from the hypervisor node of its device tree (compatible
 * "xen,xen"), which names the interrupt used for event upcalls (a per-CPU
 * GIC PPI) and a free guest physical range suitable for the grant table.
 * - shared_info: XENMEM_add_to_physmap with XENMAPSPACE_shared_info.
 * - vcpu_info: VCPUOP_register_vcpu_info for every vCPU, vCPU 0 included
 *   (see #XEN_LEGACY_MAX_VCPUS).
 * - grant table: XENMEM_add_to_physmap with XENMAPSPACE_grant_table.
 * - xenstore and PV console: the page and event channel are HVM parameters
 *   (HVM_PARAM_STORE_PFN / _EVTCHN, HVM_PARAM_CONSOLE_PFN / _EVTCHN), read
 *   with HVMOP_get_param.
 *
 * **Hypercalls available on Arm.** Anything not listed is unimplemented.
 *
 * | Hypercall                   | What Arm offers |
 * |-----------------------------|-----------------|
 * | memory_op                   | every generic sub-op |
 * | domctl                      | every generic sub-op but XEN_DOMCTL_irq_permission |
 * | sched_op                    | every generic sub-op but SCHEDOP_block (use WFI) |
 * | console_io, xen_version     | every sub-op |
 * | event_channel_op            | every sub-op |
 * | physdev_op                  | PHYSDEVOP_pci_device_add, PHYSDEVOP_pci_device_remove |
 * | sysctl                      | every generic sub-op but three (below) |
 * | hvm_op                      | HVMOP_set_param, HVMOP_get_param, HVMOP_guest_request_vm_event |
 * | grant_table_op              | every sub-op |
 * | vcpu_op                     | VCPUOP_register_vcpu_info, VCPUOP_register_runstate_memory_area |
 * | argo_op, hypfs_op, xsm_op   | every sub-op |
 * | platform_op                 | XENPF_settime64 |
 * | vm_assist, multicall        | yes |
 * | dm_op                       | ioreq-server sub-ops, XEN_DMOP_set_irq_level, XEN_DMOP_nr_vcpus |
 *
 * The sysctl sub-ops Arm lacks are XEN_SYSCTL_page_offline_op,
 * XEN_SYSCTL_get_pmstat and XEN_SYSCTL_pm_op. The ioreq-server sub-ops of
 * dm_op are XEN_DMOP_create_ioreq_server, XEN_DMOP_get_ioreq_server_info,
 * XEN_DMOP_map_io_range_to_ioreq_server,
 * XEN_DMOP_unmap_io_range_from_ioreq_server,
 * XEN_DMOP_set_ioreq_server_state and XEN_DMOP_destroy_ioreq_server.
 *
 * Assembly sources may include this header: under `__ASSEMBLER__` only the
 * macros remain.
 *
 * Stability: stable. Callers: reached through xen.h by Arm guest kernels,
 * firmware and boot loaders; the toolstack's register and memory-map
 * definitions are in unstable/arch-arm.h.
 */
#ifndef __XEN_PUBLIC_ARCH_ARM_H__
#define __XEN_PUBLIC_ARCH_ARM_H__
/* Marks this copy as xen-public's: unstable/arch-arm.h adds its toolstack part
 * only then (another copy of the header, included first, has its own). */
#define XEN_PUBLIC_ARCH_ARM_H

#if !defined(__arm__) && !defined(__aarch64__)
#error "xen-public: arch-arm.h is for Arm only; include xen.h, which picks the right arch header"
#endif

#include "xen-public-base.h"

/** @defgroup hdr_arch_arm_h arch-arm.h
 *  @ingroup xen_arch */

/** @defgroup arch_arm_abi Arm hypercall entry
 *  @ingroup hdr_arch_arm_h
 *  The value that marks an HVC as a Xen hypercall (see the file overview for
 *  the register convention).
 *  @{ */

/** Immediate of the `HVC` instruction that enters Xen. */
#define XEN_HYPERCALL_TAG   0XEA1

/** @} */

/** @defgroup arch_arm_types Arm scalar types
 *  @ingroup hdr_arch_arm_h
 *  Widths of the scalar types the generic headers are built on. They are the
 *  same for AArch64 and AArch32 guests, so one structure layout serves both.
 *  @{ */

#ifdef __GNUC__
/** Signed 64-bit integer that is 8-byte aligned in every guest ABI. */
#define  int64_aligned_t  int64_t __attribute__((__aligned__(8)))
/** Unsigned 64-bit integer that is 8-byte aligned in every guest ABI. */
#define uint64_aligned_t uint64_t __attribute__((__aligned__(8)))
#else
/*
 * AAPCS and AAPCS64 both give 64-bit integers 8-byte alignment, so plain
 * types already have the layout the ABI needs; no attribute is required.
 */
#define  int64_aligned_t  int64_t
#define uint64_aligned_t uint64_t
#endif

#ifndef __ASSEMBLER__

/** Guest frame number (in 4 KiB units); 64 bits for both guest widths. */
typedef uint64_t xen_pfn_t;

/**
 * Machine-word-sized value in shared structures (event bitmaps, generic
 * hypercall fields). Always 64 bits on Arm so AArch32 and AArch64 guests
 * share one layout.
 */
typedef uint64_t xen_ulong_t;

/** Entry point of a guest callback (a guest virtual address). */
typedef uint64_t xen_callback_t;

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
 * Number of vcpu_info slots inside shared_info. Only vCPU 0 has one, and Arm
 * guests register a vcpu_info of their own for it as for every other vCPU.
 */
#define XEN_LEGACY_MAX_VCPUS 1

/** @} */

#ifndef __ASSEMBLER__

/** @defgroup arch_arm_handles Arm guest handles
 *  @ingroup hdr_arch_arm_h
 *  How a pointer into guest memory is passed to Xen. Inside a structure a
 *  handle (XEN_GUEST_HANDLE()) always takes 8 bytes with 8-byte alignment,
 *  so AArch32 and AArch64 guests share the layout; the pointer sits in the
 *  low half and the upper half must be zero. As a direct hypercall argument
 *  (XEN_GUEST_HANDLE_PARAM()) it is one register: 4 bytes on AArch32,
 *  8 on AArch64.
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
 * Store pointer @p val in handle @p hnd, clearing the upper half first so an
 * AArch32 guest never hands Xen stale high bits. @p hnd is evaluated once.
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

/** @defgroup arch_arm_shared Arm parts of the shared pages
 *  @ingroup hdr_arch_arm_h
 *  The architecture blocks embedded in vcpu_info and shared_info. Arm needs
 *  nothing there, so both are empty and take no space in C (an empty
 *  structure is a GNU C extension, so a GNU-compatible C compiler is needed).
 *  In C++ they keep size 0 too (see XEN_EMPTY_STRUCT_BODY), so vcpu_info
 *  and shared_info have the same layout in both languages.
 *  @{ */

XEN_EXTENSIONS_BEGIN
/** Arm part of struct vcpu_info: empty, size 0. */
struct arch_vcpu_info {
    XEN_EMPTY_STRUCT_BODY
};
/** Arm part of struct shared_info: empty, size 0. */
struct arch_shared_info {
    XEN_EMPTY_STRUCT_BODY
};
XEN_EXTENSIONS_END
typedef struct arch_vcpu_info arch_vcpu_info_t;
typedef struct arch_shared_info arch_shared_info_t;

/** @} */

/** @defgroup arch_arm_pmu Arm PMU state
 *  @ingroup hdr_arch_arm_h
 *  Xen offers no virtual PMU interface to Arm guests; the type exists so
 *  the generic pmu.h compiles.
 *  @{ */

/** Placeholder architecture PMU block, 1 byte. */
typedef struct xen_pmu_arch {
    uint8_t dummy; /**< Reserved: write zero. */
} xen_pmu_arch_t;

/** @} */

#endif /* !__ASSEMBLER__ */

#endif /* __XEN_PUBLIC_ARCH_ARM_H__ */
