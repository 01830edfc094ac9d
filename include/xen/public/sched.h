/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Scheduler operations: how a vCPU gives up its CPU, waits for
 *        events, and how a domain stops, reboots or suspends.
 *
 * A guest has no physical CPU to halt and no firmware to power off, so it
 * asks the hypervisor instead: yielding or blocking the calling vCPU,
 * waiting on chosen event-channel ports, and ending the domain with a
 * reason code that the toolstack reads to decide what comes next (destroy
 * it, restart it, save it, dump its core). A software watchdog and, for
 * the hardware domain, temporary pinning of a vCPU complete the set.
 *
 * Stability: stable. Callers: every guest kernel; device models (which
 * relay shutdown requests of HVM guests) and the hardware domain.
 */
#ifndef __XEN_PUBLIC_SCHED_H__
#define __XEN_PUBLIC_SCHED_H__
/* Marks this copy as xen-public's: unstable/sched.h adds its toolstack part
 * only then (another copy of the header, included first, has its own). */
#define XEN_PUBLIC_SCHED_H

#include "event_channel.h"

/** @defgroup hdr_sched_h sched.h
 *  @ingroup xen_core */

/** @defgroup sched_h_op HYPERVISOR_sched_op
 *  @ingroup hdr_sched_h
 *  Scheduler operations.
 *
 *  `long HYPERVISOR_sched_op(int cmd, void *arg, ...)`: `cmd` is one of
 *  the SCHEDOP_* numbers below; `arg` points at the structure the
 *  operation takes, or is NULL where none is needed. A few operations
 *  read a further argument, as described with them. Unknown commands fail
 *  with -XEN_ENOSYS, and an unreadable `arg` with -XEN_EFAULT.
 *
 *  Hypervisors before Xen 3.0.2 (and guests asking for an interface older
 *  than 0x00030101, through __HYPERVISOR_sched_op) only have
 *  `long HYPERVISOR_sched_op_compat(int cmd, unsigned long arg)`, which
 *  knows SCHEDOP_yield, SCHEDOP_block (with `arg` 0) and SCHEDOP_shutdown
 *  (with the SHUTDOWN_* reason itself in `arg`).
 *  @{ */

/**
 * @name SCHEDOP_yield
 * Give the physical CPU to another vCPU that is ready to run, if any; the
 * calling vCPU stays runnable.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | any guest |
 * | Argument  | none (`arg` NULL) |
 * | Returns   | 0 when the vCPU runs again |
 * | Errors    | none |
 * @{ */
#define SCHEDOP_yield       0
/** @} */

/**
 * @name SCHEDOP_block
 * Stop running the calling vCPU until an event is pending for it. When
 * the vCPU has upcalls masked, the call unmasks them and checks for
 * pending events as one atomic step before sleeping, so an event that
 * arrives just before the call cannot be missed.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | any guest (Arm guests usually idle with WFI instead) |
 * | Argument  | none (`arg` NULL) |
 * | Returns   | 0 once an event woke the vCPU |
 * | Errors    | none |
 * @{ */
#define SCHEDOP_block       1
/** @} */

/**
 * @name SCHEDOP_shutdown
 * Stop every vCPU of the calling domain and tell the toolstack why, with
 * a SHUTDOWN_* reason.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | any guest, for itself |
 * | Argument  | struct sched_shutdown; for SHUTDOWN_suspend an x86 PV guest also passes, as the third hypercall argument (RDX, or EDX for a 32-bit guest), the machine frame of its start_info page |
 * | Returns   | does not return, except for SHUTDOWN_suspend: 0 when the domain resumes as a new domain (after restore or migration), 1 when the suspend was cancelled or the domain only checkpointed and continues as before |
 * | Errors    | -XEN_EFAULT: `arg` unreadable |
 *
 * A reason latched earlier with SCHEDOP_shutdown_code takes precedence
 * over the one given here.
 * @{ */
#define SCHEDOP_shutdown    2

/** Argument of SCHEDOP_shutdown and SCHEDOP_shutdown_code. */
struct sched_shutdown {
    unsigned int reason; /**< IN: SHUTDOWN_* reason. */
};
typedef struct sched_shutdown sched_shutdown_t;
DEFINE_XEN_GUEST_HANDLE(sched_shutdown_t);
/** @} */

/**
 * @name SCHEDOP_poll
 * Block the calling vCPU until one of the given event-channel ports is
 * pending, or until a deadline passes. Returns at once when a listed port
 * is already pending or an upcall is due.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | any guest (spinlock slow paths, PV clock handling) |
 * | Argument  | struct sched_poll |
 * | Returns   | 0 when woken, whether by a port, another event or the deadline; the caller checks which |
 * | Errors    | -XEN_EINVAL: more than 128 ports, or a port that is not valid; -XEN_EFAULT: `arg` or the port array unreadable |
 * @{ */
#define SCHEDOP_poll        3

/** Argument of SCHEDOP_poll. */
struct sched_poll {
    XEN_GUEST_HANDLE(evtchn_port_t) ports; /**< IN: array of the ports to wait on. */
    unsigned int nr_ports; /**< IN: number of entries in `ports`, at most 128. */
    uint64_t timeout;      /**< IN: deadline in system time (ns since boot, as in vcpu_time_info); 0 waits without one. */
};
typedef struct sched_poll sched_poll_t;
DEFINE_XEN_GUEST_HANDLE(sched_poll_t);
/** @} */

