/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief System control (HYPERVISOR_sysctl): host-wide queries and
 *        settings for the toolstack; unstable.
 *
 * Where domctl acts on one domain, sysctl acts on the host: it reads the
 * hypervisor console, reports CPU, memory and NUMA topology, drives
 * power management, CPU hotplug, CPU pools and scheduler parameters,
 * offlines broken pages, and loads live patches. The caller fills a
 * struct xen_sysctl: `cmd` picks the operation, `u` holds its argument.
 *
 * Interface version: XEN_SYSCTL_INTERFACE_VERSION (0x16). The caller puts
 * it in xen_sysctl::interface_version of every request; Xen fails a
 * request carrying another value with -XEN_EACCES, since the layouts below
 * change between releases without notice.
 *
 * Every operation enters Xen through do_sysctl() in xen/common/sysctl.c,
 * which fails a wrong `interface_version` with -XEN_EACCES and then asks
 * the XSM policy (xsm_sysctl(), XSM_PRIV under the default policy: only
 * the control domain; -XEN_EPERM for others) before looking at `cmd`.
 * Operations it does not handle go to the architecture's arch_do_sysctl(),
 * where an unknown `cmd` gives -XEN_ENOSYS on x86 and Arm. These errors, and
 * -XEN_EFAULT for a request that cannot be read or, where Xen writes it back
 * whole, written back, are not repeated in each table; an operation's
 * "Implemented by" row names the function that does its work. A hypervisor
 * built without CONFIG_SYSCTL has no sysctl at all (-XEN_ENOSYS).
 *
 * Stability: unstable (toolstack interface; may change between Xen
 * releases). Callers: libxc/libxl, xl, xenpm, xenperf, xen-livepatch,
 * xenconsoled and other host-management tools.
 */
#ifndef __XEN_PUBLIC_SYSCTL_H__
#define __XEN_PUBLIC_SYSCTL_H__

/*
 * Reaching an unstable header makes this a toolstack build: unless the
 * consumer named an interface version, it gets the newest, as upstream gives
 * __XEN_TOOLS__ builds (xen-compat.h holds the number).
 */
#ifndef __XEN_INTERFACE_VERSION__
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#endif

#include "xen.h"
#include "domctl.h"
#include "physdev.h"

/** @defgroup hdr_unstable_sysctl_h unstable/sysctl.h
 *  @ingroup xen_unstable */

/** @defgroup unstable_sysctl_h_version Interface version
 *  @ingroup hdr_unstable_sysctl_h
 *  @{ */
/** Revision of this interface; goes in xen_sysctl::interface_version. */
#define XEN_SYSCTL_INTERFACE_VERSION 0x00000016
/** @} */

/** @defgroup unstable_sysctl_h_ops The commands
 *  @ingroup hdr_unstable_sysctl_h
 *  One block per XEN_SYSCTL_* command: its number, its argument (a member
 *  of xen_sysctl::u) and what the hypervisor does with it.
 *  @{ */

/**
 * @name XEN_SYSCTL_readconsole
 *  Copy text out of the hypervisor's console ring.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 1 |
 * | Caller         | the control domain; XSM: xsm_sysctl(), XSM_PRIV |
 * | Argument       | struct xen_sysctl_readconsole |
 * | Returns        | 0; `count` and `index` updated |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | read_console_ring() in xen/drivers/char/console.c |
 *
 * Errors:
 * - -XEN_EFAULT: `buffer` cannot be written.
 *  @{ */
#define XEN_SYSCTL_readconsole 1
/** Argument of XEN_SYSCTL_readconsole. */
struct xen_sysctl_readconsole {
    uint8_t clear;       /**< IN: non-zero empties the ring once read. */
    uint8_t incremental; /**< IN: non-zero starts reading at `index`. */
    uint8_t pad0;        /**< IN: padding, zero. */
    uint8_t pad1;        /**< IN: padding, zero. */
    /** IN-OUT: with `incremental`, the ring position to read from; on
     *  return, the position just past the last byte read. */
    uint32_t index;
    XEN_GUEST_HANDLE_64(char) buffer; /**< IN: where to put the text. */
    uint32_t count;      /**< IN-OUT: size of `buffer`, bytes; bytes stored. */
};
/** @} */

/**
 * @name XEN_SYSCTL_tbuf_op
 *  Control the trace buffers (see trace.h). Their size is set once, at
 *  boot (`tbuf_size=`) or by the first set_size; it cannot change after.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 2 |
 * | Caller         | the control domain; XSM: xsm_sysctl(), XSM_PRIV |
 * | Argument       | struct xen_sysctl_tbuf_op |
 * | Returns        | 0 (get_info: the OUT fields filled in) |
 * | Errors         | listed below |
 * | Architectures  | hypervisors built with CONFIG_TRACEBUFFER; others -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | tb_control() in xen/common/trace.c |
 *
 * Errors:
 * - -XEN_EINVAL: unknown `cmd`.
 * - -XEN_ENOMEM or -XEN_EFAULT: set_cpu_mask: the bitmap cannot be copied.
 * - -XEN_EINVAL: set_size: `size` differs from a size already set.
 * - -XEN_EBUSY: set_size: the buffers exist already (same `size` again).
 * - -XEN_EINVAL: set_size: `size` is 0.
 * - -XEN_ENOMEM: set_size: Xen could not allocate the buffers.
 * - -XEN_EINVAL: enable: no buffers have been allocated.
 *  @{ */
#define XEN_SYSCTL_tbuf_op 2
#define XEN_SYSCTL_TBUFOP_get_info     0 /**< Report buffer location and size. */
#define XEN_SYSCTL_TBUFOP_set_cpu_mask 1 /**< Choose the traced CPUs. */
#define XEN_SYSCTL_TBUFOP_set_evt_mask 2 /**< Choose the traced event classes. */
#define XEN_SYSCTL_TBUFOP_set_size     3 /**< Set the per-CPU buffer size. */
#define XEN_SYSCTL_TBUFOP_enable       4 /**< Start tracing. */
#define XEN_SYSCTL_TBUFOP_disable      5 /**< Stop tracing. */
/** Argument of XEN_SYSCTL_tbuf_op. */
struct xen_sysctl_tbuf_op {
    uint32_t cmd;                  /**< IN: XEN_SYSCTL_TBUFOP_*. */
    struct xenctl_bitmap cpu_mask; /**< IN: set_cpu_mask: the CPUs to trace. */
    /** IN: set_evt_mask: the event classes to trace; OUT: get_info: those
     *  traced now. */
    uint32_t             evt_mask;
    /** OUT: get_info: machine frame of the trace metadata (0 before the
     *  buffers exist). */
    uint64_aligned_t buffer_mfn;
    /** IN: set_size: per-CPU buffer size, in pages; OUT: get_info: size of
     *  the metadata area at `buffer_mfn`, in bytes. */
    uint32_t size;
};
/** @} */

/**
 * @name XEN_SYSCTL_physinfo
 *  Describe the host: CPUs, memory and what the hypervisor can do.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 3 |
 * | Caller         | the control domain; XSM: xsm_sysctl(), XSM_PRIV |
 * | Argument       | struct xen_sysctl_physinfo |
 * | Returns        | 0, with every field filled in |
 * | Errors         | only the common ones |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_sysctl() in xen/common/sysctl.c, with arch_do_physinfo() |
 *
 * XEN_SYSCTL_PHYSCAP_gnttab_v1 and XEN_SYSCTL_PHYSCAP_gnttab_v2 follow the
 * highest grant-table version the command line allows (`gnttab=max-ver:`),
 * whose default is 2 on x86 and 1 on Arm; a hypervisor built without grant
 * tables sets neither.
 *  @{ */
#define XEN_SYSCTL_physinfo 3
#define _XEN_SYSCTL_PHYSCAP_hvm          0
#define XEN_SYSCTL_PHYSCAP_hvm           (1u << _XEN_SYSCTL_PHYSCAP_hvm) /**< HVM guests can run. */
#define _XEN_SYSCTL_PHYSCAP_pv           1
#define XEN_SYSCTL_PHYSCAP_pv            (1u << _XEN_SYSCTL_PHYSCAP_pv) /**< PV guests can run. */
#define _XEN_SYSCTL_PHYSCAP_directio     2
/** Devices can be passed through behind an IOMMU. */
#define XEN_SYSCTL_PHYSCAP_directio      (1u << _XEN_SYSCTL_PHYSCAP_directio)
#define _XEN_SYSCTL_PHYSCAP_hap          3
/** Hardware-assisted paging is available. */
#define XEN_SYSCTL_PHYSCAP_hap           (1u << _XEN_SYSCTL_PHYSCAP_hap)
#define _XEN_SYSCTL_PHYSCAP_shadow       4
/** Shadow paging is available. */
#define XEN_SYSCTL_PHYSCAP_shadow        (1u << _XEN_SYSCTL_PHYSCAP_shadow)
#define _XEN_SYSCTL_PHYSCAP_iommu_hap_pt_share 5
/** IOMMU and HAP may share page tables. */
#define XEN_SYSCTL_PHYSCAP_iommu_hap_pt_share (1u << _XEN_SYSCTL_PHYSCAP_iommu_hap_pt_share)
#define XEN_SYSCTL_PHYSCAP_vmtrace       (1u << 6) /**< Processor tracing of guests is available. */
#define XEN_SYSCTL_PHYSCAP_vpmu          (1u << 7) /**< Virtual PMU is available. */
#define XEN_SYSCTL_PHYSCAP_gnttab_v1     (1u << 8) /**< Grant tables version 1 are available. */
#define XEN_SYSCTL_PHYSCAP_gnttab_v2     (1u << 9) /**< Grant tables version 2 are available. */
#define XEN_SYSCTL_PHYSCAP_MAX XEN_SYSCTL_PHYSCAP_gnttab_v2 /**< Highest defined capability bit. */
#if defined(__arm__) || defined(__aarch64__)
/** Arm: field of arch_capabilities giving the largest SVE vector length, in 128-bit units. */
#define XEN_SYSCTL_PHYSCAP_ARM_SVE_MASK  (0x1FU)
#endif
/** Argument of XEN_SYSCTL_physinfo (all OUT). */
struct xen_sysctl_physinfo {
    uint32_t threads_per_core;  /**< OUT: hardware threads per core. */
    uint32_t cores_per_socket;  /**< OUT: cores per socket. */
    uint32_t nr_cpus;           /**< OUT: CPUs online now. */
    uint32_t max_cpu_id;        /**< OUT: highest CPU number the host can have. */
    uint32_t nr_nodes;          /**< OUT: NUMA nodes online now. */
    uint32_t max_node_id;       /**< OUT: highest NUMA node number the host can have. */
    uint32_t cpu_khz;           /**< OUT: CPU clock, kHz. */
    uint32_t capabilities;      /**< OUT: XEN_SYSCTL_PHYSCAP_* bits. */
    uint32_t arch_capabilities; /**< OUT: architecture-specific capability bits. */
    uint32_t pad;               /**< Padding: write zero. */
    uint64_aligned_t total_pages;       /**< OUT: host RAM, pages. */
    uint64_aligned_t free_pages;        /**< OUT: unallocated RAM, pages. */
    uint64_aligned_t scrub_pages;       /**< OUT: freed RAM awaiting scrubbing, pages. */
    uint64_aligned_t outstanding_pages; /**< OUT: pages claimed but not yet allocated. */
    uint64_aligned_t max_mfn;           /**< OUT: highest machine frame number the host can have. */
    uint32_t hw_cap[8];         /**< OUT: raw CPU feature words. */
};
/** @} */

