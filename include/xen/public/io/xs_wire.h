/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief XenStore wire protocol: message header, operation codes, error
 *        names and the shared ring page of a domain's connection.
 *
 * A XenStore client (a guest kernel, the toolstack's libxenstore) talks to
 * the XenStore daemon with messages. Each message is a struct xsd_sockmsg
 * header followed by `len` bytes of payload, usually NUL-terminated
 * strings whose syntax depends on the operation. A reply carries the
 * request's type, `req_id` and `tx_id`; a failed request is answered with
 * type XS_ERROR and the name of an errno value ("ENOENT") as payload.
 *
 * Local clients exchange messages over a socket. A domain uses one shared
 * page, struct xenstore_domain_interface: two byte rings of
 * XENSTORE_RING_SIZE bytes with free-running 32-bit indices (the byte at
 * stream offset `x` lives at `x % XENSTORE_RING_SIZE`), signalled through
 * an event channel. The writer of a ring copies its bytes in, issues a
 * write barrier, then advances the producer index; the reader reads the
 * producer index, issues a read barrier, copies the bytes out, then
 * advances the consumer index. Indices may start at any value, and
 * `prod - cons` (modulo 2^32) must never exceed XENSTORE_RING_SIZE: a
 * larger difference is a corrupt ring (XENSTORE_ERROR_RINGIDX).
 *
 * Stability: stable. Callers: guest XenStore drivers, xenstored and
 * oxenstored, libxenstore, the domain builder (which sets up the page).
 */
#ifndef _XS_WIRE_H
#define _XS_WIRE_H

#include "../xen-public-base.h"

/** @defgroup hdr_io_xs_wire_h io/xs_wire.h
 *  @ingroup xen_io */

/** @defgroup io_xs_wire_h_msg Messages
 *  @ingroup hdr_io_xs_wire_h
 *  Operation codes, the message header and the error names.
 *  @{ */

/** Operation code of a message: the `type` of struct xsd_sockmsg. The
 *  request and its reply carry the same code. */
enum xsd_sockmsg_type
{
    /** Implementation-defined control command for the daemon (logging,
     *  live update, quota reports); payload: command and parameters. */
    XS_CONTROL              = 0,
    /** List the names of a node's children. */
    XS_DIRECTORY            = 1,
    /** Read a node's value. */
    XS_READ                 = 2,
    /** Read a node's permission list. */
    XS_GET_PERMS            = 3,
    /** Register a watch: a path (or a special `@...` event) and a token. */
    XS_WATCH                = 4,
    /** Remove a watch registered with the same path and token. */
    XS_UNWATCH              = 5,
    /** Open a transaction; the reply holds its id for `tx_id`. */
    XS_TRANSACTION_START    = 6,
    /** Commit ("T") or abandon ("F") the transaction in `tx_id`. */
    XS_TRANSACTION_END      = 7,
    /** Toolstack: connect the daemon to a new domain's ring page. */
    XS_INTRODUCE            = 8,
    /** Toolstack: disconnect the daemon from a domain. */
    XS_RELEASE              = 9,
    /** Ask for a domain's home path (`/local/domain/<domid>`). */
    XS_GET_DOMAIN_PATH      = 10,
    /** Write a node's value, creating missing parents. */
    XS_WRITE                = 11,
    /** Create a node (and missing parents) if absent. */
    XS_MKDIR                = 12,
    /** Delete a node and everything below it. */
    XS_RM                   = 13,
    /** Replace a node's permission list. */
    XS_SET_PERMS            = 14,
    /** Daemon to client only: a watched path changed; payload: path and
     *  token; `req_id` and `tx_id` are 0. */
    XS_WATCH_EVENT          = 15,
    /** Daemon to client only: the request failed; payload: errno name. */
    XS_ERROR                = 16,
    /** Ask whether the daemon is connected to a domain ("T" or "F"). */
    XS_IS_DOMAIN_INTRODUCED = 17,
    /** Toolstack: re-arm domain shutdown events after a resume. */
    XS_RESUME               = 18,
    /** Toolstack: let one domain act on behalf of another (device
     *  models, stub domains). */
    XS_SET_TARGET           = 19,
    /* 20 was a restriction operation; it has been withdrawn and the code
     * is invalid. */
    /** Drop all watches and transactions of the caller. */
    XS_RESET_WATCHES        = 21,
    /** Like XS_DIRECTORY, for lists larger than one payload: takes a byte
     *  offset into the list and returns a generation count first. */
    XS_DIRECTORY_PART       = 22,
    /** Read the feature bits offered to a domain. */
    XS_GET_FEATURE          = 23,
    /** Toolstack: set the feature bits offered to a domain before it is
     *  introduced. */
    XS_SET_FEATURE          = 24,
    /** Read a quota, per domain or global. */
    XS_GET_QUOTA            = 25,
    /** Toolstack: set a quota, per domain or global. */
    XS_SET_QUOTA            = 26,

    /** One more than the highest operation code defined. */
    XS_TYPE_COUNT           = 27,

    /** A code that will never be assigned to an operation. */
    XS_INVALID              = 0xffff
};

/** Former name of XS_CONTROL. */
#define XS_DEBUG XS_CONTROL

/** One entry of the table mapping errno values to the names XenStore
 *  sends in XS_ERROR replies (names travel, numbers do not, because
 *  numbers differ between operating systems). */
struct xsd_errors
{
    int errnum;            /**< The local errno value. */
    const char *errstring; /**< Its name as sent on the wire, e.g. "EINVAL". */
};

#ifdef EINVAL
/** Table entry for errno name @p x: its local value and its spelling. */
#define XSD_ERROR(x) { (x), #x }
/**
 * The errno names XenStore uses, with this system's values. Defined only
 * when the includer has `<errno.h>` in scope (it tests `EINVAL`). Existing
 * entries keep their position; new names are only ever appended.
 */
static const struct xsd_errors xsd_errors[]
#if defined(__GNUC__)
__attribute__((unused))
#endif
    = {
    XSD_ERROR(EINVAL),
    XSD_ERROR(EACCES),
    XSD_ERROR(EEXIST),
    XSD_ERROR(EISDIR),
    XSD_ERROR(ENOENT),
    XSD_ERROR(ENOMEM),
    XSD_ERROR(ENOSPC),
    XSD_ERROR(EIO),
    XSD_ERROR(ENOTEMPTY),
    XSD_ERROR(ENOSYS),
    XSD_ERROR(EROFS),
    XSD_ERROR(EBUSY),
    XSD_ERROR(EAGAIN),
    XSD_ERROR(EISCONN),
    XSD_ERROR(E2BIG),
    XSD_ERROR(EPERM),
};
#endif

/** Header of every message, in both directions. All fields are in the
 *  byte order of the machine (client and daemon share it). */
struct xsd_sockmsg
{
    uint32_t type;   /**< An enum xsd_sockmsg_type value. */
    uint32_t req_id; /**< Chosen by the client; the reply echoes it, which
                          is how replies are matched to requests (the daemon
                          may answer out of order). */
    uint32_t tx_id;  /**< Transaction the request belongs to, 0 for none. */
    uint32_t len;    /**< Payload bytes after the header; at most
                          XENSTORE_PAYLOAD_MAX. */
};

/** Position of the fields in the payload of an XS_WATCH_EVENT message
 *  (NUL-separated strings). */
enum xs_watch_type
{
    XS_WATCH_PATH = 0,  /**< The path that changed. */
    XS_WATCH_TOKEN      /**< The token given when the watch was set. */
};

/** @} */

/** @defgroup io_xs_wire_h_ring Shared ring page
 *  @ingroup hdr_io_xs_wire_h
 *  The page through which a domain talks to XenStore.
 *  @{ */

/** Bytes in each of the two rings of the page. */
#define XENSTORE_RING_SIZE 1024
/** A free-running byte offset into one ring's stream. */
typedef uint32_t XENSTORE_RING_IDX;
/** Offset into a ring's buffer of stream offset @p idx. */
#define MASK_XENSTORE_IDX(idx) ((idx) & (XENSTORE_RING_SIZE - 1))

/** The shared page: 2080 bytes at its start. */
struct xenstore_domain_interface {
    char req[XENSTORE_RING_SIZE]; /**< Client to daemon bytes (requests). */
    char rsp[XENSTORE_RING_SIZE]; /**< Daemon to client bytes (replies and
                                       watch events). */
    XENSTORE_RING_IDX req_cons;   /**< Stream offset of the next request byte
                                       the daemon reads; daemon-written. */
    XENSTORE_RING_IDX req_prod;   /**< Stream offset after the last request
                                       byte written; client-written. */
    XENSTORE_RING_IDX rsp_cons;   /**< Next reply byte the client reads;
                                       client-written. */
    XENSTORE_RING_IDX rsp_prod;   /**< After the last reply byte written;
                                       daemon-written. */
    uint32_t server_features;     /**< XENSTORE_SERVER_FEATURE_* bits the
                                       daemon offers; daemon-written, bits
                                       are only ever added. Clients ignore
                                       bits they do not know. */
    uint32_t connection;          /**< XENSTORE_CONNECTED or
                                       XENSTORE_RECONNECT; meaningful only
                                       with the reconnection feature. */
    uint32_t error;               /**< XENSTORE_ERROR_* set by the daemon
                                       when it stopped serving the ring;
                                       meaningful only with the error
                                       feature. Unknown non-zero values are
                                       errors too. */
    uint32_t evtchn_port;         /**< Event channel of the domain's end,
                                       filled in by Xen for domains it
                                       builds itself (dom0less); 0 means
                                       the one given with XS_INTRODUCE. */
};

/** Largest payload of one message, either direction. A client that
 *  sends more gets its connection dropped. */
#define XENSTORE_PAYLOAD_MAX 4096

/** Longest absolute path accepted (longer ones fail with an error). */
#define XENSTORE_ABS_PATH_MAX 3072
/** Longest relative path clients should send. */
#define XENSTORE_REL_PATH_MAX 2048

/** Feature bit: the client may ask for the ring to be reset through
 *  `connection`. */
#define XENSTORE_SERVER_FEATURE_RECONNECTION 1
/** Feature bit: the daemon reports why it stopped in `error`. */
#define XENSTORE_SERVER_FEATURE_ERROR        2
/** Feature bit: XS_WATCH accepts a depth limit as third argument. */
#define XENSTORE_SERVER_FEATURE_WATCHDEPTH   4
/** Feature bit: permissions may name DOMID_ANY. */
#define XENSTORE_SERVER_FEATURE_DOMID_ANY    8

/** `connection`: the ring is in normal use. Only the daemon writes it. */
#define XENSTORE_CONNECTED 0
/** `connection`: a reset is under way. The client writes it to ask for
 *  one; a client may also find it already set when it starts (for
 *  domains Xen builds itself, dom0less). Until the daemon writes
 *  XENSTORE_CONNECTED back, the client ignores every other field. */
#define XENSTORE_RECONNECT 1

/** `error`: none. */
#define XENSTORE_ERROR_NONE    0
/** `error`: the event channel did not work. */
#define XENSTORE_ERROR_COMM    1
/** `error`: a producer or consumer index was impossible. */
#define XENSTORE_ERROR_RINGIDX 2
/** `error`: the client broke the protocol (payload too long). */
#define XENSTORE_ERROR_PROTO   3

/** @} */

#endif /* _XS_WIRE_H */
