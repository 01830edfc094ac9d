/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief PV sound (vsnd): virtual sound cards whose PCM streams a guest
 *        plays and records through a backend in another domain.
 *
 * The frontend (Linux `xen-snd-front`, which shows each card to ALSA)
 * turns the card description the toolstack left in XenStore into sound
 * devices; the backend (a user-space service such as xen-troops'
 * `snd_be`, usually in Dom0 or a driver domain) plays and captures the
 * audio on real hardware or through a software mixer, so a card may
 * offer more devices and streams than the hardware has.
 *
 * A card holds numbered PCM devices, and a device holds numbered
 * streams, each one playback or capture. Everything below the XenStore
 * handshake happens per stream:
 * - a request ring (one granted page, event channel `event-channel`)
 *   built by DEFINE_RING_TYPES(xen_sndif, ...): the frontend posts 64-octet
 *   struct xensnd_req and the backend answers each with a 64-octet struct
 *   xensnd_resp carrying the same `id`;
 * - an event page (one granted page, event channel `evt-event-channel`),
 *   struct xensnd_event_page, on which the backend reports asynchronous
 *   struct xensnd_evt events, today only the stream position;
 * - a data buffer that the frontend allocates and grants when it opens
 *   the stream (XENSND_OP_OPEN), described by a chain of struct
 *   xensnd_page_directory pages. Samples, volume values and mute flags
 *   all travel through that buffer; requests only name a byte range of it.
 *
 * Notifications on the request ring use the usual hold-off of ring.h:
 * the frontend signals `event-channel` after queuing requests when
 * RING_PUSH_REQUESTS_AND_CHECK_NOTIFY() asks for it, the backend after
 * queuing responses when RING_PUSH_RESPONSES_AND_CHECK_NOTIFY() does.
 * For that to work the backend keeps `req_event` current with
 * RING_FINAL_CHECK_FOR_REQUESTS() before it sleeps, and the frontend
 * keeps `rsp_event` current with RING_FINAL_CHECK_FOR_RESPONSES().
 *
 * Conventions: pages are XEN_PAGE_SIZE (4096) octets; grant reference 0
 * never names a page of this protocol (the console owns it), so 0 means
 * "none"; every reserved field is written as zero and ignored on
 * receipt; multi-octet fields are in the guest's native byte order.
 *
 * The keys, the connection sequence, the messages and the event page
 * are in @ref io_sndif_h_xenstore, @ref io_sndif_h_states,
 * @ref io_sndif_h_requests and @ref io_sndif_h_event_page.
 *
 * Stability: stable (wire protocol). Callers: sound frontends in guests
 * (Linux `xen-snd-front`), sound backends in Dom0 or driver domains, the
 * toolstack that writes the card configuration.
 */
#ifndef __XEN_PUBLIC_IO_SNDIF_H__
#define __XEN_PUBLIC_IO_SNDIF_H__

#include "ring.h"
#include "../grant_table.h"

/** @defgroup hdr_io_sndif_h io/sndif.h
 *  @ingroup xen_io */

