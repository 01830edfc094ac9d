/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief PV display (vdispl): virtual display connectors, buffers and page
 *        flips, for a guest's graphics (DRM/KMS) driver and a compositor
 *        or display server in another domain.
 *
 * Where the older PV framebuffer (fbif.h) offers one fixed framebuffer,
 * this protocol lets the frontend (Linux `xen-drm-front`) create display
 * buffers of any size and format at run time, in memory granted by either
 * side, wrap them in framebuffers, show one per connector and flip between
 * them. The backend (e.g. EPAM's `displ_be`, usually in Dom0 or a driver
 * domain) shows them on real outputs or hands them to a compositor, so it
 * may offer more connectors than the hardware has and may use a buffer as
 * only part of what it finally displays. Both protocols can run side by
 * side in one guest.
 *
 * Vocabulary:
 * - a **connector** is one virtual display output, with its own
 *   `resolution` (the visible area) and its own transport: a request ring
 *   and an event page, each with an event channel;
 * - a **display buffer** (dbuf) is memory holding pixels, shared through
 *   a chain of struct xendispl_page_directory pages and named by a 64-bit
 *   `dbuf_cookie` the frontend chooses;
 * - a **framebuffer** (fb) gives a display buffer a size and a pixel
 *   format and is named by a 64-bit `fb_cookie`; it is what a connector
 *   shows (XENDISPL_OP_SET_CONFIG) and flips to (XENDISPL_OP_PG_FLIP).
 *   Buffers and framebuffers may be smaller or larger than the
 *   connector's resolution.
 *
 * Cookies are chosen by the frontend, unique within the guest, and never
 * 0 (0 means "none"). Creating a second live object with a cookie in use
 * fails; a cookie is free again once its object is destroyed.
 *
 * Conventions: pages are XEN_PAGE_SIZE (4096) octets; grant reference 0
 * never names a page of this protocol (the PV console owns it), so it
 * means "none"; every reserved field and flag bit is written as zero;
 * multi-octet fields are in the guest's native byte order. Status values
 * are 0 for success or a negative XEN_E* error code (xen.h errno values),
 * e.g. -XEN_EINVAL for a bad argument or unknown cookie, -XEN_EEXIST for
 * a cookie in use, -XEN_ENOMEM when the backend cannot allocate,
 * -XEN_EOPNOTSUPP for an operation it does not implement.
 *
 * Stability: stable (wire protocol). Callers: display frontends in guests
 * (Linux `xen-drm-front`), display backends, the toolstack.
 */
#ifndef __XEN_PUBLIC_IO_DISPLIF_H__
#define __XEN_PUBLIC_IO_DISPLIF_H__

#include "ring.h"
#include "../grant_table.h"

/** @defgroup hdr_io_displif_h io/displif.h
 *  @ingroup xen_io */

