/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Per-vCPU control: bringing vCPUs up and down, their timers, and
 *        the guest memory areas the hypervisor keeps up to date for them.
 *
 * A guest manages its own vCPUs through HYPERVISOR_vcpu_op: it starts
 * secondary vCPUs (PV and PVH guests have no emulated APIC INIT/SIPI
 * sequence for that), takes them offline, programs the per-vCPU periodic
 * and one-shot timers that raise VIRQ_TIMER, and registers areas in its
 * own memory where the hypervisor maintains the vCPU's vcpu_info, its
 * run-state accounting (for steal-time) and a copy of its time record
 * (for a user-space clock).
 *
 * Arm guests only have VCPUOP_register_vcpu_info and
 * VCPUOP_register_runstate_memory_area; they start vCPUs through PSCI.
 *
 * Stability: stable. Callers: guest kernels (SMP bring-up, CPU hotplug,
 * timekeeping, steal-time accounting); the hardware domain for
 * VCPUOP_get_physid.
 */
#ifndef __XEN_PUBLIC_VCPU_H__
#define __XEN_PUBLIC_VCPU_H__
/* Marks this copy as xen-public's: unstable/vcpu.h adds its toolstack part
 * only then (another copy of the header, included first, has its own). */
#define XEN_PUBLIC_VCPU_H

#include "xen.h"

/** @defgroup hdr_vcpu_h vcpu.h
 *  @ingroup xen_core */

/** @defgroup vcpu_h_op HYPERVISOR_vcpu_op
 *  @ingroup hdr_vcpu_h
 *  Per-vCPU operations.
 *
 *  `long HYPERVISOR_vcpu_op(int cmd, unsigned int vcpuid, void *extra_args)`:
 *  `cmd` is one of the VCPUOP_* numbers below, `vcpuid` picks one of the
 *  caller's own vCPUs and `extra_args` points at the structure the
 *  operation takes (NULL where none). Common errors:
 *
 *  | Error        | When |
 *  |--------------|------|
 *  | -XEN_ENOENT  | the domain has no vCPU `vcpuid` |
 *  | -XEN_EFAULT  | `extra_args` cannot be read or written |
 *  | -XEN_ENOSYS  | unknown `cmd` (x86) |
 *  | -XEN_EINVAL  | an operation Arm does not provide (Arm) |
 *  @{ */

/**
 * @name VCPUOP_initialise
 * Give a vCPU that has never run its initial register state. The vCPU
 * stays down until VCPUOP_up.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | x86 guests, for their own vCPUs |
 * | Argument  | a struct vcpu_guest_context (PV guests, arch-x86/xen.h) or a struct vcpu_hvm_context (HVM and PVH guests, hvm/hvm_vcpu.h) |
 * | Returns   | 0 |
 * | Errors    | -XEN_EEXIST: the vCPU was initialised already (it can be only once); -XEN_EINVAL: the state is not acceptable, or a PV guest has not yet placed a vcpu_info for vCPUs beyond XEN_LEGACY_MAX_VCPUS |
 * @{ */
#define VCPUOP_initialise            0
/** @} */

/**
 * @name VCPUOP_up
 * Let an initialised vCPU run.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | x86 guests, for their own vCPUs |
 * | Argument  | none (`extra_args` NULL) |
 * | Returns   | 0, also when the vCPU was already up |
 * | Errors    | -XEN_EINVAL: the vCPU has not been initialised |
 * @{ */
#define VCPUOP_up                    1
/** @} */

/**
 * @name VCPUOP_down
 * Stop a vCPU from running. It keeps its state and can be brought up
 * again with VCPUOP_up.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | x86 guests, for their own vCPUs |
 * | Argument  | none (`extra_args` NULL) |
 * | Returns   | 0 |
 * | Errors    | none beyond the common ones |
 *
 * When another vCPU is the target, the call may return (and VCPUOP_is_up
 * may already report it down) while that vCPU is still running, so the
 * guest should first park it in code that is safe to stop in. A vCPU
 * taking itself down stops before the call completes. Taking down the
 * domain's last running vCPU shuts the domain down (SHUTDOWN_poweroff).
 *
 * A vCPU that is down still holds references to the domain's memory
 * through its page-table base and GDT; nothing releases them. Switching
 * it to idle page tables and descriptor tables first keeps it from
 * pinning pages the guest wants to free.
 * @{ */
#define VCPUOP_down                  2
/** @} */

