/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief PV camera (vcamera): video capture devices that a guest's camera
 *        driver uses through a backend in another domain.
 *
 * The backend (e.g. EPAM's `camera_be`, usually in Dom0 or a driver
 * domain) owns a real capture device, or several guests' shares of one,
 * and the frontend (a V4L2 driver in the guest) drives it with the usual
 * capture cycle: pick a format, resolution and frame rate, set up a small
 * set of frame buffers, queue them, start the stream, and take each
 * buffer back once the backend reports a frame in it. The protocol's
 * vocabulary follows Linux's V4L2 closely: pixel formats are V4L2 FOURCC
 * codes, and the colour-space constants are V4L2's.
 *
 * Each virtual camera has:
 * - a request ring (one granted page, event channel `req-event-channel`)
 *   built by DEFINE_RING_TYPES(xen_cameraif, ...): the frontend posts
 *   64-octet struct xencamera_req and the backend answers each with a
 *   64-octet struct xencamera_resp carrying the same `id`;
 * - an event page (one granted page, event channel `evt-event-channel`),
 *   struct xencamera_event_page, on which the backend posts 64-octet
 *   struct xencamera_evt events: a frame is ready, a control changed;
 * - up to `max-buffers` frame buffers, each shared through a chain of
 *   struct xencamera_page_directory pages and named by its index.
 *
 * Notifications on the request ring use the hold-off of ring.h: the
 * frontend signals when RING_PUSH_REQUESTS_AND_CHECK_NOTIFY() asks for it,
 * the backend when RING_PUSH_RESPONSES_AND_CHECK_NOTIFY() does, and each
 * keeps its event index current with RING_FINAL_CHECK_FOR_REQUESTS() or
 * RING_FINAL_CHECK_FOR_RESPONSES() before it sleeps.
 *
 * Conventions: pages are XEN_PAGE_SIZE (4096) octets; grant reference 0
 * never names a page of this protocol (the PV console owns it), so it
 * means "none"; every reserved field and flag bit is written as zero;
 * multi-octet fields are in the guest's native byte order. A frame rate
 * is a fraction in frames per second, `frame_rate_numer /
 * frame_rate_denom` (30/1, or 15/2 for 7.5 frames a second). A buffer
 * index counts from 0 and stays below the `num_bufs` the backend granted
 * with XENCAMERA_OP_BUF_REQUEST.
 *
 * **Status.** Every response has `status` 0 on success or a negative
 * XEN_E* code (xen.h errno values): typically -XEN_EINVAL for a bad
 * argument, index or control, -XEN_EBUSY for a change not allowed while
 * streaming or while buffers exist, -XEN_ENOMEM when the backend cannot
 * allocate, -XEN_EOPNOTSUPP for an operation it does not implement.
 *
 * Stability: stable (wire protocol). Callers: camera frontends in guests,
 * camera backends in Dom0 or driver domains, the toolstack.
 */
#ifndef XEN_PUBLIC_IO_CAMERAIF_H
#define XEN_PUBLIC_IO_CAMERAIF_H

#include "ring.h"
#include "../grant_table.h"

