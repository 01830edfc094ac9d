/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Argo: message passing between domains in which the hypervisor
 *        copies every message, so sender and receiver share no memory.
 *
 * A receiving domain registers a ring (guest pages of its own) under an
 * address: its domain ID and an Argo port number. It may restrict the
 * ring to one partner domain or, if the hypervisor allows it, accept any
 * sender. A sender hands Xen a list of buffers and a destination address;
 * Xen copies the data into the destination ring, prefixed by a header
 * naming the source, and raises VIRQ_ARGO in the receiver. Because Xen
 * does the copying, it always knows which domain sent what, and the
 * security policy (XSM) decides who may talk to whom.
 *
 * Argo is off unless the hypervisor is booted with it enabled; while it
 * is off every call fails with -XEN_EOPNOTSUPP.
 *
 * Call: `HYPERVISOR_argo_op(cmd, arg1, arg2, arg3, arg4)` with `cmd` one
 * of the XEN_ARGO_OP_* values; arg1 and arg2 are guest handles, arg3 and
 * arg4 unsigned longs that must fit in 32 bits (-XEN_EINVAL otherwise).
 *
 * Stability: stable. Callers: any domain the hypervisor and the XSM
 * policy allow to use Argo, usually through an Argo kernel driver.
 */
#ifndef __XEN_PUBLIC_ARGO_H__
#define __XEN_PUBLIC_ARGO_H__

#include "xen.h"

/** @defgroup hdr_argo_h argo.h
 *  @ingroup xen_core */

/** @defgroup argo_h_types Addresses, buffers and rings
 *  @ingroup hdr_argo_h
 *  @{ */

/** Partner domain of a ring that accepts messages from any domain. */
#define XEN_ARGO_DOMID_ANY       DOMID_INVALID

/** The largest data area a ring may have: 16 MiB, in bytes. */
#define XEN_ARGO_MAX_RING_SIZE  (0x1000000ULL)

/** An Argo port number; unrelated to event-channel ports. */
typedef uint32_t xen_argo_port_t;

/** A guest frame number, 64 bits wide on every architecture. */
typedef uint64_t xen_argo_gfn_t;

/**
 * The most buffers one XEN_ARGO_OP_sendv accepts. Xen keeps the whole
 * list on its stack, which is why the limit is small; Linux's driver
 * never sends more than two.
 */
#define XEN_ARGO_MAXIOV          8U

/** One buffer of a message being sent. */
typedef struct xen_argo_iov
{
    XEN_GUEST_HANDLE(uint8) iov_hnd; /**< IN: the buffer. */
    uint32_t iov_len;                /**< IN: its length, in bytes. */
    /** Padding: write zero; Xen refuses any other value (-XEN_EINVAL). */
    uint32_t pad;
} xen_argo_iov_t;

/** An Argo address: a port of a domain. */
typedef struct xen_argo_addr
{
    xen_argo_port_t aport; /**< The port. */
    domid_t domain_id;     /**< The domain. */
    /** Padding: write zero; XEN_ARGO_OP_sendv refuses any other value
     *  (-XEN_EINVAL). */
    uint16_t pad;
} xen_argo_addr_t;

/** Argument of XEN_ARGO_OP_sendv (arg1): source and destination of a
 *  message. */
typedef struct xen_argo_send_addr
{
    /** IN: sending address; its domain must be the caller or
     *  XEN_ARGO_DOMID_ANY (meaning the caller). */
    xen_argo_addr_t src;
    xen_argo_addr_t dst; /**< IN: destination ring's address. */
} xen_argo_send_addr_t;

/**
 * The start of a registered ring's memory, followed by its data area.
 * Both indexes are byte offsets into `ring`. Xen writes messages at
 * `tx_ptr` and advances it; the receiver consumes at `rx_ptr` and
 * advances that. Equal indexes mean the ring is empty. Each side must
 * access the indexes atomically, since the other side may update its own
 * index at any time.
 */
XEN_EXTENSIONS_BEGIN /* flexible array member */
typedef struct xen_argo_ring
{
    /** IN/OUT: where the receiver reads next; written by the receiver
     *  only. */
    uint32_t rx_ptr;
    uint32_t tx_ptr;        /**< OUT: where Xen writes next; written by Xen only. */
    /** Reserved; makes the data area start on a multiple of the slot
     *  size. */
    uint8_t reserved[56];
    /** The data area, of the length given at registration. */
    uint8_t ring[XEN_FLEX_ARRAY_DIM];
} xen_argo_ring_t;
XEN_EXTENSIONS_END