/**
 * @name XEN_SYSCTL_sched_id
 *  Name the default scheduler.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 4 |
 * | Caller         | the control domain; XSM: xsm_sysctl(), XSM_PRIV |
 * | Argument       | struct xen_sysctl_sched_id |
 * | Returns        | 0 |
 * | Errors         | only the common ones |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_sysctl() in xen/common/sysctl.c |
 *  @{ */
#define XEN_SYSCTL_sched_id 4
/** Argument of XEN_SYSCTL_sched_id. */
struct xen_sysctl_sched_id {
    uint32_t sched_id; /**< OUT: XEN_SCHEDULER_* of the default pool. */
};
/** @} */

/**
 * @name XEN_SYSCTL_perfc_op
 *  Read or clear the performance counters (builds with them only). A NULL
 *  `desc` asks only for the counts.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 5 |
 * | Caller         | the control domain; XSM: xsm_sysctl(), XSM_PRIV |
 * | Argument       | struct xen_sysctl_perfc_op |
 * | Returns        | 0; `nr_counters` and `nr_vals` filled in |
 * | Errors         | listed below |
 * | Architectures  | hypervisors built with CONFIG_PERF_COUNTERS; others -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | perfc_control() in xen/common/perfc.c |
 *
 * Errors:
 * - -XEN_EINVAL: unknown `cmd`.
 * - -XEN_ENOMEM: Xen could not allocate its copy of the values.
 * - -XEN_EFAULT: `desc` or `val` cannot be written.
 *  @{ */
#define XEN_SYSCTL_perfc_op 5
#define XEN_SYSCTL_PERFCOP_reset 1 /**< Zero every counter. */
#define XEN_SYSCTL_PERFCOP_query 2 /**< Read the counters. */
/** Description of one counter. */
struct xen_sysctl_perfc_desc {
    char         name[80]; /**< OUT: counter name, NUL-terminated. */
    uint32_t     nr_vals;  /**< OUT: how many values it has (one per CPU or array slot). */
};
typedef struct xen_sysctl_perfc_desc xen_sysctl_perfc_desc_t;
DEFINE_XEN_GUEST_HANDLE(xen_sysctl_perfc_desc_t);
XEN_DEFINE_GUEST_HANDLE_64(xen_sysctl_perfc_desc_t, xen_sysctl_perfc_desc_t)
typedef uint32_t xen_sysctl_perfc_val_t; /**< One counter value. */
DEFINE_XEN_GUEST_HANDLE(xen_sysctl_perfc_val_t);
XEN_DEFINE_GUEST_HANDLE_64(xen_sysctl_perfc_val_t, xen_sysctl_perfc_val_t)
/** Argument of XEN_SYSCTL_perfc_op. */
struct xen_sysctl_perfc_op {
    uint32_t       cmd;         /**< IN: XEN_SYSCTL_PERFCOP_*. */
    uint32_t       nr_counters; /**< OUT: number of counters. */
    uint32_t       nr_vals;     /**< OUT: number of values over all counters. */
    /** OUT: nr_counters descriptions, or null. */
    XEN_GUEST_HANDLE_64(xen_sysctl_perfc_desc_t) desc;
    XEN_GUEST_HANDLE_64(xen_sysctl_perfc_val_t) val;   /**< OUT: nr_vals values, or null. */
};
/** @} */

/**
 * @name XEN_SYSCTL_getdomaininfolist
 *  Report on several domains at once: the domains with an id of at least
 *  `first_domain`, in id order, at most `max_domains` of them.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 6 |
 * | Caller         | the control domain; XSM: xsm_sysctl(), XSM_PRIV |
 * | Argument       | struct xen_sysctl_getdomaininfolist |
 * | Returns        | 0; `num_domains` entries written |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_sysctl() in xen/common/sysctl.c, with getdomaininfo() |
 *
 * Errors:
 * - -XEN_EFAULT: `buffer` cannot be written.
 *
 * The policy is also asked about each domain (xsm_getdomaininfo(),
 * XSM_XS_PRIV); a domain it refuses is left out of the list.
 *  @{ */
#define XEN_SYSCTL_getdomaininfolist 6
/** Argument of XEN_SYSCTL_getdomaininfolist. */
struct xen_sysctl_getdomaininfolist {
    domid_t               first_domain; /**< IN: lowest domain ID to report. */
    uint32_t              max_domains;  /**< IN: room in `buffer`, entries. */
    /** OUT: one entry per domain, by ascending ID. */
    XEN_GUEST_HANDLE_64(xen_domctl_getdomaininfo_t) buffer;
    uint32_t              num_domains;  /**< OUT: entries written. */
};
/** @} */

/**
 * @name XEN_SYSCTL_debug_keys
 *  Feed keys to the hypervisor's debug-key handler, as if typed on its
 *  serial console.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 7 |
 * | Caller         | the control domain; XSM: xsm_sysctl(), XSM_PRIV |
 * | Argument       | struct xen_sysctl_debug_keys |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_sysctl() in xen/common/sysctl.c |
 *
 * Errors:
 * - -XEN_EFAULT: a key cannot be read (the keys before it have been
 *   handled).
 *  @{ */
#define XEN_SYSCTL_debug_keys 7
/** Argument of XEN_SYSCTL_debug_keys. */
struct xen_sysctl_debug_keys {
    XEN_GUEST_HANDLE_64(const_char) keys; /**< IN: the key characters. */
    uint32_t nr_keys;                     /**< IN: how many, bytes. */
};
/** @} */

/**
 * @name XEN_SYSCTL_getcpuinfo
 *  Per-CPU idle time, for CPUs 0 up to `max_cpus` or the host's CPU count,
 *  whichever is smaller.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 8 |
 * | Caller         | the control domain; XSM: xsm_sysctl(), XSM_PRIV |
 * | Argument       | struct xen_sysctl_getcpuinfo |
 * | Returns        | 0; `nr_cpus` entries written |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_sysctl() in xen/common/sysctl.c |
 *
 * Errors:
 * - -XEN_EFAULT: `info` cannot be written.
 *  @{ */
#define XEN_SYSCTL_getcpuinfo 8
/** Figures for one CPU. */
struct xen_sysctl_cpuinfo {
    uint64_aligned_t idletime; /**< OUT: time spent idle since boot, ns. */
};
typedef struct xen_sysctl_cpuinfo xen_sysctl_cpuinfo_t;
DEFINE_XEN_GUEST_HANDLE(xen_sysctl_cpuinfo_t);
XEN_DEFINE_GUEST_HANDLE_64(xen_sysctl_cpuinfo_t, xen_sysctl_cpuinfo_t)
/** Argument of XEN_SYSCTL_getcpuinfo. */
struct xen_sysctl_getcpuinfo {
    uint32_t max_cpus;                         /**< IN: room in `info`, entries. */
    XEN_GUEST_HANDLE_64(xen_sysctl_cpuinfo_t) info; /**< OUT: one entry per CPU. */
    uint32_t nr_cpus;                          /**< OUT: entries written. */
};
/** @} */

/**
 * @name XEN_SYSCTL_availheap
 *  Free memory in an address range and NUMA node.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 9 |
 * | Caller         | the control domain; XSM: xsm_sysctl(), XSM_PRIV |
 * | Argument       | struct xen_sysctl_availheap |
 * | Returns        | 0; the amount in `avail_bytes` |
 * | Errors         | only the common ones |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | avail_domheap_pages_region() in xen/common/page_alloc.c |
 *
 * A node that does not exist or is offline is not an error: it has no free
 * memory, so `avail_bytes` is 0.
 *  @{ */
#define XEN_SYSCTL_availheap 9
/** Argument of XEN_SYSCTL_availheap. */
struct xen_sysctl_availheap {
    uint32_t min_bitwidth; /**< IN: lowest address width to count, bits; 0 for any. */
    uint32_t max_bitwidth; /**< IN: highest address width to count, bits; 0 for any. */
    int32_t  node;         /**< IN: NUMA node, or -1 for all. */
    uint64_aligned_t avail_bytes; /**< OUT: free memory found, bytes. */
};
/** @} */

/**
 * @name XEN_SYSCTL_get_pmstat
 *  Processor power-state statistics (P-states and C-states) of one CPU,
 *  from the data the hardware domain uploaded about its power states.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 10 |
 * | Caller         | the control domain; XSM: xsm_sysctl(), XSM_PRIV |
 * | Argument       | struct xen_sysctl_get_pmstat |
 * | Returns        | 0, with the OUT fields of `type` filled in |
 * | Errors         | listed below |
 * | Architectures  | hypervisors built with CONFIG_PM_STATS; others -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_get_pm_info() in xen/drivers/acpi/pmstat.c |
 *
 * Errors:
 * - -XEN_EINVAL: `cpuid` is not an online CPU.
 * - -XEN_ENODEV: `type` is neither a P-state nor a C-state request, or Xen
 *   has no data (and, for P-states, no frequency driver) of that kind.
 * - -XEN_EOPNOTSUPP: a P-state request while hardware P-states (HWP) are
 *   in use.
 * - -XEN_EINVAL: a P-state request for a CPU whose P-states are not set up.
 * - -XEN_ENODATA: get_pxstat: no statistics have been kept for the CPU.
 * - -XEN_EFAULT: `trans_pt` or `pt` cannot be written.
 * - -XEN_ENOSYS: an unknown request of a known kind.
 * - An error of reading or resetting the C-state statistics.
 *  @{ */
