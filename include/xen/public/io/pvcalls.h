/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief PV Calls: a guest hands its socket calls (socket, connect, bind,
 *        listen, accept, poll, close) to another domain, which performs
 *        them on its own network stack.
 *
 * Instead of emulating a network card, the frontend forwards the POSIX
 * socket calls of its applications. The backend (Linux `pvcalls-back`,
 * usually in dom0) runs each call on its own sockets and answers with the
 * result, so the guest's connections come out of the backend domain's
 * addresses and see its whole network configuration. A domain has at most
 * one PV Calls frontend. Protocol version: "1".
 *
 * Two kinds of shared memory carry the protocol:
 *
 * - the **command ring**, one page set up at connection time, a classic
 *   ring.h ring (`xen_pvcalls_sring`) of struct xen_pvcalls_request and
 *   struct xen_pvcalls_response, 56 and 24 bytes on every architecture;
 * - for every connected (active) socket, an **indexes page**
 *   (struct pvcalls_data_intf) and a **data ring** of 2^ring_order pages,
 *   granted by the frontend in the PVCALLS_CONNECT or PVCALLS_ACCEPT
 *   request that creates the socket, with an event channel of its own.
 *   Data sent with `send` goes through its `out` half, data received
 *   through its `in` half; this is what replaces sendmsg and recvmsg.
 *
 * **XenStore keys.** The device class is `pvcalls`; all values are
 * decimal strings unless noted.
 *
 * | Key              | Written by | Meaning |
 * |------------------|------------|---------|
 * | `versions`       | backend    | comma-separated protocol versions; "1" |
 * | `max-page-order` | backend    | largest `ring_order` of a data ring, at least 1 |
 * | `function-calls` | backend    | "0": no call; "1": PVCALLS_SOCKET to PVCALLS_POLL |
 * | `version`        | frontend   | the version chosen from `versions`: "1" |
 * | `port`           | frontend   | event channel of the command ring |
 * | `ring-ref`       | frontend   | grant reference of the one-page command ring |
 *
 * Linux's backend (drivers/xen/pvcalls-back.c) writes `versions` "1",
 * `max-page-order` 4 and `function-calls` "1"; it reads `port` and
 * `ring-ref` but not `version`. Linux's frontend refuses a backend whose
 * `versions` is not exactly "1", whose `function-calls` is not 1, or
 * whose `max-page-order` is below the order of its own data rings (4).
 *
 * **Handshake.** The toolstack creates both nodes in Initialising. The
 * backend publishes `versions`, `max-page-order` and `function-calls` and
 * enters InitWait. The frontend allocates and grants the command ring,
 * allocates its event channel, writes `version`, `port` and `ring-ref`
 * and enters Initialised. The backend maps the ring, binds the channel
 * and enters Connected; the frontend follows to Connected. To shut down,
 * the frontend enters Closing; the backend unmaps every grant, unbinds
 * every channel, and enters Closing; the frontend then frees its rings
 * and channels and enters Closed, and the backend follows to Closed. A
 * change of frontend state may drop every data ring with it.
 *
 * **Commands.** The frontend picks `req_id` (any cookie, echoed back) and
 * `cmd`, fills the member of `u` that `cmd` names, pushes the request with
 * RING_PUSH_REQUESTS_AND_CHECK_NOTIFY() and notifies when told to. The
 * backend answers each request once, copying `req_id` and `cmd` into the
 * response, with `ret` 0 on success or a negative error number. Socket
 * ids (`id`, `id_new`) are 64-bit handles the frontend chooses when it
 * creates a socket and uses in every later command on that socket.
 * Requests larger than the 56-byte union would need a new protocol
 * version.
 *
 * **Errors.** `ret` holds minus a Linux errno value, whatever the two
 * domains' operating systems: a frontend on another OS converts them.
 * Among those the commands return: EPERM 1, ENOENT 2, EINTR 4, EIO 5,
 * EBADF 9, EAGAIN/EWOULDBLOCK 11, ENOMEM 12, EACCES 13, EFAULT 14,
 * EBUSY 16, EEXIST 17, EINVAL 22, ENFILE 23, EMFILE 24, ENOSPC 28,
 * ENOSYS 38, ENOTSOCK 88, EOPNOTSUPP 95, EAFNOSUPPORT 97, EADDRINUSE 98,
 * EADDRNOTAVAIL 99, ENOBUFS 105, EISCONN 106, ENOTCONN 107,
 * ETIMEDOUT 110 and ENOTSUP 524, which a backend returns for any command
 * or socket kind it does not implement.
 *
 * **Addresses.** `addr` holds a socket address of `len` bytes (at most
 * 28) in Linux's layout: a 16-bit family in the guest's byte order, then
 * the family's fields; for AF_INET (2) the port and the IPv4 address in
 * network byte order, then zeros. Version 1 supports only the family
 * AF_INET, the type SOCK_STREAM (1) and the protocol 0.
 *
 * Stability: stable (wire protocol). Callers: PV Calls frontends in
 * guests (Linux `pvcalls-front`), backends (Linux `pvcalls-back`), the
 * toolstack.
 */
