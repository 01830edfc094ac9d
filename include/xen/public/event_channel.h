/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Event channels: the virtual interrupt lines that connect domains
 *        with each other and with the hypervisor.
 *
 * A port is a small per-domain number. Once bound, it stands for one source
 * of notifications: a port of another domain (interdomain), a virtual IRQ
 * raised by Xen (VIRQ_* in xen.h), a physical IRQ routed to the domain
 * (PIRQ), or an IPI between the domain's own vCPUs. A notification carries
 * no data: it sets the port's pending bit, and the receiving vCPU gets an
 * upcall unless the port or the vCPU has notifications masked. A guest that
 * unmasks must therefore look at the pending bits itself, since an event
 * that arrived while masked does not raise an upcall later.
 *
 * Where the pending and mask bits live depends on the ABI the domain uses:
 * - 2-level (the default): bitmaps in the shared-info page plus the per-vCPU
 *   `evtchn_pending_sel` word (see struct shared_info in xen.h); it offers
 *   EVTCHN_2L_NR_CHANNELS ports;
 * - FIFO (opted into with EVTCHNOP_init_control): one event word per port in
 *   guest pages, with 16 priority queues per vCPU and up to
 *   EVTCHN_FIFO_NR_CHANNELS ports.
 *
 * Stability: stable. Callers: every guest kernel (timers, IPIs, PV
 * frontends), PV backends, device models, xenstored and the toolstack.
 */
#ifndef __XEN_PUBLIC_EVENT_CHANNEL_H__
#define __XEN_PUBLIC_EVENT_CHANNEL_H__
/* Marks this copy as xen-public's: unstable/event_channel.h adds its toolstack part
 * only then (another copy of the header, included first, has its own). */
#define XEN_PUBLIC_EVENT_CHANNEL_H

#include "xen.h"

/** @defgroup hdr_event_channel_h event_channel.h
 *  @ingroup xen_core */

/** @defgroup event_channel_h_port Port numbers
 *  @ingroup hdr_event_channel_h
 *  @{ */

/** A port number, local to the domain that owns it. Port 0 is never
 *  handed out, so it can serve as "no port". */
typedef uint32_t evtchn_port_t;
DEFINE_XEN_GUEST_HANDLE(evtchn_port_t);

/** @} */

/** @defgroup event_channel_h_op HYPERVISOR_event_channel_op
 *  @ingroup hdr_event_channel_h
 *  Event-channel operations.
 *
 *  `long HYPERVISOR_event_channel_op(int cmd, void *arg)`: `cmd` is one of
 *  the EVTCHNOP_* numbers below and `arg` points at the structure that
 *  operation takes (its IN fields read, its OUT fields written back).
 *  Errors every operation can give, not repeated in the blocks:
 *  - -XEN_EFAULT: `arg` cannot be read, or the result cannot be written
 *    back (the operation has then taken effect all the same);
 *  - -XEN_ENOSYS: unknown `cmd`;
 *  - -XEN_EPERM (default policy) or -XEN_EACCES (FLASK): the security
 *    policy (XSM) refuses, for the operations whose block names a hook.
 *
 *  The operations that hand out a port take the lowest free one. They
 *  fail with -XEN_ENOSPC when the domain has no free port left (its limit
 *  is set at creation, and the 2-level ABI allows EVTCHN_2L_NR_CHANNELS at
 *  most) and with -XEN_ENOMEM when Xen cannot allocate the port's
 *  bookkeeping.
 *
 *  Guests that request an interface older than 0x00030202 reach the older
 *  call number, whose single argument is struct evtchn_op (see
 *  @ref event_channel_h_compat).
 *  @{ */

