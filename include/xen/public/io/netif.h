/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief PV network interfaces (vif): the transmit, receive and control
 *        rings and the XenStore keys a guest's network driver and its
 *        backend use to exchange Ethernet frames.
 *
 * The frontend (Linux `xen-netfront`, the BSDs, Windows PV drivers) gives
 * the guest an Ethernet interface; the backend (Linux `xen-netback`, or a
 * user-space switch) connects it to a bridge, switch or router in the
 * driver domain. Each queue of the interface has two rings, each in one
 * granted page:
 * - the transmit ring: the frontend posts packets (struct
 *   netif_tx_request), the backend copies or maps them and answers each
 *   slot (struct netif_tx_response);
 * - the receive ring: the frontend posts empty buffers (struct
 *   netif_rx_request), the backend fills them with packets and answers
 *   in the same slots (struct netif_rx_response).
 *
 * Packets longer than one slot's buffer span several slots; checksum and
 * segmentation offload and other metadata ride in "extra info" slots
 * (struct netif_extra_info) interleaved with a packet's data slots. An
 * optional control ring carries out-of-band requests such as the receive
 * hash configuration.
 *
 * Every notification (after queuing requests or responses on any of the
 * rings) is subject to the ring's event index (req_event/rsp_event), as
 * RING_PUSH_*_AND_CHECK_NOTIFY() computes it.
 *
 * The XenStore keys and the connection sequence are in
 * @ref io_netif_h_xenstore.
 *
 * Stability: stable (wire protocol). Callers: network frontends in
 * guests, network backends in driver domains, the toolstack.
 */
#ifndef __XEN_PUBLIC_IO_NETIF_H__
#define __XEN_PUBLIC_IO_NETIF_H__

#include "ring.h"
#include "../grant_table.h"

/** @defgroup hdr_io_netif_h io/netif.h
 *  @ingroup xen_io */

