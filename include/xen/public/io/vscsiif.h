/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief PV SCSI (pvSCSI): SCSI commands from a guest's virtual host
 *        adapter to logical units owned by a driver domain.
 *
 * The frontend (Linux `xen-scsifront`) presents a SCSI host adapter to the
 * guest. The backend (Linux `xen-scsiback`, QEMU) maps each virtual
 * device, named host:channel:target:lun on the frontend side, to a
 * physical (or target-framework) logical unit, passes the guest's command
 * descriptor blocks (CDBs) to it, and returns status, sense data and
 * residual counts. One ring page and one event channel serve a whole
 * virtual adapter (a "vhost"), however many devices it holds.
 *
 * XenStore keys (device class `vscsi`; backend directory
 * `backend/vscsi/<frontend-domid>/<vhost>`, frontend directory
 * `device/vscsi/<vhost>`) are these.
 *
 * Keys in the backend directory, written by the toolstack unless noted:
 *
 * - `feature-host`: "1": pass whole host adapters through (the frontend
 *   sees the real h:c:t:l); "0": individual devices.
 * - `vscsi-devs/dev-<n>/p-dev`: the backend device: "h:c:t:l" (host,
 *   channel, target, lun, in decimal) or a WWN with a lun (e.g.
 *   "naa.60014054ac780582:0").
 * - `vscsi-devs/dev-<n>/v-dev`: the device as the frontend sees it,
 *   "h:c:t:l".
 * - `vscsi-devs/dev-<n>/p-devname`: free text naming the device for the
 *   toolstack (e.g. its /dev path); the drivers do not use it.
 * - `vscsi-devs/dev-<n>/state`: XenbusState of that one device, written
 *   by the toolstack and the backend (see below).
 * - `feature-sg-grant`, written by the backend: most data segments a
 *   request may describe through indirect pages (VSCSIIF_SG_TABLESIZE to
 *   65535); absent or 0: only the VSCSIIF_SG_TABLESIZE direct segments.
 * - `libxl_ctrl_index`: kept by the toolstack for itself.
 *
 * Keys in the frontend directory, written by the frontend:
 *
 * - `ring-ref`: grant reference of the ring page.
 * - `event-channel`: the event-channel port.
 * - `protocol`: XEN_IO_PROTO_ABI_* string of the frontend's ABI; native
 *   when absent.
 * - `vscsi-devs/dev-<n>/state`: the frontend's own record of each
 *   device's state.
 *
 * Life cycle, with XenbusState numbers as stored:
 * - Creating a vhost with its first device: the toolstack writes the vhost
 *   keys with the vhost's `state` = 1 (Initialising) and the device's keys
 *   with its `state` = 1. The backend and frontend connect as usual (ring
 *   and port as above); the vhost and each device end in state 4
 *   (Connected).
 * - Adding a device to a connected vhost: the toolstack sets the vhost's
 *   `state` to 7 (Reconfiguring) and writes the new device's keys with
 *   `state` = 1; the backend attaches it, and both states return to 4.
 * - Removing a device: the toolstack sets the vhost's `state` to 7 and the
 *   device's `state` to 5 (Closing); once the vhost is back in 4 and the
 *   device in 6 (Closed), the toolstack deletes the device's keys.
 *
 * Linux's backend maps the ring when the frontend enters Initialised. It
 * moves a device it has attached from 1 to 3 (Initialised), and to 4 once
 * the frontend is Connected; a device it cannot attach, or one whose
 * `p-dev` or `v-dev` is missing, goes to 6; a device in 5 goes to 6 once
 * detached. On the frontend's Reconfiguring it attaches and detaches
 * devices this way and enters Reconfigured (8).
 *
 * Requests and responses share the ring (DEFINE_RING_TYPES, see ring.h).
 * The frontend picks a unique `rqid` per request; the backend answers
 * each request once, in any order, echoing `rqid`.
 *
 * Stability: stable (wire protocol). Callers: SCSI frontends in guests,
 * SCSI backends in driver domains, the toolstack.
 */