/**
 * @defgroup io_sndif_h_xenstore XenStore layout
 *  @ingroup hdr_io_sndif_h
 * Where the keys live, who writes them and what their values look like.
 * The key names are the XENSND_FIELD_* macros of @ref io_sndif_h_names.
 *
 * All values are strings; numbers are decimal and must fit the C type
 * given in the tables. Lists separate their items with
 * XENSND_LIST_SEPARATOR (a comma) and have no required order.
 *
 * **Paths.** The frontend directory of device `<dev-id>` of domain
 * `<dom-id>` is `/local/domain/<dom-id>/device/vsnd/<dev-id>`. PCM device
 * `<pcm-dev-idx>` sits in the subdirectory of that number, and its stream
 * `<stream-idx>` one level further down, giving stream directories such
 * as `/local/domain/<dom-id>/device/vsnd/<dev-id>/<pcm-dev-idx>/<stream-idx>`
 * (the PCM parameter keys below may also sit at card or device level).
 * Both indexes count from 0 without gaps and fit a uint8_t; `<dom-id>`
 * and `<dev-id>` fit a uint16_t. The backend directory is the usual
 * `/local/domain/<backend-id>/backend/vsnd/<dom-id>/<dev-id>`, and both
 * hold the standard XenBus keys `frontend`, `frontend-id`, `backend`,
 * `backend-id` and `state`.
 *
 * **Backend directory**
 *
 * | Key | Type | Written by | Meaning |
 * |-----|------|------------|---------|
 * | `versions` | list of numbers | backend | every protocol version it can speak, e.g. "1,2" |
 *
 * **Frontend directory, card level**
 *
 * | Key | Type | Written by | Meaning |
 * |-----|------|------------|---------|
 * | `version` | number | frontend | the version it picked from `versions` |
 * | `short-name` | string, < 32 octets | toolstack | optional short card name |
 * | `long-name` | string, < 80 octets | toolstack | optional descriptive card name |
 *
 * **PCM device level** (`<dev-id>/<pcm-dev-idx>`)
 *
 * | Key | Type | Written by | Meaning |
 * |-----|------|------------|---------|
 * | `name` | string, < 80 octets | toolstack | optional name of the device within the card |
 *
 * **Stream level** (`<dev-id>/<pcm-dev-idx>/<stream-idx>`)
 *
 * | Key | Type | Written by | Meaning |
 * |-----|------|------------|---------|
 * | `type` | "p" or "c" | toolstack | playback ("p") or capture ("c") stream |
 * | `unique-id` | string | toolstack | the backend's name for the stream (a UUID, say) |
 * | `ring-ref` | uint32_t | frontend | grant reference of the one-page request ring |
 * | `event-channel` | uint32_t | frontend | event-channel port of the request ring |
 * | `evt-ring-ref` | uint32_t | frontend | grant reference of the one-page event page |
 * | `evt-event-channel` | uint32_t | frontend | event-channel port of the event page |
 *
 * A device that plays and records has two streams, one of each type.
 * `unique-id` must differ between all streams of the frontend; the
 * backend uses it to find its own settings for the stream.
 *
 * **PCM parameters, at any level** (written by the toolstack)
 *
 * | Key | Type | Meaning |
 * |-----|------|---------|
 * | `channels-min` | uint8_t, default 1 | fewest channels, 1 to `channels-max` |
 * | `channels-max` | uint8_t | most channels, at least `channels-min` |
 * | `sample-rates` | list of uint32_t | sampling rates offered, in Hz |
 * | `sample-formats` | list of names | formats offered, as XENSND_PCM_FORMAT_*_STR |
 * | `buffer-size` | uint32_t | largest data buffer of a stream, in octets |
 *
 * An item of `sample-rates` is shorter than XENSND_SAMPLE_RATE_MAX_LEN
 * characters; one of `sample-formats` is at most
 * XENSND_SAMPLE_FORMAT_MAX_LEN characters long.
 *
 * These five parameters are inherited: a value set for the card holds
 * for its devices and streams, and one set for a device holds for its
 * streams, unless a lower level sets the key again. A lower level may
 * only narrow what its parent offers (a card allowing 1 to 8 channels
 * may have a stream limited to 1 or 2, never one allowing 10).
 *
 * **Example**, for frontend domain 1, device 0, backend in domain 0:
 *
 *     backend/vsnd/1/0/versions                  "1,2"
 *     device/vsnd/0/version                      "2"
 *     device/vsnd/0/short-name                   "vcard"
 *     device/vsnd/0/sample-rates                 "44100,48000"
 *     device/vsnd/0/sample-formats               "s16_le,s32_le"
 *     device/vsnd/0/buffer-size                  "65536"
 *     device/vsnd/0/0/name                       "analog"
 *     device/vsnd/0/0/channels-max               "2"
 *     device/vsnd/0/0/0/type                     "p"
 *     device/vsnd/0/0/0/unique-id                "speakers"
 *     device/vsnd/0/0/0/ring-ref                 "8"
 *     device/vsnd/0/0/0/event-channel            "20"
 *     device/vsnd/0/0/0/evt-ring-ref             "9"
 *     device/vsnd/0/0/0/evt-event-channel        "21"
 *     device/vsnd/0/0/1/type                     "c"
 *     device/vsnd/0/0/1/unique-id                "microphone"
 *     device/vsnd/0/0/1/channels-max             "1"
 *     (and the four transport keys of stream 1)
 *
 * (backend paths are under `/local/domain/0/`, frontend ones under
 * `/local/domain/1/`).
 * @{ */
/** @} */

/**
 * @defgroup io_sndif_h_states Connection sequence
 *  @ingroup hdr_io_sndif_h
 * Both `state` keys hold XenbusState values (xenbus.h). The toolstack
 * creates them as Initialising and writes the card configuration into
 * the frontend directory before either driver starts.
 *
 * 1. Backend, in Initialising: finds out which frontend and card it
 *    serves, opens and checks its audio device, publishes `versions`,
 *    then enters InitWait.
 * 2. Frontend, in Initialising: reads the card configuration and
 *    `versions`, writes `version`; for every stream it allocates and
 *    grants a request ring and an event page, allocates their two event
 *    channels and writes the four transport keys; then it enters
 *    Initialised.
 * 3. Backend: reads the transport keys of every stream, maps the pages,
 *    binds the event channels, then enters Connected.
 * 4. Frontend: creates its OS sound card, devices and streams as
 *    configured, then enters Connected.
 *
 * Streams carry no traffic before both sides are Connected; the first
 * request of a stream is normally XENSND_OP_HW_PARAM_QUERY or
 * XENSND_OP_OPEN.
 *
 * **Shutdown.** When the backend's state becomes Closing, Closed or
 * Unknown, the frontend removes its sound devices, frees the rings, event
 * pages and event channels, and enters Closed.
 *
 * **Recovery.** A frontend that fails beyond repair is handled by the
 * backend exactly like one that entered Closed. When the backend fails,
 * the frontend tries to delete its sound devices at once. If it can, it
 * returns to Initialising, ready for a new backend. If applications still
 * hold them open, it enters Reconfiguring instead: there it refuses new
 * users and makes the existing ones fail and let go, because the buffers,
 * stream settings and client state they still hold belong to the dead
 * connection and reviving them is not worth the complexity. Once the
 * devices are gone (noticed through an OS callback for the last close, a
 * periodic retry from deferred work, or any other means), or when the
 * backend starts a new connection, it goes back to Initialising.
 * @{ */