/**
 * @name EVTCHNOP_bind_interdomain
 * Connect a fresh local port to a port that another domain (or the caller
 * itself) has opened for the caller with EVTCHNOP_alloc_unbound.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 0 |
 * | Caller         | any domain; XSM: xsm_evtchn_interdomain(), XSM_HOOK |
 * | Argument       | struct evtchn_bind_interdomain |
 * | Returns        | 0; `local_port` holds the new port |
 * | Errors         | listed below |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | evtchn_bind_interdomain() in xen/common/event_channel.c |
 *
 * Errors:
 * - -XEN_ESRCH: `remote_dom` names no domain.
 * - -XEN_ENOSPC: the caller has no free port left.
 * - -XEN_ENOMEM: Xen could not allocate the new port.
 * - -XEN_EINVAL: `remote_port` is not a valid port of `remote_dom`.
 * - -XEN_EINVAL: that port is not unbound, or it was offered to a domain
 *   other than the caller.
 *
 * The new local port starts out pending, because the other side may
 * already have notified the unbound port. A guest should therefore check,
 * by its own means, whether the condition it waits for already holds.
 * @{ */
#define EVTCHNOP_bind_interdomain 0

/** Argument of EVTCHNOP_bind_interdomain. */
struct evtchn_bind_interdomain {
    /** IN: the domain owning the unbound port; DOMID_SELF for a loopback
     *  channel. */
    domid_t remote_dom;
    evtchn_port_t remote_port; /**< IN: that domain's unbound port. */
    evtchn_port_t local_port;  /**< OUT: the caller's end of the new channel. */
};
typedef struct evtchn_bind_interdomain evtchn_bind_interdomain_t;
/** @} */

/**
 * @name EVTCHNOP_bind_virq
 * Attach a fresh local port to a virtual IRQ on one of the caller's vCPUs.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 1 |
 * | Caller         | any domain, for itself (no XSM hook); a global VIRQ: see below |
 * | Argument       | struct evtchn_bind_virq |
 * | Returns        | 0; `port` holds the new port |
 * | Errors         | listed below |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | evtchn_bind_virq() in xen/common/event_channel.c |
 *
 * Errors:
 * - -XEN_EINVAL: `virq` is not below NR_VIRQS.
 * - -XEN_EINVAL: `vcpu` is not 0 for a VIRQ that is not per-vCPU.
 * - -XEN_ENOENT: the caller has no vCPU `vcpu`.
 * - -XEN_EBUSY: the VIRQ is global and the caller is not the domain that
 *   handles it.
 * - -XEN_EEXIST: the VIRQ already has a port on that vCPU.
 * - -XEN_ENOMEM: for VIRQ_DOM_EXC, Xen could not allocate its table of
 *   changed domains.
 * - -XEN_ENOSPC: the caller has no free port left.
 * - -XEN_ENOMEM: Xen could not allocate the new port.
 *
 * A global VIRQ goes to one domain: the hardware domain, unless the
 * toolstack chose another with XEN_DOMCTL_set_virq_handler. A per-vCPU
 * VIRQ takes one binding per vCPU, each fixed to its vCPU. A per-domain
 * or global VIRQ is bound once, on vCPU 0, and may then be moved with
 * EVTCHNOP_bind_vcpu. xen.h says which VIRQ is of which kind.
 * @{ */
#define EVTCHNOP_bind_virq        1

/** Argument of EVTCHNOP_bind_virq. */
struct evtchn_bind_virq {
    uint32_t virq;      /**< IN: the VIRQ_* number. */
    /** IN: the vCPU to notify; must be 0 unless the VIRQ is per-vCPU. */
    uint32_t vcpu;
    evtchn_port_t port; /**< OUT: the new port. */
};
typedef struct evtchn_bind_virq evtchn_bind_virq_t;
/** @} */

