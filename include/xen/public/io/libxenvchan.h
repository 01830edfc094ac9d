/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief vchan: the shared control page of libxenvchan, a bidirectional
 *        byte-stream channel between two domains.
 *
 * libxenvchan connects a server domain and a client domain. The server
 * allocates the control page below and two data rings, grants them to the
 * client and publishes the grant reference and event channel in XenStore
 * under a path both sides agree on; the client maps them. In
 * libxenvchan (tools/libs/vchan/init.c) the server writes two keys below
 * that path, `ring-ref` (grant reference of the control page) and
 * `event-channel` (its port), both decimal, owned by the server and
 * readable by the client domain alone.
 *
 * There are two rings, each a power-of-two number of bytes whose size is
 * chosen at run time (so the fixed-size macros of ring.h do not apply):
 * `left` carries client-to-server data, `right` server-to-client data.
 * Each has free-running 32-bit indices; the writer advances `prod`, the
 * reader `cons`, and `prod - cons` (modulo 2^32) never exceeds the ring's
 * size. The byte at stream offset `x` is at offset `x % size` of the ring.
 *
 * A ring of order 10 lives inside the control page at offset 1024, one of
 * order 11 at offset 2048; each offset holds a single ring, so the two
 * rings never share an order below 12. A ring of order 12 or more
 * occupies 2^(order-12) pages of its own, whose grant references follow in
 * `grants[]`, first those of `left`, then those of `right`.
 *
 * Stability: stable. Callers: libxenvchan and programs that speak its
 * protocol (e.g. Qubes' qrexec).
 */
#ifndef XEN_PUBLIC_IO_LIBXENVCHAN_H
#define XEN_PUBLIC_IO_LIBXENVCHAN_H

#include "../xen-public-base.h"

/** @defgroup hdr_io_libxenvchan_h io/libxenvchan.h
 *  @ingroup xen_io */

/** @defgroup io_libxenvchan_h_page vchan control page
 *  @ingroup hdr_io_libxenvchan_h
 *  Layout of the page the server shares with the client.
 *  @{ */

/** The two indices of one ring. */
struct ring_shared {
    uint32_t cons; /**< Stream offset of the next byte to read; written by
                        the reader. */
    uint32_t prod; /**< Stream offset after the last byte written; written
                        by the writer. */
};

/** Notification bit: signal the peer after writing data. */
#define VCHAN_NOTIFY_WRITE 0x1
/** Notification bit: signal the peer after reading (freeing space). */
#define VCHAN_NOTIFY_READ 0x2

XEN_EXTENSIONS_BEGIN
/** The control page, at offset 0 of the first shared page. */
struct vchan_interface {
    struct ring_shared left;  /**< Client-to-server ring indices. */
    struct ring_shared right; /**< Server-to-client ring indices. */
    uint16_t left_order;      /**< log2 of the `left` ring's size in bytes;
                                   set by the server, constant once shared. */
    uint16_t right_order;     /**< log2 of the `right` ring's size in bytes;
                                   set by the server, constant once shared. */
    uint8_t cli_live;         /**< Client state: 0 gone, 1 connected, 2 not
                                   connected yet. */
    uint8_t srv_live;         /**< Server state: 0 gone, 1 connected. */
    uint8_t cli_notify;       /**< VCHAN_NOTIFY_* bits the server sets to ask
                                   the client for a signal on that action;
                                   the client clears a bit when it signals. */
    uint8_t srv_notify;       /**< VCHAN_NOTIFY_* bits the client sets to ask
                                   the server for a signal; the server clears
                                   a bit when it signals. */
#if defined(__GNUC__) || defined(__clang__)
    uint32_t grants[0];       /**< Grant references of the rings that have
                                   pages of their own; must end before the
                                   first in-page ring and stay constant
                                   once shared (so a restarted client can
                                   map them again). A zero-length array, as
                                   Xen declares it; other compilers get a
                                   flexible array member of the same
                                   layout. */
#else
    uint32_t grants[XEN_FLEX_ARRAY_DIM];
#endif
};
XEN_EXTENSIONS_END

/** @} */

#endif /* XEN_PUBLIC_IO_LIBXENVCHAN_H */
