/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief PV keyboard and pointer (vkbd): input events from a backend (a
 *        display such as QEMU's VNC/SDL, or a dedicated input backend) to
 *        a guest's input driver.
 *
 * The frontend (Linux `xen-kbdfront`) owns one shared page, laid out as
 * struct xenkbd_page, holding two event rings: the "in" ring carries key,
 * button, pointer and multi-touch events from the backend to the
 * frontend; the "out" ring (frontend to backend) has no events defined
 * yet. It is the input companion of the PV framebuffer (fbif.h) and works
 * the same way.
 *
 * XenStore keys. All values are decimal strings; a feature or request key
 * holds "1" when set and "0" or nothing when not. The XENKBD_FIELD_*
 * macros spell the key names.
 *
 * | Key                        | By       | Meaning |
 * |----------------------------|----------|---------|
 * | `feature-disable-keyboard` | backend  | "1": create no keyboard device |
 * | `feature-disable-pointer`  | backend  | "1": create no pointer device |
 * | `feature-abs-pointer`      | backend  | "1": it can send XENKBD_TYPE_POS |
 * | `feature-raw-pointer`      | backend  | "1": it can send unscaled positions |
 * | `feature-multi-touch`      | backend  | "1": it can send XENKBD_TYPE_MTOUCH |
 * | `unique-id`                | backend  | string naming this instance (a UUID, say) |
 * | `width`, `height`          | backend  | pointer X and Y maximum, pixels |
 * | `multi-touch-num-contacts` | backend  | most contacts down at once |
 * | `multi-touch-width`        | backend  | touch surface width, pixels |
 * | `multi-touch-height`       | backend  | touch surface height, pixels |
 * | `request-abs-pointer`      | frontend | "1": send XENKBD_TYPE_POS, not MOTION |
 * | `request-raw-pointer`      | frontend | "1": send positions unscaled |
 * | `request-multi-touch`      | frontend | "1": send multi-touch events |
 * | `page-gref`                | frontend | grant reference of the shared page |
 * | `page-ref`                 | frontend | obsolete: frame number of the page |
 * | `event-channel`            | frontend | the event-channel port |
 *
 * Sizes (`width`, `height` and the multi-touch ones) range over 0 to
 * UINT32_MAX. When they are absent, Linux's frontend takes 800 by 600
 * pixels and one contact. Unscaled positions run from 0 to 0x7fff on
 * both axes, whatever the screen size; `request-raw-pointer` only counts
 * together with `request-abs-pointer`. A request for a feature the
 * backend did not advertise is ignored.
 *
 * `page-ref` is obsolete in the protocol, yet QEMU's backend
 * (hw/display/xenfb.c) maps the shared page through it and ignores
 * `page-gref`, so Linux's frontend writes both.
 *
 * Handshake: the backend publishes its feature and parameter keys and
 * moves to InitWait. The frontend reads them, writes its request keys,
 * `page-gref` (and `page-ref`) and `event-channel`, and moves to
 * Initialised. The backend then maps the page, binds the port, reads the
 * requests and moves to Connected. The frontend moves to Connected as
 * soon as it sees the backend in InitWait or Connected.
 *
 * Rings: each ring is an array of 40-byte events at a fixed offset of the
 * shared page, with producer and consumer indexes in struct xenkbd_page.
 * The indexes count events and only grow (wrapping at 2^32); the slot of
 * index `i` is `i % LEN`. The producer writes events, issues a write
 * barrier, advances its index and notifies; the consumer reads up to the
 * producer index, then advances its own. The ring is full when
 * `prod - cons` equals its length. Reserved bytes of an event are written
 * as zero.
 *
 * Stability: stable (wire protocol). Callers: input frontends in guests,
 * input backends (QEMU and others), the toolstack.
 */
#ifndef __XEN_PUBLIC_IO_KBDIF_H__
#define __XEN_PUBLIC_IO_KBDIF_H__

#include "../xen-public-base.h"

/** @defgroup hdr_io_kbdif_h io/kbdif.h
 *  @ingroup xen_io */

/** @defgroup io_kbdif_h_types Event types
 *  @ingroup hdr_io_kbdif_h
 *  Values of the `type` byte that starts every in-ring event.
 *  @{ */
#define XENKBD_TYPE_MOTION             1 /**< Relative pointer movement: struct xenkbd_motion. */
#define XENKBD_TYPE_RESERVED           2 /**< Reserved; never sent. */
#define XENKBD_TYPE_KEY                3 /**< Key or button press or release: struct xenkbd_key. */
#define XENKBD_TYPE_POS                4 /**< Absolute pointer position: struct xenkbd_position. */
#define XENKBD_TYPE_MTOUCH             5 /**< Multi-touch event: struct xenkbd_mtouch. */
/** @} */

/** @defgroup io_kbdif_h_mt Multi-touch sub-events
 *  @ingroup hdr_io_kbdif_h
 *  Values of xenkbd_mtouch::event_type. A touch is a sequence on one
 *  `contact_id`: one DOWN, any number of MOTION, SHAPE and ORIENT, then one
 *  UP, after which the id may be reused. SYN closes a group of events that
 *  belong to the same moment, across all contacts. Readers who need more
 *  background may look at the multi-touch models of Linux evdev, Wayland
 *  and Windows, which this one follows.
 *  @{ */
#define XENKBD_MT_EV_DOWN              0 /**< A new contact touched at `u.pos`. */
#define XENKBD_MT_EV_UP                1 /**< The contact was lifted; no payload. */
#define XENKBD_MT_EV_MOTION            2 /**< The contact moved to `u.pos`. */
#define XENKBD_MT_EV_SYN               3 /**< End of a group of simultaneous events; no payload. */
#define XENKBD_MT_EV_SHAPE             4 /**< The contact's ellipse changed size: `u.shape`. */
#define XENKBD_MT_EV_ORIENT            5 /**< The contact's ellipse turned: `u.orientation`. */
/** @} */

/** @defgroup io_kbdif_h_keys XenStore names
 *  @ingroup hdr_io_kbdif_h
 *  The device class and the names of the keys in the file overview.
 *  @{ */
#define XENKBD_DRIVER_NAME             "vkbd" /**< Device class of this protocol in XenStore. */

/** Backend: no keyboard wanted. */
#define XENKBD_FIELD_FEAT_DSBL_KEYBRD  "feature-disable-keyboard"
/** Backend: no pointer wanted. */
#define XENKBD_FIELD_FEAT_DSBL_POINTER "feature-disable-pointer"
/** Backend: absolute positions available. */
#define XENKBD_FIELD_FEAT_ABS_POINTER  "feature-abs-pointer"
/** Backend: unscaled absolute positions available. */
#define XENKBD_FIELD_FEAT_RAW_POINTER  "feature-raw-pointer"
/** Backend: multi-touch available. */
#define XENKBD_FIELD_FEAT_MTOUCH       "feature-multi-touch"
/** Frontend: wants absolute positions. */
#define XENKBD_FIELD_REQ_ABS_POINTER   "request-abs-pointer"
/** Frontend: wants them unscaled. */
#define XENKBD_FIELD_REQ_RAW_POINTER   "request-raw-pointer"
/** Frontend: wants multi-touch events. */
#define XENKBD_FIELD_REQ_MTOUCH        "request-multi-touch"
/** Frontend: grant reference of the shared page. */
#define XENKBD_FIELD_RING_GREF         "page-gref"
/** Frontend: event-channel port. */
#define XENKBD_FIELD_EVT_CHANNEL       "event-channel"
/** Backend: pointer X range, in pixels. */
#define XENKBD_FIELD_WIDTH             "width"
/** Backend: pointer Y range, in pixels. */
#define XENKBD_FIELD_HEIGHT            "height"
/** Backend: touch surface width, in pixels. */
#define XENKBD_FIELD_MT_WIDTH          "multi-touch-width"
/** Backend: touch surface height, in pixels. */
#define XENKBD_FIELD_MT_HEIGHT         "multi-touch-height"
/** Backend: most simultaneous contacts. */
#define XENKBD_FIELD_MT_NUM_CONTACTS   "multi-touch-num-contacts"
/** Backend: identifier of the instance. */
#define XENKBD_FIELD_UNIQUE_ID         "unique-id"

/** Frontend, obsolete: guest frame number of the shared page. */
#define XENKBD_FIELD_RING_REF          "page-ref"
/** @} */

/** @defgroup io_kbdif_h_in Backend-to-frontend ("in") events
 *  @ingroup hdr_io_kbdif_h
 *  Every event occupies XENKBD_IN_EVENT_SIZE bytes and starts with its
 *  `type` byte. A frontend skips types it does not know. Offsets below are
 *  in bytes from the start of the event.
 *  @{ */

/** XENKBD_TYPE_MOTION: the pointer moved by a relative amount. */
struct xenkbd_motion
{
    uint8_t type;  /**< Offset 0: XENKBD_TYPE_MOTION. */
    int32_t rel_x; /**< Offset 4: horizontal movement (positive: right). */
    int32_t rel_y; /**< Offset 8: vertical movement (positive: down). */
    int32_t rel_z; /**< Offset 12: wheel movement, in wheel steps. */
};

/** XENKBD_TYPE_KEY: a key or pointer button changed state. */
struct xenkbd_key
{
    uint8_t type;     /**< Offset 0: XENKBD_TYPE_KEY. */
    uint8_t pressed;  /**< Offset 1: 1 when pressed, 0 when released. */
    uint32_t keycode; /**< Offset 4: Linux input keycode (KEY_* or BTN_* of `linux/input.h`). */
};

/** XENKBD_TYPE_POS: the pointer is at an absolute position. Positions are
 *  in pixels, within the `width` and `height` the backend advertised, or
 *  0 to 0x7fff on both axes when raw reporting was requested. */
struct xenkbd_position
{
    uint8_t type;  /**< Offset 0: XENKBD_TYPE_POS. */
    int32_t abs_x; /**< Offset 4: X position. */
    int32_t abs_y; /**< Offset 8: Y position. */
    int32_t rel_z; /**< Offset 12: wheel movement, relative, in wheel steps. */
};

/** XENKBD_TYPE_MTOUCH: one multi-touch event; `event_type` says which
 *  member of `u` is valid. */
struct xenkbd_mtouch {
    uint8_t type;            /**< Offset 0: XENKBD_TYPE_MTOUCH. */
    uint8_t event_type;      /**< Offset 1: XENKBD_MT_EV_* sub-event. */
    /** Offset 2: contact the event belongs to, 0 to `multi-touch-num-contacts` - 1. */
    uint8_t contact_id;
    uint8_t reserved[5];     /**< Offsets 3-7: reserved, zero. */
    /** Offset 8: the payload of the sub-event. */
    union {
        /** DOWN and MOTION: where the contact (the ellipse's centre) is. */
        struct {
            int32_t abs_x;   /**< X position, in pixels. */
            int32_t abs_y;   /**< Y position, in pixels. */
        } pos;
        /** SHAPE: the contact as an ellipse. */
        struct {
            uint32_t major;  /**< Length of the longer axis, in pixels. */
            uint32_t minor;  /**< Length of the shorter axis, in pixels. */
        } shape;
        /** ORIENT: clockwise angle from the positive Y axis to the major
         *  axis, in degrees, -180 to 180. */
        int16_t orientation;
    } u;
};

/** Size of every in-ring slot, in bytes. */
#define XENKBD_IN_EVENT_SIZE 40

/** One slot of the in ring; `type` tells which member is valid. */
union xenkbd_in_event
{
    uint8_t type;                    /**< XENKBD_TYPE_* of the event in this slot. */
    struct xenkbd_motion motion;     /**< Valid for XENKBD_TYPE_MOTION. */
    struct xenkbd_key key;           /**< Valid for XENKBD_TYPE_KEY. */
    struct xenkbd_position pos;      /**< Valid for XENKBD_TYPE_POS. */
    struct xenkbd_mtouch mtouch;     /**< Valid for XENKBD_TYPE_MTOUCH. */
    char pad[XENKBD_IN_EVENT_SIZE];  /**< Fixes the slot size; bytes past the event are zero. */
};

/** @} */

/** @defgroup io_kbdif_h_out Frontend-to-backend ("out") events
 *  @ingroup hdr_io_kbdif_h
 *  No out event is defined. The protocol lets a frontend send one only
 *  when the backend has asked for it, and counts an unknown one as an
 *  error; QEMU's backend consumes and discards whatever arrives.
 *  @{ */

/** Size of every out-ring slot, in bytes. */
#define XENKBD_OUT_EVENT_SIZE 40

/** One slot of the out ring. */
union xenkbd_out_event
{
    uint8_t type;                    /**< Event type (none defined yet). */
    char pad[XENKBD_OUT_EVENT_SIZE]; /**< Fixes the slot size. */
};

/** @} */

/** @defgroup io_kbdif_h_page The shared page
 *  @ingroup hdr_io_kbdif_h
 *  Byte layout of the page named by `page-gref`: struct xenkbd_page from
 *  offset 0, the in ring at XENKBD_IN_RING_OFFS, the out ring at
 *  XENKBD_OUT_RING_OFFS.
 *  @{ */

#define XENKBD_IN_RING_SIZE 2048 /**< Bytes reserved for the in ring. */
/** Number of slots of the in ring. */
#define XENKBD_IN_RING_LEN (XENKBD_IN_RING_SIZE / XENKBD_IN_EVENT_SIZE)
#define XENKBD_IN_RING_OFFS 1024 /**< Byte offset of the in ring in the shared page. */
/** The in ring of the shared page at @p page, as an array of union
 *  xenkbd_in_event. */
#define XENKBD_IN_RING(page) \
    ((union xenkbd_in_event *)((char *)(page) + XENKBD_IN_RING_OFFS))
/** The in-ring slot for free-running index @p idx of the shared page at
 *  @p page (an lvalue). */
#define XENKBD_IN_RING_REF(page, idx) \
    (XENKBD_IN_RING((page))[(idx) % XENKBD_IN_RING_LEN])

#define XENKBD_OUT_RING_SIZE 1024 /**< Bytes reserved for the out ring. */
/** Number of slots of the out ring. */
#define XENKBD_OUT_RING_LEN (XENKBD_OUT_RING_SIZE / XENKBD_OUT_EVENT_SIZE)
/** Byte offset of the out ring in the shared page, right after the in
 *  ring. */
#define XENKBD_OUT_RING_OFFS (XENKBD_IN_RING_OFFS + XENKBD_IN_RING_SIZE)
/** The out ring of the shared page at @p page, as an array of union
 *  xenkbd_out_event. */
#define XENKBD_OUT_RING(page) \
    ((union xenkbd_out_event *)((char *)(page) + XENKBD_OUT_RING_OFFS))
/** The out-ring slot for free-running index @p idx of the shared page at
 *  @p page (an lvalue). */
#define XENKBD_OUT_RING_REF(page, idx) \
    (XENKBD_OUT_RING((page))[(idx) % XENKBD_OUT_RING_LEN])

/** Head of the shared page: the ring indexes. */
struct xenkbd_page
{
    uint32_t in_cons;  /**< In ring: consumer index, advanced by the frontend. */
    uint32_t in_prod;  /**< In ring: producer index, advanced by the backend. */
    uint32_t out_cons; /**< Out ring: consumer index, advanced by the backend. */
    uint32_t out_prod; /**< Out ring: producer index, advanced by the frontend. */
};

/** @} */

#endif /* __XEN_PUBLIC_IO_KBDIF_H__ */
