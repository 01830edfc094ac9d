/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief PV block devices (vbd): the ring protocol and XenStore keys a
 *        guest's disk driver and its backend use to move sectors.
 *
 * The frontend (Linux `xen-blkfront`, the BSDs, Windows PV drivers,
 * firmware) presents a disk to the guest; the backend (Linux `xen-blkback`,
 * QEMU's `qdisk`, `tapdisk`) serves it from a block device, an image file
 * or a remote store. The frontend grants the backend access to one or
 * more ring pages and to the data pages of each request; requests and
 * responses travel over a shared ring built by DEFINE_RING_TYPES
 * (ring.h), and an event channel signals new work in either direction.
 *
 * Sector numbers and counts in ring messages are always in units of 512
 * bytes, whatever the disk's `sector-size`; offsets and lengths must
 * still be multiples of `sector-size` (or, for discard, of
 * `discard-granularity`).
 *
 * Notifications follow the ring's hold-off scheme: a frontend signals
 * the event channel after queuing requests only when
 * RING_PUSH_REQUESTS_AND_CHECK_NOTIFY() says so, a backend after queuing
 * responses only when RING_PUSH_RESPONSES_AND_CHECK_NOTIFY() says so.
 * That works only if the other side keeps its event index current: the
 * backend with RING_FINAL_CHECK_FOR_REQUESTS() before it goes idle, the
 * frontend with RING_FINAL_CHECK_FOR_RESPONSES().
 *
 * The XenStore keys and the connection sequence are in
 * @ref io_blkif_h_xenstore and @ref io_blkif_h_states.
 *
 * Stability: stable (wire protocol). Callers: block frontends in guests
 * and firmware, block backends in driver domains, the toolstack.
 */
#ifndef __XEN_PUBLIC_IO_BLKIF_H__
#define __XEN_PUBLIC_IO_BLKIF_H__

#include "ring.h"
#include "../grant_table.h"

/** @defgroup hdr_io_blkif_h io/blkif.h
 *  @ingroup xen_io */

/** @defgroup io_blkif_h_types Basic types
 *  @ingroup hdr_io_blkif_h
 *  @{ */
#ifndef blkif_vdev_t
/** Type of the `handle` fields: the frontend's number for the virtual
 *  disk. A consumer may define it to another 16-bit type before the
 *  include. */
#define blkif_vdev_t   uint16_t
#endif
/** Type of sector numbers in requests (units of 512 bytes). */
#define blkif_sector_t uint64_t
/** @} */

/**
 * @defgroup io_blkif_h_xenstore XenStore keys
 *  @ingroup hdr_io_blkif_h
 * The keys each side publishes in its own directory (frontend
 * `device/vbd/<id>`, backend `backend/vbd/<frontend-domid>/<id>`). Values
 * are strings; numbers are in decimal unless stated. A key that is absent
 * has its default value. Booleans are "0" or "1". Keys marked *private*
 * concern only the side (and toolstack) that owns the directory;
 * *deprecated* ones exist only to talk to old implementations.
 * @ref io_blkif_h_states says when each key must be written and may be
 * read.
 *
 * **Backend: identification of the backing store** (private; written by
 * the toolstack or the hotplug script)
 *
 * - `mode` ("r" or "w"): access the frontend is given: read-only or
 *   read-write.
 * - `params` (string): free-form description of the backing store, for the
 *   hotplug script that sets it up.
 * - `type` ("file", "phy" or "tap"): kind of backing store.
 * - `physical-device` ("MAJOR:MINOR", hexadecimal): the backing block device
 *   (used by Linux and NetBSD backends).
 * - `physical-device-path` (path): absolute path of the backing block device
 *   (a block device on Linux and NetBSD; a device or a regular file on
 *   FreeBSD).
 * - `direct-io-safe` (boolean, default 0): 1: the backing store is immune to
 *   the problem that makes O_DIRECT unsafe with granted pages (a write may
 *   still be in flight after the grant that held its data is gone), so the
 *   backend may use O_DIRECT. It permits, never requires, O_DIRECT and is not
 *   a cache control; backends that do not suffer the problem ignore it.
 * - `discard-enable` (boolean, default 1): toolstack's instruction: 0 forbids
 *   offering discard; when absent the backend offers it if the backing store
 *   supports it.
 *
 * **Backend: features** (may still fail individual requests with
 * BLKIF_RSP_EOPNOTSUPP)
 *
 * - `feature-barrier` (boolean, default 0): accepts BLKIF_OP_WRITE_BARRIER.
 * - `feature-flush-cache` (boolean, default 0): accepts
 *   BLKIF_OP_FLUSH_DISKCACHE.
 * - `feature-discard` (boolean, default 0): accepts BLKIF_OP_DISCARD.
 * - `discard-secure` (boolean, default 0): accepts BLKIF_DISCARD_SECURE in
 *   discard requests (set only when the backing store can erase securely).
 * - `feature-persistent` (boolean, default 0): can keep the frontend's data
 *   grants mapped between requests; see "Persistent grants".
 * - `feature-max-indirect-segments` (number): accepts BLKIF_OP_INDIRECT with
 *   up to this many segments; absent when indirect requests are not
 *   supported.
 * - `multi-queue-max-queues` (number): most rings (queues) the frontend may
 *   set up; see "Multiple queues".
 *
 * **Backend: ring size limits**
 *
 * - `max-ring-page-order` (number, default 0): largest ring the backend maps,
 *   as log2 of its number of pages (0: one page, 1: two, 2: four, ...).
 * - `max-ring-pages` (number, default 1; deprecated): the same limit as a
 *   page count (a power of two).
 *
 * **Backend: the disk** (written before the backend enters Connected)
 *
 * - `sectors` (64-bit number): size of the disk in 512-byte units; times
 *   512 it is a multiple of `physical-sector-size` when that key exists.
 * - `sector-size` (number): logical block size in bytes: a power of two, at
 *   least 512. Requests must be aligned to it and a multiple of it, although
 *   their sector fields still count 512-byte units.
 * - `physical-sector-size` (number, default `sector-size`): physical block
 *   size in bytes, a multiple of `sector-size`.
 * - `info` (number, a bitmap): VDISK_* flags.
 * - `discard-granularity` (number, default `sector-size`): size in bytes of
 *   the units the backing store discards.
 * - `discard-alignment` (number, default 0): byte offset from the start of
 *   the disk to the first whole discard unit (the disk may start in the
 *   middle of one).
 *
 * A backend offering discard on storage whose discard unit is larger than
 * a sector should publish both `discard-granularity` and
 * `discard-alignment` (a frontend may reject one without the other);
 * backends are encouraged to publish both in every case.
 *
 * **Frontend: ring and transport** (written before the frontend enters
 * Initialised)
 *
 * - `ring-ref` (number): single-page ring: grant reference of the ring page.
 * - `ring-ref<i>` (number): multi-page ring: grant reference of ring page i
 *   (0-based), one key per page, and no `ring-ref`.
 * - `ring-page-order` (number, default 0): log2 of the ring's page count; at
 *   most max(ffs(`max-ring-pages`) - 1, `max-ring-page-order`).
 * - `num-ring-pages` (number, default 1; deprecated): the ring's page count
 *   (a power of two); at most max(`max-ring-pages`, 1 <<
 *   `max-ring-page-order`).
 * - `event-channel` (number): the event-channel port.
 * - `protocol` (XEN_IO_PROTO_ABI_* string, default native): the ABI (x86_32,
 *   x86_64, Arm) whose layout of the ring messages the frontend uses.
 * - `multi-queue-num-queues` (number): number of rings requested, 1 to
 *   `multi-queue-max-queues`; see "Multiple queues".
 *
 * The two multi-page schemes (`max-ring-page-order`/`ring-page-order`
 * and `max-ring-pages`/`num-ring-pages`) were developed separately; for
 * the widest interoperation both sides publish both, with equal values.
 *
 * **Frontend: features and properties**
 *
 * - `feature-persistent` (boolean, default 0): the frontend reuses a fixed
 *   set of data grants; see "Persistent grants".
 * - `feature-large-sector-size` (boolean, default 0; deprecated): claimed
 *   that the frontend handles `sector-size` above 512. Frontends should not
 *   write it and backends must not act on it (probably only QEMU's backend
 *   and the Windows drivers ever used it).
 * - `trusted` (boolean, default 1): toolstack-written; 0 tells the frontend
 *   to treat the backend as potentially hostile and protect itself (e.g. by
 *   bouncing data through pages it grants for the purpose only).
 * - `device-type` ("disk", "cdrom", "floppy", ...): kind of device to present
 *   (toolstack-written).
 * - `virtual-device` (number): the guest's name for the disk
 *   (toolstack-written); see below.
 *
 * The value of `virtual-device` holds a disk number and a partition number
 * (0: the whole disk) in one of these encodings, defined by Xen's
 * xen-vbd-interface(7) manual page and written in decimal:
 * - `202 << 8 | disk << 4 | partition`: an xvd disk, when both numbers are
 *   15 or below.
 * - `1 << 28 | disk << 8 | partition`: an xvd disk, only when one of the
 *   numbers is above 15 (disks up to 2^20 - 1, partitions up to 255). A
 *   frontend that reads this form must read the one above too.
 * - `8 << 8 | disk << 4 | partition`: an sd (SCSI) disk, both numbers 15 or
 *   below.
 * - `3 << 8 | disk << 6 | partition` (disks 0 and 1) and
 *   `22 << 8 | (disk - 2) << 6 | partition` (disks 2 and 3): an hd (IDE)
 *   disk, partitions up to 63.
 * - Values from `2 << 28` up are reserved; other values below `1 << 28`
 *   are reserved or deprecated.
 *
 * **Multiple queues.** A backend able to serve several rings for one disk
 * publishes `multi-queue-max-queues`. A frontend wanting n > 1 rings
 * writes `multi-queue-num-queues` = n and, instead of the top-level
 * `ring-ref*` and `event-channel` keys, writes them under `queue-0` to
 * `queue-<n-1>` (e.g. `queue-1/ring-ref` or, with a multi-page ring,
 * `queue-1/ring-ref0` and `queue-1/ring-ref1`). `ring-page-order` stays at
 * the top level and applies to every ring. A frontend using one ring
 * writes the plain top-level keys, exactly as one that ignores the
 * feature.
 *
 * **Persistent grants.** When both sides publish `feature-persistent`,
 * the frontend takes the data pages of its requests from a fixed pool of
 * pages that stay granted, and the backend keeps them mapped, saving the
 * map, unmap and TLB flush of every request at the cost of copying data
 * into and out of the pool. The pool is ideally RING_SIZE *
 * BLKIF_MAX_SEGMENTS_PER_REQUEST pages. Because a page may carry a read
 * now and a write later, the frontend grants every pool page writable and
 * the backend maps it so. Either side may stop persisting (e.g. when it
 * reaches its limit) and fall back to ordinary grants. A frontend should
 * reuse its most recently freed pages first (a LIFO), and a backend that
 * limits the number of mappings should evict the least recently used
 * ones; together this keeps the working set small.
 * @{ */
/** @} */

/**
 * @defgroup io_blkif_h_states Connection sequence
 *  @ingroup hdr_io_blkif_h
 * The toolstack creates both directories with `state` = Initialising
 * (XenbusState values, see xenbus.h).
 *
 * - Step 1, frontend: reads the virtual-device keys, prepares its OS device;
 *   then stays in Initialising.
 * - Step 1, backend: reads the identification keys, opens and checks the
 *   backing store, publishes its feature and ring-limit keys; then enters
 *   InitWait.
 * - Step 2, frontend: reads the backend's features and limits, allocates and
 *   grants the ring(s), publishes its ring and feature keys; then enters
 *   Initialised.
 * - Step 3, backend: reads the frontend's keys, maps the ring(s), binds the
 *   event channel(s), publishes the disk keys (`sectors`, `info`,
 *   `sector-size`, ...); then enters Connected.
 * - Step 4, frontend: reads the disk keys, completes its OS device; then
 *   enters Connected.
 *
 * Linux's backend publishes only `feature-max-indirect-segments`,
 * `multi-queue-max-queues` and `max-ring-page-order` in step 1. It writes
 * `feature-flush-cache`, `feature-barrier`, `feature-discard` (with the
 * `discard-*` keys) and `feature-persistent` in step 3, together with the
 * disk keys, so a frontend finds those only once the backend is
 * Connected. It starts step 3 when the frontend enters Initialised or
 * Connected.
 *
 * Implementations without optional features may take shortcuts, and
 * every implementation must accept them: a frontend may enter
 * Initialised without waiting for InitWait (it then uses and publishes
 * only default transport values); a backend may likewise skip InitWait
 * and enter Initialised without waiting for the frontend (then also with
 * defaults). A side that sees its peer skip a state does the work of the
 * skipped step as well as that of the current one.
 *
 * When the disk's size changes while connected, the backend writes the
 * new `sectors` and rewrites its `state` (still Connected) so that the
 * frontend, watching `state`, re-reads it. Closing follows the usual
 * Closing/Closed exchange (xenbus.h).
 * @{ */
/** @} */

/** @defgroup io_blkif_h_ops Request operations
 *  @ingroup hdr_io_blkif_h
 *  Values of the `operation` field of a request (and echoed in its
 *  response).
 *  @{ */
/** Read `nr_segments` segments starting at `sector_number` into the
 *  segments' pages. */
#define BLKIF_OP_READ              0
/** Write the segments' pages to the disk starting at `sector_number`. */
#define BLKIF_OP_WRITE             1
/**
 * Ordered write: every write queued before it completes before it runs,
 * and no write queued after it starts before it completes. It may carry
 * data like BLKIF_OP_WRITE. Only with `feature-barrier`; otherwise, or
 * when the backing store cannot honour it, the response is
 * BLKIF_RSP_EOPNOTSUPP.
 */
#define BLKIF_OP_WRITE_BARRIER     2
/**
 * Flush the backing store's volatile write cache to stable storage: once
 * it completes, every write that completed before it was issued is
 * durable. It may carry no segments. Only with `feature-flush-cache`;
 * may still fail with BLKIF_RSP_EOPNOTSUPP.
 */
#define BLKIF_OP_FLUSH_DISKCACHE   3
/** Reserved: taken by SUSE's drivers for device-specific command packets;
 *  never to be reused. */
#define BLKIF_OP_RESERVED_1        4
/**
 * Tell the backend a range of the disk (struct blkif_request_discard) no
 * longer holds useful data, so the storage may drop it (like ATA TRIM or
 * SCSI UNMAP). With BLKIF_DISCARD_SECURE the data must also be made unrecoverable
 * before the request completes. Only with `feature-discard` (and
 * `discard-secure` for the flag); see also `discard-granularity` and
 * `discard-alignment`.
 */
#define BLKIF_OP_DISCARD           5
/**
 * A read or write with more segments than fit in the request (struct
 * blkif_request_indirect). Only when the backend published
 * `feature-max-indirect-segments`; a backend that does not implement it
 * must not write that key.
 *
 * The segments are held in "indirect pages": pages the frontend grants,
 * each an array of struct blkif_request_segment, filled in order. A page
 * holds page size / sizeof(struct blkif_request_segment) segments (512
 * with 4 KiB pages), so a request with n segments uses ceil(n / 512)
 * indirect pages, at most BLKIF_MAX_INDIRECT_PAGES_PER_REQUEST, and n may
 * not exceed `feature-max-indirect-segments`.
 */
#define BLKIF_OP_INDIRECT          6
/** @} */

/** @defgroup io_blkif_h_limits Limits
 *  @ingroup hdr_io_blkif_h
 *  @{ */
/**
 * Capacity of blkif_request::seg, chosen so that a useful number of
 * requests fits in one 4 KiB ring page together with the ring's indexes.
 * Longer transfers use BLKIF_OP_INDIRECT.
 */
#define BLKIF_MAX_SEGMENTS_PER_REQUEST 11

/** Capacity of blkif_request_indirect::indirect_grefs: the most indirect
 *  pages one request can use. */
#define BLKIF_MAX_INDIRECT_PAGES_PER_REQUEST 8
/** @} */

/** @defgroup io_blkif_h_ring Ring messages
 *  @ingroup hdr_io_blkif_h
 *  @{ */

/**
 * One piece of a data transfer: sectors `first_sect` to `last_sect`
 * (inclusive) of one granted page. Sector numbers within the page count
 * 512-byte units (0 to 7 for a 4 KiB page), whatever `sector-size` says;
 * the byte offset and length they give must still be multiples of
 * `sector-size`.
 */
struct blkif_request_segment {
    grant_ref_t gref;   /**< IN: grant reference of the data page (writable for reads). */
    uint8_t first_sect; /**< IN: first 512-byte unit of the page to transfer. */
    uint8_t last_sect;  /**< IN: last 512-byte unit of the page to transfer (inclusive). */
};

/**
 * A request: read, write, barrier or flush. The segments' data is
 * transferred to or from consecutive disk sectors starting at
 * `sector_number` (512-byte units, aligned to `sector-size`). Other
 * operations use the layouts below, which share the first bytes.
 */
struct blkif_request {
    uint8_t        operation;    /**< IN: BLKIF_OP_* code. */
    /** IN: number of `seg` entries used, 1 to BLKIF_MAX_SEGMENTS_PER_REQUEST
     *  (0 allowed for a flush or barrier without data). */
    uint8_t        nr_segments;
    blkif_vdev_t   handle;       /**< IN: the frontend's disk number (read and write only). */
    /** IN: any value the frontend chooses, returned in the response. */
    uint64_t       id;
    /** IN: first disk sector of the transfer, in 512-byte units (read and
     *  write only). */
    blkif_sector_t sector_number;
    /** IN: the data pieces, in disk order. */
    struct blkif_request_segment seg[BLKIF_MAX_SEGMENTS_PER_REQUEST];
};
typedef struct blkif_request blkif_request_t;

/** Layout of a request whose `operation` is BLKIF_OP_DISCARD; it is no
 *  larger than struct blkif_request. */
struct blkif_request_discard {
    uint8_t        operation;    /**< IN: BLKIF_OP_DISCARD. */
    uint8_t        flag;         /**< IN: BLKIF_DISCARD_SECURE or 0. */
/** blkif_request_discard::flag: erase the range securely. Backends
 *  that did not publish `discard-secure` = 1 ignore it. */
#define BLKIF_DISCARD_SECURE (1 << 0)
    blkif_vdev_t   handle;       /**< IN: as for read and write. */
    /** IN: any value the frontend chooses, returned in the response. */
    uint64_t       id;
    /** IN: first sector of the range, in 512-byte units, aligned to
     *  `discard-granularity`. */
    blkif_sector_t sector_number;
    uint64_t       nr_sectors;   /**< IN: length of the range, in 512-byte units. */
};
typedef struct blkif_request_discard blkif_request_discard_t;

/** Layout of a request whose `operation` is BLKIF_OP_INDIRECT. Note that
 *  `handle` sits at a different offset than in struct blkif_request. */
struct blkif_request_indirect {
    uint8_t        operation;    /**< IN: BLKIF_OP_INDIRECT. */
    uint8_t        indirect_op;  /**< IN: the real operation, BLKIF_OP_READ or BLKIF_OP_WRITE. */
    /** IN: number of segments in the indirect pages, at most
     *  `feature-max-indirect-segments`. */
    uint16_t       nr_segments;
    /** IN: any value the frontend chooses, returned in the response. */
    uint64_t       id;
    /** IN: first disk sector, in 512-byte units, aligned to `sector-size`. */
    blkif_sector_t sector_number;
    blkif_vdev_t   handle;       /**< IN: as for read and write. */
    /** IN: grant references of the indirect pages, in order;
     *  ceil(`nr_segments` / segments per page) of them are used. */
    grant_ref_t    indirect_grefs[BLKIF_MAX_INDIRECT_PAGES_PER_REQUEST];
#ifdef __i386__
    /** Padding that gives the structure the same 64-byte size on 32-bit
     *  x86 as elsewhere; write 0. */
    uint64_t       pad;
#endif
};
typedef struct blkif_request_indirect blkif_request_indirect_t;

/** The backend's answer to one request. Responses may come in any
 *  order. */
struct blkif_response {
    uint64_t        id;              /**< OUT: `id` of the request answered. */
    uint8_t         operation;       /**< OUT: `operation` of that request. */
    int16_t         status;          /**< OUT: BLKIF_RSP_* result. */
};
typedef struct blkif_response blkif_response_t;

/** @} */

/** @defgroup io_blkif_h_status Response status
 *  @ingroup hdr_io_blkif_h
 *  Values of blkif_response::status.
 *  @{ */
/** The backend does not support the operation (yet or on this store): a
 *  barrier, flush or discard it cannot honour. The frontend should stop
 *  issuing that operation. */
#define BLKIF_RSP_EOPNOTSUPP  (-2)
/** The operation failed (an I/O error or a malformed request). */
#define BLKIF_RSP_ERROR       (-1)
/** The operation completed successfully. */
#define BLKIF_RSP_OKAY         0
/** @} */

/** @addtogroup io_blkif_h_ring
 *  @{ */
/** The ring types `blkif_sring`, `blkif_front_ring` and `blkif_back_ring`
 *  (ring.h), whose slots hold a struct blkif_request (or one of the other
 *  request layouts) or a struct blkif_response. */
XEN_EXTENSIONS_BEGIN
DEFINE_RING_TYPES(blkif, struct blkif_request, struct blkif_response);
XEN_EXTENSIONS_END
/** @} */

/** @defgroup io_blkif_h_vdisk Disk attributes
 *  @ingroup hdr_io_blkif_h
 *  Bits of the backend's `info` key.
 *  @{ */
#define VDISK_CDROM        0x1 /**< The disk is a CD-ROM drive. */
#define VDISK_REMOVABLE    0x2 /**< The medium is removable. */
#define VDISK_READONLY     0x4 /**< Writes are not allowed. */
/** @} */

#endif /* __XEN_PUBLIC_IO_BLKIF_H__ */