/**
 * @name EVTCHNOP_bind_pirq
 * Attach a fresh local port to a physical IRQ the domain has been given
 * (see physdev.h for mapping PIRQs).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 2 |
 * | Caller         | a PV domain allowed the PIRQ; any HVM domain (no XSM hook) |
 * | Argument       | struct evtchn_bind_pirq |
 * | Returns        | 0; `port` holds the new port |
 * | Errors         | listed below |
 * | Architectures  | x86 only; elsewhere -XEN_EOPNOTSUPP |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | evtchn_bind_pirq() in xen/common/event_channel.c |
 *
 * Errors:
 * - -XEN_EINVAL: `pirq` is not below the domain's number of PIRQs.
 * - -XEN_EPERM: a PV caller has not been granted that PIRQ.
 * - -XEN_EEXIST: the PIRQ already has a port.
 * - -XEN_ENOSPC: the caller has no free port left.
 * - -XEN_ENOMEM: Xen could not allocate the new port or the PIRQ's record.
 * - -XEN_EINVAL: PV caller: the PIRQ is not mapped to a physical IRQ.
 * - -XEN_EBUSY: PV caller: Xen itself uses the IRQ; or another domain
 *   holds it and one of the two does not share (BIND_PIRQ__WILL_SHARE);
 *   or it is shared by as many domains as Xen allows (`irq-max-guests`).
 * - -XEN_ENOMEM: PV caller: Xen could not allocate the IRQ's guest list.
 *
 * For an HVM caller Xen only records the port against the PIRQ, without
 * the physical IRQ binding a PV caller gets.
 * A PIRQ can be bound to one port per domain at most. The port notifies
 * vCPU 0 until moved with EVTCHNOP_bind_vcpu.
 * @{ */
#define EVTCHNOP_bind_pirq        2

/** In evtchn_bind_pirq.flags: the caller accepts that other domains share
 *  the IRQ line with it. */
#define BIND_PIRQ__WILL_SHARE 1

/** Argument of EVTCHNOP_bind_pirq. */
struct evtchn_bind_pirq {
    uint32_t pirq;      /**< IN: the domain's PIRQ number. */
    uint32_t flags;     /**< IN: BIND_PIRQ__* flags; other bits zero. */
    evtchn_port_t port; /**< OUT: the new port. */
};
typedef struct evtchn_bind_pirq evtchn_bind_pirq_t;
/** @} */

/**
 * @name EVTCHNOP_close
 * Release a local port. When it was connected to another domain, the far
 * end falls back to the unbound state (EVTCHNSTAT_unbound), ready for a
 * new EVTCHNOP_bind_interdomain.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 3 |
 * | Caller         | any domain, on its own ports (no XSM hook) |
 * | Argument       | struct evtchn_close |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | evtchn_close() in xen/common/event_channel.c |
 *
 * Errors:
 * - -XEN_EINVAL: `port` is not a valid port of the caller.
 * - -XEN_EINVAL: Xen itself uses the port.
 * - -XEN_EINVAL: the port is already closed.
 * @{ */
#define EVTCHNOP_close            3

/** Argument of EVTCHNOP_close. */
struct evtchn_close {
    evtchn_port_t port; /**< IN: the port to release. */
};
typedef struct evtchn_close evtchn_close_t;
/** @} */

/**
 * @name EVTCHNOP_send
 * Notify the other end of a channel: the remote port of an interdomain
 * channel, or the bound vCPU of an IPI port.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 4 |
 * | Caller         | any domain, on its own ports; XSM: xsm_evtchn_send(), XSM_HOOK |
 * | Argument       | struct evtchn_send |
 * | Returns        | 0; a send on a port that is still unbound is accepted and dropped |
 * | Errors         | listed below |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | evtchn_send() in xen/common/event_channel.c |
 *
 * Errors:
 * - -XEN_EINVAL: `port` is not a valid port of the caller.
 * - -XEN_EINVAL: Xen itself uses the port.
 * - -XEN_EINVAL: the port is closed, or bound to a VIRQ or a PIRQ.
 * @{ */
#define EVTCHNOP_send             4

/** Argument of EVTCHNOP_send. */
struct evtchn_send {
    evtchn_port_t port; /**< IN: the caller's end of the channel. */
};
typedef struct evtchn_send evtchn_send_t;
/** @} */