/**
 * @defgroup io_netif_h_xenstore XenStore keys and connection
 *  @ingroup hdr_io_netif_h
 * Keys live in the frontend's directory `device/vif/<n>` or the backend's
 * `backend/vif/<frontend-domid>/<n>`. Values are decimal strings unless
 * stated; booleans are "0" or "1", and an absent key has its default.
 *
 * **Written by the backend** (before it enters InitWait)
 *
 * - `feature-sg` (default 0): accepts transmitted packets spread over
 *   several slots (NETTXF_more_data).
 * - `feature-gso-tcpv4` (default 0): accepts transmitted TCP/IPv4 packets
 *   larger than the MTU, with a GSO extra, and segments them itself.
 * - `feature-gso-tcpv6` (default 0): the same for TCP/IPv6.
 * - `feature-ipv6-csum-offload` (default 0): accepts transmitted IPv6
 *   TCP/UDP packets whose checksum is left blank (NETTXF_csum_blank).
 *   Backends publish no key for IPv4: Linux's and QEMU's accept a blank
 *   IPv4 checksum in every case.
 * - `feature-rx-copy` (default 0): can copy received packets into the
 *   buffers the frontend posts. Linux's and QEMU's backends write "1";
 *   Linux's frontend refuses a backend without it.
 * - `feature-rx-flip` (default 0): obsolete: could hand over received
 *   pages by transferring them. Linux's and QEMU's backends write "0".
 * - `feature-split-event-channels` (default 0): accepts separate event
 *   channels for transmit and receive.
 * - `multi-queue-max-queues` (default 1): most queues (ring pairs) the
 *   frontend may set up.
 * - `feature-multicast-control` (default 0): can filter the multicast
 *   frames it forwards to the frontend (see Multicast control below).
 * - `feature-dynamic-multicast-control` (default 0): also follows changes
 *   of `request-multicast-control` made while connected.
 * - `feature-ctrl-ring` (default 0): can use a control ring (see
 *   @ref io_netif_h_ctrl).
 * - `carrier` (default "1"): link state, "0" no carrier (link down) or
 *   "1" link up; may change while connected.
 *
 * **Written by the frontend** (before it enters Connected, except where
 * noted)
 *
 * - `tx-ring-ref`: grant reference of the transmit ring page.
 * - `rx-ring-ref`: grant reference of the receive ring page.
 * - `event-channel`: the port both rings signal.
 * - `event-channel-tx`, `event-channel-rx`: instead of `event-channel`,
 *   with `feature-split-event-channels`: one port per direction.
 * - `request-rx-copy` (default 0): "1": receive by copy, the only mode
 *   Linux's and QEMU's backends offer; QEMU's refuses to connect without
 *   it.
 * - `feature-rx-notify` (default 0): "1": the frontend notifies the
 *   backend when it posts receive buffers (subject to req_event). Without
 *   it a backend cannot count on a notification when buffers appear:
 *   Linux's then polls the receive ring more often and turns off its
 *   stall detection.
 * - `feature-sg` (default 0): accepts received packets spread over
 *   several slots (NETRXF_more_data).
 * - `feature-gso-tcpv4`, `feature-gso-tcpv6` (default 0): accepts received
 *   TCP packets larger than the MTU, announced by a GSO extra.
 * - `feature-no-csum-offload` (default 0): "1": does not accept received
 *   IPv4 TCP/UDP packets with a blank checksum, so the backend must
 *   complete checksums.
 * - `feature-ipv6-csum-offload` (default 0): "1": accepts received IPv6
 *   TCP/UDP packets with a blank checksum.
 * - `request-multicast-control` (default 0): "1": filter multicast frames
 *   by the frontend's list (see Multicast control below). May be written
 *   after Connected only when the backend offers
 *   `feature-dynamic-multicast-control`.
 * - `multi-queue-num-queues` (default 1): number of queues set up, 1 to
 *   `multi-queue-max-queues`; Linux's backend fails the connection on a
 *   larger number.
 * - `ctrl-ring-ref`, `event-channel-ctrl`: grant reference and port of
 *   the control ring.
 *
 * **Written by the toolstack**
 *
 * - `mac`, in the frontend's directory: the interface's MAC address,
 *   "xx:xx:xx:xx:xx:xx" in hexadecimal. Linux's backend reads the same
 *   key in its own directory and does not connect without it.
 * - `mtu` (default 1500), in the frontend's directory: MTU the frontend
 *   may use, in bytes. Advice only (the frontend may ignore it), mainly
 *   to allow frames longer than 1500 bytes.
 * - `trusted` (default 1), in the frontend's directory: "0": the frontend
 *   should treat the backend as potentially hostile and protect itself.
 *
 * **Queues.** A frontend using one queue writes the ring and event-channel
 * keys at the top level, exactly as one that ignores multi-queue. A
 * frontend using n > 1 queues writes `multi-queue-num-queues` = n and puts
 * each queue's `tx-ring-ref`, `rx-ring-ref` and event-channel key(s)
 * under `queue-0` ... `queue-<n-1>` instead (e.g.
 * `queue-1/event-channel-rx`). Split event channels are optional with
 * queues. The backend may refuse the whole connection when these keys do
 * not agree (for instance when fewer queue directories exist than
 * announced). Neither side negotiates which queue a packet uses: each
 * sender chooses, and each receiver accepts packets on every queue.
 *
 * **Multicast control.** If `request-multicast-control` is "1" when the
 * backend samples it (on the frontend's switch to Connected, or whenever
 * it changes, with `feature-dynamic-multicast-control`), the backend stops
 * flooding multicast frames to the frontend and forwards only those whose
 * destination is in the frontend's list. The frontend edits the list at
 * any time with XEN_NETIF_EXTRA_TYPE_MCAST_ADD and _DEL extras.
 *
 * **Connection.** The backend publishes its keys and enters InitWait. The
 * frontend reads them, sets up its rings, writes its keys and enters
 * Connected. The backend then reads the frontend's keys, maps the rings,
 * binds the ports and enters Connected. Linux's and QEMU's backends act
 * on the frontend's Connected only; they ignore Initialised.
 *
 * **Slots per packet.** Old drivers assumed both ends shared Linux's
 * limit on the fragments of a packet. A backend must accept a transmitted
 * packet of up to XEN_NETIF_NR_SLOTS_MIN slots.
 * @{ */

/** Fewest slots a backend must accept in one transmitted packet (the
 *  fragment limit of older Linux kernels, which frontends rely on). */
#define XEN_NETIF_NR_SLOTS_MIN 18

/** @} */

