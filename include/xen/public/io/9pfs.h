/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief 9pfs transport: carries 9P file-system messages between a guest's
 *        9P client and a file server in another domain.
 *
 * The backend (QEMU's `xen-9pfs` device, for instance) exports a
 * directory of its domain; the frontend (Linux `9pnet_xen`) mounts it with
 * the 9P2000.L protocol. Xen defines only the transport: one or more
 * byte-stream rings per device, each a flex ring (ring.h) made of an
 * indexes page, struct xen_9pfs_data_intf, and a data area of
 * 2^ring_order pages. The 9P messages themselves are those of the 9P
 * protocol. Transport version: "1".
 *
 * **XenStore keys.** The device class is `9pfs`; values are decimal
 * strings unless noted.
 *
 * | Key                   | Written by         | Meaning |
 * |-----------------------|--------------------|---------|
 * | `versions`            | backend            | comma-separated transport versions; "1" |
 * | `max-rings`           | backend            | most rings one frontend may set up |
 * | `max-ring-page-order` | backend            | largest `ring_order` of a ring, at least 1 |
 * | `path`                | toolstack, backend | directory of the backend's domain to export |
 * | `security_model`      | toolstack, backend | "none", the only model defined |
 * | `max-files`           | toolstack, backend | optional: most files in the export |
 * | `max-open-files`      | toolstack, backend | optional: most files open at once |
 * | `max-space`           | toolstack, backend | optional: most space used, in MiB |
 * | `auto-delete`         | toolstack, backend | optional: "1" to make room by deleting |
 * | `version`             | frontend           | the version chosen from `versions`: "1" |
 * | `num-rings`           | frontend           | rings set up, 1 to `max-rings` |
 * | `event-channel-<n>`   | frontend           | event channel of ring n |
 * | `ring-ref<n>`         | frontend           | grant reference of ring n's indexes page |
 * | `tag`                 | toolstack, frontend | name the guest mounts the export by |
 *
 * "toolstack, backend" means: written by the toolstack into the backend's
 * directory; "toolstack, frontend" likewise into the frontend's. Ring
 * numbers n count from 0 (`event-channel-0`, `ring-ref0`, ...).
 *
 * - `versions` is the Xen transport's version, not the 9P dialect's.
 * - `max-ring-page-order`: the `ref[]` array of the indexes page must hold
 *   2^ring_order entries, so 9 is the largest order that fits.
 * - `security_model` "none": files take the owners and modes the guest
 *   gives them, with no remapping.
 * - `max-files` (files and directories) and `max-space`: 0 or absent means
 *   no limit. `max-open-files`: each open counts; 0 or absent means the
 *   backend's default. `auto-delete` = "1": when the guest would pass
 *   `max-files` or `max-space`, the backend deletes the least recently
 *   modified files under `path` that are not open.
 * - xen-9pfsd (tools/9pfsd in Xen 4.22.0) offers 4 rings of order up to
 *   9, refuses a ring of order 0 and any `version` but 1, and accepts only
 *   `security_model` "none". It counts every 9P fid in use against
 *   `max-open-files` (default 5, EMFILE beyond it) and reads `max-files`,
 *   `max-space` and `auto-delete` without enforcing them.
 * - Linux's frontend (net/9p/trans_xen.c) refuses a backend whose
 *   `versions` lacks 1 or whose `max-rings` is below the rings it sets
 *   up, and lowers its own ring order to `max-ring-page-order`. It reads
 *   `tag` from its own directory.
 *
 * **Handshake.** The toolstack creates both nodes in Initialising. The
 * backend publishes its keys and enters InitWait. The frontend reads
 * them, allocates and grants its rings and channels, writes `version`,
 * `num-rings` and each ring's keys, and enters Initialised. The backend
 * maps every ring, binds every channel and enters Connected; the
 * frontend then enters Connected. To shut down, the frontend enters
 * Closing; the backend unmaps the grants, unbinds the channels and enters
 * Closing; the frontend frees its rings and enters Closed; the backend
 * follows to Closed.
 *
 * **Messages.** The client writes each 9P request into the `out` half of
 * a ring of its choice; the server writes the reply into the `in` half of
 * the same ring. Every 9P message starts with its total length in bytes
 * as a 32-bit little-endian number (the `size[4]` of the 9P header), so
 * each side knows how much to read.
 *
 * **Ring use.** The indices are free-running byte counts. A writer reads
 * the peer's consumer index, issues a full barrier, checks that its own
 * producer index in the page still matches its private copy (the peer
 * must not change it), copies at most `size - (prod - cons)` bytes at
 * `prod`, issues a write barrier, advances `prod` and notifies. A reader
 * reads the producer index, issues a read barrier, checks its consumer
 * index against its private copy, copies the bytes up to `prod`, issues a
 * full barrier, advances `cons` and notifies. Check the peer's index with
 * XEN_FLEX_RING_IDX_INVALID() before using it.
 *
 * Stability: stable (wire protocol). Callers: 9pfs frontends in guests,
 * 9pfs backends (QEMU, xen-9pfsd), the toolstack.
 */
#ifndef __XEN_PUBLIC_IO_9PFS_H__
#define __XEN_PUBLIC_IO_9PFS_H__

#include "../grant_table.h"
#include "ring.h"

/** @defgroup hdr_io_9pfs_h io/9pfs.h
 *  @ingroup xen_io */

/** @defgroup io_9pfs_h_ring 9pfs rings
 *  @ingroup hdr_io_9pfs_h
 *  The types and helpers of one 9pfs ring.
 *  @{ */

/**
 * Defines struct xen_9pfs_data_intf, the indexes page of a ring (`in_*`:
 * replies, backend to frontend; `out_*`: requests, frontend to backend;
 * `ring_order` and `ref[]`: the 2^ring_order granted pages of the data
 * area, `in` first, then `out`), and the byte-stream helpers
 * xen_9pfs_mask(), xen_9pfs_get_ring_ptr(), xen_9pfs_read_packet(),
 * xen_9pfs_write_packet(), xen_9pfs_queued() and struct xen_9pfs_data.
 * See DEFINE_XEN_FLEX_RING_AND_INTF() for the layout.
 */
DEFINE_XEN_FLEX_RING_AND_INTF(xen_9pfs);

/** @} */

#endif /* __XEN_PUBLIC_IO_9PFS_H__ */