#define XEN_SYSCTL_get_pmstat 10
/** Figures for one P-state. */
struct pm_px_val {
    uint64_aligned_t freq;      /**< OUT: core frequency, MHz. */
    uint64_aligned_t residency; /**< OUT: time spent in the state, ns. */
    uint64_aligned_t count;     /**< OUT: entries into the state. */
};
typedef struct pm_px_val pm_px_val_t;
DEFINE_XEN_GUEST_HANDLE(pm_px_val_t);
XEN_DEFINE_GUEST_HANDLE_64(pm_px_val_t, pm_px_val_t)
/** P-state statistics. */
struct pm_px_stat {
    /** IN: room in `pt` and side of the `trans_pt` matrix (get_pxstat);
     *  OUT: number of P-states (get_max_px, get_pxstat). */
    uint8_t total;
    uint8_t usable; /**< OUT: P-states currently allowed. */
    uint8_t last;   /**< OUT: previous P-state. */
    uint8_t cur;    /**< OUT: current P-state. */
    /** OUT: total x total matrix of transition counts; left alone when the
     *  caller's `total` is smaller than Xen's. */
    XEN_GUEST_HANDLE_64(uint64) trans_pt;
    XEN_GUEST_HANDLE_64(pm_px_val_t) pt; /**< OUT: `total` per-state figures. */
};
/** C-state statistics. */
struct pm_cx_stat {
    /** IN: room in `triggers` and `residencies` (get_cxstat); OUT: number
     *  of C-states including C0 (get_cxstat, get_max_cx). */
    uint32_t nr;
    uint32_t last;                 /**< OUT: previous C-state. */
    uint64_aligned_t idle_time;    /**< OUT: idle time since boot, ns. */
    XEN_GUEST_HANDLE_64(uint64) triggers;    /**< OUT: entries per C-state. */
    XEN_GUEST_HANDLE_64(uint64) residencies; /**< OUT: time per C-state, ns. */
    uint32_t nr_pc; /**< IN: room in `pc`; OUT: room needed for every package C-state Xen knows. */
    uint32_t nr_cc; /**< IN: room in `cc`; OUT: room needed for every core C-state Xen knows. */
    /** OUT: package C-state residencies, index 0 for PC1. Slots with no
     *  hardware counter are not written, so fill them with a sentinel first. */
    XEN_GUEST_HANDLE_64(uint64) pc;
    /** OUT: core C-state residencies, index 0 for CC1; same sentinel rule. */
    XEN_GUEST_HANDLE_64(uint64) cc;
};
#define PMSTAT_CATEGORY_MASK 0xf0 /**< Bits of `type` giving the category. */
#define PMSTAT_PX            0x10 /**< Category: P-states. */
#define PMSTAT_CX            0x20 /**< Category: C-states. */
#define PMSTAT_get_max_px    (PMSTAT_PX | 0x1) /**< Count the P-states. */
#define PMSTAT_get_pxstat    (PMSTAT_PX | 0x2) /**< Read P-state statistics. */
#define PMSTAT_reset_pxstat  (PMSTAT_PX | 0x3) /**< Zero P-state statistics. */
#define PMSTAT_get_max_cx    (PMSTAT_CX | 0x1) /**< Count the C-states. */
#define PMSTAT_get_cxstat    (PMSTAT_CX | 0x2) /**< Read C-state statistics. */
#define PMSTAT_reset_cxstat  (PMSTAT_CX | 0x3) /**< Zero C-state statistics. */
/** Argument of XEN_SYSCTL_get_pmstat. */
struct xen_sysctl_get_pmstat {
    uint32_t type;  /**< IN: PMSTAT_* request. */
    uint32_t cpuid; /**< IN: CPU concerned. */
    /** Request-specific data. */
    union {
        struct pm_px_stat getpx; /**< P-state requests. */
        struct pm_cx_stat getcx; /**< C-state requests. */
    } u;
};
/** @} */

/**
 * @name XEN_SYSCTL_cpu_hotplug
 *  Bring a CPU online or offline, or all SMT siblings at once (x86). Xen
 *  does the work on CPU 0.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 11 |
 * | Caller         | the control domain; XSM: xsm_sysctl(), XSM_PRIV |
 * | Argument       | struct xen_sysctl_cpu_hotplug |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | arch_do_sysctl() in xen/arch/x86/sysctl.c; cpu_up(), cpu_down() |
 *
 * Errors:
 * - -XEN_EOPNOTSUPP: unknown `op`, or an SMT command on a CPU without
 *   sibling threads.
 * - -XEN_EBUSY: SMT command while the scheduler forbids switching SMT
 *   (scheduling granularity coarser than one CPU), or preempted part-way.
 * - -XEN_EINVAL: online: `cpu` is not a present CPU; offline: `cpu` is
 *   CPU 0 or beyond the host's CPUs.
 * - -XEN_EEXIST: the CPU is online already (online) or offline already
 *   (offline).
 * - -XEN_EPERM: online: the CPU is an SMT sibling and SMT is off (`smt=0`);
 *   Xen takes it offline again.
 * - An error of the CPU bring-up or tear-down notifiers (e.g. -XEN_EBUSY
 *   twice in a row, or -XEN_ENOMEM).
 *  @{ */
#define XEN_SYSCTL_cpu_hotplug 11
#define XEN_SYSCTL_CPU_HOTPLUG_ONLINE  0 /**< Bring `cpu` online. */
#define XEN_SYSCTL_CPU_HOTPLUG_OFFLINE 1 /**< Take `cpu` offline. */
/** Bring online every secondary hardware thread (thread ID not 0); a
 *  shorthand for ONLINE on each. Not meant to be mixed with debug
 *  options that limit CPUs or with hand-managed offline CPUs. */
#define XEN_SYSCTL_CPU_HOTPLUG_SMT_ENABLE  2
/** Take offline every secondary hardware thread; same caveats. */
#define XEN_SYSCTL_CPU_HOTPLUG_SMT_DISABLE 3
/** Argument of XEN_SYSCTL_cpu_hotplug. */
struct xen_sysctl_cpu_hotplug {
    uint32_t cpu; /**< IN: physical CPU (ignored by the SMT ops). */
    uint32_t op;  /**< IN: XEN_SYSCTL_CPU_HOTPLUG_*. */
};
/** @} */

/**
 * @name XEN_SYSCTL_pm_op
 *  Processor frequency and idle-state control. The SMT power-saving and
 *  C-state limit commands are host-wide (`cpuid` 0, or 1 for the
 *  C-state sub-limit); the others act on the online CPU `cpuid`.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 12 |
 * | Caller         | the control domain; XSM: xsm_sysctl(), XSM_PRIV |
 * | Argument       | struct xen_sysctl_pm_op |
 * | Returns        | 0, with the get commands' fields filled in |
 * | Errors         | listed below |
 * | Architectures  | hypervisors built with CONFIG_PM_OP; others -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_pm_op() in xen/drivers/acpi/pm-op.c |
 *
 * Errors:
 * - -XEN_EINVAL: host-wide command: `cpuid` is not 0 (or 1, for the
 *   C-state limits); other commands: `cpuid` is not an online CPU.
 * - -XEN_ENODEV: a frequency command while Xen has no P-state or CPPC data
 *   for the host; -XEN_EINVAL: none for that CPU.
 * - -XEN_EAGAIN: GET_CPUFREQ_PARA: `cpu_num`, `freq_num` or `gov_num`
 *   is not Xen's count; the right counts are written back, and the caller
 *   retries with arrays of those sizes.
 * - -XEN_EOPNOTSUPP: SET_CPUFREQ_PARA on a CPU whose driver has no
 *   governor, SET_CPUFREQ_CPPC without hardware P-states (HWP), turbo on a
 *   CPU without it.
 * - -XEN_ENOENT: SET_CPUFREQ_CPPC: the CPU has no frequency policy or no
 *   governor.
 * - -XEN_EACCES: enable_turbo, disable_turbo: the CPU has no frequency
 *   policy.
 * - -XEN_ENODEV: GET_CPUFREQ_CPPC without HWP or without a frequency policy.
 * - -XEN_ENOSYS: unknown `cmd`, including the two migration-delay commands.
 * - Another error of the command's function in pm-op.c (a governor or
 *   value refused gives -XEN_EINVAL; no memory -XEN_ENOMEM; an array that
 *   cannot be written -XEN_EFAULT).
 *  @{ */
#define XEN_SYSCTL_pm_op 12
/** Parameters of the userspace governor. */
struct xen_userspace {
    uint32_t scaling_setspeed; /**< Frequency requested, kHz. */
};
/** Parameters of the ondemand governor. */
struct xen_ondemand {
    uint32_t sampling_rate_max; /**< Largest sampling period allowed, us. */
    uint32_t sampling_rate_min; /**< Smallest sampling period allowed, us. */
    uint32_t sampling_rate;     /**< Sampling period in use, us. */
    uint32_t up_threshold;      /**< Load above which frequency rises, percent. */
};
/** get_cppc: activity_window is supported. */
#define XEN_SYSCTL_CPPC_FEAT_ACT_WINDOW  (1 << 0)
/** Mantissa bits of an activity window. */
#define XEN_CPPC_ACT_WINDOW_MANTISSA_MASK  0x07f
/** Decimal exponent bits of an activity window. */
#define XEN_CPPC_ACT_WINDOW_EXPONENT_MASK  0x380
/** CPPC / HWP performance settings of a CPU (GET_CPUFREQ_CPPC, all OUT).
 *  Performance levels are abstract hardware values from 0 (slowest) to
 *  255 (fastest). */
struct xen_get_cppc_para {
    uint32_t features;         /**< OUT: XEN_SYSCTL_CPPC_FEAT_* bits. */
    uint32_t lowest;           /**< OUT: lowest level the hardware offers. */
    uint32_t lowest_nonlinear; /**< OUT: most energy-efficient level. */
    uint32_t nominal;          /**< OUT: level sustainable at all times. */
    uint32_t highest;          /**< OUT: highest level the hardware offers. */
    uint32_t minimum;          /**< OUT: lower bound requested of the hardware. */
    uint32_t maximum;          /**< OUT: upper bound requested of the hardware. */
    uint32_t desired;          /**< OUT: fixed level requested, or 0 to let hardware choose. */
    uint32_t energy_perf;      /**< OUT: energy/performance bias, 0 fastest .. 255 most frugal. */
    /** OUT: time window over which the hardware judges activity, us,
     *  encoded as a 7-bit mantissa times a power of ten (3-bit exponent);
     *  bits above 9 are zero. */
    uint32_t activity_window;
};
#define XEN_SYSCTL_CPPC_SET_MINIMUM              (1U << 0) /**< set_cppc: `minimum` is valid. */
#define XEN_SYSCTL_CPPC_SET_MAXIMUM              (1U << 1) /**< set_cppc: `maximum` is valid. */
#define XEN_SYSCTL_CPPC_SET_DESIRED              (1U << 2) /**< set_cppc: `desired` is valid. */
#define XEN_SYSCTL_CPPC_SET_ENERGY_PERF          (1U << 3) /**< set_cppc: `energy_perf` is valid. */
/** set_cppc: `activity_window` is valid. */
#define XEN_SYSCTL_CPPC_SET_ACT_WINDOW           (1U << 4)
#define XEN_SYSCTL_CPPC_SET_PRESET_MASK          0xf0000000U /**< Bits selecting a preset. */
#define XEN_SYSCTL_CPPC_SET_PRESET_NONE          0x00000000U /**< No preset. */
#define XEN_SYSCTL_CPPC_SET_PRESET_ONDEMAND      0x10000000U /**< Preset: balanced. */
#define XEN_SYSCTL_CPPC_SET_PRESET_POWERSAVE     0x20000000U /**< Preset: save power. */
#define XEN_SYSCTL_CPPC_SET_PRESET_PERFORMANCE   0x30000000U /**< Preset: maximum speed. */
/** Every bit defined for set_params. */
#define XEN_SYSCTL_CPPC_SET_PARAM_MASK \
        (XEN_SYSCTL_CPPC_SET_PRESET_MASK | \
         XEN_SYSCTL_CPPC_SET_MINIMUM     | \
         XEN_SYSCTL_CPPC_SET_MAXIMUM     | \
         XEN_SYSCTL_CPPC_SET_DESIRED     | \
         XEN_SYSCTL_CPPC_SET_ENERGY_PERF | \
         XEN_SYSCTL_CPPC_SET_ACT_WINDOW)
/** Bits of a valid activity window. */
#define XEN_SYSCTL_CPPC_ACT_WINDOW_MASK (XEN_CPPC_ACT_WINDOW_MANTISSA_MASK | \
                                         XEN_CPPC_ACT_WINDOW_EXPONENT_MASK)