#ifndef __XEN__PUBLIC_IO_SCSI_H__
#define __XEN__PUBLIC_IO_SCSI_H__

#include "ring.h"
#include "../grant_table.h"

/** @defgroup hdr_io_vscsiif_h io/vscsiif.h
 *  @ingroup xen_io */

/** @defgroup io_vscsiif_h_act Request actions
 *  @ingroup hdr_io_vscsiif_h
 *  Values of vscsiif_request::act.
 *  @{ */

/**
 * Run the CDB in `cmnd` (first `cmd_len` bytes) on the device `channel`,
 * `id`, `lun` of this vhost.
 *
 * The data buffer, if `sc_data_direction` calls for one, is the
 * concatenation of the areas the segments describe, each a part of one
 * granted page. With at most VSCSIIF_SG_TABLESIZE areas, they are listed
 * directly in `seg` and `nr_segments` counts them. With more (only when
 * the backend published `feature-sg-grant`), `nr_segments` is the number
 * of `seg` entries ORed with VSCSIIF_SG_GRANT, and each of those entries
 * points at a granted page holding an array of struct
 * scsiif_request_segment that describes the data areas; the number of
 * data areas is the sum of those entries' `length` divided by
 * `sizeof(struct scsiif_request_segment)`, and may not exceed
 * `feature-sg-grant`. A frontend may mix direct and indirect requests.
 *
 * The response carries the result in `rslt`, the number of bytes not
 * transferred in `residual_len`, and any sense data.
 */
#define VSCSIIF_ACT_SCSI_CDB         1

/**
 * Abort the command whose `rqid` is `ref_rqid`, on the device `channel`,
 * `id`, `lun`. The response's `rslt` is XEN_VSCSIIF_RSLT_RESET_SUCCESS or
 * XEN_VSCSIIF_RSLT_RESET_FAILED.
 */
#define VSCSIIF_ACT_SCSI_ABORT       2

/**
 * Reset the target `channel`, `id` (all its logical units). The
 * response's `rslt` is XEN_VSCSIIF_RSLT_RESET_SUCCESS or
 * XEN_VSCSIIF_RSLT_RESET_FAILED.
 */
#define VSCSIIF_ACT_SCSI_RESET       3

/**
 * Withdrawn: announced extra scatter/gather elements for the next request
 * (struct vscsiif_sg_list). Backends do not accept it; the value stays
 * reserved so no new action takes it.
 */
#define VSCSIIF_ACT_SCSI_SG_PRESET   4

/** @} */

/** @defgroup io_vscsiif_h_sizes Sizes
 *  @ingroup hdr_io_vscsiif_h
 *  Fixed by the wire format: changing one would change the size of the
 *  ring messages that existing drivers assume.
 *  @{ */

/**
 * Capacity of vscsiif_request::seg: the data areas one request can list
 * directly. The value balances the number of segments against fitting
 * at least 16 requests in a 4 KiB ring page. With `feature-sg-grant`
 * these entries may instead point at pages of further segments.
 */
#define VSCSIIF_SG_TABLESIZE             26

/** Capacity of vscsiif_request::cmnd: the longest CDB, in bytes. */
#define VSCSIIF_MAX_COMMAND_SIZE         16
/** Capacity of vscsiif_response::sense_buffer, in bytes. */
#define VSCSIIF_SENSE_BUFFERSIZE         96
/** Page size the protocol assumes, in bytes, for indirect segment pages. */
#define VSCSIIF_PAGE_SIZE              4096

/** @} */

/** @defgroup io_vscsiif_h_ring Ring messages
 *  @ingroup hdr_io_vscsiif_h
 *  @{ */

/** A data area: part of one granted page. Used in vscsiif_request::seg
 *  and, for indirect requests, in the granted segment pages. */
struct scsiif_request_segment {
    /** Grant reference of the page (writable when data flows from the device). */
    grant_ref_t gref;
    uint16_t offset;  /**< Start of the area in the page, in bytes. */
    uint16_t length;  /**< Length of the area, in bytes; it stays within the page. */
};
typedef struct scsiif_request_segment vscsiif_segment_t;

