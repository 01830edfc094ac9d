/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief PV framebuffer (vfb): a guest's linear framebuffer shown by a
 *        backend (QEMU's `xenfb`, a VNC or SDL display), with two small
 *        event rings beside it.
 *
 * The frontend (Linux `xen-fbfront`, Mini-OS `fbfront`) allocates the
 * framebuffer in its own memory and describes it, page by page, in one
 * shared page laid out as struct xenfb_page. The backend maps the
 * framebuffer through that description and displays it. The same shared
 * page carries two event rings: the "out" ring (frontend to backend:
 * damage reports, mode changes) and the "in" ring (backend to frontend:
 * refresh advice). The companion keyboard/pointer device (kbdif.h) uses
 * the same scheme.
 *
 * XenStore handshake (device class `vfb`), step by step:
 *
 * | Step | Who       | Moves to     | Keys |
 * |------|-----------|--------------|------|
 * | 1    | toolstack | Initialising | writes the backend's display settings, maybe `videoram` |
 * | 2    | backend   | InitWait     | writes `feature-resize` = "1" if it takes XENFB_TYPE_RESIZE |
 * | 3    | frontend  | Initialised  | `page-ref`, `event-channel`, `protocol`, `feature-update` |
 * | 4    | backend   | Connected    | maps the page; `request-update` = "1" if it wants updates |
 * | 5    | frontend  | Connected    | reads `request-update` and `feature-resize` |
 *
 * The keys:
 * - `videoram`: the most framebuffer memory the frontend should use, in
 *   MiB. Linux's frontend reads it from the backend's directory, QEMU's
 *   backend from the frontend's. Linux's frontend also takes `width` and
 *   `height` (pixels) from the backend's directory as its first mode.
 * - `page-ref`: guest frame number of the shared page (a frame number,
 *   not a grant reference). `event-channel`: the port.
 * - `protocol`: the XEN_IO_PROTO_ABI_* string of the frontend's ABI.
 * - `feature-update` = "1": the frontend can send XENFB_TYPE_UPDATE.
 *   QEMU's backend writes `request-update` only when it sees this, and
 *   sends XENFB_TYPE_REFRESH_PERIOD only then.
 * - The frontend moves to Connected once it sees the backend in InitWait
 *   or Connected, and reads the backend's keys when the backend is
 *   Connected.
 *
 * Without a `protocol` key a backend has to guess the width of the `pd`
 * entries (32 or 64 bits); frontends should always write it.
 *
 * Rings: each ring is an array of fixed-size events at a fixed offset of
 * the shared page, with a producer and a consumer index in struct
 * xenfb_page. The indexes count events since the start and only ever grow
 * (wrapping at 2^32); the slot of index `i` is `i % LEN`. The producer
 * writes events into the free slots, issues a write barrier, advances its
 * index and notifies the event channel; the consumer reads up to the
 * producer index, issues a barrier, advances its own index. A ring is full
 * when `prod - cons` equals its length.
 *
 * Stability: stable (wire protocol). Callers: framebuffer frontends in
 * guests, display backends (QEMU), the toolstack.
 */
#ifndef __XEN_PUBLIC_IO_FBIF_H__
#define __XEN_PUBLIC_IO_FBIF_H__

#include "../xen-public-base.h"

/** @defgroup hdr_io_fbif_h io/fbif.h
 *  @ingroup xen_io */

/** @defgroup io_fbif_h_out Frontend-to-backend ("out") events
 *  @ingroup hdr_io_fbif_h
 *  The frontend sends only the events the backend asked for (through the
 *  XenStore keys of the file overview); the protocol counts an unknown
 *  event type as an error, while QEMU's backend skips it. Type 1 is not
 *  used in this direction.
 *  @{ */

/**
 * Damage report: a rectangle of the framebuffer changed and should be
 * redrawn. Sent only when the backend set `request-update` (and the
 * frontend announced `feature-update`); otherwise the backend polls the
 * whole framebuffer.
 */
#define XENFB_TYPE_UPDATE 2

/** Body of a XENFB_TYPE_UPDATE event. Coordinates are in pixels from the
 *  top-left corner. */
struct xenfb_update
{
    uint8_t type;   /**< XENFB_TYPE_UPDATE. */
    int32_t x;      /**< Left edge of the changed rectangle, in pixels. */
    int32_t y;      /**< Top edge of the changed rectangle, in pixels. */
    int32_t width;  /**< Width of the rectangle, in pixels. */
    int32_t height; /**< Height of the rectangle, in pixels. */
};

/**
 * Mode change: the frontend now uses the framebuffer with a new geometry.
 * Sent only to a backend that published `feature-resize`; the new mode
 * must fit in the memory described by xenfb_page::pd.
 */
#define XENFB_TYPE_RESIZE 3

/** Body of a XENFB_TYPE_RESIZE event. */
struct xenfb_resize
{
    uint8_t type;    /**< XENFB_TYPE_RESIZE. */
    int32_t width;   /**< Visible width, in pixels. */
    int32_t height;  /**< Visible height, in pixels. */
    int32_t stride;  /**< Distance between the starts of two lines, in bytes. */
    int32_t depth;   /**< Size of a pixel, in bits. */
    int32_t offset;  /**< Start of the visible picture in the framebuffer, in bytes. */
};

/** Size of every out-ring slot, in bytes, whatever the event type. */
#define XENFB_OUT_EVENT_SIZE 40

/** One slot of the out ring; `type` tells which member is valid. */
union xenfb_out_event
{
    uint8_t type;                /**< XENFB_TYPE_* of the event in this slot. */
    struct xenfb_update update;  /**< Valid when `type` is XENFB_TYPE_UPDATE. */
    struct xenfb_resize resize;  /**< Valid when `type` is XENFB_TYPE_RESIZE. */
    char pad[XENFB_OUT_EVENT_SIZE]; /**< Fixes the slot size; bytes past the event are ignored. */
};

/** @} */

/** @defgroup io_fbif_h_in Backend-to-frontend ("in") events
 *  @ingroup hdr_io_fbif_h
 *  A frontend skips event types it does not know.
 *  @{ */

/**
 * Refresh advice: how often the backend would like the picture refreshed.
 * A frontend that always keeps the framebuffer current may ignore it. One
 * that refreshes lazily should refresh at once on receipt (and send a
 * damage report if those were requested), then repeat at the advised
 * period.
 */
#define XENFB_TYPE_REFRESH_PERIOD 1
/** xenfb_refresh_period::period value meaning the picture is not on show
 *  and need not be refreshed at all. */
#define XENFB_NO_REFRESH 0

/** Body of a XENFB_TYPE_REFRESH_PERIOD event. */
struct xenfb_refresh_period
{
    uint8_t type;    /**< XENFB_TYPE_REFRESH_PERIOD. */
    /** Advised interval between refreshes, in milliseconds; XENFB_NO_REFRESH for none. */
    uint32_t period;
};

/** Size of every in-ring slot, in bytes, whatever the event type. */
#define XENFB_IN_EVENT_SIZE 40

/** One slot of the in ring; `type` tells which member is valid. */
union xenfb_in_event
{
    uint8_t type;                               /**< XENFB_TYPE_* of the event in this slot. */
    /** Valid when `type` is XENFB_TYPE_REFRESH_PERIOD. */
    struct xenfb_refresh_period refresh_period;
    char pad[XENFB_IN_EVENT_SIZE]; /**< Fixes the slot size; bytes past the event are ignored. */
};

/** @} */

/** @defgroup io_fbif_h_page The shared page
 *  @ingroup hdr_io_fbif_h
 *  Byte layout of the page named by `page-ref`: struct xenfb_page from
 *  offset 0, the in ring at XENFB_IN_RING_OFFS, the out ring at
 *  XENFB_OUT_RING_OFFS (up to the end of a 4 KiB page).
 *  @{ */

#define XENFB_IN_RING_SIZE 1024 /**< Bytes reserved for the in ring. */
/** Number of slots of the in ring. */
#define XENFB_IN_RING_LEN (XENFB_IN_RING_SIZE / XENFB_IN_EVENT_SIZE)
#define XENFB_IN_RING_OFFS 1024 /**< Byte offset of the in ring in the shared page. */
/** The in ring of the shared page at @p page, as an array of union
 *  xenfb_in_event. */
#define XENFB_IN_RING(page) \
    ((union xenfb_in_event *)((char *)(page) + XENFB_IN_RING_OFFS))
/** The in-ring slot for free-running index @p idx of the shared page at
 *  @p page (an lvalue). */
#define XENFB_IN_RING_REF(page, idx) \
    (XENFB_IN_RING((page))[(idx) % XENFB_IN_RING_LEN])

#define XENFB_OUT_RING_SIZE 2048 /**< Bytes reserved for the out ring. */
/** Number of slots of the out ring. */
#define XENFB_OUT_RING_LEN (XENFB_OUT_RING_SIZE / XENFB_OUT_EVENT_SIZE)
/** Byte offset of the out ring in the shared page, right after the in
 *  ring. */
#define XENFB_OUT_RING_OFFS (XENFB_IN_RING_OFFS + XENFB_IN_RING_SIZE)
/** The out ring of the shared page at @p page, as an array of union
 *  xenfb_out_event. */
#define XENFB_OUT_RING(page) \
    ((union xenfb_out_event *)((char *)(page) + XENFB_OUT_RING_OFFS))
/** The out-ring slot for free-running index @p idx of the shared page at
 *  @p page (an lvalue). */
#define XENFB_OUT_RING_REF(page, idx) \
    (XENFB_OUT_RING((page))[(idx) % XENFB_OUT_RING_LEN])

/**
 * Head of the shared page: ring indexes and the framebuffer's geometry and
 * location. The frontend fills everything before it publishes `page-ref`;
 * afterwards only the ring indexes change (a mode change is announced
 * with XENFB_TYPE_RESIZE, not by rewriting these fields).
 */
struct xenfb_page
{
    uint32_t in_cons;      /**< In ring: consumer index, advanced by the frontend. */
    uint32_t in_prod;      /**< In ring: producer index, advanced by the backend. */
    uint32_t out_cons;     /**< Out ring: consumer index, advanced by the backend. */
    uint32_t out_prod;     /**< Out ring: producer index, advanced by the frontend. */

    int32_t width;         /**< Initial visible width, in pixels. */
    int32_t height;        /**< Initial visible height, in pixels. */
    uint32_t line_length;  /**< Initial distance between line starts, in bytes. */
    uint32_t mem_length;   /**< Size of the whole framebuffer, in bytes. */
    uint8_t depth;         /**< Initial size of a pixel, in bits. */

    /**
     * Page directory of the framebuffer: guest frame numbers of directory
     * pages, unused entries 0. Each directory page is an array of guest
     * frame numbers (`unsigned long` each) of the framebuffer's pages, in
     * order. With 4 KiB pages a directory page covers 4 MiB of framebuffer
     * for a 32-bit frontend and 2 MiB for a 64-bit one, so the 256
     * entries allow 1 GiB or 512 MiB.
     */
    unsigned long pd[256];
};

/** @} */

#ifdef __KERNEL__
/** @defgroup io_fbif_h_kernel Default mode for in-kernel frontends
 *  @ingroup hdr_io_fbif_h
 *  Defined only when `__KERNEL__` is, i.e. for a guest kernel's own
 *  framebuffer and keyboard frontends, which share this default
 *  resolution; backends must not depend on it.
 *  @{ */
#define XENFB_WIDTH 800  /**< Default visible width, in pixels. */
#define XENFB_HEIGHT 600 /**< Default visible height, in pixels. */
#define XENFB_DEPTH 32   /**< Default pixel size, in bits. */
/** @} */
#endif

#endif /* __XEN_PUBLIC_IO_FBIF_H__ */