/**
 * @defgroup io_cameraif_h_xenstore XenStore layout and connection
 * The device class is `vcamera`. The frontend directory of camera
 * `<dev-id>` of domain `<dom-id>` is
 * `/local/domain/<dom-id>/device/vcamera/<dev-id>` (both numbers fit a
 * uint16_t). All values are strings, numbers in decimal; the key names
 * are the XENCAMERA_FIELD_* macros.
 *
 * | Key | Where | Written by | Meaning |
 * |-----|-------|------------|---------|
 * | `versions` | backend | backend | protocol versions it speaks, separated by XENCAMERA_LIST_SEPARATOR, e.g. "1" |
 * | `version` | frontend | frontend | the version it picked from `versions` |
 * | `be-alloc` | frontend | toolstack | "1": the backend allocates the frame buffers at XENCAMERA_OP_BUF_CREATE; anything else or absent: the frontend does |
 * | `unique-id` | frontend | toolstack | the backend's name for this camera (a UUID, say) |
 * | `max-buffers` | frontend | toolstack | most frame buffers the frontend may use (uint8_t) |
 * | `controls` | frontend | toolstack | controls offered, as XENCAMERA_CTRL_*_STR names separated by XENCAMERA_LIST_SEPARATOR, in any order |
 * | `formats/<fourcc>/<w>x<h>/frame-rates` | frontend | toolstack | for one pixel format and resolution, the frame rates offered: `<numer>/<denom>` fractions (XENCAMERA_FRACTION_SEPARATOR) separated by XENCAMERA_LIST_SEPARATOR |
 * | `req-ring-ref` | frontend | frontend | grant reference of the one-page request ring |
 * | `req-event-channel` | frontend | frontend | event-channel port of the request ring |
 * | `evt-ring-ref` | frontend | frontend | grant reference of the one-page event page |
 * | `evt-event-channel` | frontend | frontend | event-channel port of the event page |
 *
 * **Formats.** Under `formats` there is one directory per pixel format,
 * named by its FOURCC code as four characters (at most seven with the
 * suffix), with trailing spaces removed ("Y16 " becomes "Y16") and
 * XENCAMERA_FOURCC_BIGENDIAN_STR appended for the big-endian variant of a
 * little-endian format ("AR15-BE"). Codes are V4L2's; their characters are
 * 0x20 to 0x7f, but a name used in XenStore contains no slash, backslash,
 * space, angle bracket, colon, double quote, vertical bar, question mark
 * or asterisk (trailing spaces being trimmed, as said). Under each format
 * there is one directory per resolution, named `<width>x<height>` in
 * pixels (XENCAMERA_RESOLUTION_SEPARATOR), holding `frame-rates`. For example:
 *
 *     device/vcamera/0/max-buffers                          "3"
 *     device/vcamera/0/controls                             "contrast,hue"
 *     device/vcamera/0/formats/YUYV/640x480/frame-rates     "30/1,15/1"
 *     device/vcamera/0/formats/YUYV/1920x1080/frame-rates   "15/2"
 *     device/vcamera/0/formats/BGRA/640x480/frame-rates     "15/1,15/2"
 *
 * **Connecting.** The toolstack creates both `state` nodes as
 * Initialising (XenbusState values, xenbus.h) and writes the
 * configuration. The backend identifies its frontend, opens its capture
 * device and enters InitWait. The frontend reads the configuration and
 * `versions`, writes `version`, sets up the ring, the event page and
 * their channels, publishes their keys and enters Initialised. The
 * backend reads those keys, maps the pages, binds the channels and
 * enters Connected. The frontend creates its OS camera device and enters
 * Connected.
 *
 * **Disconnecting.** When the backend enters Closing, Closed or Unknown,
 * the frontend removes its camera device, frees the channels and pages
 * and enters Closed.
 *
 * **Recovery.** The backend treats a frontend that failed beyond repair
 * as Closed. When the backend fails, the frontend removes its camera
 * device if it can and returns to Initialising for a new backend. If
 * applications still hold the device, it enters Reconfiguring instead:
 * it admits no new users and makes the existing ones fail, rather than
 * carrying buffers and settings over to a new connection; once the device
 * is gone (on an OS notice of its last user, from a periodic retry, or
 * otherwise), or the backend starts a new connection, it goes back to
 * Initialising.
 * @{ */
/** @} */

/** @defgroup io_cameraif_h_version Protocol version
 *  @{ */
/** The protocol version this header describes, as written in XenStore. */
#define XENCAMERA_PROTOCOL_VERSION     "1"
/** @} */

/** @defgroup io_cameraif_h_ops Request operations
 *  Values of xencamera_req::operation, echoed in
 *  xencamera_resp::operation. A capture session usually runs CONFIG_SET,
 *  FRAME_RATE_SET, BUF_GET_LAYOUT, BUF_REQUEST, BUF_CREATE and BUF_QUEUE
 *  for each buffer, STREAM_START, then DEQUEUE and QUEUE as frames
 *  arrive, and STREAM_STOP, BUF_DESTROY and BUF_REQUEST(0) at the end.
 *  @{ */
