/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief PV USB (pvUSB): a virtual USB host controller whose root ports
 *        carry USB devices owned by a driver domain.
 *
 * The frontend (Linux `xen-hcd`) presents a USB host controller to the
 * guest; the backend (QEMU's `xen-usb`, or a kernel backend) attaches
 * physical USB devices of its domain to the controller's root ports and
 * performs the transfers (URBs) the guest submits. One connection serves
 * up to USBIF_MAX_PORTNR ports. Two rings are shared, each in one granted
 * page, and one event channel serves both:
 * - the URB ring ("urb-ring"): the frontend's transfer requests and their
 *   completions;
 * - the connection ring ("conn-ring"): the backend reports devices being
 *   plugged into or removed from a port; the frontend only keeps the ring
 *   stocked with empty requests for the backend to answer.
 *
 * XenStore: the frontend's directory is `device/vusb/<n>` (Linux's
 * frontend registers for `vusb`). The backend's is
 * `backend/qusb/<frontend-domid>/<n>` for QEMU's backend, or
 * `backend/vusb/<frontend-domid>/<n>` for a kernel backend; the toolstack
 * picks the kind.
 *
 * Keys in the backend directory, written by the toolstack; the backend
 * and the frontend both read them:
 *
 * - `num-ports`: number of root ports, 1 to USBIF_MAX_PORTNR. Linux's
 *   frontend and QEMU's backend refuse other values.
 * - `usb-ver`: USB version of the controller, 1 (USB 1.1) or 2 (USB 2.0),
 *   values of enum usb_spec_version. Linux's frontend and QEMU's backend
 *   refuse other values.
 * - `port/<p>`, for port p from 1 to `num-ports`: the host device attached
 *   to it as "bus-port" (e.g. "3-1.5"), or empty when none. The toolstack
 *   creates every one empty; QEMU's backend watches them and attaches or
 *   detaches devices as they change.
 *
 * Keys in the frontend directory, written by the frontend:
 *
 * - `urb-ring-ref`: grant reference of the URB ring page.
 * - `conn-ring-ref`: grant reference of the connection ring page.
 * - `event-channel`: the event-channel port.
 * - `protocol`: XEN_IO_PROTO_ABI_* string of the frontend's ABI; native
 *   when absent.
 *
 * Handshake: the backend reads its keys and moves to InitWait. The
 * frontend sets up both rings, writes its keys, queues USB_CONN_RING_SIZE
 * empty requests on the connection ring and moves to Connected (Linux's
 * frontend skips Initialised). QEMU's backend then maps the rings, binds
 * the port, moves to Connected and reports through the connection ring
 * every port that already has a device; it connects once the frontend is
 * Initialised or Connected.
 *
 * Stability: stable (wire protocol). Callers: USB frontends in guests,
 * USB backends (QEMU and others), the toolstack.
 */
#ifndef __XEN_PUBLIC_IO_USBIF_H__
#define __XEN_PUBLIC_IO_USBIF_H__

#include "ring.h"
#include "../grant_table.h"

/** @defgroup hdr_io_usbif_h io/usbif.h
 *  @ingroup xen_io */

/** @defgroup io_usbif_h_version USB versions
 *  @ingroup hdr_io_usbif_h
 *  @{ */
/** Values of the `usb-ver` key. */
enum usb_spec_version {
    USB_VER_UNKNOWN = 0, /**< Not known. */
    USB_VER_USB11,       /**< USB 1.1 (low and full speed). */
    USB_VER_USB20,       /**< USB 2.0 (up to high speed). */
    USB_VER_USB30        /**< USB 3.0; defined, not supported yet. */
};
/** @} */