/**
 * @defgroup io_displif_h_xenstore XenStore layout and connection
 *  @ingroup hdr_io_displif_h
 * The device class is `vdispl`. The frontend directory of device
 * `<dev-id>` of domain `<dom-id>` is
 * `/local/domain/<dom-id>/device/vdispl/<dev-id>`; connector `<conn-idx>`
 * (counted from 0 without gaps, fits a uint8_t) has the subdirectory of
 * that number. All values are strings, numbers in decimal; the key names
 * are the XENDISPL_FIELD_* macros.
 *
 * | Key                 | Where     | Written by | Meaning |
 * |---------------------|-----------|------------|---------|
 * | `versions`          | backend   | backend    | protocol versions it speaks, e.g. "1,2" |
 * | `version`           | frontend  | frontend   | the version it picked from `versions` |
 * | `be-alloc`          | frontend  | toolstack  | "1": the backend may allocate buffers |
 * | `unique-id`         | connector | toolstack  | the backend's name for the connector |
 * | `resolution`        | connector | toolstack  | visible area, `<width>x<height>` in pixels |
 * | `req-ring-ref`      | connector | frontend   | grant reference of the request ring page |
 * | `req-event-channel` | connector | frontend   | event-channel port of the request ring |
 * | `evt-ring-ref`      | connector | frontend   | grant reference of the event page |
 * | `evt-event-channel` | connector | frontend   | event-channel port of the event page |
 *
 * - `versions` separates its entries with XENDISPL_LIST_SEPARATOR.
 * - `be-alloc`: with "1" the frontend may ask for backend-allocated
 *   buffers (XENDISPL_DBUF_FLG_REQ_ALLOC); with "0" or no key it
 *   allocates them all. libxl writes "0" or "1"; Linux's frontend
 *   (drivers/gpu/drm/xen) takes any non-zero number as "1".
 * - `unique-id` is any string, a UUID say.
 * - `resolution`: two uint32_t joined by XENDISPL_RESOLUTION_SEPARATOR.
 *   An EDID returned by XENDISPL_OP_GET_EDID overrides it. Linux's
 *   frontend reads connectors from 0 up to the first one whose
 *   `resolution` is missing or malformed, and wants at least one.
 * - libxl (libxl_vdispl.c) writes `be-alloc`, `unique-id` and
 *   `resolution` into the frontend's directory, read-only to the guest.
 *
 * For example, a guest (domain 1) with two connectors might have
 * `device/vdispl/0/version` "2", `device/vdispl/0/be-alloc` "1",
 * `device/vdispl/0/0/resolution` "1920x1080" and
 * `device/vdispl/0/1/resolution` "800x600", each connector with its four
 * transport keys, and the backend `backend/vdispl/1/0/versions` "1,2".
 *
 * **Connecting.** The toolstack creates both `state` nodes as
 * Initialising (XenbusState values, xenbus.h) and writes the
 * configuration. The backend identifies its frontend, opens its display
 * device and enters InitWait. The frontend reads the configuration and
 * `versions`, writes `version`, sets up each connector's ring, event page
 * and channels, publishes their keys and enters Initialised. The backend
 * reads those keys, maps the pages, binds the channels and enters
 * Connected. The frontend creates its OS display connectors and enters
 * Connected.
 *
 * **Disconnecting.** When the backend enters Closing, Closed or Unknown,
 * the frontend removes its display device, frees the channels and pages
 * and enters Closed.
 *
 * **Recovery.** The backend treats a frontend that failed beyond repair
 * as Closed. When the backend fails, the frontend removes its display
 * device if it can and returns to Initialising for a new backend. If
 * applications still use the device, it enters Reconfiguring instead:
 * it admits no new users and makes the existing ones fail, rather than
 * trying to carry buffers and modes over to a new connection; once the
 * device is gone (on an OS notice of its last user, from a periodic
 * retry, or otherwise), or the backend starts a new connection, it goes
 * back to Initialising.
 *
 * **Rings.** Each connector's request ring (DEFINE_RING_TYPES(xen_displif,
 * ...)) carries 64-octet struct xendispl_req and struct xendispl_resp,
 * with the usual hold-off: the frontend notifies when
 * RING_PUSH_REQUESTS_AND_CHECK_NOTIFY() asks for it, the backend when
 * RING_PUSH_RESPONSES_AND_CHECK_NOTIFY() does, and each keeps its event
 * index current with RING_FINAL_CHECK_FOR_REQUESTS() or
 * RING_FINAL_CHECK_FOR_RESPONSES() before it sleeps. Requests that are
 * not about one connector (buffer and framebuffer management) go on the
 * ring of connector 0.
 * @{ */
/** @} */

/** @defgroup io_displif_h_version Protocol version
 *  @ingroup hdr_io_displif_h
 *  @{ */
/** The newest protocol version, as written in XenStore. Version 2 added
 *  XENDISPL_OP_GET_EDID. */
#define XENDISPL_PROTOCOL_VERSION     "2"
/** XENDISPL_PROTOCOL_VERSION as a number. */
#define XENDISPL_PROTOCOL_VERSION_INT  2
/** @} */

