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
 * and `arg` a handle to struct xen_pmu_params. HVM and PVH guests, or a
 * hypervisor with the vPMU disabled, get -XEN_EOPNOTSUPP.
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
#error "xen-public: pmu.h does not know the target architecture; the vPMU interface exists for x86, Arm, 64-bit PowerPC and RISC-V only"
#endif

/** @defgroup hdr_pmu_h pmu.h
 *  @ingroup xen_core */

/** @defgroup pmu_h_ops HYPERVISOR_xenpmu_op operations
 *  @ingroup hdr_pmu_h
 *  Operations that take an argument first check that
 *  `version.maj` equals XENPMU_VER_MAJ (-XEN_EINVAL otherwise).
 *  @{ */

#define XENPMU_VER_MAJ    0 /**< Major version of the interface; a caller must pass it in `version.maj`. */
#define XENPMU_VER_MIN    1 /**< Minor version of the interface, returned by XENPMU_mode_get. */

/**
 * @name XENPMU_mode_get
 * Read the vPMU mode and the interface version.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | dom0 (the control domain) |
 * | Argument  | struct xen_pmu_params: `val` OUT the XENPMU_MODE_* mode, `version` OUT |
 * | Returns   | 0 |
 * | Errors    | -XEN_EPERM: caller not privileged; -XEN_EFAULT: `arg` inaccessible |
 * @{ */
#define XENPMU_mode_get        0
/** @} */

/**
 * @name XENPMU_mode_set
 * Select the vPMU mode. Switching between XENPMU_MODE_SELF and
 * XENPMU_MODE_HV is always possible; other changes only while no vCPU
 * uses its vPMU. A 32-bit PV dom0 may only select XENPMU_MODE_OFF or
 * XENPMU_MODE_SELF.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | dom0 (the control domain) |
 * | Argument  | struct xen_pmu_params: `version` IN, `val` IN one XENPMU_MODE_* value |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: unknown or several mode bits, wrong major version, or a mode a 32-bit dom0 may not use; -XEN_EBUSY: vPMUs are active; -XEN_EPERM: caller not privileged; -XEN_EFAULT: `arg` inaccessible |
 * @{ */
#define XENPMU_mode_set        1
/** @} */

/**
 * @name XENPMU_feature_get
 * Read the enabled XENPMU_FEATURE_* flags.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | dom0 (the control domain) |
 * | Argument  | struct xen_pmu_params: `val` OUT the flags |
 * | Returns   | 0 |
 * | Errors    | -XEN_EPERM: caller not privileged; -XEN_EFAULT: `arg` inaccessible |
 * @{ */
#define XENPMU_feature_get     2
/** @} */

/**
 * @name XENPMU_feature_set
 * Set the XENPMU_FEATURE_* flags; only while no vCPU uses its vPMU,
 * unless the flags do not change.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | dom0 (the control domain) |
 * | Argument  | struct xen_pmu_params: `version` IN, `val` IN the flags |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: unknown flag or wrong major version; -XEN_EBUSY: vPMUs are active; -XEN_EPERM: caller not privileged; -XEN_EFAULT: `arg` inaccessible |
 * @{ */
#define XENPMU_feature_set     3
/** @} */

/**
 * @name XENPMU_init
 * Register the page that receives a vCPU's samples (a struct
 * xen_pmu_data) and start its vPMU.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | PV guest, for its own vCPUs |
 * | Argument  | struct xen_pmu_params: `version` IN, `vcpu` IN, `val` IN the page's guest frame number |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: bad vCPU, unusable frame or wrong major version; -XEN_ENOENT: no vPMU for that vCPU (mode off, or hardware lacking); -XEN_EEXIST: a page is already registered; -XEN_ENOMEM: the page could not be mapped; -XEN_EFAULT: `arg` inaccessible |
 * @{ */
#define XENPMU_init            4
/** @} */

/**
 * @name XENPMU_finish
 * Stop a vCPU's vPMU and forget its page.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | PV guest, for its own vCPUs |
 * | Argument  | struct xen_pmu_params: `version` IN, `vcpu` IN |
 * | Returns   | 0 (also for a vCPU that does not exist) |
 * | Errors    | -XEN_EINVAL: wrong major version; -XEN_EFAULT: `arg` inaccessible |
 * @{ */
#define XENPMU_finish          5
/** @} */

/**
 * @name XENPMU_lvtpc_set
 * Load the LVTPC value the guest wrote into its shared page (the local
 * APIC's performance-counter interrupt entry; only its mask bit takes
 * effect) for the calling vCPU.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | PV guest, on the vCPU concerned |
 * | Argument  | none (`arg` is not read) |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: no page registered for the vCPU |
 * @{ */
#define XENPMU_lvtpc_set       6
/** @} */

/**
 * @name XENPMU_flush
 * Write the counter registers cached in the calling vCPU's page back to
 * the hardware, clear PMU_CACHED and resume counting. Used at the end of
 * the guest's PMU interrupt handler.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | PV guest, on the vCPU concerned |
 * | Argument  | none (`arg` is not read) |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: no page registered for the vCPU; -XEN_EIO: the registers could not be loaded (they stay cached) |
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
    uint32_t pad;  /**< IN: write zero. */
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
    uint32_t pcpu_id;   /**< OUT: the physical CPU the interrupt arrived on; for an unprivileged guest, `vcpu_id` again. */
    domid_t  domain_id; /**< OUT: the interrupted domain: DOMID_SELF for an unprivileged guest; for dom0 also DOMID_XEN, or in XENPMU_MODE_ALL another domain's ID. */
    uint8_t pad[6];     /**< Reserved: ignore on read. */
    xen_pmu_arch_t pmu; /**< IN/OUT: architecture-specific sample and register state. */
};
XEN_EXTENSIONS_END

/** @} */

#endif /* __XEN_PUBLIC_PMU_H__ */