#ifndef __XEN_PUBLIC_IO_PVCALLS_H__
#define __XEN_PUBLIC_IO_PVCALLS_H__

#include "../grant_table.h"
#include "ring.h"

/** @defgroup hdr_io_pvcalls_h io/pvcalls.h
 *  @ingroup xen_io */

/** @defgroup io_pvcalls_h_data Data rings of active sockets
 *  @ingroup hdr_io_pvcalls_h
 *  Each active socket has an indexes page and a byte-stream data ring.
 *
 *  The data ring is 2^ring_order pages (1 <= ring_order <=
 *  `max-page-order`; the `ref[]` array must fit in the indexes page, so
 *  9 is the practical limit) mapped in the order of `ref[]`. Its first
 *  half is `in` (backend to frontend: bytes received on the socket), its
 *  second half `out` (frontend to backend: bytes to send), each
 *  XEN_FLEX_RING_SIZE(ring_order) bytes.
 *
 *  The indices are free-running byte counts. A writer reads the peer's
 *  consumer index and the error field, issues a full barrier, stops if
 *  the error is set, copies at most `size - (prod - cons)` bytes at
 *  `prod`, issues a write barrier, advances `prod` and notifies. A reader
 *  reads the producer index and the error field, issues a read barrier,
 *  stops if the error is set, copies the bytes up to `prod`, issues a
 *  full barrier, advances `cons` and notifies. Check the peer's index with
 *  XEN_FLEX_RING_IDX_INVALID() before using it. The pvcalls_* helpers of
 *  DEFINE_XEN_FLEX_RING() below do the copying and the accounting.
 *  @{ */

XEN_EXTENSIONS_BEGIN
/** The indexes page of an active socket (one page, granted by the
 *  frontend). Its two halves of indices sit in separate 64-byte lines. */
struct pvcalls_data_intf {
    /** Offset 0: bytes of `in` the frontend has consumed; written by the frontend. */
    RING_IDX in_cons;
    /** Offset 4: bytes the backend has put in `in`; written by the backend. */
    RING_IDX in_prod;
    /** Offset 8: 0, or the (negative) error of a failed receive; written by the
     *  backend. Once set, no more data flows in. An orderly shutdown by the
     *  remote end (a read of 0 bytes) sets it to -ENOTCONN. Never -EAGAIN. */
    RING_IDX in_error;

    uint8_t pad1[52];    /**< Offset 12. Padding: write zero. */

    /** Offset 64: bytes of `out` the backend has consumed; written by the backend. */
    RING_IDX out_cons;
    /** Offset 68: bytes the frontend has put in `out`; written by the frontend. */
    RING_IDX out_prod;
    /** Offset 72: 0, or the (negative) error of a failed send; written by the
     *  backend. Once set, the frontend writes no more. Never -EAGAIN. */
    RING_IDX out_error;

    uint8_t pad2[52];    /**< Offset 76. Padding: write zero. */

    /** Offset 128: log2 of the data ring's page count; set by the frontend
     *  before it sends the request, constant afterwards. */
    RING_IDX ring_order;
    /** Offset 132: grant references of the data ring's 2^ring_order pages,
     *  in order. */
    grant_ref_t ref[XEN_FLEX_ARRAY_DIM];
};
XEN_EXTENSIONS_END

/** Byte-stream helpers of the data rings: pvcalls_mask(),
 *  pvcalls_get_ring_ptr(), pvcalls_read_packet(), pvcalls_write_packet(),
 *  pvcalls_queued() and struct pvcalls_data (see DEFINE_XEN_FLEX_RING()). */
DEFINE_XEN_FLEX_RING(pvcalls);

/** @} */