#define XENCAMERA_OP_CONFIG_SET        0x00 /**< Set format and resolution: `req.config`, answered in `resp.config`. */
#define XENCAMERA_OP_CONFIG_GET        0x01 /**< Read the current settings: no arguments, answered in `resp.config`. */
#define XENCAMERA_OP_CONFIG_VALIDATE   0x02 /**< Try a format and resolution without applying them: like CONFIG_SET. */
#define XENCAMERA_OP_FRAME_RATE_SET    0x03 /**< Set the frame rate: `req.frame_rate`. */
#define XENCAMERA_OP_BUF_GET_LAYOUT    0x04 /**< Ask the size and planes of a frame buffer: answered in `resp.buf_layout`. */
#define XENCAMERA_OP_BUF_REQUEST       0x05 /**< Agree on the number of buffers: `req.buf_request`, answered in `resp.buf_request`. */
#define XENCAMERA_OP_BUF_CREATE        0x06 /**< Share one frame buffer: `req.buf_create`. */
#define XENCAMERA_OP_BUF_DESTROY       0x07 /**< Stop sharing a frame buffer: `req.index`. */
#define XENCAMERA_OP_BUF_QUEUE         0x08 /**< Hand a buffer to the backend to fill: `req.index`. */
#define XENCAMERA_OP_BUF_DEQUEUE       0x09 /**< Take a filled buffer back: `req.index`. */
#define XENCAMERA_OP_CTRL_ENUM         0x0a /**< Describe control number `req.index`: answered in `resp.ctrl_enum`. */
#define XENCAMERA_OP_CTRL_SET          0x0b /**< Change a control: `req.ctrl_value`. */
#define XENCAMERA_OP_CTRL_GET          0x0c /**< Read a control: `req.get_ctrl`, answered in `resp.ctrl_value`. */
#define XENCAMERA_OP_STREAM_START      0x0d /**< Start capturing into queued buffers: no arguments. */
#define XENCAMERA_OP_STREAM_STOP       0x0e /**< Stop capturing: no arguments. */
/** @} */

/** @defgroup io_cameraif_h_ctrls Controls
 *  Control types (the `type` of control requests, responses and events),
 *  their flags and their names in the `controls` key.
 *  @{ */
#define XENCAMERA_CTRL_BRIGHTNESS      0 /**< Picture brightness. */
#define XENCAMERA_CTRL_CONTRAST        1 /**< Picture contrast. */
#define XENCAMERA_CTRL_SATURATION      2 /**< Colour saturation. */
#define XENCAMERA_CTRL_HUE             3 /**< Colour hue. */

/** Number of control types defined; CTRL_ENUM indices stay below it. */
#define XENCAMERA_MAX_CTRL             4

#define XENCAMERA_CTRL_FLG_RO          (1 << 0) /**< Flag: the control can be read but not set. */
#define XENCAMERA_CTRL_FLG_WO          (1 << 1) /**< Flag: the control can be set but not read. */
#define XENCAMERA_CTRL_FLG_VOLATILE    (1 << 2) /**< Flag: the device may change the value by itself. */

#define XENCAMERA_CTRL_BRIGHTNESS_STR  "brightness" /**< `controls` name of XENCAMERA_CTRL_BRIGHTNESS. */
#define XENCAMERA_CTRL_CONTRAST_STR    "contrast"   /**< `controls` name of XENCAMERA_CTRL_CONTRAST. */
#define XENCAMERA_CTRL_SATURATION_STR  "saturation" /**< `controls` name of XENCAMERA_CTRL_SATURATION. */
#define XENCAMERA_CTRL_HUE_STR         "hue"        /**< `controls` name of XENCAMERA_CTRL_HUE. */
/** @} */

/** @defgroup io_cameraif_h_colour Colour description
 *  What xencamera_config_resp reports beside the pixel format; the values
 *  mean what V4L2's `V4L2_COLORSPACE_*`, `V4L2_XFER_FUNC_*`,
 *  `V4L2_YCBCR_ENC_*` and `V4L2_QUANTIZATION_*` of the same name mean.
 *  @{ */