/**
 * @name VCPUOP_is_up
 * Say whether a vCPU is up.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | x86 guests, for their own vCPUs |
 * | Argument  | none (`extra_args` NULL) |
 * | Returns   | 1 when the vCPU is up, 0 when it is down |
 * | Errors    | none beyond the common ones |
 * @{ */
#define VCPUOP_is_up                 3
/** @} */

/**
 * @name VCPUOP_get_runstate_info
 * Copy out a vCPU's run state and the time it has spent in each state.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | x86 guests, for their own vCPUs |
 * | Argument  | OUT: struct vcpu_runstate_info |
 * | Returns   | 0 |
 * | Errors    | -XEN_EFAULT: the structure cannot be written |
 * @{ */
#define VCPUOP_get_runstate_info     4

/** A vCPU's scheduling state and its accumulated time in each state. */
struct vcpu_runstate_info {
    int      state;            /**< OUT: the current state, RUNSTATE_*. */
    uint64_t state_entry_time; /**< OUT: system time (ns) at which `state` was entered; bit 63 may be XEN_RUNSTATE_UPDATE. */
    /** OUT: time spent in each RUNSTATE_* state, indexed by state, in ns.
     *  Their sum keeps pace with system time, without drift. */
    uint64_t time[4];
};
typedef struct vcpu_runstate_info vcpu_runstate_info_t;
DEFINE_XEN_GUEST_HANDLE(vcpu_runstate_info_t);

/**
 * Set in `state_entry_time` of a registered run-state area while the
 * hypervisor is rewriting it, when the guest enabled
 * VMASST_TYPE_runstate_update_flag. A reader that sees it, or sees
 * `state_entry_time` change across its copy, reads again.
 */
#define XEN_RUNSTATE_UPDATE          (xen_mk_ullong(1) << 63)

/** The vCPU is running on a physical CPU. */
#define RUNSTATE_running  0
/** The vCPU could run but waits for a physical CPU (steal time). */
#define RUNSTATE_runnable 1
/** The vCPU is idle, waiting for an event; it cannot run. */
#define RUNSTATE_blocked  2
/** The vCPU cannot run for another reason: it is down, paused by the
 *  toolstack, or held by the hypervisor. A vCPU that is blocked as well is
 *  reported as RUNSTATE_blocked. */
#define RUNSTATE_offline  3
/** @} */

/**
 * @name VCPUOP_register_runstate_memory_area
 * Ask the hypervisor to keep a struct vcpu_runstate_info in guest memory
 * up to date, so the guest can read it without a hypercall. The area is
 * written whenever the vCPU is scheduled in or out, so a vCPU reading its
 * own area always finds RUNSTATE_running, entered at the time it was last
 * scheduled.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | any guest, for its own vCPUs |
 * | Argument  | struct vcpu_register_runstate_memory_area, with `addr.h` (or `addr.v`) holding the area's guest virtual address |
 * | Returns   | 0; the area is filled in at once |
 * | Errors    | -XEN_EFAULT: the argument cannot be read or the address is unusable |
 *
 * One area per vCPU: a new registration replaces the previous one. The
 * hypervisor translates the virtual address on every update, so it must
 * stay mapped. New code prefers VCPUOP_register_runstate_phys_area and
 * falls back to this operation for older hypervisors.
 * @{ */
#define VCPUOP_register_runstate_memory_area 5

/** Argument of VCPUOP_register_runstate_memory_area and
 *  VCPUOP_register_runstate_phys_area. */
struct vcpu_register_runstate_memory_area {
    /**
     * IN: where the area is; which member is read depends on the
     * operation. `h` holds the area as a guest handle to a
     * struct #vcpu_runstate_info (its guest virtual address).
     */
    union {
        /** @cond */ /* a handle member confuses doxygen here; see above */
        XEN_GUEST_HANDLE(vcpu_runstate_info_t) h;
        /** @endcond */
        struct vcpu_runstate_info *v;             /**< IN: the same, as a plain pointer. */
        uint64_t p;                               /**< IN: guest physical address, for VCPUOP_register_runstate_phys_area. */
    } addr;
};
typedef struct vcpu_register_runstate_memory_area vcpu_register_runstate_memory_area_t;
DEFINE_XEN_GUEST_HANDLE(vcpu_register_runstate_memory_area_t);
/** @} */

/**
 * @name VCPUOP_set_periodic_timer, VCPUOP_stop_periodic_timer
 * Start (or change) and stop the vCPU's periodic timer, which raises
 * VIRQ_TIMER once per period. Each vCPU has one.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | x86 guests, for their own vCPUs |
 * | Argument  | set: struct vcpu_set_periodic_timer; stop: none (`extra_args` NULL) |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: `period_ns` below 1 ms or too large for the hypervisor's timers |
 * @{ */
