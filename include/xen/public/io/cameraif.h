/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief PV camera (vcamera): a video capture device that a guest drives
 *        through a backend running in another domain.
 *
 * The backend (EPAM's `camera_be`, say, in Dom0 or a driver domain) owns
 * the real capture hardware and may share it between guests. The frontend
 * is the guest's camera driver (a V4L2 driver on Linux). It runs the
 * classic capture loop over the request ring: choose a pixel format,
 * frame size and frame rate, agree on a number of frame buffers, share
 * them, hand them to the backend, start the stream, and take each buffer
 * back once the backend says a frame landed in it.
 *
 * Much of the vocabulary is borrowed from V4L2: pixel formats are V4L2
 * FOURCC codes, and the colour description constants carry V4L2's
 * names, although this header numbers them itself.
 *
 * Every virtual camera owns three kinds of shared memory:
 * - a request ring: one page granted by the frontend (`req-ring-ref`,
 *   event channel `req-event-channel`), typed by
 *   DEFINE_RING_TYPES(xen_cameraif, ...); requests (struct xencamera_req)
 *   go to the backend, and each comes back answered by one struct
 *   xencamera_resp with the same `id`; both are 64 octets;
 * - an event page: one page granted by the frontend (`evt-ring-ref`,
 *   event channel `evt-event-channel`) that starts with struct
 *   xencamera_event_page; the backend posts 64-octet struct xencamera_evt
 *   there on its own initiative (a frame is ready, a control moved);
 * - the frame buffers, at most `max-buffers` of them, each described by a
 *   chain of struct xencamera_page_directory pages and known to both
 *   sides by a small index.
 *
 * Ring notifications follow ring.h's hold-off scheme. The frontend kicks
 * `req-event-channel` after posting requests only when
 * RING_PUSH_REQUESTS_AND_CHECK_NOTIFY() says so, and the backend kicks it
 * after posting responses only when RING_PUSH_RESPONSES_AND_CHECK_NOTIFY()
 * says so. That only works if, before going idle, the backend re-arms
 * `req_event` with RING_FINAL_CHECK_FOR_REQUESTS() and the frontend
 * re-arms `rsp_event` with RING_FINAL_CHECK_FOR_RESPONSES().
 *
 * General rules: a page is XEN_PAGE_SIZE (4096) octets; grant reference 0
 * is taken by the PV console and so is never handed to this protocol,
 * which uses it to mean "no page"; reserved fields and unused flag bits
 * are sent as zero; multi-octet values use the guest's native byte order.
 *
 * The rest of the file: @ref io_cameraif_h_xenstore (keys),
 * @ref io_cameraif_h_states (handshake), @ref io_cameraif_h_requests,
 * @ref io_cameraif_h_responses, @ref io_cameraif_h_status and
 * @ref io_cameraif_h_event_page.
 *
 * Stability: stable (wire protocol). Callers: camera frontends in guests,
 * camera backends in Dom0 or driver domains, and the toolstack that
 * writes each camera's configuration.
 */
#ifndef __XEN_PUBLIC_IO_CAMERAIF_H__
#define __XEN_PUBLIC_IO_CAMERAIF_H__

#include "ring.h"
#include "../grant_table.h"

/** @defgroup hdr_io_cameraif_h io/cameraif.h
 *  @ingroup xen_io */

/**
 * @defgroup io_cameraif_h_xenstore XenStore layout
 *  @ingroup hdr_io_cameraif_h
 * Which keys exist, who writes them and how their values are spelled.
 * Key names are the XENCAMERA_FIELD_* macros of @ref io_cameraif_h_names.
 *
 * Every value is a string. Numbers are written in decimal and must fit
 * the C type named in the tables. Lists use XENCAMERA_LIST_SEPARATOR (a
 * comma) between items, and the order of the items carries no meaning.
 *
 * **Paths.** One `<dev-id>` is one camera. Its frontend directory is
 * `/local/domain/<dom-id>/device/vcamera/<dev-id>` and its backend
 * directory `/local/domain/<backend-id>/backend/vcamera/<dom-id>/<dev-id>`;
 * `<dom-id>` and `<dev-id>` fit a uint16_t. Both directories also hold the
 * generic XenBus keys (`frontend`, `frontend-id`, `backend`, `backend-id`,
 * `state`).
 *
 * **Backend directory**
 *
 * | Key | Type | Written by | Meaning |
 * |-----|------|------------|---------|
 * | `versions` | list of strings | backend | every protocol version it speaks |
 *
 * **Frontend directory**
 *
 * | Key | Type | Written by | Meaning |
 * |-----|------|------------|---------|
 * | `version` | string | frontend | the version chosen from `versions` |
 * | `be-alloc` | "0" or "1" | toolstack | who allocates frame buffers, see below |
 * | `unique-id` | string | toolstack | the backend's name for this camera |
 * | `max-buffers` | uint8_t | toolstack | most frame buffers the frontend may use |
 * | `controls` | list of names | toolstack | controls offered, see below |
 * | `formats/...` | directories | toolstack | formats, sizes and rates, see below |
 * | `req-ring-ref` | uint32_t | frontend | grant reference of the request ring page |
 * | `req-event-channel` | uint32_t | frontend | event-channel port of the request ring |
 * | `evt-ring-ref` | uint32_t | frontend | grant reference of the event page |
 * | `evt-event-channel` | uint32_t | frontend | event-channel port of the event page |
 *
 * `be-alloc`: only the exact value "1" lets the frontend ask the backend
 * to provide the memory of frame buffers (see XENCAMERA_OP_BUF_CREATE);
 * with any other value, or none, the frontend supplies all of it.
 *
 * `unique-id`: chosen by the toolstack (a UUID, for instance) so that the
 * backend can tell which of its physical cameras or settings this virtual
 * camera stands for.
 *
 * "toolstack" is the protocol's word for whoever sets up the devices: the
 * toolstack of Xen 4.22.0 (libxl) writes no vcamera keys at all.
 *
 * `controls`: the names (XENCAMERA_CTRL_*_STR) of the controls the
 * frontend may use, e.g. "contrast,hue".
 *
 * **Formats, sizes and rates.** The capture modes are a three-level tree
 * below `formats`:
 *
 *     formats/<fourcc>/<width>x<height>/frame-rates = "<num>/<den>,..."
 *
 * - `<fourcc>` is the V4L2 FOURCC code of a pixel format written as text.
 *   Trailing spaces of the code are dropped ("Y16 " becomes "Y16"). The
 *   big-endian twin of a little-endian format gets the suffix
 *   XENCAMERA_FOURCC_BIGENDIAN_STR ("AR15" and "AR15-BE"), so a name is
 *   at most 7 characters. A code may use characters 0x20 to 0x7f, but a
 *   name in XenStore may not contain a slash, backslash, space, less-than
 *   or greater-than sign, colon, double quote, vertical bar, question mark
 *   or asterisk.
 * - `<width>x<height>` is one frame size in pixels: two uint32_t joined by
 *   XENCAMERA_RESOLUTION_SEPARATOR.
 * - `frame-rates` lists the frame rates offered for that format and size,
 *   each as a uint32_t numerator and denominator joined by
 *   XENCAMERA_FRACTION_SEPARATOR, in frames per second ("30/1", or "15/2"
 *   for 7.5 frames a second).
 *
 * **Example.** Guest domain 1, backend in domain 0, one camera:
 *
 *     backend/vcamera/1/0/versions                         "1"
 *     device/vcamera/0/version                             "1"
 *     device/vcamera/0/be-alloc                            "0"
 *     device/vcamera/0/unique-id                           "front-cam"
 *     device/vcamera/0/max-buffers                         "4"
 *     device/vcamera/0/controls                            "brightness,hue"
 *     device/vcamera/0/formats/YUYV/1280x720/frame-rates   "30/1,25/1"
 *     device/vcamera/0/formats/MJPG/1920x1080/frame-rates  "30/1"
 *     device/vcamera/0/req-ring-ref                        "901"
 *     device/vcamera/0/req-event-channel                   "22"
 *     device/vcamera/0/evt-ring-ref                        "902"
 *     device/vcamera/0/evt-event-channel                   "23"
 *
 * (the backend keys live under `/local/domain/0/`, the frontend keys
 * under `/local/domain/1/`).
 * @{ */
/** @} */

/**
 * @defgroup io_cameraif_h_states Connection sequence
 *  @ingroup hdr_io_cameraif_h
 * The two `state` keys take XenbusState values (xenbus.h). Before either
 * driver runs, the toolstack creates both as Initialising and fills in
 * the camera's configuration in the frontend directory.
 *
 * 1. Backend, Initialising: works out which frontend and camera it
 *    serves, opens and checks the capture device, publishes `versions`,
 *    and moves to InitWait.
 * 2. Frontend, Initialising: reads the configuration and `versions`,
 *    writes `version`, allocates and grants the request ring and the
 *    event page, allocates their two event channels, publishes the four
 *    transport keys, and moves to Initialised.
 * 3. Backend: reads the transport keys, maps both pages, binds both
 *    channels, and moves to Connected.
 * 4. Frontend: registers its OS camera device as configured and moves to
 *    Connected. Requests may flow from now on.
 *
 * **Shutdown.** When the backend's state turns to Closing, Closed or
 * Unknown, the frontend unregisters the camera device, releases the
 * channels and pages, and moves to Closed.
 *
 * **Recovery.** A frontend that broke beyond repair counts, for the
 * backend, as a frontend in Closed. If the backend breaks, the frontend
 * tries to unregister its camera device straight away; if that works it
 * returns to Initialising and waits for a fresh backend. If applications
 * still hold the device, it moves to Reconfiguring: it turns new users
 * away and fails the current ones so they let go, since their buffers and
 * settings belong to the dead connection and restoring them is not worth
 * the effort. When the device is finally gone (the OS reports its last
 * close, a deferred retry succeeds, or some other way) or the backend
 * opens a new connection, it returns to Initialising.
 * @{ */
/** @} */

/** @defgroup io_cameraif_h_version Protocol version
 *  @ingroup hdr_io_cameraif_h
 *  @{ */
/** The version this header describes, as spelled in `versions` and
 *  `version`. */
#define XENCAMERA_PROTOCOL_VERSION     "1"
/** @} */

/** @defgroup io_cameraif_h_ops Request operations
 *  @ingroup hdr_io_cameraif_h
 *  Values of xencamera_req::operation, repeated in
 *  xencamera_resp::operation. @ref io_cameraif_h_requests explains each.
 *  @{ */
#define XENCAMERA_OP_CONFIG_SET        0x00 /**< Set format and frame size. */
#define XENCAMERA_OP_CONFIG_GET        0x01 /**< Read the configuration in force. */
#define XENCAMERA_OP_CONFIG_VALIDATE   0x02 /**< Try a configuration without applying it. */
#define XENCAMERA_OP_FRAME_RATE_SET    0x03 /**< Set the frame rate. */
#define XENCAMERA_OP_BUF_GET_LAYOUT    0x04 /**< Ask for the size and planes of a buffer. */
#define XENCAMERA_OP_BUF_REQUEST       0x05 /**< Agree on the number of buffers. */
#define XENCAMERA_OP_BUF_CREATE        0x06 /**< Share one frame buffer. */
#define XENCAMERA_OP_BUF_DESTROY       0x07 /**< Stop sharing one frame buffer. */
#define XENCAMERA_OP_BUF_QUEUE         0x08 /**< Give a buffer to the backend to fill. */
#define XENCAMERA_OP_BUF_DEQUEUE       0x09 /**< Take a buffer back from the backend. */
#define XENCAMERA_OP_CTRL_ENUM         0x0a /**< Describe the control at an index. */
#define XENCAMERA_OP_CTRL_SET          0x0b /**< Change a control's value. */
#define XENCAMERA_OP_CTRL_GET          0x0c /**< Read a control's value. */
#define XENCAMERA_OP_STREAM_START      0x0d /**< Begin capturing. */
#define XENCAMERA_OP_STREAM_STOP       0x0e /**< End capturing. */
/** @} */

/** @defgroup io_cameraif_h_ctrls Controls
 *  @ingroup hdr_io_cameraif_h
 *  Control types, used in the `type` fields of struct
 *  xencamera_ctrl_value, struct xencamera_get_ctrl_req and struct
 *  xencamera_ctrl_enum_resp. Their XenStore names are the matching
 *  XENCAMERA_CTRL_*_STR of @ref io_cameraif_h_names. Ranges, steps and
 *  defaults are whatever XENCAMERA_OP_CTRL_ENUM reports.
 *  @{ */
#define XENCAMERA_CTRL_BRIGHTNESS      0 /**< Picture brightness (black level). */
#define XENCAMERA_CTRL_CONTRAST        1 /**< Picture contrast (gain). */
#define XENCAMERA_CTRL_SATURATION      2 /**< Colour saturation. */
#define XENCAMERA_CTRL_HUE             3 /**< Hue (colour balance). */

/** How many control types the protocol defines; a camera offers at most
 *  this many controls. */
#define XENCAMERA_MAX_CTRL             4
/** @} */

/** @defgroup io_cameraif_h_ctrl_flags Control flags
 *  @ingroup hdr_io_cameraif_h
 *  Bits of xencamera_ctrl_enum_resp::flags; the other bits are zero.
 *  @{ */
/** The value can be read but XENCAMERA_OP_CTRL_SET on it fails. */
#define XENCAMERA_CTRL_FLG_RO          (1 << 0)
/** The value can be set but not read back; no XENCAMERA_EVT_CTRL_CHANGE
 *  is ever sent for it. */
#define XENCAMERA_CTRL_FLG_WO          (1 << 1)
/** The device itself may change the value at any time (automatic
 *  exposure, say), so a value read earlier may already be stale. */
#define XENCAMERA_CTRL_FLG_VOLATILE    (1 << 2)
/** @} */

/** @defgroup io_cameraif_h_colorspace Colour spaces
 *  @ingroup hdr_io_cameraif_h
 *  Values of xencamera_config_resp::colorspace: the primaries and white
 *  point of the pixels. The names match V4L2's V4L2_COLORSPACE_*, but
 *  the numbers do not, so translate rather than copy the value.
 *  @{ */
#define XENCAMERA_COLORSPACE_DEFAULT   0 /**< Whatever the pixel format implies. */
#define XENCAMERA_COLORSPACE_SMPTE170M 1 /**< SMPTE 170M, standard-definition TV. */
#define XENCAMERA_COLORSPACE_REC709    2 /**< ITU-R BT.709, high-definition TV. */
#define XENCAMERA_COLORSPACE_SRGB      3 /**< sRGB, as on computer screens. */
#define XENCAMERA_COLORSPACE_OPRGB     4 /**< opRGB (Adobe RGB). */
#define XENCAMERA_COLORSPACE_BT2020    5 /**< ITU-R BT.2020, ultra-high-definition TV. */
#define XENCAMERA_COLORSPACE_DCI_P3    6 /**< DCI-P3, digital cinema. */
/** @} */

/** @defgroup io_cameraif_h_xfer_func Transfer functions
 *  @ingroup hdr_io_cameraif_h
 *  Values of xencamera_config_resp::xfer_func: how linear light maps to
 *  the stored values. Named after V4L2's V4L2_XFER_FUNC_*, numbered
 *  independently.
 *  @{ */
#define XENCAMERA_XFER_FUNC_DEFAULT    0 /**< The one the colour space implies. */
#define XENCAMERA_XFER_FUNC_709        1 /**< ITU-R BT.709 curve. */
#define XENCAMERA_XFER_FUNC_SRGB       2 /**< sRGB curve. */
#define XENCAMERA_XFER_FUNC_OPRGB      3 /**< opRGB curve. */
#define XENCAMERA_XFER_FUNC_NONE       4 /**< None: the values are linear. */
#define XENCAMERA_XFER_FUNC_DCI_P3     5 /**< DCI-P3 curve. */
#define XENCAMERA_XFER_FUNC_SMPTE2084  6 /**< SMPTE ST 2084 (PQ), for HDR. */
/** @} */

/** @defgroup io_cameraif_h_ycbcr_enc Y'CbCr encodings
 *  @ingroup hdr_io_cameraif_h
 *  Values of xencamera_config_resp::ycbcr_enc: the matrix between RGB and
 *  Y'CbCr. It only means something for Y'CbCr pixel formats; for others
 *  the frontend ignores it. Named after V4L2's V4L2_YCBCR_ENC_*,
 *  numbered independently.
 *  @{ */
#define XENCAMERA_YCBCR_ENC_IGNORE           0 /**< No matrix given; use the format's default. */
#define XENCAMERA_YCBCR_ENC_601              1 /**< ITU-R BT.601. */
#define XENCAMERA_YCBCR_ENC_709              2 /**< ITU-R BT.709. */
#define XENCAMERA_YCBCR_ENC_XV601            3 /**< xvYCC, extended-gamut BT.601. */
#define XENCAMERA_YCBCR_ENC_XV709            4 /**< xvYCC, extended-gamut BT.709. */
#define XENCAMERA_YCBCR_ENC_BT2020           5 /**< ITU-R BT.2020, non-constant luminance. */
#define XENCAMERA_YCBCR_ENC_BT2020_CONST_LUM 6 /**< ITU-R BT.2020, constant luminance. */
/** @} */

/** @defgroup io_cameraif_h_quantization Quantization ranges
 *  @ingroup hdr_io_cameraif_h
 *  Values of xencamera_config_resp::quantization: whether samples use the
 *  whole integer range or leave head- and footroom (16 to 235 for 8-bit
 *  luma). Named after V4L2's V4L2_QUANTIZATION_*.
 *  @{ */
#define XENCAMERA_QUANTIZATION_DEFAULT       0 /**< Whatever the colour space implies. */
#define XENCAMERA_QUANTIZATION_FULL_RANGE    1 /**< The whole range (0 to 255 for 8 bits). */
#define XENCAMERA_QUANTIZATION_LIM_RANGE     2 /**< The limited, studio range. */
/** @} */

/** @defgroup io_cameraif_h_evts Event types
 *  @ingroup hdr_io_cameraif_h
 *  Values of xencamera_evt::type.
 *  @{ */
/** A frame has been captured into a buffer: `evt.frame_avail`. */
#define XENCAMERA_EVT_FRAME_AVAIL      0x00
/** A control has a new value: `evt.ctrl_value`. */
#define XENCAMERA_EVT_CTRL_CHANGE      0x01
/** @} */

/** @defgroup io_cameraif_h_names XenStore names and values
 *  @ingroup hdr_io_cameraif_h
 *  Device class, separators, key names and value spellings used in
 *  @ref io_cameraif_h_xenstore.
 *  @{ */
#define XENCAMERA_DRIVER_NAME          "vcamera" /**< Device class in XenStore paths. */

#define XENCAMERA_LIST_SEPARATOR       "," /**< Between the items of a list value. */
#define XENCAMERA_RESOLUTION_SEPARATOR "x" /**< Between width and height of a size. */
#define XENCAMERA_FRACTION_SEPARATOR   "/" /**< Between numerator and denominator. */

#define XENCAMERA_FIELD_BE_VERSIONS    "versions"          /**< Backend: versions offered. */
#define XENCAMERA_FIELD_FE_VERSION     "version"           /**< Frontend: version chosen. */
#define XENCAMERA_FIELD_REQ_RING_REF   "req-ring-ref"      /**< Frontend: request ring grant. */
#define XENCAMERA_FIELD_REQ_CHANNEL    "req-event-channel" /**< Frontend: request ring port. */
#define XENCAMERA_FIELD_EVT_RING_REF   "evt-ring-ref"      /**< Frontend: event page grant. */
#define XENCAMERA_FIELD_EVT_CHANNEL    "evt-event-channel" /**< Frontend: event page port. */
#define XENCAMERA_FIELD_MAX_BUFFERS    "max-buffers"       /**< Frontend: buffer limit. */
#define XENCAMERA_FIELD_CONTROLS       "controls"          /**< Frontend: controls offered. */
#define XENCAMERA_FIELD_FORMATS        "formats"           /**< Frontend: root of the modes. */
#define XENCAMERA_FIELD_FRAME_RATES    "frame-rates"       /**< Frontend: rates of one mode. */
#define XENCAMERA_FIELD_BE_ALLOC       "be-alloc"          /**< Frontend: backend allocates. */
#define XENCAMERA_FIELD_UNIQUE_ID      "unique-id"         /**< Frontend: camera identity. */

#define XENCAMERA_CTRL_BRIGHTNESS_STR  "brightness" /**< Name of XENCAMERA_CTRL_BRIGHTNESS. */
#define XENCAMERA_CTRL_CONTRAST_STR    "contrast"   /**< Name of XENCAMERA_CTRL_CONTRAST. */
#define XENCAMERA_CTRL_SATURATION_STR  "saturation" /**< Name of XENCAMERA_CTRL_SATURATION. */
#define XENCAMERA_CTRL_HUE_STR         "hue"        /**< Name of XENCAMERA_CTRL_HUE. */

/** Suffix that turns a format directory name into its big-endian twin. */
#define XENCAMERA_FOURCC_BIGENDIAN_STR "-BE"

/** Most planes a frame buffer can have; sizes the plane arrays. */
#define XENCAMERA_MAX_PLANE            4
/** @} */

/**
 * @defgroup io_cameraif_h_status Response status
 *  @ingroup hdr_io_cameraif_h
 * xencamera_resp::status is 0 on success and a negated Xen error number
 * (XEN_E*, errno.h) on failure. The protocol does not tie numbers to
 * causes, so a frontend must take any negative value as "nothing
 * happened" and can only log or pass on the number. Sensible choices for
 * a backend:
 *
 * | Status | Typical cause |
 * |--------|---------------|
 * | 0 | success |
 * | -XEN_EINVAL | bad field: unknown operation or control, index out of range |
 * | -XEN_EBUSY | not allowed now, e.g. a configuration change while streaming |
 * | -XEN_ENOMEM | the backend cannot allocate or map buffer memory |
 * | -XEN_EIO | the capture device failed |
 * | -XEN_EOPNOTSUPP | an operation or control the backend does not implement |
 * @{ */
/** @} */

/**
 * @defgroup io_cameraif_h_requests Requests
 *  @ingroup hdr_io_cameraif_h
 * A request is a 64-octet struct xencamera_req: an 8-octet head (`id`,
 * `operation`, reserved) followed, from offset 8, by the member of `req`
 * the operation uses, the remaining octets being zero. Offsets below
 * count from the start of the request. Two conventions hold throughout:
 * a frame rate is a fraction in frames per second, `frame_rate_numer /
 * frame_rate_denom`; a buffer index counts from 0 and is below the
 * `num_bufs` granted by the last XENCAMERA_OP_BUF_REQUEST.
 *
 * | Operation | `req` member | Response `resp` member |
 * |-----------|--------------|------------------------|
 * | XENCAMERA_OP_CONFIG_SET | `config` | `config` |
 * | XENCAMERA_OP_CONFIG_GET | none | `config` |
 * | XENCAMERA_OP_CONFIG_VALIDATE | `config` | `config` |
 * | XENCAMERA_OP_FRAME_RATE_SET | `frame_rate` | none |
 * | XENCAMERA_OP_BUF_GET_LAYOUT | none | `buf_layout` |
 * | XENCAMERA_OP_BUF_REQUEST | `buf_request` | `buf_request` |
 * | XENCAMERA_OP_BUF_CREATE | `buf_create` | none |
 * | XENCAMERA_OP_BUF_DESTROY | `index` | none |
 * | XENCAMERA_OP_BUF_QUEUE | `index` | none |
 * | XENCAMERA_OP_BUF_DEQUEUE | `index` | none |
 * | XENCAMERA_OP_CTRL_ENUM | `index` | `ctrl_enum` |
 * | XENCAMERA_OP_CTRL_SET | `ctrl_value` | none |
 * | XENCAMERA_OP_CTRL_GET | `get_ctrl` | `ctrl_value` |
 * | XENCAMERA_OP_STREAM_START | none | none |
 * | XENCAMERA_OP_STREAM_STOP | none | none |
 *
 * **Typical session.**
 * 1. Optionally CTRL_ENUM for indexes 0, 1, ... until one fails, then
 *    CTRL_GET each control to learn its current value (no event reports
 *    it at connection time).
 * 2. CONFIG_SET (after CONFIG_VALIDATE, if it wants to probe) and
 *    FRAME_RATE_SET; read back what the backend actually chose.
 * 3. BUF_GET_LAYOUT for the buffer size and planes, then BUF_REQUEST for
 *    the number of buffers, then BUF_CREATE for each index below the
 *    granted count.
 * 4. BUF_QUEUE every buffer, then STREAM_START.
 * 5. On each XENCAMERA_EVT_FRAME_AVAIL, BUF_DEQUEUE that index, use the
 *    frame, and BUF_QUEUE the buffer again.
 * 6. STREAM_STOP; to tear down, make sure every buffer is queued,
 *    BUF_DESTROY each, and BUF_REQUEST with `num_bufs` 0.
 *
 * **What the stream state allows.** While streaming (between the
 * responses to STREAM_START and STREAM_STOP), neither the configuration,
 * nor the frame rate, nor the buffer count may change. Once BUF_REQUEST
 * has granted a non-zero count, the configuration stays fixed until every
 * buffer has been destroyed and BUF_REQUEST has been sent with 0. The
 * frame rate, in contrast, may change with buffers in place as long as
 * the stream is stopped. CONFIG_GET and CONFIG_VALIDATE may be sent at
 * any point, streaming or not, buffers or not.
 * @{ */

/** XENCAMERA_OP_CONFIG_SET and XENCAMERA_OP_CONFIG_VALIDATE: the mode the
 *  frontend would like. SET makes the backend adopt the closest mode it
 *  supports; VALIDATE only reports which mode that would be. Either way
 *  the response's `resp.config` holds the backend's choice, which may
 *  differ from the request, so the frontend checks it before relying on
 *  it. SET may be repeated to refine the choice until streaming starts. */
struct xencamera_config_req {
    uint32_t pixel_format; /**< Offset 8: pixel format, a V4L2 FOURCC code. */
    uint32_t width;        /**< Offset 12: frame width, in pixels. */
    uint32_t height;       /**< Offset 16: frame height, in pixels. */
};

/** XENCAMERA_OP_FRAME_RATE_SET: the frame rate wanted, in frames per
 *  second. The response carries no data; XENCAMERA_OP_CONFIG_GET tells
 *  the rate the backend really applied. Refused while streaming. */
struct xencamera_frame_rate_req {
    uint32_t frame_rate_numer; /**< Offset 8: numerator of the rate. */
    uint32_t frame_rate_denom; /**< Offset 12: denominator of the rate; not 0. */
};

/** XENCAMERA_OP_BUF_REQUEST, in the request and in its response.
 *
 * In the request, a non-zero `num_bufs` is how many frame buffers the
 * frontend would like, at most `max-buffers`; the response's
 * `resp.buf_request.num_bufs` is how many it may actually create, which
 * the frontend checks. The request may be repeated until streaming
 * starts, and from the first non-zero grant on the configuration is
 * frozen.
 *
 * A `num_bufs` of 0 releases whatever the backend still holds for the
 * buffers and unfreezes the configuration; the frontend destroys its
 * buffers first. While streaming, any BUF_REQUEST fails. */
struct xencamera_buf_request {
    uint8_t num_bufs; /**< Offset 8: number of frame buffers. */
};

/** XENCAMERA_OP_BUF_CREATE: share frame buffer `index`. Its size is the
 *  `size` of the XENCAMERA_OP_BUF_GET_LAYOUT response, and its pages are
 *  listed by a page directory (struct xencamera_page_directory) whose
 *  first page is `gref_directory`.
 *
 *  Creating an index that already exists fails; after
 *  XENCAMERA_OP_BUF_DESTROY the index is free again.
 *
 *  Who provides the memory depends on `be-alloc`. When it is not "1",
 *  the frontend allocates the buffer, grants every page to the backend
 *  and fills in the whole directory before sending the request. When it
 *  is "1", the frontend allocates, grants and chains the directory pages
 *  only (setting each `gref_dir_next_page`); the backend allocates the
 *  buffer, grants its pages to the frontend and writes their references
 *  into the directory's `gref` arrays before it answers. */
struct xencamera_buf_create_req {
    uint8_t index;        /**< Offset 8: buffer index, below the granted `num_bufs`. */
    uint8_t reserved[3];  /**< Offsets 9-11: reserved, zero. */
    /** Offsets 12-27: where each plane starts, in octets from the start of
     *  the buffer; the first `num_planes` (from XENCAMERA_OP_BUF_GET_LAYOUT)
     *  are meaningful, the others are zero. Offsets may differ from buffer
     *  to buffer, sizes and strides may not. */
    uint32_t plane_offset[XENCAMERA_MAX_PLANE];
    /** Offset 28: grant reference of the first directory page; there is
     *  always at least one. */
    grant_ref_t gref_directory;
};

/** One page of a page directory: the list, in order, of the grant
 *  references of a frame buffer's pages. Pages are chained through
 *  `gref_dir_next_page`, and each holds XEN_PAGE_SIZE / 4 - 1 (1023)
 *  references after that link. The number of references is not sent; both
 *  sides derive it from the layout's `size` as
 *  `(size + XEN_PAGE_SIZE - 1) / XEN_PAGE_SIZE`, so only the last
 *  directory page may be partly used. */
XEN_EXTENSIONS_BEGIN
struct xencamera_page_directory {
    /** Offset 0: grant reference of the next directory page, 0 on the
     *  last. */
    grant_ref_t gref_dir_next_page;
    /** Offset 4: grant references of buffer pages, up to the end of the
     *  page. */
    grant_ref_t gref[XENPV_FLEX_ARRAY_DIM];
};
XEN_EXTENSIONS_END

/** Argument of the operations that name one thing by number:
 *
 * - XENCAMERA_OP_BUF_DESTROY: stop sharing frame buffer `index`. The
 *   buffer has to be queued (owned by the backend) when it is destroyed.
 *   After the response the side that granted its pages may revoke the
 *   grants and free them.
 * - XENCAMERA_OP_BUF_QUEUE: hand frame buffer `index` to the backend to
 *   capture into. From the request until the response to the matching
 *   XENCAMERA_OP_BUF_DEQUEUE the frontend must not touch its contents.
 * - XENCAMERA_OP_BUF_DEQUEUE: take frame buffer `index` back, normally
 *   after a XENCAMERA_EVT_FRAME_AVAIL for it; its contents belong to the
 *   frontend once the response is in.
 * - XENCAMERA_OP_CTRL_ENUM: describe control number `index` (0, 1, ...,
 *   below XENCAMERA_MAX_CTRL) in `resp.ctrl_enum`; an index past the
 *   last control the camera offers fails. */
struct xencamera_index {
    uint8_t index; /**< Offset 8: buffer index or control index. */
};

/** A control and its value. Used by XENCAMERA_OP_CTRL_SET in the request
 *  (the value to apply), by XENCAMERA_OP_CTRL_GET in the response (the
 *  current value), and by XENCAMERA_EVT_CTRL_CHANGE in the event (the new
 *  value). A value must lie between the control's `min` and `max` and on
 *  its `step` grid (see struct xencamera_ctrl_enum_resp). */
struct xencamera_ctrl_value {
    uint8_t type;        /**< Offset 8: the control, XENCAMERA_CTRL_*. */
    uint8_t reserved[7]; /**< Offsets 9-15: reserved, zero. */
    int64_t value;       /**< Offset 16: the control's value. */
};

/** XENCAMERA_OP_CTRL_GET: which control to read; the answer comes in the
 *  response's `resp.ctrl_value`. */
struct xencamera_get_ctrl_req {
    uint8_t type; /**< Offset 8: the control, XENCAMERA_CTRL_*. */
};

/** A request, frontend to backend: one slot of the request ring.
 *  XENCAMERA_OP_CONFIG_GET, XENCAMERA_OP_BUF_GET_LAYOUT,
 *  XENCAMERA_OP_STREAM_START and XENCAMERA_OP_STREAM_STOP have no
 *  arguments and leave `req` zero. */
struct xencamera_req {
    /** Offset 0: the frontend's own tag; the response carries it back. */
    uint16_t id;
    uint8_t operation;   /**< Offset 2: XENCAMERA_OP_*. */
    uint8_t reserved[5]; /**< Offsets 3-7: reserved, zero. */
    /** Offset 8: the operation's arguments. */
    union {
        /** XENCAMERA_OP_CONFIG_SET and XENCAMERA_OP_CONFIG_VALIDATE. */
        struct xencamera_config_req config;
        struct xencamera_frame_rate_req frame_rate; /**< XENCAMERA_OP_FRAME_RATE_SET. */
        struct xencamera_buf_request buf_request;   /**< XENCAMERA_OP_BUF_REQUEST. */
        struct xencamera_buf_create_req buf_create; /**< XENCAMERA_OP_BUF_CREATE. */
        /** XENCAMERA_OP_BUF_DESTROY, XENCAMERA_OP_BUF_QUEUE,
         *  XENCAMERA_OP_BUF_DEQUEUE and XENCAMERA_OP_CTRL_ENUM. */
        struct xencamera_index index;
        struct xencamera_ctrl_value ctrl_value;     /**< XENCAMERA_OP_CTRL_SET. */
        struct xencamera_get_ctrl_req get_ctrl;     /**< XENCAMERA_OP_CTRL_GET. */
        uint8_t reserved[56];                       /**< Fixes the size; unused octets zero. */
    } req;
};

/** @} */

/**
 * @defgroup io_cameraif_h_responses Responses
 *  @ingroup hdr_io_cameraif_h
 * The backend answers each request with one 64-octet struct
 * xencamera_resp on the request ring: the request's `id` and
 * `operation`, a `status` (@ref io_cameraif_h_status) and, from offset 8,
 * the results in `resp` for the operations that return some (see the
 * table in @ref io_cameraif_h_requests); the other octets are zero.
 * The frontend pairs each response with its request through `id`.
 * Offsets count from the start of the response.
 * @{ */

/** Result of XENCAMERA_OP_CONFIG_SET, XENCAMERA_OP_CONFIG_GET and
 *  XENCAMERA_OP_CONFIG_VALIDATE: the complete mode, as the backend has
 *  set it (SET), has it (GET) or would set it (VALIDATE). */
struct xencamera_config_resp {
    uint32_t pixel_format;          /**< Offset 8: pixel format, a V4L2 FOURCC code. */
    uint32_t width;                 /**< Offset 12: frame width, in pixels. */
    uint32_t height;                /**< Offset 16: frame height, in pixels. */
    uint32_t colorspace;            /**< Offset 20: XENCAMERA_COLORSPACE_*. */
    uint32_t xfer_func;             /**< Offset 24: XENCAMERA_XFER_FUNC_*. */
    /** Offset 28: XENCAMERA_YCBCR_ENC_*; to be ignored for formats that
     *  are not Y'CbCr. */
    uint32_t ycbcr_enc;
    uint32_t quantization;          /**< Offset 32: XENCAMERA_QUANTIZATION_*. */
    /** Offset 36: numerator of the shape the picture should be shown
     *  with (width to height), e.g. 16 for 16:9. */
    uint32_t displ_asp_ratio_numer;
    /** Offset 40: denominator of that shape, e.g. 9 for 16:9. */
    uint32_t displ_asp_ratio_denom;
    uint32_t frame_rate_numer;      /**< Offset 44: numerator of the frame rate, in frames/s. */
    uint32_t frame_rate_denom;      /**< Offset 48: denominator of the frame rate. */
};

/** Result of XENCAMERA_OP_BUF_GET_LAYOUT: how a frame buffer for the
 *  current configuration must look. The sizes and strides hold for every
 *  buffer; only the plane offsets, chosen in XENCAMERA_OP_BUF_CREATE, may
 *  vary between buffers. Entries past `num_planes` are zero. */
struct xencamera_buf_get_layout_resp {
    uint8_t num_planes;  /**< Offset 8: planes in a buffer, 1 to XENCAMERA_MAX_PLANE. */
    uint8_t reserved[3]; /**< Offsets 9-11: reserved, zero. */
    /** Offset 12: size of a whole buffer in octets, all planes and any
     *  padding included. */
    uint32_t size;
    /** Offsets 16-31: size of each plane in octets, padding included. */
    uint32_t plane_size[XENCAMERA_MAX_PLANE];
    /** Offsets 32-47: octets from the start of one line of a plane to the
     *  start of the next, padding included. */
    uint32_t plane_stride[XENCAMERA_MAX_PLANE];
};

/** Result of XENCAMERA_OP_CTRL_ENUM: what one control is and which
 *  values it takes. */
struct xencamera_ctrl_enum_resp {
    uint8_t index;       /**< Offset 8: the index asked about. */
    uint8_t type;        /**< Offset 9: the control at that index, XENCAMERA_CTRL_*. */
    uint8_t reserved[2]; /**< Offsets 10-11: reserved, zero. */
    uint32_t flags;      /**< Offset 12: XENCAMERA_CTRL_FLG_* bits. */
    int64_t min;         /**< Offset 16: smallest value. */
    int64_t max;         /**< Offset 24: largest value. */
    int64_t step;        /**< Offset 32: granularity: valid values are min + k * step. */
    int64_t def_val;     /**< Offset 40: the value the device starts with. */
};

/** A response, backend to frontend: one slot of the request ring. */
struct xencamera_resp {
    uint16_t id;        /**< Offset 0: `id` of the request answered. */
    uint8_t operation;  /**< Offset 2: `operation` of the request answered. */
    uint8_t reserved;   /**< Offset 3: reserved, zero. */
    int32_t status;     /**< Offset 4: 0, or a negative XEN_E* error. */
    /** Offset 8: the operation's results. */
    union {
        /** XENCAMERA_OP_CONFIG_SET, XENCAMERA_OP_CONFIG_GET and
         *  XENCAMERA_OP_CONFIG_VALIDATE. */
        struct xencamera_config_resp config;
        struct xencamera_buf_get_layout_resp buf_layout; /**< XENCAMERA_OP_BUF_GET_LAYOUT. */
        struct xencamera_buf_request buf_request;        /**< XENCAMERA_OP_BUF_REQUEST. */
        struct xencamera_ctrl_enum_resp ctrl_enum;       /**< XENCAMERA_OP_CTRL_ENUM. */
        struct xencamera_ctrl_value ctrl_value;          /**< XENCAMERA_OP_CTRL_GET. */
        uint8_t reserved1[56]; /**< Fixes the size; unused octets zero. */
    } resp;
};

/** @} */

/**
 * @defgroup io_cameraif_h_events Events
 *  @ingroup hdr_io_cameraif_h
 * The backend's unsolicited messages, posted on the event page
 * (@ref io_cameraif_h_event_page). An event is a 64-octet struct
 * xencamera_evt: an 8-octet head (`id`, `type`, reserved) and, from
 * offset 8, the member of `evt` that the type uses.
 *
 * **Frame available.** The backend finished writing a frame into a
 * queued buffer. The frontend then takes the buffer back with
 * XENCAMERA_OP_BUF_DEQUEUE. `seq_num` grows by one per captured frame,
 * so a jump shows that frames were dropped in between, though some
 * hardware cannot see its own drops and then never jumps.
 *
 * **Control changed.** A control took a new value. The backend sends it
 * to the other frontends sharing the camera, never to the frontend whose
 * XENCAMERA_OP_CTRL_SET caused the change, never for write-only controls,
 * and not at connection time: a frontend learns the starting values with
 * XENCAMERA_OP_CTRL_GET.
 * @{ */

/** Payload of XENCAMERA_EVT_FRAME_AVAIL. */
struct xencamera_frame_avail_evt {
    uint8_t index;       /**< Offset 8: the buffer that holds the new frame. */
    uint8_t reserved[3]; /**< Offsets 9-11: reserved, zero. */
    /** Offset 12: octets of frame data in the buffer; below the layout's
     *  `size` for compressed formats such as MJPEG. */
    uint32_t used_sz;
    uint32_t seq_num;    /**< Offset 16: frame sequence number. */
};

/** An event, backend to frontend: one slot of the event page. */
struct xencamera_evt {
    uint16_t id;         /**< Offset 0: event number, free for the frontend to use. */
    uint8_t type;        /**< Offset 2: XENCAMERA_EVT_*. */
    uint8_t reserved[5]; /**< Offsets 3-7: reserved, zero. */
    /** Offset 8: the event's data. */
    union {
        struct xencamera_frame_avail_evt frame_avail; /**< XENCAMERA_EVT_FRAME_AVAIL. */
        struct xencamera_ctrl_value ctrl_value;       /**< XENCAMERA_EVT_CTRL_CHANGE. */
        uint8_t reserved[56]; /**< Fixes the size; unused octets zero. */
    } evt;
};

/** @} */

/** @defgroup io_cameraif_h_ring Request ring
 *  @ingroup hdr_io_cameraif_h
 *  @{ */
/** The request ring types `xen_cameraif_sring`, `xen_cameraif_front_ring`
 *  and `xen_cameraif_back_ring` (ring.h). The ring occupies the page
 *  named by `req-ring-ref` and, with 64-octet slots, has 32 of them. */
DEFINE_RING_TYPES(xen_cameraif, struct xencamera_req, struct xencamera_resp);
/** @} */

/**
 * @defgroup io_cameraif_h_event_page Event page
 *  @ingroup hdr_io_cameraif_h
 * The page named by `evt-ring-ref` carries events from the backend (its
 * sole producer) to the frontend (its sole consumer). A 64-octet struct
 * xencamera_event_page opens it; XENCAMERA_IN_RING_LEN slots of struct
 * xencamera_evt follow from offset XENCAMERA_IN_RING_OFFS.
 *
 * `in_prod` and `in_cons` are free-running event counters that wrap at
 * 2^32; event number `i` occupies slot XENCAMERA_IN_RING_REF(page, i).
 * To post, the backend fills the slot of `in_prod`, issues a write
 * barrier, increments `in_prod` and signals `evt-event-channel`. To
 * consume, the frontend reads `in_prod`, issues a read barrier, processes
 * the events from `in_cons` up to it and then writes the new `in_cons`.
 *
 * The frontend is free to publish `in_cons` after each event, after a
 * batch, or not at all, so the backend must never wait on it.
 * @{ */

/** Head of the event page. */
struct xencamera_event_page {
    uint32_t in_cons;     /**< Offset 0: events consumed; written by the frontend. */
    uint32_t in_prod;     /**< Offset 4: events posted; written by the backend. */
    uint8_t reserved[56]; /**< Offsets 8-63: reserved, zero. */
};

/** Size of the event page, in octets. */
#define XENCAMERA_EVENT_PAGE_SIZE 4096
/** Octet offset of the first event slot: just past the head. */
#define XENCAMERA_IN_RING_OFFS (sizeof(struct xencamera_event_page))
/** Octets of the event page left for slots. */
#define XENCAMERA_IN_RING_SIZE (XENCAMERA_EVENT_PAGE_SIZE - XENCAMERA_IN_RING_OFFS)
/** Number of event slots (63). */
#define XENCAMERA_IN_RING_LEN (XENCAMERA_IN_RING_SIZE / sizeof(struct xencamera_evt))
/** The event slots of the page at @p page, as an array of struct
 *  xencamera_evt. */
#define XENCAMERA_IN_RING(page) \
    ((struct xencamera_evt *)((char *)(page) + XENCAMERA_IN_RING_OFFS))
/** The slot (an lvalue) that holds event number @p idx in the page at
 *  @p page. */
#define XENCAMERA_IN_RING_REF(page, idx) \
    (XENCAMERA_IN_RING((page))[(idx) % XENCAMERA_IN_RING_LEN])

/** @} */

#endif /* __XEN_PUBLIC_IO_CAMERAIF_H__ */