/** Argument of XEN_ARGO_OP_register_ring (arg1). */
typedef struct xen_argo_register_ring
{
    xen_argo_port_t aport; /**< IN: port the ring receives on. */
    /** IN: the only domain allowed to send to it, or XEN_ARGO_DOMID_ANY. */
    domid_t partner_id;
    /** Padding: write zero; Xen refuses any other value (-XEN_EINVAL). */
    uint16_t pad;
    /** IN: size of the data area, in bytes: a multiple of
     *  XEN_ARGO_MSG_SLOT_SIZE, at most XEN_ARGO_MAX_RING_SIZE, large enough
     *  for a header and two slots. */
    uint32_t len;
} xen_argo_register_ring_t;

/** Argument of XEN_ARGO_OP_unregister_ring (arg1). */
typedef struct xen_argo_unregister_ring
{
    xen_argo_port_t aport; /**< IN: port of the ring. */
    domid_t partner_id;    /**< IN: partner it was registered with. */
    /** Padding: write zero; Xen refuses any other value (-XEN_EINVAL). */
    uint16_t pad;
} xen_argo_unregister_ring_t;

/** Granularity of the data area: every message, header included,
 *  occupies a multiple of this many bytes. */
#define XEN_ARGO_MSG_SLOT_SIZE 0x10

/** @name Ring status flags
 *  Returned in xen_argo_ring_data_ent::flags by XEN_ARGO_OP_notify.
 *  @{ */
#define XEN_ARGO_RING_EXISTS            (1U << 0) /**< A matching ring exists. */
/** The ring accepts any sender, not just one partner. */
#define XEN_ARGO_RING_SHARED            (1U << 1)
#define XEN_ARGO_RING_EMPTY             (1U << 2) /**< The ring holds no message. */
/** `space_required` bytes may be sent now. */
#define XEN_ARGO_RING_SUFFICIENT        (1U << 3)
/** The ring is too small ever to take `space_required` bytes. */
#define XEN_ARGO_RING_EMSGSIZE          (1U << 4)
/** Too many domains already wait for space in this ring; no notification
 *  was queued. */
#define XEN_ARGO_RING_EBUSY             (1U << 5)
/** @} */

/** A query about one ring (XEN_ARGO_OP_notify). */
typedef struct xen_argo_ring_data_ent
{
    /** IN: address of the ring, matched as XEN_ARGO_OP_sendv would. */
    xen_argo_addr_t ring;
    uint16_t flags;            /**< OUT: XEN_ARGO_RING_* flags. */
    uint16_t pad;              /**< Padding: write zero. */
    /** IN: payload size in bytes the caller wants to send; 0 asks nothing
     *  about space. */
    uint32_t space_required;
    /** OUT: largest payload the ring can ever take, in bytes. */
    uint32_t max_message_size;
} xen_argo_ring_data_ent_t;

/** Argument of XEN_ARGO_OP_notify (arg1): a list of ring queries. */
XEN_EXTENSIONS_BEGIN /* flexible array member */
typedef struct xen_argo_ring_data
{
    uint32_t nent;                                 /**< IN: number of entries in `data`. */
    uint32_t pad;                                  /**< Padding: write zero. */
    /** IN/OUT: the queries and their answers. */
    xen_argo_ring_data_ent_t data[XEN_FLEX_ARRAY_DIM];
} xen_argo_ring_data_t;
XEN_EXTENSIONS_END

/** Header Xen writes before each message in a ring. */
XEN_EXTENSIONS_BEGIN /* flexible array member */
struct xen_argo_ring_message_header
{
    /** OUT: length of header and payload, in bytes (before rounding up to
     *  the slot size). */
    uint32_t len;
    /** OUT: sender's address; the domain is vouched for by Xen. */
    xen_argo_addr_t source;
    /** OUT: the type the sender gave XEN_ARGO_OP_sendv. */
    uint32_t message_type;
    uint8_t data[XEN_FLEX_ARRAY_DIM]; /**< OUT: the payload. */
};
XEN_EXTENSIONS_END

/** @} */

/** @defgroup argo_h_ops HYPERVISOR_argo_op operations
 *  @ingroup hdr_argo_h
 *  Checks every operation passes first, in do_argo_op() of
 *  xen/common/argo.c, in this order:
 *  - -XEN_EINVAL: arg3 or arg4 does not fit in 32 bits.
 *  - -XEN_EOPNOTSUPP: Argo is off (Xen booted without `argo=1`).
 *  - the error of xsm_argo_enable() (the default policy allows every
 *    domain).
 *  - -XEN_EOPNOTSUPP: `cmd` is no XEN_ARGO_OP_* number.
 *
 *  A hypervisor built without CONFIG_ARGO has no handler for the
 *  hypercall, which then gives -XEN_ENOSYS. -XEN_ENODEV in the lists below
 *  means the caller has no Argo state of its own (Xen sets it up for each
 *  domain it creates while Argo is on, and drops it when the domain is
 *  destroyed). 32-bit callers reach the same code through compat_argo_op(),
 *  which only converts the buffer list of XEN_ARGO_OP_sendv.
 *  @{ */