#define VCPUOP_set_periodic_timer    6
#define VCPUOP_stop_periodic_timer   7

/** Argument of VCPUOP_set_periodic_timer. */
struct vcpu_set_periodic_timer {
    uint64_t period_ns; /**< IN: the period, in ns; at least 1 ms (1000000). */
};
typedef struct vcpu_set_periodic_timer vcpu_set_periodic_timer_t;
DEFINE_XEN_GUEST_HANDLE(vcpu_set_periodic_timer_t);
/** @} */

/**
 * @name VCPUOP_set_singleshot_timer, VCPUOP_stop_singleshot_timer
 * Arm (or re-arm) and cancel the vCPU's one-shot timer, which raises
 * VIRQ_TIMER once at the deadline. Each vCPU has one, also reachable
 * through HYPERVISOR_set_timer_op.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | x86 guests, for the calling vCPU only |
 * | Argument  | set: struct vcpu_set_singleshot_timer; stop: none (`extra_args` NULL) |
 * | Returns   | 0; a deadline already in the past fires at once |
 * | Errors    | -XEN_EINVAL: `vcpuid` is not the calling vCPU |
 * @{ */
#define VCPUOP_set_singleshot_timer  8
#define VCPUOP_stop_singleshot_timer 9

/** Argument of VCPUOP_set_singleshot_timer. */
struct vcpu_set_singleshot_timer {
    uint64_t timeout_abs_ns; /**< IN: the deadline, in system time (ns). */
    uint32_t flags;          /**< IN: VCPU_SSHOTTMR_* flags. */
};
typedef struct vcpu_set_singleshot_timer vcpu_set_singleshot_timer_t;
DEFINE_XEN_GUEST_HANDLE(vcpu_set_singleshot_timer_t);

#define _VCPU_SSHOTTMR_future (0)
/** Ask for the call to fail with -XEN_ETIME if the deadline has already
 *  passed. A hint only: current hypervisors ignore it and fire the timer
 *  at once. */
#define VCPU_SSHOTTMR_future  (1U << _VCPU_SSHOTTMR_future)
/** @} */

/**
 * @name VCPUOP_register_vcpu_info
 * Move a vCPU's struct vcpu_info (xen.h) from the shared-info page to a
 * place of the guest's choosing, typically its per-CPU data. It is the
 * only way to give event delivery to vCPUs beyond XEN_LEGACY_MAX_VCPUS,
 * and on Arm it is needed for every vCPU.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | any guest, for its own vCPUs |
 * | Argument  | struct vcpu_register_vcpu_info |
 * | Returns   | 0; the hypervisor copies the current contents over |
 * | Errors    | -XEN_EINVAL: the frame and offset do not form a valid address; -XEN_EBUSY: the vCPU already has one registered (it can be moved only once); -XEN_ENXIO: the structure would cross a page boundary or is not aligned to a `xen_ulong_t`; -XEN_EACCES: the page cannot be used as ordinary writable memory; -XEN_ENOMEM: out of hypervisor memory |
 * @{ */
#define VCPUOP_register_vcpu_info   10

/** Argument of VCPUOP_register_vcpu_info. */
struct vcpu_register_vcpu_info {
    uint64_t mfn;    /**< IN: guest frame that will hold the vcpu_info (a GFN, despite the name). */
    uint32_t offset; /**< IN: byte offset of the vcpu_info within that frame. */
    uint32_t rsvd;   /**< Reserved: write zero. */
};
typedef struct vcpu_register_vcpu_info vcpu_register_vcpu_info_t;
DEFINE_XEN_GUEST_HANDLE(vcpu_register_vcpu_info_t);
/** @} */

/**
 * @name VCPUOP_send_nmi
 * Raise a virtual NMI on a vCPU of the caller.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | x86 guests, for their own vCPUs |
 * | Argument  | none (`extra_args` must be NULL) |
 * | Returns   | 0; an NMI already pending on the vCPU absorbs this one |
 * | Errors    | -XEN_EINVAL: `extra_args` is not NULL |
 * @{ */
#define VCPUOP_send_nmi             11
/** @} */

/**
 * @name VCPUOP_get_physid
 * Identify the physical CPU a vCPU is pinned to, for a hardware domain
 * whose vCPUs mirror the host CPUs (it needs the IDs for ACPI processor
 * objects and power management).
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | the hardware domain, for vCPUs pinned one to one to physical CPUs (x86) |
 * | Argument  | OUT: struct vcpu_get_physid |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: the caller is not the hardware domain or the vCPU is not pinned that way |
 * @{ */