/** @defgroup io_usbif_h_pipe The pipe word
 *  @ingroup hdr_io_usbif_h
 *  usbif_urb_request::pipe says where a transfer goes and what kind it is.
 *  Bits not listed are zero.
 *
 *  | Bits  | Field | Values |
 *  |-------|-------|--------|
 *  | 4:0   | root port | 1 to USBIF_MAX_PORTNR |
 *  | 5     | unlink | 1: cancel a request (see below) |
 *  | 7     | direction | 0: host to device (OUT), 1: device to host (IN) |
 *  | 14:8  | device address | as assigned on the virtual bus |
 *  | 18:15 | endpoint | 0 to 15 |
 *  | 31:30 | transfer type | USBIF_PIPE_TYPE_* |
 *
 *  With the unlink bit set the request starts no transfer: it cancels
 *  the request named by `u.unlink.unlink_id`.
 *
 *  The accessor macros take and return `uint32_t`-compatible values.
 *  @{ */
#define USBIF_PIPE_PORT_MASK    0x0000001f /**< Root port field (bits 4:0). */
#define USBIF_PIPE_UNLINK       0x00000020 /**< Unlink (cancel) flag, bit 5. */
#define USBIF_PIPE_DIR          0x00000080 /**< Direction flag, bit 7: set for IN. */
#define USBIF_PIPE_DEV_MASK     0x0000007f /**< Device address field, after shifting down. */
#define USBIF_PIPE_DEV_SHIFT    8          /**< Position of the device address field. */
#define USBIF_PIPE_EP_MASK      0x0000000f /**< Endpoint field, after shifting down. */
#define USBIF_PIPE_EP_SHIFT     15         /**< Position of the endpoint field. */
#define USBIF_PIPE_TYPE_MASK    0x00000003 /**< Transfer type field, after shifting down. */
#define USBIF_PIPE_TYPE_SHIFT   30         /**< Position of the transfer type field. */
#define USBIF_PIPE_TYPE_ISOC    0          /**< Isochronous transfer. */
#define USBIF_PIPE_TYPE_INT     1          /**< Interrupt transfer. */
#define USBIF_PIPE_TYPE_CTRL    2          /**< Control transfer. */
#define USBIF_PIPE_TYPE_BULK    3          /**< Bulk transfer. */

/** Root port of @p pipe. */
#define usbif_pipeportnum(pipe)                 ((pipe) & USBIF_PIPE_PORT_MASK)
/** @p pipe with root port @p portnum set (the field must be clear). */
#define usbif_setportnum_pipe(pipe, portnum)    ((pipe) | (portnum))

/** Non-zero if @p pipe asks to cancel a request. */
#define usbif_pipeunlink(pipe)                  ((pipe) & USBIF_PIPE_UNLINK)
/** Non-zero if @p pipe starts a transfer. */
#define usbif_pipesubmit(pipe)                  (!usbif_pipeunlink(pipe))
/** @p pipe with the unlink flag set. */
#define usbif_setunlink_pipe(pipe)              ((pipe) | USBIF_PIPE_UNLINK)

/** Non-zero if @p pipe is an IN (device to host) transfer. */
#define usbif_pipein(pipe)                      ((pipe) & USBIF_PIPE_DIR)
/** Non-zero if @p pipe is an OUT (host to device) transfer. */
#define usbif_pipeout(pipe)                     (!usbif_pipein(pipe))

/** Device address of @p pipe. */
#define usbif_pipedevice(pipe)                  \
        (((pipe) >> USBIF_PIPE_DEV_SHIFT) & USBIF_PIPE_DEV_MASK)

/** Endpoint of @p pipe. */
#define usbif_pipeendpoint(pipe)                \
        (((pipe) >> USBIF_PIPE_EP_SHIFT) & USBIF_PIPE_EP_MASK)

/** Transfer type (USBIF_PIPE_TYPE_*) of @p pipe. */
#define usbif_pipetype(pipe)                    \
        (((pipe) >> USBIF_PIPE_TYPE_SHIFT) & USBIF_PIPE_TYPE_MASK)