/**
 * @name SCHEDOP_remote_shutdown
 * Shut another domain down with a SHUTDOWN_* reason. A device model uses
 * it when the HVM guest it serves powers off or reboots through emulated
 * hardware; a PV guest uses SCHEDOP_shutdown on itself instead.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | device model of the target domain, or the toolstack |
 * | Argument  | struct sched_remote_shutdown |
 * | Returns   | 0 |
 * | Errors    | -XEN_ESRCH: `domain_id` does not exist; -XEN_EPERM / -XEN_EACCES: the caller may not control that domain; -XEN_EFAULT: `arg` unreadable |
 * @{ */
#define SCHEDOP_remote_shutdown        4

/** Argument of SCHEDOP_remote_shutdown. */
struct sched_remote_shutdown {
    domid_t domain_id;   /**< IN: the domain to shut down. */
    unsigned int reason; /**< IN: SHUTDOWN_* reason. */
};
typedef struct sched_remote_shutdown sched_remote_shutdown_t;
DEFINE_XEN_GUEST_HANDLE(sched_remote_shutdown_t);
/** @} */

/**
 * @name SCHEDOP_shutdown_code
 * Record the reason the domain will report when it shuts down later, by
 * whatever path (for instance a crash after a kernel panic handler has
 * chosen SHUTDOWN_crash). Only the first reason recorded counts.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | any guest, for itself |
 * | Argument  | struct sched_shutdown |
 * | Returns   | 0; the domain keeps running |
 * | Errors    | -XEN_EFAULT: `arg` unreadable |
 * @{ */
#define SCHEDOP_shutdown_code 5
/** @} */

/**
 * @name SCHEDOP_watchdog
 * Create, feed or delete a watchdog timer of the calling domain. When one
 * expires, the domain is shut down with SHUTDOWN_watchdog. A domain has
 * two such timers.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | any guest, for itself |
 * | Argument  | struct sched_watchdog. `id` 0: create a timer that fires after `timeout` seconds. `id` non-zero and `timeout` non-zero: restart that timer with the new timeout. `id` non-zero and `timeout` 0: delete that timer |
 * | Returns   | for a creation, the new timer's id (positive); otherwise 0 |
 * | Errors    | -XEN_ENOSPC: both timers are in use; -XEN_EINVAL: `id` names no existing timer; -XEN_EFAULT: `arg` unreadable |
 * @{ */
#define SCHEDOP_watchdog    6

/** Argument of SCHEDOP_watchdog. */
struct sched_watchdog {
    uint32_t id;      /**< IN: 0 to create a timer, or the id of an existing one. */
    uint32_t timeout; /**< IN: time until the timer fires, in seconds; 0 deletes timer `id`. */
};
typedef struct sched_watchdog sched_watchdog_t;
DEFINE_XEN_GUEST_HANDLE(sched_watchdog_t);
/** @} */

/**
 * @name SCHEDOP_pin_override
 * Pin the calling vCPU to one physical CPU for a while, overriding its
 * affinity, or end such an override and restore the affinity it had. The
 * hardware domain uses it for firmware calls that must run on a given
 * CPU (e.g. SMM or ACPI methods).
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | the hardware domain |
 * | Argument  | struct sched_pin_override |
 * | Returns   | 0 once the vCPU runs under the new affinity |
 * | Errors    | -XEN_EPERM: the caller is not the hardware domain; -XEN_EINVAL: `pcpu` is not an online CPU of the domain's CPU pool, or there is no override to end; -XEN_EBUSY: an override is already active, or the vCPU is already pinned by another mechanism; -XEN_EFAULT: `arg` unreadable |
 * @{ */
#define SCHEDOP_pin_override 7

/** Argument of SCHEDOP_pin_override. */
struct sched_pin_override {
    int32_t pcpu; /**< IN: the physical CPU to pin to; any negative value ends the override. */
};
typedef struct sched_pin_override sched_pin_override_t;
DEFINE_XEN_GUEST_HANDLE(sched_pin_override_t);
/** @} */

/** @} */

/** @defgroup sched_h_shutdown Shutdown reasons
 *  @ingroup hdr_sched_h
 *  The `reason` values of SCHEDOP_shutdown, SCHEDOP_shutdown_code and
 *  SCHEDOP_remote_shutdown. The hypervisor only records them; the
 *  toolstack acts on them (libxl's `on_poweroff`, `on_reboot`, `on_crash`
 *  and `on_watchdog` settings).
 *  @{ */

#define SHUTDOWN_poweroff   0  /**< The guest stopped normally: tear the domain down. */
#define SHUTDOWN_reboot     1  /**< Tear the domain down and start it again. */
#define SHUTDOWN_suspend    2  /**< The guest is ready to be saved (suspend, save, migration, checkpoint). */
#define SHUTDOWN_crash      3  /**< The guest crashed. */
#define SHUTDOWN_watchdog   4  /**< A watchdog timer of the domain expired (see SCHEDOP_watchdog). */
/**
 * The guest asks for a soft reset: the hypervisor returns the domain to
 * the state it had just after creation, keeping its memory and vCPU
 * contexts, so that a new kernel (kexec) can set up every Xen interface
 * afresh.
 */
#define SHUTDOWN_soft_reset 5
#define SHUTDOWN_MAX        5  /**< The highest defined reason. */

/** @} */

#endif /* __XEN_PUBLIC_SCHED_H__ */