/** @} */

/** @defgroup io_sndif_h_version Protocol version
 *  @ingroup hdr_io_sndif_h
 *  @{ */
/** The protocol version this header describes: version 2, whose requests,
 *  responses and events are 64 octets long. The event page, period_sz,
 *  XENSND_OP_TRIGGER and XENSND_OP_HW_PARAM_QUERY came later without a
 *  new number. The backend lists the versions it speaks in `versions`;
 *  the frontend writes the one it uses in `version`. */
#define XENSND_PROTOCOL_VERSION         2
/** @} */

/** @defgroup io_sndif_h_formats PCM sample formats
 *  @ingroup hdr_io_sndif_h
 *  Numbers of the sample formats, used in xensnd_open_req::pcm_format and
 *  as bit numbers of xensnd_query_hw_param::formats. The names spell the
 *  kind (S signed integer, U unsigned integer, F floating point, or a
 *  codec name), the bits per sample and, where it matters, the byte order
 *  (LE little-endian, BE big-endian). Their XenStore spellings are in
 *  @ref io_sndif_h_format_names.
 *  @{ */
#define XENSND_PCM_FORMAT_S8            0  /**< Signed 8-bit integer. */
#define XENSND_PCM_FORMAT_U8            1  /**< Unsigned 8-bit integer. */
#define XENSND_PCM_FORMAT_S16_LE        2  /**< Signed 16-bit integer, little-endian. */
#define XENSND_PCM_FORMAT_S16_BE        3  /**< Signed 16-bit integer, big-endian. */
#define XENSND_PCM_FORMAT_U16_LE        4  /**< Unsigned 16-bit integer, little-endian. */
#define XENSND_PCM_FORMAT_U16_BE        5  /**< Unsigned 16-bit integer, big-endian. */
#define XENSND_PCM_FORMAT_S24_LE        6  /**< Signed 24-bit integer, little-endian. */
#define XENSND_PCM_FORMAT_S24_BE        7  /**< Signed 24-bit integer, big-endian. */
#define XENSND_PCM_FORMAT_U24_LE        8  /**< Unsigned 24-bit integer, little-endian. */
#define XENSND_PCM_FORMAT_U24_BE        9  /**< Unsigned 24-bit integer, big-endian. */
#define XENSND_PCM_FORMAT_S32_LE        10 /**< Signed 32-bit integer, little-endian. */
#define XENSND_PCM_FORMAT_S32_BE        11 /**< Signed 32-bit integer, big-endian. */
#define XENSND_PCM_FORMAT_U32_LE        12 /**< Unsigned 32-bit integer, little-endian. */
#define XENSND_PCM_FORMAT_U32_BE        13 /**< Unsigned 32-bit integer, big-endian. */
/** IEEE-754 binary32 (4 octets), little-endian; full scale is -1.0 to 1.0. */
#define XENSND_PCM_FORMAT_F32_LE        14
/** IEEE-754 binary32 (4 octets), big-endian; full scale is -1.0 to 1.0. */
#define XENSND_PCM_FORMAT_F32_BE        15
/** IEEE-754 binary64 (8 octets), little-endian; full scale is -1.0 to 1.0. */
#define XENSND_PCM_FORMAT_F64_LE        16
/** IEEE-754 binary64 (8 octets), big-endian; full scale is -1.0 to 1.0. */
#define XENSND_PCM_FORMAT_F64_BE        17
/** IEC 60958 (S/PDIF) subframes, 32 bits each, little-endian. */
#define XENSND_PCM_FORMAT_IEC958_SUBFRAME_LE 18
/** IEC 60958 (S/PDIF) subframes, 32 bits each, big-endian. */
#define XENSND_PCM_FORMAT_IEC958_SUBFRAME_BE 19
#define XENSND_PCM_FORMAT_MU_LAW        20 /**< G.711 mu-law, 8 bits. */
#define XENSND_PCM_FORMAT_A_LAW         21 /**< G.711 A-law, 8 bits. */
#define XENSND_PCM_FORMAT_IMA_ADPCM     22 /**< IMA ADPCM, 4 bits. */
#define XENSND_PCM_FORMAT_MPEG          23 /**< MPEG audio stream. */
#define XENSND_PCM_FORMAT_GSM           24 /**< GSM 06.10 stream. */
/** @} */

/** @defgroup io_sndif_h_ops Request operations
 *  @ingroup hdr_io_sndif_h
 *  Values of xensnd_req::operation, echoed in xensnd_resp::operation.
 *  @ref io_sndif_h_requests describes each one.
 *  @{ */