/**
 * @name EVTCHNOP_status
 * Report what a port is bound to and which vCPU it notifies.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 5 |
 * | Caller         | `dom` itself, its device model or the control domain |
 * | Argument       | struct evtchn_status |
 * | Returns        | 0; the OUT fields describe the port |
 * | Errors         | listed below |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | evtchn_status() in xen/common/event_channel.c |
 *
 * Errors:
 * - -XEN_ESRCH: `dom` names no domain.
 * - -XEN_EINVAL: `port` is not a valid port of `dom`.
 *
 * Who may ask is decided by xsm_evtchn_status() (XSM_TARGET under the
 * default policy). A port that is valid but free is reported as
 * EVTCHNSTAT_closed, not refused.
 * @{ */
#define EVTCHNOP_status           5

#define EVTCHNSTAT_closed       0 /**< The port is free. */
/** The port waits for a domain to bind to it; `u.unbound` is valid. */
#define EVTCHNSTAT_unbound      1
/** The port is connected to another domain's port; `u.interdomain` is
 *  valid. */
#define EVTCHNSTAT_interdomain  2
#define EVTCHNSTAT_pirq         3 /**< The port is bound to a physical IRQ; `u.pirq` is valid. */
#define EVTCHNSTAT_virq         4 /**< The port is bound to a virtual IRQ; `u.virq` is valid. */
#define EVTCHNSTAT_ipi          5 /**< The port is an IPI between the domain's vCPUs. */

/** Argument of EVTCHNOP_status. */
struct evtchn_status {
    domid_t dom;        /**< IN: the port's owner, or DOMID_SELF. */
    evtchn_port_t port; /**< IN: the port to describe. */
    uint32_t status;    /**< OUT: EVTCHNSTAT_*. */
    uint32_t vcpu;      /**< OUT: the vCPU the port notifies. */
    /** OUT: the binding; which member is valid depends on `status`. */
    union {
        /** For EVTCHNSTAT_unbound. */
        struct {
            domid_t dom; /**< OUT: the domain allowed to bind to the port. */
        } unbound;
        /** For EVTCHNSTAT_interdomain. */
        struct {
            domid_t dom;        /**< OUT: the domain at the far end. */
            evtchn_port_t port; /**< OUT: its port. */
        } interdomain;
        uint32_t pirq; /**< OUT: for EVTCHNSTAT_pirq, the PIRQ number. */
        uint32_t virq; /**< OUT: for EVTCHNSTAT_virq, the VIRQ_* number. */
    } u;
};
typedef struct evtchn_status evtchn_status_t;
/** @} */

/**
 * @name EVTCHNOP_alloc_unbound
 * Open a port in domain `dom` that only `remote_dom` may connect to, the
 * first half of setting up an interdomain channel. The other half is the
 * remote domain's EVTCHNOP_bind_interdomain.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 6 |
 * | Caller         | `dom` itself, its device model or the control domain |
 * | Argument       | struct evtchn_alloc_unbound |
 * | Returns        | 0; `port` holds the new port of `dom` |
 * | Errors         | listed below |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | evtchn_alloc_unbound() in xen/common/event_channel.c |
 *
 * Errors:
 * - -XEN_ESRCH: `dom` names no domain.
 * - -XEN_EINVAL: `dom` is being destroyed.
 * - -XEN_ENOSPC: `dom` has no free port left.
 * - -XEN_ENOMEM: Xen could not allocate the new port.
 *
 * Who may act for `dom` is decided by xsm_evtchn_unbound() (XSM_TARGET
 * under the default policy), which Xen asks once the port is chosen.
 * Xen does not check that `remote_dom` exists.
 * @{ */
#define EVTCHNOP_alloc_unbound    6

/** Argument of EVTCHNOP_alloc_unbound. */
struct evtchn_alloc_unbound {
    domid_t dom;        /**< IN: the domain that gets the port, usually DOMID_SELF. */
    /** IN: the only domain allowed to bind to it; DOMID_SELF means the
     *  caller. */
    domid_t remote_dom;
    evtchn_port_t port; /**< OUT: the new port in `dom`. */
};
typedef struct evtchn_alloc_unbound evtchn_alloc_unbound_t;
/** @} */