/** @defgroup io_displif_h_ops Request operations
 *  @ingroup hdr_io_displif_h
 *  Values of xendispl_req::operation, echoed in xendispl_resp::operation.
 *  Codes 0 to 15 are reserved and never used.
 *  @{ */
#define XENDISPL_OP_DBUF_CREATE       0x10 /**< Create a display buffer: `op.dbuf_create`. */
#define XENDISPL_OP_DBUF_DESTROY      0x11 /**< Destroy a display buffer: `op.dbuf_destroy`. */
/** Wrap a display buffer in a framebuffer: `op.fb_attach`. */
#define XENDISPL_OP_FB_ATTACH         0x12
#define XENDISPL_OP_FB_DETACH         0x13 /**< Destroy a framebuffer: `op.fb_detach`. */
#define XENDISPL_OP_SET_CONFIG        0x14 /**< Set or clear a connector's mode: `op.set_config`. */
#define XENDISPL_OP_PG_FLIP           0x15 /**< Show another framebuffer: `op.pg_flip`. */
/** Fetch the connector's EDID: `op.get_edid`. Version 2 and later; a
 *  version 1 backend does not know it. */
#define XENDISPL_OP_GET_EDID          0x16
/** @} */

/** @defgroup io_displif_h_evts Event types
 *  @ingroup hdr_io_displif_h
 *  Values of xendispl_evt::type.
 *  @{ */
/** A page flip finished: `op.pg_flip` names the framebuffer now shown. */
#define XENDISPL_EVT_PG_FLIP          0x00
/** @} */

/** @defgroup io_displif_h_names XenStore names and values
 *  @ingroup hdr_io_displif_h
 *  The device class, separators and key names of
 *  @ref io_displif_h_xenstore.
 *  @{ */
#define XENDISPL_DRIVER_NAME          "vdispl" /**< Device class in XenStore paths. */

#define XENDISPL_LIST_SEPARATOR       "," /**< Separates the items of `versions`. */
#define XENDISPL_RESOLUTION_SEPARATOR "x" /**< Separates width and height in `resolution`. */

#define XENDISPL_FIELD_BE_VERSIONS    "versions"          /**< Backend: versions it speaks. */
#define XENDISPL_FIELD_FE_VERSION     "version"           /**< Frontend: version in use. */
#define XENDISPL_FIELD_REQ_RING_REF   "req-ring-ref"      /**< Connector: request ring grant. */
#define XENDISPL_FIELD_REQ_CHANNEL    "req-event-channel" /**< Connector: request ring port. */
#define XENDISPL_FIELD_EVT_RING_REF   "evt-ring-ref"      /**< Connector: event page grant. */
#define XENDISPL_FIELD_EVT_CHANNEL    "evt-event-channel" /**< Connector: event page port. */
#define XENDISPL_FIELD_RESOLUTION     "resolution"        /**< Connector: visible area. */
#define XENDISPL_FIELD_BE_ALLOC       "be-alloc"          /**< Device: backend may allocate. */
#define XENDISPL_FIELD_UNIQUE_ID      "unique-id"         /**< Connector: its identifier. */
/** @} */

/** @defgroup io_displif_h_edid EDID sizes
 *  @ingroup hdr_io_displif_h
 *  An EDID is a sequence of 128-octet blocks (VESA E-EDID).
 *  @{ */
#define XENDISPL_EDID_BLOCK_SIZE      128 /**< Octets in one EDID block. */
#define XENDISPL_EDID_BLOCK_COUNT     256 /**< Most blocks an EDID may have. */
/** Largest EDID, in octets: the least a XENDISPL_OP_GET_EDID buffer holds. */
#define XENDISPL_EDID_MAX_SIZE        (XENDISPL_EDID_BLOCK_SIZE * XENDISPL_EDID_BLOCK_COUNT)
/** @} */

/**
 * @defgroup io_displif_h_requests Requests
 *  @ingroup hdr_io_displif_h
 * Every request is a 64-octet struct xendispl_req: an 8-octet head (`id`,
 * `operation`, reserved) and the operation's arguments in `op`, from
 * offset 8. Offsets below are from the start of the request.
 * @{ */