/**
 * @defgroup io_netif_h_ctrl The control ring
 *  @ingroup hdr_io_netif_h
 * An optional third ring for configuration too large for XenStore. The
 * backend announces `feature-ctrl-ring`; the frontend grants one page for
 * the ring, binds a port and writes `ctrl-ring-ref` and
 * `event-channel-ctrl` before it enters Connected. Each struct
 * xen_netif_ctrl_request gets exactly one struct xen_netif_ctrl_response,
 * not necessarily in order; `id` pairs them.
 *
 * **Receive-side hashing.** With several queues the frontend can make
 * the backend steer received packets to queues by a hash of their
 * headers, and receive the hash in a XEN_NETIF_EXTRA_TYPE_HASH extra. It
 * selects an algorithm, the header fields to hash (hash types), a key, and
 * a mapping table from hash to queue. The backend takes the hash modulo
 * the table size, looks up the queue in the table, and delivers the
 * packet there; with no table (size 0) the hash modulo the number of
 * queues is the queue. When a packet matches several enabled types the
 * most specific is used (e.g. IPv4+TCP rather than IPv4 for a TCP
 * packet).
 *
 * **Messages.** Unused `data[]` words of a request must be zero. In
 * every case status XEN_NETIF_CTRL_STATUS_NOT_SUPPORTED means the backend
 * does not implement the message; response data is 0 unless listed.
 *
 * Each message below gives its request words, the statuses it can return
 * besides SUCCESS and NOT_SUPPORTED, and the response `data`:
 *
 * - SET_HASH_ALGORITHM: `data[0]` a XEN_NETIF_CTRL_HASH_ALGORITHM_*.
 *   INVALID_PARAMETER: the algorithm is not supported.
 * - GET_HASH_FLAGS: no arguments. Response data: the
 *   XEN_NETIF_CTRL_HASH_TYPE_* bits the backend supports.
 * - SET_HASH_FLAGS: `data[0]` the XEN_NETIF_CTRL_HASH_TYPE_* bits to
 *   enable (0 turns hashing off). INVALID_PARAMETER: a bit is unknown or
 *   unsupported.
 * - SET_HASH_KEY: `data[0]` grant reference of a page holding the key
 *   from its first byte (read-only suffices); `data[1]` the key length,
 *   in bytes. INVALID_PARAMETER: bad length; BUFFER_OVERFLOW: longer than
 *   the backend supports.
 * - GET_HASH_MAPPING_SIZE: no arguments. Response data: most entries the
 *   mapping table may have; 0 if there is no table (plain modulo only).
 * - SET_HASH_MAPPING_SIZE: `data[0]` the number of table entries (0: no
 *   table, plain modulo). INVALID_PARAMETER: bad size.
 * - SET_HASH_MAPPING: `data[0]` grant reference of a page holding
 *   entries from its first byte (read-only suffices); `data[1]` the
 *   number of entries in it; `data[2]` the index of the first table entry
 *   they replace. INVALID_PARAMETER: bad size or queue number;
 *   BUFFER_OVERFLOW: more entries than the backend supports.
 * - GET_GREF_MAPPING_SIZE: `data[0]` a queue index (0 with one queue).
 *   INVALID_PARAMETER: no such queue. Response data: most grant
 *   references the backend keeps mapped for that queue; 0 if unsupported.
 * - ADD_GREF_MAPPING: `data[0]` a queue index; `data[1]` grant reference
 *   of a page holding struct xen_netif_gref entries (granted writable);
 *   `data[2]` the number of entries. INVALID_PARAMETER: failed, and
 *   nothing was added.
 * - DEL_GREF_MAPPING: arguments as for ADD_GREF_MAPPING.
 *   INVALID_PARAMETER: failed. Response data: the number of entries
 *   removed; each entry's `status` says whether it was.
 *
 * Linux's backend implements the hash messages only; it answers
 * INVALID_PARAMETER where BUFFER_OVERFLOW is listed, and NOT_SUPPORTED to
 * GET_HASH_FLAGS while no algorithm is selected.
 *
 * Details:
 * - Hashing is off until both an algorithm (other than NONE) and hash
 *   types are set; GET_HASH_FLAGS and SET_HASH_FLAGS fail until an
 *   algorithm is selected. Setting the algorithm to NONE or the types to 0
 *   turns hashing off, leaving the backend free to pick queues as it
 *   likes (the initial behaviour).
 * - The key starts empty (all zero bytes). A new key replaces the old one
 *   entirely; bytes past its length count as zero, so a zero length
 *   clears the key (every hash is then zero). Its maximum length depends
 *   on the backend and algorithm but cannot exceed one page.
 * - The mapping table is an array of `uint32_t` queue numbers, each below
 *   `multi-queue-num-queues`. SET_HASH_MAPPING_SIZE discards the old
 *   table and starts a new one filled with zero. A table larger than one
 *   page is written in pieces with several SET_HASH_MAPPING messages,
 *   each touching only the entries it names.
 * - Pages a message references must stay granted until its response has
 *   been received.
 * - Static grant mappings let the frontend have a fixed set of its pages
 *   kept mapped by the backend, so packets in those pages need no
 *   per-packet mapping: add them with ADD_GREF_MAPPING (up to the number
 *   GET_GREF_MAPPING_SIZE reports) before using them on the rings. For
 *   DEL_GREF_MAPPING, entries that name a grant not previously added come
 *   back with status XEN_NETIF_CTRL_STATUS_INVALID_PARAMETER.
 * @{ */