/** Non-zero if @p pipe is isochronous. */
#define usbif_pipeisoc(pipe)    (usbif_pipetype(pipe) == USBIF_PIPE_TYPE_ISOC)
/** Non-zero if @p pipe is an interrupt pipe. */
#define usbif_pipeint(pipe)     (usbif_pipetype(pipe) == USBIF_PIPE_TYPE_INT)
/** Non-zero if @p pipe is a control pipe. */
#define usbif_pipectrl(pipe)    (usbif_pipetype(pipe) == USBIF_PIPE_TYPE_CTRL)
/** Non-zero if @p pipe is a bulk pipe. */
#define usbif_pipebulk(pipe)    (usbif_pipetype(pipe) == USBIF_PIPE_TYPE_BULK)
/** @} */

/** @defgroup io_usbif_h_urb The URB ring
 *  @ingroup hdr_io_usbif_h
 *  The frontend queues one request per transfer (or cancellation); the
 *  backend answers each with one response carrying the same `id`, in any
 *  order. A cancellation (unlink) request gets a response of its own, and
 *  a transfer it cancelled still completes with a response carrying an
 *  error status.
 *  @{ */

#define USBIF_MAX_SEGMENTS_PER_REQUEST (16) /**< Capacity of usbif_urb_request::seg. */
#define USBIF_MAX_PORTNR        31          /**< Most root ports one connection can have. */
#define USBIF_RING_SIZE         4096        /**< Size of each ring page, in bytes. */

/** One piece of a transfer buffer: part of one granted page. Pieces are
 *  used in order and together form the buffer. */
struct usbif_request_segment {
    grant_ref_t gref; /**< Grant reference of the page (writable for IN transfers). */
    uint16_t offset;  /**< Start of the piece within the page, in bytes. */
    uint16_t length;  /**< Length of the piece, in bytes; the piece stays within the page. */
};

/** A transfer request (or cancellation), frontend to backend. All fields
 *  are IN. */
struct usbif_urb_request {
    /** Chosen by the frontend, unique among its requests in flight; echoed in the response. */
    uint16_t id;
    uint16_t nr_buffer_segs;      /**< Number of `seg` entries used for the data buffer. */

    uint32_t pipe;                /**< Target and kind of transfer; see @ref io_usbif_h_pipe. */
    uint16_t transfer_flags;      /**< USBIF_SHORT_NOT_OK or 0. */
/** transfer_flags bit: receiving less data than `buffer_length` is an
 *  error rather than a normal completion. */
#define USBIF_SHORT_NOT_OK      0x0001
    uint16_t buffer_length;       /**< Total size of the data buffer, in bytes. */
    /** Transfer-type-specific parameters; 8 bytes, zero where unused
     *  (bulk transfers use none). */
    union {
        /** Control: the 8-byte SETUP packet, as sent on the wire. */
        uint8_t ctrl[8];

        /** Isochronous transfer. The `seg` entries after the
         *  `nr_buffer_segs` data pieces describe a buffer holding
         *  `number_of_packets` frame descriptors, which the backend
         *  updates with each packet's result. */
        struct {
            /** Service interval as Linux's USB core counts it (1 ms frames at low
             *  and full speed, 125 us microframes at high speed); at most 8192. */
            uint16_t interval;
            uint16_t start_frame;        /**< Frame number to start in. */
            uint16_t number_of_packets;  /**< Number of isochronous packets. */
            /** Number of `seg` entries holding the frame descriptors. */
            uint16_t nr_frame_desc_segs;
        } isoc;

        /** Interrupt transfer. */
        struct {
            /** Polling interval, in the same units as `isoc.interval`; at most 8192. */
            uint16_t interval;
            uint16_t pad[3];             /**< Padding: write zero. */
        } intr;

        /** Cancellation (USBIF_PIPE_UNLINK set in `pipe`). */
        struct {
            uint16_t unlink_id;          /**< `id` of the request to cancel. */
            uint16_t pad[3];             /**< Padding: write zero. */
        } unlink;

    } u;

    /** Buffer pieces: `nr_buffer_segs` data pieces, then (isochronous
     *  only) `u.isoc.nr_frame_desc_segs` frame-descriptor pieces. */
    struct usbif_request_segment seg[USBIF_MAX_SEGMENTS_PER_REQUEST];
};
typedef struct usbif_urb_request usbif_urb_request_t;