#define XENSND_OP_OPEN                  0 /**< Set up the stream and its data buffer. */
#define XENSND_OP_CLOSE                 1 /**< Tear the stream down, releasing the buffer. */
#define XENSND_OP_READ                  2 /**< Capture: backend fills a range of the buffer. */
#define XENSND_OP_WRITE                 3 /**< Playback: backend takes a range of the buffer. */
#define XENSND_OP_SET_VOLUME            4 /**< Apply per-channel volumes read from the buffer. */
#define XENSND_OP_GET_VOLUME            5 /**< Store per-channel volumes into the buffer. */
#define XENSND_OP_MUTE                  6 /**< Silence the channels flagged in the buffer. */
#define XENSND_OP_UNMUTE                7 /**< Un-silence the channels flagged in the buffer. */
#define XENSND_OP_TRIGGER               8 /**< Start, pause, stop or resume the stream. */
#define XENSND_OP_HW_PARAM_QUERY        9 /**< Narrow down the parameters the stream accepts. */
/** @} */

/** @defgroup io_sndif_h_trigger Trigger types
 *  @ingroup hdr_io_sndif_h
 *  Values of xensnd_trigger_req::type.
 *  @{ */
/** Begin moving samples (playback: consume written data; capture:
 *  record). Sent after XENSND_OP_OPEN, and after STOP to restart. */
#define XENSND_OP_TRIGGER_START         0
/** Suspend the running stream, keeping its position, so that RESUME can
 *  carry on where it halted. */
#define XENSND_OP_TRIGGER_PAUSE         1
/** Halt the running stream; it stays open, and a later START sets it
 *  going again. */
#define XENSND_OP_TRIGGER_STOP          2
/** Continue a stream halted by PAUSE. */
#define XENSND_OP_TRIGGER_RESUME        3
/** @} */

/** @defgroup io_sndif_h_events Event types
 *  @ingroup hdr_io_sndif_h
 *  Values of xensnd_evt::type.
 *  @{ */
/** The stream's position moved: xensnd_evt::op holds a struct
 *  xensnd_cur_pos_evt. */
#define XENSND_EVT_CUR_POS              0
/** @} */

/** @defgroup io_sndif_h_names XenStore names and values
 *  @ingroup hdr_io_sndif_h
 *  The device class, the key names of @ref io_sndif_h_xenstore and the
 *  fixed values some keys take.
 *  @{ */
#define XENSND_DRIVER_NAME              "vsnd" /**< Device class in XenStore paths. */

#define XENSND_LIST_SEPARATOR           "," /**< Separates the items of list values. */

#define XENSND_FIELD_BE_VERSIONS        "versions"      /**< Backend: versions it speaks. */
#define XENSND_FIELD_FE_VERSION         "version"       /**< Frontend: version in use. */
#define XENSND_FIELD_VCARD_SHORT_NAME   "short-name"    /**< Card: short name. */
#define XENSND_FIELD_VCARD_LONG_NAME    "long-name"     /**< Card: long name. */
#define XENSND_FIELD_RING_REF           "ring-ref"      /**< Stream: request ring grant. */
#define XENSND_FIELD_EVT_CHNL           "event-channel" /**< Stream: request ring port. */
#define XENSND_FIELD_EVT_RING_REF       "evt-ring-ref"  /**< Stream: event page grant. */
#define XENSND_FIELD_EVT_EVT_CHNL       "evt-event-channel" /**< Stream: event page port. */
#define XENSND_FIELD_DEVICE_NAME        "name"          /**< PCM device: its name. */
#define XENSND_FIELD_TYPE               "type"          /**< Stream: playback or capture. */
#define XENSND_FIELD_STREAM_UNIQUE_ID   "unique-id"     /**< Stream: its identifier. */
#define XENSND_FIELD_CHANNELS_MIN       "channels-min"  /**< Any level: fewest channels. */
#define XENSND_FIELD_CHANNELS_MAX       "channels-max"  /**< Any level: most channels. */
#define XENSND_FIELD_SAMPLE_RATES       "sample-rates"  /**< Any level: rates in Hz. */
#define XENSND_FIELD_SAMPLE_FORMATS     "sample-formats" /**< Any level: format names. */
#define XENSND_FIELD_BUFFER_SIZE        "buffer-size"   /**< Any level: buffer limit, octets. */

#define XENSND_STREAM_TYPE_PLAYBACK     "p" /**< `type` value of a playback stream. */
#define XENSND_STREAM_TYPE_CAPTURE      "c" /**< `type` value of a capture stream. */

/** Size of a character buffer that holds any one item of `sample-rates`
 *  with its terminating NUL (ten digits of a uint32_t, plus one). */
#define XENSND_SAMPLE_RATE_MAX_LEN      11
/** Longest item of `sample-formats`, in characters. */
#define XENSND_SAMPLE_FORMAT_MAX_LEN    24
/** @} */