/** How many segments fit in one indirect segment page. */
#define VSCSIIF_SG_PER_PAGE (VSCSIIF_PAGE_SIZE / sizeof(struct scsiif_request_segment))

/** A request, frontend to backend (252 bytes). All fields are IN. */
struct vscsiif_request {
    /** Chosen by the frontend, unique among its requests in flight; echoed in the response. */
    uint16_t rqid;
    uint8_t act;            /**< VSCSIIF_ACT_* action. */
    uint8_t cmd_len;        /**< Number of valid bytes in `cmnd`. */

    uint8_t cmnd[VSCSIIF_MAX_COMMAND_SIZE]; /**< The SCSI CDB (VSCSIIF_ACT_SCSI_CDB). */
    /** Deprecated: command timeout in seconds, 0 for the backend default. */
    uint16_t timeout_per_command;
    uint16_t channel;               /**< Target device: channel (bus). */
    uint16_t id;                    /**< Target device: target id. */
    uint16_t lun;                   /**< Target device: logical unit number. */
    uint16_t ref_rqid;              /**< VSCSIIF_ACT_SCSI_ABORT: `rqid` of the command to abort. */
    /** Data direction, as Linux's DMA directions: 1 to the device, 2 from the device, 3 none. */
    uint8_t sc_data_direction;
    /** Number of `seg` entries used, possibly ORed with VSCSIIF_SG_GRANT. */
    uint8_t nr_segments;
/**
 * Flag of vscsiif_request::nr_segments: the `seg` entries point at pages
 * of further segments rather than at data (allowed only with
 * `feature-sg-grant`); the low 7 bits then count those pages.
 */
#define VSCSIIF_SG_GRANT    0x80

    /** Data areas, or pages of them (see VSCSIIF_SG_GRANT). */
    vscsiif_segment_t seg[VSCSIIF_SG_TABLESIZE];
    uint32_t reserved[3];           /**< Reserved: write zero. */
};
typedef struct vscsiif_request vscsiif_request_t;

/** Deprecated: number of segments a struct vscsiif_sg_list carries. */
#define VSCSIIF_SG_LIST_SIZE ((sizeof(vscsiif_request_t) - 4) \
                              / sizeof(vscsiif_segment_t))

/** Deprecated: the body of the withdrawn VSCSIIF_ACT_SCSI_SG_PRESET
 *  action. Its first fields line up with struct vscsiif_request. */
struct vscsiif_sg_list {
    uint16_t rqid;          /**< `rqid` of the request the segments belong to. */
    uint8_t act;            /**< VSCSIIF_ACT_SCSI_SG_PRESET. */
    uint8_t nr_segments;    /**< Number of `seg` entries used. */
    vscsiif_segment_t seg[VSCSIIF_SG_LIST_SIZE]; /**< The extra data areas. */
};
typedef struct vscsiif_sg_list vscsiif_sg_list_t;

/** A response, backend to frontend (252 bytes). All fields are OUT. */
struct vscsiif_response {
    uint16_t rqid;          /**< `rqid` of the request answered. */
    /** Obsolete: meaningful only to backends that supported VSCSIIF_ACT_SCSI_SG_PRESET. */
    uint8_t act;
    uint8_t sense_len;      /**< Number of valid bytes in `sense_buffer`. */
    uint8_t sense_buffer[VSCSIIF_SENSE_BUFFERSIZE]; /**< SCSI sense data of a failed command. */
    int32_t rslt;           /**< Result: see @ref io_vscsiif_h_rslt. */
    /** Bytes of the data buffer not transferred, as the device reported. */
    uint32_t residual_len;
    uint32_t reserved[36];  /**< Reserved: ignore on read. */
};
typedef struct vscsiif_response vscsiif_response_t;

/** @} */

/** @defgroup io_vscsiif_h_rslt Results
 *  @ingroup hdr_io_vscsiif_h
 *  vscsiif_response::rslt of a VSCSIIF_ACT_SCSI_CDB request packs two
 *  codes: bits 7:0 hold the SCSI status byte the device returned (0 GOOD,
 *  0x02 CHECK CONDITION, ...), bits 23:16 the host (transport) status,
 *  one of XEN_VSCSIIF_RSLT_HOST_*. 0 means complete success. Abort and
 *  reset requests return XEN_VSCSIIF_RSLT_RESET_* instead.
 *  @{ */