/** New CPPC / HWP settings (SET_CPUFREQ_CPPC); units as in xen_get_cppc_para. */
struct xen_set_cppc_para {
    uint32_t set_params;      /**< IN-OUT: XEN_SYSCTL_CPPC_SET_* bits; Xen may adjust them. */
    uint32_t minimum;         /**< IN: lower performance bound. */
    uint32_t maximum;         /**< IN: upper performance bound. */
    uint32_t desired;         /**< IN: fixed level, or 0 for hardware choice. */
    uint32_t energy_perf;     /**< IN: energy/performance bias. */
    uint32_t activity_window; /**< IN: activity window, encoded. */
};
#define XEN_AMD_CPPC_DRIVER_NAME "amd-cppc"         /**< scaling_driver value: AMD CPPC. */
#define XEN_AMD_CPPC_EPP_DRIVER_NAME "amd-cppc-epp" /**< scaling_driver value: AMD CPPC with EPP. */
#define XEN_HWP_DRIVER_NAME "hwp"                   /**< scaling_driver value: Intel HWP. */
#define CPUFREQ_NAME_LEN 16 /**< Size of driver and governor name fields, bytes. */
/** Frequency settings of a CPU (GET_CPUFREQ_PARA). */
struct xen_get_cpufreq_para {
    uint32_t cpu_num;  /**< IN: room in affected_cpus; OUT: entries needed. */
    uint32_t freq_num; /**< IN: room in scaling_available_frequencies; OUT: entries needed. */
    uint32_t gov_num;  /**< IN: room in scaling_available_governors, names; OUT: names needed. */
    /** OUT: CPUs sharing the frequency domain. */
    XEN_GUEST_HANDLE_64(uint32) affected_cpus;
    /** OUT: frequencies offered, kHz. */
    XEN_GUEST_HANDLE_64(uint32) scaling_available_frequencies;
    /** OUT: governor names, CPUFREQ_NAME_LEN bytes each. */
    XEN_GUEST_HANDLE_64(char)   scaling_available_governors;
    char scaling_driver[CPUFREQ_NAME_LEN]; /**< OUT: driver name. */
    uint32_t cpuinfo_cur_freq; /**< OUT: current frequency, kHz. */
    uint32_t cpuinfo_max_freq; /**< OUT: highest hardware frequency, kHz. */
    uint32_t cpuinfo_min_freq; /**< OUT: lowest hardware frequency, kHz. */
    /** Governor state (for governor-based drivers). */
    struct {
        uint32_t scaling_cur_freq;                  /**< OUT: frequency set by the governor, kHz. */
        char scaling_governor[CPUFREQ_NAME_LEN];    /**< OUT: governor name. */
        uint32_t scaling_max_freq;                  /**< OUT: governor's upper limit, kHz. */
        uint32_t scaling_min_freq;                  /**< OUT: governor's lower limit, kHz. */
        /** Governor-specific parameters. */
        union {
            struct  xen_userspace userspace; /**< userspace governor. */
            struct  xen_ondemand ondemand;   /**< ondemand governor. */
        } u;
    } s;
    int32_t turbo_enabled; /**< OUT: non-zero when turbo modes are allowed. */
};
/** Governor to switch to (SET_CPUFREQ_GOV). */
struct xen_set_cpufreq_gov {
    char scaling_governor[CPUFREQ_NAME_LEN]; /**< IN: governor name. */
};
#define SCALING_MAX_FREQ           1 /**< ctrl_type: upper frequency limit, kHz. */
#define SCALING_MIN_FREQ           2 /**< ctrl_type: lower frequency limit, kHz. */
#define SCALING_SETSPEED           3 /**< ctrl_type: userspace governor speed, kHz. */
#define SAMPLING_RATE              4 /**< ctrl_type: ondemand sampling period, us. */
#define UP_THRESHOLD               5 /**< ctrl_type: ondemand load threshold, percent. */
/** One governor setting (SET_CPUFREQ_PARA). */
struct xen_set_cpufreq_para {
    uint32_t ctrl_type;  /**< IN: SCALING_* / SAMPLING_RATE / UP_THRESHOLD. */
    uint32_t ctrl_value; /**< IN: new value. */
};
#define PM_PARA_CATEGORY_MASK      0xf0 /**< Bits of `cmd` giving the category. */
#define CPUFREQ_PARA               0x10 /**< Category: frequency scaling. */
/** Read frequency settings (u.get_para). */
#define GET_CPUFREQ_PARA           (CPUFREQ_PARA | 0x01)
#define SET_CPUFREQ_GOV            (CPUFREQ_PARA | 0x02) /**< Change governor (u.set_gov). */
#define SET_CPUFREQ_PARA           (CPUFREQ_PARA | 0x03) /**< Change one setting (u.set_para). */
/** Read average frequency (u.get_avgfreq). */
#define GET_CPUFREQ_AVGFREQ        (CPUFREQ_PARA | 0x04)
#define SET_CPUFREQ_CPPC           (CPUFREQ_PARA | 0x05) /**< Change CPPC settings (u.set_cppc). */
#define GET_CPUFREQ_CPPC           (CPUFREQ_PARA | 0x06) /**< Read CPPC settings (u.get_cppc). */
/** Prefer or not packing vCPUs on SMT siblings to save power. */
#define XEN_SYSCTL_pm_op_set_sched_opt_smt    0x21
/** Read the deepest C-state allowed (`cpuid` 0) or sub-state (`cpuid` 1). */
#define XEN_SYSCTL_pm_op_get_max_cstate       0x22
/** Set the deepest C-state allowed (`cpuid` 0) or sub-state (`cpuid` 1). */
#define XEN_SYSCTL_pm_op_set_max_cstate       0x23
/** Meant to set the scheduler's migration delay, us; do_pm_op() of Xen 4.22.0
 *  has no case for it (-XEN_ENOSYS). */
#define XEN_SYSCTL_pm_op_set_vcpu_migration_delay   0x24
/** Meant to read the scheduler's migration delay, us; -XEN_ENOSYS likewise. */
#define XEN_SYSCTL_pm_op_get_vcpu_migration_delay   0x25
#define XEN_SYSCTL_pm_op_enable_turbo               0x26 /**< Allow turbo modes. */
#define XEN_SYSCTL_pm_op_disable_turbo              0x27 /**< Forbid turbo modes. */
#define XEN_SYSCTL_CX_UNLIMITED 0xffffffffU /**< Max C-state value meaning no limit. */
/** Argument of XEN_SYSCTL_pm_op. */
struct xen_sysctl_pm_op {
    uint32_t cmd;   /**< IN: one of the commands above. */
    uint32_t cpuid; /**< IN: CPU concerned (or selector, for the C-state commands). */
    /** Command-specific data. */
    union {
        struct xen_get_cpufreq_para get_para; /**< GET_CPUFREQ_PARA. */
        struct xen_get_cppc_para    get_cppc; /**< GET_CPUFREQ_CPPC. */
        struct xen_set_cpufreq_gov  set_gov;  /**< SET_CPUFREQ_GOV. */
        struct xen_set_cpufreq_para set_para; /**< SET_CPUFREQ_PARA. */
        struct xen_set_cppc_para    set_cppc; /**< SET_CPUFREQ_CPPC. */
        uint64_aligned_t get_avgfreq;         /**< OUT: average frequency, kHz. */
        /** IN-OUT: new setting; previous one back. */
        uint32_t                    set_sched_opt_smt;
        uint32_t                    get_max_cstate;    /**< OUT: deepest state allowed. */
        uint32_t                    set_max_cstate;    /**< IN: deepest state allowed. */
    } u;
};
/** @} */

/**
 * @name XEN_SYSCTL_page_offline_op
 *  Retire RAM pages (after memory errors) or bring them back, and query
 *  their state, one machine frame at a time from `start` to `end`.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 14 |
 * | Caller         | the control domain; XSM: xsm_sysctl(), XSM_PRIV |
 * | Argument       | struct xen_sysctl_page_offline_op |
 * | Returns        | 0; per-page results in `status` |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_sysctl() in xen/common/sysctl.c; offline_page(), online_page() |
 *
 * Errors:
 * - -XEN_EINVAL: `end` is below `start`.
 * - -XEN_ENOMEM: Xen could not allocate the status array.
 * - -XEN_EINVAL: unknown `cmd`.
 * - An error of offline_page(), online_page() or query_page_offline()
 *   (xen/common/page_alloc.c): Xen stops at that frame; `status` is still
 *   written. Xen fills the array byte by byte with 1 first, so the word of
 *   each frame not reached reads 0x01010101 (PG_OFFLINE_INVALID among
 *   other bits).
 * - -XEN_EFAULT: `status` cannot be written.
 *  @{ */
#define XEN_SYSCTL_page_offline_op 14
#define sysctl_page_offline     1 /**< Take pages offline. */
#define sysctl_page_online      2 /**< Bring pages back online. */
#define sysctl_query_page_offline  3 /**< Report page state. */
/** Argument of XEN_SYSCTL_page_offline_op. */
struct xen_sysctl_page_offline_op {
    uint32_t cmd;   /**< IN: sysctl_page_* command. */
    uint32_t start; /**< IN: first machine frame. */
    uint32_t end;   /**< IN: last machine frame, inclusive. */
    /** OUT: one word per frame: PG_* result flags in bits 0-15, owning
     *  domain in bits 16-31. */
    XEN_GUEST_HANDLE(uint32) status;
};
#define PG_OFFLINE_STATUS_MASK    (0xFFUL) /**< Result bits of a status word. */
#define PG_OFFLINE_INVALID   (0x1UL << 0) /**< The frame does not exist. */
#define PG_OFFLINE_OFFLINED  (0x1UL << 1) /**< The frame is offline now. */
#define PG_OFFLINE_PENDING   (0x1UL << 2) /**< The frame will go offline once its owner frees it. */
#define PG_OFFLINE_FAILED    (0x1UL << 3) /**< The request failed. */
#define PG_OFFLINE_AGAIN     (0x1UL << 4) /**< Retry later. */
#define PG_ONLINE_FAILED     PG_OFFLINE_FAILED   /**< Bringing online failed. */
#define PG_ONLINE_ONLINED    PG_OFFLINE_OFFLINED /**< The frame is online now. */
#define PG_OFFLINE_STATUS_OFFLINED              (0x1UL << 1) /**< Query: frame is offline. */
#define PG_OFFLINE_STATUS_ONLINE                (0x1UL << 2) /**< Query: frame is online. */
/** Query: frame is waiting to go offline. */
#define PG_OFFLINE_STATUS_OFFLINE_PENDING       (0x1UL << 3)
#define PG_OFFLINE_STATUS_BROKEN                (0x1UL << 4) /**< Query: frame is marked broken. */
#define PG_OFFLINE_MISC_MASK    (0xFFUL << 4) /**< Detail bits of a status word. */
#define PG_OFFLINE_XENPAGE   (0x1UL << 8)  /**< The frame belongs to Xen. */
#define PG_OFFLINE_DOM0PAGE  (0x1UL << 9)  /**< The frame belongs to dom0. */
#define PG_OFFLINE_ANONYMOUS (0x1UL << 10) /**< The frame has no owner. */
#define PG_OFFLINE_NOT_CONV_RAM   (0x1UL << 11) /**< The frame is not ordinary RAM. */
#define PG_OFFLINE_OWNED     (0x1UL << 12) /**< The frame has an owner (in the high bits). */
#define PG_OFFLINE_BROKEN    (0x1UL << 13) /**< The frame is marked broken. */
#define PG_ONLINE_BROKEN     PG_OFFLINE_BROKEN /**< A broken frame cannot come back online. */
#define PG_OFFLINE_OWNER_SHIFT 16 /**< Position of the owner domain in a status word. */
/** @} */