/**
 * @name EVTCHNOP_bind_ipi
 * Open a port that the domain sends to itself, notifying a chosen vCPU:
 * the building block of inter-processor interrupts in a PV guest.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 7 |
 * | Caller         | any domain, for itself (no XSM hook) |
 * | Argument       | struct evtchn_bind_ipi |
 * | Returns        | 0; `port` holds the new port |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.0 |
 * | Implemented by | evtchn_bind_ipi() in xen/common/event_channel.c |
 *
 * Errors:
 * - -XEN_ENOENT: the caller has no vCPU `vcpu`.
 * - -XEN_ENOSPC: the caller has no free port left.
 * - -XEN_ENOMEM: Xen could not allocate the new port.
 *
 * The port stays bound to that vCPU: EVTCHNOP_bind_vcpu cannot move it.
 * @{ */
#define EVTCHNOP_bind_ipi         7

/** Argument of EVTCHNOP_bind_ipi. */
struct evtchn_bind_ipi {
    uint32_t vcpu;      /**< IN: the vCPU that receives the notifications. */
    evtchn_port_t port; /**< OUT: the new port. */
};
typedef struct evtchn_bind_ipi evtchn_bind_ipi_t;
/** @} */

/**
 * @name EVTCHNOP_bind_vcpu
 * Choose the vCPU that a port notifies.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 8 |
 * | Caller         | any domain, on its own ports (no XSM hook) |
 * | Argument       | struct evtchn_bind_vcpu |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.0 |
 * | Implemented by | evtchn_bind_vcpu() in xen/common/event_channel.c |
 *
 * Errors:
 * - -XEN_ENOENT: the caller has no vCPU `vcpu`.
 * - -XEN_EINVAL: `port` is not a valid port of the caller.
 * - -XEN_EINVAL: Xen itself uses the port.
 * - -XEN_EINVAL: the port is bound to a per-vCPU VIRQ or is an IPI port
 *   (both fixed to their vCPU), or it is closed.
 *
 * A newly allocated port notifies vCPU 0; a port that is closed and later
 * reused starts again at vCPU 0. Moving a PIRQ port also steers the
 * physical IRQ towards the CPU the new vCPU runs on.
 * @{ */
#define EVTCHNOP_bind_vcpu        8

/** Argument of EVTCHNOP_bind_vcpu. */
struct evtchn_bind_vcpu {
    evtchn_port_t port; /**< IN: the port to move. */
    uint32_t vcpu;      /**< IN: the vCPU it notifies from now on. */
};
typedef struct evtchn_bind_vcpu evtchn_bind_vcpu_t;
/** @} */

/**
 * @name EVTCHNOP_unmask
 * Clear a port's mask and, if the port is pending, deliver the upcall that
 * was held back. Guests can clear the mask bit themselves; this call is
 * for when they also want the hypervisor to re-check and notify.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 9 |
 * | Caller         | any domain, on its own ports (no XSM hook) |
 * | Argument       | struct evtchn_unmask |
 * | Returns        | 0; also for a closed port or one Xen uses, which it leaves alone |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | evtchn_unmask() in xen/common/event_channel.c |
 *
 * Errors:
 * - -XEN_EINVAL: `port` is not a valid port of the caller.
 * @{ */
#define EVTCHNOP_unmask           9

/** Argument of EVTCHNOP_unmask. */
struct evtchn_unmask {
    evtchn_port_t port; /**< IN: the port to unmask. */
};
typedef struct evtchn_unmask evtchn_unmask_t;
/** @} */