/** @defgroup io_pvcalls_h_cmds Commands
 *  @ingroup hdr_io_pvcalls_h
 *  Values of the `cmd` field, listed in the order a socket's life uses
 *  them. Each names the member of `u` that carries its arguments and the
 *  POSIX call whose meaning (and errors) it takes.
 *  @{ */
#define PVCALLS_SOCKET         0 /**< socket(): create a socket: `u.socket`. */
#define PVCALLS_CONNECT        1 /**< connect(): connect, set up the data ring: `u.connect`. */
#define PVCALLS_RELEASE        2 /**< close(): destroy a socket and its data ring: `u.release`. */
#define PVCALLS_BIND           3 /**< bind(): give a socket a local address: `u.bind`. */
#define PVCALLS_LISTEN         4 /**< listen(): make a bound socket passive: `u.listen`. */
#define PVCALLS_ACCEPT         5 /**< accept(): take a pending connection: `u.accept`. */
#define PVCALLS_POLL           6 /**< poll(): wait for a pending connection: `u.poll`. */
/** @} */

/** @defgroup io_pvcalls_h_ring Command ring
 *  @ingroup hdr_io_pvcalls_h
 *  The frontend's requests and the backend's responses. Offsets are in
 *  bytes from the start of the ring entry.
 *  @{ */

/** A command, from frontend to backend (56 bytes). */
struct xen_pvcalls_request {
    uint32_t req_id; /**< Offset 0: cookie chosen by the frontend; the response carries it back. */
    uint32_t cmd;    /**< Offset 4: PVCALLS_* command. */
    /** Offset 8: the arguments of `cmd`. */
    union {
        /** PVCALLS_SOCKET: create a socket. Errors: those of socket(),
         *  ENOTSUP for an unsupported domain, type or protocol. */
        struct xen_pvcalls_socket {
            /** New socket's id, chosen by the frontend, unused by its other sockets. */
            uint64_t id;
            uint32_t domain;   /**< Address family (Linux numbering): AF_INET (2). */
            uint32_t type;     /**< Socket type (Linux numbering): SOCK_STREAM (1). */
            uint32_t protocol; /**< Protocol: 0. */
            uint8_t pad[4];    /**< Padding: write zero. */
        } socket;              /**< Arguments of PVCALLS_SOCKET. */
        /** PVCALLS_CONNECT: connect socket `id` to `addr`, then map the
         *  indexes page `ref` and the data ring it lists, and bind
         *  `evtchn` to it; answered once the connection is up. Errors:
         *  those of connect(). */
        struct xen_pvcalls_connect {
            uint64_t id;       /**< The socket to connect. */
            uint8_t addr[28];  /**< Peer address, `len` bytes used (see the file overview). */
            uint32_t len;      /**< Bytes of `addr` used, at most 28. */
            uint32_t flags;    /**< Reserved: write zero. */
            grant_ref_t ref;   /**< Grant reference of the socket's indexes page. */
            uint32_t evtchn;   /**< Event channel (port in the frontend) of the data ring. */
            uint8_t pad[4];    /**< Padding: write zero. */
        } connect;             /**< Arguments of PVCALLS_CONNECT. */
        /** PVCALLS_RELEASE: close socket `id`, active or passive. For an
         *  active one the backend also unmaps its data ring and indexes
         *  page and unbinds its channel before it answers; the frontend
         *  may free them once the answer arrives. Errors: those of
         *  shutdown(). */
        struct xen_pvcalls_release {
            uint64_t id;       /**< The socket to close. */
            /** 1: a hint that the same indexes page, data ring and channel
             *  will come back with a later active socket (found by its
             *  `ref`), so the backend may keep them mapped; ignored for
             *  passive sockets and free to be ignored. 0: no such promise. */
            uint8_t reuse;
            uint8_t pad[7];    /**< Padding: write zero. */
        } release;             /**< Arguments of PVCALLS_RELEASE. */
        /** PVCALLS_BIND: give socket `id` the local address `addr`; the
         *  first of bind, listen, accept that make a passive socket.
         *  Errors: those of bind(). */
        struct xen_pvcalls_bind {
            uint64_t id;       /**< The socket to bind. */
            uint8_t addr[28];  /**< Local address, `len` bytes used (see the file overview). */
            uint32_t len;      /**< Bytes of `addr` used, at most 28. */
        } bind;                /**< Arguments of PVCALLS_BIND. */
        /** PVCALLS_LISTEN: make bound socket `id` passive. Errors: those
         *  of listen(). */
        struct xen_pvcalls_listen {
            uint64_t id;       /**< The socket to make passive. */
            uint32_t backlog;  /**< Most pending connections to queue. */
            uint8_t pad[4];    /**< Padding: write zero. */
        } listen;              /**< Arguments of PVCALLS_LISTEN. */
        /** PVCALLS_ACCEPT: take the next pending connection of passive
         *  socket `id` as the new active socket `id_new`, with the indexes
         *  page `ref` and channel `evtchn` set up as for PVCALLS_CONNECT.
         *  The backend answers only once a connection has been accepted
         *  (never with EAGAIN). Errors: those of accept(). */
        struct xen_pvcalls_accept {
            uint64_t id;       /**< The passive socket. */
            uint64_t id_new;   /**< Id for the new connection, chosen by the frontend. */
            grant_ref_t ref;   /**< Grant reference of the new socket's indexes page. */
            uint32_t evtchn;   /**< Event channel (port in the frontend) of its data ring. */
        } accept;              /**< Arguments of PVCALLS_ACCEPT. */
        /** PVCALLS_POLL: ask to be answered when passive socket `id` has
         *  a connection to accept. Active sockets are not polled: the
         *  frontend watches their indexes page. Errors: those of poll(). */
        struct xen_pvcalls_poll {
            uint64_t id;       /**< The passive socket. */
        } poll;                /**< Arguments of PVCALLS_POLL. */
        /** Sizes the union to 56 bytes on every architecture. */
        struct xen_pvcalls_dummy {
            uint8_t dummy[56]; /**< Not used. */
        } dummy;               /**< Size placeholder. */
    } u;
};