#define XENCAMERA_COLORSPACE_DEFAULT   0 /**< Colour space: the format's usual one. */
#define XENCAMERA_COLORSPACE_SMPTE170M 1 /**< Colour space: SMPTE 170M (SDTV). */
#define XENCAMERA_COLORSPACE_REC709    2 /**< Colour space: ITU-R BT.709 (HDTV). */
#define XENCAMERA_COLORSPACE_SRGB      3 /**< Colour space: sRGB. */
#define XENCAMERA_COLORSPACE_OPRGB     4 /**< Colour space: opRGB (Adobe RGB). */
#define XENCAMERA_COLORSPACE_BT2020    5 /**< Colour space: ITU-R BT.2020 (UHDTV). */
#define XENCAMERA_COLORSPACE_DCI_P3    6 /**< Colour space: DCI-P3 (cinema). */

#define XENCAMERA_XFER_FUNC_DEFAULT    0 /**< Transfer function: the colour space's usual one. */
#define XENCAMERA_XFER_FUNC_709        1 /**< Transfer function: BT.709. */
#define XENCAMERA_XFER_FUNC_SRGB       2 /**< Transfer function: sRGB. */
#define XENCAMERA_XFER_FUNC_OPRGB      3 /**< Transfer function: opRGB. */
#define XENCAMERA_XFER_FUNC_NONE       4 /**< Transfer function: none (linear values). */
#define XENCAMERA_XFER_FUNC_DCI_P3     5 /**< Transfer function: DCI-P3. */
#define XENCAMERA_XFER_FUNC_SMPTE2084  6 /**< Transfer function: SMPTE ST 2084 (PQ). */

#define XENCAMERA_YCBCR_ENC_IGNORE           0 /**< Y'CbCr encoding: not given (or not a Y'CbCr format). */
#define XENCAMERA_YCBCR_ENC_601              1 /**< Y'CbCr encoding: BT.601. */
#define XENCAMERA_YCBCR_ENC_709              2 /**< Y'CbCr encoding: BT.709. */
#define XENCAMERA_YCBCR_ENC_XV601            3 /**< Y'CbCr encoding: xvYCC with BT.601. */
#define XENCAMERA_YCBCR_ENC_XV709            4 /**< Y'CbCr encoding: xvYCC with BT.709. */
#define XENCAMERA_YCBCR_ENC_BT2020           5 /**< Y'CbCr encoding: BT.2020, non-constant luminance. */
#define XENCAMERA_YCBCR_ENC_BT2020_CONST_LUM 6 /**< Y'CbCr encoding: BT.2020, constant luminance. */

#define XENCAMERA_QUANTIZATION_DEFAULT       0 /**< Quantization: the colour space's usual range. */
#define XENCAMERA_QUANTIZATION_FULL_RANGE    1 /**< Quantization: the full range of the component width. */
#define XENCAMERA_QUANTIZATION_LIM_RANGE     2 /**< Quantization: the limited (studio) range. */
/** @} */

/** @defgroup io_cameraif_h_evts Event types
 *  Values of xencamera_evt::type.
 *  @{ */
#define XENCAMERA_EVT_FRAME_AVAIL      0x00 /**< A frame is in a buffer: `evt.frame_avail`. */
#define XENCAMERA_EVT_CTRL_CHANGE      0x01 /**< A control changed value: `evt.ctrl_value`. */
/** @} */

/** @defgroup io_cameraif_h_names XenStore names and limits
 *  The device class, separators and key names of
 *  @ref io_cameraif_h_xenstore, and the plane limit.
 *  @{ */
#define XENCAMERA_DRIVER_NAME          "vcamera" /**< Device class in XenStore paths. */

#define XENCAMERA_LIST_SEPARATOR       "," /**< Separates the items of list values. */
#define XENCAMERA_RESOLUTION_SEPARATOR "x" /**< Separates width and height in resolution names. */
#define XENCAMERA_FRACTION_SEPARATOR   "/" /**< Separates numerator and denominator of a frame rate. */

