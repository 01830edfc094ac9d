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
 *  operation takes (NULL where none). No operation consults the security
 *  policy (XSM). Errors every operation can give, not repeated in the
 *  blocks:
 *  - -XEN_ENOENT: the caller has no vCPU `vcpuid` (checked first);
 *  - -XEN_EFAULT: `extra_args` cannot be read or written;
 *  - -XEN_ENOSYS: unknown `cmd` (x86);
 *  - -XEN_EINVAL: unknown `cmd`, or one Arm does not provide (Arm).
 *
 *  The x86 dispatcher is do_vcpu_op() in xen/arch/x86/domain.c, which
 *  hands the operations common to all architectures to common_vcpu_op()
 *  in xen/common/domain.c. 32-bit x86 guests go through compat_vcpu_op()
 *  in xen/arch/x86/x86_64/domain.c first, which converts the structures
 *  whose layout differs. Arm's do_vcpu_op() in xen/arch/arm/domain.c
 *  passes on VCPUOP_register_vcpu_info and
 *  VCPUOP_register_runstate_memory_area only.
 *  @{ */

/**
 * @name VCPUOP_initialise
 * Give a vCPU that has never run its initial register state. The vCPU
 * stays down until VCPUOP_up, unless a PV context sets VGCF_online.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 0 |
 * | Caller         | any x86 domain, for its own vCPUs |
 * | Argument       | struct vcpu_guest_context (PV) or struct vcpu_hvm_context (HVM, PVH) |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_EINVAL |
 * | Since          | Xen 3.0.0 |
 * | Implemented by | arch_initialise_vcpu() in xen/arch/x86/domain.c |
 *
 * Errors:
 * - -XEN_EINVAL: PV caller: the vCPU has no vcpu_info yet (a vCPU from
 *   XEN_LEGACY_MAX_VCPUS on needs VCPUOP_register_vcpu_info first).
 * - -XEN_ENOMEM: PV caller: Xen could not allocate its copy of the
 *   context.
 * - -XEN_EEXIST: the vCPU was initialised already (it can be only once).
 * - -XEN_EINVAL: HVM caller: arch_set_info_hvm_guest() refuses the state.
 * - PV caller: an error of arch_set_info_guest(), -XEN_EINVAL for most
 *   states it refuses.
 *
 * The struct vcpu_guest_context is in arch-x86/xen.h, struct
 * vcpu_hvm_context in hvm/hvm_vcpu.h.
 * @{ */
#define VCPUOP_initialise            0
/** @} */

/**
 * @name VCPUOP_up
 * Let an initialised vCPU run.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 1 |
 * | Caller         | any x86 domain, for its own vCPUs |
 * | Argument       | none (`extra_args` NULL) |
 * | Returns        | 0, also when the vCPU was already up |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_EINVAL |
 * | Since          | Xen 3.0.0 |
 * | Implemented by | common_vcpu_op() in xen/common/domain.c |
 *
 * Errors:
 * - -XEN_EINVAL: the vCPU has not been initialised.
 * @{ */
#define VCPUOP_up                    1
/** @} */

/**
 * @name VCPUOP_down
 * Stop a vCPU from running. It keeps its state and can be brought up
 * again with VCPUOP_up.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 2 |
 * | Caller         | any x86 domain, for its own vCPUs |
 * | Argument       | none (`extra_args` NULL) |
 * | Returns        | 0 |
 * | Errors         | only the common ones |
 * | Architectures  | x86 only; Arm gives -XEN_EINVAL |
 * | Since          | Xen 3.0.0 |
 * | Implemented by | common_vcpu_op() in xen/common/domain.c |
 *
 * When another vCPU is the target, the call may return (and VCPUOP_is_up
 * may already report it down) while that vCPU is still running, so the
 * guest should first park it in code that is safe to stop in. A vCPU
 * taking itself down stops before the call completes. When no other vCPU
 * of the domain is up, the call shuts the domain down instead
 * (SHUTDOWN_poweroff).
 *
 * The operation releases nothing: a vCPU that is down keeps its
 * page-table base and GDT, and with them references to guest pages.
 * Switching it to idle page tables and descriptor tables first keeps it
 * from pinning pages the guest wants to free.
 * @{ */
#define VCPUOP_down                  2
/** @} */

/**
 * @name VCPUOP_is_up
 * Say whether a vCPU is up.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 3 |
 * | Caller         | any x86 domain, for its own vCPUs |
 * | Argument       | none (`extra_args` NULL) |
 * | Returns        | 1 when the vCPU is up, 0 when it is down |
 * | Errors         | only the common ones |
 * | Architectures  | x86 only; Arm gives -XEN_EINVAL |
 * | Since          | Xen 3.0.0 |
 * | Implemented by | common_vcpu_op() in xen/common/domain.c |
 * @{ */
#define VCPUOP_is_up                 3
/** @} */

/**
 * @name VCPUOP_get_runstate_info
 * Copy out a vCPU's run state and the time it has spent in each state.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 4 |
 * | Caller         | any x86 domain, for its own vCPUs |
 * | Argument       | OUT: struct vcpu_runstate_info |
 * | Returns        | 0, with the structure filled in |
 * | Errors         | only the common ones |
 * | Architectures  | x86 only; Arm gives -XEN_EINVAL |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | common_vcpu_op() in xen/common/domain.c |
 * @{ */
#define VCPUOP_get_runstate_info     4

/** A vCPU's scheduling state and its accumulated time in each state. */
struct vcpu_runstate_info {
    int      state;            /**< OUT: the current state, RUNSTATE_*. */
    /** OUT: system time (ns) at which `state` was entered; bit 63 may be
     *  XEN_RUNSTATE_UPDATE. */
    uint64_t state_entry_time;
    /** OUT: time spent in each RUNSTATE_* state, indexed by state, in ns.
     *  Their sum keeps pace with system time, without drift. */
    uint64_t time[4];
};
typedef struct vcpu_runstate_info vcpu_runstate_info_t;
DEFINE_XEN_GUEST_HANDLE(vcpu_runstate_info_t);

/**
 * Set in `state_entry_time` of a registered run-state area while the
 * hypervisor is rewriting it, when the guest enabled
 * VMASST_TYPE_runstate_update_flag or registered the area with
 * VCPUOP_register_runstate_phys_area. A reader that sees it, or sees
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
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 5 |
 * | Caller         | any domain, for its own vCPUs |
 * | Argument       | struct vcpu_register_runstate_memory_area, `addr.h` or `addr.v` filled in |
 * | Returns        | 0; the area is filled in at once |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | common_vcpu_op() in xen/common/domain.c |
 *
 * Errors:
 * - -XEN_EFAULT: x86 PV caller: the area does not lie in the part of the
 *   virtual address space the guest may use.
 *
 * The member filled in holds the area's guest virtual address. One area
 * per vCPU: a new registration replaces the previous one. The hypervisor
 * translates the virtual address on every update, so it must stay mapped;
 * failures of those writes are not reported. New code prefers
 * VCPUOP_register_runstate_phys_area and falls back to this operation for
 * older hypervisors.
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
        /** IN: guest physical address, for VCPUOP_register_runstate_phys_area. */
        uint64_t p;
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
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 6, 7 |
 * | Caller         | any x86 domain, for its own vCPUs |
 * | Argument       | set: struct vcpu_set_periodic_timer; stop: none (`extra_args` NULL) |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_EINVAL |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | common_vcpu_op() in xen/common/domain.c |
 *
 * Errors of VCPUOP_set_periodic_timer:
 * - -XEN_EINVAL: `period_ns` is below 1 ms.
 * - -XEN_EINVAL: `period_ns` is above 2^62 - 1 ns, the longest interval
 *   Xen's timers take.
 *
 * VCPUOP_stop_periodic_timer gives only the common errors.
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
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 8, 9 |
 * | Caller         | any x86 domain, for the calling vCPU only |
 * | Argument       | set: struct vcpu_set_singleshot_timer; stop: none (`extra_args` NULL) |
 * | Returns        | 0; a deadline already in the past fires at once |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_EINVAL |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | common_vcpu_op() in xen/common/domain.c |
 *
 * Errors:
 * - -XEN_EINVAL: `vcpuid` is not the calling vCPU.
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
 *  passed. A hint only: Xen 4.22.0 ignores `flags` and fires the timer at
 *  once. */
#define VCPU_SSHOTTMR_future  (1U << _VCPU_SSHOTTMR_future)
/** @} */

/**
 * @name VCPUOP_register_vcpu_info
 * Move a vCPU's struct vcpu_info (xen.h) from the shared-info page to a
 * place of the guest's choosing, typically its per-CPU data. It is the
 * only way to give event delivery to vCPUs from XEN_LEGACY_MAX_VCPUS on,
 * which on Arm is every vCPU but vCPU 0 (the limit there is 1).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 10 |
 * | Caller         | any domain, for its own vCPUs |
 * | Argument       | struct vcpu_register_vcpu_info |
 * | Returns        | 0; the current contents are copied over |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | common_vcpu_op() and map_guest_area() in xen/common/domain.c |
 *
 * Errors:
 * - -XEN_EINVAL: `mfn` and `offset` do not form a guest address within
 *   that frame.
 * - -XEN_EBUSY: the vCPU already has one registered (it can be moved only
 *   once).
 * - -XEN_ENXIO: the structure would cross a page boundary, or it is not
 *   aligned to the guest's word size.
 * - -XEN_EAGAIN: the page is paged out or shared just now; call again.
 * - -XEN_EPERM: x86: the frame is directly mapped MMIO.
 * - -XEN_EINVAL: the frame is not backed by a page of the guest.
 * - -XEN_EACCES: the page cannot be used as ordinary writable memory.
 * - -XEN_ENOMEM: Xen could not map the page.
 * - -XEN_EBUSY: a registration for the same vCPU ran at the same time
 *   and won.
 *
 * Once the move is done, Xen marks every event selector of the vCPU
 * pending, so the guest may see a spurious upcall.
 * @{ */
#define VCPUOP_register_vcpu_info   10

/** Argument of VCPUOP_register_vcpu_info. */
struct vcpu_register_vcpu_info {
    /** IN: guest frame that will hold the vcpu_info (a GFN, despite the
     *  name). */
    uint64_t mfn;
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
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 11 |
 * | Caller         | any x86 domain, for its own vCPUs |
 * | Argument       | none (`extra_args` must be NULL) |
 * | Returns        | 0; an NMI already pending on the vCPU absorbs this one |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_EINVAL |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_vcpu_op() in xen/arch/x86/domain.c |
 *
 * Errors:
 * - -XEN_EINVAL: `extra_args` is not NULL.
 * @{ */
#define VCPUOP_send_nmi             11
/** @} */

/**
 * @name VCPUOP_get_physid
 * Identify the physical CPU behind a vCPU, for a hardware domain whose
 * vCPUs mirror the host CPUs (it needs the IDs for ACPI processor objects
 * and power management).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 12 |
 * | Caller         | the hardware domain, for a vCPU pinned to one physical CPU |
 * | Argument       | OUT: struct vcpu_get_physid |
 * | Returns        | 0, with `phys_id` filled in |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_EINVAL |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_vcpu_op() in xen/arch/x86/domain.c |
 *
 * Errors:
 * - -XEN_EINVAL: the caller is not the hardware domain, or the vCPU's
 *   hard affinity is not exactly one physical CPU.
 *
 * Xen reports the IDs of the physical CPU whose number is the vCPU's
 * number, which is the CPU the vCPU is pinned to when the host boots with
 * `dom0_vcpus_pin`; it does not look at which CPU the affinity names.
 * @{ */
#define VCPUOP_get_physid           12

/** Argument of VCPUOP_get_physid. */
struct vcpu_get_physid {
    /** OUT: architecture-specific identity; on x86 the APIC ID in bits 31:0
     *  and the ACPI processor ID in bits 63:32. */
    uint64_t phys_id;
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
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 13 |
 * | Caller         | any x86 domain, for its own vCPUs |
 * | Argument       | struct vcpu_register_time_memory_area, `addr.h` or `addr.v` filled in |
 * | Returns        | 0; the copy is written at once |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_EINVAL |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_vcpu_op() in xen/arch/x86/domain.c |
 *
 * Errors:
 * - -XEN_EFAULT: PV caller: the area does not lie in the part of the
 *   virtual address space the guest may use.
 *
 * The member filled in holds the copy's guest virtual address. The copies
 * of all vCPUs can sit side by side in a page the kernel maps read-only
 * into user space: a process that knows which vCPU it runs on then
 * computes system time from the TSC without entering the kernel. New code
 * prefers VCPUOP_register_vcpu_time_phys_area and falls back to this
 * operation for older hypervisors.
 * @{ */
#define VCPUOP_register_vcpu_time_memory_area   13

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
        /** IN: guest physical address, for VCPUOP_register_vcpu_time_phys_area. */
        uint64_t p;
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
 * mapping.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 14, 15 |
 * | Caller         | any x86 domain, for its own vCPUs |
 * | Argument       | that of the operation by virtual address; see below |
 * | Returns        | 0; the area is filled in at once |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_EINVAL |
 * | Since          | Xen 4.18.0 |
 * | Implemented by | map_guest_area() in xen/common/domain.c |
 *
 * Errors:
 * - -XEN_ENXIO: the area would cross a page boundary, or it is not
 *   aligned to the guest's word size.
 * - -XEN_EAGAIN: the page is paged out or shared just now; call again.
 * - -XEN_EPERM: the frame is directly mapped MMIO.
 * - -XEN_EINVAL: the address is not backed by a page of the guest.
 * - -XEN_EACCES: the page cannot be used as ordinary writable memory.
 * - -XEN_ENOMEM: Xen could not map the page.
 *
 * The argument is struct vcpu_register_runstate_memory_area (run state)
 * or struct vcpu_register_time_memory_area (time), of which only `addr.p`
 * is read; all ones (~0) unregisters. The run-state area is updated as if
 * VMASST_TYPE_runstate_update_flag were enabled. While an area is
 * registered this way, the hypervisor stops updating the one registered
 * by virtual address. Xen 4.22.0 does not look at
 * XENFEAT_runstate_phys_area or XENFEAT_vcpu_time_phys_area (features.h)
 * before taking the call: it sets both for every x86 guest, and sets
 * XENFEAT_runstate_phys_area on Arm too, where the operation still gives
 * -XEN_EINVAL. The work is done by common_vcpu_op() (run state) and the
 * x86 do_vcpu_op() (time), both through map_guest_area().
 * @{ */
#define VCPUOP_register_runstate_phys_area      14
#define VCPUOP_register_vcpu_time_phys_area     15
/** @} */

/** @} */

#endif /* __XEN_PUBLIC_VCPU_H__ */