/** @name Hash types
 *  Header fields a hash can cover, as bit numbers (`_` prefix, also used
 *  in the hash extra) and masks (for SET_HASH_FLAGS and GET_HASH_FLAGS).
 *  Offsets are in bytes into the IP packet, which is taken to have no IP
 *  options; the hashed input is the concatenation shown.
 *  @{ */
/** IPv4 addresses: bytes 12-15 (source) then 16-19 (destination); 8 bytes
 *  of input. */
#define _XEN_NETIF_CTRL_HASH_TYPE_IPV4 0
/** Mask of _XEN_NETIF_CTRL_HASH_TYPE_IPV4. */
#define XEN_NETIF_CTRL_HASH_TYPE_IPV4 \
    (1 << _XEN_NETIF_CTRL_HASH_TYPE_IPV4)

/** IPv4 addresses and TCP ports: bytes 12-19 as for IPv4, then 20-21
 *  (source port) and 22-23 (destination port); 12 bytes of input. */
#define _XEN_NETIF_CTRL_HASH_TYPE_IPV4_TCP 1
/** Mask of _XEN_NETIF_CTRL_HASH_TYPE_IPV4_TCP. */
#define XEN_NETIF_CTRL_HASH_TYPE_IPV4_TCP \
    (1 << _XEN_NETIF_CTRL_HASH_TYPE_IPV4_TCP)

/** IPv6 addresses: bytes 8-23 (source) then 24-39 (destination); 32 bytes
 *  of input. */
#define _XEN_NETIF_CTRL_HASH_TYPE_IPV6 2
/** Mask of _XEN_NETIF_CTRL_HASH_TYPE_IPV6. */
#define XEN_NETIF_CTRL_HASH_TYPE_IPV6 \
    (1 << _XEN_NETIF_CTRL_HASH_TYPE_IPV6)

/** IPv6 addresses and TCP ports: bytes 8-39 as for IPv6, then 40-41
 *  (source port) and 42-43 (destination port); 36 bytes of input. */
#define _XEN_NETIF_CTRL_HASH_TYPE_IPV6_TCP 3
/** Mask of _XEN_NETIF_CTRL_HASH_TYPE_IPV6_TCP. */
#define XEN_NETIF_CTRL_HASH_TYPE_IPV6_TCP \
    (1 << _XEN_NETIF_CTRL_HASH_TYPE_IPV6_TCP)
/** @} */

/** @name Hash algorithms
 *  Values for SET_HASH_ALGORITHM.
 *  @{ */
/** No hashing (the default). */
#define XEN_NETIF_CTRL_HASH_ALGORITHM_NONE 0

/**
 * Toeplitz hash, as used for receive-side scaling by common NICs. It
 * needs a key. Reading input and key as bit strings, most significant
 * bit of byte 0 first: for every input bit i that is 1, the 32 key bits
 * starting at bit i are XORed into the 32-bit result; key bits past the
 * key's end count as 0. xen_netif_toeplitz_hash() computes it.
 */
#define XEN_NETIF_CTRL_HASH_ALGORITHM_TOEPLITZ 1
/** @} */

#ifdef XEN_NETIF_DEFINE_TOEPLITZ
/**
 * Compute the Toeplitz hash (XEN_NETIF_CTRL_HASH_ALGORITHM_TOEPLITZ) of
 * an input, for systems without an implementation of their own. Defined
 * only when the includer defines `XEN_NETIF_DEFINE_TOEPLITZ`, as a static
 * function of the including translation unit.
 *
 * @param key    the hash key
 * @param keylen length of @p key, in bytes (any length, 0 included)
 * @param buf    the input: the header bytes a hash type selects
 * @param buflen length of @p buf, in bytes
 * @return the 32-bit hash value
 */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((__unused__))