/**
 * @name EVTCHNOP_reset
 * Close every port of a domain (except those the hypervisor itself uses)
 * and, when the domain was on the FIFO ABI, return it to the 2-level ABI
 * with its control blocks and event array released. Used on kexec and
 * soft reset, so the next kernel starts from a clean state.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 10 |
 * | Caller         | `dom` itself, its device model or the control domain |
 * | Argument       | struct evtchn_reset |
 * | Returns        | 0 once every port is closed (Xen continues a long reset itself) |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | evtchn_reset() in xen/common/event_channel.c |
 *
 * Errors:
 * - -XEN_ESRCH: `dom` names no domain.
 * - -XEN_EINVAL: `dom` is another domain and its controller has not
 *   paused it.
 * - -XEN_EBUSY: a reset of `dom` is already in progress.
 * - -XEN_EAGAIN: ports were bound while the reset ran; call again.
 *
 * Who may reset `dom` is decided by xsm_evtchn_reset() (XSM_TARGET under
 * the default policy), which Xen asks before the pause check. The domain
 * should not bind ports while the reset runs: such bindings may be lost
 * or make the reset fail.
 * @{ */
#define EVTCHNOP_reset           10

/** Argument of EVTCHNOP_reset. */
struct evtchn_reset {
    domid_t dom; /**< IN: the domain to reset, or DOMID_SELF. */
};
typedef struct evtchn_reset evtchn_reset_t;
/** @} */

/**
 * @name EVTCHNOP_init_control
 * Register the FIFO control block of one vCPU. The first successful call
 * of a domain switches it from the 2-level ABI to the FIFO ABI; call it
 * for every vCPU, before binding ports. A port pending at the switch
 * keeps its pending state, and is queued once EVTCHNOP_expand_array has
 * added the page of the event array that holds its word.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 11 |
 * | Caller         | any domain, for its own vCPUs (no XSM hook) |
 * | Argument       | struct evtchn_init_control |
 * | Returns        | 0; `link_bits` is written back |
 * | Errors         | listed below |
 * | Since          | Xen 4.4.0 |
 * | Implemented by | evtchn_fifo_init_control() in xen/common/event_fifo.c |
 *
 * Errors:
 * - -XEN_ENOENT: the caller has no vCPU `vcpu`.
 * - -XEN_EINVAL: the block would cross the end of the page.
 * - -XEN_EINVAL: `offset` is not a multiple of 8.
 * - -XEN_ENOMEM: first call: Xen could not allocate the FIFO state of the
 *   domain or of one of its vCPUs.
 * - -XEN_EINVAL: the vCPU already has a control block.
 * - -XEN_EINVAL: `control_gfn` is not a page of the caller that can be
 *   mapped writable.
 * - -XEN_ENOMEM: Xen could not map the page.
 *
 * When the first call fails, the domain stays on the 2-level ABI.
 * @{ */
#define EVTCHNOP_init_control    11

/** Argument of EVTCHNOP_init_control. */
struct evtchn_init_control {
    uint64_t control_gfn; /**< IN: guest frame holding the control block. */
    /** IN: offset of the block within that frame, in bytes; a multiple
     *  of 8. */
    uint32_t offset;
    uint32_t vcpu;        /**< IN: the vCPU the block belongs to. */
    /** OUT: width of the LINK field of an event word
     *  (EVTCHN_FIFO_LINK_BITS). */
    uint8_t link_bits;
    uint8_t _pad[7];      /**< Reserved: write zero. */
};
typedef struct evtchn_init_control evtchn_init_control_t;
/** @} */

/**
 * @name EVTCHNOP_expand_array
 * Give the FIFO event array one more page, so that more ports become
 * usable (one event word per port, 1024 ports per 4 KiB page).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 12 |
 * | Caller         | any domain using the FIFO ABI, for itself (no XSM hook) |
 * | Argument       | struct evtchn_expand_array |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Since          | Xen 4.4.0 |
 * | Implemented by | evtchn_fifo_expand_array() in xen/common/event_fifo.c |
 *
 * Errors:
 * - -XEN_EOPNOTSUPP: the domain is not using the FIFO ABI.
 * - -XEN_ENOSPC: the array already has as many pages as the FIFO ABI can
 *   address.
 * - -XEN_EINVAL: `array_gfn` is not a page of the caller that can be
 *   mapped writable.
 * - -XEN_ENOMEM: Xen could not map the page.
 * @{ */