/** Completion of a URB request, backend to frontend. All fields are
 *  OUT. */
struct usbif_urb_response {
    uint16_t id;           /**< `id` of the request completed. */
    uint16_t start_frame;  /**< Isochronous: frame the transfer started in. */
    /** USBIF_STATUS_* result (for isochronous transfers, see the frame descriptors). */
    int32_t status;
/** @name Completion status (usbif_urb_response::status)
 *  The negated Linux errno values of the conditions.
 *  @{ */
#define USBIF_STATUS_OK         0      /**< Completed normally. */
#define USBIF_STATUS_NODEV      (-19)  /**< No device on the port (any more). */
#define USBIF_STATUS_INVAL      (-22)  /**< Malformed request. */
#define USBIF_STATUS_STALL      (-32)  /**< The endpoint stalled. */
#define USBIF_STATUS_IOERROR    (-71)  /**< Protocol or transmission error. */
#define USBIF_STATUS_BABBLE     (-75)  /**< The device sent more data than expected. */
#define USBIF_STATUS_SHUTDOWN   (-108) /**< Not completed for another reason (e.g. shutdown). */
/** @} */
    int32_t actual_length; /**< Bytes actually transferred. */
    int32_t error_count;   /**< Isochronous: number of packets that failed. */
};
typedef struct usbif_urb_response usbif_urb_response_t;

/** The URB ring types `usbif_urb_sring`, `usbif_urb_front_ring` and
 *  `usbif_urb_back_ring` (ring.h). */
XEN_EXTENSIONS_BEGIN
DEFINE_RING_TYPES(usbif_urb, struct usbif_urb_request, struct usbif_urb_response);
XEN_EXTENSIONS_END
/** Number of slots of the URB ring in its USBIF_RING_SIZE-byte page. */
#define USB_URB_RING_SIZE __CONST_RING_SIZE(usbif_urb, USBIF_RING_SIZE)

/** @} */

/** @defgroup io_usbif_h_conn The connection ring
 *  @ingroup hdr_io_usbif_h
 *  Plug and unplug notices. The frontend keeps the ring filled with empty
 *  requests; the backend consumes one for each notice and answers it with
 *  a response naming the port and the new device speed. The frontend then
 *  queues the request again (with the response's `id`).
 *  @{ */

/** An empty request, frontend to backend: a slot for a future notice. */
struct usbif_conn_request {
    uint16_t id; /**< IN: any value; copied into the response. */
};
typedef struct usbif_conn_request usbif_conn_request_t;

/** A plug or unplug notice, backend to frontend. */
struct usbif_conn_response {
    uint16_t id;           /**< OUT: `id` of the request consumed. */
    uint8_t portnum;       /**< OUT: root port concerned, 1 to `num-ports`. */
    /** OUT: USBIF_SPEED_* of the device now attached; USBIF_SPEED_NONE: unplugged. */
    uint8_t speed;
/** @name Device speeds (usbif_conn_response::speed)
 *  @{ */
#define USBIF_SPEED_NONE        0 /**< No device: the port is now empty. */
#define USBIF_SPEED_LOW         1 /**< Low speed (1.5 Mbit/s). */
#define USBIF_SPEED_FULL        2 /**< Full speed (12 Mbit/s). */
#define USBIF_SPEED_HIGH        3 /**< High speed (480 Mbit/s). */
/** @} */
};
typedef struct usbif_conn_response usbif_conn_response_t;

/** The connection ring types `usbif_conn_sring`, `usbif_conn_front_ring`
 *  and `usbif_conn_back_ring` (ring.h). */
XEN_EXTENSIONS_BEGIN
DEFINE_RING_TYPES(usbif_conn, struct usbif_conn_request, struct usbif_conn_response);
XEN_EXTENSIONS_END
/** Number of slots of the connection ring in its USBIF_RING_SIZE-byte
 *  page. */
#define USB_CONN_RING_SIZE __CONST_RING_SIZE(usbif_conn, USBIF_RING_SIZE)

/** @} */

#endif /* __XEN_PUBLIC_IO_USBIF_H__ */