#endif
static uint32_t xen_netif_toeplitz_hash(const uint8_t *key,
                                        unsigned int keylen,
                                        const uint8_t *buf,
                                        unsigned int buflen)
{
    /*
     * `window` holds the 64 key bits that start at the input bit being
     * examined; its top 32 bits are the ones to XOR in. It moves one key
     * bit per input bit and takes in a new key byte after every input
     * byte, so it never runs dry. Only unsigned arithmetic is used.
     */
    uint64_t window = 0;
    uint64_t result = 0;
    unsigned int kpos = 0;
    unsigned int i, b;

    for (i = 0; i < 8; i++) {
        window <<= 8;
        if (kpos < keylen)
            window |= key[kpos++];
    }

    for (i = 0; i < buflen; i++) {
        for (b = 0; b < 8; b++) {
            if ((buf[i] >> (7U - b)) & 1U)
                result ^= window;
            window <<= 1;
        }
        if (kpos < keylen)
            window |= key[kpos++];
    }

    return (uint32_t)(result >> 32);
}
#endif /* XEN_NETIF_DEFINE_TOEPLITZ */

/** A control request (frontend to backend), 16 bytes. */
struct xen_netif_ctrl_request {
    uint16_t id;   /**< IN: chosen by the frontend; echoed in the response. */
    uint16_t type; /**< IN: XEN_NETIF_CTRL_TYPE_* message. */

/** @name Control message types (xen_netif_ctrl_request::type)
 *  @{ */
#define XEN_NETIF_CTRL_TYPE_INVALID               0  /**< Never valid (NOT_SUPPORTED). */
#define XEN_NETIF_CTRL_TYPE_GET_HASH_FLAGS        1  /**< Which hash types the backend supports. */
#define XEN_NETIF_CTRL_TYPE_SET_HASH_FLAGS        2  /**< Enable hash types. */
#define XEN_NETIF_CTRL_TYPE_SET_HASH_KEY          3  /**< Set the hash key. */
#define XEN_NETIF_CTRL_TYPE_GET_HASH_MAPPING_SIZE 4  /**< Largest mapping table supported. */
#define XEN_NETIF_CTRL_TYPE_SET_HASH_MAPPING_SIZE 5  /**< Size (and reset) the mapping table. */
#define XEN_NETIF_CTRL_TYPE_SET_HASH_MAPPING      6  /**< Fill (part of) the mapping table. */
#define XEN_NETIF_CTRL_TYPE_SET_HASH_ALGORITHM    7  /**< Select the hash algorithm. */
#define XEN_NETIF_CTRL_TYPE_GET_GREF_MAPPING_SIZE 8  /**< Static grant mappings a queue may have. */
#define XEN_NETIF_CTRL_TYPE_ADD_GREF_MAPPING      9  /**< Add static grant mappings. */
#define XEN_NETIF_CTRL_TYPE_DEL_GREF_MAPPING     10  /**< Remove static grant mappings. */
/** @} */

    uint32_t data[3]; /**< IN: arguments, by type (see the table above); unused ones 0. */
};

/** A control response (backend to frontend), 12 bytes. */
struct xen_netif_ctrl_response {
    uint16_t id;     /**< OUT: `id` of the request answered. */
    uint16_t type;   /**< OUT: `type` of that request. */
    uint32_t status; /**< OUT: XEN_NETIF_CTRL_STATUS_* result. */

/** @name Control status codes (xen_netif_ctrl_response::status)
 *  @{ */
#define XEN_NETIF_CTRL_STATUS_SUCCESS           0 /**< Done. */
#define XEN_NETIF_CTRL_STATUS_NOT_SUPPORTED     1 /**< The backend does not implement it. */
#define XEN_NETIF_CTRL_STATUS_INVALID_PARAMETER 2 /**< Bad argument, or not valid now. */
#define XEN_NETIF_CTRL_STATUS_BUFFER_OVERFLOW   3 /**< A size exceeds what the backend can hold. */
/** @} */

    uint32_t data;   /**< OUT: result value, by type (see the table above); 0 when none. */
};

/** One entry of the page that ADD_GREF_MAPPING and DEL_GREF_MAPPING
 *  reference (8 bytes). */
struct xen_netif_gref {
       grant_ref_t ref;  /**< IN: the grant reference to map or unmap. */
       uint16_t flags;   /**< IN: XEN_NETIF_CTRLF_GREF_* flags. */

#define _XEN_NETIF_CTRLF_GREF_readonly    0
/** xen_netif_gref::flags: the grant is read-only; map it so. */
#define XEN_NETIF_CTRLF_GREF_readonly    (1U << _XEN_NETIF_CTRLF_GREF_readonly)

