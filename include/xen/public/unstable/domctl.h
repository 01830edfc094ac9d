/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Toolstack-only complement of domctl.h: the whole domain-control
 *        hypercall, struct xen_domctl and every XEN_DOMCTL_* operation;
 *        unstable.
 *
 * HYPERVISOR_domctl (`__HYPERVISOR_domctl`) takes one pointer to a struct
 * xen_domctl: `cmd` picks the operation, `domain` the domain it acts on,
 * and the union `u` holds the operation's own structure. Toolstacks build,
 * configure, pause, migrate and destroy domains with it; device-model
 * launchers, debuggers and introspection agents use parts of it. Xen reads
 * the whole request, and on success of an operation that reports results
 * writes the whole request back.
 *
 * Versioning: every request carries `interface_version`, which must equal
 * XEN_DOMCTL_INTERFACE_VERSION (0x18 for Xen 4.22) for all operations
 * except the stable XEN_DOMCTL_get_domain_state, which takes 0; otherwise
 * Xen fails the call with -XEN_EACCES. The layouts below are those of that
 * version and change whenever it changes, so a toolstack is rebuilt for
 * each hypervisor release. All structures keep one layout for 32- and
 * 64-bit callers (64-bit handles, 8-byte aligned 64-bit fields), so a
 * 32-bit toolstack can drive a 64-bit hypervisor.
 *
 * The stable operation, its result structure and the envelope struct
 * xen_domctl_stable come from domctl.h, included first; this header checks
 * at compile time that struct xen_domctl_stable and struct xen_domctl agree
 * in size, alignment and every shared offset. It also brings the unstable
 * parts it depends on: unstable/xen.h (xenctl_bitmap, uint64_aligned_t,
 * XEN_GUEST_HANDLE_64 and the architecture's xen_arch_domainconfig),
 * unstable/event_channel.h, unstable/grant_table.h, unstable/memory.h and
 * hvm/save.h.
 *
 * Errors common to all operations, not repeated in each table:
 * -XEN_EACCES (wrong `interface_version`), -XEN_ESRCH (no domain `domain`,
 * and the caller is a control domain), -XEN_EPERM (no such domain and the
 * caller is not a control domain, or the XSM policy refuses the call),
 * -XEN_EFAULT (the request or a buffer it names cannot be accessed) and
 * -XEN_ENOSYS or -XEN_EOPNOTSUPP (operation unknown or not built for this
 * architecture or hypervisor). -XEN_ERESTART never reaches the caller: Xen
 * continues preempted operations itself.
 *
 * Every operation enters Xen through do_domctl() in xen/common/domctl.c,
 * which checks the version, looks the domain up and, for most operations,
 * asks the XSM policy through xsm_domctl(); an operation's "Implemented
 * by" row names the function that does its own work in Xen 4.22.0.
 *
 * Stability: unstable (XEN_DOMCTL_INTERFACE_VERSION 0x18; anything may
 * change in the next Xen release). Callers: the toolstack in a control
 * domain (libxc, libxl, init-dom0less), xenstored (getdomaininfo),
 * device-model domains for their target (pass-through mappings), debuggers
 * (gdbsx) and introspection agents (vm_event and monitor operations).
 */
#ifndef XEN_PUBLIC_UNSTABLE_DOMCTL_H
#define XEN_PUBLIC_UNSTABLE_DOMCTL_H

/*
 * Reaching an unstable header makes this a toolstack build: unless the
 * consumer named an interface version, it gets the newest, as upstream gives
 * __XEN_TOOLS__ builds (xen-compat.h holds the number).
 */
#ifndef __XEN_INTERFACE_VERSION__
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#endif

#include "../domctl.h"
/* The toolstack part, on top of xen-public's own copy of the stable header
 * only: another copy, included first, brings its own. */
#ifdef XEN_PUBLIC_DOMCTL_H
#include "xen.h"
#include "event_channel.h"
#include "grant_table.h"
#include "../hvm/save.h"
#include "memory.h"

/** @defgroup hdr_unstable_domctl_h unstable/domctl.h
 *  @ingroup xen_unstable */

/** @defgroup unstable_domctl_h_version Interface version
 *  @ingroup hdr_unstable_domctl_h
 *  @{ */

/**
 * The domctl interface version these headers describe. Put it in
 * `interface_version` of every request except XEN_DOMCTL_get_domain_state
 * (which takes 0). Xen raises it, at most once per release, whenever a
 * structure or an operation's meaning changes incompatibly; new operations
 * and uses of fields that used to be zero do not raise it.
 */
#define XEN_DOMCTL_INTERFACE_VERSION 0x00000018

/** @} */

/** @defgroup unstable_domctl_h_lifecycle Creating and destroying domains
 *  @ingroup hdr_unstable_domctl_h
 *  @{ */

/**
 * @name XEN_DOMCTL_createdomain
 * Create a new, paused, empty domain. `domain` is IN/OUT: a free id below
 * DOMID_FIRST_RESERVED requests that id; DOMID_ANY lets Xen pick a free
 * one (never 0). The id is written back in `domain`.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 1 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_createdomain |
 * | Returns        | 0, with the new id in `domain` |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | domain_create(), sanitise_domain_config() in xen/common/domain.c |
 *
 * Errors:
 * - -XEN_EEXIST: `domain` is in use, is a reserved id other than
 *   DOMID_ANY, or (DOMID_ANY) no id is free.
 * - -XEN_EINVAL: `flags` has an unknown bit, `grant_opts` a bit outside
 *   XEN_DOMCTL_GRANT_version_mask, or `max_vcpus` is 0.
 * - -XEN_EINVAL: XEN_DOMCTL_CDF_hap without XEN_DOMCTL_CDF_hvm.
 * - -XEN_EINVAL: `iommu_opts` has an unknown bit or is set without
 *   XEN_DOMCTL_CDF_iommu, or XEN_DOMCTL_CDF_iommu on a host without an
 *   IOMMU.
 * - -XEN_EINVAL: `vmtrace_size` or XEN_DOMCTL_CDF_vpmu on a host that
 *   cannot offer processor tracing or a virtual PMU.
 * - An error of the architecture's check of `arch` and the flags
 *   (arch_sanitise_domain_config()).
 * - -XEN_EINVAL: `domain` is the id set aside for the hardware domain (the
 *   `hardware_dom=` boot option with CONFIG_LATE_HWDOM, else 0), and the
 *   hardware domain Xen has on record has a non-zero id.
 * - -XEN_EINVAL: the grant-table version in `grant_opts` is 0 or above
 *   what the hypervisor allows (`gnttab=max-ver:`), or `max_grant_frames`
 *   is 0.
 * - -XEN_ESRCH: no CPU pool `cpupool_id`; -XEN_ENODEV: that pool has no
 *   CPU.
 * - -XEN_ENOMEM, or an error of setting up the domain's architecture
 *   state, event channels, grant table, Argo or scheduler data.
 * @{ */
#define XEN_DOMCTL_createdomain                   1

#define _XEN_DOMCTL_CDF_hvm           0
/** `flags`: a fully virtualised (HVM/PVH) domain rather than PV. */
#define XEN_DOMCTL_CDF_hvm            (1U << _XEN_DOMCTL_CDF_hvm)
#define _XEN_DOMCTL_CDF_hap           1
/** `flags`: translate guest memory with hardware second-stage paging. */
#define XEN_DOMCTL_CDF_hap            (1U << _XEN_DOMCTL_CDF_hap)
#define _XEN_DOMCTL_CDF_s3_integrity  2
/** `flags`: have tboot check the domain's memory across S3 suspend. */
#define XEN_DOMCTL_CDF_s3_integrity   (1U << _XEN_DOMCTL_CDF_s3_integrity)
#define _XEN_DOMCTL_CDF_oos_off       3
/** `flags`: keep shadow page tables always in sync (no out-of-sync
 *  optimisation). */
#define XEN_DOMCTL_CDF_oos_off        (1U << _XEN_DOMCTL_CDF_oos_off)
#define _XEN_DOMCTL_CDF_xs_domain     4
/** `flags`: the new domain will run xenstored. */
#define XEN_DOMCTL_CDF_xs_domain      (1U << _XEN_DOMCTL_CDF_xs_domain)
#define _XEN_DOMCTL_CDF_iommu         5
/** `flags`: give the domain IOMMU contexts, so devices can be passed through. */
#define XEN_DOMCTL_CDF_iommu          (1U << _XEN_DOMCTL_CDF_iommu)
#define _XEN_DOMCTL_CDF_nested_virt   6
/** `flags`: let the guest run its own hypervisor (nested virtualisation). */
#define XEN_DOMCTL_CDF_nested_virt    (1U << _XEN_DOMCTL_CDF_nested_virt)
/** `flags`: offer the guest a virtual performance-monitoring unit. */
#define XEN_DOMCTL_CDF_vpmu           (1U << 7)
/** `flags`: accesses to unmapped guest-physical addresses fault in the guest
 *  instead of reading as ones / being ignored. */
#define XEN_DOMCTL_CDF_trap_unmapped_accesses  (1U << 8)
/** The highest XEN_DOMCTL_CDF_* bit; lets an ABI check notice new flags. */
#define XEN_DOMCTL_CDF_MAX XEN_DOMCTL_CDF_trap_unmapped_accesses

#define _XEN_DOMCTL_IOMMU_no_sharept  0
/** `iommu_opts`: give the IOMMU its own page tables instead of reusing the
 *  CPU's second-stage ones. */
#define XEN_DOMCTL_IOMMU_no_sharept   (1U << _XEN_DOMCTL_IOMMU_no_sharept)
/** The highest XEN_DOMCTL_IOMMU_* bit; lets an ABI check notice new ones. */
#define XEN_DOMCTL_IOMMU_MAX XEN_DOMCTL_IOMMU_no_sharept

/** `grant_opts`: mask of the field holding the highest grant-table version
 *  the domain may use. */
#define XEN_DOMCTL_GRANT_version_mask    0xf
/** Extract the grant-table version from a `grant_opts` value @p v. */
#define XEN_DOMCTL_GRANT_version(v)      ((v) & XEN_DOMCTL_GRANT_version_mask)

/** `altp2m.opts` mode: mixed; both the guest and an external agent drive
 *  the alternate p2m views. Not security-reviewed: restrict its sub-ops
 *  with XSM before relying on it. */
#define XEN_DOMCTL_ALTP2M_mixed      (1U)
/** `altp2m.opts` mode: external; only an agent outside the guest drives
 *  the alternate views. */
#define XEN_DOMCTL_ALTP2M_external   (2U)
/** `altp2m.opts` mode: limited; the guest may only switch between views
 *  an external agent set up. */
#define XEN_DOMCTL_ALTP2M_limited    (3U)
/** `altp2m.opts`: the two low bits hold the mode (0: altp2m off). */
#define XEN_DOMCTL_ALTP2M_mode_mask  (0x3U)
/** Extract the mode from an `altp2m.opts` value @p m. */
#define XEN_DOMCTL_ALTP2M_mode(m)    ((m) & XEN_DOMCTL_ALTP2M_mode_mask)

XEN_EXTENSIONS_BEGIN
/** Argument of XEN_DOMCTL_createdomain: everything fixed for the domain's
 *  lifetime. */
struct xen_domctl_createdomain {
    uint32_t ssidref;              /**< IN: XSM security label of the domain (0: default). */
    /** IN: the domain's 16-byte handle (UUID), for the toolstack's use. */
    xen_domain_handle_t handle;
    uint32_t flags;                /**< IN: XEN_DOMCTL_CDF_* bits. */
    /** IN: XEN_DOMCTL_IOMMU_* bits; 0 without XEN_DOMCTL_CDF_iommu. */
    uint32_t iommu_opts;
    uint32_t max_vcpus;            /**< IN: number of vCPUs the domain may ever have. */
    uint32_t max_evtchn_port;      /**< IN: highest event-channel port the domain may use. */
    /** IN: size limit of its grant table, in frames; negative: Xen's default. */
    int32_t max_grant_frames;
    /** IN: size limit of its maptrack table, in frames; negative: Xen's
     *  default. */
    int32_t max_maptrack_frames;
    /** IN: highest grant-table version, see XEN_DOMCTL_GRANT_version(); other
     *  bits zero. */
    uint32_t grant_opts;
    /** Alternate p2m (altp2m) settings. */
    struct {
        uint16_t opts;             /**< IN: XEN_DOMCTL_ALTP2M_* mode; 0 disables altp2m. */
        /** IN: number of alternate views allowed (0: Xen's default when
         *  enabled). */
        uint16_t nr;
    } altp2m;
    /** IN: size of each vCPU's processor-trace buffer, in bytes; 0: no
     *  tracing. */
    uint32_t vmtrace_size;
    /** IN: CPU pool to place the domain in; 0 for the default pool. */
    uint32_t cpupool_id;
    /** IN/OUT: architecture settings (some filled in by Xen on Arm). */
    struct xen_arch_domainconfig arch;
};
XEN_EXTENSIONS_END

/** @} */

/**
 * @name XEN_DOMCTL_destroydomain
 * Tear `domain` down: release its memory, event channels, grants and
 * vCPUs. The work is preemptible; Xen continues the call itself until the
 * domain is dead. A call for a domain already dead returns 0 while
 * something still holds a reference to it; once the last one is dropped
 * Xen forgets the id, and the call fails with -XEN_ESRCH.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 2 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | none (only `cmd`, `interface_version`, `domain`) |
 * | Returns        | 0 once the domain is dead |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | domain_kill() in xen/common/domain.c |
 *
 * Errors:
 * - -XEN_EINVAL: `domain` is the caller itself.
 * - An error of a teardown step (event channels, the architecture's
 *   resources), passed on as it is.
 * @{ */
#define XEN_DOMCTL_destroydomain                  2
/** @} */

/**
 * @name XEN_DOMCTL_pausedomain
 * Take one toolstack pause reference on `domain`: its vCPUs stop, and have
 * stopped when the call returns, until every reference is dropped with
 * XEN_DOMCTL_unpausedomain. A new domain starts with one.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 3 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | none (only `cmd`, `interface_version`, `domain`) |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | domain_pause_by_systemcontroller() in xen/common/domain.c |
 *
 * Errors:
 * - -XEN_EINVAL: `domain` is the caller itself.
 * - -XEN_EOVERFLOW: the toolstack already holds 255 pause references.
 * @{ */
#define XEN_DOMCTL_pausedomain                    3  /**< Operation number: pause all its vCPUs. */
/** @} */

/**
 * @name XEN_DOMCTL_unpausedomain
 * Drop one toolstack pause reference on `domain`; its vCPUs run again when
 * no pause of any kind remains. The first call on a new domain starts it.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 4 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | none (only `cmd`, `interface_version`, `domain`) |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | domain_unpause_by_systemcontroller() in xen/common/domain.c |
 *
 * Errors:
 * - -XEN_EINVAL: the toolstack holds no pause reference on the domain.
 * - -XEN_EBUSY: the call that would first start the domain finds a page
 *   allocation of its still waiting to be scrubbed; Xen crashes the domain.
 * @{ */
#define XEN_DOMCTL_unpausedomain                  4  /**< Operation number: undo one pausedomain. */
/** @} */

/**
 * @name XEN_DOMCTL_resumedomain
 * Clear the shutdown state of `domain` and let the vCPUs that the shutdown
 * stopped run again: after a suspend (SHUTDOWN_suspend) that the toolstack
 * decided to cancel, e.g. a checkpoint. A domain that has not shut down
 * takes the call as well and returns 0.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 27 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | none (only `cmd`, `interface_version`, `domain`) |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | domain_resume() in xen/common/domain.c |
 *
 * Errors:
 * - -XEN_EINVAL: `domain` is the caller itself.
 * @{ */
#define XEN_DOMCTL_resumedomain                  27  /**< Operation number: resume after suspend. */
/** @} */

/**
 * @name XEN_DOMCTL_soft_reset
 * Drop the Xen-side state a shut-down `domain` built up (event channels,
 * Argo, its vCPU info and runstate areas, architecture state) while keeping
 * its memory, then resume it, so a new kernel can start in the same memory
 * (kexec-style). Every vCPU must have stopped for a shutdown.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 79 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | none (only `cmd`, `interface_version`, `domain`) |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | hypervisors built with CONFIG_HAS_SOFT_RESET (x86 by default) |
 * | Since          | Xen 4.7.0 |
 * | Implemented by | domain_soft_reset() in xen/common/domain.c |
 *
 * Errors:
 * - -XEN_EOPNOTSUPP: the hypervisor is built without soft reset (Arm).
 * - -XEN_EINVAL: `domain` is the caller itself.
 * - -XEN_EINVAL: some vCPU of the domain has not stopped for a shutdown.
 * - An error of resetting its event channels, or of the architecture's part
 *   (after which Xen crashes the domain).
 *
 * When the reset is preempted, Xen writes 23 into `cmd` of the caller's
 * request before continuing the call (do_domctl() in xen/common/domctl.c):
 * 23 is upstream's XEN_DOMCTL_soft_reset_cont, which resumes the reset and
 * which this header does not define. A caller reusing the request sets
 * `cmd` again.
 * @{ */
#define XEN_DOMCTL_soft_reset                    79  /**< Operation number: soft reset. */
/** @} */

/**
 * @name XEN_DOMCTL_getdomaininfo
 * Describe `domain`: its state flags, memory counters, vCPUs and creation
 * settings.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 5 |
 * | Caller         | the control or xenstore domain, or the device model of `domain` |
 * | Argument       | struct xen_domctl_getdomaininfo |
 * | Returns        | 0, with the structure filled in |
 * | Errors         | only the common ones |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | getdomaininfo() in xen/common/domctl.c |
 *
 * Who may call is decided by xsm_getdomaininfo(), whose default policy
 * (XSM_XS_PRIV) admits the three callers above and refuses the others with
 * -XEN_EPERM.
 * @{ */
#define XEN_DOMCTL_getdomaininfo                  5

#define _XEN_DOMINF_dying     0
/** `flags`: the domain is being destroyed. */
#define XEN_DOMINF_dying      (1U << _XEN_DOMINF_dying)
#define _XEN_DOMINF_hvm_guest 1
/** `flags`: an HVM/PVH domain, not PV. */
#define XEN_DOMINF_hvm_guest  (1U << _XEN_DOMINF_hvm_guest)
#define _XEN_DOMINF_shutdown  2
/** `flags`: the guest has shut down; the reason is in the shutdown-code
 *  field. */
#define XEN_DOMINF_shutdown   (1U << _XEN_DOMINF_shutdown)
#define _XEN_DOMINF_paused    3
/** `flags`: paused by the toolstack. */
#define XEN_DOMINF_paused     (1U << _XEN_DOMINF_paused)
#define _XEN_DOMINF_blocked   4
/** `flags`: every vCPU is waiting for an event. */
#define XEN_DOMINF_blocked    (1U << _XEN_DOMINF_blocked)
#define _XEN_DOMINF_running   5
/** `flags`: some vCPU is on a physical CPU now. */
#define XEN_DOMINF_running    (1U << _XEN_DOMINF_running)
#define _XEN_DOMINF_debugged  6
/** `flags`: under a debugger (XEN_DOMCTL_setdebugging). */
#define XEN_DOMINF_debugged   (1U << _XEN_DOMINF_debugged)
#define _XEN_DOMINF_xs_domain 7
#define XEN_DOMINF_xs_domain  (1U << _XEN_DOMINF_xs_domain)  /**< `flags`: the xenstore domain. */
#define _XEN_DOMINF_hap       8
/** `flags`: memory is translated by hardware-assisted paging. */
#define XEN_DOMINF_hap        (1U << _XEN_DOMINF_hap)
/** Mask of the shutdown code (SHUTDOWN_*) in `flags`, after shifting. */
#define XEN_DOMINF_shutdownmask 255
/** Bit position of the shutdown code in `flags`. */
#define XEN_DOMINF_shutdownshift 16
/** `max_vcpu_id` of a domain that has no vCPU yet. */
#define XEN_INVALID_MAX_VCPU_ID (~0U)

XEN_EXTENSIONS_BEGIN
/** Result of XEN_DOMCTL_getdomaininfo. All fields are OUT. */
struct xen_domctl_getdomaininfo {
    domid_t  domain;                    /**< OUT: the domain's id, as in the request's `domain`. */
    uint16_t pad1;                      /**< OUT: unused. */
    uint32_t flags;                     /**< OUT: XEN_DOMINF_* bits and the shutdown code. */
    uint64_aligned_t tot_pages;         /**< OUT: memory the domain owns, in pages. */
    uint64_aligned_t max_pages;         /**< OUT: its memory limit, in pages. */
    uint64_aligned_t outstanding_pages; /**< OUT: pages claimed but not yet allocated. */
    uint64_aligned_t shr_pages;         /**< OUT: its pages currently shared with others. */
    uint64_aligned_t paged_pages;       /**< OUT: its pages currently paged out. */
    uint64_aligned_t shared_info_frame; /**< OUT: guest frame number of its shared_info page. */
    uint64_aligned_t cpu_time;          /**< OUT: CPU time used by all its vCPUs, in ns. */
    uint32_t nr_online_vcpus;           /**< OUT: vCPUs currently up. */
    uint32_t max_vcpu_id;               /**< OUT: highest vCPU id, or XEN_INVALID_MAX_VCPU_ID. */
    uint32_t ssidref;                   /**< OUT: its XSM label. */
    xen_domain_handle_t handle;         /**< OUT: its handle (UUID). */
    uint32_t cpupool;                   /**< OUT: id of the CPU pool it runs in. */
    /** OUT: width of its guest-physical address space, in bits. */
    uint8_t gpaddr_bits;
    uint8_t pad2[7];                    /**< OUT: unused. */
    struct xen_arch_domainconfig arch_config; /**< OUT: its architecture settings. */
};
XEN_EXTENSIONS_END
typedef struct xen_domctl_getdomaininfo xen_domctl_getdomaininfo_t;
/* Guest handles to xen_domctl_getdomaininfo_t (a sysctl lists domains
 *  in an array of them). */
DEFINE_XEN_GUEST_HANDLE(xen_domctl_getdomaininfo_t);
XEN_DEFINE_GUEST_HANDLE_64(xen_domctl_getdomaininfo_t, xen_domctl_getdomaininfo_t)

/** @} */

/** @} */

/** @defgroup unstable_domctl_h_memory Memory and page tables
 *  @ingroup hdr_unstable_domctl_h
 *  @{ */

/**
 * @name XEN_DOMCTL_getpageframeinfo3
 * Classify guest frames (for saving a PV domain): Xen overwrites each
 * frame number in `array` with that frame's XEN_DOMCTL_PFINFO_* type (the
 * frame number is not kept). For a translated domain the call is
 * preemptible; Xen may advance `num` and `array` while it works.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 61 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_getpageframeinfo3 |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | arch_do_domctl() in xen/arch/x86/domctl.c |
 *
 * Errors:
 * - -XEN_E2BIG: `num` is above 1024.
 * - -XEN_EFAULT: `array` cannot be read or written.
 * @{ */
#define XEN_DOMCTL_getpageframeinfo3             61

/** Bit position of the frame type in a returned entry. */
#define XEN_DOMCTL_PFINFO_LTAB_SHIFT 28
#define XEN_DOMCTL_PFINFO_NOTAB   (0x0U << 28)          /**< Type: ordinary page. */
#define XEN_DOMCTL_PFINFO_L1TAB   (0x1U << 28)          /**< Type: level-1 page table. */
#define XEN_DOMCTL_PFINFO_L2TAB   (0x2U << 28)          /**< Type: level-2 page table. */
#define XEN_DOMCTL_PFINFO_L3TAB   (0x3U << 28)          /**< Type: level-3 page table. */
#define XEN_DOMCTL_PFINFO_L4TAB   (0x4U << 28)          /**< Type: level-4 page table. */
#define XEN_DOMCTL_PFINFO_LTABTYPE_MASK (0x7U << 28)    /**< Mask of the page-table level. */
#define XEN_DOMCTL_PFINFO_LPINTAB (0x1U << 31)          /**< Flag: the page table is pinned. */
/** Type: not a valid frame of the domain. */
#define XEN_DOMCTL_PFINFO_XTAB    (0xfU << 28)
/** Type: allocate the frame but send no contents. */
#define XEN_DOMCTL_PFINFO_XALLOC  (0xeU << 28)
/** Type: frame marked broken (memory error). */
#define XEN_DOMCTL_PFINFO_BROKEN  (0xdU << 28)
#define XEN_DOMCTL_PFINFO_LTAB_MASK (0xfU << 28)        /**< Mask of the whole type field. */

/** Argument of XEN_DOMCTL_getpageframeinfo3. */
struct xen_domctl_getpageframeinfo3 {
    /** IN: number of entries in `array`; Xen may update it. */
    uint64_aligned_t num;
    XEN_GUEST_HANDLE_64(xen_pfn_t) array;  /**< IN/OUT: frame numbers in, typed entries out. */
};
/** @} */

/**
 * @name XEN_DOMCTL_shadow_op
 * Control shadow paging and log-dirty tracking (x86). `op` picks the
 * sub-operation. CLEAN, PEEK, OFF and SET_ALLOCATION are preemptible: Xen
 * continues them itself, and a second caller meanwhile gets -XEN_EBUSY.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 10 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_shadow_op |
 * | Returns        | 0 (CLEAN, PEEK: `pages`, `stats` filled in; GET/SET_ALLOCATION: `mb`) |
 * | Errors         | listed below |
 * | Architectures  | x86 built with CONFIG_PAGING (else -XEN_EOPNOTSUPP); Arm: -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | paging_domctl() in xen/arch/x86/mm/paging.c; hap_domctl(), shadow_domctl() |
 *
 * Errors:
 * - -XEN_EOPNOTSUPP: the hypervisor is built without paging support.
 * - -XEN_EINVAL: `domain` is the caller itself, is being destroyed, or has
 *   no vCPU.
 * - -XEN_EBUSY: an earlier preempted operation on the domain is not
 *   finished (GET_ALLOCATION excepted).
 * - -XEN_EINVAL: enabling log-dirty tracking while it is on, or while the
 *   domain has devices passed through.
 * - -XEN_EINVAL: CLEAN or PEEK: `mode` has a bit other than
 *   XEN_DOMCTL_SHADOW_LOGDIRTY_FINAL.
 * - -XEN_ENOMEM: CLEAN or PEEK: Xen failed to allocate tracking memory
 *   since the last call, so dirty pages may have gone unrecorded.
 * - -XEN_EFAULT: CLEAN or PEEK: `dirty_bitmap` cannot be written.
 * - -XEN_EINVAL: an `op` the domain's paging mode (HAP or shadow) does not
 *   take.
 * - An error of enabling shadow paging or of resizing its pool.
 * @{ */
#define XEN_DOMCTL_shadow_op                     10

#define XEN_DOMCTL_SHADOW_OP_OFF         0  /**< `op`: turn shadow paging off. */
/** `op`: turn it on with the XEN_DOMCTL_SHADOW_ENABLE_* bits in `mode`. */
#define XEN_DOMCTL_SHADOW_OP_ENABLE      32
#define XEN_DOMCTL_SHADOW_OP_CLEAN       11 /**< `op`: copy out the dirty bitmap and clear it. */
/** `op`: copy out the dirty bitmap, leaving it as is. */
#define XEN_DOMCTL_SHADOW_OP_PEEK        12
/** `op`: read the shadow pool size into `mb`. Deprecated and unreliable:
 *  use XEN_DOMCTL_get_paging_mempool_size. */
#define XEN_DOMCTL_SHADOW_OP_GET_ALLOCATION   30
/** `op`: set the shadow pool size from `mb`. Deprecated and unreliable:
 *  use XEN_DOMCTL_set_paging_mempool_size. */
#define XEN_DOMCTL_SHADOW_OP_SET_ALLOCATION   31
#define XEN_DOMCTL_SHADOW_OP_ENABLE_TEST       1 /**< `op`, old form: ENABLE with no mode bits. */
/** `op`, old form: ENABLE with XEN_DOMCTL_SHADOW_ENABLE_LOG_DIRTY. */
#define XEN_DOMCTL_SHADOW_OP_ENABLE_LOGDIRTY   2

/** ENABLE `mode`: reference-counted shadows; the guest neither uses MMU
 *  hypercalls nor write-protects its page tables. */
#define XEN_DOMCTL_SHADOW_ENABLE_REFCOUNT  (1 << 1)
/** ENABLE `mode`: record written pages in the dirty bitmap (for migration). */
#define XEN_DOMCTL_SHADOW_ENABLE_LOG_DIRTY (1 << 2)
/** ENABLE `mode`: Xen translates guest frame numbers to machine ones. */
#define XEN_DOMCTL_SHADOW_ENABLE_TRANSLATE (1 << 3)
/** ENABLE `mode`: Xen takes no guest virtual address space (HVM only). */
#define XEN_DOMCTL_SHADOW_ENABLE_EXTERNAL  (1 << 4)
/** CLEAN/PEEK `mode`: last round; also report pages Xen itself maps
 *  writable. */
#define XEN_DOMCTL_SHADOW_LOGDIRTY_FINAL   (1 << 0)

/** Counters returned by CLEAN and PEEK. */
struct xen_domctl_shadow_op_stats {
    uint32_t fault_count; /**< OUT: shadow faults since the last CLEAN. */
    uint32_t dirty_count; /**< OUT: pages dirtied since the last CLEAN. */
};

/** Argument of XEN_DOMCTL_shadow_op. */
struct xen_domctl_shadow_op {
    uint32_t op;                               /**< IN: XEN_DOMCTL_SHADOW_OP_*. */
    /** IN: ENABLE: XEN_DOMCTL_SHADOW_ENABLE_* bits; CLEAN/PEEK:
     *  XEN_DOMCTL_SHADOW_LOGDIRTY_* bits. */
    uint32_t mode;
    /** IN/OUT: GET/SET_ALLOCATION: pool size, in MiB. */
    uint32_t mb;
    /** IN: CLEAN/PEEK: buffer for the bitmap, one bit per guest frame (may be
     *  NULL). */
    XEN_GUEST_HANDLE_64(uint8) dirty_bitmap;
    /** IN/OUT: CLEAN/PEEK: frames the buffer covers; OUT: frames reported. */
    uint64_aligned_t pages;
    struct xen_domctl_shadow_op_stats stats;   /**< OUT: CLEAN/PEEK counters. */
};
/** @} */

/**
 * @name XEN_DOMCTL_max_mem
 * Set how much memory the domain may own. The limit is rounded down to
 * whole pages. A limit below what the domain already owns is accepted: the
 * domain keeps its memory but gets no more until it is under the limit.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 11 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_max_mem |
 * | Returns        | 0 |
 * | Errors         | only the common ones |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_domctl() in xen/common/domctl.c |
 * @{ */
#define XEN_DOMCTL_max_mem                       11

/** Argument of XEN_DOMCTL_max_mem. */
struct xen_domctl_max_mem {
    uint64_aligned_t max_memkb; /**< IN: the limit, in KiB. */
};
/** @} */

/**
 * @name XEN_DOMCTL_get_paging_mempool_size, XEN_DOMCTL_set_paging_mempool_size
 * Read or set the size of the pool Xen allocates the domain's second-stage
 * page tables (or shadows) from. The size must be a whole number of pages;
 * setting it is preemptible (Xen continues the call itself) and, when
 * memory runs out, may stop part-way with the pool between the old and the
 * new size.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 85, 86 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_paging_mempool |
 * | Returns        | 0 (get: `size` filled in) |
 * | Errors         | listed below |
 * | Since          | Xen 4.17.0 |
 * | Implemented by | arch_set_paging_mempool_size() in xen/arch/x86/mm/paging.c |
 *
 * arch_set_paging_mempool_size() and arch_get_paging_mempool_size() do the
 * work, for x86 in xen/arch/x86/mm/paging.c and for Arm in
 * xen/arch/arm/mmu/p2m.c.
 *
 * Errors:
 * - -XEN_EOPNOTSUPP: x86: the domain is PV; or the hypervisor has no such
 *   pool (built without CONFIG_ARCH_PAGING_MEMPOOL, e.g. Arm with an MPU).
 * - -XEN_EINVAL: set: `size` is not a multiple of the page size, or its
 *   page count does not fit 32 bits (x86, Arm32).
 * - -XEN_ENOMEM: set: Xen ran out of memory while growing the pool, or
 *   found too few free pages in it while shrinking it.
 * @{ */
#define XEN_DOMCTL_get_paging_mempool_size       85 /**< Operation number: read the pool size. */
#define XEN_DOMCTL_set_paging_mempool_size       86 /**< Operation number: set the pool size. */

/** Argument of the paging-pool operations. */
struct xen_domctl_paging_mempool {
    uint64_aligned_t size; /**< get: OUT, set: IN: pool size, in bytes. */
};
/** @} */

/**
 * @name XEN_DOMCTL_set_broken_page_p2m
 * Mark a guest frame as broken (a memory error hit it), so the guest
 * faults on it instead of reading bad data (x86 HVM).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 67 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_set_broken_page_p2m |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.3.0 |
 * | Implemented by | arch_do_domctl() in xen/arch/x86/domctl.c |
 *
 * Errors:
 * - -XEN_EINVAL: the domain is not HVM.
 * - -XEN_EINVAL: `pfn` is not RAM of the domain.
 * - An error of p2m_change_type_one() when the type cannot be changed.
 * @{ */
#define XEN_DOMCTL_set_broken_page_p2m           67

/** Argument of XEN_DOMCTL_set_broken_page_p2m. */
struct xen_domctl_set_broken_page_p2m {
    uint64_aligned_t pfn; /**< IN: the guest frame number. */
};
/** @} */

/**
 * @name XEN_DOMCTL_cacheflush
 * Clean and invalidate the data cache over a range of guest frames (Arm),
 * e.g. after the toolstack wrote a kernel into guest memory.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 71 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_cacheflush |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | Arm; x86 gives -XEN_ENOSYS |
 * | Since          | Xen 4.4.0 |
 * | Implemented by | arch_do_domctl() in xen/arch/arm/domctl.c |
 *
 * Errors:
 * - -XEN_EINVAL: `nr_pfns` is above 2^MAX_ORDER (Xen's largest allocation
 *   order), or the range wraps.
 * - An error of p2m_cache_flush_range() for the range.
 * @{ */
#define XEN_DOMCTL_cacheflush                    71

/** Argument of XEN_DOMCTL_cacheflush. */
struct xen_domctl_cacheflush {
    xen_pfn_t start_pfn; /**< IN: first guest frame. */
    xen_pfn_t nr_pfns;   /**< IN: number of frames. */
};
/** @} */

/**
 * @name XEN_DOMCTL_audit_p2m
 * Check the domain's physical-to-machine table against the machine-to-
 * physical one (x86 hypervisors built with the audit) and count
 * inconsistencies.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 65 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_audit_p2m |
 * | Returns        | 0, with the counts filled in |
 * | Errors         | listed below |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.2.0 |
 * | Implemented by | audit_p2m(), called from arch_do_domctl() in xen/arch/x86/domctl.c |
 *
 * Errors:
 * - -XEN_EOPNOTSUPP: the hypervisor is built without the audit.
 * - -XEN_EPERM: `domain` is the caller itself.
 * @{ */
#define XEN_DOMCTL_audit_p2m                     65

/** Result of XEN_DOMCTL_audit_p2m. */
struct xen_domctl_audit_p2m {
    uint64_t orphans; /**< OUT: domain pages with no p2m entry. */
    uint64_t m2p_bad; /**< OUT: machine-to-physical entries that disagree. */
    uint64_t p2m_bad; /**< OUT: physical-to-machine entries that disagree. */
};
/** @} */

/**
 * @name XEN_DOMCTL_set_llc_colors
 * Choose the last-level-cache colours the domain's memory comes from
 * (cache colouring). Once per domain, before it gets memory: a domain's
 * colours cannot be changed once set. A count of 0 keeps the default
 * colours.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 89 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_set_llc_colors |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | Arm64 (MMU, no NUMA) built with CONFIG_LLC_COLORING; else -XEN_EOPNOTSUPP |
 * | Since          | Xen 4.20.0 |
 * | Implemented by | domain_set_llc_colors() in xen/common/llc-coloring.c |
 *
 * Errors:
 * - -XEN_EINVAL: `pad` is not 0.
 * - -XEN_EOPNOTSUPP: cache colouring is not on (not built, or not enabled
 *   at boot).
 * - -XEN_EEXIST: the domain's colours were set already.
 * - -XEN_EINVAL: more colours than the host has.
 * - -XEN_ENOMEM: Xen could not allocate its copy of the list.
 * - -XEN_EFAULT: `llc_colors` cannot be read.
 * - -XEN_EINVAL: a colour number at or above the host's colour count.
 * @{ */
#define XEN_DOMCTL_set_llc_colors                89

/** Argument of XEN_DOMCTL_set_llc_colors. */
struct xen_domctl_set_llc_colors {
    uint32_t num_llc_colors;               /**< IN: number of entries in `llc_colors`. */
    uint32_t pad;                          /**< IN: must be 0. */
    XEN_GUEST_HANDLE_64(uint32) llc_colors; /**< IN: the colour numbers. */
};
/** @} */

/** @} */

/** @defgroup unstable_domctl_h_vcpu vCPUs
 *  @ingroup hdr_unstable_domctl_h
 *  @{ */

/**
 * @name XEN_DOMCTL_max_vcpus
 * Allocate the domain's vCPUs. `max` must equal `max_vcpus` given at
 * creation; vCPUs already allocated are kept.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 15 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_max_vcpus |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_domctl() in xen/common/domctl.c |
 *
 * Errors:
 * - -XEN_EINVAL: `domain` is the caller itself.
 * - -XEN_EINVAL: `max` differs from the value given at creation.
 * - -XEN_ENOMEM: a vCPU could not be created.
 * @{ */
#define XEN_DOMCTL_max_vcpus                     15

/** Argument of XEN_DOMCTL_max_vcpus. */
struct xen_domctl_max_vcpus {
    uint32_t max; /**< IN: number of vCPUs. */
};
/** @} */

/**
 * @name XEN_DOMCTL_setvcpucontext, XEN_DOMCTL_getvcpucontext
 * Load or read a vCPU's register state (the architecture's struct
 * vcpu_guest_context) from or into the buffer `ctxt` points at. Setting
 * with a NULL `ctxt` resets the vCPU instead.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 12, 13 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_vcpucontext |
 * | Returns        | 0 (get: the state in the buffer) |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_domctl() in xen/common/domctl.c; arch_set_info_guest() |
 *
 * Errors of setvcpucontext:
 * - -XEN_EINVAL: `domain` is the caller itself, `vcpu` is at or above the
 *   domain's vCPU limit, or that vCPU was never allocated.
 * - NULL `ctxt`: an error of vcpu_reset() (the architecture's reset).
 * - -XEN_ENOMEM: Xen could not allocate its copy of the state.
 * - -XEN_EFAULT: the buffer cannot be read.
 * - An error of arch_set_info_guest() when it refuses the state.
 *
 * Errors of getvcpucontext:
 * - -XEN_EINVAL: `vcpu` is at or above the domain's vCPU limit, was never
 *   allocated, or is the vCPU making the call.
 * - -XEN_ENODATA: the vCPU has never been initialised.
 * - -XEN_ENOMEM: Xen could not allocate its copy of the state.
 * - -XEN_EFAULT: the buffer cannot be written.
 * @{ */
#define XEN_DOMCTL_setvcpucontext                12 /**< Operation number: load a vCPU's state. */
#define XEN_DOMCTL_getvcpucontext                13 /**< Operation number: read a vCPU's state. */

/** Argument of XEN_DOMCTL_setvcpucontext and XEN_DOMCTL_getvcpucontext. */
struct xen_domctl_vcpucontext {
    uint32_t vcpu;                                  /**< IN: the vCPU. */
    /** IN: buffer holding (set) or receiving (get) the state. */
    XEN_GUEST_HANDLE_64(vcpu_guest_context_t) ctxt;
};
/** @} */

/**
 * @name XEN_DOMCTL_getvcpuinfo
 * Report a vCPU's run state and CPU time.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 14 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_getvcpuinfo |
 * | Returns        | 0, with the OUT fields filled in |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_domctl() in xen/common/domctl.c |
 *
 * Errors:
 * - -XEN_ENOENT: `vcpu` is at or above the domain's vCPU limit, or that
 *   vCPU was never allocated.
 * @{ */
#define XEN_DOMCTL_getvcpuinfo                   14

/** Argument of XEN_DOMCTL_getvcpuinfo. */
struct xen_domctl_getvcpuinfo {
    uint32_t vcpu;              /**< IN: the vCPU. */
    uint8_t  online;            /**< OUT: nonzero if the vCPU is up. */
    uint8_t  blocked;           /**< OUT: nonzero if it waits for an event. */
    uint8_t  running;           /**< OUT: nonzero if it is on a physical CPU now. */
    uint64_aligned_t cpu_time;  /**< OUT: CPU time it has used, in ns. */
    uint32_t cpu;               /**< OUT: the physical CPU it last ran or runs on. */
};
/** @} */

/**
 * @name XEN_DOMCTL_setvcpuaffinity, XEN_DOMCTL_getvcpuaffinity
 * Set or read the physical CPUs a vCPU may run on (hard affinity) and
 * prefers (soft affinity); `flags` names the bitmaps acted on. On set,
 * those bitmaps come back holding the affinity that takes effect: hard
 * intersected with the pool's online CPUs, soft further intersected with
 * hard. On get they hold what was last set, unchanged. A failed soft
 * affinity undoes the hard one set by the same call.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 9, 25 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_vcpuaffinity |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | vcpu_affinity_domctl() in xen/common/sched/core.c |
 *
 * Errors:
 * - -XEN_EINVAL: `vcpu` is at or above the domain's vCPU limit.
 * - -XEN_ESRCH: that vCPU was never allocated.
 * - -XEN_EINVAL: `flags` is 0, or names a bitmap whose handle is NULL.
 * - -XEN_ENOMEM: set: Xen could not allocate its working masks.
 * - -XEN_EINVAL: set: the hard affinity has no online CPU of the pool.
 * - -XEN_EBUSY: set: the vCPU's affinity is temporarily overridden
 *   (XEN_VCPUAFFINITY_FORCE clears a stuck override first).
 * - -XEN_EFAULT: a bitmap cannot be read or written.
 * @{ */
#define XEN_DOMCTL_setvcpuaffinity                9 /**< Operation number: set affinity. */
#define XEN_DOMCTL_getvcpuaffinity               25 /**< Operation number: read affinity. */

#define _XEN_VCPUAFFINITY_HARD  0
/** `flags`: act on the hard affinity (`cpumap_hard`). */
#define XEN_VCPUAFFINITY_HARD   (1U << _XEN_VCPUAFFINITY_HARD)
#define _XEN_VCPUAFFINITY_SOFT  1
/** `flags`: act on the soft affinity (`cpumap_soft`). */
#define XEN_VCPUAFFINITY_SOFT   (1U << _XEN_VCPUAFFINITY_SOFT)
#define _XEN_VCPUAFFINITY_FORCE 2
/** `flags`: also cancel a temporary pin the guest made with
 *  SCHEDOP_pin_override. */
#define XEN_VCPUAFFINITY_FORCE  (1U << _XEN_VCPUAFFINITY_FORCE)

/** Argument of the vCPU-affinity operations. */
struct xen_domctl_vcpuaffinity {
    uint32_t vcpu;                    /**< IN: the vCPU. */
    uint32_t flags;                   /**< IN: XEN_VCPUAFFINITY_* bits. */
    /** set: IN/OUT, get: OUT: hard affinity, a bitmap of physical CPUs. */
    struct xenctl_bitmap cpumap_hard;
    /** set: IN/OUT, get: OUT: soft affinity, a bitmap of physical CPUs. */
    struct xenctl_bitmap cpumap_soft;
};
/** @} */

/**
 * @name XEN_DOMCTL_setnodeaffinity, XEN_DOMCTL_getnodeaffinity
 * Set or read the NUMA nodes the domain's memory and vCPUs should prefer.
 * Setting every node turns the automatic choice back on.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 68, 69 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_nodeaffinity |
 * | Returns        | 0 (get: the bitmap written) |
 * | Errors         | listed below |
 * | Since          | Xen 4.3.0 |
 * | Implemented by | domain_set_node_affinity() in xen/common/domain.c; do_domctl() |
 *
 * Errors:
 * - -XEN_ENOMEM: set: Xen could not allocate its copy of the bitmap.
 * - -XEN_EFAULT: the bitmap cannot be read (set) or written (get).
 * - -XEN_EINVAL: set: no node of the map is online.
 * @{ */
#define XEN_DOMCTL_setnodeaffinity               68 /**< Operation number: set node affinity. */
#define XEN_DOMCTL_getnodeaffinity               69 /**< Operation number: read node affinity. */

/** Argument of the node-affinity operations. */
struct xen_domctl_nodeaffinity {
    struct xenctl_bitmap nodemap; /**< IN: bitmap of NUMA nodes (read on set, written on get). */
};
/** @} */

/**
 * @name XEN_DOMCTL_set_ext_vcpucontext, XEN_DOMCTL_get_ext_vcpucontext
 * Load or read the parts of a vCPU's state that struct
 * vcpu_guest_context lacks (x86: 32-bit system-call entry points and
 * machine-check capabilities). Get fills `size` with the structure's size;
 * set takes the machine-check part only as far as `size` covers it.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 42, 43 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_ext_vcpucontext |
 * | Returns        | 0 (get: the structure filled in) |
 * | Errors         | listed below |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | arch_do_domctl(), vcpu_set_vmce() in xen/arch/x86/domctl.c |
 *
 * Errors:
 * - -XEN_ESRCH: `vcpu` is at or above the domain's vCPU limit, or not
 *   allocated.
 * - -XEN_ESRCH: get: `vcpu` is the vCPU making the call; set: `domain` is
 *   the caller itself.
 * - -XEN_EINVAL: set: `size` does not reach the machine-check part.
 * - -XEN_EINVAL: set, PV domain: an entry point is not a canonical address.
 * - -XEN_EINVAL: set, HVM domain: an entry-point field is not 0 (the code
 *   selectors may hold a privilege level only).
 * - -XEN_EINVAL: set: machine-check capabilities this host cannot offer.
 * @{ */
#define XEN_DOMCTL_set_ext_vcpucontext           42 /**< Operation number: load extended state. */
#define XEN_DOMCTL_get_ext_vcpucontext           43 /**< Operation number: read extended state. */

XEN_EXTENSIONS_BEGIN
/** Argument of the extended vCPU-context operations. */
struct xen_domctl_ext_vcpucontext {
    uint32_t vcpu;                             /**< IN: the vCPU. */
    /** set: IN, get: OUT: bytes of this structure in use (at most 128). */
    uint32_t size;
#if defined(__i386__) || defined(__x86_64__)
    /** IN/OUT: entry point for SYSCALL from 32-bit user mode (64-bit PV
     *  guests). */
    uint64_aligned_t syscall32_callback_eip;
    uint64_aligned_t sysenter_callback_eip;    /**< IN/OUT: entry point for SYSENTER. */
    uint16_t syscall32_callback_cs;            /**< IN/OUT: code selector of the SYSCALL entry. */
    uint16_t sysenter_callback_cs;             /**< IN/OUT: code selector of the SYSENTER entry. */
    /** IN/OUT: nonzero: entering through SYSCALL masks event delivery. */
    uint8_t syscall32_disables_events;
    /** IN/OUT: nonzero: entering through SYSENTER masks event delivery. */
    uint8_t sysenter_disables_events;
#if defined(__GNUC__)
    /** Machine-check state; the older `mcg_cap` view overlays its first field. */
    union {
        uint64_aligned_t mcg_cap;              /**< IN/OUT: the vCPU's IA32_MCG_CAP (older view). */
        struct hvm_vmce_vcpu vmce;             /**< IN/OUT: the vCPU's machine-check MSRs. */
    };
#else
    struct hvm_vmce_vcpu vmce;                 /**< IN/OUT: the vCPU's machine-check MSRs. */
#endif
#endif
};
XEN_EXTENSIONS_END
/** @} */

/**
 * @name XEN_DOMCTL_setvcpuextstate, XEN_DOMCTL_getvcpuextstate
 * Load or read a vCPU's extended (XSAVE) register state (x86), as XCR0,
 * the accumulated XCR0 and the uncompressed save area. Get with `size` and
 * `xfeature_mask` both 0, or a NULL `buffer`, reports the largest size
 * needed and the host's feature mask in those fields.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 62, 63 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_vcpuextstate |
 * | Returns        | 0 (get: `size` holds the bytes written) |
 * | Errors         | listed below |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.1.0 |
 * | Implemented by | arch_do_domctl() in xen/arch/x86/domctl.c |
 *
 * Errors of getvcpuextstate:
 * - -XEN_ESRCH: `vcpu` is at or above the domain's vCPU limit, or not
 *   allocated.
 * - -XEN_EINVAL: `vcpu` is the vCPU making the call.
 * - -XEN_EINVAL: `size` is smaller than the vCPU's state, or
 *   `xfeature_mask` is not the host's mask.
 * - -XEN_EFAULT: `buffer` cannot be written.
 * - -XEN_ENOMEM: Xen could not allocate its copy of the save area.
 *
 * Errors of setvcpuextstate:
 * - -XEN_ESRCH: `vcpu` is at or above the domain's vCPU limit, or not
 *   allocated.
 * - -XEN_EINVAL: `vcpu` is the vCPU making the call.
 * - -XEN_EINVAL: `size` is below the 16-byte header or above the host's
 *   largest state.
 * - -XEN_ENOMEM: Xen could not allocate its copy of the state.
 * - -XEN_EFAULT: `buffer` cannot be read.
 * - -XEN_EINVAL: the XCR0 values are inconsistent or beyond the domain's
 *   CPU policy, or `size` is too small for the save area they call for.
 * - -XEN_EOPNOTSUPP: features the host lacks, or a save area in the
 *   compressed format.
 * - -XEN_EIO: reserved fields of the save-area header are not 0.
 * - -XEN_EINVAL: `size` does not match the state the header describes.
 * @{ */
#define XEN_DOMCTL_setvcpuextstate               62 /**< Operation number: load XSAVE state. */
#define XEN_DOMCTL_getvcpuextstate               63 /**< Operation number: read XSAVE state. */

#if defined(__i386__) || defined(__x86_64__)

/** Argument of the XSAVE-state operations. */
struct xen_domctl_vcpuextstate {
    uint32_t vcpu;                       /**< IN: the vCPU. */
    /** get: IN/OUT, set: ignored: the XSAVE feature mask (XCR0) the buffer's
     *  format follows, so a restoring host can check it supports it. */
    uint64_aligned_t xfeature_mask;
    uint64_aligned_t size;               /**< set: IN, get: IN/OUT: size of the buffer, in bytes. */
    XEN_GUEST_HANDLE_64(uint64) buffer;  /**< IN: the state buffer (read on set, written on get). */
};
#endif /* x86 */
/** @} */

/**
 * @name XEN_DOMCTL_get_vcpu_msrs, XEN_DOMCTL_set_vcpu_msrs
 * Read or load the MSRs of a PV vCPU that Xen saves and restores (x86):
 * get reports only MSRs the vCPU may use that are not 0. A NULL `msrs`
 * asks for the largest `msr_count` needed. On get, `msr_count` comes back
 * as the number of MSRs to report, also when that is more than fitted.
 * When set fails on an entry, `msr_count` comes back as that entry's
 * index.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 72, 73 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_vcpu_msrs |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.5.0 |
 * | Implemented by | arch_do_domctl() in xen/arch/x86/domctl.c |
 *
 * Errors:
 * - -XEN_ESRCH: `vcpu` is at or above the domain's vCPU limit, or not
 *   allocated.
 * - -XEN_EINVAL: `vcpu` is the vCPU making the call, or the domain is not
 *   PV.
 * - -XEN_ENOBUFS: get: `msr_count` is smaller than the number to report.
 * - -XEN_EINVAL: set: `msr_count` is above the number Xen handles, or an
 *   entry's `reserved` is not 0.
 * - -XEN_ENXIO: set: an MSR Xen does not restore, or a value the vCPU's
 *   MSR does not take.
 * - -XEN_EFAULT: `msrs` cannot be read (set) or written (get).
 * @{ */
#define XEN_DOMCTL_get_vcpu_msrs                 72 /**< Operation number: read vCPU MSRs. */
#define XEN_DOMCTL_set_vcpu_msrs                 73 /**< Operation number: load vCPU MSRs. */

#if defined(__i386__) || defined(__x86_64__)

/** One MSR of a vCPU. */
struct xen_domctl_vcpu_msr {
    uint32_t index;         /**< IN/OUT: MSR number. */
    uint32_t reserved;      /**< IN: 0; OUT: 0. */
    uint64_aligned_t value; /**< IN/OUT: the MSR's value. */
};
typedef struct xen_domctl_vcpu_msr xen_domctl_vcpu_msr_t;
/* Guest handles to arrays of xen_domctl_vcpu_msr_t. */
DEFINE_XEN_GUEST_HANDLE(xen_domctl_vcpu_msr_t);
XEN_DEFINE_GUEST_HANDLE_64(xen_domctl_vcpu_msr_t, xen_domctl_vcpu_msr_t)

/** Argument of the vCPU-MSR operations. */
struct xen_domctl_vcpu_msrs {
    uint32_t vcpu;                                   /**< IN: the vCPU. */
    uint32_t msr_count;                              /**< IN: entries in `msrs`; OUT: see above. */
    XEN_GUEST_HANDLE_64(xen_domctl_vcpu_msr_t) msrs; /**< IN/OUT: the entries, or NULL. */
};
#endif /* x86 */
/** @} */

/**
 * @name XEN_DOMCTL_vmtrace_op
 * Drive a vCPU's processor-trace buffer (Intel PT), sized at creation by
 * `vmtrace_size`. Xen pauses the vCPU around the call.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 84 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_vmtrace_op |
 * | Returns        | 0 (the get and position commands fill `value`) |
 * | Errors         | listed below |
 * | Architectures  | x86 built with CONFIG_VMTRACE (else -XEN_EOPNOTSUPP); Arm: -XEN_ENOSYS |
 * | Since          | Xen 4.15.0 |
 * | Implemented by | do_vmtrace_op() in xen/arch/x86/domctl.c |
 *
 * Errors:
 * - -XEN_EOPNOTSUPP: the hypervisor is built without processor tracing.
 * - -XEN_EINVAL: the domain was created without trace buffers, or is the
 *   caller itself.
 * - -XEN_ENOENT: `vcpu` is at or above the domain's vCPU limit, or not
 *   allocated.
 * - -XEN_EOPNOTSUPP: unknown `cmd`.
 * - An error of the processor's tracing code (hvm_vmtrace_control() and
 *   the other hvm_vmtrace_*() functions); -XEN_EINVAL for an unknown `key`.
 * @{ */
#define XEN_DOMCTL_vmtrace_op                    84

#define XEN_DOMCTL_vmtrace_enable             1 /**< `cmd`: start tracing. */
#define XEN_DOMCTL_vmtrace_disable            2 /**< `cmd`: stop tracing. */
/** `cmd`: clear position and status, then start (the usual way to restart). */
#define XEN_DOMCTL_vmtrace_reset_and_enable   3
/** `cmd`: return in `value` the offset reached in the buffer, in bytes. */
#define XEN_DOMCTL_vmtrace_output_position    4
/** `cmd`: read platform setting `key` into `value` (Intel PT: an allowed
 *  MSR_RTIT_* register). */
#define XEN_DOMCTL_vmtrace_get_option         5
/** `cmd`: write `value` to platform setting `key`. */
#define XEN_DOMCTL_vmtrace_set_option         6

/** Argument of XEN_DOMCTL_vmtrace_op. */
struct xen_domctl_vmtrace_op {
    uint32_t cmd;           /**< IN: XEN_DOMCTL_vmtrace_*. */
    uint32_t vcpu;          /**< IN: the vCPU. */
    uint64_aligned_t key;   /**< IN: setting selected by `cmd`. */
    uint64_aligned_t value; /**< IN/OUT: value for or from `cmd`. */
};
typedef struct xen_domctl_vmtrace_op xen_domctl_vmtrace_op_t;
DEFINE_XEN_GUEST_HANDLE(xen_domctl_vmtrace_op_t);
XEN_DEFINE_GUEST_HANDLE_64(xen_domctl_vmtrace_op_t, xen_domctl_vmtrace_op_t)
/** @} */

/** @} */

/** @defgroup unstable_domctl_h_sched Scheduling
 *  @ingroup hdr_unstable_domctl_h
 *  @{ */

/**
 * @name XEN_DOMCTL_scheduler_op
 * Set or read the scheduler parameters of a domain, for the whole domain
 * or per vCPU. Schedulers with per-vCPU parameters (RTDS): putinfo sets
 * all vCPUs, getinfo reads the defaults, put/getvcpuinfo act on the listed
 * vCPUs. Credit and credit2: putinfo/getinfo act on the domain, and the
 * per-vCPU commands fail. The null and ARINC 653 schedulers take no
 * parameters here: the call does nothing and returns 0.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 16 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_scheduler_op |
 * | Returns        | 0, with the get commands' fields filled in |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | sched_adjust() in xen/common/sched/core.c, then the scheduler's hook |
 *
 * Errors:
 * - -XEN_EINVAL: `sched_id` is not the scheduler of the domain's CPU pool,
 *   or `cmd` is unknown.
 * - -XEN_EINVAL: a command or a parameter value the scheduler refuses
 *   (csched_dom_cntl(), csched2_dom_cntl(), rt_dom_cntl() in
 *   xen/common/sched/).
 * - -XEN_EFAULT: RTDS: the vCPU array cannot be read or written.
 * @{ */
#define XEN_DOMCTL_scheduler_op                  16

#define XEN_SCHEDULER_CREDIT   5 /**< `sched_id`: credit scheduler. */
#define XEN_SCHEDULER_CREDIT2  6 /**< `sched_id`: credit2 scheduler. */
#define XEN_SCHEDULER_ARINC653 7 /**< `sched_id`: ARINC 653 scheduler. */
#define XEN_SCHEDULER_RTDS     8 /**< `sched_id`: RTDS real-time scheduler. */
#define XEN_SCHEDULER_NULL     9 /**< `sched_id`: null scheduler (one vCPU per CPU). */

#define XEN_DOMCTL_SCHEDOP_putinfo 0     /**< `cmd`: set parameters (all vCPUs / the domain). */
#define XEN_DOMCTL_SCHEDOP_getinfo 1     /**< `cmd`: read parameters (defaults / the domain). */
#define XEN_DOMCTL_SCHEDOP_putvcpuinfo 2 /**< `cmd`: set the listed vCPUs' parameters. */
#define XEN_DOMCTL_SCHEDOP_getvcpuinfo 3 /**< `cmd`: read the listed vCPUs' parameters. */

/** Credit scheduler parameters. */
struct xen_domctl_sched_credit {
    uint16_t weight; /**< IN/OUT: relative share of CPU time. */
    uint16_t cap;    /**< IN/OUT: CPU-time ceiling, in percent of one CPU; 0: none. */
};

/** Credit2 scheduler parameters. */
struct xen_domctl_sched_credit2 {
    uint16_t weight; /**< IN/OUT: relative share of CPU time. */
    uint16_t cap;    /**< IN/OUT: CPU-time ceiling, in percent of one CPU; 0: none. */
};

/** `flags` bit number of XEN_DOMCTL_SCHEDRT_extra. */
#define _XEN_DOMCTL_SCHEDRT_extra   0
/** `flags`: the vCPU may keep running on idle time after its budget. */
#define XEN_DOMCTL_SCHEDRT_extra    (1U << _XEN_DOMCTL_SCHEDRT_extra)

/** RTDS scheduler parameters. */
struct xen_domctl_sched_rtds {
    uint32_t period; /**< IN/OUT: replenishment period, in microseconds. */
    uint32_t budget; /**< IN/OUT: CPU time per period, in microseconds. */
    uint32_t flags;  /**< IN/OUT: XEN_DOMCTL_SCHEDRT_* bits. */
};

/** Scheduler parameters of one vCPU, an element of the per-vCPU list. */
typedef struct xen_domctl_schedparam_vcpu {
    /** Parameters, by scheduler. */
    union {
        struct xen_domctl_sched_credit credit;   /**< IN/OUT: credit. */
        struct xen_domctl_sched_credit2 credit2; /**< IN/OUT: credit2. */
        struct xen_domctl_sched_rtds rtds;       /**< IN/OUT: RTDS. */
    } u;
    uint32_t vcpuid; /**< IN: the vCPU. */
} xen_domctl_schedparam_vcpu_t;
/* Guest handles to arrays of xen_domctl_schedparam_vcpu_t. */
DEFINE_XEN_GUEST_HANDLE(xen_domctl_schedparam_vcpu_t);
XEN_DEFINE_GUEST_HANDLE_64(xen_domctl_schedparam_vcpu_t, xen_domctl_schedparam_vcpu_t)

/** Argument of XEN_DOMCTL_scheduler_op. */
struct xen_domctl_scheduler_op {
    uint32_t sched_id; /**< IN: XEN_SCHEDULER_* of the domain's pool. */
    uint32_t cmd;      /**< IN: XEN_DOMCTL_SCHEDOP_*. */
    /** Parameters, by scheduler, or the per-vCPU list. */
    union {
        struct xen_domctl_sched_credit credit;   /**< IN/OUT: credit. */
        struct xen_domctl_sched_credit2 credit2; /**< IN/OUT: credit2. */
        struct xen_domctl_sched_rtds rtds;       /**< IN/OUT: RTDS. */
        /** Per-vCPU list, for put/getvcpuinfo. */
        struct {
            XEN_GUEST_HANDLE_64(xen_domctl_schedparam_vcpu_t)
                vcpus;        /**< IN/OUT: the list. */
            uint32_t nr_vcpus; /**< IN: entries in `vcpus`; OUT: entries processed. */
            uint32_t padding;  /**< IN: 0. */
        } v;
    } u;
};
/** @} */

/** @} */

/** @defgroup unstable_domctl_h_settings Domain settings
 *  @ingroup hdr_unstable_domctl_h
 *  @{ */

/**
 * @name XEN_DOMCTL_setdomainhandle
 * Replace the domain's handle (UUID).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 17 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_setdomainhandle |
 * | Returns        | 0 |
 * | Errors         | only the common ones |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_domctl() in xen/common/domctl.c |
 * @{ */
#define XEN_DOMCTL_setdomainhandle               17

/** Argument of XEN_DOMCTL_setdomainhandle. */
struct xen_domctl_setdomainhandle {
    xen_domain_handle_t handle; /**< IN: the new handle. */
};
/** @} */

/**
 * @name XEN_DOMCTL_setdebugging
 * Put the domain under, or take it out of, debugger control: debug traps
 * then go to the debugger instead of the guest. Xen pauses the domain
 * around the change.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 18 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_setdebugging |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_domctl() in xen/common/domctl.c |
 *
 * Errors:
 * - -XEN_EINVAL: `domain` is the caller itself.
 * @{ */
#define XEN_DOMCTL_setdebugging                  18

/** Argument of XEN_DOMCTL_setdebugging. */
struct xen_domctl_setdebugging {
    uint8_t enable; /**< IN: nonzero to enable, 0 to disable. */
};
/** @} */

/**
 * @name XEN_DOMCTL_hypercall_init
 * Write the hypercall trampolines into a guest frame (x86 domain building).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 22 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_hypercall_init |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | arch_do_domctl() in xen/arch/x86/domctl.c |
 *
 * Errors:
 * - -XEN_EINVAL: `gmfn` is not a frame of the domain.
 * - -XEN_EPERM: the frame cannot be used as a writable page (it is in use
 *   as a page table or similar).
 * @{ */
#define XEN_DOMCTL_hypercall_init                22

/** Argument of XEN_DOMCTL_hypercall_init. */
struct xen_domctl_hypercall_init {
    uint64_aligned_t gmfn; /**< IN: guest frame to fill. */
};
/** @} */

/**
 * @name XEN_DOMCTL_settimeoffset
 * Set the offset of the domain's wall clock from the host's.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 24 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_settimeoffset |
 * | Returns        | 0 |
 * | Errors         | only the common ones |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | domain_set_time_offset() in xen/arch/x86/time.c, xen/arch/arm/time.c |
 * @{ */
#define XEN_DOMCTL_settimeoffset                 24

/** Argument of XEN_DOMCTL_settimeoffset. */
struct xen_domctl_settimeoffset {
    /** IN: offset added to the host wall clock, in seconds. */
    int64_aligned_t time_offset_seconds;
};
/** @} */

/**
 * @name XEN_DOMCTL_set_address_size, XEN_DOMCTL_get_address_size
 * Set or read the width of a domain's guest mode, in bits: 32 or 64. The
 * width can only be changed while the domain owns no memory; on x86 only
 * for a PV domain, and only from 64 to 32 bits. Setting the width already
 * in effect changes nothing, but Arm64 refuses any set once the domain
 * owns memory.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 35, 36 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_address_size |
 * | Returns        | 0 (get: `size` filled in) |
 * | Errors         | listed below |
 * | Architectures  | set: x86 and Arm; get: x86 only (Arm gives -XEN_ENOSYS) |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | switch_compat() in xen/arch/x86/pv/domain.c; see below for Arm |
 *
 * Errors on x86 (arch_do_domctl() in xen/arch/x86/domctl.c):
 * - -XEN_EOPNOTSUPP: the domain is HVM (set and get).
 * - -XEN_EINVAL: set: `size` is neither 32 nor 64, or 64 for a 32-bit domain.
 * - -XEN_EOPNOTSUPP: set 32: the hypervisor does not run 32-bit PV guests.
 * - -XEN_EACCES: set 32: the domain already owns memory.
 * - -XEN_ENOMEM: set 32: Xen could not allocate the 32-bit structures.
 *
 * Errors on Arm (set_address_size() in xen/arch/arm/arm64/domctl.c; on Arm32
 * subarch_do_domctl() in xen/arch/arm/arm32/domctl.c):
 * - -XEN_EINVAL: `size` is neither 32 nor 64 (an Arm32 hypervisor takes
 *   only 32).
 * - -XEN_EINVAL: 32 on a CPU without 32-bit guest mode, or for a domain
 *   using SVE.
 * - -XEN_EBUSY: Arm64: the domain already owns memory (even when `size`
 *   is its current width).
 * @{ */
/** Operation number: set the guest's address size. */
#define XEN_DOMCTL_set_address_size              35
#define XEN_DOMCTL_get_address_size              36 /**< Operation number: read it. */

/** Argument of the address-size operations. */
struct xen_domctl_address_size {
    uint32_t size; /**< set: IN, get: OUT: width, in bits. */
};
/** @} */

/**
 * @name XEN_DOMCTL_set_target
 * Make `domain` privileged over `target`: typically a stub device-model
 * domain over the HVM guest it serves. A domain has at most one target,
 * for its whole life.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 46 |
 * | Caller         | the control domain; XSM: xsm_set_target(), XSM_PRIV |
 * | Argument       | struct xen_domctl_set_target |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_domctl() in xen/common/domctl.c |
 *
 * Errors:
 * - -XEN_ESRCH: no domain `target`.
 * - -XEN_EINVAL: `target` is `domain` itself.
 * - -XEN_EOPNOTSUPP: `target` is not an HVM domain.
 * - -XEN_EINVAL: `domain` already has a target.
 * @{ */
#define XEN_DOMCTL_set_target                    46

/** Argument of XEN_DOMCTL_set_target. */
struct xen_domctl_set_target {
    domid_t target; /**< IN: the domain `domain` gets privilege over. */
};
/** @} */

/**
 * @name XEN_DOMCTL_subscribe
 * Choose an event channel that Xen signals when the domain shuts down
 * with code SHUTDOWN_suspend, instead of raising VIRQ_DOM_EXC for it.
 * Other shutdowns and the domain's death still raise VIRQ_DOM_EXC. One
 * subscription per domain: a new one replaces the old; port 0 removes it.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 29 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_subscribe |
 * | Returns        | 0 (the port is not checked until it is used) |
 * | Errors         | only the common ones |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_domctl() in xen/common/domctl.c |
 * @{ */
#define XEN_DOMCTL_subscribe                     29

/** Argument of XEN_DOMCTL_subscribe. */
struct xen_domctl_subscribe {
    uint32_t port; /**< IN: the caller's event-channel port to signal. */
};
/** @} */

/**
 * @name XEN_DOMCTL_set_virq_handler
 * Route a global virtual IRQ (VIRQ_DOM_EXC, VIRQ_ENOMEM, ...) to
 * `domain` instead of the hardware domain.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 66 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_set_virq_handler |
 * | Returns        | 0 (also when `domain` already handles it) |
 * | Errors         | listed below |
 * | Since          | Xen 4.2.0 |
 * | Implemented by | set_global_virq_handler() in xen/common/event_channel.c |
 *
 * Errors:
 * - -XEN_EINVAL: `virq` is not a global VIRQ.
 * - -XEN_EINVAL: `domain` is being destroyed.
 * - -XEN_EBUSY: the domain handling it now has it bound to a port.
 * @{ */
#define XEN_DOMCTL_set_virq_handler              66

/** Argument of XEN_DOMCTL_set_virq_handler. */
struct xen_domctl_set_virq_handler {
    uint32_t virq; /**< IN: the VIRQ_* number. */
};
/** @} */

/**
 * @name XEN_DOMCTL_gettscinfo, XEN_DOMCTL_settscinfo
 * Read or set how the domain sees the TSC (x86), used to carry it across
 * migration. Xen pauses the domain around the call. Setting it on a PV
 * hardware domain only turns TSC emulation off; the values are ignored.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 59, 60 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_tsc_info |
 * | Returns        | 0 (get: the fields filled in) |
 * | Errors         | listed below |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | tsc_get_info(), tsc_set_info() in xen/arch/x86/time.c |
 *
 * Errors:
 * - -XEN_EINVAL: `domain` is the caller itself.
 * - -XEN_EINVAL: set: unknown `tsc_mode`.
 * @{ */
#define XEN_DOMCTL_gettscinfo                    59 /**< Operation number: read TSC settings. */
#define XEN_DOMCTL_settscinfo                    60 /**< Operation number: set TSC settings. */

/** Argument of the TSC-setting operations (IN on set, OUT on get). */
struct xen_domctl_tsc_info {
    uint32_t tsc_mode;              /**< IN/OUT: TSC mode (XEN_TSC_MODE_* of the toolstack). */
    uint32_t gtsc_khz;              /**< IN/OUT: TSC frequency the guest sees, in kHz. */
    uint32_t incarnation;           /**< IN/OUT: times the domain was migrated or restored. */
    uint32_t pad;                   /**< IN: 0; OUT: 0. */
    uint64_aligned_t elapsed_nsec;  /**< IN/OUT: offset of the guest's time, in ns. */
};
/** @} */

/**
 * @name XEN_DOMCTL_set_access_required
 * Say whether a memory-access listener is required: when it is and no
 * listener runs, a vCPU hitting an access restriction pauses; when it is
 * not, the restrictions on that page are dropped and the access goes
 * ahead. Xen pauses the domain around the change.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 64 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_set_access_required |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | hypervisors built with CONFIG_VM_EVENT (x86 by default); else -XEN_ENOSYS |
 * | Since          | Xen 4.1.0 |
 * | Implemented by | do_domctl() in xen/common/domctl.c |
 *
 * Errors:
 * - -XEN_EPERM: `domain` is the caller itself.
 * @{ */
#define XEN_DOMCTL_set_access_required           64

/** Argument of XEN_DOMCTL_set_access_required. */
struct xen_domctl_set_access_required {
    uint8_t access_required; /**< IN: nonzero: a listener is required. */
};
/** @} */

/**
 * @name XEN_DOMCTL_setvnumainfo
 * Give the domain a virtual NUMA topology, which it can read back with
 * XENMEM_get_vnumainfo. A new topology replaces the old one.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 74 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_vnuma |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Since          | Xen 4.5.0 |
 * | Implemented by | vnuma_init() in xen/common/domctl.c |
 *
 * Errors:
 * - -XEN_EINVAL: `nr_vcpus` is not the domain's vCPU count, or `pad` is
 *   not 0.
 * - -XEN_EINVAL: `nr_vnodes` is 0, or so large (or `nr_vmemranges` so
 *   large) that an array of them would not fit in a page.
 * - -XEN_ENOMEM: Xen could not allocate its copy.
 * - -XEN_EFAULT: an array cannot be read.
 * - -XEN_E2BIG: a vCPU is put on a virtual node at or above `nr_vnodes`,
 *   or a virtual node on a physical node above Xen's largest node id.
 * - -XEN_EINVAL: a memory range's `flags` is not 0.
 * @{ */
#define XEN_DOMCTL_setvnumainfo                  74

/** Argument of XEN_DOMCTL_setvnumainfo. */
struct xen_domctl_vnuma {
    uint32_t nr_vnodes;                            /**< IN: number of virtual nodes, at least 1. */
    uint32_t nr_vmemranges;                        /**< IN: number of entries in `vmemrange`. */
    /** IN: entries of `vcpu_to_vnode`; must equal the domain's maximum vCPUs. */
    uint32_t nr_vcpus;
    uint32_t pad;                                  /**< IN: 0. */
    /** IN: node distance matrix, nr_vnodes x nr_vnodes entries. */
    XEN_GUEST_HANDLE_64(uint) vdistance;
    /** IN: virtual node of each vCPU, nr_vcpus entries. */
    XEN_GUEST_HANDLE_64(uint) vcpu_to_vnode;
    /** IN: physical node backing each virtual node, nr_vnodes entries. */
    XEN_GUEST_HANDLE_64(uint) vnode_to_pnode;
    /** IN: memory ranges of the virtual nodes, nr_vmemranges entries. */
    XEN_GUEST_HANDLE_64(xen_vmemrange_t) vmemrange;
};
/** @} */

/**
 * @name XEN_DOMCTL_sendtrigger
 * Inject a platform event into the domain, as if a button were pressed.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 28 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_sendtrigger |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | arch_do_domctl() in xen/arch/x86/domctl.c |
 *
 * Errors:
 * - -XEN_ESRCH: `vcpu` is at or above the vCPU limit, or not allocated.
 * - -XEN_EINVAL: a power or sleep button for a domain that is not HVM.
 * - -XEN_ENOSYS: any other trigger (XEN_DOMCTL_SENDTRIGGER_RESET and
 *   XEN_DOMCTL_SENDTRIGGER_INIT included).
 * @{ */
#define XEN_DOMCTL_sendtrigger                   28

#define XEN_DOMCTL_SENDTRIGGER_NMI    0 /**< `trigger`: non-maskable interrupt to `vcpu`. */
#define XEN_DOMCTL_SENDTRIGGER_RESET  1 /**< `trigger`: reset. */
#define XEN_DOMCTL_SENDTRIGGER_INIT   2 /**< `trigger`: INIT signal to `vcpu`. */
#define XEN_DOMCTL_SENDTRIGGER_POWER  3 /**< `trigger`: power-button press. */
#define XEN_DOMCTL_SENDTRIGGER_SLEEP  4 /**< `trigger`: sleep-button press. */

/** Argument of XEN_DOMCTL_sendtrigger. */
struct xen_domctl_sendtrigger {
    uint32_t trigger; /**< IN: XEN_DOMCTL_SENDTRIGGER_*. */
    uint32_t vcpu;    /**< IN: the vCPU it is aimed at, where it applies. */
};
/** @} */

/**
 * @name XEN_DOMCTL_vuart_op
 * Set up an emulated UART for the domain, backed by a ring in guest
 * memory that a console backend serves (Arm: PL011). Only while the
 * domain is being built.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 81 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_vuart_op |
 * | Returns        | 0, with `evtchn` filled in |
 * | Errors         | listed below |
 * | Architectures  | Arm; x86 gives -XEN_ENOSYS |
 * | Since          | Xen 4.10.0 |
 * | Implemented by | handle_vuart_init() in xen/arch/arm/domctl.c |
 *
 * Errors:
 * - -XEN_EINVAL: `pad` is not all 0, or `cmd` is not XEN_DOMCTL_VUART_OP_INIT.
 * - -XEN_EPERM: the domain has finished being built (it was unpaused once).
 * - -XEN_EOPNOTSUPP: `type` is not XEN_DOMCTL_VUART_TYPE_VPL011.
 * - -XEN_EINVAL: the domain has a vUART already.
 * - Another error of domain_vpl011_init() in xen/arch/arm/vpl011.c: of a
 *   direct-mapped domain's UART set-up (-XEN_EINVAL), of mapping the ring
 *   page, of allocating the event channel or of reserving the interrupt.
 * @{ */
#define XEN_DOMCTL_vuart_op                      81

#define XEN_DOMCTL_VUART_OP_INIT  0    /**< `cmd`: create and connect the UART. */
#define XEN_DOMCTL_VUART_TYPE_VPL011 0 /**< `type`: an emulated SBSA/PL011 UART. */

/** Argument of XEN_DOMCTL_vuart_op. */
struct xen_domctl_vuart_op {
    uint32_t cmd;            /**< IN: XEN_DOMCTL_VUART_OP_*. */
    uint32_t type;           /**< IN: XEN_DOMCTL_VUART_TYPE_*. */
    uint64_aligned_t gfn;    /**< IN: guest frame holding the ring. */
    domid_t console_domid;   /**< IN: domain running the console backend. */
    uint8_t pad[2];          /**< IN: 0. */
    /** OUT: port in the domain for the ring's event channel to the backend. */
    evtchn_port_t evtchn;
};
/** @} */

/** @} */

/** @defgroup unstable_domctl_h_io Device and resource access
 *  @ingroup hdr_unstable_domctl_h
 *  @{ */

/**
 * @name XEN_DOMCTL_irq_permission
 * Allow or deny the domain the use of a physical IRQ. `pirq` is read in
 * the caller's own pirq space: it names the IRQ the caller has mapped at
 * that number. The caller must itself have access to the IRQ.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 19 |
 * | Caller         | the control domain; XSM: xsm_irq_permission(), XSM_PRIV |
 * | Argument       | struct xen_domctl_irq_permission |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | arch_do_domctl() in xen/arch/x86/domctl.c |
 *
 * Errors:
 * - -XEN_EINVAL: `pirq` is at or above the caller's number of pirqs.
 * - -XEN_EPERM: the caller has no IRQ mapped at `pirq`, or no access to it.
 * - -XEN_ENOMEM: Xen could not record the permission.
 * @{ */
#define XEN_DOMCTL_irq_permission                19

/** Argument of XEN_DOMCTL_irq_permission. */
struct xen_domctl_irq_permission {
    uint32_t pirq;          /**< IN: the caller's pirq for the interrupt. */
    uint8_t allow_access;   /**< IN: nonzero grants, 0 revokes. */
    uint8_t pad[3];         /**< IN: 0. */
};
/** @} */

/**
 * @name XEN_DOMCTL_gsi_permission
 * Allow or deny the domain the use of a global system interrupt (x86
 * PVH hardware domain passing devices through). The caller must itself
 * have access to the GSI's IRQ.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 88 |
 * | Caller         | the control domain; XSM: xsm_irq_permission(), XSM_PRIV |
 * | Argument       | struct xen_domctl_gsi_permission |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.20.0 |
 * | Implemented by | arch_do_domctl() in xen/arch/x86/domctl.c |
 *
 * Errors:
 * - -XEN_EINVAL: `flags` has a bit outside XEN_DOMCTL_GSI_ACTION_MASK.
 * - -XEN_ERANGE: `gsi` is above the host's highest GSI.
 * - -XEN_EINVAL: no IO-APIC serves `gsi`, or it has no IRQ.
 * - -XEN_EPERM: the caller has no access to the GSI's IRQ.
 * - -XEN_ENOMEM: Xen could not record the permission.
 * @{ */
#define XEN_DOMCTL_gsi_permission                88

#define XEN_DOMCTL_GSI_REVOKE      0 /**< `flags` action: revoke access. */
#define XEN_DOMCTL_GSI_GRANT       1 /**< `flags` action: grant access. */
/** `flags`: the bit holding the action; the others must be 0. */
#define XEN_DOMCTL_GSI_ACTION_MASK 1

/** Argument of XEN_DOMCTL_gsi_permission. */
struct xen_domctl_gsi_permission {
    uint32_t gsi;   /**< IN: the GSI. */
    uint32_t flags; /**< IN: XEN_DOMCTL_GSI_* action. */
};
/** @} */

/**
 * @name XEN_DOMCTL_iomem_permission
 * Allow or deny the domain mapping a range of machine frames (device
 * memory). The caller must itself have access to the whole range.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 20 |
 * | Caller         | the control domain; XSM: xsm_iomem_permission(), XSM_PRIV |
 * | Argument       | struct xen_domctl_iomem_permission |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_domctl() in xen/common/domctl.c |
 *
 * Errors:
 * - -XEN_EINVAL: the range wraps (`nr_mfns` of 0 counts, unless
 *   `first_mfn` is 0).
 * - -XEN_EPERM: the caller has no access to some frame of the range.
 * - -XEN_ENOMEM: Xen could not record the new range.
 * @{ */
#define XEN_DOMCTL_iomem_permission              20

/** Argument of XEN_DOMCTL_iomem_permission. */
struct xen_domctl_iomem_permission {
    uint64_aligned_t first_mfn; /**< IN: first machine frame. */
    uint64_aligned_t nr_mfns;   /**< IN: number of frames, at least 1. */
    uint8_t allow_access;       /**< IN: nonzero grants, 0 revokes. */
};
/** @} */

/**
 * @name XEN_DOMCTL_ioport_permission
 * Allow or deny the domain a range of I/O ports (x86). The caller must
 * itself have access to the whole range.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 21 |
 * | Caller         | the control domain; XSM: xsm_ioport_permission(), XSM_PRIV |
 * | Argument       | struct xen_domctl_ioport_permission |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | arch_do_domctl() in xen/arch/x86/domctl.c |
 *
 * Errors:
 * - -XEN_EINVAL: `nr_ports` is 0, or the range goes beyond port 0xffff.
 * - -XEN_EPERM: the caller has no access to some port of the range.
 * - -XEN_ENOMEM: Xen could not record the new range.
 * @{ */
#define XEN_DOMCTL_ioport_permission             21

/** Argument of XEN_DOMCTL_ioport_permission. */
struct xen_domctl_ioport_permission {
    uint32_t first_port;  /**< IN: first port. */
    uint32_t nr_ports;    /**< IN: number of ports. */
    uint8_t allow_access; /**< IN: nonzero grants, 0 revokes. */
};
/** @} */

/**
 * @name XEN_DOMCTL_assign_device, XEN_DOMCTL_test_assign_device, XEN_DOMCTL_deassign_device
 * Pass a device through to the domain, check whether it could be, or take
 * it back; the IOMMU is set up accordingly. test_assign_device with
 * DOMID_INVALID only checks whether any domain other than the hardware
 * domain holds the device. deassign_device returns a PCI device to the
 * hardware domain (to quarantine when IOMMU quarantining applies to it)
 * and leaves a device-tree device unassigned (the hardware domain must
 * assign it to itself to use it again).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 37, 45, 47 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_assign_device |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | iommu_do_pci_domctl(), iommu_do_dt_domctl() in xen/drivers/passthrough/ |
 *
 * Errors:
 * - -XEN_EOPNOTSUPP: the domain has no IOMMU (for DOMID_INVALID: the host
 *   has none).
 * - -XEN_EINVAL: `domain` is the caller itself (hypervisors with PCI
 *   support, for either kind of device).
 * - -XEN_ENODEV: `dev` is a kind this hypervisor does not handle (device
 *   tree on x86).
 * - -XEN_EINVAL: `flags` has a bit other than XEN_DOMCTL_DEV_RDM_RELAXED
 *   (PCI assign) or any bit (otherwise), or the domain is being destroyed
 *   (assign; for a device-tree device also test).
 * - -XEN_ENODEV: PCI: assign: the device does not exist; deassign: the
 *   domain does not hold it.
 * - -XEN_EBUSY: PCI assign: the device belongs to a domain other than the
 *   hardware domain and quarantine (or is hidden).
 * - -XEN_EINVAL: test: the device is assigned already, or (PCI) does not
 *   exist.
 * - Device tree: an error of finding the node by `u.dt.path`.
 * - -XEN_EINVAL: device tree: `domain` is DOMID_IO (assign and deassign).
 * - -XEN_EXDEV: PCI assign, x86: the domain uses memory sharing, paging,
 *   populate-on-demand or log-dirty tracking, which rule pass-through out.
 * - -XEN_EBADF: PCI assign: the device is marked broken.
 * - An error of the IOMMU driver's assign or deassign hook.
 * @{ */
#define XEN_DOMCTL_assign_device                 37 /**< Operation number: assign a device. */
/** Operation number: check whether a device can be assigned. */
#define XEN_DOMCTL_test_assign_device            45
#define XEN_DOMCTL_deassign_device               47 /**< Operation number: take a device back. */

#define XEN_DOMCTL_DEV_PCI      0 /**< `dev`: a PCI device, named by `u.pci`. */
#define XEN_DOMCTL_DEV_DT       1 /**< `dev`: a device-tree device, named by `u.dt`. */
/** `flags` (assign only): go ahead even though the device's reserved
 *  memory regions clash with the guest's memory map. */
#define XEN_DOMCTL_DEV_RDM_RELAXED      1

/** Argument of the device-assignment operations. */
struct xen_domctl_assign_device {
    uint32_t dev;   /**< IN: XEN_DOMCTL_DEV_*. */
    uint32_t flags; /**< IN: XEN_DOMCTL_DEV_RDM_RELAXED or 0. */
    /** The device, by kind. */
    union {
        /** A PCI device. */
        struct {
            uint32_t machine_sbdf; /**< IN: segment, bus, device and function of the device. */
        } pci;
        /** A device-tree device. */
        struct {
            uint32_t size;                  /**< IN: length of `path`, in bytes. */
            XEN_GUEST_HANDLE_64(char)
                path;      /**< IN: path of the device's node in the host device tree. */
        } dt;
    } u;
};
/** @} */

/**
 * @name XEN_DOMCTL_get_device_group
 * List the PCI devices of `domain` that share an IOMMU group with the
 * device `machine_sbdf`, and so must be assigned together. Each entry is
 * the bus in bits 16-23 and the devfn in bits 8-15. When the IOMMU driver
 * has no notion of groups, the list is empty.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 50 |
 * | Caller         | the control domain; XSM: xsm_get_device_group(), XSM_PRIV |
 * | Argument       | struct xen_domctl_get_device_group |
 * | Returns        | 0; `num_sdevs` holds the entries written |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | iommu_get_device_group() in xen/drivers/passthrough/pci.c |
 *
 * Errors:
 * - -XEN_EOPNOTSUPP: the domain has no IOMMU.
 * - -XEN_ENOSYS or -XEN_ENODEV: the hypervisor is built without PCI support.
 * - An error of the IOMMU driver looking up a device's group (`num_sdevs`
 *   is then written as 0).
 * - -XEN_EFAULT: `sdev_array` cannot be written (`num_sdevs` is then
 *   written as 0), or the result cannot be written back.
 * @{ */
#define XEN_DOMCTL_get_device_group              50

/** Argument of XEN_DOMCTL_get_device_group. */
struct xen_domctl_get_device_group {
    /** IN: the device (segment, bus, device, function). */
    uint32_t machine_sbdf;
    uint32_t max_sdevs;                      /**< IN: entries `sdev_array` has room for. */
    uint32_t num_sdevs;                      /**< OUT: entries written. */
    /** OUT: the group's devices, each (bus << 16) | (devfn << 8). */
    XEN_GUEST_HANDLE_64(uint32) sdev_array;
};
/** @} */

/**
 * @name XEN_DOMCTL_bind_pt_irq, XEN_DOMCTL_unbind_pt_irq
 * Route an interrupt of a passed-through device to the guest, or stop
 * doing so. On Arm only PT_IRQ_TYPE_SPI exists, and the SPI keeps its
 * number: `u.spi.spi` must equal `machine_irq`.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 38, 48 |
 * | Caller         | the control domain, or the device model of `domain` |
 * | Argument       | struct xen_domctl_bind_pt_irq |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | arch_do_domctl() in xen/arch/x86/domctl.c and xen/arch/arm/domctl.c |
 *
 * Who may call is decided by xsm_bind_pt_irq() or xsm_unbind_pt_irq(),
 * whose default policy (XSM_DM_PRIV) admits the two callers above.
 *
 * Errors on x86:
 * - -XEN_EINVAL: the domain is not HVM.
 * - -XEN_EPERM: `machine_irq` is not one of the domain's pirqs with an IRQ,
 *   or the caller has no access to that IRQ.
 * - -XEN_ESRCH: bind: the domain has no IOMMU (unbind then does nothing
 *   and returns 0).
 * - An error of pt_irq_create_bind() or pt_irq_destroy_bind()
 *   (xen/drivers/passthrough/x86/hvm.c); bind gives -XEN_EOPNOTSUPP for an
 *   `irq_type` it does not handle.
 *
 * Errors on Arm:
 * - -XEN_EOPNOTSUPP: `irq_type` is not PT_IRQ_TYPE_SPI.
 * - -XEN_EINVAL: `u.spi.spi` differs from `machine_irq`.
 * - -XEN_EPERM: the caller has no access to the interrupt.
 * - -XEN_EBUSY: bind: the guest's interrupt of that number is in use.
 * - An error of route_irq_to_guest() or release_guest_irq().
 * @{ */
#define XEN_DOMCTL_bind_pt_irq                   38 /**< Operation number: bind. */
#define XEN_DOMCTL_unbind_pt_irq                 48 /**< Operation number: unbind. */

/** Kinds of passed-through interrupt (`irq_type`). */
enum pt_irq_type {
    PT_IRQ_TYPE_PCI,            /**< PCI INTx line, routed by bus/device/pin. */
    PT_IRQ_TYPE_ISA,            /**< ISA IRQ. */
    PT_IRQ_TYPE_MSI,            /**< MSI/MSI-X, delivered as a guest vector. */
    PT_IRQ_TYPE_MSI_TRANSLATE,  /**< MSI delivered through the emulated IO-APIC. */
    PT_IRQ_TYPE_SPI             /**< Arm shared peripheral interrupt (32 to 1019). */
};

#define XEN_DOMCTL_VMSI_X86_DEST_ID_MASK 0x0000ff /**< `gflags`: destination APIC id. */
#define XEN_DOMCTL_VMSI_X86_RH_MASK      0x000100 /**< `gflags`: redirection hint. */
/** `gflags`: destination mode (logical when set). */
#define XEN_DOMCTL_VMSI_X86_DM_MASK      0x000200
#define XEN_DOMCTL_VMSI_X86_DELIV_MASK   0x007000 /**< `gflags`: delivery mode. */
#define XEN_DOMCTL_VMSI_X86_TRIG_MASK    0x008000 /**< `gflags`: trigger mode (level when set). */
/** `gflags`: the guest has the vector unmasked. */
#define XEN_DOMCTL_VMSI_X86_UNMASKED     0x010000

/** Argument of the pass-through interrupt operations. */
struct xen_domctl_bind_pt_irq {
    uint32_t machine_irq; /**< IN: the host's interrupt (pirq). */
    uint32_t irq_type;    /**< IN: enum pt_irq_type. */
    /** Guest side of the binding, by `irq_type`. */
    union {
        /** PT_IRQ_TYPE_ISA. */
        struct {
            uint8_t isa_irq;  /**< IN: guest ISA IRQ. */
        } isa;
        /** PT_IRQ_TYPE_PCI. */
        struct {
            uint8_t bus;      /**< IN: guest PCI bus. */
            uint8_t device;   /**< IN: guest PCI device. */
            uint8_t intx;     /**< IN: interrupt pin (0 = INTA). */
        } pci;
        /** PT_IRQ_TYPE_MSI and PT_IRQ_TYPE_MSI_TRANSLATE. */
        struct {
            uint8_t gvec;             /**< IN: guest vector. */
            uint32_t gflags;          /**< IN: XEN_DOMCTL_VMSI_X86_* fields. */
            uint64_aligned_t gtable;  /**< IN: guest address of the MSI-X table, 0 for MSI. */
        } msi;
        /** PT_IRQ_TYPE_SPI. */
        struct {
            uint16_t spi;     /**< IN: guest SPI number. */
        } spi;
    } u;
};
/** @} */

/**
 * @name XEN_DOMCTL_memory_mapping
 * Map (or unmap) a range of machine frames, device memory the domain was
 * given access to, into its guest-physical space. On x86 a large range may
 * be done in parts: a positive return is the number of frames done, and
 * the caller repeats with the rest. For a domain whose memory Xen does not
 * translate (x86 PV) the call does nothing and returns 0.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 39 |
 * | Caller         | the control domain, or the device model of `domain` |
 * | Argument       | struct xen_domctl_memory_mapping |
 * | Returns        | 0 when all is done; a positive count of frames done otherwise |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | map_mmio_regions() in xen/arch/x86/mm/p2m.c; see below for Arm |
 *
 * do_domctl() in xen/common/domctl.c calls map_mmio_regions() or
 * unmap_mmio_regions(); Arm has them in xen/arch/arm/p2m.c.
 *
 * Who may call is decided by xsm_iomem_mapping(), whose default policy
 * (XSM_DM_PRIV) admits the two callers above; the checks are in
 * do_domctl() in xen/common/domctl.c.
 *
 * Errors:
 * - -XEN_EINVAL: the frame range or the guest range wraps, or a frame is
 *   beyond the host's physical address width.
 * - -XEN_E2BIG: `nr_mfns` is above 64, on architectures other than x86.
 * - -XEN_EPERM: the caller has no access to some frame of the range, or
 *   (when adding) the domain has none.
 * - An error of mapping or unmapping the frames.
 * @{ */
#define XEN_DOMCTL_memory_mapping                39

#define DPCI_ADD_MAPPING         1 /**< `add_mapping`: map. */
#define DPCI_REMOVE_MAPPING      0 /**< `add_mapping`: unmap. */

/** Argument of XEN_DOMCTL_memory_mapping. */
struct xen_domctl_memory_mapping {
    uint64_aligned_t first_gfn; /**< IN: first guest frame. */
    uint64_aligned_t first_mfn; /**< IN: first machine frame. */
    uint64_aligned_t nr_mfns;   /**< IN: number of frames, at least 1. */
    uint32_t add_mapping;       /**< IN: DPCI_ADD_MAPPING or DPCI_REMOVE_MAPPING. */
    uint32_t padding;           /**< IN: 0 (keeps the size a multiple of 8). */
};
/** @} */

/**
 * @name XEN_DOMCTL_ioport_mapping
 * Map (or unmap) a range of host I/O ports to guest ports (x86 HVM).
 * Adding also gives the domain access to the host ports; removing takes
 * it away.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 40 |
 * | Caller         | the control domain, or the device model of `domain` |
 * | Argument       | struct xen_domctl_ioport_mapping |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | arch_do_domctl() in xen/arch/x86/domctl.c |
 *
 * Who may call is decided by xsm_ioport_mapping(), whose default policy
 * (XSM_DM_PRIV) admits the two callers above.
 *
 * Errors:
 * - -XEN_EOPNOTSUPP: the domain is not HVM.
 * - -XEN_EINVAL: a range is empty or goes beyond port 0xffff.
 * - -XEN_EPERM: the caller has no access to some host port of the range.
 * - -XEN_ENOMEM: Xen could not record the mapping or the permission.
 * @{ */
#define XEN_DOMCTL_ioport_mapping                40

/** Argument of XEN_DOMCTL_ioport_mapping. */
struct xen_domctl_ioport_mapping {
    uint32_t first_gport; /**< IN: first guest port. */
    uint32_t first_mport; /**< IN: first host port. */
    uint32_t nr_ports;    /**< IN: number of ports. */
    uint32_t add_mapping; /**< IN: DPCI_ADD_MAPPING or DPCI_REMOVE_MAPPING. */
};
/** @} */

/** @name Memory cache attributes
 *  Codes of the removed XEN_DOMCTL_pin_mem_cacheattr (41); the same values
 *  as x86 MTRR/PAT memory types. The device-model interface now does the
 *  job.
 *  @{ */
#define XEN_DOMCTL_MEM_CACHEATTR_UC  0 /**< Uncachable. */
#define XEN_DOMCTL_MEM_CACHEATTR_WC  1 /**< Write-combining. */
#define XEN_DOMCTL_MEM_CACHEATTR_WT  4 /**< Write-through. */
#define XEN_DOMCTL_MEM_CACHEATTR_WP  5 /**< Write-protected. */
#define XEN_DOMCTL_MEM_CACHEATTR_WB  6 /**< Write-back. */
#define XEN_DOMCTL_MEM_CACHEATTR_UCM 7 /**< Uncached, overridable by MTRRs (UC-). */
/** Special attribute value: delete the pinned range. */
#define XEN_DOMCTL_DELETE_MEM_CACHEATTR (~(uint32_t)0)
/** @} */

#if defined(__arm__) || defined(__aarch64__)
/**
 * @name XEN_DOMCTL_dt_overlay
 * Apply a device-tree overlay to a domain, assigning it the devices the
 * overlay describes (Arm, hypervisor built with overlay support). Only for
 * a domain whose memory is mapped one to one.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 87 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_dt_overlay |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | Arm built with CONFIG_OVERLAY_DTB; x86 gives -XEN_ENOSYS |
 * | Since          | Xen 4.19.0 |
 * | Implemented by | dt_overlay_domctl() in xen/common/device-tree/dt-overlay.c |
 *
 * Errors:
 * - -XEN_EOPNOTSUPP: built without overlay support, or `overlay_op` is not
 *   XEN_DOMCTL_DT_OVERLAY_ATTACH.
 * - -XEN_EINVAL: `overlay_fdt_size` is 0 or above 500 KiB, or `pad` is not
 *   all 0.
 * - -XEN_EOPNOTSUPP: the domain is not mapped one to one.
 * - -XEN_ENOMEM: Xen could not allocate its copy of the overlay.
 * - -XEN_EFAULT: the overlay cannot be read.
 * - An error of attaching the overlay's nodes to the domain
 *   (handle_attach_overlay_nodes()).
 * @{ */
#define XEN_DOMCTL_dt_overlay                    87

/** `overlay_op`: attach the overlay's devices to the domain. */
#define XEN_DOMCTL_DT_OVERLAY_ATTACH                1

/** Argument of XEN_DOMCTL_dt_overlay. */
struct xen_domctl_dt_overlay {
    /** IN: the overlay blob (flattened device tree). */
    XEN_GUEST_HANDLE_64(const_void) overlay_fdt;
    uint32_t overlay_fdt_size;                   /**< IN: its size, in bytes. */
    uint8_t overlay_op;                          /**< IN: XEN_DOMCTL_DT_OVERLAY_*. */
    uint8_t pad[3];                              /**< IN: 0. */
};
/** @} */
#else
/** Operation number of XEN_DOMCTL_dt_overlay (Arm only; fails elsewhere). */
#define XEN_DOMCTL_dt_overlay                    87
#endif

/** @} */

/** @defgroup unstable_domctl_h_hvm HVM state and x86 CPU policy
 *  @ingroup hdr_unstable_domctl_h
 *  @{ */

/**
 * @name XEN_DOMCTL_gethvmcontext, XEN_DOMCTL_sethvmcontext
 * Read or load the whole HVM save image of the domain (records of
 * hvm/save.h). Get with a NULL buffer reports the size needed in `size`;
 * otherwise `size` comes back as the bytes written. Xen pauses the domain
 * while it saves or loads.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 33, 34 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_hvmcontext |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | hvm_save(), hvm_load() in xen/arch/x86/hvm/save.c |
 *
 * Errors:
 * - -XEN_EINVAL: `domain` is the caller itself, or not an HVM domain.
 * - -XEN_ENOSPC: get: `size` is smaller than the image.
 * - -XEN_ENOMEM: Xen could not allocate its copy of the image.
 * - -XEN_EFAULT: the buffer cannot be read (set) or written (get).
 * - An error of hvm_save(), or of hvm_load() for an image it refuses.
 * @{ */
#define XEN_DOMCTL_gethvmcontext                 33 /**< Operation number: read the HVM image. */
#define XEN_DOMCTL_sethvmcontext                 34 /**< Operation number: load the HVM image. */

/** Argument of the HVM-image operations. */
struct xen_domctl_hvmcontext {
    uint32_t size;                      /**< IN: buffer size; OUT (get): bytes written or needed. */
    /** IN: the image (read on set, written on get); NULL on get to ask for
     *  the size. */
    XEN_GUEST_HANDLE_64(uint8) buffer;
};
/** @} */

/**
 * @name XEN_DOMCTL_gethvmcontext_partial
 * Read one record of the domain's HVM save image: `type` picks the kind,
 * `instance` the vCPU (for per-vCPU records) or the instance. A NULL
 * `buffer` asks only for the record's size, in `bufsz`.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 55 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_hvmcontext_partial |
 * | Returns        | 0; `bufsz` holds the record's size |
 * | Errors         | listed below |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | hvm_save_one() in xen/arch/x86/hvm/save.c |
 *
 * Errors:
 * - -XEN_EINVAL: `domain` is the caller itself, not an HVM domain, or
 *   being destroyed.
 * - -XEN_EINVAL: `type` is not a record Xen can save.
 * - -XEN_ENOENT: a per-vCPU `type` and `instance` names no allocated vCPU.
 * - -XEN_ENOMEM: Xen could not allocate its copy of the record.
 * - An error of the record type's save handler.
 * - -XEN_ENODATA (per-vCPU records) or -XEN_ENOENT (others): no record with
 *   that `instance`.
 * - -XEN_ENOBUFS: `bufsz` is smaller than the record.
 * - -XEN_EFAULT: `buffer` cannot be written.
 * @{ */
#define XEN_DOMCTL_gethvmcontext_partial         55

/** Argument of XEN_DOMCTL_gethvmcontext_partial. */
struct xen_domctl_hvmcontext_partial {
    uint32_t type;                      /**< IN: record type code (HVM_SAVE_CODE of hvm/save.h). */
    uint32_t instance;                  /**< IN: which instance (e.g. vCPU number). */
    uint64_aligned_t bufsz;             /**< IN: buffer size, in bytes. */
    XEN_GUEST_HANDLE_64(uint8) buffer;  /**< OUT: receives the record body. */
};
/** @} */

/**
 * @name XEN_DOMCTL_get_cpu_policy, XEN_DOMCTL_set_cpu_policy
 * Read or set the CPUID leaves and MSRs the domain sees (x86). Get with a
 * NULL array reports, in its count, the most entries Xen could write. Set
 * is only possible while the domain is being built; on a refused set, Xen
 * may name the offending leaf, sub-leaf or MSR in the `err_*` fields (~0
 * when not applicable).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 82, 83 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_cpu_policy |
 * | Returns        | 0 (get: the arrays and counts filled in) |
 * | Errors         | listed below |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS |
 * | Since          | XEN_DOMCTL_get_cpu_policy: Xen 4.12.0; XEN_DOMCTL_set_cpu_policy: Xen 4.13.0 |
 * | Implemented by | arch_do_domctl(), update_domain_cpu_policy() in xen/arch/x86/domctl.c |
 *
 * Errors of get:
 * - -XEN_ENOBUFS: an array is too small for the domain's policy.
 * - -XEN_EFAULT: an array cannot be written.
 *
 * Errors of set:
 * - -XEN_EINVAL: `domain` is the caller itself.
 * - -XEN_EEXIST: the domain has finished being built.
 * - -XEN_ENOMEM: Xen could not allocate its copy of the policy.
 * - An error of reading the arrays, or of checking the new policy against
 *   what the host can offer (x86_cpu_policies_are_compatible()).
 * @{ */
#define XEN_DOMCTL_get_cpu_policy                82 /**< Operation number: read the policy. */
#define XEN_DOMCTL_set_cpu_policy                83 /**< Operation number: set the policy. */

#if defined(__i386__) || defined(__x86_64__)
/** `subleaf` value of a CPUID leaf that has no sub-leaves. */
# define XEN_CPUID_INPUT_UNUSED  0xFFFFFFFF

/** Argument of the CPU-policy operations. */
struct xen_domctl_cpu_policy {
    /** IN: entries in `leaves`; OUT: entries used. */
    uint32_t nr_leaves;
    uint32_t nr_msrs;                             /**< IN: entries in `msrs`; OUT: entries used. */
    /** IN/OUT: CPUID leaves (read on set, written on get). */
    XEN_GUEST_HANDLE_64(xen_cpuid_leaf_t) leaves;
    /** IN/OUT: MSRs (read on set, written on get). */
    XEN_GUEST_HANDLE_64(xen_msr_entry_t)  msrs;
    /** OUT (set, some failures): the refused leaf. */
    uint32_t err_leaf;
    uint32_t err_subleaf;                         /**< OUT (set, some failures): its sub-leaf. */
    uint32_t err_msr;                             /**< OUT (set, some failures): the refused MSR. */
};
typedef struct xen_domctl_cpu_policy xen_domctl_cpu_policy_t;
DEFINE_XEN_GUEST_HANDLE(xen_domctl_cpu_policy_t);
XEN_DEFINE_GUEST_HANDLE_64(xen_domctl_cpu_policy_t, xen_domctl_cpu_policy_t)
#endif /* x86 */
/** @} */

/** @} */

/** @defgroup unstable_domctl_h_debug Debugging
 *  @ingroup hdr_unstable_domctl_h
 *  @{ */

/**
 * @name XEN_DOMCTL_debug_op
 * Turn single-stepping of a vCPU on or off (x86 HVM, on hardware with the
 * monitor trap flag).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 54 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_debug_op |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 built with HVM support; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | hvm_debug_op() in xen/arch/x86/hvm/hvm.c |
 *
 * Errors:
 * - -XEN_EOPNOTSUPP: the hypervisor is built without HVM support.
 * - -XEN_EINVAL: `vcpu` is at or above the domain's vCPU limit, not
 *   allocated, or the vCPU making the call; or the domain is not HVM.
 * - -XEN_ENOSYS: unknown `op`.
 * - -XEN_EOPNOTSUPP: the CPU has no monitor trap flag.
 * @{ */
#define XEN_DOMCTL_debug_op                      54

#define XEN_DOMCTL_DEBUG_OP_SINGLE_STEP_OFF         0 /**< `op`: stop single-stepping. */
#define XEN_DOMCTL_DEBUG_OP_SINGLE_STEP_ON          1 /**< `op`: start single-stepping. */

/** Argument of XEN_DOMCTL_debug_op. */
struct xen_domctl_debug_op {
    uint32_t op;   /**< IN: XEN_DOMCTL_DEBUG_OP_*. */
    uint32_t vcpu; /**< IN: the vCPU. */
};
/** @} */

/**
 * @name XEN_DOMCTL_gdbsx_guestmemio
 * Read or write guest memory by guest virtual address for the gdbsx
 * debugger (x86).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 1000 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_gdbsx_memio |
 * | Returns        | 0 once every byte is copied (`remain` is then 0) |
 * | Errors         | listed below |
 * | Architectures  | x86 built with CONFIG_GDBSX; elsewhere -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | gdbsx_domctl() in xen/arch/x86/gdbsx.c |
 *
 * Errors:
 * - -XEN_EFAULT: some bytes could not be copied, or the domain is being
 *   destroyed (the request, `remain` included, is then not written back).
 * @{ */
#define XEN_DOMCTL_gdbsx_guestmemio            1000

/** Argument of XEN_DOMCTL_gdbsx_guestmemio. */
struct xen_domctl_gdbsx_memio {
    /** IN: optional: a top-level page-table value for the lookup, 0 for none. */
    uint64_aligned_t pgd3val;
    uint64_aligned_t gva;     /**< IN: guest virtual address. */
    uint64_aligned_t uva;     /**< IN: caller's buffer address. */
    uint32_t len;             /**< IN: number of bytes. */
    uint8_t gwr;              /**< IN: 0 reads the guest, 1 writes it. */
    uint32_t remain;          /**< OUT: bytes left uncopied. */
};
/** @} */

/**
 * @name XEN_DOMCTL_gdbsx_pausevcpu, XEN_DOMCTL_gdbsx_unpausevcpu
 * Pause or unpause one vCPU of a domain the toolstack has paused (x86).
 * The vCPU pauses nest like the domain's.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 1001, 1002 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_gdbsx_pauseunp_vcpu |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 built with CONFIG_GDBSX; elsewhere -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | gdbsx_domctl() in xen/arch/x86/gdbsx.c |
 *
 * Errors:
 * - -XEN_EBUSY: the toolstack holds no pause reference on the domain.
 * - -XEN_EINVAL: `vcpu` is at or above the domain's vCPU limit, or not
 *   allocated.
 * - -XEN_EOVERFLOW: pause: the vCPU is paused 255 times already.
 * - -XEN_EINVAL: unpause: the vCPU is not paused this way.
 * @{ */
#define XEN_DOMCTL_gdbsx_pausevcpu             1001 /**< Operation number: pause a vCPU. */
#define XEN_DOMCTL_gdbsx_unpausevcpu           1002 /**< Operation number: unpause a vCPU. */

/** Argument of the gdbsx vCPU pause operations. */
struct xen_domctl_gdbsx_pauseunp_vcpu {
    uint32_t vcpu; /**< IN: the vCPU. */
};
/** @} */

/**
 * @name XEN_DOMCTL_gdbsx_domstatus
 * Report whether the toolstack has the domain paused and, if so, which
 * vCPU (if any) stopped on a debug event; reading an event clears it.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 1003 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_gdbsx_domstatus |
 * | Returns        | 0, with the fields filled in |
 * | Errors         | only the common ones |
 * | Architectures  | x86 built with CONFIG_GDBSX; elsewhere -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | gdbsx_domctl() in xen/arch/x86/gdbsx.c |
 * @{ */
#define XEN_DOMCTL_gdbsx_domstatus             1003

/** Result of XEN_DOMCTL_gdbsx_domstatus. */
struct xen_domctl_gdbsx_domstatus {
    uint8_t paused;   /**< OUT: nonzero if the domain is paused. */
    uint32_t vcpu_id; /**< OUT: a vCPU with a pending debug event, or -1. */
    uint32_t vcpu_ev; /**< OUT: that event. */
};
/** @} */

/** @} */

/** @defgroup unstable_domctl_h_vm_event VM events, sharing and monitoring
 *  @ingroup hdr_unstable_domctl_h
 *  @{ */

/**
 * @name XEN_DOMCTL_vm_event_op
 * Set up, tear down or resume one of a domain's three vm_event rings:
 * paging, monitor and sharing (see vm_event.h), or ask for the vm_event
 * interface version. Enabling returns the ring's event-channel port; the
 * ring's frame must have been set first in the domain's HVM parameter for
 * it. Paging and sharing need hardware-assisted paging. A call for a
 * domain being destroyed does nothing and returns 0.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 56 |
 * | Caller         | get-version: any domain; else the control domain, XSM xsm_domctl() |
 * | Argument       | struct xen_domctl_vm_event_op |
 * | Returns        | 0 (enable: `u.enable.port` set; get-version: `u.version`) |
 * | Errors         | listed below |
 * | Architectures  | builds with CONFIG_VM_EVENT (x86 by default); others -XEN_EOPNOTSUPP |
 * | Since          | Xen 4.6.0 |
 * | Implemented by | vm_event_domctl() in xen/common/vm_event.c |
 *
 * XEN_VM_EVENT_GET_VERSION is answered before the policy is asked, for any
 * domain id (DOMID_INVALID included); the other operations need XSM_PRIV
 * under the default policy.
 *
 * Errors:
 * - -XEN_EINVAL: `domain` is the caller itself, or has no vCPU.
 * - -XEN_ENOSYS: unknown `mode` (paging and sharing exist only in builds
 *   with CONFIG_MEM_PAGING and CONFIG_MEM_SHARING), or unknown `op`.
 * - -XEN_EOPNOTSUPP: enable paging or sharing while the hardware domain
 *   is HVM or PVH.
 * - -XEN_ENODEV: enable paging or sharing: the domain does not use HAP.
 * - -XEN_EMLINK: enable paging: the domain has an IOMMU.
 * - -XEN_EXDEV: enable paging: populate-on-demand is active.
 * - An error of preparing the domain for monitoring (enable monitor).
 * - -XEN_EBUSY: enable: the ring is set up already.
 * - -XEN_EOPNOTSUPP: enable: the ring's HVM parameter holds no frame.
 * - -XEN_ENOMEM, or an error of mapping the ring or binding its event
 *   channel: enable.
 * - -XEN_EINVAL: disable: the ring is not set up.
 * - -XEN_EBUSY: disable: vCPUs are still waiting for room on the ring.
 * - -XEN_ENODEV: resume: the ring is not set up.
 * @{ */
#define XEN_DOMCTL_vm_event_op                   56

#define XEN_VM_EVENT_ENABLE               0 /**< `op`: create the ring and its event channel. */
#define XEN_VM_EVENT_DISABLE              1 /**< `op`: destroy the ring. */
/** `op`: have Xen consume the responses queued on the ring. */
#define XEN_VM_EVENT_RESUME               2
/** `op`: return the vm_event interface version in `u.version`. */
#define XEN_VM_EVENT_GET_VERSION          3

/** `mode`: the paging ring, for a pager (per-page work goes through
 *  XENMEM_paging_op). */
#define XEN_DOMCTL_VM_EVENT_OP_PAGING            1
/** `mode`: the monitor ring, for introspection; which events it carries
 *  is chosen with XEN_DOMCTL_monitor_op and the memory-access calls. */
#define XEN_DOMCTL_VM_EVENT_OP_MONITOR           2
/** `mode`: the sharing ring, which reports failed allocations when
 *  unsharing; sharing itself works without it. */
#define XEN_DOMCTL_VM_EVENT_OP_SHARING           3

/** Argument of XEN_DOMCTL_vm_event_op. */
struct xen_domctl_vm_event_op {
    uint32_t op;    /**< IN: XEN_VM_EVENT_*. */
    uint32_t mode;  /**< IN: XEN_DOMCTL_VM_EVENT_OP_*. */
    /** Results, by `op`. */
    union {
        /** ENABLE. */
        struct {
            uint32_t port; /**< OUT: the caller's event-channel port for the ring. */
        } enable;
        uint32_t version;  /**< OUT (GET_VERSION): VM_EVENT_INTERFACE_VERSION of the hypervisor. */
    } u;
};
/** @} */

/**
 * @name XEN_DOMCTL_mem_sharing_op
 * Turn page sharing for the domain on or off (x86 HAP, Intel VT-x); the
 * sharing itself goes through XENMEM_sharing_op.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 57 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_mem_sharing_op |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 built with CONFIG_MEM_SHARING (else -XEN_EOPNOTSUPP); Arm: -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | mem_sharing_domctl() in xen/arch/x86/mm/mem_sharing.c |
 *
 * Errors:
 * - -XEN_EOPNOTSUPP: the hypervisor is built without page sharing.
 * - -XEN_ENOSYS: unknown `op`.
 * - -XEN_EOPNOTSUPP: enable: the domain is not HVM, or the CPU is not
 *   Intel VT-x.
 * - -XEN_ENODEV: enable: the domain does not use HAP.
 * - -XEN_EXDEV: enable: the domain has an IOMMU.
 * @{ */
#define XEN_DOMCTL_mem_sharing_op                57

/** `op`: enable or disable sharing (`u.enable`). */
#define XEN_DOMCTL_MEM_SHARING_CONTROL          0

/** Argument of XEN_DOMCTL_mem_sharing_op. */
struct xen_domctl_mem_sharing_op {
    uint8_t op;             /**< IN: XEN_DOMCTL_MEM_SHARING_*. */
    /** Parameters, by `op`. */
    union {
        uint8_t enable;     /**< IN (CONTROL): nonzero enables. */
    } u;
};
/** @} */

/**
 * @name XEN_DOMCTL_monitor_op
 * Choose which events the monitor ring reports (the ring is set up with
 * XEN_DOMCTL_vm_event_op and XEN_DOMCTL_VM_EVENT_OP_MONITOR). Memory
 * access events are chosen with the memory-access calls instead. Xen
 * pauses the domain around a change.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 77 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_monitor_op |
 * | Returns        | 0 (get-capabilities: the event bitmap in `event`) |
 * | Errors         | listed below |
 * | Architectures  | builds with CONFIG_VM_EVENT (x86 by default); others -XEN_EOPNOTSUPP |
 * | Since          | Xen 4.6.0 |
 * | Implemented by | monitor_domctl() in xen/common/monitor.c, then arch_monitor_domctl_*() |
 *
 * Errors:
 * - -XEN_EPERM: `domain` is the caller itself.
 * - -XEN_EINVAL: enable or disable: `event` is above 31.
 * - -XEN_EOPNOTSUPP: enable or disable: the event is not among the
 *   domain's capabilities (XEN_DOMCTL_MONITOR_OP_GET_CAPABILITIES).
 * - -XEN_EINVAL: x86, control-register events: `index` out of range, or
 *   `pad1` or `pad2` not 0.
 * - -XEN_EEXIST: the event is already reported (enable) or already not
 *   (disable).
 * - -XEN_ENXIO: x86, MSR events: the domain has no MSR bitmap to watch.
 * - -XEN_EINVAL: x86, MSR events: an MSR Xen cannot watch.
 * - -XEN_EOPNOTSUPP: an event or `op` the architecture does not handle, or
 *   hardware that lacks the feature (x86: descriptor-access exiting).
 * - -XEN_EINVAL: XEN_DOMCTL_MONITOR_OP_EMULATE_EACH_REP while the domain has
 *   no vm_event state (no ring set up yet).
 * @{ */
#define XEN_DOMCTL_monitor_op                    77

#define XEN_DOMCTL_MONITOR_OP_ENABLE            0 /**< `op`: start reporting `event`. */
#define XEN_DOMCTL_MONITOR_OP_DISABLE           1 /**< `op`: stop reporting `event`. */
/** `op`: return in `event` the mask of events this platform can report, bit
 *  (1 << XEN_DOMCTL_MONITOR_EVENT_*). */
#define XEN_DOMCTL_MONITOR_OP_GET_CAPABILITIES  2
/** `op`: report each iteration of an emulated repeated string instruction. */
#define XEN_DOMCTL_MONITOR_OP_EMULATE_EACH_REP  3
/** `op`: enable or disable control-register events. Disabling while
 *  vCPUs still wait for responses can crash the guest: let every vCPU
 *  resume first. */
#define XEN_DOMCTL_MONITOR_OP_CONTROL_REGISTERS 4

/** `event`: a control-register write (`u.mov_to_cr`). */
#define XEN_DOMCTL_MONITOR_EVENT_WRITE_CTRLREG         0
/** `event`: an MSR write (`u.mov_to_msr`). */
#define XEN_DOMCTL_MONITOR_EVENT_MOV_TO_MSR            1
#define XEN_DOMCTL_MONITOR_EVENT_SINGLESTEP            2  /**< `event`: a single step. */
#define XEN_DOMCTL_MONITOR_EVENT_SOFTWARE_BREAKPOINT   3  /**< `event`: a software breakpoint. */
/** `event`: the guest asked for attention (`u.guest_request`). */
#define XEN_DOMCTL_MONITOR_EVENT_GUEST_REQUEST         4
/** `event`: a debug exception (`u.debug_exception`). */
#define XEN_DOMCTL_MONITOR_EVENT_DEBUG_EXCEPTION       5
#define XEN_DOMCTL_MONITOR_EVENT_CPUID                 6  /**< `event`: a CPUID instruction. */
/** `event`: a privileged call (Arm SMC). */
#define XEN_DOMCTL_MONITOR_EVENT_PRIVILEGED_CALL       7
#define XEN_DOMCTL_MONITOR_EVENT_INTERRUPT             8  /**< `event`: an interrupt delivery. */
/** `event`: a descriptor-table register access. */
#define XEN_DOMCTL_MONITOR_EVENT_DESC_ACCESS           9
/** `event`: an instruction Xen cannot emulate. */
#define XEN_DOMCTL_MONITOR_EVENT_EMUL_UNIMPLEMENTED    10
/** `event`: a page fault during emulation (reported unless disabled). */
#define XEN_DOMCTL_MONITOR_EVENT_INGUEST_PAGEFAULT     11
/** `event`: every VM exit (`u.vmexit`). */
#define XEN_DOMCTL_MONITOR_EVENT_VMEXIT                12
#define XEN_DOMCTL_MONITOR_EVENT_IO                    13 /**< `event`: an I/O port access. */

/** Argument of XEN_DOMCTL_monitor_op. */
struct xen_domctl_monitor_op {
    uint32_t op;    /**< IN: XEN_DOMCTL_MONITOR_OP_*. */
    /** IN: XEN_DOMCTL_MONITOR_EVENT_* for ENABLE/DISABLE; OUT: capability
     *  mask for GET_CAPABILITIES. */
    uint32_t event;
    /** Options for ENABLE, by `event`. */
    union {
        /** WRITE_CTRLREG. */
        struct {
            uint8_t index;            /**< IN: which control register (VM_EVENT_X86_CR*). */
            uint8_t sync;             /**< IN: nonzero: pause the vCPU until the agent answers. */
            uint8_t onchangeonly;     /**< IN: nonzero: report only writes that change the value. */
            uint8_t pad1;             /**< IN: 0. */
            uint32_t pad2;            /**< IN: 0. */
            uint64_aligned_t bitmask; /**< IN: report only changes to bits outside this mask. */
        } mov_to_cr;
        /** MOV_TO_MSR. */
        struct {
            uint32_t msr;             /**< IN: the MSR. */
            uint8_t onchangeonly;     /**< IN: nonzero: report only writes that change the value. */
        } mov_to_msr;
        /** GUEST_REQUEST. */
        struct {
            uint8_t sync;             /**< IN: nonzero: pause the vCPU until the agent answers. */
            uint8_t allow_userspace;  /**< IN: nonzero: guest user mode may raise it too. */
        } guest_request;
        /** DEBUG_EXCEPTION. */
        struct {
            uint8_t sync;             /**< IN: nonzero: pause the vCPU until the agent answers. */
        } debug_exception;
        /** VMEXIT. */
        struct {
            /** IN: nonzero: report and leave the exit unhandled until the
             *  agent answers. */
            uint8_t sync;
        } vmexit;
    } u;
};
/** @} */

/** @} */

/** @defgroup unstable_domctl_h_psr Platform shared resources (x86)
 *  @ingroup hdr_unstable_domctl_h
 *  Cache and memory-bandwidth monitoring and allocation (Intel RDT).
 *  @{ */

/**
 * @name XEN_DOMCTL_psr_cmt_op
 * Attach or detach a cache-monitoring id (RMID) to the domain, or query
 * it (Intel Resource Director Technology).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 75 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_psr_cmt_op |
 * | Returns        | 0 (query: the RMID, 0 for none, in `data`) |
 * | Errors         | listed below |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.5.0 |
 * | Implemented by | psr_alloc_rmid(), psr_free_rmid() in xen/arch/x86/psr.c |
 *
 * Errors:
 * - -XEN_ENODEV: cache monitoring is not available or not enabled.
 * - -XEN_EEXIST: attach: the domain has an RMID already.
 * - -XEN_EOVERFLOW: attach: no RMID is free.
 * - -XEN_ENOENT: detach: the domain has no RMID.
 * - -XEN_ENOSYS: unknown `cmd`.
 * @{ */
#define XEN_DOMCTL_psr_cmt_op                    75

#define XEN_DOMCTL_PSR_CMT_OP_DETACH         0 /**< `cmd`: release the domain's RMID. */
#define XEN_DOMCTL_PSR_CMT_OP_ATTACH         1 /**< `cmd`: give the domain an RMID. */
#define XEN_DOMCTL_PSR_CMT_OP_QUERY_RMID     2 /**< `cmd`: return its RMID in `data`. */

/** Argument of XEN_DOMCTL_psr_cmt_op. */
struct xen_domctl_psr_cmt_op {
    uint32_t cmd;  /**< IN: XEN_DOMCTL_PSR_CMT_OP_*. */
    uint32_t data; /**< OUT (QUERY_RMID): the RMID. */
};
/** @} */

/**
 * @name XEN_DOMCTL_psr_alloc
 * Set or read the domain's cache-allocation bitmasks or memory-bandwidth
 * throttling on one socket (`target`).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 78 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | struct xen_domctl_psr_alloc |
 * | Returns        | 0 (get: the value in `data`) |
 * | Errors         | listed below |
 * | Architectures  | x86 built with CONFIG_X86_PSR; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.11.0 |
 * | Implemented by | psr_set_val(), psr_get_val() in xen/arch/x86/psr.c |
 *
 * Errors:
 * - -XEN_EOPNOTSUPP: the hypervisor is built without PSR support, or
 *   unknown `cmd`.
 * - -XEN_ENODEV: the host has no allocation feature enabled.
 * - -XEN_ERANGE: `target` is beyond the host's sockets.
 * - -XEN_ENOENT: the socket is not set up, or lacks the feature `cmd`
 *   names.
 * - -XEN_EINVAL: set: `data` does not fit 32 bits, or is a value the
 *   feature refuses (e.g. a bitmask that is not contiguous).
 * - -XEN_ENOMEM: set: Xen could not allocate its working copy.
 * - -XEN_EOVERFLOW: set: no class of service is free for the new values.
 * - -XEN_EINVAL: get: the feature keeps no value of the kind `cmd` names.
 * @{ */
#define XEN_DOMCTL_psr_alloc                     78

#define XEN_DOMCTL_PSR_SET_L3_CBM     0 /**< `cmd`: set the L3 cache bitmask. */
#define XEN_DOMCTL_PSR_GET_L3_CBM     1 /**< `cmd`: read the L3 cache bitmask. */
#define XEN_DOMCTL_PSR_SET_L3_CODE    2 /**< `cmd`: set the L3 code bitmask (CDP). */
#define XEN_DOMCTL_PSR_SET_L3_DATA    3 /**< `cmd`: set the L3 data bitmask (CDP). */
#define XEN_DOMCTL_PSR_GET_L3_CODE    4 /**< `cmd`: read the L3 code bitmask. */
#define XEN_DOMCTL_PSR_GET_L3_DATA    5 /**< `cmd`: read the L3 data bitmask. */
#define XEN_DOMCTL_PSR_SET_L2_CBM     6 /**< `cmd`: set the L2 cache bitmask. */
#define XEN_DOMCTL_PSR_GET_L2_CBM     7 /**< `cmd`: read the L2 cache bitmask. */
#define XEN_DOMCTL_PSR_SET_MBA_THRTL  8 /**< `cmd`: set the memory-bandwidth throttling value. */
#define XEN_DOMCTL_PSR_GET_MBA_THRTL  9 /**< `cmd`: read the memory-bandwidth throttling value. */

/** Argument of XEN_DOMCTL_psr_alloc. */
struct xen_domctl_psr_alloc {
    uint32_t cmd;    /**< IN: XEN_DOMCTL_PSR_*. */
    uint32_t target; /**< IN: the socket. */
    uint64_t data;   /**< IN (set) / OUT (get): the bitmask or throttling value. */
};
/** @} */

/** @} */

/** @defgroup unstable_domctl_h_obsolete Obsolete operation numbers
 *  @ingroup hdr_unstable_domctl_h
 *  @{ */

/**
 * @name XEN_DOMCTL_real_mode_area, XEN_DOMCTL_set_opt_feature
 * Operations of the PowerPC and IA-64 ports, both long removed. The
 * numbers stay so that old code builds and no new operation reuses them.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 26, 44 |
 * | Caller         | the control domain; XSM: xsm_domctl(), XSM_PRIV |
 * | Argument       | none that Xen reads |
 * | Returns        | never succeeds |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | nothing in Xen 4.22.0: do_domctl() in xen/common/domctl.c |
 *
 * do_domctl() hands both to the architecture's arch_do_domctl(), which
 * knows neither.
 *
 * Errors:
 * - -XEN_ENOSYS: on x86 (xen/arch/x86/domctl.c) and on Arm
 *   (subarch_do_domctl() in xen/arch/arm/arm64/domctl.c and arm32/domctl.c).
 * @{ */
#define XEN_DOMCTL_real_mode_area                26
#define XEN_DOMCTL_set_opt_feature               44
/** @} */

/** @} */

/** @defgroup unstable_domctl_h_request The request
 *  @ingroup hdr_unstable_domctl_h
 *  @{ */

XEN_EXTENSIONS_BEGIN
/**
 * Argument of HYPERVISOR_domctl. Clear it, set `cmd`, `interface_version`
 * and `domain`, then fill the member of `u` that the operation names.
 * Layout: 16 bytes of header, then the 128-byte union.
 */
struct xen_domctl {
    uint32_t cmd;               /**< IN: XEN_DOMCTL_* operation number. */
    /** IN: XEN_DOMCTL_INTERFACE_VERSION; 0 for the stable
     *  XEN_DOMCTL_get_domain_state. */
    uint32_t interface_version;
    /** IN: the domain acted on (IN/OUT for createdomain and
     *  get_domain_state). */
    domid_t domain;
    uint16_t _pad[3];           /**< IN: 0; unused. */
    /** The operation's argument and result. */
    union {
        struct xen_domctl_createdomain      createdomain;        /**< XEN_DOMCTL_createdomain. */
        struct xen_domctl_getdomaininfo     getdomaininfo;       /**< XEN_DOMCTL_getdomaininfo. */
        /** XEN_DOMCTL_getpageframeinfo3. */
        struct xen_domctl_getpageframeinfo3 getpageframeinfo3;
        /** XEN_DOMCTL_setnodeaffinity, XEN_DOMCTL_getnodeaffinity. */
        struct xen_domctl_nodeaffinity      nodeaffinity;
        /** XEN_DOMCTL_setvcpuaffinity, XEN_DOMCTL_getvcpuaffinity. */
        struct xen_domctl_vcpuaffinity      vcpuaffinity;
        struct xen_domctl_shadow_op         shadow_op;           /**< XEN_DOMCTL_shadow_op. */
        struct xen_domctl_max_mem           max_mem;             /**< XEN_DOMCTL_max_mem. */
        /** XEN_DOMCTL_setvcpucontext, XEN_DOMCTL_getvcpucontext. */
        struct xen_domctl_vcpucontext       vcpucontext;
        struct xen_domctl_getvcpuinfo       getvcpuinfo;         /**< XEN_DOMCTL_getvcpuinfo. */
        struct xen_domctl_max_vcpus         max_vcpus;           /**< XEN_DOMCTL_max_vcpus. */
        struct xen_domctl_scheduler_op      scheduler_op;        /**< XEN_DOMCTL_scheduler_op. */
        struct xen_domctl_setdomainhandle   setdomainhandle;     /**< XEN_DOMCTL_setdomainhandle. */
        struct xen_domctl_setdebugging      setdebugging;        /**< XEN_DOMCTL_setdebugging. */
        struct xen_domctl_irq_permission    irq_permission;      /**< XEN_DOMCTL_irq_permission. */
        struct xen_domctl_gsi_permission    gsi_permission;      /**< XEN_DOMCTL_gsi_permission. */
        /** XEN_DOMCTL_iomem_permission. */
        struct xen_domctl_iomem_permission  iomem_permission;
        /** XEN_DOMCTL_ioport_permission. */
        struct xen_domctl_ioport_permission ioport_permission;
        struct xen_domctl_hypercall_init    hypercall_init;      /**< XEN_DOMCTL_hypercall_init. */
        struct xen_domctl_settimeoffset     settimeoffset;       /**< XEN_DOMCTL_settimeoffset. */
        /** XEN_DOMCTL_gettscinfo, XEN_DOMCTL_settscinfo. */
        struct xen_domctl_tsc_info          tsc_info;
        /** XEN_DOMCTL_gethvmcontext, XEN_DOMCTL_sethvmcontext. */
        struct xen_domctl_hvmcontext        hvmcontext;
        /** XEN_DOMCTL_gethvmcontext_partial. */
        struct xen_domctl_hvmcontext_partial hvmcontext_partial;
        /** XEN_DOMCTL_set_address_size, XEN_DOMCTL_get_address_size. */
        struct xen_domctl_address_size      address_size;
        struct xen_domctl_sendtrigger       sendtrigger;         /**< XEN_DOMCTL_sendtrigger. */
        /** XEN_DOMCTL_get_device_group. */
        struct xen_domctl_get_device_group  get_device_group;
        /** XEN_DOMCTL_assign_device, test_assign_device, deassign_device. */
        struct xen_domctl_assign_device     assign_device;
        /** XEN_DOMCTL_bind_pt_irq, XEN_DOMCTL_unbind_pt_irq. */
        struct xen_domctl_bind_pt_irq       bind_pt_irq;
        struct xen_domctl_memory_mapping    memory_mapping;      /**< XEN_DOMCTL_memory_mapping. */
        struct xen_domctl_ioport_mapping    ioport_mapping;      /**< XEN_DOMCTL_ioport_mapping. */
        /** XEN_DOMCTL_set_ext_vcpucontext, XEN_DOMCTL_get_ext_vcpucontext. */
        struct xen_domctl_ext_vcpucontext   ext_vcpucontext;
        struct xen_domctl_set_target        set_target;          /**< XEN_DOMCTL_set_target. */
        struct xen_domctl_subscribe         subscribe;           /**< XEN_DOMCTL_subscribe. */
        struct xen_domctl_debug_op          debug_op;            /**< XEN_DOMCTL_debug_op. */
        struct xen_domctl_vm_event_op       vm_event_op;         /**< XEN_DOMCTL_vm_event_op. */
        struct xen_domctl_mem_sharing_op    mem_sharing_op;      /**< XEN_DOMCTL_mem_sharing_op. */
#if defined(__i386__) || defined(__x86_64__)
        /** XEN_DOMCTL_get_cpu_policy, XEN_DOMCTL_set_cpu_policy. */
        struct xen_domctl_cpu_policy        cpu_policy;
        /** XEN_DOMCTL_setvcpuextstate, XEN_DOMCTL_getvcpuextstate. */
        struct xen_domctl_vcpuextstate      vcpuextstate;
        /** XEN_DOMCTL_get_vcpu_msrs, XEN_DOMCTL_set_vcpu_msrs. */
        struct xen_domctl_vcpu_msrs         vcpu_msrs;
#endif
        /** XEN_DOMCTL_set_access_required. */
        struct xen_domctl_set_access_required access_required;
        struct xen_domctl_audit_p2m         audit_p2m;           /**< XEN_DOMCTL_audit_p2m. */
        /** XEN_DOMCTL_set_virq_handler. */
        struct xen_domctl_set_virq_handler  set_virq_handler;
        /** XEN_DOMCTL_gdbsx_guestmemio. */
        struct xen_domctl_gdbsx_memio       gdbsx_guest_memio;
        /** XEN_DOMCTL_set_broken_page_p2m. */
        struct xen_domctl_set_broken_page_p2m set_broken_page_p2m;
        struct xen_domctl_cacheflush        cacheflush;          /**< XEN_DOMCTL_cacheflush. */
        /** XEN_DOMCTL_gdbsx_pausevcpu, XEN_DOMCTL_gdbsx_unpausevcpu. */
        struct xen_domctl_gdbsx_pauseunp_vcpu gdbsx_pauseunp_vcpu;
        struct xen_domctl_gdbsx_domstatus   gdbsx_domstatus;     /**< XEN_DOMCTL_gdbsx_domstatus. */
        struct xen_domctl_vnuma             vnuma;               /**< XEN_DOMCTL_setvnumainfo. */
        struct xen_domctl_psr_cmt_op        psr_cmt_op;          /**< XEN_DOMCTL_psr_cmt_op. */
        struct xen_domctl_monitor_op        monitor_op;          /**< XEN_DOMCTL_monitor_op. */
        struct xen_domctl_psr_alloc         psr_alloc;           /**< XEN_DOMCTL_psr_alloc. */
        struct xen_domctl_vuart_op          vuart_op;            /**< XEN_DOMCTL_vuart_op. */
        struct xen_domctl_vmtrace_op        vmtrace_op;          /**< XEN_DOMCTL_vmtrace_op. */
        /** XEN_DOMCTL_get_paging_mempool_size,
         *  XEN_DOMCTL_set_paging_mempool_size. */
        struct xen_domctl_paging_mempool    paging_mempool;
#if defined(__arm__) || defined(__aarch64__)
        struct xen_domctl_dt_overlay        dt_overlay;          /**< XEN_DOMCTL_dt_overlay. */
#endif
        struct xen_domctl_set_llc_colors    set_llc_colors;      /**< XEN_DOMCTL_set_llc_colors. */
        /** XEN_DOMCTL_get_domain_state (stable, see domctl.h). */
        struct xen_domctl_get_domain_state  get_domain_state;
        /** Fixes the union's size at 128 bytes; unused bytes: write 0. */
        uint8_t                             pad[128];
    } u;
};
XEN_EXTENSIONS_END
typedef struct xen_domctl xen_domctl_t;
/* Guest handles to xen_domctl_t, the hypercall's argument. */
DEFINE_XEN_GUEST_HANDLE(xen_domctl_t);
XEN_DEFINE_GUEST_HANDLE_64(xen_domctl_t, xen_domctl_t)

/** @} */

#endif /* XEN_PUBLIC_DOMCTL_H */

#endif /* XEN_PUBLIC_UNSTABLE_DOMCTL_H */