/**
 * @name XEN_SYSCTL_lockprof_op
 *  Lock profiling data (builds with lock profiling only).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 15 |
 * | Caller         | the control domain; XSM: xsm_sysctl(), XSM_PRIV |
 * | Argument       | struct xen_sysctl_lockprof_op |
 * | Returns        | 0 (query: `nr_elem` and `time` filled in) |
 * | Errors         | listed below |
 * | Architectures  | hypervisors built with CONFIG_DEBUG_LOCK_PROFILE; others -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | spinlock_profile_control() in xen/common/spinlock.c |
 *
 * Errors:
 * - -XEN_EINVAL: unknown `cmd`.
 * - -XEN_EFAULT: query: `data` cannot be written.
 *  @{ */
#define XEN_SYSCTL_lockprof_op 15
#define XEN_SYSCTL_LOCKPROF_reset 1 /**< Zero all lock statistics. */
#define XEN_SYSCTL_LOCKPROF_query 2 /**< Read lock statistics. */
#define LOCKPROF_TYPE_GLOBAL      0 /**< A global lock; `idx` unused. */
#define LOCKPROF_TYPE_PERDOM      1 /**< A per-domain lock; `idx` is the domain ID. */
#define LOCKPROF_TYPE_N           2 /**< Number of lock types. */
/** Statistics of one lock. */
struct xen_sysctl_lockprof_data {
    char     name[40]; /**< OUT: lock name; may hold up to two %d for `idx`. */
    int32_t  type;     /**< OUT: LOCKPROF_TYPE_*. */
    int32_t  idx;      /**< OUT: instance, e.g. domain ID. */
    uint64_aligned_t lock_cnt;   /**< OUT: successful acquisitions. */
    uint64_aligned_t block_cnt;  /**< OUT: acquisitions that had to wait. */
    uint64_aligned_t lock_time;  /**< OUT: time held, ns. */
    uint64_aligned_t block_time; /**< OUT: time waited, ns. */
};
typedef struct xen_sysctl_lockprof_data xen_sysctl_lockprof_data_t;
DEFINE_XEN_GUEST_HANDLE(xen_sysctl_lockprof_data_t);
XEN_DEFINE_GUEST_HANDLE_64(xen_sysctl_lockprof_data_t, xen_sysctl_lockprof_data_t)
/** Argument of XEN_SYSCTL_lockprof_op. */
struct xen_sysctl_lockprof_op {
    uint32_t       cmd;      /**< IN: XEN_SYSCTL_LOCKPROF_*. */
    uint32_t       max_elem; /**< IN: room in `data`, entries. */
    uint32_t       nr_elem;  /**< OUT (query): locks available. */
    uint64_aligned_t time;   /**< OUT (query): length of the measurement, ns. */
    XEN_GUEST_HANDLE_64(xen_sysctl_lockprof_data_t) data; /**< OUT: lock statistics, or null. */
};
/** @} */

/**
 * @name XEN_SYSCTL_cputopoinfo
 *  Core, socket and node of each CPU. A NULL `cputopo` asks only for the
 *  number of entries needed.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 16 |
 * | Caller         | the control domain; XSM: xsm_sysctl(), XSM_PRIV |
 * | Argument       | struct xen_sysctl_cputopoinfo |
 * | Returns        | 0; `num_cpus` set to the entries written (or needed, for a NULL array) |
 * | Errors         | listed below |
 * | Since          | Xen 4.6.0 |
 * | Implemented by | do_sysctl() in xen/common/sysctl.c |
 *
 * Errors:
 * - -XEN_EFAULT: `cputopo` or `num_cpus` cannot be written.
 *  @{ */
#define XEN_SYSCTL_cputopoinfo 16
#define XEN_INVALID_CORE_ID     (~0U) /**< Core unknown (e.g. CPU offline). */
#define XEN_INVALID_SOCKET_ID   (~0U) /**< Socket unknown. */
#define XEN_INVALID_NODE_ID     (~0U) /**< Node unknown. */
/** Topology of one CPU. */
struct xen_sysctl_cputopo {
    uint32_t core;   /**< OUT: core ID. */
    uint32_t socket; /**< OUT: socket ID. */
    uint32_t node;   /**< OUT: NUMA node ID. */
};
typedef struct xen_sysctl_cputopo xen_sysctl_cputopo_t;
DEFINE_XEN_GUEST_HANDLE(xen_sysctl_cputopo_t);
XEN_DEFINE_GUEST_HANDLE_64(xen_sysctl_cputopo_t, xen_sysctl_cputopo_t)
/** Argument of XEN_SYSCTL_cputopoinfo. */
struct xen_sysctl_cputopoinfo {
    /** IN: room in `cputopo`; OUT: entries written (the smaller of the room
     *  and the CPUs the host can have), or that CPU count when `cputopo` is
     *  null. */
    uint32_t num_cpus;
    /** OUT: one entry per CPU, or null to ask the count. */
    XEN_GUEST_HANDLE_64(xen_sysctl_cputopo_t) cputopo;
};
/** @} */

/**
 * @name XEN_SYSCTL_numainfo
 *  Memory and distances of each NUMA node. With both arrays NULL it asks
 *  only for the number of nodes.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 17 |
 * | Caller         | the control domain; XSM: xsm_sysctl(), XSM_PRIV |
 * | Argument       | struct xen_sysctl_numainfo |
 * | Returns        | 0; `num_nodes` set to the nodes reported (NULL arrays: last online node + 1) |
 * | Errors         | listed below |
 * | Since          | Xen 4.1.0 |
 * | Implemented by | do_sysctl() in xen/common/sysctl.c |
 *
 * Errors:
 * - -XEN_EFAULT: `meminfo`, `distance` or `num_nodes` cannot be written.
 *  @{ */
#define XEN_SYSCTL_numainfo 17
#define XEN_INVALID_MEM_SZ     (~0U) /**< Memory size unknown. */
#define XEN_INVALID_NODE_DIST  (~0U) /**< Distance unknown. */
/** Memory of one node. */
struct xen_sysctl_meminfo {
    uint64_t memsize; /**< OUT: memory of the node, bytes. */
    uint64_t memfree; /**< OUT: free memory of the node, bytes. */
};
typedef struct xen_sysctl_meminfo xen_sysctl_meminfo_t;
DEFINE_XEN_GUEST_HANDLE(xen_sysctl_meminfo_t);
XEN_DEFINE_GUEST_HANDLE_64(xen_sysctl_meminfo_t, xen_sysctl_meminfo_t)
/** Argument of XEN_SYSCTL_numainfo. */
struct xen_sysctl_numainfo {
    /** IN: room in the arrays, in nodes; OUT: nodes reported (the smaller of
     *  the room and the host's node count), or that count when both arrays
     *  are null. */
    uint32_t num_nodes;
    XEN_GUEST_HANDLE_64(xen_sysctl_meminfo_t) meminfo; /**< OUT: one entry per node, or null. */
    /** OUT: N x N distance matrix, N being the returned `num_nodes`;
     *  distance from i to j at i*N + j. */
    XEN_GUEST_HANDLE_64(uint32) distance;
};
/** @} */

/**
 * @name XEN_SYSCTL_cpupool_op
 *  Manage CPU pools: groups of CPUs with their own scheduler. `op`
 *  picks the action; the member comments of the argument mark which
 *  fields each one uses (C create, D destroy, I info, A add CPU, R remove
 *  CPU, M move domain, F free CPUs).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 18 |
 * | Caller         | the control domain; XSM: xsm_sysctl(), XSM_PRIV |
 * | Argument       | struct xen_sysctl_cpupool_op |
 * | Returns        | 0, with the OUT fields of `op` filled in |
 * | Errors         | listed below |
 * | Since          | Xen 4.1.0 |
 * | Implemented by | cpupool_do_sysctl() in xen/common/sched/cpupool.c |
 *
 * Errors:
 * - -XEN_ENOSYS: unknown `op`.
 * - -XEN_ENOENT: no pool `cpupool_id` (info: none with that id or
 *   above; move: or the pool has no CPU).
 * - -XEN_ENOMEM: create: no memory for the pool.
 * - -XEN_ENOSPC: create: there are already twice as many pools as CPUs.
 * - -XEN_EEXIST: create: the pool id is taken.
 * - -XEN_ENOENT or -XEN_ENOMEM: create: unknown `sched_id`, or no memory
 *   for the scheduler.
 * - -XEN_EBUSY: destroy: the pool still has domains or CPUs.
 * - -XEN_EINVAL: add or remove: `cpu` is beyond the host's CPUs; remove:
 *   CPU 0 from pool 0, or a CPU that is offline.
 * - -XEN_ENODEV: add: the CPU (or, for XEN_SYSCTL_CPUPOOL_PAR_ANY, every
 *   CPU) is offline or not free with its scheduling siblings.
 * - -XEN_EADDRNOTAVAIL: add: the CPU is still part-way out of another
 *   pool; remove: the CPU is not in the pool, or another CPU move is under
 *   way.
 * - -XEN_EBUSY: remove: the pool's last CPUs while it has live domains.
 * - -XEN_ESRCH or -XEN_EPERM: move: no domain `domid`, or it is the caller.
 * - -XEN_EINVAL: move: the domain is in no pool.
 * - -XEN_EFAULT: info, free: `cpumap` cannot be written.
 *  @{ */
#define XEN_SYSCTL_cpupool_op 18
#define XEN_SYSCTL_CPUPOOL_OP_CREATE                1 /**< Create a pool. */
#define XEN_SYSCTL_CPUPOOL_OP_DESTROY               2 /**< Destroy an empty pool. */
#define XEN_SYSCTL_CPUPOOL_OP_INFO                  3 /**< Describe a pool (or the next one up). */
#define XEN_SYSCTL_CPUPOOL_OP_ADDCPU                4 /**< Add a free CPU to a pool. */
/** Return a CPU of a pool to the free set. */
#define XEN_SYSCTL_CPUPOOL_OP_RMCPU                 5
#define XEN_SYSCTL_CPUPOOL_OP_MOVEDOMAIN            6 /**< Move a domain into a pool. */
#define XEN_SYSCTL_CPUPOOL_OP_FREEINFO              7 /**< List CPUs in no pool. */
#define XEN_SYSCTL_CPUPOOL_PAR_ANY     0xFFFFFFFFU /**< Any pool ID / any CPU, Xen chooses. */
/** Argument of XEN_SYSCTL_cpupool_op. Letters name the sub-ops using a
 *  field: Create, Destroy, Info, Addcpu, Rmcpu, Movedomain, Freeinfo. */
struct xen_sysctl_cpupool_op {
    uint32_t op;         /**< IN: XEN_SYSCTL_CPUPOOL_OP_*. */
    uint32_t cpupool_id; /**< IN (C,D,I,A,R,M); OUT (C,I): pool ID. */
    uint32_t sched_id;   /**< IN (C), OUT (I): XEN_SCHEDULER_*. */
    uint32_t domid;      /**< IN (M): domain to move. */
    uint32_t cpu;        /**< IN (A,R): CPU to add or remove. */
    uint32_t n_dom;      /**< OUT (I): domains in the pool. */
    struct xenctl_bitmap cpumap; /**< OUT (I,F): CPUs of the pool / free CPUs. */
};
/** @} */

