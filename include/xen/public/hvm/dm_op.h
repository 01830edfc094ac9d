/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief HYPERVISOR_dm_op: the device-model interface, what an emulator
 *        may do to the HVM domain whose devices it provides.
 *
 * A device model (QEMU or another emulator, running in dom0 or in a stub
 * domain) supplies the emulated devices of an HVM or Arm guest. With
 * HYPERVISOR_dm_op it registers as an *ioreq server* to receive the
 * guest's accesses to port, MMIO and PCI configuration ranges it claims
 * (the requests themselves travel on shared pages, hvm/ioreq.h), and it
 * acts on the guest the way real hardware would: raising interrupt lines
 * and MSIs, injecting exceptions, reporting the memory its DMA has
 * written, changing how guest frames behave, shutting the machine down.
 *
 * **Why the interface is stable.** Unlike the toolstack's domctl, the
 * operations and structures here never change once released: new
 * operations get new numbers and existing layouts stay as they are. A
 * device model built once therefore keeps working on every later
 * hypervisor, and distributions need not rebuild QEMU for each Xen
 * release. Everything here is usable as it stands, by user-space device
 * models and by kernels, with no macro to define.
 *
 * **Why the arguments are a list of buffers.**
 * `HYPERVISOR_dm_op(domid_t domid, unsigned int nr_bufs, xen_dm_op_buf_t bufs[])`
 * takes its arguments only through `bufs`: an array of (pointer, size)
 * pairs, `bufs[0]` holding a struct xen_dm_op and later buffers the extra
 * data some operations read or write. Apart from the `bufs` array itself,
 * Xen touches no memory of the caller outside these buffers. A kernel that passes the call on for a user-space
 * device model (Linux's privcmd driver) can therefore check that every
 * buffer lies in memory the process may access, and confine the process
 * to the one domain it serves, without knowing any operation; so device
 * models can run without full privilege, and new operations need no
 * kernel change.
 *
 * **Layout on 32-bit x86.** Every 64-bit field is a uint64_aligned_t,
 * aligned on 8 bytes on every architecture, which is how the hypervisor
 * (a 64-bit program) lays these structures out for all callers. Xen's own
 * copy of this header gives the structures 4-byte alignment in 32-bit x86
 * guest builds and 8-byte alignment in 32-bit toolstack builds; offsets
 * and sizes are the same in both, so a 32-bit device model built either
 * way talks to Xen correctly. This package uses the hypervisor's layout
 * throughout, so that the structures have a single layout (alignment
 * included) whoever builds them.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | a device model with privilege over the target domain: dom0, or a stub domain created for that target |
 * | Argument  | `domid`: the target; `nr_bufs`: entries of `bufs`; `bufs[0]`: struct xen_dm_op, at least as large as the header plus the operation's member of `u`; `bufs[1]`: the extra buffer of the operations that take one |
 * | Returns   | 0; the operation's OUT fields are written back to `bufs[0]` |
 * | Errors    | -XEN_ENODATA: `nr_bufs` is 0; -XEN_E2BIG: more buffers than Xen accepts (two in Xen 4.22); -XEN_EFAULT: `bufs` or a buffer unreadable or unwritable, or `bufs[0]` too short for the operation; -XEN_ESRCH: no domain `domid`; -XEN_EPERM: `domid` is the caller itself, or the caller has no privilege over it; -XEN_EINVAL: the target is not an HVM domain (x86), `pad` is not zero, or an operation-specific check failed (below); -XEN_EOPNOTSUPP: unknown `op`, or one this architecture does not implement |
 *
 * Arm implements the ioreq-server operations (with synchronous requests
 * only), XEN_DMOP_set_irq_level and XEN_DMOP_nr_vcpus; x86 implements all
 * the others.
 *
 * Stability: stable. Callers: device models (QEMU, other ioreq servers)
 * and the kernel drivers that relay their calls.
 */
#ifndef __XEN_PUBLIC_HVM_DM_OP_H__
#define __XEN_PUBLIC_HVM_DM_OP_H__
/* Marks this copy as xen-public's: unstable/hvm/dm_op.h adds its toolstack part
 * only then (another copy of the header, included first, has its own). */
#define XEN_PUBLIC_HVM_DM_OP_H

#include "../xen.h"
#include "../event_channel.h"
#include "hvm_op.h"

/** @defgroup hdr_hvm_dm_op_h hvm/dm_op.h
 *  @ingroup xen_hvm */

/** @defgroup hvm_dm_op_h_ioreq_server IOREQ servers
 *  @ingroup hdr_hvm_dm_op_h
 *  An ioreq server is a device model's registration with Xen: the ranges
 *  of ports, MMIO and PCI configuration space it emulates, the shared
 *  pages on which Xen posts the guest's accesses to them (hvm/ioreq.h),
 *  and the event channels that signal them. A domain may have several, so
 *  that separate emulators can each handle their own devices; an access
 *  belongs to the server one of whose ranges contains it completely, and
 *  an access matching no server's range goes to none of them.
 *
 *  A server is identified by its ioservid_t and can be used only by the
 *  domain that created it. It starts disabled: register ranges, map its
 *  pages (preferably with XENMEM_acquire_resource, resource type
 *  XENMEM_resource_ioreq_server), then enable it.
 *
 *  When a device model asks for the pages' guest frames instead, Xen takes
 *  them from the frames the toolstack set aside with
 *  HVM_PARAM_IOREQ_SERVER_PFN and HVM_PARAM_NR_IOREQ_SERVER_PAGES, then
 *  from HVM_PARAM_IOREQ_PFN and HVM_PARAM_BUFIOREQ_PFN (hvm/params.h).
 *  @{ */

/** Identifier of an ioreq server within its target domain. */
typedef uint16_t ioservid_t;

/**
 * @name XEN_DMOP_create_ioreq_server
 * Create a new, disabled, ioreq server for the target domain.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | device model |
 * | Argument  | struct xen_dm_op_create_ioreq_server |
 * | Returns   | 0, with `id` written |
 * | Errors    | -XEN_EINVAL: `pad` not zero, unknown `handle_bufioreq`, or a buffered ring on Arm; -XEN_ENOSPC: the domain has as many servers as Xen allows; -XEN_ENOMEM: out of memory |
 * @{ */
#define XEN_DMOP_create_ioreq_server 1 /**< Create an ioreq server. */

/** Argument of XEN_DMOP_create_ioreq_server. */
struct xen_dm_op_create_ioreq_server {
    uint8_t handle_bufioreq; /**< IN: HVM_IOREQSRV_BUFIOREQ_OFF for synchronous requests only, or the kind of buffered ring to add (HVM_IOREQSRV_BUFIOREQ_LEGACY, HVM_IOREQSRV_BUFIOREQ_ATOMIC; hvm/hvm_op.h). */
    uint8_t pad[3];          /**< Padding: write zero. */
    ioservid_t id;           /**< OUT: the new server. */
};
typedef struct xen_dm_op_create_ioreq_server xen_dm_op_create_ioreq_server_t;
/** @} */

/**
 * @name XEN_DMOP_get_ioreq_server_info
 * Return what the device model needs to serve requests: the event channel
 * of the buffered ring and, unless XEN_DMOP_no_gfns is set, the guest
 * frames where the request pages can be mapped. Asking for the frames
 * makes Xen place the pages in the guest's physical address space; a
 * device model that maps them with XENMEM_acquire_resource instead should
 * set XEN_DMOP_no_gfns. The frames hold meaningful contents only while the
 * server is enabled. The synchronous requests' event channels are in the
 * `vp_eport` field of each vCPU's slot.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | device model that created server `id` |
 * | Argument  | struct xen_dm_op_get_ioreq_server_info |
 * | Returns   | 0, with the OUT fields written (the buffered ones only if the server has a buffered ring) |
 * | Errors    | -XEN_EINVAL: unknown bit in `flags`; -XEN_ENOENT: no server `id`; -XEN_EPERM: the server belongs to another domain; mapping the pages may fail with its own error (e.g. -XEN_ENOMEM) |
 * @{ */
#define XEN_DMOP_get_ioreq_server_info 2 /**< Read a server's event channel and page frames. */

/** Argument of XEN_DMOP_get_ioreq_server_info. */
struct xen_dm_op_get_ioreq_server_info {
    ioservid_t id;      /**< IN: the server. */
    uint16_t flags;     /**< IN: zero or XEN_DMOP_no_gfns. */

#define _XEN_DMOP_no_gfns 0
/** `flags`: return no frame numbers and do not place the pages in the
 *  guest's address space. */
#define XEN_DMOP_no_gfns (1u << _XEN_DMOP_no_gfns)

    evtchn_port_t bufioreq_port;   /**< OUT: the caller's port of the event channel Xen signals after queuing buffered requests. */
    uint64_aligned_t ioreq_gfn;    /**< OUT: guest frame of the synchronous request page. */
    uint64_aligned_t bufioreq_gfn; /**< OUT: guest frame of the buffered ring. */
};
typedef struct xen_dm_op_get_ioreq_server_info xen_dm_op_get_ioreq_server_info_t;
/** @} */

/**
 * @name XEN_DMOP_map_io_range_to_ioreq_server and XEN_DMOP_unmap_io_range_from_ioreq_server
 * Claim, or give back, an inclusive range of ports, of guest-physical
 * addresses, or of PCI functions for a server. A range given back must be
 * one registered before or lie within one.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | device model that created server `id` |
 * | Argument  | struct xen_dm_op_ioreq_server_range |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: `pad` not zero, `start` above `end`, or unknown `type`; -XEN_ENOENT: no server `id`, or (unmap) the range is not registered; -XEN_EPERM: the server belongs to another domain; -XEN_EEXIST: (map) the range overlaps one the server already has; -XEN_ENOMEM: out of memory |
 * @{ */
#define XEN_DMOP_map_io_range_to_ioreq_server 3 /**< Claim a range for a server. */
#define XEN_DMOP_unmap_io_range_from_ioreq_server 4 /**< Give back a range of a server. */

/** Argument of XEN_DMOP_map_io_range_to_ioreq_server and
 *  XEN_DMOP_unmap_io_range_from_ioreq_server. */
struct xen_dm_op_ioreq_server_range {
    ioservid_t id;      /**< IN: the server. */
    uint16_t pad;       /**< Padding: write zero. */
    uint32_t type;      /**< IN: XEN_DMOP_IO_RANGE_*. */
#define XEN_DMOP_IO_RANGE_PORT   0 /**< `type`: I/O ports. */
#define XEN_DMOP_IO_RANGE_MEMORY 1 /**< `type`: guest-physical addresses (MMIO). */
#define XEN_DMOP_IO_RANGE_PCI    2 /**< `type`: PCI functions, encoded with XEN_DMOP_PCI_SBDF(). */
    uint64_aligned_t start; /**< IN: first port, address or function of the range. */
    uint64_aligned_t end;   /**< IN: last port, address or function of the range (inclusive). */
};
typedef struct xen_dm_op_ioreq_server_range xen_dm_op_ioreq_server_range_t;

/**
 * Encode a PCI function for an XEN_DMOP_IO_RANGE_PCI range: segment @p s
 * in bits 31-16, bus @p b in 15-8, device @p d in 7-3, function @p f in
 * 2-0. Each argument is masked to its width; the result is unsigned.
 */
#define XEN_DMOP_PCI_SBDF(s, b, d, f) \
    ((((s) & 0xffffU) << 16) | \
     (((b) & 0xffU) << 8) | \
     (((d) & 0x1fU) << 3) | \
     ((f) & 0x07U))
/** @} */

/**
 * @name XEN_DMOP_set_ioreq_server_state
 * Enable or disable a server. Xen posts requests only to enabled servers;
 * disabling one makes its ranges fall back to whatever would handle them
 * without it.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | device model that created server `id` |
 * | Argument  | struct xen_dm_op_set_ioreq_server_state |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: `pad` not zero; -XEN_ENOENT: no server `id`; -XEN_EPERM: the server belongs to another domain |
 * @{ */
#define XEN_DMOP_set_ioreq_server_state 5 /**< Enable or disable a server. */

/** Argument of XEN_DMOP_set_ioreq_server_state. */
struct xen_dm_op_set_ioreq_server_state {
    ioservid_t id;      /**< IN: the server. */
    uint8_t enabled;    /**< IN: non-zero to enable, zero to disable. */
    uint8_t pad;        /**< Padding: write zero. */
};
typedef struct xen_dm_op_set_ioreq_server_state xen_dm_op_set_ioreq_server_state_t;
/** @} */

/**
 * @name XEN_DMOP_destroy_ioreq_server
 * Destroy a server, with all the ranges it registered.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | device model that created server `id` |
 * | Argument  | struct xen_dm_op_destroy_ioreq_server |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: `pad` not zero; -XEN_ENOENT: no server `id`; -XEN_EPERM: the server belongs to another domain |
 * @{ */
#define XEN_DMOP_destroy_ioreq_server 6 /**< Destroy a server. */

/** Argument of XEN_DMOP_destroy_ioreq_server. */
struct xen_dm_op_destroy_ioreq_server {
    ioservid_t id;      /**< IN: the server. */
    uint16_t pad;       /**< Padding: write zero. */
};
typedef struct xen_dm_op_destroy_ioreq_server xen_dm_op_destroy_ioreq_server_t;
/** @} */

/** @} */

/** @defgroup hvm_dm_op_h_memory Guest memory
 *  @ingroup hdr_hvm_dm_op_h
 *  Operations on the target's frames that an emulator needs: tracking
 *  writes to emulated video memory, reporting its own writes, changing
 *  how frames behave and moving them. All are x86 only.
 *  @{ */

/**
 * @name XEN_DMOP_track_dirty_vram
 * Return which frames of a range (typically the emulated graphics card's
 * video memory) the guest wrote since the previous call for the same
 * range, so that a display can redraw only what changed. A range other
 * than the previous one starts tracking afresh.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | device model |
 * | Argument  | struct xen_dm_op_track_dirty_vram; `bufs[1]`: receives the bitmap, one bit per frame, bit N of byte B for frame `first_pfn` + 8 * B + N |
 * | Returns   | 0, with the bitmap written |
 * | Errors    | -XEN_EINVAL: `pad` not zero, no `bufs[1]` or one shorter than (`nr` + 7) / 8 bytes, or `nr` above 1 GiB worth of frames (262144); -XEN_ESRCH: the domain is being destroyed; -XEN_EFAULT: the bitmap unwritable |
 * @{ */
#define XEN_DMOP_track_dirty_vram 7 /**< Read which frames of a range the guest wrote. */

/** Argument of XEN_DMOP_track_dirty_vram. */
struct xen_dm_op_track_dirty_vram {
    uint32_t nr;        /**< IN: number of frames to track. */
    uint32_t pad;       /**< Padding: write zero. */
    uint64_aligned_t first_pfn; /**< IN: first guest frame of the range. */
};
typedef struct xen_dm_op_track_dirty_vram xen_dm_op_track_dirty_vram_t;
/** @} */

/**
 * @name XEN_DMOP_modified_memory
 * Tell Xen which guest frames the emulator wrote (by emulated DMA, for
 * instance), so that a live migration in progress copies them again. Xen
 * does nothing unless the domain is in log-dirty mode.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | device model |
 * | Argument  | struct xen_dm_op_modified_memory; `bufs[1]`: an array of `nr_extents` struct xen_dm_op_modified_memory_extent |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: not exactly two buffers, `bufs[1]` shorter than `nr_extents` extents, an extent with non-zero `pad`, no frames, or frames beyond the domain's memory, or `opaque` not below the last extent's `nr`; -XEN_EFAULT: an extent unreadable. After a failure it is unspecified which frames were marked |
 * @{ */
#define XEN_DMOP_modified_memory 11 /**< Report frames the emulator wrote. */

/** Argument of XEN_DMOP_modified_memory. Xen may use both fields to keep
 *  its place while it pauses and resumes a long call; do not rely on their
 *  contents afterwards. */
struct xen_dm_op_modified_memory {
    uint32_t nr_extents; /**< IN: number of extents in `bufs[1]`. */
    uint32_t opaque;     /**< IN/OUT: Xen's progress within an extent; write zero. */
};
typedef struct xen_dm_op_modified_memory xen_dm_op_modified_memory_t;

/** One range of frames written by the emulator. */
struct xen_dm_op_modified_memory_extent {
    uint32_t nr;        /**< IN: number of frames. */
    uint32_t pad;       /**< Padding: write zero. */
    uint64_aligned_t first_pfn; /**< IN: first guest frame of the range. */
};
/** @} */

/**
 * @name XEN_DMOP_set_mem_type
 * Give a range of frames a memory type (hvmmem_type_t, hvm/hvm_op.h), for
 * instance to make a range read-only or have its accesses emulated. A
 * frame's type may change only along the moves Xen allows: RAM types
 * among themselves, an empty frame to HVMMEM_mmio_dm, and HVMMEM_ram_rw
 * to and from HVMMEM_ioreq_server.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | device model |
 * | Argument  | struct xen_dm_op_set_mem_type |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: `pad` not zero, the range is empty, wraps or extends past the domain's memory, `mem_type` is unknown or HVMMEM_unused, HVMMEM_ioreq_server while no server claimed that type, or a frame cannot change to the type; -XEN_EOPNOTSUPP: HVMMEM_ioreq_server on a domain without hardware-assisted paging; -XEN_EAGAIN: a frame is paged out or shared; try again. Frames before the failing one keep their new type |
 * @{ */
#define XEN_DMOP_set_mem_type 12 /**< Change the memory type of frames. */

/** Argument of XEN_DMOP_set_mem_type. While it pauses and resumes a long
 *  call, Xen moves `first_pfn` and `nr` to the part still to do, and the
 *  caller may see them so changed afterwards. */
struct xen_dm_op_set_mem_type {
    uint32_t nr;        /**< IN: number of frames. */
    uint16_t mem_type;  /**< IN: the hvmmem_type_t to give them. */
    uint16_t pad;       /**< Padding: write zero. */
    uint64_aligned_t first_pfn; /**< IN: first guest frame of the range. */
};
typedef struct xen_dm_op_set_mem_type xen_dm_op_set_mem_type_t;
/** @} */

/**
 * @name XEN_DMOP_relocate_memory
 * Move a run of the target's frames to other guest frame numbers, as
 * XENMEM_add_to_physmap with XENMAPSPACE_gmfn_range does (memory.h).
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | device model |
 * | Argument  | struct xen_dm_op_relocate_memory |
 * | Returns   | 0 once all `size` frames moved |
 * | Errors    | -XEN_EINVAL: `pad` not zero; otherwise those of XENMEM_add_to_physmap |
 * @{ */
#define XEN_DMOP_relocate_memory 17 /**< Move frames to other frame numbers. */

/** Argument of XEN_DMOP_relocate_memory. Xen advances the fields as it
 *  makes progress; their contents after the call are unspecified. */
struct xen_dm_op_relocate_memory {
    uint32_t size;      /**< IN: number of frames to move. */
    uint32_t pad;       /**< Padding: write zero. */
    uint64_aligned_t src_gfn; /**< IN: first frame to move. */
    uint64_aligned_t dst_gfn; /**< IN: where the first frame goes; the others follow it. */
};
typedef struct xen_dm_op_relocate_memory xen_dm_op_relocate_memory_t;
/** @} */

/**
 * @name XEN_DMOP_pin_memory_cacheattr
 * Force the cache type of a range of frames, whatever the guest's MTRRs
 * and PAT say (as XEN_DOMCTL_pin_mem_cacheattr does for the toolstack),
 * or remove such a pin. Ranges may not overlap, and a domain has at most
 * 64 of them.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | device model |
 * | Argument  | struct xen_dm_op_pin_memory_cacheattr |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: `pad` not zero, `end` below `start` or beyond the physical address width, or unknown `type`; -XEN_ENOENT: removing a range that is not pinned exactly so; -XEN_EPERM: an uncachable or write-combining type for a domain that has neither an IOMMU nor permission to flush caches; -XEN_EBUSY: the range overlaps another pinned range; -XEN_ENOSPC: the domain has 64 ranges already; -XEN_ENOMEM: out of memory |
 * @{ */
#define XEN_DMOP_pin_memory_cacheattr 18 /**< Pin or unpin the cache type of frames. */

/** Argument of XEN_DMOP_pin_memory_cacheattr. */
struct xen_dm_op_pin_memory_cacheattr {
    uint64_aligned_t start; /**< IN: first guest frame of the range. */
    uint64_aligned_t end;   /**< IN: last guest frame of the range (inclusive). */
/* Values of `type`: the x86 MTRR and PAT memory-type encodings. */
#define XEN_DMOP_MEM_CACHEATTR_UC  0 /**< Uncachable. */
#define XEN_DMOP_MEM_CACHEATTR_WC  1 /**< Write-combining. */
#define XEN_DMOP_MEM_CACHEATTR_WT  4 /**< Write-through. */
#define XEN_DMOP_MEM_CACHEATTR_WP  5 /**< Write-protected. */
#define XEN_DMOP_MEM_CACHEATTR_WB  6 /**< Write-back. */
#define XEN_DMOP_MEM_CACHEATTR_UCM 7 /**< Uncachable, overridable by write-combining MTRRs (UC-). */
/** Not a cache type: remove the pin on exactly [`start`, `end`]. */
#define XEN_DMOP_DELETE_MEM_CACHEATTR (~(uint32_t)0)
    uint32_t type;      /**< IN: XEN_DMOP_MEM_CACHEATTR_* or XEN_DMOP_DELETE_MEM_CACHEATTR. */
    uint32_t pad;       /**< Padding: write zero. */
};
typedef struct xen_dm_op_pin_memory_cacheattr xen_dm_op_pin_memory_cacheattr_t;
/** @} */

/**
 * @name XEN_DMOP_map_mem_type_to_ioreq_server
 * Claim the memory type HVMMEM_ioreq_server for a server, so that the
 * guest's writes to frames of that type reach it (their reads still come
 * from memory); or, with `flags` zero, release the claim, which also turns
 * the remaining frames of that type back into HVMMEM_ram_rw. Only one
 * server may hold the claim at a time.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | device model that created server `id` |
 * | Argument  | struct xen_dm_op_map_mem_type_to_ioreq_server |
 * | Returns   | 0 |
 * | Errors    | -XEN_EOPNOTSUPP: the domain does not use hardware-assisted paging; -XEN_EINVAL: `type` is not HVMMEM_ioreq_server, `flags` has a bit other than XEN_DMOP_IOREQ_MEM_ACCESS_WRITE, or a release by a server that holds no claim; -XEN_ENOENT: no server `id`; -XEN_EPERM: the server belongs to another domain; -XEN_EBUSY: another server holds the claim, or frames of the type are left from an earlier claim |
 * @{ */
#define XEN_DMOP_map_mem_type_to_ioreq_server 15 /**< Claim or release HVMMEM_ioreq_server. */

/** Argument of XEN_DMOP_map_mem_type_to_ioreq_server. */
struct xen_dm_op_map_mem_type_to_ioreq_server {
    ioservid_t id;      /**< IN: the server. */
    uint16_t type;      /**< IN: the hvmmem_type_t to claim: HVMMEM_ioreq_server. */
    uint32_t flags;     /**< IN: XEN_DMOP_IOREQ_MEM_ACCESS_WRITE to claim, zero to release. */

#define XEN_DMOP_IOREQ_MEM_ACCESS_READ (1u << 0)  /**< `flags`: forward reads (not accepted yet). */
#define XEN_DMOP_IOREQ_MEM_ACCESS_WRITE (1u << 1) /**< `flags`: forward writes. */

    uint64_t opaque;    /**< IN/OUT: Xen's progress while it releases a claim over several resumptions; write zero. */
};
typedef struct xen_dm_op_map_mem_type_to_ioreq_server xen_dm_op_map_mem_type_to_ioreq_server_t;
/** @} */

/** @} */

/** @defgroup hvm_dm_op_h_interrupts Interrupts and events
 *  @ingroup hdr_hvm_dm_op_h
 *  How an emulated device signals the guest. The interrupt-line operations
 *  take a level, 1 for asserted and 0 for deasserted, and behave as a
 *  wire: a level-triggered line stays raised until the device model
 *  lowers it.
 *  @{ */

/**
 * @name XEN_DMOP_set_pci_intx_level
 * Set the level of a PCI device's INTx pin on the emulated chipset (x86).
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | device model |
 * | Argument  | struct xen_dm_op_set_pci_intx_level |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: `domain` or `bus` not 0, `device` above 31, `intx` above 3, or `level` not 0 or 1 |
 * @{ */
#define XEN_DMOP_set_pci_intx_level 8 /**< Set a PCI INTx level. */

/** Argument of XEN_DMOP_set_pci_intx_level. */
struct xen_dm_op_set_pci_intx_level {
    uint16_t domain;    /**< IN: PCI segment; only 0 exists. */
    uint8_t bus;        /**< IN: PCI bus; only 0 exists. */
    uint8_t device;     /**< IN: PCI device, 0 to 31. */
    uint8_t intx;       /**< IN: pin, 0 (INTA) to 3 (INTD). */
    uint8_t  level;     /**< IN: 1 asserted, 0 deasserted. */
};
typedef struct xen_dm_op_set_pci_intx_level xen_dm_op_set_pci_intx_level_t;
/** @} */

/**
 * @name XEN_DMOP_set_isa_irq_level
 * Set the level of an ISA interrupt line (x86).
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | device model |
 * | Argument  | struct xen_dm_op_set_isa_irq_level |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: `isa_irq` above 15, or `level` not 0 or 1 |
 * @{ */
#define XEN_DMOP_set_isa_irq_level 9 /**< Set an ISA IRQ level. */

/** Argument of XEN_DMOP_set_isa_irq_level. */
struct xen_dm_op_set_isa_irq_level {
    uint8_t  isa_irq;   /**< IN: ISA IRQ, 0 to 15. */
    uint8_t  level;     /**< IN: 1 asserted, 0 deasserted. */
};
typedef struct xen_dm_op_set_isa_irq_level xen_dm_op_set_isa_irq_level_t;
/** @} */

/**
 * @name XEN_DMOP_set_pci_link_route
 * Route one of the chipset's four PCI interrupt links to an ISA IRQ, as
 * the guest programs it in the emulated PCI-to-ISA bridge (x86).
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | device model |
 * | Argument  | struct xen_dm_op_set_pci_link_route |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: `link` above 3 or `isa_irq` above 15 |
 * @{ */
#define XEN_DMOP_set_pci_link_route 10 /**< Route a PCI interrupt link. */

/** Argument of XEN_DMOP_set_pci_link_route. */
struct xen_dm_op_set_pci_link_route {
    uint8_t  link;      /**< IN: the link, 0 to 3. */
    uint8_t  isa_irq;   /**< IN: ISA IRQ 1 to 15, or 0 to disconnect the link. */
};
typedef struct xen_dm_op_set_pci_link_route xen_dm_op_set_pci_link_route_t;
/** @} */

/**
 * @name XEN_DMOP_inject_event
 * Have a vCPU take an exception, software interrupt or external interrupt
 * when it next enters the guest, as an emulator of an instruction must.
 * The caller needs to know the vCPU's state well enough to foresee the
 * effect (privilege level, whether interrupts are enabled).
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | device model (x86) |
 * | Argument  | struct xen_dm_op_inject_event |
 * | Returns   | 0 once the event is queued |
 * | Errors    | -XEN_EINVAL: `pad0` or `pad1` not zero, or no vCPU `vcpuid`; -XEN_EBUSY: an event injected earlier is still waiting on that vCPU |
 * @{ */
#define XEN_DMOP_inject_event 13 /**< Inject an exception or interrupt into a vCPU. */

/** Argument of XEN_DMOP_inject_event. */
struct xen_dm_op_inject_event {
    uint32_t vcpuid;    /**< IN: the vCPU. */
    uint8_t vector;     /**< IN: the vector (exception or interrupt number). */
    uint8_t type;       /**< IN: XEN_DMOP_EVENT_*. */
/* Values of `type`: the event-type encodings of the x86 virtualization
 * extensions. */
#define XEN_DMOP_EVENT_ext_int    0 /**< External interrupt. */
#define XEN_DMOP_EVENT_nmi        2 /**< Non-maskable interrupt. */
#define XEN_DMOP_EVENT_hw_exc     3 /**< Hardware exception (fault or trap raised by an instruction). */
#define XEN_DMOP_EVENT_sw_int     4 /**< Software interrupt, as from INT n. */
#define XEN_DMOP_EVENT_pri_sw_exc 5 /**< Privileged software exception, as from ICEBP (INT1). */
#define XEN_DMOP_EVENT_sw_exc     6 /**< Software exception, as from INT3 or INTO. */
    uint8_t insn_len;   /**< IN: length in bytes of the instruction that raised a software event (to step over it); 0 otherwise. */
    uint8_t pad0;       /**< Padding: write zero. */
    uint32_t error_code; /**< IN: the error code to push, or all ones (~0) for none. */
    uint32_t pad1;      /**< Padding: write zero. */
    uint64_aligned_t cr2; /**< IN: extra data of the event: the faulting address (CR2) for \#PF, the pending debug conditions for \#DB. */
};
typedef struct xen_dm_op_inject_event xen_dm_op_inject_event_t;
/** @} */

/**
 * @name XEN_DMOP_inject_msi
 * Deliver a message-signalled interrupt from an emulated device, given the
 * address and data its MSI or MSI-X registers hold (x86).
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | device model |
 * | Argument  | struct xen_dm_op_inject_msi |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: `pad` not zero |
 * @{ */
#define XEN_DMOP_inject_msi 14 /**< Deliver an MSI. */

/** Argument of XEN_DMOP_inject_msi. */
struct xen_dm_op_inject_msi {
    uint32_t data;      /**< IN: the message data (32 bits). */
    uint32_t pad;       /**< Padding: write zero. */
    uint64_aligned_t addr; /**< IN: the message address (0xFEExxxxx). */
};
typedef struct xen_dm_op_inject_msi xen_dm_op_inject_msi_t;
/** @} */

/**
 * @name XEN_DMOP_set_irq_level
 * Set the level of a shared peripheral interrupt (SPI) of the guest's
 * virtual interrupt controller (Arm).
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | device model |
 * | Argument  | struct xen_dm_op_set_irq_level |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: `irq` is not an SPI of the domain or is routed to a physical device, `level` not 0 or 1, or `pad` not zero |
 * @{ */
#define XEN_DMOP_set_irq_level 19 /**< Set an SPI level (Arm). */

/** Argument of XEN_DMOP_set_irq_level. */
struct xen_dm_op_set_irq_level {
    uint32_t irq;       /**< IN: interrupt number, an SPI (32 or above). */
    uint8_t level;      /**< IN: 1 asserted, 0 deasserted. */
    uint8_t pad[3];     /**< Padding: write zero. */
};
typedef struct xen_dm_op_set_irq_level xen_dm_op_set_irq_level_t;
/** @} */

/** @} */

/** @defgroup hvm_dm_op_h_domain The target domain
 *  @ingroup hdr_hvm_dm_op_h
 *  @{ */

/**
 * @name XEN_DMOP_remote_shutdown
 * Shut the target down, as SCHEDOP_remote_shutdown does (sched.h): the
 * emulated machine powered off, rebooted or crashed.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | device model (x86) |
 * | Argument  | struct xen_dm_op_remote_shutdown |
 * | Returns   | 0 |
 * | Errors    | none beyond those of HYPERVISOR_dm_op |
 * @{ */
#define XEN_DMOP_remote_shutdown 16 /**< Shut the target down. */

/** Argument of XEN_DMOP_remote_shutdown. */
struct xen_dm_op_remote_shutdown {
    uint32_t reason;    /**< IN: a SHUTDOWN_* reason (sched.h); other values are passed on unchecked. */
};
typedef struct xen_dm_op_remote_shutdown xen_dm_op_remote_shutdown_t;
/** @} */

/**
 * @name XEN_DMOP_nr_vcpus
 * Return how many vCPUs the target has: the count fixed when it was
 * created, which bounds the vCPU numbers other operations take (such as
 * `vcpuid` of XEN_DMOP_inject_event) and the number of request slots of
 * an ioreq server.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | device model |
 * | Argument  | struct xen_dm_op_nr_vcpus |
 * | Returns   | 0, with `vcpus` written |
 * | Errors    | none beyond those of HYPERVISOR_dm_op |
 * @{ */
#define XEN_DMOP_nr_vcpus 20 /**< Read the target's vCPU count. */

/** Argument of XEN_DMOP_nr_vcpus. */
struct xen_dm_op_nr_vcpus {
    uint32_t vcpus;     /**< OUT: the number of vCPUs. */
};
typedef struct xen_dm_op_nr_vcpus xen_dm_op_nr_vcpus_t;
/** @} */

/** @} */

/** @defgroup hvm_dm_op_h_call The call
 *  @ingroup hdr_hvm_dm_op_h
 *  @{ */

/**
 * The contents of `bufs[0]`: the operation number and its fields. Only
 * the header and the operation's member of `u` need to be present, and
 * only they are read and written back.
 */
struct xen_dm_op {
    uint32_t op;        /**< IN: XEN_DMOP_*. */
    uint32_t pad;       /**< Padding: write zero. */
    /** IN/OUT: the operation's fields, in the member named after it. */
    union {
        xen_dm_op_create_ioreq_server_t create_ioreq_server;             /**< XEN_DMOP_create_ioreq_server. */
        xen_dm_op_get_ioreq_server_info_t get_ioreq_server_info;         /**< XEN_DMOP_get_ioreq_server_info. */
        xen_dm_op_ioreq_server_range_t map_io_range_to_ioreq_server;     /**< XEN_DMOP_map_io_range_to_ioreq_server. */
        xen_dm_op_ioreq_server_range_t unmap_io_range_from_ioreq_server; /**< XEN_DMOP_unmap_io_range_from_ioreq_server. */
        xen_dm_op_set_ioreq_server_state_t set_ioreq_server_state;       /**< XEN_DMOP_set_ioreq_server_state. */
        xen_dm_op_destroy_ioreq_server_t destroy_ioreq_server;           /**< XEN_DMOP_destroy_ioreq_server. */
        xen_dm_op_track_dirty_vram_t track_dirty_vram;                   /**< XEN_DMOP_track_dirty_vram. */
        xen_dm_op_set_pci_intx_level_t set_pci_intx_level;               /**< XEN_DMOP_set_pci_intx_level. */
        xen_dm_op_set_isa_irq_level_t set_isa_irq_level;                 /**< XEN_DMOP_set_isa_irq_level. */
        xen_dm_op_set_irq_level_t set_irq_level;                         /**< XEN_DMOP_set_irq_level. */
        xen_dm_op_set_pci_link_route_t set_pci_link_route;               /**< XEN_DMOP_set_pci_link_route. */
        xen_dm_op_modified_memory_t modified_memory;                     /**< XEN_DMOP_modified_memory. */
        xen_dm_op_set_mem_type_t set_mem_type;                           /**< XEN_DMOP_set_mem_type. */
        xen_dm_op_inject_event_t inject_event;                           /**< XEN_DMOP_inject_event. */
        xen_dm_op_inject_msi_t inject_msi;                               /**< XEN_DMOP_inject_msi. */
        xen_dm_op_map_mem_type_to_ioreq_server_t map_mem_type_to_ioreq_server; /**< XEN_DMOP_map_mem_type_to_ioreq_server. */
        xen_dm_op_remote_shutdown_t remote_shutdown;                     /**< XEN_DMOP_remote_shutdown. */
        xen_dm_op_relocate_memory_t relocate_memory;                     /**< XEN_DMOP_relocate_memory. */
        xen_dm_op_pin_memory_cacheattr_t pin_memory_cacheattr;           /**< XEN_DMOP_pin_memory_cacheattr. */
        xen_dm_op_nr_vcpus_t nr_vcpus;                                   /**< XEN_DMOP_nr_vcpus. */
    } u;
};

/** One argument buffer of HYPERVISOR_dm_op. */
struct xen_dm_op_buf {
    XEN_GUEST_HANDLE(void) h;   /**< IN: the buffer, in the caller's memory. */
    xen_ulong_t size;           /**< IN: its size in bytes. */
};
typedef struct xen_dm_op_buf xen_dm_op_buf_t;
/* Guest handles to #xen_dm_op_buf_t: the `bufs` argument. */
DEFINE_XEN_GUEST_HANDLE(xen_dm_op_buf_t);

/** @} */

#endif /* __XEN_PUBLIC_HVM_DM_OP_H__ */