       /** OUT: XEN_NETIF_CTRL_STATUS_* of this entry (DEL_GREF_MAPPING); the
        *  frontend need not initialise it. */
       uint16_t status;
};

/** The control ring types `xen_netif_ctrl_sring`,
 *  `xen_netif_ctrl_front_ring` and `xen_netif_ctrl_back_ring` (ring.h). */
XEN_EXTENSIONS_BEGIN
DEFINE_RING_TYPES(xen_netif_ctrl,
                  struct xen_netif_ctrl_request,
                  struct xen_netif_ctrl_response);
XEN_EXTENSIONS_END

/** @} */

/**
 * @defgroup io_netif_h_tx Transmit ring (frontend to backend)
 *  @ingroup hdr_io_netif_h
 * A transmitted packet occupies consecutive request slots:
 *
 * 1. its first data slot: `flags` any NETTXF_*, `size` = the length of
 *    the whole packet in bytes;
 * 2. if that slot has NETTXF_extra_info: one struct netif_extra_info per
 *    slot, each with XEN_NETIF_EXTRA_FLAG_MORE if another extra follows;
 * 3. if the first slot has NETTXF_more_data: further data slots, each
 *    with `size` = its own length and NETTXF_more_data when yet another
 *    follows (the flags of extras do not matter here).
 *
 * The first slot's own length is therefore `size` minus the sizes of the
 * following data slots. Each data slot's bytes lie within one granted
 * page, from `offset`. The backend answers every slot, extras included,
 * with a struct netif_tx_response in the same ring; extras get status
 * NETIF_RSP_NULL. Slots are 12 bytes; responses use only the first 4.
 * @{ */

/** @name Transmit flags (netif_tx_request::flags)
 *  Bit numbers (`_` prefix) and masks.
 *  @{ */
#define _NETTXF_csum_blank     (0)
/** The TCP/UDP checksum is not filled in; the backend (or the receiver's
 *  hardware) must compute it. */
#define  NETTXF_csum_blank     (1U << _NETTXF_csum_blank)

#define _NETTXF_data_validated (1)
/** The packet's checksum is known to be correct (e.g. the packet was
 *  verified on reception before being forwarded). */
#define  NETTXF_data_validated (1U << _NETTXF_data_validated)

#define _NETTXF_more_data      (2)
/** Another data slot of this packet follows. */
#define  NETTXF_more_data      (1U << _NETTXF_more_data)

#define _NETTXF_extra_info     (3)
/** Extra-info slots follow this (first) slot. */
#define  NETTXF_extra_info     (1U << _NETTXF_extra_info)
/** @} */

/** Largest value of the first slot's `size`: the longest packet, in
 *  bytes. */
#define XEN_NETIF_MAX_TX_SIZE 0xFFFF

/** A data slot of a transmitted packet. All fields are IN. */
struct netif_tx_request {
    grant_ref_t gref; /**< Grant reference of the page holding the data (read-only suffices). */
    uint16_t offset;  /**< Start of the data in the page, in bytes. */
    uint16_t flags;   /**< NETTXF_* flags. */
    uint16_t id;      /**< Chosen by the frontend; echoed in the response. */
    /** Bytes: the whole packet in the first slot, this slot's data in the others. */
    uint16_t size;
};
typedef struct netif_tx_request netif_tx_request_t;

/** @} */

/**
 * @defgroup io_netif_h_extra Extra-info slots
 *  @ingroup hdr_io_netif_h
 * Metadata slots that follow the first data slot of a packet, on either
 * ring: after a transmit request with NETTXF_extra_info, or a receive
 * response with NETRXF_extra_info, and after each extra with
 * XEN_NETIF_EXTRA_FLAG_MORE. An extra must fit in a receive slot, so it
 * is 8 bytes; in a 12-byte transmit slot the last 4 bytes are unused.
 *
 * An extra takes the place of a request or response and has no `id`
 * field. On the receive ring the frontend therefore assumes an extra
 * sits in the slot of the request whose buffer it consumed, and the
 * backend must keep it so.
 *
 * | Type | Direction | Payload |
 * |------|-----------|---------|
 * | GSO | both | `u.gso` (1) |
 * | MCAST_ADD, MCAST_DEL | transmit | `u.mcast.addr` (2) |
 * | HASH | both | `u.hash` (3) |
 *
 * 1. The packet exceeds the MTU and is to be cut into TCP segments of at
 *    most `size` payload bytes (for TCP, the MSS); `type` is a
 *    XEN_NETIF_GSO_TYPE_*; `features` are extra segmentation
 *    requirements (none defined).
 * 2. A multicast MAC address to add to or remove from the filter list;
 *    the request carrying it transmits nothing.
 * 3. The hash computed for the packet. A backend with hashing support
 *    accepts it on transmit; a frontend that enabled hashing accepts it
 *    on receive.
 * @{ */