/** @defgroup io_sndif_h_format_names PCM format names
 *  @ingroup hdr_io_sndif_h
 *  How each XENSND_PCM_FORMAT_* value is spelled in `sample-formats`.
 *  @{ */
#define XENSND_PCM_FORMAT_S8_STR        "s8"         /**< XENSND_PCM_FORMAT_S8. */
#define XENSND_PCM_FORMAT_U8_STR        "u8"         /**< XENSND_PCM_FORMAT_U8. */
#define XENSND_PCM_FORMAT_S16_LE_STR    "s16_le"     /**< XENSND_PCM_FORMAT_S16_LE. */
#define XENSND_PCM_FORMAT_S16_BE_STR    "s16_be"     /**< XENSND_PCM_FORMAT_S16_BE. */
#define XENSND_PCM_FORMAT_U16_LE_STR    "u16_le"     /**< XENSND_PCM_FORMAT_U16_LE. */
#define XENSND_PCM_FORMAT_U16_BE_STR    "u16_be"     /**< XENSND_PCM_FORMAT_U16_BE. */
#define XENSND_PCM_FORMAT_S24_LE_STR    "s24_le"     /**< XENSND_PCM_FORMAT_S24_LE. */
#define XENSND_PCM_FORMAT_S24_BE_STR    "s24_be"     /**< XENSND_PCM_FORMAT_S24_BE. */
#define XENSND_PCM_FORMAT_U24_LE_STR    "u24_le"     /**< XENSND_PCM_FORMAT_U24_LE. */
#define XENSND_PCM_FORMAT_U24_BE_STR    "u24_be"     /**< XENSND_PCM_FORMAT_U24_BE. */
#define XENSND_PCM_FORMAT_S32_LE_STR    "s32_le"     /**< XENSND_PCM_FORMAT_S32_LE. */
#define XENSND_PCM_FORMAT_S32_BE_STR    "s32_be"     /**< XENSND_PCM_FORMAT_S32_BE. */
#define XENSND_PCM_FORMAT_U32_LE_STR    "u32_le"     /**< XENSND_PCM_FORMAT_U32_LE. */
#define XENSND_PCM_FORMAT_U32_BE_STR    "u32_be"     /**< XENSND_PCM_FORMAT_U32_BE. */
#define XENSND_PCM_FORMAT_F32_LE_STR    "float_le"   /**< XENSND_PCM_FORMAT_F32_LE. */
#define XENSND_PCM_FORMAT_F32_BE_STR    "float_be"   /**< XENSND_PCM_FORMAT_F32_BE. */
#define XENSND_PCM_FORMAT_F64_LE_STR    "float64_le" /**< XENSND_PCM_FORMAT_F64_LE. */
#define XENSND_PCM_FORMAT_F64_BE_STR    "float64_be" /**< XENSND_PCM_FORMAT_F64_BE. */
/** XENSND_PCM_FORMAT_IEC958_SUBFRAME_LE. */
#define XENSND_PCM_FORMAT_IEC958_SUBFRAME_LE_STR "iec958_subframe_le"
/** XENSND_PCM_FORMAT_IEC958_SUBFRAME_BE. */
#define XENSND_PCM_FORMAT_IEC958_SUBFRAME_BE_STR "iec958_subframe_be"
#define XENSND_PCM_FORMAT_MU_LAW_STR    "mu_law"     /**< XENSND_PCM_FORMAT_MU_LAW. */
#define XENSND_PCM_FORMAT_A_LAW_STR     "a_law"      /**< XENSND_PCM_FORMAT_A_LAW. */
#define XENSND_PCM_FORMAT_IMA_ADPCM_STR "ima_adpcm"  /**< XENSND_PCM_FORMAT_IMA_ADPCM. */
#define XENSND_PCM_FORMAT_MPEG_STR      "mpeg"       /**< XENSND_PCM_FORMAT_MPEG. */
#define XENSND_PCM_FORMAT_GSM_STR       "gsm"        /**< XENSND_PCM_FORMAT_GSM. */
/** @} */

/**
 * @defgroup io_sndif_h_status Response status
 *  @ingroup hdr_io_sndif_h
 * xensnd_resp::status is 0 when the request succeeded and a negated Xen
 * error number (XEN_E*, see errno.h) when it failed. The protocol ties no
 * particular number to a particular failure, so a frontend must treat any
 * negative value as "this request did not happen" and may only log or
 * report the number. Natural choices for a backend are below; a bad
 * field means an unknown operation or trigger type, parameters outside
 * the XenStore limits, or a byte range outside the buffer.
 *
 * | Status | Typical cause |
 * |--------|---------------|
 * | 0 | success |
 * | -XEN_EINVAL | a bad field or a request the stream's state does not allow |
 * | -XEN_ENOMEM | the backend lacks memory or mappings for the buffer |
 * | -XEN_EIO | the audio device or the buffer mapping failed |
 * | -XEN_EOPNOTSUPP | an operation the backend lacks (volume or mute, for instance) |
 *
 * After a failed XENSND_OP_OPEN the stream stays closed.
 * @{ */
