/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief The names of the original dom0_op hypercall, kept for sources
 *        written against interface versions before 0x00030204.
 *
 * Until interface version 0x00030204 the hardware domain's platform
 * controls went through `__HYPERVISOR_dom0_op` with a struct dom0_op. That
 * hypercall became `__HYPERVISOR_platform_op` (platform.h), and the
 * surviving operations took XENPF_ names there; the rest moved to domctl
 * and sysctl or were dropped.
 *
 * For an interface version before 0x00030204 (including the default, when
 * `__XEN_INTERFACE_VERSION__` is not defined) this header includes
 * platform.h and maps the old DOM0_ and dom0_ names onto their XENPF_ and
 * xenpf_ successors, and defines struct dom0_op with the two operations
 * that never had a successor. Xen no longer implements those two: they
 * exist so that old sources compile.
 *
 * For interface version 0x00030204 and later the header deliberately
 * defines nothing beyond what xen.h provides. (Xen's own copy of the
 * header stops the build with an error there instead; an empty header
 * lets a tree that includes it unconditionally build at any version,
 * while any use of the old names still fails to compile.)
 *
 * Stability: stable (legacy; frozen). Callers: old hardware-domain kernels
 * and tools; new code uses platform.h.
 */
#ifndef __XEN_PUBLIC_DOM0_OPS_H__
#define __XEN_PUBLIC_DOM0_OPS_H__
/* Marks this copy as xen-public's: unstable/dom0_ops.h adds its toolstack part
 * only then (another copy of the header, included first, has its own). */
#define XEN_PUBLIC_DOM0_OPS_H

#include "xen.h"

#if __XEN_INTERFACE_VERSION__ < 0x00030204

#include "platform.h"

/** @defgroup hdr_dom0_ops_h dom0_ops.h
 *  @ingroup xen_core */

/** @defgroup dom0_ops_h_names dom0_op names (interfaces before 0x00030204)
 *  @ingroup hdr_dom0_ops_h
 *  Each old name is the same number or structure as its platform.h
 *  successor.
 *  @{ */

/** Value of `interface_version` in struct dom0_op. */
#define DOM0_INTERFACE_VERSION XENPF_INTERFACE_VERSION

/**
 * @name DOM0_SETTIME
 * Old name of XENPF_settime32: set the wall-clock time. Passed to
 * `__HYPERVISOR_dom0_op` (the number of `__HYPERVISOR_platform_op`), it
 * reaches the handler of XENPF_settime32, number 17.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | XENPF_settime |
 * | Caller         | the control domain; XSM: xsm_platform_op(), XSM_PRIV |
 * | Argument       | struct dom0_settime (struct xenpf_settime) |
 * | Returns        | as XENPF_settime32 |
 * | Errors         | those of XENPF_settime32 (platform.h) |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS (it has only XENPF_settime64) |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | do_platform_op() in xen/arch/x86/platform_hypercall.c |
 * @{ */
#define DOM0_SETTIME          XENPF_settime
#define dom0_settime          xenpf_settime          /**< Old tag of struct xenpf_settime. */
#define dom0_settime_t        xenpf_settime_t        /**< Old name of xenpf_settime_t. */
/** @} */

/**
 * @name DOM0_ADD_MEMTYPE
 * Old name of XENPF_add_memtype: add a memory-type range (MTRR). Passed to
 * `__HYPERVISOR_dom0_op` (the number of `__HYPERVISOR_platform_op`), it
 * reaches the handler of XENPF_add_memtype, number 31.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | XENPF_add_memtype |
 * | Caller         | the control domain; XSM: xsm_platform_op(), XSM_PRIV |
 * | Argument       | struct dom0_add_memtype (struct xenpf_add_memtype) |
 * | Returns        | as XENPF_add_memtype |
 * | Errors         | those of XENPF_add_memtype (platform.h) |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 2.0.2 |
 * | Implemented by | do_platform_op() in xen/arch/x86/platform_hypercall.c |
 * @{ */
#define DOM0_ADD_MEMTYPE      XENPF_add_memtype
#define dom0_add_memtype      xenpf_add_memtype      /**< Old tag of struct xenpf_add_memtype. */
#define dom0_add_memtype_t    xenpf_add_memtype_t    /**< Old name of xenpf_add_memtype_t. */
/** @} */

