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
 *  read a further argument, as described with them. Errors every
 *  operation can give, not repeated in the blocks:
 *  - -XEN_EFAULT: `arg` cannot be read (operations that take one);
 *  - -XEN_ENOSYS: unknown `cmd`.
 *
 *  Hypervisors before Xen 3.0.2 (and guests asking for an interface older
 *  than 0x00030101, through __HYPERVISOR_sched_op) only have
 *  `long HYPERVISOR_sched_op_compat(int cmd, unsigned long arg)`, which
 *  knows SCHEDOP_yield, SCHEDOP_block (both ignore `arg`) and
 *  SCHEDOP_shutdown (with the SHUTDOWN_* reason itself in `arg`), and
 *  gives -XEN_ENOSYS for any other `cmd`. In Xen 4.22.0 only x86 PV
 *  guests have it (do_sched_op_compat() in xen/arch/x86/compat.c); for
 *  HVM and Arm guests it fails with -XEN_ENOSYS.
 *  @{ */

/**
 * @name SCHEDOP_yield
 * Give the physical CPU to another vCPU that is ready to run, if any; the
 * calling vCPU stays runnable.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 0 |
 * | Caller         | any domain, for the calling vCPU (no XSM hook) |
 * | Argument       | none (`arg` NULL) |
 * | Returns        | 0 when the vCPU runs again |
 * | Errors         | none: the call cannot fail |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | vcpu_yield() in xen/common/sched/core.c |
 * @{ */
#define SCHEDOP_yield       0
/** @} */

/**
 * @name SCHEDOP_block
 * Stop running the calling vCPU until an event is pending for it. The
 * call also clears the vCPU's upcall mask, and it looks for pending events
 * only after marking the vCPU blocked, so an event that arrives just
 * before the call cannot be missed.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 1 |
 * | Caller         | any domain, for the calling vCPU (no XSM hook) |
 * | Argument       | none (`arg` NULL) |
 * | Returns        | 0 once an event woke the vCPU, at once if one was pending already |
 * | Errors         | none: the call cannot fail |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | vcpu_block_enable_events() in xen/common/sched/core.c |
 * @{ */
#define SCHEDOP_block       1
/** @} */

/**
 * @name SCHEDOP_shutdown
 * Stop every vCPU of the calling domain and tell the toolstack why, with
 * a SHUTDOWN_* reason.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 2 |
 * | Caller         | any domain, for itself (no XSM hook) |
 * | Argument       | struct sched_shutdown; see below for SHUTDOWN_suspend |
 * | Returns        | 0, seen only if the domain runs again; see below |
 * | Errors         | only the common ones |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | domain_shutdown() in xen/common/domain.c |
 *
 * Xen pauses the domain's vCPUs and records the reason; it does not check
 * it. For most reasons the toolstack then destroys or rebuilds the domain,
 * so the call never returns. A suspended domain that is resumed sees the
 * call return: 0 as Xen leaves it, or 1 when a toolstack resumes the same
 * domain in place and rewrites the result (xc_domain_resume() in Xen's
 * tools/libs/guest/xg_resume.c), telling the guest it was not moved. For
 * SHUTDOWN_suspend an x86 PV guest also passes, as the third hypercall
 * argument (RDX, or EDX for a 32-bit guest), the machine frame of its
 * start_info page, which the toolstack's save code reads. A reason
 * latched earlier with SCHEDOP_shutdown_code takes precedence over the
 * one given here. When the hardware domain shuts down, Xen shuts down or
 * reboots the host (hwdom_shutdown() in xen/common/shutdown.c).
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
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 3 |
 * | Caller         | any domain, for the calling vCPU (no XSM hook) |
 * | Argument       | struct sched_poll |
 * | Returns        | 0 when woken, whether by a port, another event or the deadline |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_poll() in xen/common/sched/core.c |
 *
 * Errors:
 * - -XEN_EINVAL: `nr_ports` is above 128.
 * - -XEN_EFAULT: the array `ports` cannot be read.
 * - -XEN_EINVAL: a listed port is not a valid port of the caller, or it is
 *   closed or used by Xen itself.
 *
 * The caller finds out itself what woke it. When an upcall is due, Xen
 * returns 0 before it reads `ports`, so an invalid port then goes
 * unnoticed.
 * @{ */
#define SCHEDOP_poll        3

/** Argument of SCHEDOP_poll. */
struct sched_poll {
    XEN_GUEST_HANDLE(evtchn_port_t) ports; /**< IN: array of the ports to wait on. */
    unsigned int nr_ports; /**< IN: number of entries in `ports`, at most 128. */
    /** IN: deadline in system time (ns since boot, as in vcpu_time_info);
     *  0 waits without one. */
    uint64_t timeout;
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
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 4 |
 * | Caller         | the device model of `domain_id` or the control domain |
 * | Argument       | struct sched_remote_shutdown |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_sched_op() in xen/common/sched/core.c |
 *
 * Errors:
 * - -XEN_ESRCH: `domain_id` names no domain (DOMID_SELF is not accepted).
 * - -XEN_EPERM (default policy) or -XEN_EACCES (FLASK): the caller may
 *   not shut that domain down.
 *
 * Who may is decided by xsm_schedop_shutdown(), XSM_DM_PRIV under the
 * default policy, which leaves out the domain itself. Xen passes `reason`
 * on to domain_shutdown() without checking it.
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
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 5 |
 * | Caller         | any domain, for itself (no XSM hook) |
 * | Argument       | struct sched_shutdown |
 * | Returns        | 0; the domain keeps running |
 * | Errors         | only the common ones |
 * | Since          | Xen 4.0.1 |
 * | Implemented by | do_sched_op() in xen/common/sched/core.c |
 * @{ */
#define SCHEDOP_shutdown_code 5
/** @} */

/**
 * @name SCHEDOP_watchdog
 * Create, feed or delete a watchdog timer of the calling domain. When one
 * expires, the domain is shut down with SHUTDOWN_watchdog. A domain has
 * two such timers.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 6 |
 * | Caller         | any domain, for itself (no XSM hook) |
 * | Argument       | struct sched_watchdog |
 * | Returns        | for a creation, the new timer's id (1 or 2); otherwise 0 |
 * | Errors         | listed below |
 * | Since          | Xen 4.1.0 |
 * | Implemented by | domain_watchdog() in xen/common/sched/core.c |
 *
 * Errors:
 * - -XEN_EINVAL: `id` is above 2.
 * - -XEN_ENOSPC: `id` is 0 and both timers are in use.
 * - -XEN_EINVAL: `id` names a timer that is not in use.
 *
 * `id` 0 creates a timer that fires after `timeout` seconds. A non-zero
 * `id` with a non-zero `timeout` restarts that timer with the new
 * timeout; with `timeout` 0 it deletes the timer.
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
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 7 |
 * | Caller         | the hardware domain (is_hardware_domain(); no XSM hook) |
 * | Argument       | struct sched_pin_override |
 * | Returns        | 0 once the vCPU runs under the new affinity |
 * | Errors         | listed below |
 * | Since          | Xen 4.7.0 |
 * | Implemented by | vcpu_temporary_affinity() in xen/common/sched/core.c |
 *
 * Errors:
 * - -XEN_EPERM: the caller is not the hardware domain (checked before
 *   `arg` is read).
 * - -XEN_EINVAL: `pcpu` is not below the number of CPUs Xen supports.
 * - -XEN_EINVAL: `pcpu` is negative and no override is active.
 * - -XEN_EBUSY: an override is already active; or the vCPU's affinity is
 *   already overridden for another reason and it runs on another CPU.
 * - -XEN_EINVAL: `pcpu` is not an online CPU of the domain's CPU pool.
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
/** The guest is ready to be saved (suspend, save, migration, checkpoint). */
#define SHUTDOWN_suspend    2
#define SHUTDOWN_crash      3  /**< The guest crashed. */
/** A watchdog timer of the domain expired (see SCHEDOP_watchdog). */
#define SHUTDOWN_watchdog   4
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
