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

#define DOM0_INTERFACE_VERSION XENPF_INTERFACE_VERSION /**< Value of `interface_version` in struct dom0_op. */

#define DOM0_SETTIME          XENPF_settime          /**< Old name of XENPF_settime. */
#define dom0_settime          xenpf_settime          /**< Old tag of struct xenpf_settime. */
#define dom0_settime_t        xenpf_settime_t        /**< Old name of xenpf_settime_t. */

#define DOM0_ADD_MEMTYPE      XENPF_add_memtype      /**< Old name of XENPF_add_memtype. */
#define dom0_add_memtype      xenpf_add_memtype      /**< Old tag of struct xenpf_add_memtype. */
#define dom0_add_memtype_t    xenpf_add_memtype_t    /**< Old name of xenpf_add_memtype_t. */

#define DOM0_DEL_MEMTYPE      XENPF_del_memtype      /**< Old name of XENPF_del_memtype. */
#define dom0_del_memtype      xenpf_del_memtype      /**< Old tag of struct xenpf_del_memtype. */
#define dom0_del_memtype_t    xenpf_del_memtype_t    /**< Old name of xenpf_del_memtype_t. */

#define DOM0_READ_MEMTYPE     XENPF_read_memtype     /**< Old name of XENPF_read_memtype. */
#define dom0_read_memtype     xenpf_read_memtype     /**< Old tag of struct xenpf_read_memtype. */
#define dom0_read_memtype_t   xenpf_read_memtype_t   /**< Old name of xenpf_read_memtype_t. */

#define DOM0_MICROCODE        XENPF_microcode_update /**< Old name of XENPF_microcode_update. */
#define dom0_microcode        xenpf_microcode_update /**< Old tag of struct xenpf_microcode_update. */
#define dom0_microcode_t      xenpf_microcode_update_t /**< Old name of xenpf_microcode_update_t. */

#define DOM0_PLATFORM_QUIRK   XENPF_platform_quirk   /**< Old name of XENPF_platform_quirk. */
#define dom0_platform_quirk   xenpf_platform_quirk   /**< Old tag of struct xenpf_platform_quirk. */
#define dom0_platform_quirk_t xenpf_platform_quirk_t /**< Old name of xenpf_platform_quirk_t. */

#ifndef __ASSEMBLER__
/** A set of CPUs as a 64-bit mask (bit N for CPU N). */
typedef uint64_t cpumap_t;
#endif

/** Operation number of DOM0_MSR: read or write a model-specific register
 *  on a set of CPUs. Not implemented by Xen; names only. */
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

/** Operation number of DOM0_PHYSICAL_MEMORY_MAP: read the host's memory
 *  map. Not implemented by Xen (see XENMEM_machine_memory_map); names
 *  only. */
#define DOM0_PHYSICAL_MEMORY_MAP 40

#ifndef __ASSEMBLER__
/** One entry of the host memory map of DOM0_PHYSICAL_MEMORY_MAP. */
struct dom0_memory_map_entry {
    uint64_t start;  /**< OUT: first byte address of the range. */
    uint64_t end;    /**< OUT: address just past the range. */
    uint32_t flags;  /**< OUT: reserved. */
    uint8_t  is_ram; /**< OUT: non-zero for RAM. */
};
typedef struct dom0_memory_map_entry dom0_memory_map_entry_t;
DEFINE_XEN_GUEST_HANDLE(dom0_memory_map_entry_t);

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
        struct dom0_memory_map_entry  physical_memory_map; /**< DOM0_PHYSICAL_MEMORY_MAP. */
        uint8_t                       pad[128];            /**< Fixes the size of the union at 128 bytes. */
    } u;
};
typedef struct dom0_op dom0_op_t;
DEFINE_XEN_GUEST_HANDLE(dom0_op_t);
#endif /* !__ASSEMBLER__ */

/** @} */

#endif /* __XEN_INTERFACE_VERSION__ < 0x00030204 */

#endif /* __XEN_PUBLIC_DOM0_OPS_H__ */