#define EVTCHNOP_expand_array    12

/** Argument of EVTCHNOP_expand_array. */
struct evtchn_expand_array {
    /** IN: guest frame of the caller to append to the event array. */
    uint64_t array_gfn;
};
typedef struct evtchn_expand_array evtchn_expand_array_t;
/** @} */

/**
 * @name EVTCHNOP_set_priority
 * Choose the FIFO queue a port's events are linked onto. The change
 * applies to events raised afterwards.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 13 |
 * | Caller         | any domain using the FIFO ABI, on its own ports (no XSM hook) |
 * | Argument       | struct evtchn_set_priority |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Since          | Xen 4.4.0 |
 * | Implemented by | evtchn_set_priority() in xen/common/event_channel.c |
 *
 * Errors:
 * - -XEN_EINVAL: `port` is not a valid port of the caller.
 * - -XEN_ENOSYS: the domain uses the 2-level ABI, which has no priorities.
 * - -XEN_EACCES: the port is closed, or Xen itself uses it.
 * - -XEN_EINVAL: `priority` is above EVTCHN_FIFO_PRIORITY_MIN.
 * @{ */
#define EVTCHNOP_set_priority    13

/** Argument of EVTCHNOP_set_priority. */
struct evtchn_set_priority {
    evtchn_port_t port; /**< IN: the port. */
    /** IN: from EVTCHN_FIFO_PRIORITY_MAX (0, most urgent) to
     *  EVTCHN_FIFO_PRIORITY_MIN (15). */
    uint32_t priority;
};
typedef struct evtchn_set_priority evtchn_set_priority_t;
/** @} */

/*
 * Number 14 is taken by the hypervisor for continuing a long
 * EVTCHNOP_reset; guests never issue it, so it has no name here.
 */

/** @} */

/** @defgroup event_channel_h_compat HYPERVISOR_event_channel_op_compat
 *  @ingroup hdr_event_channel_h
 *  The call used before interface 0x00030202, kept for old guests.
 *
 *  `long HYPERVISOR_event_channel_op_compat(struct evtchn_op *op)`: the
 *  command and its argument travel in one structure. Only the commands
 *  whose argument fits the union below can be issued this way (any other
 *  gives -XEN_ENOSYS); results and errors are those of the same command
 *  through event_channel_op. Only x86 PV guests have this call
 *  (do_event_channel_op_compat() in xen/arch/x86/compat.c); for HVM and
 *  Arm guests it fails with -XEN_ENOSYS. New code uses
 *  HYPERVISOR_event_channel_op.
 *  @{ */

/** Argument of HYPERVISOR_event_channel_op_compat. */
struct evtchn_op {
    uint32_t cmd; /**< IN: EVTCHNOP_* command. */
    /** IN/OUT: the command's argument; the member named after `cmd` is used. */
    union {
        evtchn_alloc_unbound_t    alloc_unbound;    /**< For EVTCHNOP_alloc_unbound. */
        evtchn_bind_interdomain_t bind_interdomain; /**< For EVTCHNOP_bind_interdomain. */
        evtchn_bind_virq_t        bind_virq;        /**< For EVTCHNOP_bind_virq. */
        evtchn_bind_pirq_t        bind_pirq;        /**< For EVTCHNOP_bind_pirq. */
        evtchn_bind_ipi_t         bind_ipi;         /**< For EVTCHNOP_bind_ipi. */
        evtchn_close_t            close;            /**< For EVTCHNOP_close. */
        evtchn_send_t             send;             /**< For EVTCHNOP_send. */
        evtchn_status_t           status;           /**< For EVTCHNOP_status. */
        evtchn_bind_vcpu_t        bind_vcpu;        /**< For EVTCHNOP_bind_vcpu. */
        evtchn_unmask_t           unmask;           /**< For EVTCHNOP_unmask. */
    } u;
};
typedef struct evtchn_op evtchn_op_t;
DEFINE_XEN_GUEST_HANDLE(evtchn_op_t);