/** @} */

/**
 * @defgroup io_sndif_h_requests Requests
 *  @ingroup hdr_io_sndif_h
 * Every request is a 64-octet struct xensnd_req: a common 8-octet head
 * (`id`, `operation`, reserved) and, from offset 8, the member of `op`
 * that the operation uses; unused octets are zero. Offsets below count
 * from the start of the request. The backend answers every request with
 * one struct xensnd_resp (@ref io_sndif_h_responses) carrying the same
 * `id` and `operation`; the frontend pairs them by `id`.
 *
 * Operations that move data (READ, WRITE, SET_VOLUME, GET_VOLUME, MUTE,
 * UNMUTE) name a byte range of the stream's data buffer with a struct
 * xensnd_rw_req: `offset` (0 to buffer_sz - 1) and `length`, both in
 * octets, with offset + length at most buffer_sz. Because the ranges are
 * explicit, a frontend may keep samples in one part of the buffer and,
 * say, volume values in another, and have several requests in flight.
 *
 * | Operation | `op` member | Who writes the buffer range | Effect |
 * |-----------|-------------|-----------------------------|--------|
 * | XENSND_OP_OPEN | `open` | - | the backend maps the buffer and configures the stream |
 * | XENSND_OP_CLOSE | none | - | the backend stops the stream and unmaps the buffer |
 * | XENSND_OP_WRITE | `rw` | frontend, before sending | playback data to play |
 * | XENSND_OP_READ | `rw` | backend, before answering | captured data |
 * | XENSND_OP_SET_VOLUME | `rw` | frontend, before sending | one int32_t volume per channel |
 * | XENSND_OP_GET_VOLUME | `rw` | backend, before answering | one int32_t volume per channel |
 * | XENSND_OP_MUTE | `rw` | frontend, before sending | per-channel flags: silence these |
 * | XENSND_OP_UNMUTE | `rw` | frontend, before sending | per-channel flags: restore these |
 * | XENSND_OP_TRIGGER | `trigger` | - | start, pause, stop or resume |
 * | XENSND_OP_HW_PARAM_QUERY | `hw_param` | - | ask which parameters remain possible |
 *
 * **Open.** The frontend chooses the rate, format and channel count (within
 * the stream's XenStore limits and, ideally, what HW_PARAM_QUERY allowed),
 * allocates a buffer of buffer_sz octets (at most `buffer-size`), grants
 * its pages to the backend and lists them in a page directory
 * (struct xensnd_page_directory) whose first page is `gref_directory`.
 * The buffer's grants must stay in place until the response to CLOSE.
 * The data, volume, mute and trigger operations need an open stream;
 * HW_PARAM_QUERY does not.
 *
 * **Write and read.** For playback the frontend copies samples into the
 * range and sends WRITE; once the response arrives the range may be
 * reused. For capture the frontend sends READ and takes the samples from
 * the range after the response.
 *
 * **Volume.** The range holds pcm_channels consecutive int32_t values, the
 * value of channel i at octet 4 * i, so `length` is 4 * pcm_channels. A
 * volume is a gain in thousandths of a decibel: 0 is 0 dB (unchanged), -6000
 * is -6 dB. SET_VOLUME applies the values the frontend stored; GET_VOLUME
 * makes the backend store the current ones before it answers.
 *
 * **Mute.** The range holds one flag per channel in a 4-octet slot, the
 * slot of channel i at octet 4 * i. A non-zero flag selects the channel:
 * MUTE silences the selected channels, UNMUTE restores them, and
 * channels whose flag is 0 are left as they are. Beware that the
 * original description calls each flag a uint8_t yet spaces the slots 4
 * octets apart; no widely used frontend sends MUTE or UNMUTE, so a pair
 * of implementations should check that they read the slots alike.
 *
 * **Trigger.** `type` is one of @ref io_sndif_h_trigger. The frontend
 * typically sends START after the first WRITE of a playback stream (or at
 * once for capture), STOP when the application stops, and PAUSE/RESUME
 * around a suspend.
 *
 * **Parameter query.** The values a stream accepts are linked: a higher
 * rate may allow fewer channels, a format may rule out some rates, and so
 * on. The frontend sends the set it can still accept, as a format mask
 * and min/max intervals; the backend answers with the subset of it that
 * it can serve, in the same struct. Repeating the query as the
 * application fixes one parameter after another converges on a single
 * configuration, which XENSND_OP_OPEN then uses. Buffer and period sizes
 * are counted in frames in this query (a frame is one sample of every
 * channel: pcm_channels times the octets of one sample), while
 * XENSND_OP_OPEN counts them in octets.
 * @{ */

