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
 * Argo is off unless the hypervisor is booted with it enabled; then
 * every call fails with -XEN_EOPNOTSUPP.
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
    uint32_t pad;                    /**< IN: must be zero. */
} xen_argo_iov_t;

/** An Argo address: a port of a domain. */
typedef struct xen_argo_addr
{
    xen_argo_port_t aport; /**< The port. */
    domid_t domain_id;     /**< The domain. */
    uint16_t pad;          /**< Must be zero when passed in. */
} xen_argo_addr_t;

/** Source and destination of a message (XEN_ARGO_OP_sendv). */
typedef struct xen_argo_send_addr
{
    xen_argo_addr_t src; /**< IN: sending address; its domain must be the caller or XEN_ARGO_DOMID_ANY (meaning the caller). */
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
    uint32_t rx_ptr;        /**< IN/OUT: where the receiver reads next; written by the receiver only. */
    uint32_t tx_ptr;        /**< OUT: where Xen writes next; written by Xen only. */
    uint8_t reserved[56];   /**< Reserved; makes the data area start on a multiple of the slot size. */
    uint8_t ring[XEN_FLEX_ARRAY_DIM]; /**< The data area, of the length given at registration. */
} xen_argo_ring_t;
XEN_EXTENSIONS_END

/** What XEN_ARGO_OP_register_ring registers. */
typedef struct xen_argo_register_ring
{
    xen_argo_port_t aport; /**< IN: port the ring receives on. */
    domid_t partner_id;    /**< IN: the only domain allowed to send to it, or XEN_ARGO_DOMID_ANY. */
    uint16_t pad;          /**< IN: must be zero. */
    uint32_t len;          /**< IN: size of the data area, in bytes: a multiple of XEN_ARGO_MSG_SLOT_SIZE, at most XEN_ARGO_MAX_RING_SIZE, large enough for a header and two slots. */
} xen_argo_register_ring_t;

/** What XEN_ARGO_OP_unregister_ring removes. */
typedef struct xen_argo_unregister_ring
{
    xen_argo_port_t aport; /**< IN: port of the ring. */
    domid_t partner_id;    /**< IN: partner it was registered with. */
    uint16_t pad;          /**< IN: must be zero. */
} xen_argo_unregister_ring_t;

/** Granularity of the data area: every message, header included,
 *  occupies a multiple of this many bytes. */
#define XEN_ARGO_MSG_SLOT_SIZE 0x10

/** @name Ring status flags
 *  Returned in xen_argo_ring_data_ent::flags by XEN_ARGO_OP_notify.
 *  @{ */
#define XEN_ARGO_RING_EXISTS            (1U << 0) /**< A matching ring exists. */
#define XEN_ARGO_RING_SHARED            (1U << 1) /**< The ring accepts any sender, not just one partner. */
#define XEN_ARGO_RING_EMPTY             (1U << 2) /**< The ring holds no message. */
#define XEN_ARGO_RING_SUFFICIENT        (1U << 3) /**< `space_required` bytes may be sent now. */
#define XEN_ARGO_RING_EMSGSIZE          (1U << 4) /**< The ring is too small ever to take `space_required` bytes. */
#define XEN_ARGO_RING_EBUSY             (1U << 5) /**< Too many domains already wait for space in this ring; no notification was queued. */
/** @} */

/** A query about one ring (XEN_ARGO_OP_notify). */
typedef struct xen_argo_ring_data_ent
{
    xen_argo_addr_t ring;      /**< IN: address of the ring, matched as XEN_ARGO_OP_sendv would. */
    uint16_t flags;            /**< OUT: XEN_ARGO_RING_* flags. */
    uint16_t pad;              /**< IN: must be zero. */
    uint32_t space_required;   /**< IN: payload size in bytes the caller wants to send; 0 asks nothing about space. */
    uint32_t max_message_size; /**< OUT: largest payload the ring can ever take, in bytes. */
} xen_argo_ring_data_ent_t;