#define XENCAMERA_FIELD_BE_VERSIONS    "versions"          /**< Backend: versions it speaks. */
#define XENCAMERA_FIELD_FE_VERSION     "version"           /**< Frontend: version in use. */
#define XENCAMERA_FIELD_REQ_RING_REF   "req-ring-ref"      /**< Frontend: request ring grant. */
#define XENCAMERA_FIELD_REQ_CHANNEL    "req-event-channel" /**< Frontend: request ring port. */
#define XENCAMERA_FIELD_EVT_RING_REF   "evt-ring-ref"      /**< Frontend: event page grant. */
#define XENCAMERA_FIELD_EVT_CHANNEL    "evt-event-channel" /**< Frontend: event page port. */
#define XENCAMERA_FIELD_MAX_BUFFERS    "max-buffers"       /**< Toolstack: buffer limit. */
#define XENCAMERA_FIELD_CONTROLS       "controls"          /**< Toolstack: controls offered. */
#define XENCAMERA_FIELD_FORMATS        "formats"           /**< Toolstack: directory of formats. */
#define XENCAMERA_FIELD_FRAME_RATES    "frame-rates"       /**< Toolstack: rates of one format and size. */
#define XENCAMERA_FIELD_BE_ALLOC       "be-alloc"          /**< Toolstack: backend allocates buffers. */
#define XENCAMERA_FIELD_UNIQUE_ID      "unique-id"         /**< Toolstack: the camera's identifier. */

/** Suffix of the directory name of a big-endian format variant. */
#define XENCAMERA_FOURCC_BIGENDIAN_STR "-BE"

/** Most planes a frame buffer may have (one per colour component, for
 *  planar formats). */
#define XENCAMERA_MAX_PLANE            4
/** @} */

/**
 * @defgroup io_cameraif_h_requests Requests
 * Every request is a 64-octet struct xencamera_req: an 8-octet head (`id`,
 * `operation`, reserved) and the operation's arguments in `req`, from
 * offset 8. Offsets below are from the start of the request. Operations
 * without arguments leave `req` zero.
 * @{ */

/**
 * Arguments of XENCAMERA_OP_CONFIG_SET and XENCAMERA_OP_CONFIG_VALIDATE.
 * The backend answers with the settings it would really use, which may
 * differ; the frontend checks them. VALIDATE changes nothing and may be
 * sent at any time; SET may be repeated until the buffers are agreed, but
 * not while streaming nor while XENCAMERA_OP_BUF_REQUEST has buffers
 * granted.
 */
struct xencamera_config_req {
    uint32_t pixel_format; /**< Offset 8: pixel format, a V4L2 FOURCC code. */
    uint32_t width;        /**< Offset 12: width, in pixels. */
    uint32_t height;       /**< Offset 16: height, in pixels. */
};

/** Arguments of XENCAMERA_OP_FRAME_RATE_SET. Allowed while the stream is
 *  stopped, buffers or not; not while streaming. The rate in effect is
 *  read back with XENCAMERA_OP_CONFIG_GET. */
struct xencamera_frame_rate_req {
    uint32_t frame_rate_numer; /**< Offset 8: frame rate numerator. */
    uint32_t frame_rate_denom; /**< Offset 12: frame rate denominator. */
};

/**
 * XENCAMERA_OP_BUF_REQUEST argument, and its answer. A non-zero
 * `num_bufs` (at most `max-buffers`) asks for that many buffers and the
 * backend answers how many the frontend may use; from then on the
 * configuration is fixed. 0 releases every buffer (destroy them first) so
 * that the configuration can change again. Not allowed while streaming.
 */
struct xencamera_buf_request {
    uint8_t num_bufs; /**< Offset 8: request: buffers wanted (0: none); answer: buffers granted. */
};

/**
 * Arguments of XENCAMERA_OP_BUF_CREATE: share frame buffer `index` (below
 * the granted `num_bufs`, not already created) of the size
 * XENCAMERA_OP_BUF_GET_LAYOUT gave, through the page directory whose first
 * page is `gref_directory`.
 *
 * Unless `be-alloc` is "1" the frontend owns the memory: it grants every
 * page of the buffer and lists them in the directory before it sends the
 * request. With `be-alloc` "1" the frontend only allocates, grants and
 * links the (empty) directory pages; the backend allocates the buffer,
 * grants its pages to the frontend and writes their references into the
 * directory before it answers.
 */