/** Payload of XENSND_OP_OPEN (at offset 8 of the request). */
struct xensnd_open_req {
    uint32_t pcm_rate;           /**< Offset 8: sampling rate, in Hz. */
    uint8_t pcm_format;          /**< Offset 12: sample format, XENSND_PCM_FORMAT_*. */
    /** Offset 13: number of channels, `channels-min` to `channels-max`. */
    uint8_t pcm_channels;
    uint16_t reserved;           /**< Offset 14: reserved, zero. */
    /** Offset 16: size of the data buffer, in octets; its page directory
     *  lists (buffer_sz + XEN_PAGE_SIZE - 1) / XEN_PAGE_SIZE pages. */
    uint32_t buffer_sz;
    /** Offset 20: grant reference of the first page directory page (there
     *  is always one). */
    grant_ref_t gref_directory;
    /** Offset 24: how many octets the stream should play or capture
     *  between two XENSND_EVT_CUR_POS events; 0 asks for no events. */
    uint32_t period_sz;
};

/** One page of the data buffer's page directory. The directory is a
 *  chain of granted pages; each starts with the reference of the next
 *  and fills the rest of the page with references of buffer pages, in
 *  buffer order. A full directory page of XEN_PAGE_SIZE octets holds
 *  XEN_PAGE_SIZE / 4 - 1 (1023) entries. The total count is not stored:
 *  both sides compute it from buffer_sz, so the last directory page is
 *  only partly used. */
XEN_EXTENSIONS_BEGIN
struct xensnd_page_directory {
    /** Offset 0: grant reference of the next directory page, or 0 on the
     *  last one. */
    grant_ref_t gref_dir_next_page;
    /** Offset 4: grant references of the buffer pages this directory page
     *  lists; they run to the end of the page. */
    grant_ref_t gref[XENPV_FLEX_ARRAY_DIM];
};
XEN_EXTENSIONS_END

/** Payload of XENSND_OP_READ, XENSND_OP_WRITE, XENSND_OP_SET_VOLUME,
 *  XENSND_OP_GET_VOLUME, XENSND_OP_MUTE and XENSND_OP_UNMUTE (at offset 8
 *  of the request): the byte range of the data buffer involved. */
struct xensnd_rw_req {
    uint32_t offset; /**< Offset 8: first octet of the range within the buffer. */
    uint32_t length; /**< Offset 12: size of the range, in octets. */
};

/** Payload of XENSND_OP_TRIGGER (at offset 8 of the request). */
struct xensnd_trigger_req {
    uint8_t type; /**< Offset 8: what to do, XENSND_OP_TRIGGER_*. */
};

/** Payload of XENSND_OP_HW_PARAM_QUERY, in the request and in its
 *  response (at offset 8 of either). Each interval is inclusive. In the
 *  request it is what the frontend can still accept; in the response, the
 *  part of that the backend supports. */
struct xensnd_query_hw_param {
    /** Offset 8: formats, bit n set for XENSND_PCM_FORMAT_* value n. */
    uint64_t formats;
    /** Offset 16: sampling rate range, in Hz. */
    struct {
        uint32_t min; /**< Lowest rate. */
        uint32_t max; /**< Highest rate. */
    } rates;
    /** Offset 24: channel count range. */
    struct {
        uint32_t min; /**< Fewest channels. */
        uint32_t max; /**< Most channels. */
    } channels;
    /** Offset 32: buffer size range, in frames. */
    struct {
        uint32_t min; /**< Smallest buffer. */
        uint32_t max; /**< Largest buffer. */
    } buffer;
    /** Offset 40: period size range (frames between position events), in
     *  frames. */
    struct {
        uint32_t min; /**< Shortest period. */
        uint32_t max; /**< Longest period. */
    } period;
};

/** @} */

/** @defgroup io_sndif_h_evt_payloads Event payloads
 *  @ingroup hdr_io_sndif_h
 *  The `op` members of struct xensnd_evt.
 *  @{ */

/** Payload of XENSND_EVT_CUR_POS (at offset 8 of the event). */
struct xensnd_cur_pos_evt {
    /** Offset 8: how far the stream has got, in octets played (playback)
     *  or captured (capture) since it was opened; it only grows and is not
     *  wrapped at the buffer size. */
    uint64_t position;
};

/** @} */

/** @addtogroup io_sndif_h_requests
 *  @{ */

/** A request, frontend to backend: one slot of the request ring. */
struct xensnd_req {
    /** Offset 0: the frontend's tag for the request; the response echoes
     *  it. */
    uint16_t id;
    uint8_t operation;    /**< Offset 2: XENSND_OP_*. */
    uint8_t reserved[5];  /**< Offsets 3-7: reserved, zero. */
    /** Offset 8: the operation's arguments. */
    union {
        struct xensnd_open_req open;              /**< XENSND_OP_OPEN. */
        struct xensnd_rw_req rw;                  /**< The data-moving operations. */
        struct xensnd_trigger_req trigger;        /**< XENSND_OP_TRIGGER. */
        struct xensnd_query_hw_param hw_param;    /**< XENSND_OP_HW_PARAM_QUERY. */
        uint8_t reserved[56];                     /**< Fixes the size; unused octets zero. */
    } op;
};

/** @} */