/** A list of ring queries (XEN_ARGO_OP_notify). */
XEN_EXTENSIONS_BEGIN /* flexible array member */
typedef struct xen_argo_ring_data
{
    uint32_t nent;                                 /**< IN: number of entries in `data`. */
    uint32_t pad;                                  /**< IN: must be zero. */
    xen_argo_ring_data_ent_t data[XEN_FLEX_ARRAY_DIM]; /**< IN/OUT: the queries and their answers. */
} xen_argo_ring_data_t;
XEN_EXTENSIONS_END

/** Header Xen writes before each message in a ring. */
XEN_EXTENSIONS_BEGIN /* flexible array member */
struct xen_argo_ring_message_header
{
    uint32_t len;                  /**< OUT: length of header and payload, in bytes (before rounding up to the slot size). */
    xen_argo_addr_t source;        /**< OUT: sender's address; the domain is vouched for by Xen. */
    uint32_t message_type;         /**< OUT: the type the sender gave XEN_ARGO_OP_sendv. */
    uint8_t data[XEN_FLEX_ARRAY_DIM]; /**< OUT: the payload. */
};
XEN_EXTENSIONS_END

/** @} */

/** @defgroup argo_h_ops HYPERVISOR_argo_op operations
 *  @ingroup hdr_argo_h
 *  Errors every operation may return: -XEN_EOPNOTSUPP (Argo disabled, or
 *  unknown `cmd`), -XEN_EINVAL (arg3 or arg4 wider than 32 bits), the
 *  error of an XSM denial, and -XEN_ENODEV (Argo is not enabled for the
 *  calling domain).
 *  @{ */

/**
 * @name XEN_ARGO_OP_register_ring
 * Register a ring made of the caller's pages, or register an existing one
 * again (e.g. after resuming from hibernation: the new pages replace the
 * old, and `tx_ptr` is kept if still valid). Only 4 KiB pages are
 * supported.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | any domain with Argo enabled |
 * | Argument  | arg1: handle to xen_argo_register_ring_t; arg2: handle to an array of xen_argo_gfn_t, the ring's pages in order; arg3: number of pages (exactly enough for the header and `len`); arg4: XEN_ARGO_REGISTER_FLAG_* flags |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: unknown flag, bad `len`, page count not matching `len`, or non-zero `pad`; -XEN_EPERM: wildcard partner not permitted; -XEN_ESRCH: partner domain does not exist; -XEN_ECONNREFUSED: partner has Argo disabled; -XEN_ENOSPC: the caller already has the most rings allowed; -XEN_EEXIST: the ring exists and XEN_ARGO_REGISTER_FLAG_FAIL_EXIST was given, or it exists with another `len`; -XEN_ENOMEM; -XEN_EFAULT: an argument or a page is inaccessible |
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
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | the domain that registered the ring |
 * | Argument  | arg1: handle to xen_argo_unregister_ring_t; arg2: null; arg3 and arg4: 0 |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: non-zero `pad`, or arg2..arg4 not null/zero; -XEN_ENOENT: no such ring; -XEN_EFAULT: arg1 inaccessible |
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
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | any domain with Argo enabled |
 * | Argument  | arg1: handle to xen_argo_send_addr_t; arg2: handle to an array of xen_argo_iov_t; arg3: number of buffers (at most XEN_ARGO_MAXIOV); arg4: message type (32 bits, for the receiver's use) |
 * | Returns   | the payload length sent, in bytes |
 * | Errors    | -XEN_EAGAIN: not enough room yet; -XEN_EMSGSIZE: the message can never fit; -XEN_EINVAL: too many buffers, non-zero `pad`, or a buffer too long; -XEN_EPERM: source domain is not the caller; -XEN_ESRCH: destination domain does not exist; -XEN_ECONNREFUSED: no matching ring, or the destination has Argo disabled; -XEN_EBUSY: too many senders already wait on that ring; -XEN_EFAULT: an argument or buffer is inaccessible |
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
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | any domain with Argo enabled |
 * | Argument  | arg1: handle to xen_argo_ring_data_t, or null; arg2: null; arg3 and arg4: 0 |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: arg2..arg4 not null/zero; -XEN_EACCES: more than 256 entries; -XEN_EFAULT: the list is inaccessible |
 * @{ */
#define XEN_ARGO_OP_notify              4
/** @} */

/** @} */

#endif /* __XEN_PUBLIC_ARGO_H__ */