/** Bit of xendispl_dbuf_create_req::flags: the backend allocates the
 *  buffer's memory and grants it to the frontend (allowed only when
 *  `be-alloc` is "1"). */
#define XENDISPL_DBUF_FLG_REQ_ALLOC       (1 << 0)

/**
 * XENDISPL_OP_DBUF_CREATE, on connector 0's ring: create display buffer
 * `dbuf_cookie` of `buffer_sz` octets, shared through the page directory
 * whose first page is `gref_directory`.
 *
 * Without XENDISPL_DBUF_FLG_REQ_ALLOC the frontend owns the memory: it
 * grants every page of the buffer and lists them in the directory before
 * it sends the request. With the flag the frontend only allocates and
 * grants the (empty) directory pages and links them; the backend
 * allocates the buffer, grants its pages to the frontend and writes their
 * references into the directory before it answers.
 */
struct xendispl_dbuf_create_req {
    uint64_t dbuf_cookie;       /**< Offset 8: name of the new buffer; not 0, not in use. */
    uint32_t width;             /**< Offset 16: width, in pixels. */
    uint32_t height;            /**< Offset 20: height, in pixels. */
    uint32_t bpp;               /**< Offset 24: bits per pixel. */
    uint32_t buffer_sz;         /**< Offset 28: size of the buffer, in octets. */
    uint32_t flags;             /**< Offset 32: XENDISPL_DBUF_FLG_* bits; others zero. */
    grant_ref_t gref_directory; /**< Offset 36: grant reference of the first directory page. */
    uint32_t data_ofs;          /**< Offset 40: where the pixels start in the buffer, in octets. */
};

/**
 * One page of a page directory, which lists the granted pages of a shared
 * buffer in order. The directory is a chain of such pages, each holding
 * `(XEN_PAGE_SIZE - 4) / 4` references; the buffer has
 * `(buffer_sz + XEN_PAGE_SIZE - 1) / XEN_PAGE_SIZE` pages, so only the
 * last directory page may be partly used. Display buffers and EDID
 * buffers use it alike.
 */
XEN_EXTENSIONS_BEGIN
struct xendispl_page_directory {
    /** Offset 0: grant reference of the next directory page, 0 on the
     *  last one. */
    grant_ref_t gref_dir_next_page;
    /** Offset 4: grant references of the buffer's pages, in order. */
    grant_ref_t gref[XENPV_FLEX_ARRAY_DIM];
};
XEN_EXTENSIONS_END

/** XENDISPL_OP_DBUF_DESTROY, on connector 0's ring: destroy display
 *  buffer `dbuf_cookie`, which frees its cookie for reuse. Once the
 *  response is in, the side that granted the buffer's pages may revoke
 *  those grants and release the memory. */
struct xendispl_dbuf_destroy_req {
    uint64_t dbuf_cookie; /**< Offset 8: the buffer to destroy. */
};

/** XENDISPL_OP_FB_ATTACH, on connector 0's ring: create framebuffer
 *  `fb_cookie` over display buffer `dbuf_cookie`. Its size may be
 *  smaller than, equal to or larger than a connector's resolution. */
struct xendispl_fb_attach_req {
    uint64_t dbuf_cookie;  /**< Offset 8: the display buffer holding the pixels. */
    uint64_t fb_cookie;    /**< Offset 16: name of the new framebuffer; not 0, not in use. */
    uint32_t width;        /**< Offset 24: width, in pixels. */
    uint32_t height;       /**< Offset 28: height, in pixels. */
    uint32_t pixel_format; /**< Offset 32: pixel format, a FOURCC code (as Linux's drm_fourcc.h). */
};

/** XENDISPL_OP_FB_DETACH, on connector 0's ring: destroy framebuffer
 *  `fb_cookie`; its display buffer stays. */
struct xendispl_fb_detach_req {
    uint64_t fb_cookie; /**< Offset 8: the framebuffer to destroy. */
};