/**
 * @defgroup io_sndif_h_responses Responses
 *  @ingroup hdr_io_sndif_h
 * Every response is a 64-octet struct xensnd_resp. Only
 * XENSND_OP_HW_PARAM_QUERY returns data, in `resp.hw_param`; the others
 * leave `resp` zero. `status` is explained in @ref io_sndif_h_status.
 * The frontend finds the request a response belongs to by its `id`.
 * @{ */

/** A response, backend to frontend: one slot of the request ring. */
struct xensnd_resp {
    uint16_t id;          /**< Offset 0: `id` of the request answered. */
    uint8_t operation;    /**< Offset 2: `operation` of the request answered. */
    uint8_t reserved;     /**< Offset 3: reserved, zero. */
    int32_t status;       /**< Offset 4: 0, or a negative XEN_E* error. */
    /** Offset 8: data returned by the operation. */
    union {
        /** XENSND_OP_HW_PARAM_QUERY: the narrowed parameter set. */
        struct xensnd_query_hw_param hw_param;
        uint8_t reserved1[56]; /**< Fixes the size; unused octets zero. */
    } resp;
};

/** @} */

/** @addtogroup io_sndif_h_evt_payloads
 *  @{ */

/** An asynchronous event, backend to frontend: one slot of the event page.
 *  The backend numbers the events of a stream consecutively in `id`,
 *  starting from 0 when the stream is opened; the Linux frontend ignores
 *  an event whose `id` breaks that sequence. */
struct xensnd_evt {
    uint16_t id;          /**< Offset 0: sequence number of the event. */
    uint8_t type;         /**< Offset 2: XENSND_EVT_*. */
    uint8_t reserved[5];  /**< Offsets 3-7: reserved, zero. */
    /** Offset 8: the event's data. */
    union {
        struct xensnd_cur_pos_evt cur_pos; /**< XENSND_EVT_CUR_POS. */
        uint8_t reserved[56];              /**< Fixes the size; unused octets zero. */
    } op;
};

/** @} */

/** @defgroup io_sndif_h_ring Request ring
 *  @ingroup hdr_io_sndif_h
 *  @{ */
/** The request ring types `xen_sndif_sring`, `xen_sndif_front_ring` and
 *  `xen_sndif_back_ring` (ring.h). The ring fills the one page named by
 *  `ring-ref`; with 64-octet slots it has 32 of them. */
DEFINE_RING_TYPES(xen_sndif, struct xensnd_req, struct xensnd_resp);
/** @} */

/**
 * @defgroup io_sndif_h_event_page Event page
 *  @ingroup hdr_io_sndif_h
 * The page named by `evt-ring-ref`, one per stream, carries events from
 * the backend (the only producer) to the frontend (the only consumer).
 * It starts with the 64-octet struct xensnd_event_page; the remaining
 * octets hold XENSND_IN_RING_LEN slots of struct xensnd_evt from offset
 * XENSND_IN_RING_OFFS.
 *
 * `in_prod` and `in_cons` count events and only grow, wrapping at 2^32;
 * event number `i` lives in slot XENSND_IN_RING_REF(page, i). The backend
 * writes an event into the slot of `in_prod`, issues a write barrier,
 * increments `in_prod` and signals `evt-event-channel`. The frontend
 * reads `in_prod`, issues a read barrier, handles the events from
 * `in_cons` up to it, then stores the new `in_cons`.
 *
 * The frontend decides how often it publishes `in_cons`: after every
 * event, after each batch, or never, so a backend must not stall waiting
 * for it. As each position event supersedes the previous one, nothing of
 * value is lost if unread slots are overwritten.
 * @{ */

/** Head of the event page. */
struct xensnd_event_page {
    uint32_t in_cons;       /**< Offset 0: consumer index, written by the frontend. */
    uint32_t in_prod;       /**< Offset 4: producer index, written by the backend. */
    uint8_t reserved[56];   /**< Offsets 8-63: reserved, zero. */
};

/** Size of the event page, in octets. */
#define XENSND_EVENT_PAGE_SIZE 4096
/** Octet offset of the first event slot: right after the head. */
#define XENSND_IN_RING_OFFS (sizeof(struct xensnd_event_page))
/** Octets of the event page available for slots. */
#define XENSND_IN_RING_SIZE (XENSND_EVENT_PAGE_SIZE - XENSND_IN_RING_OFFS)
/** Number of event slots (63). */
#define XENSND_IN_RING_LEN (XENSND_IN_RING_SIZE / sizeof(struct xensnd_evt))
/** The slots of the event page at @p page, as an array of struct
 *  xensnd_evt. */
#define XENSND_IN_RING(page) \
    ((struct xensnd_evt *)((char *)(page) + XENSND_IN_RING_OFFS))
/** The slot (an lvalue) of event number @p idx in the event page at
 *  @p page. */
#define XENSND_IN_RING_REF(page, idx) \
    (XENSND_IN_RING((page))[(idx) % XENSND_IN_RING_LEN])

/** @} */

#endif /* __XEN_PUBLIC_IO_SNDIF_H__ */