/**
 * @name DOM0_DEL_MEMTYPE
 * Old name of XENPF_del_memtype: delete a memory-type range (MTRR). Passed to
 * `__HYPERVISOR_dom0_op` (the number of `__HYPERVISOR_platform_op`), it
 * reaches the handler of XENPF_del_memtype, number 32.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | XENPF_del_memtype |
 * | Caller         | the control domain; XSM: xsm_platform_op(), XSM_PRIV |
 * | Argument       | struct dom0_del_memtype (struct xenpf_del_memtype) |
 * | Returns        | as XENPF_del_memtype |
 * | Errors         | those of XENPF_del_memtype (platform.h) |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 2.0.2 |
 * | Implemented by | do_platform_op() in xen/arch/x86/platform_hypercall.c |
 * @{ */
#define DOM0_DEL_MEMTYPE      XENPF_del_memtype
#define dom0_del_memtype      xenpf_del_memtype      /**< Old tag of struct xenpf_del_memtype. */
#define dom0_del_memtype_t    xenpf_del_memtype_t    /**< Old name of xenpf_del_memtype_t. */
/** @} */

/**
 * @name DOM0_READ_MEMTYPE
 * Old name of XENPF_read_memtype: read a memory-type range (MTRR). Passed to
 * `__HYPERVISOR_dom0_op` (the number of `__HYPERVISOR_platform_op`), it
 * reaches the handler of XENPF_read_memtype, number 33.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | XENPF_read_memtype |
 * | Caller         | the control domain; XSM: xsm_platform_op(), XSM_PRIV |
 * | Argument       | struct dom0_read_memtype (struct xenpf_read_memtype) |
 * | Returns        | as XENPF_read_memtype |
 * | Errors         | those of XENPF_read_memtype (platform.h) |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 2.0.2 |
 * | Implemented by | do_platform_op() in xen/arch/x86/platform_hypercall.c |
 * @{ */
#define DOM0_READ_MEMTYPE     XENPF_read_memtype
#define dom0_read_memtype     xenpf_read_memtype     /**< Old tag of struct xenpf_read_memtype. */
#define dom0_read_memtype_t   xenpf_read_memtype_t   /**< Old name of xenpf_read_memtype_t. */
/** @} */

/**
 * @name DOM0_MICROCODE
 * Old name of XENPF_microcode_update: load a cpu microcode update. Passed to
 * `__HYPERVISOR_dom0_op` (the number of `__HYPERVISOR_platform_op`), it
 * reaches the handler of XENPF_microcode_update, number 35.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | XENPF_microcode_update |
 * | Caller         | the control domain; XSM: xsm_platform_op(), XSM_PRIV |
 * | Argument       | struct dom0_microcode (struct xenpf_microcode_update) |
 * | Returns        | as XENPF_microcode_update |
 * | Errors         | those of XENPF_microcode_update (platform.h) |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 2.0.3 |
 * | Implemented by | do_platform_op() in xen/arch/x86/platform_hypercall.c |
 * @{ */
#define DOM0_MICROCODE        XENPF_microcode_update
/** Old tag of struct xenpf_microcode_update. */
#define dom0_microcode        xenpf_microcode_update
#define dom0_microcode_t      xenpf_microcode_update_t /**< Old name of xenpf_microcode_update_t. */
/** @} */

/**
 * @name DOM0_PLATFORM_QUIRK
 * Old name of XENPF_platform_quirk: apply a platform quirk. Passed to
 * `__HYPERVISOR_dom0_op` (the number of `__HYPERVISOR_platform_op`), it
 * reaches the handler of XENPF_platform_quirk, number 39.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | XENPF_platform_quirk |
 * | Caller         | the control domain; XSM: xsm_platform_op(), XSM_PRIV |
 * | Argument       | struct dom0_platform_quirk (struct xenpf_platform_quirk) |
 * | Returns        | as XENPF_platform_quirk |
 * | Errors         | those of XENPF_platform_quirk (platform.h) |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.0 |
 * | Implemented by | do_platform_op() in xen/arch/x86/platform_hypercall.c |
 * @{ */
#define DOM0_PLATFORM_QUIRK   XENPF_platform_quirk
#define dom0_platform_quirk   xenpf_platform_quirk   /**< Old tag of struct xenpf_platform_quirk. */
#define dom0_platform_quirk_t xenpf_platform_quirk_t /**< Old name of xenpf_platform_quirk_t. */
/** @} */

#ifndef __ASSEMBLER__
/** A set of CPUs as a 64-bit mask (bit N for CPU N). */
typedef uint64_t cpumap_t;
#endif