/** @name Extra-info types (netif_extra_info::type)
 *  @{ */
#define XEN_NETIF_EXTRA_TYPE_NONE      (0)  /**< Invalid; never sent. */
#define XEN_NETIF_EXTRA_TYPE_GSO       (1)  /**< Segmentation offload: `u.gso`. */
#define XEN_NETIF_EXTRA_TYPE_MCAST_ADD (2)  /**< Add a multicast address: `u.mcast`. */
#define XEN_NETIF_EXTRA_TYPE_MCAST_DEL (3)  /**< Remove a multicast address: `u.mcast`. */
#define XEN_NETIF_EXTRA_TYPE_HASH      (4)  /**< Packet hash: `u.hash`. */
#define XEN_NETIF_EXTRA_TYPE_MAX       (5)  /**< One past the highest type. */
/** @} */

/** @name Extra-info flags (netif_extra_info::flags)
 *  @{ */
#define _XEN_NETIF_EXTRA_FLAG_MORE (0)
/** Another extra-info slot follows this one. */
#define XEN_NETIF_EXTRA_FLAG_MORE  (1U << _XEN_NETIF_EXTRA_FLAG_MORE)
/** @} */

/** @name GSO types (netif_extra_info::u.gso.type)
 *  @{ */
#define XEN_NETIF_GSO_TYPE_NONE         (0) /**< No segmentation. */
#define XEN_NETIF_GSO_TYPE_TCPV4        (1) /**< TCP/IPv4; the receiver's `feature-gso-tcpv4`. */
#define XEN_NETIF_GSO_TYPE_TCPV6        (2) /**< TCP/IPv6; the receiver's `feature-gso-tcpv6`. */
/** @} */

/** An extra-info slot (8 bytes). */
struct netif_extra_info {
    uint8_t type;  /**< XEN_NETIF_EXTRA_TYPE_*. */
    uint8_t flags; /**< XEN_NETIF_EXTRA_FLAG_*. */
    /** The payload; `type` says which member applies. */
    union {
        /** XEN_NETIF_EXTRA_TYPE_GSO. */
        struct {
            uint16_t size;     /**< Largest payload per segment, in bytes (the TCP MSS). */
            uint8_t type;      /**< XEN_NETIF_GSO_TYPE_*. */
            uint8_t pad;       /**< Padding: write zero. */
            uint16_t features; /**< Extra segmentation requirements; none defined, zero. */
        } gso;
        /** XEN_NETIF_EXTRA_TYPE_MCAST_ADD and _DEL. */
        struct {
            uint8_t addr[6];   /**< The multicast MAC address. */
        } mcast;
        /** XEN_NETIF_EXTRA_TYPE_HASH. */
        struct {
            /** The hash type used, as a bit number (_XEN_NETIF_CTRL_HASH_TYPE_*). */
            uint8_t type;
            uint8_t algorithm; /**< The algorithm used (XEN_NETIF_CTRL_HASH_ALGORITHM_*). */
            uint8_t value[4];  /**< The 32-bit hash, least significant byte first. */
        } hash;
        uint16_t pad[3];       /**< Sizes the payload to 6 bytes. */
    } u;
};
typedef struct netif_extra_info netif_extra_info_t;

/** @} */

/** @addtogroup io_netif_h_tx
 *  @{ */

/** The backend's answer to one transmit slot. All fields are OUT. */
struct netif_tx_response {
    uint16_t id;     /**< `id` of the request answered (meaningless for extras). */
    int16_t  status; /**< NETIF_RSP_* result. */
};
typedef struct netif_tx_response netif_tx_response_t;

/** @} */