/**
 * @name XEN_SYSCTL_scheduler_op
 *  Read or set the parameters of a pool's scheduler. Only credit, credit2
 *  and ARINC 653 have such parameters; for the other schedulers the call
 *  does nothing and returns 0.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 19 |
 * | Caller         | the control domain; XSM: xsm_sysctl(), XSM_PRIV |
 * | Argument       | struct xen_sysctl_scheduler_op |
 * | Returns        | 0, with the parameters now in effect in `u` |
 * | Errors         | listed below |
 * | Since          | Xen 4.1.0 |
 * | Implemented by | sched_adjust_global() in xen/common/sched/core.c |
 *
 * Errors:
 * - -XEN_EINVAL: `cmd` is neither putinfo nor getinfo.
 * - -XEN_ESRCH: no CPU pool `cpupool_id`.
 * - -XEN_EINVAL: `sched_id` is not the pool's scheduler.
 * - -XEN_EINVAL: putinfo: a value outside the scheduler's limits
 *   (csched_sys_cntl(), csched2_sys_cntl()): the time slice, the rate
 *   limit (0 turns it off; credit: not longer than the time slice) or the
 *   migration delay.
 * - -XEN_EFAULT: ARINC 653: `schedule` cannot be read (putinfo) or
 *   written (getinfo).
 * - -XEN_EINVAL: ARINC 653 putinfo (arinc653_sched_set()): `major_frame`
 *   or an entry's `runtime` is 0, `num_sched_entries` is 0 or above
 *   ARINC653_MAX_DOMAINS_PER_SCHEDULE, or the run times add up to more
 *   than `major_frame`.
 *  @{ */
#define XEN_SYSCTL_scheduler_op 19
#define ARINC653_MAX_DOMAINS_PER_SCHEDULE   64 /**< Size of an ARINC 653 schedule, entries. */
/** An ARINC 653 schedule. */
struct xen_sysctl_arinc653_schedule {
    uint64_aligned_t     major_frame;       /**< IN-OUT: length of the major frame, ns. */
    uint8_t     num_sched_entries;          /**< IN-OUT: valid entries in sched_entries. */
    /** One time slot of the major frame. */
    struct {
        xen_domain_handle_t dom_handle; /**< IN-OUT: UUID of the domain. */
        /** IN-OUT: vCPU of that domain (0 for single-vCPU domains). */
        uint32_t vcpu_id;
        uint64_aligned_t runtime;       /**< IN-OUT: time given per major frame, ns. */
    } sched_entries[ARINC653_MAX_DOMAINS_PER_SCHEDULE];
};
typedef struct xen_sysctl_arinc653_schedule xen_sysctl_arinc653_schedule_t;
DEFINE_XEN_GUEST_HANDLE(xen_sysctl_arinc653_schedule_t);
XEN_DEFINE_GUEST_HANDLE_64(xen_sysctl_arinc653_schedule_t, xen_sysctl_arinc653_schedule_t)
#define XEN_SYSCTL_SCHED_RATELIMIT_MAX 500000 /**< Largest rate limit, us. */
#define XEN_SYSCTL_SCHED_RATELIMIT_MIN 100    /**< Smallest non-zero rate limit, us. */
#define XEN_SYSCTL_CSCHED_TSLICE_MAX 1000 /**< Longest credit time slice, ms. */
#define XEN_SYSCTL_CSCHED_TSLICE_MIN 1    /**< Shortest credit time slice, ms. */
#define XEN_SYSCTL_CSCHED_MGR_DLY_MAX_US (100 * 1000) /**< Longest cache-hot period, us. */
/** Credit scheduler parameters. */
struct xen_sysctl_credit_schedule {
    uint32_t tslice_ms;          /**< IN-OUT: time slice, ms. */
    uint32_t ratelimit_us;       /**< IN-OUT: minimum run time before preemption, us. */
    /** IN-OUT: time a vCPU counts as cache-hot on its last CPU, us. */
    uint32_t vcpu_migr_delay_us;
};
/** Credit2 scheduler parameters. */
struct xen_sysctl_credit2_schedule {
    uint32_t ratelimit_us; /**< IN-OUT: minimum run time before preemption, us. */
};
#define XEN_SYSCTL_SCHEDOP_putinfo 0 /**< Set parameters. */
#define XEN_SYSCTL_SCHEDOP_getinfo 1 /**< Read parameters. */
/** ARINC 653 parameters. Upstream declares this tag inside the union of
 *  xen_sysctl_scheduler_op; in C the tag has file scope either way, and
 *  declaring it here gives the same type and layout. */
struct xen_sysctl_sched_arinc653 {
    XEN_GUEST_HANDLE_64(xen_sysctl_arinc653_schedule_t) schedule; /**< IN-OUT: the schedule. */
};
/** Argument of XEN_SYSCTL_scheduler_op. */
struct xen_sysctl_scheduler_op {
    uint32_t cpupool_id; /**< IN: pool whose scheduler is meant. */
    uint32_t sched_id;   /**< IN: XEN_SCHEDULER_* expected. */
    uint32_t cmd;        /**< IN: XEN_SYSCTL_SCHEDOP_*. */
    /** Scheduler-specific parameters. */
    union {
        struct xen_sysctl_sched_arinc653 sched_arinc653;  /**< ARINC 653 parameters. */
        struct xen_sysctl_credit_schedule sched_credit;   /**< Credit parameters. */
        struct xen_sysctl_credit2_schedule sched_credit2; /**< Credit2 parameters. */
    } u;
};
/** @} */

/**
 * @name XEN_SYSCTL_coverage_op
 *  Code-coverage data (builds with coverage only): its size, its contents
 *  (gcov or LLVM format, as the compiler made it), or a reset.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 20 |
 * | Caller         | the control domain; XSM: xsm_sysctl(), XSM_PRIV |
 * | Argument       | struct xen_sysctl_coverage_op |
 * | Returns        | 0; `size`: the data's size (get_size), the bytes written (read, gcov) |
 * | Errors         | listed below |
 * | Architectures  | hypervisors built with CONFIG_COVERAGE; others -XEN_EOPNOTSUPP |
 * | Since          | Xen 4.3.0 |
 * | Implemented by | sysctl_cov_op() in xen/common/coverage/coverage.c |
 *
 * Errors:
 * - -XEN_EOPNOTSUPP: unknown `cmd`, or a hypervisor built without coverage.
 * - -XEN_ENOBUFS (gcov) or -XEN_ENOMEM (LLVM): read: `size` is smaller than
 *   the data.
 * - -XEN_EFAULT: read, gcov: `buffer` cannot be written.
 *
 * With LLVM coverage, read leaves `size` as given, zeroes the part of
 * `buffer` past the data, and does not check its copies into `buffer`.
 *  @{ */
#define XEN_SYSCTL_coverage_op 20
#define XEN_GCOV_FORMAT_MAGIC    0x58434f56 /**< First word of the data ("XCOV"). */
#define XEN_SYSCTL_COVERAGE_get_size 0 /**< Report the data size. */
#define XEN_SYSCTL_COVERAGE_read     1 /**< Copy the data out. */
#define XEN_SYSCTL_COVERAGE_reset    2 /**< Zero the counters. */
/** Argument of XEN_SYSCTL_coverage_op. */
struct xen_sysctl_coverage_op {
    uint32_t cmd;  /**< IN: XEN_SYSCTL_COVERAGE_*. */
    uint32_t size; /**< IN-OUT: size of `buffer`; size of the data, bytes. */
    XEN_GUEST_HANDLE_64(char) buffer; /**< OUT: the data. */
};
/** @} */

/**
 * @name XEN_SYSCTL_psr_cmt_op
 *  Cache monitoring (Intel RDT) host properties.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 21 |
 * | Caller         | the control domain; XSM: xsm_sysctl(), XSM_PRIV |
 * | Argument       | struct xen_sysctl_psr_cmt_op |
 * | Returns        | 0, with the answer in `u.data` |
 * | Errors         | listed below |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.5.0 |
 * | Implemented by | arch_do_sysctl() in xen/arch/x86/sysctl.c |
 *
 * Errors:
 * - -XEN_ENODEV: cache monitoring is not available or not enabled.
 * - -XEN_EINVAL: `flags` is not 0.
 * - -XEN_ENODEV: get_l3_cache_size: `u.l3_cache.cpu` is not an online CPU.
 * - -XEN_EIO: get_l3_cache_size: CPUID leaf 4 of that CPU has no cache at
 *   index 3 (cpuid4_cache_lookup()).
 * - -XEN_ENOSYS: unknown `cmd`.
 * - -XEN_EFAULT: the result cannot be written.
 *  @{ */
#define XEN_SYSCTL_psr_cmt_op 21
#define XEN_SYSCTL_PSR_CMT_get_total_rmid            0 /**< Number of monitoring IDs. */
#define XEN_SYSCTL_PSR_CMT_get_l3_upscaling_factor   1 /**< Bytes per occupancy count. */
#define XEN_SYSCTL_PSR_CMT_get_l3_cache_size         2 /**< L3 size of `cpu`'s socket, KiB. */
#define XEN_SYSCTL_PSR_CMT_enabled                   3 /**< Whether monitoring is on. */
#define XEN_SYSCTL_PSR_CMT_get_l3_event_mask         4 /**< L3 events supported. */
/** Argument of XEN_SYSCTL_psr_cmt_op. */
struct xen_sysctl_psr_cmt_op {
    uint32_t cmd;   /**< IN: XEN_SYSCTL_PSR_CMT_*. */
    uint32_t flags; /**< IN: reserved, zero. */
    /** Command-specific data. */
    union {
        uint64_t data; /**< OUT: the value asked for. */
        /** Input of the per-cache commands. */
        struct {
            uint32_t cpu;  /**< IN: a CPU of the cache concerned. */
            uint32_t rsvd; /**< IN: reserved, zero. */
        } l3_cache;
    } u;
};
/** @} */

/**
 * @name XEN_SYSCTL_pcitopoinfo
 *  NUMA node of PCI devices. Xen may stop early to let other work run,
 *  after at least 64 devices: then `num_devs` says how many it did, and the
 *  caller asks again for the rest.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 22 |
 * | Caller         | the control domain; XSM: xsm_sysctl(), XSM_PRIV |
 * | Argument       | struct xen_sysctl_pcitopoinfo |
 * | Returns        | 0; `num_devs` lowered to the devices done, when not all |
 * | Errors         | listed below |
 * | Architectures  | builds with CONFIG_HAS_PCI (every x86 build); Arm without it: -XEN_ENOSYS |
 * | Since          | Xen 4.6.0 |
 * | Implemented by | do_sysctl() in xen/common/sysctl.c |
 *
 * Errors:
 * - -XEN_EINVAL: `devs` or `nodes` is NULL.
 * - -XEN_EFAULT: `devs` cannot be read, or `nodes` or `num_devs` written.
 *  @{ */