/** @} */

/** @defgroup event_channel_h_2l 2-level ABI
 *  @ingroup hdr_event_channel_h
 *  The default ABI: one pending and one mask bit per port in shared_info,
 *  plus a per-vCPU selector word with one bit per word of those bitmaps.
 *  @{ */

/** Number of ports of the 2-level ABI: one bit per port in a bitmap of
 *  as many words as a word has bits (1024 ports with a 32-bit
 *  `xen_ulong_t`, 4096 with a 64-bit one). Its C type is `size_t`. */
#define EVTCHN_2L_NR_CHANNELS (sizeof(xen_ulong_t) * sizeof(xen_ulong_t) * 64)

/** @} */

/** @defgroup event_channel_h_fifo FIFO ABI
 *  @ingroup hdr_event_channel_h
 *  The scalable ABI: each port has a 32-bit event word in an array of
 *  guest pages (EVTCHNOP_expand_array), and each vCPU has a control block
 *  (EVTCHNOP_init_control) with the heads of its priority queues.
 *
 *  The hypervisor links a pending, unmasked event onto the tail of the
 *  queue of its priority on the notified vCPU, through the LINK fields of
 *  the event words, and sets the queue's bit in `ready`. The guest
 *  consumes each queue from its head, highest priority first, clearing
 *  PENDING as it handles an event. Guest updates of an event word must be
 *  atomic (compare-and-exchange), since the hypervisor changes the same
 *  word concurrently.
 *  @{ */

#define EVTCHN_FIFO_PRIORITY_MAX     0  /**< The most urgent priority. */
/** Priority of a port until EVTCHNOP_set_priority changes it. */
#define EVTCHN_FIFO_PRIORITY_DEFAULT 7
#define EVTCHN_FIFO_PRIORITY_MIN     15 /**< The least urgent priority. */

/** Number of queues, one per priority, each vCPU has. */
#define EVTCHN_FIFO_MAX_QUEUES (EVTCHN_FIFO_PRIORITY_MIN + 1)

/** The event word of one port: flag bits at the top, LINK below. */
typedef uint32_t event_word_t;

#define EVTCHN_FIFO_PENDING 31 /**< Bit number in an event word: the event is pending. */
#define EVTCHN_FIFO_MASKED  30 /**< Bit number in an event word: the guest has masked the port. */
#define EVTCHN_FIFO_LINKED  29 /**< Bit number in an event word: the event is on a queue. */
/** Bit number in an event word: the hypervisor is relinking the event; a
 *  guest that finds it set unmasks through EVTCHNOP_unmask rather than by
 *  clearing MASKED itself. */
#define EVTCHN_FIFO_BUSY    28

/** Width of the LINK field, the low bits of an event word that hold the
 *  next port on the same queue (0 at the tail). */
#define EVTCHN_FIFO_LINK_BITS 17
/** Mask of the LINK field of an event word. */
#define EVTCHN_FIFO_LINK_MASK ((1 << EVTCHN_FIFO_LINK_BITS) - 1)

/** Highest number of ports the FIFO ABI can address. */
#define EVTCHN_FIFO_NR_CHANNELS (1 << EVTCHN_FIFO_LINK_BITS)

/** The per-vCPU control block registered with EVTCHNOP_init_control. */
struct evtchn_fifo_control_block {
    /** IN/OUT: bit N is set by the hypervisor when queue N (priority N) is
     *  not empty; the guest clears it when it has drained the queue. */
    uint32_t ready;
    uint32_t _rsvd;    /**< Reserved: write zero; ignore on read. */
    /** OUT: first port of each queue, indexed by priority, as last written
     *  by the hypervisor (the guest follows the LINK fields from there); 0
     *  when empty. */
    uint32_t head[EVTCHN_FIFO_MAX_QUEUES];
};
typedef struct evtchn_fifo_control_block evtchn_fifo_control_block_t;

/** @} */

#endif /* __XEN_PUBLIC_EVENT_CHANNEL_H__ */