/**
 * @defgroup io_netif_h_rx Receive ring (backend to frontend)
 *  @ingroup hdr_io_netif_h
 * The frontend keeps the ring stocked with empty buffers, one granted
 * page (writable) per request. The backend writes each received packet
 * into consecutive posted buffers, answering in the same slots:
 *
 * 1. first data slot: `flags` any NETRXF_*, `status` = this slot's
 *    length in bytes (or a negative NETIF_RSP_* on error);
 * 2. if it has NETRXF_extra_info: extra-info slots as on the transmit
 *    ring;
 * 3. if the first slot has NETRXF_more_data: further data slots, each
 *    with its own length and NETRXF_more_data when another follows.
 *
 * The packet's length is the sum of its data slots' lengths. Slots are 8
 * bytes.
 *
 * Linux's frontend does not look at the response `id` (extras, which
 * overlay it, made that necessary when receive GSO was added); it takes
 * each response to answer the request that was in the same slot. Backends
 * must therefore always respond in the slot of the request whose buffer
 * they used.
 * @{ */

/** A receive buffer (frontend to backend). All fields are IN. */
struct netif_rx_request {
    uint16_t    id;   /**< Chosen by the frontend; echoed in the response. */
    uint16_t    pad;  /**< Padding: write zero. */
    grant_ref_t gref; /**< Grant reference of the buffer page (writable). */
};
typedef struct netif_rx_request netif_rx_request_t;

/** @name Receive flags (netif_rx_response::flags)
 *  Bit numbers (`_` prefix) and masks.
 *  @{ */
#define _NETRXF_data_validated (0)
/** The packet's checksum has been verified. */
#define  NETRXF_data_validated (1U << _NETRXF_data_validated)

#define _NETRXF_csum_blank     (1)
/** The TCP/UDP checksum is not filled in (the packet came from a local
 *  sender using checksum offload). The data is intact; the frontend
 *  completes the checksum if the packet leaves it again. */
#define  NETRXF_csum_blank     (1U << _NETRXF_csum_blank)

#define _NETRXF_more_data      (2)
/** Another data slot of this packet follows. */
#define  NETRXF_more_data      (1U << _NETRXF_more_data)

#define _NETRXF_extra_info     (3)
/** Extra-info slots follow this (first) slot. */
#define  NETRXF_extra_info     (1U << _NETRXF_extra_info)

#define _NETRXF_gso_prefix     (4)
/** Obsolete: the slot carries GSO information ahead of the packet, a
 *  scheme that predates GSO extras. Defined for compatibility only. */
#define  NETRXF_gso_prefix     (1U << _NETRXF_gso_prefix)
/** @} */

/** The backend's answer to one receive slot. All fields are OUT. */
struct netif_rx_response {
    uint16_t id;     /**< `id` of the request whose buffer was used (see the group text). */
    uint16_t offset; /**< Start of the data in the buffer page, in bytes. */
    uint16_t flags;  /**< NETRXF_* flags. */
    /** Bytes of data in this slot if positive; a NETIF_RSP_* error if negative. */
    int16_t  status;
};
typedef struct netif_rx_response netif_rx_response_t;

/** @} */

/** @defgroup io_netif_h_rings Ring types
 *  @ingroup hdr_io_netif_h
 *  @{ */
/** The transmit ring types `netif_tx_sring`, `netif_tx_front_ring` and
 *  `netif_tx_back_ring` (ring.h). */
XEN_EXTENSIONS_BEGIN
DEFINE_RING_TYPES(netif_tx, struct netif_tx_request, struct netif_tx_response);
XEN_EXTENSIONS_END
/** The receive ring types `netif_rx_sring`, `netif_rx_front_ring` and
 *  `netif_rx_back_ring` (ring.h). */
XEN_EXTENSIONS_BEGIN
DEFINE_RING_TYPES(netif_rx, struct netif_rx_request, struct netif_rx_response);
XEN_EXTENSIONS_END
/** @} */

/** @defgroup io_netif_h_status Slot status
 *  @ingroup hdr_io_netif_h
 *  Values of netif_tx_response::status, and the negative values of
 *  netif_rx_response::status.
 *  @{ */
#define NETIF_RSP_DROPPED         (-2) /**< The packet was dropped, not delivered. */
#define NETIF_RSP_ERROR           (-1) /**< The packet was malformed or could not be processed. */
#define NETIF_RSP_OKAY             0   /**< The slot was processed. */
/** No real response: the answer to a slot that held an extra-info
 *  record rather than data. */
#define NETIF_RSP_NULL             1
/** @} */

#endif /* __XEN_PUBLIC_IO_NETIF_H__ */