#define XEN_SYSCTL_pcitopoinfo 22
#define XEN_INVALID_DEV (XEN_INVALID_NODE_ID - 1) /**< Node value for a device Xen does not know. */
/** Argument of XEN_SYSCTL_pcitopoinfo. */
struct xen_sysctl_pcitopoinfo {
    uint32_t num_devs; /**< IN: entries in `devs` and `nodes`; OUT: entries handled. */
    XEN_GUEST_HANDLE_64(physdev_pci_device_t) devs; /**< IN: devices asked about. */
    /** OUT: node of each device; XEN_INVALID_NODE_ID when unknown,
     *  XEN_INVALID_DEV when the device is unknown. */
    XEN_GUEST_HANDLE_64(uint32) nodes;
};
/** @} */

/**
 * @name XEN_SYSCTL_psr_alloc
 *  Cache and memory-bandwidth allocation (Intel RDT) host properties, for
 *  the socket `target`.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 23 |
 * | Caller         | the control domain; XSM: xsm_sysctl(), XSM_PRIV |
 * | Argument       | struct xen_sysctl_psr_alloc |
 * | Returns        | 0, with the answer in `u` |
 * | Errors         | listed below |
 * | Architectures  | x86 built with CONFIG_X86_PSR; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.11.0 |
 * | Implemented by | psr_get_info() in xen/arch/x86/psr.c |
 *
 * Errors:
 * - -XEN_EOPNOTSUPP: unknown `cmd`, or a hypervisor built without PSR.
 * - -XEN_ENODEV: the host has no allocation feature enabled.
 * - -XEN_ERANGE: `target` is beyond the host's sockets.
 * - -XEN_ENOENT: the socket is not set up, or lacks the feature asked
 *   about.
 * - -XEN_EFAULT: the result cannot be written.
 *  @{ */
#define XEN_SYSCTL_psr_alloc 23
#define XEN_SYSCTL_PSR_get_l3_info               0 /**< L3 allocation properties. */
#define XEN_SYSCTL_PSR_get_l2_info               1 /**< L2 allocation properties. */
#define XEN_SYSCTL_PSR_get_mba_info              2 /**< Bandwidth allocation properties. */
#define XEN_SYSCTL_PSR_CAT_L3_CDP       (1u << 0) /**< cat_info: code/data prioritisation is on. */
#define XEN_SYSCTL_PSR_MBA_LINEAR      (1u << 0) /**< mba_info: throttling is linear. */
/** Argument of XEN_SYSCTL_psr_alloc. */
struct xen_sysctl_psr_alloc {
    uint32_t cmd;    /**< IN: XEN_SYSCTL_PSR_get_*. */
    uint32_t target; /**< IN: socket concerned. */
    /** Command-specific output. */
    union {
        /** Cache allocation properties. */
        struct {
            uint32_t cbm_len; /**< OUT: capacity bitmask length, bits. */
            uint32_t cos_max; /**< OUT: highest class of service. */
            uint32_t flags;   /**< OUT: XEN_SYSCTL_PSR_CAT_* bits. */
        } cat_info;
        /** Bandwidth allocation properties. */
        struct {
            uint32_t thrtl_max; /**< OUT: largest throttle value. */
            uint32_t cos_max;   /**< OUT: highest class of service. */
            uint32_t flags;     /**< OUT: XEN_SYSCTL_PSR_MBA_* bits. */
        } mba_info;
    } u;
};
/** @} */

/**
 * @name XEN_SYSCTL_get_cpu_featureset
 *  CPU feature sets (x86). A NULL `features` asks only for the number of
 *  words Xen has, in `nr_features`.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 26 |
 * | Caller         | the control domain; XSM: xsm_sysctl(), XSM_PRIV |
 * | Argument       | struct xen_sysctl_cpu_featureset |
 * | Returns        | 0; `nr_features` holds the words written |
 * | Errors         | listed below |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.7.0 |
 * | Implemented by | arch_do_sysctl() in xen/arch/x86/sysctl.c |
 *
 * Errors:
 * - -XEN_EINVAL: `index` is not an XEN_SYSCTL_cpu_featureset_* value.
 * - -XEN_EOPNOTSUPP: the hypervisor is built without that set (PV or HVM
 *   support left out).
 * - -XEN_EFAULT: `features` or `nr_features` cannot be written.
 * - -XEN_ENOBUFS: `nr_features` was smaller than Xen's count; the words
 *   that fitted are written.
 *  @{ */
#define XEN_SYSCTL_get_cpu_featureset 26
#define XEN_SYSCTL_cpu_featureset_raw      0 /**< What the hardware has. */
#define XEN_SYSCTL_cpu_featureset_host     1 /**< What Xen uses. */
#define XEN_SYSCTL_cpu_featureset_pv       2 /**< Default for PV guests. */
#define XEN_SYSCTL_cpu_featureset_hvm      3 /**< Default for HVM guests. */
#define XEN_SYSCTL_cpu_featureset_pv_max   4 /**< Most a PV guest may get. */
#define XEN_SYSCTL_cpu_featureset_hvm_max  5 /**< Most an HVM guest may get. */
/** Argument of XEN_SYSCTL_get_cpu_featureset. */
struct xen_sysctl_cpu_featureset {
    uint32_t index;       /**< IN: XEN_SYSCTL_cpu_featureset_*. */
    /** IN: room in `features`, words; OUT: words written, or the length
     *  of every feature set (they share one numbering) when `features` is
     *  null. */
    uint32_t nr_features;
    XEN_GUEST_HANDLE_64(uint32) features; /**< OUT: feature words. */
};
/** @} */

/**
 * @name XEN_SYSCTL_livepatch_op
 *  Upload, list and apply live patches. An apply, revert or replace
 *  action is only scheduled by the call; its outcome shows later in the
 *  payload's status (XEN_SYSCTL_LIVEPATCH_GET), -XEN_EAGAIN while it runs. An
 *  action the payload's state does not allow (applying one already applied,
 *  reverting one not applied) does nothing and returns 0.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 27 |
 * | Caller         | the control domain; XSM: xsm_sysctl(), XSM_PRIV |
 * | Argument       | struct xen_sysctl_livepatch_op |
 * | Returns        | 0; list: the number of entries written |
 * | Errors         | listed below |
 * | Architectures  | hypervisors built with CONFIG_LIVEPATCH; others -XEN_ENOSYS |
 * | Since          | Xen 4.7.0 |
 * | Implemented by | livepatch_op() in xen/common/livepatch.c |
 *
 * Errors:
 * - -XEN_EINVAL: `flags` has an unknown bit and not LIVEPATCH_FLAG_FORCE.
 * - -XEN_EOPNOTSUPP: unknown `cmd`, or unknown action; replace, when this
 *   payload or an applied one has vetoing hooks.
 * - -XEN_EINVAL: a payload name that is empty, longer than
 *   XEN_LIVEPATCH_NAME_SIZE, not NUL-terminated, or with `pad` not 0 (for
 *   upload also a name that cannot be read); an upload of size 0 or above
 *   2 MiB; a `pad` of the list or action that is not 0.
 * - -XEN_EFAULT: get, action: the name cannot be read; upload: the image
 *   is not in readable guest memory.
 * - -XEN_E2BIG: list: `nr` is above 1024 (checked before `pad`).
 * - -XEN_EINVAL: list: an array not accessible for `nr` entries, `idx`
 *   beyond the payloads, or `name` or `metadata` not accessible where the
 *   next entry goes.
 * - -XEN_ENOBUFS: list: `name_total_size` or `metadata_total_size` has no
 *   room for the next entry.
 * - -XEN_EEXIST: upload: a payload of that name exists.
 * - -XEN_ENOENT: get, action: no payload of that name.
 * - -XEN_EBUSY: action: an action on the payload is still pending.
 * - -XEN_EINVAL: unload: the payload is applied (only a checked one can go).
 * - -XEN_EBUSY: revert: a payload applied after this one is still applied.
 * - -XEN_ENODATA or -XEN_EINVAL: apply (without
 *   LIVEPATCH_ACTION_APPLY_NODEPS), replace: the hypervisor has no build
 *   ID, or the payload's dependency does not match it (or the last
 *   applied payload's).
 * - -XEN_ENOMEM: Xen could not allocate the payload or its copy.
 * - -XEN_EFAULT: a buffer cannot be read or written.
 * - An error of checking or loading the uploaded ELF image, or of a
 *   payload's expectations or pre-apply or pre-revert hook.
 *  @{ */
#define XEN_SYSCTL_livepatch_op 27
#define LIVEPATCH_PAYLOAD_VERSION 2 /**< Version of the payload format. */
#define XEN_LIVEPATCH_NAME_SIZE 128 /**< Longest payload name, bytes with the NUL. */
/** A payload name. */
struct xen_livepatch_name {
    XEN_GUEST_HANDLE_64(char) name; /**< IN: the name. */
    uint16_t size;                  /**< IN: its length, bytes, at most XEN_LIVEPATCH_NAME_SIZE. */
    uint16_t pad[3];                /**< IN: zero. */
};
#define XEN_SYSCTL_LIVEPATCH_UPLOAD 0 /**< Load a payload (u.upload). */
/** Upload a payload. */
struct xen_sysctl_livepatch_upload {
    struct xen_livepatch_name name;     /**< IN: name to give it. */
    uint64_t size;                      /**< IN: ELF image size, bytes. */
    XEN_GUEST_HANDLE_64(uint8) payload; /**< IN: ELF image. */
};
#define XEN_SYSCTL_LIVEPATCH_GET 1 /**< State of one payload (u.get). */
#define LIVEPATCH_STATE_CHECKED      1 /**< Loaded and verified, not applied. */
#define LIVEPATCH_STATE_APPLIED      2 /**< Applied. */
/** State of a payload. */
struct xen_livepatch_status {
    uint32_t state; /**< OUT: LIVEPATCH_STATE_*. */
    int32_t rc;     /**< OUT: 0, or -XEN_E* of the last action. */
};
typedef struct xen_livepatch_status xen_livepatch_status_t;
DEFINE_XEN_GUEST_HANDLE(xen_livepatch_status_t);
XEN_DEFINE_GUEST_HANDLE_64(xen_livepatch_status_t, xen_livepatch_status_t)
/** Query one payload. */
struct xen_sysctl_livepatch_get {
    struct xen_livepatch_name name;     /**< IN: payload name. */
    struct xen_livepatch_status status; /**< IN-OUT: its state. */
};
#define XEN_SYSCTL_LIVEPATCH_LIST 2 /**< List payloads (u.list). */
/** List payloads, in batches. */
struct xen_sysctl_livepatch_list {
    uint32_t version; /**< OUT: list generation; a change between calls means the list moved. */
    uint32_t idx;     /**< IN: first list position to report. */
    uint32_t nr;      /**< IN: entries wanted (0 to ask counts); OUT: entries remaining. */
    uint32_t pad;     /**< IN: zero. */
    uint32_t name_total_size;     /**< IN: size of `name`; OUT: bytes of names written. */
    uint32_t metadata_total_size; /**< IN: size of `metadata`; OUT: bytes of metadata written. */
    XEN_GUEST_HANDLE_64(xen_livepatch_status_t) status; /**< OUT: `nr` states. */
    XEN_GUEST_HANDLE_64(char) name;         /**< OUT: `nr` names, back to back. */
    XEN_GUEST_HANDLE_64(uint32) len;        /**< OUT: `nr` name lengths. */
    XEN_GUEST_HANDLE_64(char) metadata;     /**< OUT: `nr` metadata strings, back to back. */
    XEN_GUEST_HANDLE_64(uint32) metadata_len; /**< OUT: `nr` metadata lengths. */
};
#define XEN_SYSCTL_LIVEPATCH_ACTION 3 /**< Act on a payload (u.action). */
#define LIVEPATCH_ACTION_UNLOAD       1 /**< Remove an unapplied payload. */
#define LIVEPATCH_ACTION_REVERT       2 /**< Undo an applied payload. */
#define LIVEPATCH_ACTION_APPLY        3 /**< Apply a payload. */
#define LIVEPATCH_ACTION_REPLACE      4 /**< Revert all others, then apply this one. */
#define LIVEPATCH_ACTION_APPLY_NODEPS (1 << 0) /**< Skip the build-ID dependency check. */
/** Act on a payload. */
struct xen_sysctl_livepatch_action {
    struct xen_livepatch_name name; /**< IN: payload name. */
    uint32_t cmd;     /**< IN: LIVEPATCH_ACTION_*. */
    uint32_t timeout; /**< IN: time limit, ns; 0 for Xen's default. */
    uint32_t flags;   /**< IN: LIVEPATCH_ACTION_APPLY_* bits. */
    uint32_t pad;     /**< IN: zero. */
};
#define LIVEPATCH_FLAG_FORCE      (1u << 0) /**< Skip some safety checks. */
#define LIVEPATCH_FLAGS_MASK      LIVEPATCH_FLAG_FORCE /**< Every flag defined. */
/** Argument of XEN_SYSCTL_livepatch_op. */
struct xen_sysctl_livepatch_op {
    uint32_t cmd;   /**< IN: XEN_SYSCTL_LIVEPATCH_*. */
    uint32_t flags; /**< IN: LIVEPATCH_FLAG_* bits. */
    /** Command-specific data. */
    union {
        struct xen_sysctl_livepatch_upload upload; /**< XEN_SYSCTL_LIVEPATCH_UPLOAD. */
        struct xen_sysctl_livepatch_list list;     /**< XEN_SYSCTL_LIVEPATCH_LIST. */
        struct xen_sysctl_livepatch_get get;       /**< XEN_SYSCTL_LIVEPATCH_GET. */
        struct xen_sysctl_livepatch_action action; /**< XEN_SYSCTL_LIVEPATCH_ACTION. */
    } u;
};
/** @} */