/** XENDISPL_OP_SET_CONFIG, on the connector's own ring: switch the
 *  connector on, showing framebuffer `fb_cookie` in the given rectangle,
 *  or off when every field is zero. The rectangle lies within the
 *  connector's resolution. */
struct xendispl_set_config_req {
    uint64_t fb_cookie; /**< Offset 8: framebuffer to show; 0 with all others 0 to switch off. */
    uint32_t x;         /**< Offset 16: left edge of the shown area, in pixels. */
    uint32_t y;         /**< Offset 20: top edge of the shown area, in pixels. */
    uint32_t width;     /**< Offset 24: width of the shown area, in pixels. */
    uint32_t height;    /**< Offset 28: height of the shown area, in pixels. */
    uint32_t bpp;       /**< Offset 32: bits per pixel. */
};

/** XENDISPL_OP_PG_FLIP, on the connector's own ring: show framebuffer
 *  `fb_cookie` from the next refresh on. The response only acknowledges
 *  the request; a XENDISPL_EVT_PG_FLIP event on the connector's event page
 *  reports when the flip has happened. */
struct xendispl_page_flip_req {
    uint64_t fb_cookie; /**< Offset 8: the framebuffer to show. */
};

/** XENDISPL_OP_GET_EDID, on the connector's own ring (version 2 and
 *  later, optional for the backend): copy the connector's EDID into a
 *  frontend-granted buffer described by a page directory. When the
 *  backend has none, `resolution` alone defines the visible area. */
struct xendispl_get_edid_req {
    /** Offset 8: size of the EDID buffer, in octets; XENDISPL_EDID_MAX_SIZE
     *  or more. */
    uint32_t buffer_sz;
    grant_ref_t gref_directory; /**< Offset 12: grant reference of the first directory page. */
};

/** A request, frontend to backend (64 octets). */
struct xendispl_req {
    uint16_t id;          /**< Offset 0: the frontend's tag; the response carries it back. */
    uint8_t operation;    /**< Offset 2: XENDISPL_OP_*. */
    uint8_t reserved[5];  /**< Offsets 3-7: reserved, zero. */
    /** Offset 8: the operation's arguments. */
    union {
        struct xendispl_dbuf_create_req dbuf_create;   /**< XENDISPL_OP_DBUF_CREATE. */
        struct xendispl_dbuf_destroy_req dbuf_destroy; /**< XENDISPL_OP_DBUF_DESTROY. */
        struct xendispl_fb_attach_req fb_attach;       /**< XENDISPL_OP_FB_ATTACH. */
        struct xendispl_fb_detach_req fb_detach;       /**< XENDISPL_OP_FB_DETACH. */
        struct xendispl_set_config_req set_config;     /**< XENDISPL_OP_SET_CONFIG. */
        struct xendispl_page_flip_req pg_flip;         /**< XENDISPL_OP_PG_FLIP. */
        struct xendispl_get_edid_req get_edid;         /**< XENDISPL_OP_GET_EDID. */
        uint8_t reserved[56];                          /**< Fixes the size; unused octets zero. */
    } op;
};

/** @} */

/**
 * @defgroup io_displif_h_responses Responses
 *  @ingroup hdr_io_displif_h
 * Every request gets one 64-octet struct xendispl_resp on the same ring,
 * with the request's `id` and `operation` and a `status` (0 or a negative
 * XEN_E* code). Only XENDISPL_OP_GET_EDID returns data.
 * @{ */

/** Result of XENDISPL_OP_GET_EDID. */
struct xendispl_get_edid_resp {
    uint32_t edid_sz; /**< Offset 8: octets of EDID written into the buffer. */
};

