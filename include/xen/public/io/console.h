/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief PV console: the shared page carrying a guest's console bytes.
 *
 * A guest's PV console is one shared page holding two byte rings with
 * free-running 32-bit indices: `in` carries keyboard input from the
 * console backend (xenconsoled, QEMU) to the guest, `out` carries the
 * guest's output to the backend. For the first console the domain
 * builder sets up the page and the event channel, and the guest finds
 * them in its start info or HVM parameters. For each further console
 * (XenStore directory `device/console/<n>`) the guest grants a page of its
 * own, allocates an event channel and writes them as `ring-ref` and
 * `port` in that directory (as Linux's hvc_xen does).
 *
 * Other XenStore keys (docs/misc/console.txt): the toolstack writes
 * `type` ("xenconsoled" or "ioemu": which backend serves the console) and,
 * for a named console (a channel), `name` in the frontend directory, and
 * `connection` ("pty" or "socket"), `path` (the socket, with "socket")
 * and `output` in the backend directory; the backend writes the pty's
 * name to `tty` in the frontend directory. The first console's directory
 * is `console`, not `device/console/0`.
 *
 * Each ring has one writer per index: for `out` the guest writes
 * `out_prod` and the backend `out_cons`; for `in` the backend writes
 * `in_prod` and the guest `in_cons`. The byte at stream offset `x` lives at
 * `ring[MASK_XENCONS_IDX(x, ring)]`. A writer copies bytes in, issues a
 * write barrier, advances its producer index and signals the event
 * channel; a reader reads the producer index, issues a read barrier,
 * copies the bytes out, then advances its consumer index. `prod - cons`
 * (modulo 2^32) never exceeds the ring's size; a reader that sees more
 * must treat the page as corrupt.
 *
 * Defining `XEN_WANT_FLEX_CONSOLE_RING` before including this header also
 * generates the byte-ring helpers of ring.h for these rings
 * (`xencons_mask()`, `xencons_queued()`, `xencons_read_packet()`,
 * `xencons_write_packet()`, `xencons_get_ring_ptr()`, `struct
 * xencons_data`); see DEFINE_XEN_FLEX_RING.
 *
 * Stability: stable. Callers: guest console drivers, xenconsoled, QEMU,
 * the domain builder.
 */
#ifndef __XEN_PUBLIC_IO_CONSOLE_H__
#define __XEN_PUBLIC_IO_CONSOLE_H__

#include "../xen-public-base.h"

/** @defgroup hdr_io_console_h io/console.h
 *  @ingroup xen_io */

/** @defgroup io_console_h_page Console page
 *  @ingroup hdr_io_console_h
 *  Layout of the shared console page.
 *  @{ */

/** A free-running byte offset into one console ring's stream. */
typedef uint32_t XENCONS_RING_IDX;

/** Offset into the array @p ring (an array object, not a pointer) of
 *  stream offset @p idx. */
#define MASK_XENCONS_IDX(idx, ring) ((idx) & (sizeof(ring) - 1))

/** `connection`: no backend serves the page yet; output may pile up
 *  unread. The domain builder writes this value when it sets up the
 *  first console's page. */
#define XENCONSOLE_DISCONNECTED 1
/** `connection`: the backend is attached and drains `out`
 *  (xenconsoled writes it when it connects). */
#define XENCONSOLE_CONNECTED    0

/** The shared console page: 3092 bytes at its start. */
struct xencons_interface {
    char in[1024];             /**< Backend to guest bytes (input). */
    char out[2048];            /**< Guest to backend bytes (output). */
    XENCONS_RING_IDX in_cons;  /**< Next input byte the guest reads;
                                    guest-written. */
    XENCONS_RING_IDX in_prod;  /**< After the last input byte written;
                                    backend-written. */
    XENCONS_RING_IDX out_cons; /**< Next output byte the backend reads;
                                    backend-written. */
    XENCONS_RING_IDX out_prod; /**< After the last output byte written;
                                    guest-written. */
    uint8_t connection;        /**< XENCONSOLE_CONNECTED or
                                    XENCONSOLE_DISCONNECTED, written by the
                                    backend. */
};

/** @} */

#ifdef XEN_WANT_FLEX_CONSOLE_RING
#include "ring.h"
/** Byte-ring helpers named `xencons_*` (opt-in, see the file description). */
DEFINE_XEN_FLEX_RING(xencons);
#endif

#endif /* __XEN_PUBLIC_IO_CONSOLE_H__ */