/**
 * @name XEN_ARGO_OP_register_ring
 * Register a ring made of the caller's pages, or register an existing one
 * again (e.g. after resuming from hibernation: the new pages replace the
 * old, and `tx_ptr` is kept if still valid). Only 4 KiB pages are
 * supported.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 1 |
 * | Caller         | any domain; XSM: xsm_argo_register_*_source(), allowed by default |
 * | Argument       | struct xen_argo_register_ring, and a list of frames |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Since          | Xen 4.12.0 |
 * | Implemented by | register_ring() in xen/common/argo.c |
 *
 * arg1 is a handle to the struct xen_argo_register_ring; arg2 a handle to
 * an array of xen_argo_gfn_t, the ring's frames in order; arg3 the number
 * of frames (exactly enough for the ring header and `len`); arg4 the
 * XEN_ARGO_REGISTER_FLAG_* flags.
 *
 * Errors:
 * - -XEN_EINVAL: arg3 is more frames than XEN_ARGO_MAX_RING_SIZE needs.
 * - -XEN_EFAULT: the frame list is not accessible.
 * - -XEN_EINVAL: an unknown flag in arg4.
 * - -XEN_EFAULT: arg1 cannot be read.
 * - -XEN_EINVAL: `len` too small, too large or not a multiple of
 *   XEN_ARGO_MSG_SLOT_SIZE; arg3 not the frame count `len` needs; or
 *   `pad` not zero.
 * - -XEN_EPERM: `partner_id` is XEN_ARGO_DOMID_ANY and Xen was not booted
 *   with `argo=mac-permissive=1`.
 * - -XEN_ESRCH: `partner_id` names no existing domain.
 * - -XEN_ENOMEM: Xen has no room for its bookkeeping of the ring (and,
 *   for a single partner, of the partner's link to it).
 * - -XEN_ENODEV: the caller has no Argo state.
 * - -XEN_ECONNREFUSED: the partner domain has no Argo state.
 * - -XEN_ENOSPC: the caller's ring count has reached 128 (see below).
 * - -XEN_EEXIST: the ring exists and XEN_ARGO_REGISTER_FLAG_FAIL_EXIST was
 *   given, or it exists with another `len`.
 * - -XEN_ENOMEM: Xen has no room for the ring's frame and mapping tables
 *   (find_ring_mfns() in xen/common/argo.c).
 * - -XEN_EFAULT: an entry of the frame list cannot be read.
 * - -XEN_EAGAIN: a frame is paged out or shared (Xen built with memory
 *   paging or sharing), or (x86) it is a log-dirty frame; try again.
 * - -XEN_EPERM: (x86) a frame is direct-mapped I/O memory.
 * - -XEN_EINVAL: a frame is not RAM of the caller, or Xen cannot take it
 *   as a writable page (a page-table page of a PV guest, for instance).
 * - -XEN_ENOMEM: Xen cannot map the ring's first page (ring_map_page()).
 *
 * Each of the last six errors removes the ring, even one registered
 * before that the call was registering again. Xen adds one to the
 * caller's ring count on every successful call, a repeated registration
 * included, but takes off only one per ring removed (by
 * XEN_ARGO_OP_unregister_ring, or when the partner domain goes away); a
 * ring that a failed repeat removed stays counted.
 * @{ */
#define XEN_ARGO_OP_register_ring     1

/** Flag: fail with -XEN_EEXIST instead of re-registering when the ring
 *  already exists. */
#define XEN_ARGO_REGISTER_FLAG_FAIL_EXIST  0x1
/** @} */

/**
 * @name XEN_ARGO_OP_unregister_ring
 * Remove a registered ring; nothing more can be sent to it.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 2 |
 * | Caller         | the domain that registered the ring; no further XSM hook |
 * | Argument       | struct xen_argo_unregister_ring (arg1); arg2 null, arg3 and arg4 zero |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Since          | Xen 4.12.0 |
 * | Implemented by | unregister_ring() in xen/common/argo.c |
 *
 * Errors:
 * - -XEN_EINVAL: arg2 is not null, or arg3 or arg4 is not zero.
 * - -XEN_EFAULT: arg1 cannot be read.
 * - -XEN_EINVAL: `pad` is not zero.
 * - -XEN_ENODEV: the caller has no Argo state.
 * - -XEN_ENOENT: the caller has no ring with that port and partner.
 * @{ */