struct xencamera_buf_create_req {
    uint8_t index;                             /**< Offset 8: the buffer's index. */
    uint8_t reserved[3];                       /**< Offsets 9-11: reserved, zero. */
    uint32_t plane_offset[XENCAMERA_MAX_PLANE]; /**< Offset 12: where each plane starts in the buffer,
                                                    in octets; `num_planes` of them are used. */
    grant_ref_t gref_directory;                /**< Offset 28: grant reference of the first directory page. */
};

/**
 * One page of a page directory, which lists the granted pages of a frame
 * buffer in order. The directory is a chain of such pages, each holding
 * `(XEN_PAGE_SIZE - 4) / 4` references; a buffer of `size` octets has
 * `(size + XEN_PAGE_SIZE - 1) / XEN_PAGE_SIZE` pages, so only the last
 * directory page may be partly used.
 */
XEN_EXTENSIONS_BEGIN
struct xencamera_page_directory {
    /** Offset 0: grant reference of the next directory page, 0 on the
     *  last one. */
    grant_ref_t gref_dir_next_page;
    /** Offset 4: grant references of the buffer's pages, in order. */
    grant_ref_t gref[XENPV_FLEX_ARRAY_DIM];
};
XEN_EXTENSIONS_END

/**
 * The one argument of XENCAMERA_OP_BUF_DESTROY, XENCAMERA_OP_BUF_QUEUE,
 * XENCAMERA_OP_BUF_DEQUEUE (a buffer index) and XENCAMERA_OP_CTRL_ENUM (a
 * control index, from 0 up to the number of controls offered).
 *
 * A queued buffer belongs to the backend: the frontend leaves its content
 * alone until XENCAMERA_OP_BUF_DEQUEUE of that index has been answered.
 * Every buffer is queued before it is destroyed.
 */
struct xencamera_index {
    uint8_t index; /**< Offset 8: the buffer or control index. */
};

/** Arguments of XENCAMERA_OP_CTRL_SET; also the answer to
 *  XENCAMERA_OP_CTRL_GET and the data of XENCAMERA_EVT_CTRL_CHANGE. */
struct xencamera_ctrl_value {
    uint8_t type;        /**< Offset 8: XENCAMERA_CTRL_* control. */
    uint8_t reserved[7]; /**< Offsets 9-15: reserved, zero. */
    int64_t value;       /**< Offset 16: the control's value, within its enumerated range. */
};

/** Arguments of XENCAMERA_OP_CTRL_GET. */
struct xencamera_get_ctrl_req {
    uint8_t type; /**< Offset 8: XENCAMERA_CTRL_* control to read. */
};

/** A request, frontend to backend (64 octets). */
struct xencamera_req {
    uint16_t id;          /**< Offset 0: the frontend's tag; the response carries it back. */
    uint8_t operation;    /**< Offset 2: XENCAMERA_OP_*. */
    uint8_t reserved[5];  /**< Offsets 3-7: reserved, zero. */
    /** Offset 8: the operation's arguments. */
    union {
        struct xencamera_config_req config;           /**< CONFIG_SET, CONFIG_VALIDATE. */
        struct xencamera_frame_rate_req frame_rate;   /**< FRAME_RATE_SET. */
        struct xencamera_buf_request buf_request;     /**< BUF_REQUEST. */
        struct xencamera_buf_create_req buf_create;   /**< BUF_CREATE. */
        struct xencamera_index index;                 /**< BUF_DESTROY, BUF_QUEUE, BUF_DEQUEUE, CTRL_ENUM. */
        struct xencamera_ctrl_value ctrl_value;       /**< CTRL_SET. */
        struct xencamera_get_ctrl_req get_ctrl;       /**< CTRL_GET. */
        uint8_t reserved[56];                         /**< Fixes the size; unused octets zero. */
    } req;
};

/** @} */

/**
 * @defgroup io_cameraif_h_responses Responses
 * Every request gets one 64-octet struct xencamera_resp on the same ring,
 * with the request's `id` and `operation`, a `status` (see the file
 * overview) and, for some operations, results in `resp` from offset 8.
 * @{ */

/** Answer to XENCAMERA_OP_CONFIG_SET, XENCAMERA_OP_CONFIG_GET and
 *  XENCAMERA_OP_CONFIG_VALIDATE: the settings in effect (or, for
 *  VALIDATE, that would be). */
