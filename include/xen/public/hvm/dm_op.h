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
 * Xen touches no memory of the caller outside these buffers. A kernel
 * that passes the call on for a user-space device model (Linux's privcmd
 * driver) can therefore check that every buffer lies in memory the
 * process may access, and confine the process to the one domain it
 * serves, without knowing any operation; so device models can run
 * without full privilege, and new operations need no kernel change.
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
 * **Who may call.** Every operation looks the target up, refuses the
 * caller's own domain, and asks xsm_dm_op(), XSM_DM_PRIV under the
 * default policy: the target's device model (a domain whose `target` is
 * the domain, such as a stub domain built for it) or the control domain.
 * The ioreq-server operations also accept only the domain that created
 * the server they name.
 *
 * **Errors every operation can give**, in the order Xen checks them
 * (do_dm_op() in xen/common/dm.c, then dm_op() in xen/arch/x86/hvm/dm.c
 * or xen/arch/arm/dm.c); the blocks do not repeat them:
 * - -XEN_ENODATA: `nr_bufs` is 0.
 * - -XEN_E2BIG: `nr_bufs` is above 2, the most Xen 4.22.0 takes.
 * - -XEN_EFAULT: the `bufs` array cannot be read.
 * - -XEN_ESRCH: no domain `domid`.
 * - -XEN_EPERM: `domid` is the caller itself.
 * - -XEN_EINVAL: the target is not an HVM domain (x86 only).
 * - -XEN_EPERM: refused by the security policy (xsm_dm_op()).
 * - -XEN_EFAULT: `bufs[0]` is shorter than the header of struct xen_dm_op
 *   (`op` and `pad`), or the header cannot be read.
 * - -XEN_EOPNOTSUPP: `op` is above 20 (XEN_DMOP_nr_vcpus).
 * - -XEN_EFAULT: `bufs[0]` is shorter than the header plus the operation's
 *   member of `u`, or that member cannot be read.
 * - -XEN_EINVAL: `pad` of struct xen_dm_op is not zero.
 * - -XEN_EOPNOTSUPP: `op` is 0, or names an operation this architecture
 *   does not implement.
 * - -XEN_EFAULT: the results cannot be written back to `bufs[0]`.
 *
 * Arm implements the ioreq-server operations (with synchronous requests
 * only), XEN_DMOP_set_irq_level and XEN_DMOP_nr_vcpus; x86 implements
 * every operation except XEN_DMOP_set_irq_level. The hypercall exists only
 * in builds with CONFIG_IOREQ_SERVER (selected by HVM support on x86, an
 * expert option off by default on Arm); without it the call fails as an
 * unknown hypercall, with -XEN_ENOSYS.
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
 * Create a new, disabled, ioreq server for the target domain, with the
 * caller as its emulator.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 1 |
 * | Caller         | target's device model or the control domain; XSM: xsm_dm_op(), XSM_DM_PRIV |
 * | Argument       | struct xen_dm_op_create_ioreq_server |
 * | Returns        | 0, with `id` written |
 * | Errors         | listed below |
 * | Since          | Xen 4.9.0 |
 * | Implemented by | ioreq_server_create() in xen/common/ioreq.c |
 *
 * Errors:
 * - -XEN_EINVAL: `pad` is not zero.
 * - -XEN_EINVAL: `handle_bufioreq` is not HVM_IOREQSRV_BUFIOREQ_OFF on
 *   Arm, or is above HVM_IOREQSRV_BUFIOREQ_ATOMIC.
 * - -XEN_ENOMEM: out of memory for the server.
 * - -XEN_ENOSPC: the domain has 8 servers already (MAX_NR_IOREQ_SERVERS).
 * - -XEN_ENOMEM, or an error of alloc_unbound_xen_event_channel():
 *   setting up the server's range sets or a vCPU's event channel failed.
 * @{ */
#define XEN_DMOP_create_ioreq_server 1

/** Argument of XEN_DMOP_create_ioreq_server. */
struct xen_dm_op_create_ioreq_server {
    /** IN: HVM_IOREQSRV_BUFIOREQ_OFF for synchronous requests only, or the
     *  kind of buffered ring to add (HVM_IOREQSRV_BUFIOREQ_LEGACY,
     *  HVM_IOREQSRV_BUFIOREQ_ATOMIC; hvm/hvm_op.h). */
    uint8_t handle_bufioreq;
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
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 2 |
 * | Caller         | the domain that created server `id`; XSM: xsm_dm_op(), XSM_DM_PRIV |
 * | Argument       | struct xen_dm_op_get_ioreq_server_info |
 * | Returns        | 0, with the OUT fields written (see below) |
 * | Errors         | listed below |
 * | Since          | Xen 4.9.0 (XEN_DMOP_no_gfns: Xen 4.11.0) |
 * | Implemented by | ioreq_server_get_info() in xen/common/ioreq.c |
 *
 * The buffered-ring fields are written only when the server has a
 * buffered ring. On x86 the frames come from arch_ioreq_server_map_pages()
 * in xen/arch/x86/hvm/ioreq.c.
 *
 * Errors:
 * - -XEN_EINVAL: `flags` has a bit other than XEN_DMOP_no_gfns.
 * - -XEN_ENOENT: no server `id`.
 * - -XEN_EPERM: another domain created the server.
 * - -XEN_EOPNOTSUPP: frames asked for on Arm, which cannot place the
 *   pages in the guest's address space.
 * - -XEN_EPERM: frames asked for (x86), but the pages were already mapped
 *   through XENMEM_acquire_resource.
 * - -XEN_EINVAL: frames asked for (x86) while the domain is dying.
 * - -XEN_ENOMEM: frames asked for (x86), and none of those set aside for
 *   ioreq servers is left.
 * - An error of prepare_ring_for_helper(): a frame set aside cannot be
 *   mapped (x86).
 * @{ */
#define XEN_DMOP_get_ioreq_server_info 2

/** Argument of XEN_DMOP_get_ioreq_server_info. */
struct xen_dm_op_get_ioreq_server_info {
    ioservid_t id;      /**< IN: the server. */
    uint16_t flags;     /**< IN: zero or XEN_DMOP_no_gfns. */

#define _XEN_DMOP_no_gfns 0
/** `flags`: return no frame numbers and do not place the pages in the
 *  guest's address space. */
#define XEN_DMOP_no_gfns (1u << _XEN_DMOP_no_gfns)

    /** OUT: the caller's port of the event channel Xen signals after it
     *  queues buffered requests. */
    evtchn_port_t bufioreq_port;
    uint64_aligned_t ioreq_gfn;    /**< OUT: guest frame of the synchronous request page. */
    uint64_aligned_t bufioreq_gfn; /**< OUT: guest frame of the buffered ring. */
};
typedef struct xen_dm_op_get_ioreq_server_info xen_dm_op_get_ioreq_server_info_t;
/** @} */

/**
 * @name XEN_DMOP_map_io_range_to_ioreq_server, XEN_DMOP_unmap_io_range_from_ioreq_server
 * Claim, or give back, an inclusive range of ports, of guest-physical
 * addresses, or of PCI functions for a server. A range given back must be
 * one registered before or lie within one.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 3, 4 |
 * | Caller         | the domain that created server `id`; XSM: xsm_dm_op(), XSM_DM_PRIV |
 * | Argument       | struct xen_dm_op_ioreq_server_range |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Since          | Xen 4.9.0 |
 * | Implemented by | ioreq_server_map_io_range() in xen/common/ioreq.c |
 *
 * XEN_DMOP_unmap_io_range_from_ioreq_server is done by
 * ioreq_server_unmap_io_range(), in the same file.
 *
 * Errors of XEN_DMOP_map_io_range_to_ioreq_server:
 * - -XEN_EINVAL: `pad` is not zero.
 * - -XEN_EINVAL: `start` is above `end`.
 * - -XEN_ENOENT: no server `id`.
 * - -XEN_EPERM: another domain created the server.
 * - -XEN_EINVAL: unknown `type`.
 * - -XEN_EEXIST: the range overlaps one the server has of that type.
 * - -XEN_ENOMEM: out of memory, or the server holds 256 ranges of that
 *   type already (MAX_NR_IO_RANGES).
 *
 * Errors of XEN_DMOP_unmap_io_range_from_ioreq_server:
 * - -XEN_EINVAL: `pad` is not zero.
 * - -XEN_EINVAL: `start` is above `end`.
 * - -XEN_ENOENT: no server `id`.
 * - -XEN_EPERM: another domain created the server.
 * - -XEN_EINVAL: unknown `type`.
 * - -XEN_ENOENT: the range does not lie within one range of the server.
 * - -XEN_ENOMEM: giving back the middle of a range splits it in two, and
 *   there is no memory or no room under the 256-range limit for that.
 * @{ */
#define XEN_DMOP_map_io_range_to_ioreq_server 3
#define XEN_DMOP_unmap_io_range_from_ioreq_server 4

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
 * without it. On x86, enabling takes the server's guest frames (if any)
 * out of the guest's address space, and disabling puts them back.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 5 |
 * | Caller         | the domain that created server `id`; XSM: xsm_dm_op(), XSM_DM_PRIV |
 * | Argument       | struct xen_dm_op_set_ioreq_server_state |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Since          | Xen 4.9.0 |
 * | Implemented by | ioreq_server_set_state() in xen/common/ioreq.c |
 *
 * Errors:
 * - -XEN_EINVAL: `pad` is not zero.
 * - -XEN_ENOENT: no server `id`.
 * - -XEN_EPERM: another domain created the server.
 * @{ */
#define XEN_DMOP_set_ioreq_server_state 5

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
 * Destroy a server, with all the ranges it registered; a claim it held on
 * HVMMEM_ioreq_server is released.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 6 |
 * | Caller         | the domain that created server `id`; XSM: xsm_dm_op(), XSM_DM_PRIV |
 * | Argument       | struct xen_dm_op_destroy_ioreq_server |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Since          | Xen 4.9.0 |
 * | Implemented by | ioreq_server_destroy() in xen/common/ioreq.c |
 *
 * Errors:
 * - -XEN_EINVAL: `pad` is not zero.
 * - -XEN_ENOENT: no server `id`.
 * - -XEN_EPERM: another domain created the server.
 * @{ */
#define XEN_DMOP_destroy_ioreq_server 6

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
 * than the previous one starts tracking afresh; `nr` 0 stops tracking.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 7 |
 * | Caller         | target's device model or the control domain; XSM: xsm_dm_op(), XSM_DM_PRIV |
 * | Argument       | struct xen_dm_op_track_dirty_vram; `bufs[1]`: the bitmap (below) |
 * | Returns        | 0, with the bitmap written |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm: -XEN_EOPNOTSUPP |
 * | Since          | Xen 4.9.0 |
 * | Implemented by | track_dirty_vram() in xen/arch/x86/hvm/dm.c |
 *
 * `bufs[1]` receives one bit per frame: bit N of byte B stands for frame
 * `first_pfn` + 8 * B + N. The work is done by hap_track_dirty_vram()
 * (xen/arch/x86/mm/hap/hap.c) or, for a domain on shadow paging, by
 * shadow_track_dirty_vram() (xen/arch/x86/mm/shadow/hvm.c). On the first
 * call for a range, hardware-assisted paging returns 0 with every bit of
 * the bitmap set; shadow paging fails with -XEN_ENODATA instead.
 *
 * Errors:
 * - -XEN_EINVAL: `pad` is not zero, or there is no `bufs[1]`.
 * - -XEN_EINVAL: `nr` is above 262144 (1 GiB worth of frames).
 * - -XEN_ESRCH: the domain is being destroyed.
 * - -XEN_EINVAL: the domain has no vCPU 0.
 * - -XEN_EINVAL: `bufs[1]` is shorter than (`nr` + 7) / 8 bytes.
 * - -XEN_EINVAL: shadow paging: the range wraps or goes past the highest
 *   frame mapped in the domain.
 * - -XEN_ENOMEM: out of memory.
 * - -XEN_ENODATA: shadow paging: first call for this range; tracking
 *   starts now and no bitmap is written.
 * - -XEN_EFAULT: the bitmap cannot be written.
 * @{ */
#define XEN_DMOP_track_dirty_vram 7

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
 * does nothing, and returns 0, unless the domain is in log-dirty mode.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 11 |
 * | Caller         | target's device model or the control domain; XSM: xsm_dm_op(), XSM_DM_PRIV |
 * | Argument       | struct xen_dm_op_modified_memory; `bufs[1]`: the extents (below) |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm: -XEN_EOPNOTSUPP |
 * | Since          | Xen 4.9.0 |
 * | Implemented by | modified_memory() in xen/arch/x86/hvm/dm.c |
 *
 * `bufs[1]` holds an array of `nr_extents` struct
 * xen_dm_op_modified_memory_extent. Xen works through them from the last
 * to the first.
 *
 * Errors:
 * - -XEN_EINVAL: `nr_bufs` is not 2.
 * - -XEN_EINVAL: `bufs[1]` holds fewer than `nr_extents` extents (checked
 *   only in log-dirty mode, as are the errors below).
 * - -XEN_EFAULT: an extent cannot be read.
 * - -XEN_EINVAL: an extent's `pad` is not zero.
 * - -XEN_EINVAL: an extent has `nr` 0, wraps, or ends past the domain's
 *   highest frame.
 * - -XEN_EINVAL: `opaque` is not below the `nr` of the extent at hand.
 *
 * After a failure it is unspecified which frames were marked.
 * @{ */
#define XEN_DMOP_modified_memory 11

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
 * frame's type may change only along the moves Xen allows: a RAM frame to
 * HVMMEM_ram_rw, HVMMEM_ram_ro or HVMMEM_mmio_dm, an empty frame to
 * HVMMEM_mmio_dm, and HVMMEM_ram_rw to and from HVMMEM_ioreq_server
 * (no other move into or out of that type).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 12 |
 * | Caller         | target's device model or the control domain; XSM: xsm_dm_op(), XSM_DM_PRIV |
 * | Argument       | struct xen_dm_op_set_mem_type |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm: -XEN_EOPNOTSUPP |
 * | Since          | Xen 4.9.0 |
 * | Implemented by | set_mem_type() in xen/arch/x86/hvm/dm.c |
 *
 * Errors:
 * - -XEN_EINVAL: `pad` is not zero.
 * - -XEN_EINVAL: `nr` is 0, the range wraps, or it ends past the domain's
 *   highest frame.
 * - -XEN_EINVAL: `mem_type` is unknown or HVMMEM_unused.
 * - -XEN_EOPNOTSUPP: HVMMEM_ioreq_server, and the domain does not use
 *   hardware-assisted paging.
 * - -XEN_EINVAL: HVMMEM_ioreq_server, and no server has claimed that type.
 * - -XEN_EAGAIN: a frame is paged out; Xen starts bringing it back, so try
 *   again.
 * - -XEN_EAGAIN: a frame is shared and could not be unshared.
 * - -XEN_EINVAL: a frame's present type may not change to `mem_type`.
 * - -XEN_EBUSY: a frame's type changed while Xen worked on it; or an
 *   error of p2m_set_entry().
 *
 * Frames before the failing one keep their new type.
 * @{ */
#define XEN_DMOP_set_mem_type 12

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
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 17 |
 * | Caller         | target's device model or the control domain; XSM: xsm_dm_op(), XSM_DM_PRIV |
 * | Argument       | struct xen_dm_op_relocate_memory |
 * | Returns        | 0 once all `size` frames moved |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm: -XEN_EOPNOTSUPP |
 * | Since          | Xen 4.11.0 |
 * | Implemented by | xenmem_add_to_physmap() in xen/common/memory.c |
 *
 * Errors:
 * - -XEN_EINVAL: `pad` is not zero.
 * - -XEN_EINVAL: `dst_gfn` is all ones (INVALID_GFN).
 * - -XEN_EOVERFLOW: the source or the destination range wraps.
 * - An error of xenmem_add_to_physmap_one() (xen/arch/x86/mm/p2m.c) for
 *   the frame that could not move; the frames before it have moved.
 * - An error of iommu_iotlb_flush(), for a domain with an IOMMU.
 * @{ */
#define XEN_DMOP_relocate_memory 17

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
 * 64 of them; pinning exactly a range already pinned changes its type.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 18 |
 * | Caller         | target's device model or the control domain; XSM: xsm_dm_op(), XSM_DM_PRIV |
 * | Argument       | struct xen_dm_op_pin_memory_cacheattr |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm: -XEN_EOPNOTSUPP |
 * | Since          | Xen 4.11.0 |
 * | Implemented by | hvm_set_mem_pinned_cacheattr() in xen/arch/x86/hvm/mtrr.c |
 *
 * Errors:
 * - -XEN_EINVAL: `pad` is not zero.
 * - -XEN_EINVAL: `end` is below `start`, or either has a bit set at or
 *   above the host's physical-address width.
 * - -XEN_ENOENT: XEN_DMOP_DELETE_MEM_CACHEATTR, and no range is pinned
 *   with exactly this `start` and `end`.
 * - -XEN_EPERM: an uncachable, UC- or write-combining type, for a domain
 *   that has neither an IOMMU nor permission to flush caches.
 * - -XEN_EINVAL: unknown `type`.
 * - -XEN_EBUSY: the range overlaps another pinned range.
 * - -XEN_ENOSPC: the domain has 64 ranges already.
 * - -XEN_ENOMEM: out of memory.
 * @{ */
#define XEN_DMOP_pin_memory_cacheattr 18

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
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 15 |
 * | Caller         | the domain that created server `id`; XSM: xsm_dm_op(), XSM_DM_PRIV |
 * | Argument       | struct xen_dm_op_map_mem_type_to_ioreq_server |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm: -XEN_EOPNOTSUPP |
 * | Since          | Xen 4.9.0 |
 * | Implemented by | ioreq_server_map_mem_type() in xen/common/ioreq.c |
 *
 * The claim itself is kept by p2m_set_ioreq_server() in
 * xen/arch/x86/mm/p2m.c. With `opaque` not zero Xen takes the call for
 * the continuation of a release and skips straight to turning frames
 * back.
 *
 * Errors:
 * - -XEN_EOPNOTSUPP: the domain does not use hardware-assisted paging.
 * - -XEN_EINVAL: `type` is not HVMMEM_ioreq_server.
 * - -XEN_EINVAL: `flags` has a bit other than
 *   XEN_DMOP_IOREQ_MEM_ACCESS_WRITE.
 * - -XEN_ENOENT: no server `id`.
 * - -XEN_EPERM: another domain created the server.
 * - -XEN_EINVAL: a release by a server that does not hold the claim.
 * - -XEN_EBUSY: a claim while a server (this one included) holds it, or
 *   while frames of the type are left from an earlier claim.
 * - An error of p2m_finish_type_change(), while a release turns frames
 *   back into HVMMEM_ram_rw.
 * @{ */
#define XEN_DMOP_map_mem_type_to_ioreq_server 15

/** Argument of XEN_DMOP_map_mem_type_to_ioreq_server. */
struct xen_dm_op_map_mem_type_to_ioreq_server {
    ioservid_t id;      /**< IN: the server. */
    uint16_t type;      /**< IN: the hvmmem_type_t to claim: HVMMEM_ioreq_server. */
    uint32_t flags;     /**< IN: XEN_DMOP_IOREQ_MEM_ACCESS_WRITE to claim, zero to release. */

#define XEN_DMOP_IOREQ_MEM_ACCESS_READ (1u << 0)  /**< `flags`: forward reads (not accepted yet). */
#define XEN_DMOP_IOREQ_MEM_ACCESS_WRITE (1u << 1) /**< `flags`: forward writes. */

    /** IN/OUT: Xen's progress while it releases a claim over several
     *  resumptions; write zero. */
    uint64_t opaque;
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
 * Set the level of a PCI device's INTx pin on the emulated chipset.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 8 |
 * | Caller         | target's device model or the control domain; XSM: xsm_dm_op(), XSM_DM_PRIV |
 * | Argument       | struct xen_dm_op_set_pci_intx_level |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm: -XEN_EOPNOTSUPP |
 * | Since          | Xen 4.9.0 |
 * | Implemented by | set_pci_intx_level() in xen/arch/x86/hvm/dm.c |
 *
 * Errors:
 * - -XEN_EINVAL: `domain` or `bus` is not 0, `device` is above 31, or
 *   `intx` is above 3.
 * - -XEN_EINVAL: `level` is neither 0 nor 1.
 * @{ */
#define XEN_DMOP_set_pci_intx_level 8

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
 * Set the level of an ISA interrupt line.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 9 |
 * | Caller         | target's device model or the control domain; XSM: xsm_dm_op(), XSM_DM_PRIV |
 * | Argument       | struct xen_dm_op_set_isa_irq_level |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm: -XEN_EOPNOTSUPP |
 * | Since          | Xen 4.9.0 |
 * | Implemented by | set_isa_irq_level() in xen/arch/x86/hvm/dm.c |
 *
 * Errors:
 * - -XEN_EINVAL: `isa_irq` is above 15.
 * - -XEN_EINVAL: `level` is neither 0 nor 1.
 * @{ */
#define XEN_DMOP_set_isa_irq_level 9

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
 * the guest programs it in the emulated PCI-to-ISA bridge.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 10 |
 * | Caller         | target's device model or the control domain; XSM: xsm_dm_op(), XSM_DM_PRIV |
 * | Argument       | struct xen_dm_op_set_pci_link_route |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm: -XEN_EOPNOTSUPP |
 * | Since          | Xen 4.9.0 |
 * | Implemented by | hvm_set_pci_link_route() in xen/arch/x86/hvm/irq.c |
 *
 * Errors:
 * - -XEN_EINVAL: `link` is above 3 or `isa_irq` is above 15.
 * @{ */
#define XEN_DMOP_set_pci_link_route 10

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
 * effect (privilege level, whether interrupts are enabled). Xen does not
 * check `vector` or `type`.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 13 |
 * | Caller         | target's device model or the control domain; XSM: xsm_dm_op(), XSM_DM_PRIV |
 * | Argument       | struct xen_dm_op_inject_event |
 * | Returns        | 0 once the event is queued |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm: -XEN_EOPNOTSUPP |
 * | Since          | Xen 4.9.0 |
 * | Implemented by | inject_event() in xen/arch/x86/hvm/dm.c |
 *
 * Errors:
 * - -XEN_EINVAL: `pad0` or `pad1` is not zero.
 * - -XEN_EINVAL: no vCPU `vcpuid`.
 * - -XEN_EBUSY: an event injected earlier still waits on that vCPU.
 * @{ */
#define XEN_DMOP_inject_event 13

/** Argument of XEN_DMOP_inject_event. */
struct xen_dm_op_inject_event {
    uint32_t vcpuid;    /**< IN: the vCPU. */
    uint8_t vector;     /**< IN: the vector (exception or interrupt number). */
    uint8_t type;       /**< IN: XEN_DMOP_EVENT_*. */
/* Values of `type`: the event-type encodings of the x86 virtualization
 * extensions. */
#define XEN_DMOP_EVENT_ext_int    0 /**< External interrupt. */
#define XEN_DMOP_EVENT_nmi        2 /**< Non-maskable interrupt. */
/** Hardware exception (fault or trap raised by an instruction). */
#define XEN_DMOP_EVENT_hw_exc     3
#define XEN_DMOP_EVENT_sw_int     4 /**< Software interrupt, as from INT n. */
#define XEN_DMOP_EVENT_pri_sw_exc 5 /**< Privileged software exception, as from ICEBP (INT1). */
#define XEN_DMOP_EVENT_sw_exc     6 /**< Software exception, as from INT3 or INTO. */
    /** IN: length in bytes of the instruction that raised a software
     *  event (to step over it); 0 otherwise. */
    uint8_t insn_len;
    uint8_t pad0;       /**< Padding: write zero. */
    uint32_t error_code; /**< IN: the error code to push, or all ones (~0) for none. */
    uint32_t pad1;      /**< Padding: write zero. */
    /** IN: extra data of the event: the faulting address (CR2) for \#PF,
     *  the pending debug conditions for \#DB. */
    uint64_aligned_t cr2;
};
typedef struct xen_dm_op_inject_event xen_dm_op_inject_event_t;
/** @} */

/**
 * @name XEN_DMOP_inject_msi
 * Deliver a message-signalled interrupt from an emulated device, given the
 * address and data its MSI or MSI-X registers hold. A vector of 0 in
 * `data` stands for a PIRQ instead, whose number Xen takes from bits 8-31
 * of the upper half of `addr` and the destination-ID byte; the MSI is then
 * delivered through that PIRQ's event channel.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 14 |
 * | Caller         | target's device model or the control domain; XSM: xsm_dm_op(), XSM_DM_PRIV |
 * | Argument       | struct xen_dm_op_inject_msi |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm: -XEN_EOPNOTSUPP |
 * | Since          | Xen 4.9.0 |
 * | Implemented by | hvm_inject_msi() in xen/arch/x86/hvm/irq.c |
 *
 * Errors:
 * - -XEN_EINVAL: `pad` is not zero.
 * - An error of map_domain_emuirq_pirq(), or -XEN_EBUSY: vector 0, and the
 *   PIRQ could not be set up for emulated MSIs on its first use.
 * - -XEN_EINVAL: vector 0, and the PIRQ is bound to something other than
 *   emulated MSIs.
 * - -XEN_ERANGE: vector 0, and the PIRQ number is 0.
 * - -XEN_ESRCH: lowest-priority delivery found no vCPU to take it
 *   (vmsi_deliver() in xen/arch/x86/hvm/vmsi.c).
 * - -XEN_EINVAL: a delivery mode other than fixed or lowest priority.
 * @{ */
#define XEN_DMOP_inject_msi 14

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
 * virtual interrupt controller.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 19 |
 * | Caller         | target's device model or the control domain; XSM: xsm_dm_op(), XSM_DM_PRIV |
 * | Argument       | struct xen_dm_op_set_irq_level |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | Arm only; x86: -XEN_EOPNOTSUPP |
 * | Since          | Xen 4.15.0 |
 * | Implemented by | dm_op() in xen/arch/arm/dm.c |
 *
 * Errors:
 * - -XEN_EINVAL: `irq` is below 32 or not below the number of interrupts
 *   of the domain's vGIC.
 * - -XEN_EINVAL: `level` is neither 0 nor 1.
 * - -XEN_EINVAL: `pad` is not zero.
 * - -XEN_EINVAL: the vGIC has `irq` allocated already (to a device
 *   assigned to the domain or emulated by Xen).
 * @{ */
#define XEN_DMOP_set_irq_level 19

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
 * emulated machine powered off, rebooted or crashed. When the domain is
 * already shutting down, the first reason given stays.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 16 |
 * | Caller         | target's device model or the control domain; XSM: xsm_dm_op(), XSM_DM_PRIV |
 * | Argument       | struct xen_dm_op_remote_shutdown |
 * | Returns        | 0 |
 * | Errors         | only the common ones |
 * | Architectures  | x86 only; Arm: -XEN_EOPNOTSUPP |
 * | Since          | Xen 4.10.0 |
 * | Implemented by | domain_shutdown() in xen/common/domain.c |
 * @{ */
#define XEN_DMOP_remote_shutdown 16

/** Argument of XEN_DMOP_remote_shutdown. */
struct xen_dm_op_remote_shutdown {
    /** IN: a SHUTDOWN_* reason (sched.h); Xen keeps the low 8 bits and
     *  passes other values on unchecked. */
    uint32_t reason;
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
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 20 |
 * | Caller         | target's device model or the control domain; XSM: xsm_dm_op(), XSM_DM_PRIV |
 * | Argument       | struct xen_dm_op_nr_vcpus |
 * | Returns        | 0, with `vcpus` written |
 * | Errors         | only the common ones |
 * | Since          | Xen 4.15.0 |
 * | Implemented by | dm_op() in xen/arch/x86/hvm/dm.c and xen/arch/arm/dm.c |
 * @{ */
#define XEN_DMOP_nr_vcpus 20

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
        /** XEN_DMOP_create_ioreq_server. */
        xen_dm_op_create_ioreq_server_t create_ioreq_server;
        /** XEN_DMOP_get_ioreq_server_info. */
        xen_dm_op_get_ioreq_server_info_t get_ioreq_server_info;
        /** XEN_DMOP_map_io_range_to_ioreq_server. */
        xen_dm_op_ioreq_server_range_t map_io_range_to_ioreq_server;
        /** XEN_DMOP_unmap_io_range_from_ioreq_server. */
        xen_dm_op_ioreq_server_range_t unmap_io_range_from_ioreq_server;
        /** XEN_DMOP_set_ioreq_server_state. */
        xen_dm_op_set_ioreq_server_state_t set_ioreq_server_state;
        /** XEN_DMOP_destroy_ioreq_server. */
        xen_dm_op_destroy_ioreq_server_t destroy_ioreq_server;
        /** XEN_DMOP_track_dirty_vram. */
        xen_dm_op_track_dirty_vram_t track_dirty_vram;
        /** XEN_DMOP_set_pci_intx_level. */
        xen_dm_op_set_pci_intx_level_t set_pci_intx_level;
        /** XEN_DMOP_set_isa_irq_level. */
        xen_dm_op_set_isa_irq_level_t set_isa_irq_level;
        /** XEN_DMOP_set_irq_level. */
        xen_dm_op_set_irq_level_t set_irq_level;
        /** XEN_DMOP_set_pci_link_route. */
        xen_dm_op_set_pci_link_route_t set_pci_link_route;
        /** XEN_DMOP_modified_memory. */
        xen_dm_op_modified_memory_t modified_memory;
        /** XEN_DMOP_set_mem_type. */
        xen_dm_op_set_mem_type_t set_mem_type;
        /** XEN_DMOP_inject_event. */
        xen_dm_op_inject_event_t inject_event;
        /** XEN_DMOP_inject_msi. */
        xen_dm_op_inject_msi_t inject_msi;
        /** XEN_DMOP_map_mem_type_to_ioreq_server. */
        xen_dm_op_map_mem_type_to_ioreq_server_t map_mem_type_to_ioreq_server;
        /** XEN_DMOP_remote_shutdown. */
        xen_dm_op_remote_shutdown_t remote_shutdown;
        /** XEN_DMOP_relocate_memory. */
        xen_dm_op_relocate_memory_t relocate_memory;
        /** XEN_DMOP_pin_memory_cacheattr. */
        xen_dm_op_pin_memory_cacheattr_t pin_memory_cacheattr;
        /** XEN_DMOP_nr_vcpus. */
        xen_dm_op_nr_vcpus_t nr_vcpus;
    } u;
};

/** One argument buffer of HYPERVISOR_dm_op. */
struct xen_dm_op_buf {
    XEN_GUEST_HANDLE(void) h;   /**< IN: the buffer, in the caller's memory. */
    xen_ulong_t size;           /**< IN: its size in bytes. */
};
typedef struct xen_dm_op_buf xen_dm_op_buf_t;
DEFINE_XEN_GUEST_HANDLE(xen_dm_op_buf_t);

/** @} */

#endif /* __XEN_PUBLIC_HVM_DM_OP_H__ */
