/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief The virtual performance-monitoring unit (vPMU) of PV guests:
 *        HYPERVISOR_xenpmu_op and the page through which samples are
 *        delivered.
 *
 * A PV guest that wants to profile itself registers, per vCPU, a page of
 * its own memory (XENPMU_init). When a performance counter overflows, Xen
 * saves the interrupted state into that page as a struct xen_pmu_data,
 * then raises VIRQ_XENPMU in the vCPU. The guest's handler reads the
 * sample, may update the cached counter registers in the page, and hands
 * them back with XENPMU_flush.
 *
 * The privileged domain sets the system-wide mode (who may profile whom)
 * and the optional features. The architecture part of the sample
 * (`xen_pmu_arch_t`) comes from the architecture's header: on x86 from
 * arch-x86/pmu.h, included here; elsewhere it is only a placeholder and
 * the hypercall is not available.
 *
 * Call: `HYPERVISOR_xenpmu_op(cmd, arg)` with `cmd` a XENPMU_* operation
 * and `arg` a handle to struct xen_pmu_params. Xen 4.22.0 implements the
 * hypercall on x86 only, for PV guests: do_xenpmu_op() in
 * xen/arch/x86/cpu/vpmu.c. Who may call is decided by xsm_pmu_op(): by
 * default any PV domain may use XENPMU_init, XENPMU_finish,
 * XENPMU_lvtpc_set and XENPMU_flush on itself, and only the control
 * domain the other operations.
 *
 * Errors common to every operation, not repeated in the blocks below:
 * - -XEN_EOPNOTSUPP: the vPMU is disabled (the default; see Xen's `vpmu`
 *   option), or the caller has an emulated local APIC (HVM and PVH
 *   guests);
 * - -XEN_EPERM: the security policy refuses the caller;
 * - -XEN_EFAULT: `arg` cannot be read, or a result cannot be written back;
 * - -XEN_EINVAL: `version.maj` is not XENPMU_VER_MAJ (the operations that
 *   read `arg`: XENPMU_mode_set, XENPMU_feature_set, XENPMU_init and
 *   XENPMU_finish), or `cmd` is unknown.
 *
 * Stability: stable. Callers: PV guest kernels with perf support (Linux
 * `xen/pmu.c`) and dom0 tools that switch the vPMU mode.
 */
#ifndef __XEN_PUBLIC_PMU_H__
#define __XEN_PUBLIC_PMU_H__
/* Marks this copy as xen-public's: unstable/pmu.h adds its toolstack part
 * only then (another copy of the header, included first, has its own). */
#define XEN_PUBLIC_PMU_H

#include "xen.h"
#if defined(__i386__) || defined(__x86_64__)
#include "arch-x86/pmu.h"
#elif defined(__arm__) || defined(__aarch64__)
#include "arch-arm.h"
#elif defined(__powerpc64__)
#include "arch-ppc.h"
#elif defined(__riscv)
#include "arch-riscv.h"
#else
#error "xen-public: pmu.h: unknown architecture; the vPMU exists on x86, Arm, PowerPC64, RISC-V"
#endif

/** @defgroup hdr_pmu_h pmu.h
 *  @ingroup xen_core */

/** @defgroup pmu_h_ops HYPERVISOR_xenpmu_op operations
 *  @ingroup hdr_pmu_h
 *  @{ */

/** Major version of the interface; a caller must pass it in `version.maj`. */
#define XENPMU_VER_MAJ    0
#define XENPMU_VER_MIN    1 /**< Minor version of the interface, returned by XENPMU_mode_get. */

/**
 * @name XENPMU_mode_get
 * Read the vPMU mode and the interface version.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 0 |
 * | Caller         | the control domain; XSM: xsm_pmu_op(), XSM_PRIV |
 * | Argument       | struct xen_pmu_params: OUT `val` (the XENPMU_MODE_* mode), `version` |
 * | Returns        | 0 |
 * | Errors         | only the common ones |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.6.0 |
 * | Implemented by | do_xenpmu_op() in xen/arch/x86/cpu/vpmu.c |
 * @{ */
#define XENPMU_mode_get        0
/** @} */