/** The SCSI status byte of the result @p x. */
#define XEN_VSCSIIF_RSLT_STATUS(x)  ((x) & 0x00ff)

/** The host status (XEN_VSCSIIF_RSLT_HOST_*) of the result @p x. */
#define XEN_VSCSIIF_RSLT_HOST(x)    (((x) & 0x00ff0000) >> 16)
#define XEN_VSCSIIF_RSLT_HOST_OK                   0  /**< No transport error. */
#define XEN_VSCSIIF_RSLT_HOST_NO_CONNECT           1  /**< Target unreachable before the timeout. */
#define XEN_VSCSIIF_RSLT_HOST_BUS_BUSY             2  /**< The bus stayed busy until the timeout. */
#define XEN_VSCSIIF_RSLT_HOST_TIME_OUT             3  /**< The command timed out. */
#define XEN_VSCSIIF_RSLT_HOST_BAD_TARGET           4  /**< No such target. */
#define XEN_VSCSIIF_RSLT_HOST_ABORT                5  /**< The command was aborted. */
#define XEN_VSCSIIF_RSLT_HOST_PARITY               6  /**< Parity error on the bus. */
#define XEN_VSCSIIF_RSLT_HOST_ERROR                7  /**< Internal error of the host adapter. */
#define XEN_VSCSIIF_RSLT_HOST_RESET                8  /**< The command was lost to a reset. */
#define XEN_VSCSIIF_RSLT_HOST_BAD_INTR             9  /**< Unexpected interrupt at the adapter. */
#define XEN_VSCSIIF_RSLT_HOST_PASSTHROUGH         10  /**< Complete without mid-layer checks. */
#define XEN_VSCSIIF_RSLT_HOST_SOFT_ERROR          11  /**< Transient failure; retry. */
#define XEN_VSCSIIF_RSLT_HOST_IMM_RETRY           12  /**< Retry at once, not counted as a retry. */
#define XEN_VSCSIIF_RSLT_HOST_REQUEUE             13  /**< Put the command back in the queue. */
#define XEN_VSCSIIF_RSLT_HOST_TRANSPORT_DISRUPTED 14  /**< Transport interrupted; may be retried. */
#define XEN_VSCSIIF_RSLT_HOST_TRANSPORT_FAILFAST  15  /**< Transport gave up quickly (fast-fail). */
#define XEN_VSCSIIF_RSLT_HOST_TARGET_FAILURE      16  /**< Target failed permanently; no retry. */
#define XEN_VSCSIIF_RSLT_HOST_NEXUS_FAILURE       17  /**< This path to the LUN failed for good. */
#define XEN_VSCSIIF_RSLT_HOST_ALLOC_FAILURE       18  /**< The device could not allocate space. */
#define XEN_VSCSIIF_RSLT_HOST_MEDIUM_ERROR        19  /**< Unrecoverable medium error. */
#define XEN_VSCSIIF_RSLT_HOST_TRANSPORT_MARGINAL  20  /**< The transport is working unreliably. */

#define XEN_VSCSIIF_RSLT_RESET_SUCCESS  0x2002 /**< Abort or reset request: done. */
#define XEN_VSCSIIF_RSLT_RESET_FAILED   0x2003 /**< Abort or reset request: failed. */

/** @} */

/** @addtogroup io_vscsiif_h_ring
 *  @{ */

/** The ring types `vscsiif_sring`, `vscsiif_front_ring` and
 *  `vscsiif_back_ring` (ring.h), carrying struct vscsiif_request and
 *  struct vscsiif_response. */
XEN_EXTENSIONS_BEGIN
DEFINE_RING_TYPES(vscsiif, struct vscsiif_request, struct vscsiif_response);
XEN_EXTENSIONS_END

/** @} */

#endif /* __XEN__PUBLIC_IO_SCSI_H__ */