/** The answer to a command, from backend to frontend (24 bytes). Every
 *  member of `u` holds the `id` of the request (for PVCALLS_ACCEPT, the
 *  passive socket's). */
struct xen_pvcalls_response {
    uint32_t req_id; /**< Offset 0: the request's `req_id`. */
    uint32_t cmd;    /**< Offset 4: the request's `cmd`. */
    int32_t ret;     /**< Offset 8: 0 on success, or minus a Linux errno value (see the file
                          overview); -ENOTSUP for a command the backend does not implement. */
    uint32_t pad;    /**< Offset 12. Padding: write zero. */
    /** Offset 16: the socket the answer is about. */
    union {
        /** Answer to PVCALLS_SOCKET. */
        struct _xen_pvcalls_socket {
            uint64_t id;      /**< The request's `id`. */
        } socket;             /**< For PVCALLS_SOCKET. */
        /** Answer to PVCALLS_CONNECT. */
        struct _xen_pvcalls_connect {
            uint64_t id;      /**< The request's `id`. */
        } connect;            /**< For PVCALLS_CONNECT. */
        /** Answer to PVCALLS_RELEASE. */
        struct _xen_pvcalls_release {
            uint64_t id;      /**< The request's `id`. */
        } release;            /**< For PVCALLS_RELEASE. */
        /** Answer to PVCALLS_BIND. */
        struct _xen_pvcalls_bind {
            uint64_t id;      /**< The request's `id`. */
        } bind;               /**< For PVCALLS_BIND. */
        /** Answer to PVCALLS_LISTEN. */
        struct _xen_pvcalls_listen {
            uint64_t id;      /**< The request's `id`. */
        } listen;             /**< For PVCALLS_LISTEN. */
        /** Answer to PVCALLS_ACCEPT. */
        struct _xen_pvcalls_accept {
            uint64_t id;      /**< The request's `id` (the passive socket). */
        } accept;             /**< For PVCALLS_ACCEPT. */
        /** Answer to PVCALLS_POLL. */
        struct _xen_pvcalls_poll {
            uint64_t id;      /**< The request's `id`. */
        } poll;               /**< For PVCALLS_POLL. */
        /** Sizes the union to 8 bytes on every architecture. */
        struct _xen_pvcalls_dummy {
            uint8_t dummy[8]; /**< Not used. */
        } dummy;              /**< Size placeholder. */
    } u;
};

/** The command ring's types: `xen_pvcalls_sring`, `xen_pvcalls_front_ring`
 *  and `xen_pvcalls_back_ring` (see DEFINE_RING_TYPES()). */
DEFINE_RING_TYPES(xen_pvcalls, struct xen_pvcalls_request,
                  struct xen_pvcalls_response);

/** @} */

#endif /* __XEN_PUBLIC_IO_PVCALLS_H__ */