struct xencamera_config_resp {
    uint32_t pixel_format;          /**< Offset 8: pixel format, a V4L2 FOURCC code. */
    uint32_t width;                 /**< Offset 12: width, in pixels. */
    uint32_t height;                /**< Offset 16: height, in pixels. */
    uint32_t colorspace;            /**< Offset 20: XENCAMERA_COLORSPACE_*. */
    uint32_t xfer_func;             /**< Offset 24: XENCAMERA_XFER_FUNC_*. */
    uint32_t ycbcr_enc;             /**< Offset 28: XENCAMERA_YCBCR_ENC_*; meaningful for Y'CbCr formats only. */
    uint32_t quantization;          /**< Offset 32: XENCAMERA_QUANTIZATION_*. */
    uint32_t displ_asp_ratio_numer; /**< Offset 36: display aspect ratio numerator. */
    uint32_t displ_asp_ratio_denom; /**< Offset 40: display aspect ratio denominator. */
    uint32_t frame_rate_numer;      /**< Offset 44: frame rate numerator. */
    uint32_t frame_rate_denom;      /**< Offset 48: frame rate denominator. */
};

/** Answer to XENCAMERA_OP_BUF_GET_LAYOUT, for the current configuration.
 *  Sizes and strides hold for every buffer; plane offsets are chosen per
 *  buffer at XENCAMERA_OP_BUF_CREATE. */
struct xencamera_buf_get_layout_resp {
    uint8_t num_planes;                        /**< Offset 8: planes per buffer, 1 to XENCAMERA_MAX_PLANE. */
    uint8_t reserved[3];                       /**< Offsets 9-11: reserved, zero. */
    uint32_t size;                             /**< Offset 12: octets of a whole buffer, planes and padding. */
    uint32_t plane_size[XENCAMERA_MAX_PLANE];   /**< Offset 16: octets of each plane, padding included. */
    uint32_t plane_stride[XENCAMERA_MAX_PLANE]; /**< Offset 32: octets of one line of each plane, padding
                                                    included. */
};

/** Answer to XENCAMERA_OP_CTRL_ENUM: one control the camera offers. */
struct xencamera_ctrl_enum_resp {
    uint8_t index;       /**< Offset 8: the control index asked about. */
    uint8_t type;        /**< Offset 9: XENCAMERA_CTRL_* control at that index. */
    uint8_t reserved[2]; /**< Offsets 10-11: reserved, zero. */
    uint32_t flags;      /**< Offset 12: XENCAMERA_CTRL_FLG_* bits. */
    int64_t min;         /**< Offset 16: smallest value. */
    int64_t max;         /**< Offset 24: largest value. */
    int64_t step;        /**< Offset 32: smallest change of value. */
    int64_t def_val;     /**< Offset 40: default value. */
};

/** A response, backend to frontend (64 octets). */
struct xencamera_resp {
    uint16_t id;        /**< Offset 0: the request's `id`. */
    uint8_t operation;  /**< Offset 2: the request's `operation`. */
    uint8_t reserved;   /**< Offset 3: reserved, zero. */
    int32_t status;     /**< Offset 4: 0 on success, else a negative XEN_E* code. */
    /** Offset 8: the operation's results. */
    union {
        struct xencamera_config_resp config;             /**< CONFIG_SET, CONFIG_GET, CONFIG_VALIDATE. */
        struct xencamera_buf_get_layout_resp buf_layout; /**< BUF_GET_LAYOUT. */
        struct xencamera_buf_request buf_request;        /**< BUF_REQUEST. */
        struct xencamera_ctrl_enum_resp ctrl_enum;       /**< CTRL_ENUM. */
        struct xencamera_ctrl_value ctrl_value;          /**< CTRL_GET. */
        uint8_t reserved1[56];                           /**< Fixes the size; unused octets zero. */
    } resp;
};

/** The request ring's types: `xen_cameraif_sring`, `xen_cameraif_front_ring`
 *  and `xen_cameraif_back_ring` (see DEFINE_RING_TYPES()). */
DEFINE_RING_TYPES(xen_cameraif, struct xencamera_req, struct xencamera_resp);

/** @} */