#define XEN_ARGO_OP_unregister_ring     2
/** @} */

/**
 * @name XEN_ARGO_OP_sendv
 * Send one message, gathered from a list of buffers, to a ring. Xen
 * looks first for a ring at the destination address registered for the
 * sender as partner, then for one accepting any sender. If the ring has
 * no room now, the call fails with -XEN_EAGAIN and Xen raises VIRQ_ARGO
 * in the sender once there is room.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 3 |
 * | Caller         | any domain; XSM: xsm_argo_send(), allowed by default |
 * | Argument       | struct xen_argo_send_addr, and a list of xen_argo_iov_t |
 * | Returns        | the payload length sent, in bytes |
 * | Errors         | listed below |
 * | Since          | Xen 4.12.0 |
 * | Implemented by | sendv() in xen/common/argo.c |
 *
 * arg1 is a handle to the struct xen_argo_send_addr; arg2 a handle to an
 * array of xen_argo_iov_t; arg3 the number of buffers (at most
 * XEN_ARGO_MAXIOV); arg4 the message type, 32 bits for the receiver's
 * use.
 *
 * Errors:
 * - -XEN_EFAULT: arg1 cannot be read.
 * - -XEN_EINVAL: arg3 is above XEN_ARGO_MAXIOV.
 * - -XEN_EFAULT: the buffer list cannot be read.
 * - -XEN_EINVAL: `pad` of `src` or `dst` is not zero.
 * - -XEN_EPERM: `src.domain_id` is neither the caller nor
 *   XEN_ARGO_DOMID_ANY.
 * - -XEN_ESRCH: `dst.domain_id` names no existing domain.
 * - the error of xsm_argo_send() (none under the default policy).
 * - -XEN_ENODEV: the caller has no Argo state.
 * - -XEN_ECONNREFUSED: the destination has no Argo state, or no ring
 *   there matches.
 * - -XEN_EINVAL: a buffer's `pad` is not zero, or a buffer is longer than
 *   the largest message.
 * - -XEN_EMSGSIZE: the buffers add up to more than the largest message,
 *   or the message could never fit in that ring.
 * - -XEN_EAGAIN: the ring has no room now; a notification is queued.
 * - -XEN_EBUSY: as -XEN_EAGAIN, but 32 senders already wait on that ring,
 *   so no notification is queued.
 * - -XEN_ENOMEM: as -XEN_EAGAIN, but Xen could not queue the
 *   notification.
 * - -XEN_EFAULT: a buffer cannot be read.
 * - -XEN_ENOMEM: Xen cannot map a page of the ring to write the message
 *   into (ring_map_page() in xen/common/argo.c).
 *
 * After an error met while writing (the last two), the message is not
 * published: the ring's `tx_ptr` is left as it was.
 * @{ */
#define XEN_ARGO_OP_sendv               3
/** @} */

/**
 * @name XEN_ARGO_OP_notify
 * Ask about other domains' rings, and have Xen signal pending space.
 * For each entry, Xen sets the XEN_ARGO_RING_* flags. When
 * `space_required` bytes fit now it sets XEN_ARGO_RING_SUFFICIENT and
 * drops any notification pending for that ring; otherwise (unless the
 * request can never be met) it queues one, to be delivered by VIRQ_ARGO.
 * A null arg1 only processes the caller's pending notifications.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 4 |
 * | Caller         | any domain; XSM: xsm_argo_send() per ring, allowed by default |
 * | Argument       | struct xen_argo_ring_data (arg1), or null; arg2 null, arg3 and arg4 zero |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Since          | Xen 4.12.0 |
 * | Implemented by | notify() in xen/common/argo.c |
 *
 * Errors:
 * - -XEN_EINVAL: arg2 is not null, or arg3 or arg4 is not zero.
 * - -XEN_ENODEV: the caller has no Argo state.
 * - -XEN_EFAULT: arg1 cannot be read.
 * - -XEN_EACCES: `nent` is above 256.
 * - -XEN_EFAULT: the entries cannot be accessed.
 * - the error of xsm_argo_send() for an entry's ring (none under the
 *   default policy); the entries after it are left as they were.
 * - -XEN_ENOMEM: Xen could not queue a notification.
 *
 * An entry whose domain does not exist or has no Argo state is answered
 * with no flags set, not with an error.
 * @{ */
#define XEN_ARGO_OP_notify              4
/** @} */

/** @} */

#endif /* __XEN_PUBLIC_ARGO_H__ */