/**
 * @name DOM0_MSR
 * Formerly: read or write a model-specific register on a set of CPUs.
 * No platform_op has this number: the names only let old sources
 * compile.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 15 |
 * | Caller         | the control domain; XSM: xsm_platform_op(), XSM_PRIV |
 * | Argument       | struct dom0_msr |
 * | Returns        | never succeeds on Xen 4.22.0 |
 * | Errors         | -XEN_ENOSYS once the common checks of platform.h pass |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | nothing in Xen 4.22.0; do_platform_op() gives -XEN_ENOSYS |
 * @{ */
#define DOM0_MSR                 15

#ifndef __ASSEMBLER__
/** Argument of DOM0_MSR. */
struct dom0_msr {
    uint32_t write;    /**< IN: non-zero to write, zero to read. */
    cpumap_t cpu_mask; /**< IN: the CPUs to act on. */
    uint32_t msr;      /**< IN: the MSR index. */
    uint32_t in1;      /**< IN: low 32 bits to write. */
    uint32_t in2;      /**< IN: high 32 bits to write. */
    uint32_t out1;     /**< OUT: low 32 bits read. */
    uint32_t out2;     /**< OUT: high 32 bits read. */
};
typedef struct dom0_msr dom0_msr_t;
DEFINE_XEN_GUEST_HANDLE(dom0_msr_t);
#endif
/** @} */

/**
 * @name DOM0_PHYSICAL_MEMORY_MAP
 * Formerly: read the host's memory map (now XENMEM_machine_memory_map).
 * No platform_op has this number: the names only let old sources
 * compile.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 40 |
 * | Caller         | the control domain; XSM: xsm_platform_op(), XSM_PRIV |
 * | Argument       | struct dom0_memory_map_entry |
 * | Returns        | never succeeds on Xen 4.22.0 |
 * | Errors         | -XEN_ENOSYS once the common checks of platform.h pass |
 * | Since          | Xen 3.0.0 |
 * | Implemented by | nothing in Xen 4.22.0; do_platform_op() gives -XEN_ENOSYS |
 * @{ */
#define DOM0_PHYSICAL_MEMORY_MAP 40

#ifndef __ASSEMBLER__
/** Argument of DOM0_PHYSICAL_MEMORY_MAP: one entry of the host memory
 *  map. */
struct dom0_memory_map_entry {
    uint64_t start;  /**< OUT: first byte address of the range. */
    uint64_t end;    /**< OUT: address just past the range. */
    uint32_t flags;  /**< OUT: reserved. */
    uint8_t  is_ram; /**< OUT: non-zero for RAM. */
};
typedef struct dom0_memory_map_entry dom0_memory_map_entry_t;
DEFINE_XEN_GUEST_HANDLE(dom0_memory_map_entry_t);
/** @} */

/** Argument of the original `__HYPERVISOR_dom0_op`. */
struct dom0_op {
    uint32_t cmd;               /**< IN: the operation (a DOM0_ number). */
    uint32_t interface_version; /**< IN: DOM0_INTERFACE_VERSION. */
    /** IN-OUT: the argument of `cmd`. */
    union {
        struct dom0_msr               msr;                 /**< DOM0_MSR. */
        struct dom0_settime           settime;             /**< DOM0_SETTIME. */
        struct dom0_add_memtype       add_memtype;         /**< DOM0_ADD_MEMTYPE. */
        struct dom0_del_memtype       del_memtype;         /**< DOM0_DEL_MEMTYPE. */
        struct dom0_read_memtype      read_memtype;        /**< DOM0_READ_MEMTYPE. */
        struct dom0_microcode         microcode;           /**< DOM0_MICROCODE. */
        struct dom0_platform_quirk    platform_quirk;      /**< DOM0_PLATFORM_QUIRK. */
        /** DOM0_PHYSICAL_MEMORY_MAP. */
        struct dom0_memory_map_entry  physical_memory_map;
        /** Fixes the size of the union at 128 bytes. */
        uint8_t                       pad[128];
    } u;
};
typedef struct dom0_op dom0_op_t;
DEFINE_XEN_GUEST_HANDLE(dom0_op_t);
#endif /* !__ASSEMBLER__ */

/** @} */

#endif /* __XEN_INTERFACE_VERSION__ < 0x00030204 */

#endif /* __XEN_PUBLIC_DOM0_OPS_H__ */