#define VCPUOP_get_physid           12

/** Argument of VCPUOP_get_physid. */
struct vcpu_get_physid {
    uint64_t phys_id; /**< OUT: architecture-specific identity; on x86 the APIC ID in bits 31:0 and the ACPI processor ID in bits 63:32. */
};
typedef struct vcpu_get_physid vcpu_get_physid_t;
DEFINE_XEN_GUEST_HANDLE(vcpu_get_physid_t);

/** The x86 APIC ID held in the `phys_id` value @p physid, as `uint32_t`. */
#define xen_vcpu_physid_to_x86_apicid(physid) ((uint32_t)(physid))
/** The x86 ACPI processor ID held in the `phys_id` value @p physid, as
 *  `uint32_t`. */
#define xen_vcpu_physid_to_x86_acpiid(physid) ((uint32_t)((physid) >> 32))
/** @} */

/**
 * @name VCPUOP_register_vcpu_time_memory_area
 * Ask the hypervisor to maintain a second copy of the vCPU's struct
 * vcpu_time_info (xen.h) in guest memory, updated together with the one
 * in vcpu_info and under the same version protocol.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | x86 guests, for their own vCPUs |
 * | Argument  | struct vcpu_register_time_memory_area, with `addr.h` (or `addr.v`) holding the copy's guest virtual address |
 * | Returns   | 0; the copy is written at once |
 * | Errors    | -XEN_EFAULT: the argument cannot be read or the address is unusable |
 *
 * The copies of all vCPUs can sit side by side in a page the kernel maps
 * read-only into user space: a process that knows which vCPU it runs on
 * then computes system time from the TSC without entering the kernel.
 * New code prefers VCPUOP_register_vcpu_time_phys_area and falls back to
 * this operation for older hypervisors.
 * @{ */
#define VCPUOP_register_vcpu_time_memory_area   13

/* Guest handles to `vcpu_time_info_t` (the time record of xen.h). */
DEFINE_XEN_GUEST_HANDLE(vcpu_time_info_t);

/** Argument of VCPUOP_register_vcpu_time_memory_area and
 *  VCPUOP_register_vcpu_time_phys_area. */
struct vcpu_register_time_memory_area {
    /**
     * IN: where the copy is; which member is read depends on the
     * operation. `h` holds the copy as a guest handle to a
     * `vcpu_time_info_t` (its guest virtual address).
     */
    union {
        /** @cond */ /* a handle member confuses doxygen here; see above */
        XEN_GUEST_HANDLE(vcpu_time_info_t) h;
        /** @endcond */
        struct vcpu_time_info *v;             /**< IN: the same, as a plain pointer. */
        uint64_t p;                           /**< IN: guest physical address, for VCPUOP_register_vcpu_time_phys_area. */
    } addr;
};
typedef struct vcpu_register_time_memory_area vcpu_register_time_memory_area_t;
DEFINE_XEN_GUEST_HANDLE(vcpu_register_time_memory_area_t);
/** @} */

/**
 * @name VCPUOP_register_runstate_phys_area, VCPUOP_register_vcpu_time_phys_area
 * Register the run-state area, or the time-record copy, by guest physical
 * address: the same services as VCPUOP_register_runstate_memory_area and
 * VCPUOP_register_vcpu_time_memory_area, without depending on a virtual
 * mapping. Only `addr.p` of the argument is read, and it must name an area
 * that stays within one page; all ones (~0) unregisters. The run-state
 * area is updated as if VMASST_TYPE_runstate_update_flag were enabled.
 * While an area is registered this way, the hypervisor stops updating
 * the one registered by virtual address.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | x86 guests, for their own vCPUs, when XENFEAT_runstate_phys_area or XENFEAT_vcpu_time_phys_area (features.h) is set |
 * | Argument  | struct vcpu_register_runstate_memory_area or struct vcpu_register_time_memory_area, `addr.p` filled in |
 * | Returns   | 0; the area is filled in at once |
 * | Errors    | -XEN_ENXIO: the area crosses a page boundary or is misaligned; -XEN_EACCES: the page cannot be used as ordinary writable memory; -XEN_EINVAL: the address is not backed by the guest's RAM; -XEN_ENOMEM: out of hypervisor memory |
 * @{ */
#define VCPUOP_register_runstate_phys_area      14
#define VCPUOP_register_vcpu_time_phys_area     15
/** @} */

/** @} */

#endif /* __XEN_PUBLIC_VCPU_H__ */