/**
 * @name XENPMU_mode_set
 * Select the vPMU mode. Switching between XENPMU_MODE_SELF and
 * XENPMU_MODE_HV is always possible; other changes only while no vCPU of
 * a domain other than the hardware domain holds a vPMU. A 32-bit PV
 * caller may only select XENPMU_MODE_OFF or XENPMU_MODE_SELF.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 1 |
 * | Caller         | the control domain; XSM: xsm_pmu_op(), XSM_PRIV |
 * | Argument       | struct xen_pmu_params: IN `version`, IN `val` (one XENPMU_MODE_* value) |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.6.0 |
 * | Implemented by | do_xenpmu_op() in xen/arch/x86/cpu/vpmu.c |
 *
 * Errors:
 * - -XEN_EINVAL: `val` has a bit that is no mode, or more than one bit.
 * - -XEN_EINVAL: the caller is a 32-bit PV domain and asks for
 *   XENPMU_MODE_HV or XENPMU_MODE_ALL.
 * - -XEN_EBUSY: vCPUs of other domains hold a vPMU, and the change is
 *   neither a switch between XENPMU_MODE_SELF and XENPMU_MODE_HV nor to
 *   the current mode.
 *
 * The mode a vCPU gets its vPMU under is the one in force when the vCPU
 * is created.
 * @{ */
#define XENPMU_mode_set        1
/** @} */

/**
 * @name XENPMU_feature_get
 * Read the enabled XENPMU_FEATURE_* flags.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 2 |
 * | Caller         | the control domain; XSM: xsm_pmu_op(), XSM_PRIV |
 * | Argument       | struct xen_pmu_params: OUT `val` (the flags); nothing is read |
 * | Returns        | 0 |
 * | Errors         | only the common ones |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.6.0 |
 * | Implemented by | do_xenpmu_op() in xen/arch/x86/cpu/vpmu.c |
 * @{ */
#define XENPMU_feature_get     2
/** @} */

/**
 * @name XENPMU_feature_set
 * Set the XENPMU_FEATURE_* flags; only while no vCPU of a domain other
 * than the hardware domain holds a vPMU, unless the flags do not change.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 3 |
 * | Caller         | the control domain; XSM: xsm_pmu_op(), XSM_PRIV |
 * | Argument       | struct xen_pmu_params: IN `version`, IN `val` (the flags) |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.6.0 |
 * | Implemented by | do_xenpmu_op() in xen/arch/x86/cpu/vpmu.c |
 *
 * Errors:
 * - -XEN_EINVAL: `val` has a bit that is no XENPMU_FEATURE_* flag.
 * - -XEN_EBUSY: vCPUs of other domains hold a vPMU and `val` differs
 *   from the flags in force.
 * @{ */
#define XENPMU_feature_set     3
/** @} */

/**
 * @name XENPMU_init
 * Register the page that receives a vCPU's samples (a struct
 * xen_pmu_data) and start its vPMU.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 4 |
 * | Caller         | any PV domain, for itself; XSM: xsm_pmu_op(), XSM_HOOK |
 * | Argument       | struct xen_pmu_params: IN `version`, `vcpu`, `val` (the page's GFN) |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.6.0 |
 * | Implemented by | pvpmu_init() in xen/arch/x86/cpu/vpmu.c |
 *
 * Errors:
 * - -XEN_EINVAL: `vcpu` names no vCPU of the caller.
 * - -XEN_ENOENT: that vCPU has no vPMU: the mode in force when it was
 *   created gave it none (XENPMU_MODE_OFF; XENPMU_MODE_ALL outside the
 *   hardware domain), or an earlier start of it failed.
 * - -XEN_EINVAL: `val` is not a page of the caller's, or the page cannot
 *   be made a writable page.
 * - -XEN_EEXIST: a page is already registered for that vCPU.
 * - -XEN_ENOMEM: Xen could not map the page.
 *
 * When the vendor part of the vPMU then fails to start, the call still
 * returns 0 and the vCPU is left without a vPMU.
 * @{ */
#define XENPMU_init            4
/** @} */

/**
 * @name XENPMU_finish
 * Stop a vCPU's vPMU and forget its page.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 5 |
 * | Caller         | any PV domain, for itself; XSM: xsm_pmu_op(), XSM_HOOK |
 * | Argument       | struct xen_pmu_params: IN `version`, `vcpu` |
 * | Returns        | 0, also for a `vcpu` that names no vCPU |
 * | Errors         | only the common ones |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.6.0 |
 * | Implemented by | pvpmu_finish() in xen/arch/x86/cpu/vpmu.c |
 * @{ */
#define XENPMU_finish          5
/** @} */