/** A response, backend to frontend (64 octets). */
struct xendispl_resp {
    uint16_t id;        /**< Offset 0: the request's `id`. */
    uint8_t operation;  /**< Offset 2: the request's `operation`. */
    uint8_t reserved;   /**< Offset 3: reserved, zero. */
    int32_t status;     /**< Offset 4: 0 on success, else a negative XEN_E* code. */
    /** Offset 8: the operation's results. */
    union {
        struct xendispl_get_edid_resp get_edid; /**< XENDISPL_OP_GET_EDID. */
        uint8_t reserved1[56];                  /**< Fixes the size; unused octets zero. */
    } op;
};

/** The request ring's types: `xen_displif_sring`, `xen_displif_front_ring`
 *  and `xen_displif_back_ring` (see DEFINE_RING_TYPES()). */
DEFINE_RING_TYPES(xen_displif, struct xendispl_req, struct xendispl_resp);

/** @} */

/**
 * @defgroup io_displif_h_events Events and the event page
 *  @ingroup hdr_io_displif_h
 * Each connector has an event page, granted by the frontend
 * (`evt-ring-ref`), on which the backend (the only producer) posts
 * 64-octet struct xendispl_evt events to the frontend (the only
 * consumer). It starts with the 64-octet struct xendispl_event_page; the
 * rest holds XENDISPL_IN_RING_LEN event slots from XENDISPL_IN_RING_OFFS.
 *
 * `in_prod` and `in_cons` count events and only grow, wrapping at 2^32;
 * event number `i` lives in slot XENDISPL_IN_RING_REF(page, i). The
 * backend writes an event into the slot of `in_prod`, issues a write
 * barrier, increments `in_prod` and signals `evt-event-channel`. The
 * frontend reads `in_prod`, issues a read barrier, handles the events up
 * to it and then advances `in_cons`. The frontend may acknowledge after
 * every event, after a batch or not at all, so the backend never waits
 * for `in_cons` to move.
 * @{ */

/** A XENDISPL_EVT_PG_FLIP event. */
struct xendispl_pg_flip_evt {
    uint64_t fb_cookie; /**< Offset 8: the framebuffer the flip put on screen. */
};

/** An event, backend to frontend (64 octets). */
struct xendispl_evt {
    uint16_t id;         /**< Offset 0: event number, for the frontend's use. */
    uint8_t type;        /**< Offset 2: XENDISPL_EVT_*. */
    uint8_t reserved[5]; /**< Offsets 3-7: reserved, zero. */
    /** Offset 8: the event's data. */
    union {
        struct xendispl_pg_flip_evt pg_flip; /**< XENDISPL_EVT_PG_FLIP. */
        uint8_t reserved[56];                /**< Fixes the size; unused octets zero. */
    } op;
};

/** Head of the event page. */
struct xendispl_event_page {
    uint32_t in_cons;      /**< Offset 0: count of events consumed; frontend writes it. */
    uint32_t in_prod;      /**< Offset 4: count of events posted; backend writes it. */
    uint8_t reserved[56];  /**< Offset 8: reserved, zero. */
};

/** Size of the event page, in octets. */
#define XENDISPL_EVENT_PAGE_SIZE 4096
/** Octet offset of the first event slot: right after the head. */
#define XENDISPL_IN_RING_OFFS (sizeof(struct xendispl_event_page))
/** Octets of the event page available for slots. */
#define XENDISPL_IN_RING_SIZE (XENDISPL_EVENT_PAGE_SIZE - XENDISPL_IN_RING_OFFS)
/** Number of event slots (63). */
#define XENDISPL_IN_RING_LEN (XENDISPL_IN_RING_SIZE / sizeof(struct xendispl_evt))
/** The slots of the event page at @p page, as an array of struct
 *  xendispl_evt. */
#define XENDISPL_IN_RING(page) \
    ((struct xendispl_evt *)((char *)(page) + XENDISPL_IN_RING_OFFS))
/** The slot (an lvalue) of event number @p idx in the event page at
 *  @p page. */
#define XENDISPL_IN_RING_REF(page, idx) \
    (XENDISPL_IN_RING((page))[(idx) % XENDISPL_IN_RING_LEN])

/** @} */

#endif /* __XEN_PUBLIC_IO_DISPLIF_H__ */