/**
 * @defgroup io_cameraif_h_events Events and the event page
 * The event page, granted by the frontend (`evt-ring-ref`), carries
 * 64-octet struct xencamera_evt events from the backend (the only
 * producer) to the frontend (the only consumer). It starts with the
 * 64-octet struct xencamera_event_page; the rest holds
 * XENCAMERA_IN_RING_LEN event slots from XENCAMERA_IN_RING_OFFS.
 *
 * `in_prod` and `in_cons` count events and only grow, wrapping at 2^32;
 * event number `i` lives in slot XENCAMERA_IN_RING_REF(page, i). The
 * backend writes an event into the slot of `in_prod`, issues a write
 * barrier, increments `in_prod` and signals `evt-event-channel`. The
 * frontend reads `in_prod`, issues a read barrier, handles the events up
 * to it and then advances `in_cons`. The frontend may acknowledge after
 * every event, after a batch or not at all, so the backend never waits
 * for `in_cons` to move.
 *
 * XENCAMERA_EVT_CTRL_CHANGE is not sent for write-only controls, nor to
 * the frontend whose XENCAMERA_OP_CTRL_SET caused the change, nor for the
 * initial values: a frontend reads those with XENCAMERA_OP_CTRL_GET.
 * @{ */

/** XENCAMERA_EVT_FRAME_AVAIL: a captured frame is in a queued buffer,
 *  which the frontend may now take back with XENCAMERA_OP_BUF_DEQUEUE. */
struct xencamera_frame_avail_evt {
    uint8_t index;       /**< Offset 8: the buffer holding the frame. */
    uint8_t reserved[3]; /**< Offsets 9-11: reserved, zero. */
    uint32_t used_sz;    /**< Offset 12: octets of the frame; below the buffer size for compressed formats. */
    uint32_t seq_num;    /**< Offset 16: frame number, growing by one per captured frame; a gap means
                              frames were dropped (when the hardware can tell). */
};

/** An event, backend to frontend (64 octets). */
struct xencamera_evt {
    uint16_t id;         /**< Offset 0: event number, for the frontend's use. */
    uint8_t type;        /**< Offset 2: XENCAMERA_EVT_*. */
    uint8_t reserved[5]; /**< Offsets 3-7: reserved, zero. */
    /** Offset 8: the event's data. */
    union {
        struct xencamera_frame_avail_evt frame_avail; /**< XENCAMERA_EVT_FRAME_AVAIL. */
        struct xencamera_ctrl_value ctrl_value;       /**< XENCAMERA_EVT_CTRL_CHANGE. */
        uint8_t reserved[56];                         /**< Fixes the size; unused octets zero. */
    } evt;
};

/** Head of the event page. */
struct xencamera_event_page {
    uint32_t in_cons;      /**< Offset 0: events the frontend has consumed; written by the frontend. */
    uint32_t in_prod;      /**< Offset 4: events the backend has posted; written by the backend. */
    uint8_t reserved[56];  /**< Offset 8: reserved, zero. */
};

/** Size of the event page, in octets. */
#define XENCAMERA_EVENT_PAGE_SIZE 4096
/** Octet offset of the first event slot: right after the head. */
#define XENCAMERA_IN_RING_OFFS (sizeof(struct xencamera_event_page))
/** Octets of the event page available for slots. */
#define XENCAMERA_IN_RING_SIZE (XENCAMERA_EVENT_PAGE_SIZE - XENCAMERA_IN_RING_OFFS)
/** Number of event slots (63). */
#define XENCAMERA_IN_RING_LEN (XENCAMERA_IN_RING_SIZE / sizeof(struct xencamera_evt))
/** The slots of the event page at @p page, as an array of struct
 *  xencamera_evt. */
#define XENCAMERA_IN_RING(page) \
    ((struct xencamera_evt *)((char *)(page) + XENCAMERA_IN_RING_OFFS))
/** The slot (an lvalue) of event number @p idx in the event page at
 *  @p page. */
#define XENCAMERA_IN_RING_REF(page, idx) \
    (XENCAMERA_IN_RING((page))[(idx) % XENCAMERA_IN_RING_LEN])

/** @} */

#endif /* XEN_PUBLIC_IO_CAMERAIF_H */