/**
 * @name XEN_SYSCTL_get_cpu_policy
 *  CPUID and MSR policies (x86 only). A NULL array asks only for the most
 *  entries Xen could write, in its count.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 29 |
 * | Caller         | the control domain; XSM: xsm_sysctl(), XSM_PRIV |
 * | Argument       | struct xen_sysctl_cpu_policy |
 * | Returns        | 0; `nr_leaves` and `nr_msrs` hold the entries written |
 * | Errors         | listed below |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.12.0 |
 * | Implemented by | arch_do_sysctl() in xen/arch/x86/sysctl.c |
 *
 * Errors:
 * - -XEN_EINVAL: `_rsvd` is not 0, or `index` is not an
 *   XEN_SYSCTL_cpu_policy_* value.
 * - -XEN_EOPNOTSUPP: the hypervisor is built without that policy (PV or
 *   HVM support left out).
 * - -XEN_ENOBUFS: an array is too small for the policy.
 * - -XEN_EFAULT: an array or a count cannot be written.
 *  @{ */
#define XEN_SYSCTL_get_cpu_policy 29
#if defined(__i386__) || defined(__x86_64__)
#define XEN_SYSCTL_cpu_policy_raw          0 /**< What the hardware has. */
#define XEN_SYSCTL_cpu_policy_host         1 /**< What Xen uses. */
#define XEN_SYSCTL_cpu_policy_pv_max       2 /**< Most a PV guest may get. */
#define XEN_SYSCTL_cpu_policy_hvm_max      3 /**< Most an HVM guest may get. */
#define XEN_SYSCTL_cpu_policy_pv_default   4 /**< Default for PV guests. */
#define XEN_SYSCTL_cpu_policy_hvm_default  5 /**< Default for HVM guests. */
/** Argument of XEN_SYSCTL_get_cpu_policy. */
struct xen_sysctl_cpu_policy {
    uint32_t index;     /**< IN: XEN_SYSCTL_cpu_policy_*. */
    /** IN: room in `leaves`; OUT: leaves written, or the maximum when
     *  `leaves` is null. */
    uint32_t nr_leaves;
    /** IN: room in `msrs`; OUT: MSRs written, or the maximum when `msrs` is
     *  null. */
    uint32_t nr_msrs;
    uint32_t _rsvd;     /**< IN: zero. */
    XEN_GUEST_HANDLE_64(xen_cpuid_leaf_t) leaves; /**< OUT: CPUID leaves. */
    XEN_GUEST_HANDLE_64(xen_msr_entry_t)  msrs;   /**< OUT: MSR values. */
};
typedef struct xen_sysctl_cpu_policy xen_sysctl_cpu_policy_t;
DEFINE_XEN_GUEST_HANDLE(xen_sysctl_cpu_policy_t);
XEN_DEFINE_GUEST_HANDLE_64(xen_sysctl_cpu_policy_t, xen_sysctl_cpu_policy_t)
#endif
/** @} */

/**
 * @name XEN_SYSCTL_dt_overlay
 *  Add or remove a device-tree overlay of the host (Arm only).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 30 |
 * | Caller         | the control domain; XSM: xsm_sysctl(), XSM_PRIV |
 * | Argument       | struct xen_sysctl_dt_overlay |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | Arm built with CONFIG_OVERLAY_DTB; x86 gives -XEN_ENOSYS |
 * | Since          | Xen 4.18.0 |
 * | Implemented by | dt_overlay_sysctl() in xen/common/device-tree/dt-overlay.c |
 *
 * Errors:
 * - -XEN_EOPNOTSUPP: built without overlay support, or `overlay_op` is
 *   neither add nor remove.
 * - -XEN_EINVAL: `overlay_fdt_size` is 0 or above 500 KiB, or `pad` is not
 *   all 0.
 * - -XEN_ENOMEM: Xen could not allocate its copy of the overlay.
 * - -XEN_EFAULT: the overlay cannot be read.
 * - An error of adding or removing the overlay's nodes
 *   (handle_add_overlay_nodes(), handle_remove_overlay_nodes()).
 *  @{ */
#define XEN_SYSCTL_dt_overlay 30
#if defined(__arm__) || defined(__aarch64__)
#define XEN_SYSCTL_DT_OVERLAY_ADD                   1 /**< Add the overlay. */
#define XEN_SYSCTL_DT_OVERLAY_REMOVE                2 /**< Remove the overlay. */
/** Argument of XEN_SYSCTL_dt_overlay. */
struct xen_sysctl_dt_overlay {
    XEN_GUEST_HANDLE_64(const_void) overlay_fdt; /**< IN: overlay blob. */
    uint32_t overlay_fdt_size;                   /**< IN: its size, bytes. */
    uint8_t overlay_op;                          /**< IN: XEN_SYSCTL_DT_OVERLAY_*. */
    uint8_t pad[3];                              /**< IN: zero. */
};
#endif
/** @} */

/** @} */

/** @defgroup unstable_sysctl_h_op The request
 *  @ingroup hdr_unstable_sysctl_h
 *  HYPERVISOR_sysctl(struct xen_sysctl *): `cmd` names one of the commands
 *  above, `u` holds its argument.
 *  @{ */
/** A sysctl request: the argument of HYPERVISOR_sysctl. */
struct xen_sysctl {
    uint32_t cmd;               /**< IN: XEN_SYSCTL_* operation. */
    uint32_t interface_version; /**< IN: XEN_SYSCTL_INTERFACE_VERSION. */
    /** Operation argument, selected by `cmd`; 128 bytes whatever the operation. */
    union {
        struct xen_sysctl_readconsole       readconsole;       /**< XEN_SYSCTL_readconsole. */
        struct xen_sysctl_tbuf_op           tbuf_op;           /**< XEN_SYSCTL_tbuf_op. */
        struct xen_sysctl_physinfo          physinfo;          /**< XEN_SYSCTL_physinfo. */
        struct xen_sysctl_cputopoinfo       cputopoinfo;       /**< XEN_SYSCTL_cputopoinfo. */
        struct xen_sysctl_pcitopoinfo       pcitopoinfo;       /**< XEN_SYSCTL_pcitopoinfo. */
        struct xen_sysctl_numainfo          numainfo;          /**< XEN_SYSCTL_numainfo. */
        struct xen_sysctl_sched_id          sched_id;          /**< XEN_SYSCTL_sched_id. */
        struct xen_sysctl_perfc_op          perfc_op;          /**< XEN_SYSCTL_perfc_op. */
        struct xen_sysctl_getdomaininfolist getdomaininfolist; /**< XEN_SYSCTL_getdomaininfolist. */
        struct xen_sysctl_debug_keys        debug_keys;        /**< XEN_SYSCTL_debug_keys. */
        struct xen_sysctl_getcpuinfo        getcpuinfo;        /**< XEN_SYSCTL_getcpuinfo. */
        struct xen_sysctl_availheap         availheap;         /**< XEN_SYSCTL_availheap. */
        struct xen_sysctl_get_pmstat        get_pmstat;        /**< XEN_SYSCTL_get_pmstat. */
        struct xen_sysctl_cpu_hotplug       cpu_hotplug;       /**< XEN_SYSCTL_cpu_hotplug. */
        struct xen_sysctl_pm_op             pm_op;             /**< XEN_SYSCTL_pm_op. */
        struct xen_sysctl_page_offline_op   page_offline;      /**< XEN_SYSCTL_page_offline_op. */
        struct xen_sysctl_lockprof_op       lockprof_op;       /**< XEN_SYSCTL_lockprof_op. */
        struct xen_sysctl_cpupool_op        cpupool_op;        /**< XEN_SYSCTL_cpupool_op. */
        struct xen_sysctl_scheduler_op      scheduler_op;      /**< XEN_SYSCTL_scheduler_op. */
        struct xen_sysctl_coverage_op       coverage_op;       /**< XEN_SYSCTL_coverage_op. */
        struct xen_sysctl_psr_cmt_op        psr_cmt_op;        /**< XEN_SYSCTL_psr_cmt_op. */
        struct xen_sysctl_psr_alloc         psr_alloc;         /**< XEN_SYSCTL_psr_alloc. */
        /** XEN_SYSCTL_get_cpu_featureset. */
        struct xen_sysctl_cpu_featureset    cpu_featureset;
        struct xen_sysctl_livepatch_op      livepatch;         /**< XEN_SYSCTL_livepatch_op. */
#if defined(__i386__) || defined(__x86_64__)
        struct xen_sysctl_cpu_policy        cpu_policy;        /**< XEN_SYSCTL_get_cpu_policy. */
#endif
#if defined(__arm__) || defined(__aarch64__)
        struct xen_sysctl_dt_overlay        dt_overlay;        /**< XEN_SYSCTL_dt_overlay. */
#endif
        uint8_t                             pad[128];          /**< Fixes the size of the union. */
    } u;
};
typedef struct xen_sysctl xen_sysctl_t;
DEFINE_XEN_GUEST_HANDLE(xen_sysctl_t);
XEN_DEFINE_GUEST_HANDLE_64(xen_sysctl_t, xen_sysctl_t)
/** @} */

#endif /* __XEN_PUBLIC_SYSCTL_H__ */