/**
 * @name XENPMU_lvtpc_set
 * Load the LVTPC value the guest wrote into its shared page (the local
 * APIC's performance-counter interrupt entry; only its mask bit takes
 * effect) for the calling vCPU.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 6 |
 * | Caller         | any PV domain, for itself; XSM: xsm_pmu_op(), XSM_HOOK |
 * | Argument       | none (`arg` is not read) |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.6.0 |
 * | Implemented by | do_xenpmu_op() in xen/arch/x86/cpu/vpmu.c |
 *
 * Errors:
 * - -XEN_EINVAL: no page is registered for the calling vCPU.
 * @{ */
#define XENPMU_lvtpc_set       6
/** @} */

/**
 * @name XENPMU_flush
 * Write the counter registers cached in the calling vCPU's page back to
 * the hardware, clear PMU_CACHED and resume counting. Used at the end of
 * the guest's PMU interrupt handler.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 7 |
 * | Caller         | any PV domain, for itself; XSM: xsm_pmu_op(), XSM_HOOK |
 * | Argument       | none (`arg` is not read) |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.6.0 |
 * | Implemented by | do_xenpmu_op() in xen/arch/x86/cpu/vpmu.c |
 *
 * Errors:
 * - -XEN_EINVAL: no page is registered for the calling vCPU.
 * - -XEN_EIO: the registers could not be loaded; PMU_CACHED is set again.
 * @{ */
#define XENPMU_flush           7
/** @} */

/** Argument of every HYPERVISOR_xenpmu_op operation. */
struct xen_pmu_params {
    /** Interface version. */
    struct {
        uint32_t maj; /**< IN/OUT: major version; must be XENPMU_VER_MAJ. */
        uint32_t min; /**< OUT: minor version (XENPMU_mode_get). */
    } version;
    uint64_t val;  /**< IN/OUT: mode, feature flags or frame number, depending on the operation. */
    uint32_t vcpu; /**< IN: vCPU concerned (XENPMU_init, XENPMU_finish). */
    uint32_t pad;  /**< Padding: write zero. */
};
typedef struct xen_pmu_params xen_pmu_params_t;
DEFINE_XEN_GUEST_HANDLE(xen_pmu_params_t);

/** @} */

/** @defgroup pmu_h_modes Modes and features
 *  @ingroup hdr_pmu_h
 *  @{ */

/** No virtual PMU: guests cannot use the counters. */
#define XENPMU_MODE_OFF           0
/** Each guest may profile itself. */
#define XENPMU_MODE_SELF          (1<<0)
/** Like XENPMU_MODE_SELF, and dom0 may also profile the hypervisor. */
#define XENPMU_MODE_HV            (1<<1)
/** Only dom0 has a vPMU, and it profiles everything: itself, the
 *  hypervisor and all other guests. */
#define XENPMU_MODE_ALL           (1<<2)

/** Intel: offer Branch Trace Store to guests (ignored on AMD). */
#define XENPMU_FEATURE_INTEL_BTS  (1<<0)
/** Intel: expose only the counters needed for instructions per cycle
 *  (instructions, cycles, reference cycles); ignored on AMD. */
#define XENPMU_FEATURE_IPC_ONLY   (1<<1)
/** Intel: expose only the architectural performance events that CPUID
 *  enumerates (ignored on AMD). */
#define XENPMU_FEATURE_ARCH_ONLY  (1<<2)

/** @} */

/** @defgroup pmu_h_data Sample page
 *  @ingroup hdr_pmu_h
 *  @{ */

/**
 * The page a vCPU registers with XENPMU_init. Xen fills it in at each PMU
 * interrupt before raising VIRQ_XENPMU. The generic fields are written
 * only by Xen and read only by the guest; parts of `pmu` are writable by
 * the guest too (see the architecture header).
 */
XEN_EXTENSIONS_BEGIN /* xen_pmu_arch_t may hold flexible array members */
struct xen_pmu_data {
    uint32_t vcpu_id;   /**< OUT: the vCPU that was interrupted. */
    /** OUT: the physical CPU the interrupt arrived on; for an unprivileged guest, `vcpu_id`
     *  again. */
    uint32_t pcpu_id;
    /** OUT: the interrupted domain: DOMID_SELF for an unprivileged guest; for dom0 also
     *  DOMID_XEN, or in XENPMU_MODE_ALL another domain's ID. */
    domid_t  domain_id;
    uint8_t pad[6];     /**< Reserved: ignore on read. */
    xen_pmu_arch_t pmu; /**< IN/OUT: architecture-specific sample and register state. */
};
XEN_EXTENSIONS_END

/** @} */

#endif /* __XEN_PUBLIC_PMU_H__ */
