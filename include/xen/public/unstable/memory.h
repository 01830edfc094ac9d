/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Toolstack-only complement of memory.h: paging, access control,
 *        page sharing and domain forks, memory claims and reserved device
 *        memory; unstable.
 *
 * These HYPERVISOR_memory_op operations serve the tools that manage other
 * domains' memory from outside: a pager that swaps guest frames out, a
 * security monitor that restricts and watches guest accesses, a
 * deduplication or VM-forking tool, and the domain builder reserving
 * memory before it populates a domain. All of them act on another domain,
 * most of them need a vm_event ring set up first (see vm_event.h), and
 * their structures share the 64-bit layout of the domctl family, so that
 * a 32-bit toolstack can drive a 64-bit hypervisor.
 *
 * The header also declares, for 32-bit x86, the 64-bit guest handles of
 * every structure memory.h gives a handle to.
 *
 * Errors these operations share, not repeated in the blocks: -XEN_EFAULT
 * when `arg` cannot be read or the results cannot be written back, and
 * -XEN_ENOSYS for an unknown operation or sub-operation, or for one the
 * build leaves out (each block's Architectures row says which).
 *
 * Stability: unstable (may change between Xen releases; rebuild the tools
 * with each one). Callers: libxc and libxl, xenpaging, mem-access and
 * introspection monitors, VM-fork tools; unstable/domctl.h.
 */
#ifndef XEN_PUBLIC_UNSTABLE_MEMORY_H
#define XEN_PUBLIC_UNSTABLE_MEMORY_H

/*
 * Reaching an unstable header makes this a toolstack build: unless the
 * consumer named an interface version, it gets the newest, as upstream gives
 * __XEN_TOOLS__ builds (xen-compat.h holds the number).
 */
#ifndef __XEN_INTERFACE_VERSION__
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#endif

#include "../memory.h"
/* The toolstack part, on top of xen-public's own copy of the stable header
 * only: another copy, included first, brings its own. */
#ifdef XEN_PUBLIC_MEMORY_H
#include "xen.h"

/* The 64-bit handles to the structures of memory.h (no-ops except on i386). */
XEN_DEFINE_GUEST_HANDLE_64(xen_memory_reservation_t, xen_memory_reservation_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_memory_exchange_t, xen_memory_exchange_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_machphys_mfn_list_t, xen_machphys_mfn_list_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_machphys_mapping_t, xen_machphys_mapping_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_add_to_physmap_t, xen_add_to_physmap_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_add_to_physmap_batch_t, xen_add_to_physmap_batch_t)
#if __XEN_INTERFACE_VERSION__ < 0x00040400
XEN_DEFINE_GUEST_HANDLE_64(xen_add_to_physmap_range_t, xen_add_to_physmap_range_t)
#endif
XEN_DEFINE_GUEST_HANDLE_64(xen_remove_from_physmap_t, xen_remove_from_physmap_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_memory_map_t, xen_memory_map_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_foreign_memory_map_t, xen_foreign_memory_map_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_mem_acquire_resource_t, xen_mem_acquire_resource_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_vmemrange_t, xen_vmemrange_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_vnuma_topology_info_t, xen_vnuma_topology_info_t)

/** @defgroup hdr_unstable_memory_h unstable/memory.h
 *  @ingroup xen_unstable */

/** @defgroup unstable_memory_h_sharing_stats Sharing statistics
 *  @ingroup hdr_unstable_memory_h
 *  @{ */

/**
 * @name XENMEM_get_sharing_freed_pages
 * Host-wide count of the guest frames that sharing saved: frames backed
 * by a shared page instead of one of their own.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 18 |
 * | Caller         | any domain; no XSM hook |
 * | Argument       | none: pass NULL |
 * | Returns        | the count, in pages; 0 on Arm and in x86 builds without sharing |
 * | Errors         | none |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | arch_memory_op() in xen/arch/x86/x86_64/mm.c |
 *
 * The count comes from mem_sharing_get_nr_saved_mfns() in
 * xen/arch/x86/mm/mem_sharing.c; Arm's arch_memory_op() (xen/arch/arm/mm.c)
 * answers 0.
 * @{ */
#define XENMEM_get_sharing_freed_pages    18
/** @} */

/**
 * @name XENMEM_get_sharing_shared_pages
 * Host-wide count of the pages shared between domains now.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 19 |
 * | Caller         | any domain; no XSM hook |
 * | Argument       | none: pass NULL |
 * | Returns        | the count, in pages; 0 on Arm and in x86 builds without sharing |
 * | Errors         | none |
 * | Since          | Xen 4.2.0 |
 * | Implemented by | arch_memory_op() in xen/arch/x86/x86_64/mm.c |
 *
 * The count comes from mem_sharing_get_nr_shared_mfns() in
 * xen/arch/x86/mm/mem_sharing.c; Arm's arch_memory_op() (xen/arch/arm/mm.c)
 * answers 0.
 * @{ */
#define XENMEM_get_sharing_shared_pages   19
/** @} */

/** @} */

/** @defgroup unstable_memory_h_paging Paging guest memory out
 *  @ingroup hdr_unstable_memory_h
 *  @{ */

/**
 * @name XENMEM_paging_op
 * Move frames of an HVM guest between its memory and a pager's backing
 * store. The pager nominates a frame, writes it out and evicts it; a
 * guest access to an evicted frame raises a vm_event, and the pager then
 * prepares the frame again (optionally handing its contents in directly).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 20 |
 * | Caller         | target's device model or control domain; XSM: xsm_mem_paging(), XSM_DM_PRIV |
 * | Argument       | struct xen_mem_paging_op |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 builds with CONFIG_MEM_PAGING; others -XEN_ENOSYS |
 * | Since          | Xen 4.2.0 (its three `op` values too) |
 * | Implemented by | mem_paging_memop() in xen/arch/x86/mm/mem_paging.c |
 *
 * Errors:
 * - -XEN_ESRCH: no domain `domain`.
 * - -XEN_EPERM: `domain` is the caller.
 * - -XEN_EINVAL: the domain is being destroyed.
 * - -XEN_EPERM: refused by the security policy.
 * - -XEN_ENODEV: the domain has no paging ring.
 * - -XEN_ENOSYS: unknown `op`.
 * - -XEN_EBUSY: nominate: the frame has no memory, cannot be paged (its
 *   type, or I/O memory) or is in use beyond its allocation; evict: the
 *   frame was not nominated, or is in use.
 * - -XEN_EINVAL: prep: `buffer` is not a page the caller may access.
 * - -XEN_ENOENT: prep: the frame is neither paged out nor being paged in.
 * - -XEN_EINVAL: prep: the frame's memory is gone and `buffer` is NULL.
 * - -XEN_ENOMEM: prep: no memory for the frame.
 * - -XEN_EFAULT: prep: `buffer` cannot be read.
 * - An error of p2m_set_entry() while the frame's type changes.
 * @{ */
#define XENMEM_paging_op                    20

/** `op`: mark the frame as a candidate for eviction. */
#define XENMEM_paging_op_nominate           0
/** `op`: drop the nominated frame's memory (the pager has saved it). */
#define XENMEM_paging_op_evict              1
/** `op`: give the frame memory again, filled from `buffer` if that is not NULL. */
#define XENMEM_paging_op_prep               2

/** Argument of XENMEM_paging_op. */
struct xen_mem_paging_op {
    uint8_t     op;                       /**< IN: a XENMEM_paging_op_ value. */
    domid_t     domain;                   /**< IN: the paged domain. */
    /** IN: XENMEM_paging_op_prep: a page of contents to load, or NULL. */
    XEN_GUEST_HANDLE_64(const_uint8) buffer;
    uint64_aligned_t    gfn;              /**< IN: the guest frame. */
};
typedef struct xen_mem_paging_op xen_mem_paging_op_t;
DEFINE_XEN_GUEST_HANDLE(xen_mem_paging_op_t);
XEN_DEFINE_GUEST_HANDLE_64(xen_mem_paging_op_t, xen_mem_paging_op_t)
/** @} */

/** @} */

/** @defgroup unstable_memory_h_access Memory access restrictions
 *  @ingroup hdr_unstable_memory_h
 *  @{ */

/**
 * @name XENMEM_access_op
 * Restrict how a guest may access its frames, below what the guest's own
 * page tables allow; a violation pauses the vCPU (unless the type says
 * otherwise) and raises a vm_event to the monitor.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 21 |
 * | Caller         | target's device model or control domain; XSM: xsm_mem_access(), XSM_DM_PRIV |
 * | Argument       | struct xen_mem_access_op |
 * | Returns        | 0 (get_access fills `access`) |
 * | Errors         | listed below |
 * | Architectures  | builds with CONFIG_VM_EVENT; others -XEN_ENOSYS |
 * | Since          | Xen 4.2.0 |
 * | Implemented by | mem_access_memop() in xen/common/mem_access.c |
 *
 * The `op` values XENMEM_access_op_set_access and _get_access date from
 * Xen 4.5.0, XENMEM_access_op_set_access_multi from Xen 4.8.0. The frames
 * are changed by p2m_set_mem_access() and p2m_set_mem_access_multi() of
 * the architecture (xen/arch/x86/mm/mem_access.c, xen/arch/arm/mem_access.c).
 *
 * Errors:
 * - -XEN_ESRCH: no domain `domid`.
 * - -XEN_EPERM: `domid` is the caller.
 * - -XEN_EINVAL: the domain is being destroyed.
 * - -XEN_EINVAL: the domain cannot have its accesses restricted (on x86:
 *   it is not an HVM domain with hardware-assisted paging on Intel VT-x).
 * - -XEN_EPERM: refused by the security policy.
 * - -XEN_ENODEV: the domain has no monitor ring.
 * - -XEN_ENOSYS: unknown `op`.
 * - -XEN_EINVAL: set_access: `nr` is 0, or the range wraps or goes past
 *   the domain's highest frame (unless `pfn` is ~0).
 * - -XEN_EINVAL: set_access: unknown access type.
 * - -XEN_EOPNOTSUPP: set_access_multi on Arm, which does not implement it.
 * - -XEN_EFAULT: set_access_multi: a list cannot be read.
 * - -XEN_EINVAL: set_access_multi: unknown access type.
 * - -XEN_EINVAL: get_access: `pfn` is past the domain's highest frame and
 *   not ~0.
 * - -XEN_ESRCH: get_access: the frame is not mapped (on Arm, reported only
 *   once an access type has been set in the domain; before that every
 *   frame reads as XENMEM_access_rwx).
 * - An error of the p2m code for a frame that cannot be changed.
 * @{ */
#define XENMEM_access_op                    21

/** `op`: give `nr` frames from `pfn` the type `access`. */
#define XENMEM_access_op_set_access         0
/** `op`: read the type of frame `pfn` into `access`. */
#define XENMEM_access_op_get_access         1
/* Sub-operations 2 and 3 (emulation on and off) were withdrawn; the
 * numbers must not be reused. */
/** `op`: give each frame of `pfn_list` the type at the same index of `access_list`. */
#define XENMEM_access_op_set_access_multi   4

/** Access types a frame can be given (values of `access`). */
typedef enum {
    XENMEM_access_n,     /**< No access at all. */
    XENMEM_access_r,     /**< Read only. */
    XENMEM_access_w,     /**< Write only. */
    XENMEM_access_rw,    /**< Read and write. */
    XENMEM_access_x,     /**< Execute only. */
    XENMEM_access_rx,    /**< Read and execute. */
    XENMEM_access_wx,    /**< Write and execute. */
    XENMEM_access_rwx,   /**< Everything: no restriction. */
    /** Read and execute; the first write switches the frame to read-write (and reports it). */
    XENMEM_access_rx2rw,
    /** No access; the first access switches the frame to rwx and is reported without pausing
     *  the vCPU (access logging). */
    XENMEM_access_n2rwx,
    /** Read only for the guest, but page walks of the processor may still set accessed and
     *  dirty bits (needs EPT paging-write support). */
    XENMEM_access_r_pw,
    XENMEM_access_default /**< As a value to set: whatever the domain's default type is. */
} xenmem_access_t;

/** Argument of XENMEM_access_op. */
struct xen_mem_access_op {
    uint8_t op;           /**< IN: a XENMEM_access_op_ value. */
    uint8_t access;       /**< IN (set) or OUT (get): a xenmem_access_t value. */
    domid_t domid;        /**< IN: the monitored domain. */
    /** IN: set_access: number of frames from `pfn`; set_access_multi:
     *  entries in each list. Unused otherwise, and when setting the
     *  default. */
    uint32_t nr;
    /** IN: set_access: first frame; get_access: the frame. ~0 (all ones)
     *  reads or sets the domain's default type instead. */
    uint64_aligned_t pfn;
    XEN_GUEST_HANDLE(const_uint64) pfn_list;   /**< IN: set_access_multi only: the frames. */
    /** IN: set_access_multi only: a xenmem_access_t per frame. */
    XEN_GUEST_HANDLE(const_uint8) access_list;
};
typedef struct xen_mem_access_op xen_mem_access_op_t;
DEFINE_XEN_GUEST_HANDLE(xen_mem_access_op_t);
XEN_DEFINE_GUEST_HANDLE_64(xen_mem_access_op_t, xen_mem_access_op_t)
/** @} */

/** @} */

/** @defgroup unstable_memory_h_sharing Page sharing and domain forks
 *  @ingroup hdr_unstable_memory_h
 *  @{ */

/**
 * @name XENMEM_sharing_op
 * Deduplicate identical frames of HVM domains into one copy-on-write
 * page, and build forks: domains whose memory starts as a shared view of
 * a paused parent. Sharing a frame takes two steps: each side is
 * nominated, which yields a handle that becomes stale if the frame
 * changes, then the two are shared by naming both handles. Xen turns
 * sharing on for `domain` (and a fork's parent) at the first call.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 22 |
 * | Caller         | target's device model or the control domain (below) |
 * | Argument       | struct xen_mem_sharing_op |
 * | Returns        | 0 (nominations fill `handle`); audit: the inconsistencies found |
 * | Errors         | listed below |
 * | Architectures  | x86 builds with CONFIG_MEM_SHARING; others -XEN_ENOSYS |
 * | Since          | Xen 4.2.0 |
 * | Implemented by | mem_sharing_memop() in xen/arch/x86/mm/mem_sharing.c |
 *
 * The policy is asked through xsm_mem_sharing() for `domain` and, for
 * share, add_physmap and range_share, through xsm_mem_sharing_op() for the
 * client: XSM_DM_PRIV under the default policy for both.
 * XENMEM_sharing_op_audit is answered before either, for any caller. The
 * `op` values date from Xen 4.2.0, except XENMEM_sharing_op_range_share
 * (Xen 4.8.0) and XENMEM_sharing_op_fork and _fork_reset (Xen 4.14.0).
 *
 * debug_gfn and debug_gref log the frame on Xen's console and return a
 * count taken from its type references (0 or more), not 0.
 *
 * Errors:
 * - -XEN_EOPNOTSUPP: audit, in a release build (auditing is compiled in
 *   only in debug builds).
 * - -XEN_ESRCH: no domain `domain`.
 * - -XEN_EPERM: `domain` is the caller.
 * - -XEN_EINVAL: the domain is being destroyed.
 * - -XEN_EPERM: refused by the security policy.
 * - -XEN_EOPNOTSUPP: sharing cannot be turned on: the domain is not an HVM
 *   domain, or the host does not use Intel VT-x.
 * - -XEN_ENODEV: sharing cannot be turned on: no hardware-assisted paging.
 * - -XEN_EXDEV: sharing cannot be turned on: the domain has an IOMMU
 *   (a fork's parent may, with XENMEM_FORK_WITH_IOMMU_ALLOWED).
 * - -XEN_EINVAL, -XEN_ENOENT, -XEN_ENXIO: a grant reference given for a
 *   frame (nominate_gref, debug_gref, share): the domain's grant table
 *   has no version set yet, the reference is past its end, or the entry
 *   does not grant access (mem_sharing_gref_to_gfn(),
 *   xen/common/grant_table.c).
 * - -XEN_EINVAL: nominate_gfn, nominate_gref: the frame has no memory, is
 *   of a type that cannot be shared, is a special page, is mapped
 *   differently in an altp2m view, or its page cannot take a new type.
 * - -XEN_EEXIST: nominate_gfn, nominate_gref: the page is in use with a
 *   type already.
 * - -XEN_E2BIG: nominate_gfn, nominate_gref: the page has references
 *   other than the expected ones (the allocation's, and for
 *   nominate_gref the grant mapping's).
 * - -XEN_ESRCH, -XEN_EPERM, -XEN_EINVAL: share, add_physmap, range_share,
 *   fork: the first three checks above, for the client domain or the
 *   parent.
 * - -XEN_EPERM: share, add_physmap, range_share: the policy refuses the
 *   pair (xsm_mem_sharing_op()).
 * - -XEN_EINVAL: share, add_physmap, range_share: sharing is not on for
 *   the client domain.
 * - XENMEM_SHARING_OP_S_HANDLE_INVALID: share, add_physmap: the source
 *   frame is not shared, or its handle is not `source_handle`.
 * - XENMEM_SHARING_OP_C_HANDLE_INVALID: share: the same for the client
 *   frame and `client_handle`; add_physmap: the client frame is not a
 *   hole in the client's physmap.
 * - -XEN_EINVAL: add_physmap: the source is given as a grant reference.
 * - -XEN_EINVAL: range_share: `_pad` is not zero, `opaque` is not zero and
 *   outside the range, a domain is not paused, or the range goes past the
 *   highest frame of either domain.
 * - -XEN_EINVAL: fork: `pad` is not zero, an unknown flag, or the parent's
 *   vCPU count differs.
 * - -XEN_EBUSY: fork: `domain` is not paused by the toolstack (a new
 *   domain is, until first unpaused; or XEN_DOMCTL_pausedomain).
 * - -XEN_EINVAL: fork_reset: `pad` is not zero, an unknown flag, or
 *   neither XENMEM_FORK_RESET_STATE nor XENMEM_FORK_RESET_MEMORY.
 * - -XEN_ENOSYS: fork_reset: the domain is not a fork; debug_mfn, which
 *   Xen 4.22.0 no longer implements.
 * - -XEN_EINVAL: debug_gfn, debug_gref: the frame is not shared.
 * - -XEN_ENOMEM, or another error of the sharing code (nominate_page(),
 *   share_pages(), range_share(), fork(), mem_sharing_fork_reset()).
 *
 * range_share skips frames that cannot be nominated and stops only on
 * -XEN_ENOMEM; but when the last frame of the range fails with an error
 * other than -XEN_EINVAL, that error is returned.
 * @{ */
#define XENMEM_sharing_op                   22

#define XENMEM_sharing_op_nominate_gfn      0 /**< `op`: nominate the frame `u.nominate.u.gfn`. */
/** `op`: nominate the frame behind grant `u.nominate.u.grant_ref` of the domain. */
#define XENMEM_sharing_op_nominate_gref     1
/** `op`: share the client frame with the source frame (`u.share`). */
#define XENMEM_sharing_op_share             2
/** `op`: log the sharing state of a frame to Xen's console (`u.debug.u.gfn`). */
#define XENMEM_sharing_op_debug_gfn         3
/** `op`: as debug_gfn for a machine frame; no longer implemented. */
#define XENMEM_sharing_op_debug_mfn         4
/** `op`: as debug_gfn for the frame behind a grant (`u.debug.u.gref`). */
#define XENMEM_sharing_op_debug_gref        5
/** `op`: map the shared source frame at a client frame that is empty (`u.share`). */
#define XENMEM_sharing_op_add_physmap       6
/** `op`: check the consistency of all sharing state; `domain` is not used. */
#define XENMEM_sharing_op_audit             7
/** `op`: share every frame of a range of two paused domains (`u.range`). */
#define XENMEM_sharing_op_range_share       8
/** `op`: make `domain` a fork of `u.fork.parent_domain`. */
#define XENMEM_sharing_op_fork              9
/** `op`: bring a fork back to its parent's state (`u.fork.flags` says what). */
#define XENMEM_sharing_op_fork_reset        10

#define XENMEM_SHARING_OP_S_HANDLE_INVALID  (-10) /**< Returned when the source handle is stale. */
#define XENMEM_SHARING_OP_C_HANDLE_INVALID  (-9)  /**< Returned when the client handle is stale. */

/**
 * Flag in the `source_gfn` or `client_gfn` of `u.share`: the field holds a
 * grant reference of that domain, not a frame. This lets a tool that sits
 * in an I/O backend, and only ever sees grant references, share what it
 * is given.
 */
#define XENMEM_SHARING_OP_FIELD_IS_GREF_FLAG   (xen_mk_ullong(1) << 62)
/** Store grant reference @p val, flagged as such, in the lvalue @p field. */
#define XENMEM_SHARING_OP_FIELD_MAKE_GREF(field, val)  \
    ((field) = (XENMEM_SHARING_OP_FIELD_IS_GREF_FLAG | (val)))
/** Non-zero when @p field holds a grant reference. */
#define XENMEM_SHARING_OP_FIELD_IS_GREF(field)         \
    ((field) & XENMEM_SHARING_OP_FIELD_IS_GREF_FLAG)
/** The grant reference held in @p field. */
#define XENMEM_SHARING_OP_FIELD_GET_GREF(field)        \
    ((field) & (~XENMEM_SHARING_OP_FIELD_IS_GREF_FLAG))

/** `u.fork.flags` of XENMEM_sharing_op_fork: let the fork keep an IOMMU
 *  (sensible for short-lived forks only). */
#define XENMEM_FORK_WITH_IOMMU_ALLOWED (1u << 0)
/** `u.fork.flags` of XENMEM_sharing_op_fork: deliver no interrupts to the
 *  fork (sensible for short-lived forks only). */
#define XENMEM_FORK_BLOCK_INTERRUPTS   (1u << 1)
/** `u.fork.flags` of XENMEM_sharing_op_fork_reset: restore vCPU and
 *  device state from the parent. */
#define XENMEM_FORK_RESET_STATE        (1u << 2)
/** `u.fork.flags` of XENMEM_sharing_op_fork_reset: drop the fork's own
 *  copies of memory, so it sees the parent's again. */
#define XENMEM_FORK_RESET_MEMORY       (1u << 3)

/** Argument of XENMEM_sharing_op. */
struct xen_mem_sharing_op {
    uint8_t     op;     /**< IN: a XENMEM_sharing_op_ value. */
    domid_t     domain; /**< IN: the domain acted on (the source, or the fork). */

    /** IN/OUT: the part that depends on `op`. */
    union {
        /** Nominations. */
        struct mem_sharing_op_nominate {
            /** IN: which frame. */
            union {
                uint64_aligned_t gfn;     /**< IN: nominate_gfn: the guest frame. */
                uint32_t      grant_ref;  /**< IN: nominate_gref: the grant reference. */
            } u;
            /** OUT: the handle naming the frame's present contents. */
            uint64_aligned_t  handle;
        } nominate;
        /** share and add_physmap. */
        struct mem_sharing_op_share {
            /** IN: frame of `domain` (or a flagged grant reference). */
            uint64_aligned_t source_gfn;
            uint64_aligned_t source_handle; /**< IN: its handle from nomination. */
            /** IN: frame of the client domain (or a flagged grant reference). */
            uint64_aligned_t client_gfn;
            uint64_aligned_t client_handle; /**< IN: its handle (share only). */
            domid_t  client_domain;         /**< IN: the client domain. */
        } share;
        /** range_share. */
        struct mem_sharing_op_range {
            uint64_aligned_t first_gfn;  /**< IN: first frame of the range (in both domains). */
            uint64_aligned_t last_gfn;   /**< IN: last frame of the range. */
            uint64_aligned_t opaque;     /**< IN: zero; Xen uses it to resume a long operation. */
            domid_t client_domain;       /**< IN: the client domain. */
            /** Padding: write zero; Xen refuses any other value (-XEN_EINVAL). */
            uint16_t _pad[3];
        } range;
        /** The debug operations. */
        struct mem_sharing_op_debug {
            /** IN: which frame. */
            union {
                uint64_aligned_t gfn;  /**< IN: debug_gfn: a guest frame. */
                uint64_aligned_t mfn;  /**< IN: debug_mfn: a machine frame. */
                uint32_t gref;         /**< IN: debug_gref: a grant reference. */
            } u;
        } debug;
        /** fork and fork_reset. */
        struct mem_sharing_op_fork {
            domid_t parent_domain;     /**< IN: fork: the paused parent. */
            uint16_t flags;            /**< IN: XENMEM_FORK_ bits suited to `op`. */
            /** Padding: write zero; Xen refuses any other value (-XEN_EINVAL). */
            uint32_t pad;
        } fork;
    } u;
};
typedef struct xen_mem_sharing_op xen_mem_sharing_op_t;
DEFINE_XEN_GUEST_HANDLE(xen_mem_sharing_op_t);
XEN_DEFINE_GUEST_HANDLE_64(xen_mem_sharing_op_t, xen_mem_sharing_op_t)
/** @} */

/** @} */

/** @defgroup unstable_memory_h_claim Memory claims
 *  @ingroup hdr_unstable_memory_h
 *  @{ */

/**
 * @name XENMEM_claim_pages
 * Set aside a number of pages of free host memory for a domain without
 * allocating particular frames, so that building a large domain cannot
 * fail halfway because another allocation took the memory meanwhile. The
 * check is arithmetic only, hence quick.
 *
 * The number counts the domain's present allocation: claiming 10 pages for
 * a domain holding 3 sets aside 7 more. The claim shrinks as the domain is
 * populated and lapses once met. Claiming 0 pages cancels an outstanding
 * claim; a domain has at most one, and a second fails until the first is
 * cancelled or met. No flags are defined.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 24 |
 * | Caller         | the control domain; XSM: xsm_claim_pages(), XSM_PRIV |
 * | Argument       | struct xen_memory_reservation (below) |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Since          | Xen 4.3.0 |
 * | Implemented by | domain_set_outstanding_pages() in xen/common/page_alloc.c |
 *
 * In the struct xen_memory_reservation: `nr_extents` is the number of
 * pages; `extent_start` a NULL handle; `extent_order` and `mem_flags`
 * zero; `domid` the domain.
 *
 * Errors:
 * - -XEN_EOPNOTSUPP: the host uses LLC colouring.
 * - -XEN_EINVAL: `extent_start` is not NULL, or `extent_order` or
 *   `mem_flags` is not zero.
 * - -XEN_EINVAL: no domain `domid`.
 * - -XEN_EPERM: refused by the security policy.
 * - -XEN_EINVAL: the domain is being destroyed.
 * - -XEN_EINVAL: the domain has a claim outstanding already.
 * - -XEN_EINVAL: `nr_extents` is not above the domain's present
 *   allocation, or is above its maximum.
 * - -XEN_ENOMEM: not enough free memory that no other claim holds.
 * @{ */
#define XENMEM_claim_pages                  24
/** @} */

/** @} */

/** @defgroup unstable_memory_h_rdm Reserved device memory
 *  @ingroup hdr_unstable_memory_h
 *  @{ */

/**
 * @name XENMEM_reserved_device_memory_map
 * List the guest-physical ranges that some devices keep using behind the
 * IOMMU (e.g. RMRRs on Intel), so that the toolstack leaves them out of a
 * guest's RAM when it builds the memory map of a domain with
 * passed-through devices. With no IOMMU in use the list is empty.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 27 |
 * | Caller         | any domain; no XSM hook |
 * | Argument       | struct xen_reserved_device_memory_map |
 * | Returns        | 0, with `nr_entries` set to the entries written |
 * | Errors         | listed below |
 * | Architectures  | builds with CONFIG_HAS_PASSTHROUGH; others -XEN_ENOSYS |
 * | Since          | Xen 4.6.0 |
 * | Implemented by | iommu_get_reserved_device_memory() in xen/drivers/passthrough/iommu.c |
 *
 * do_memory_op() in xen/common/memory.c checks the argument and copies the
 * entries out.
 *
 * Errors:
 * - -XEN_EINVAL: `cmd` carries continuation bits (pass the bare number).
 * - -XEN_EFAULT: `buffer`, for `nr_entries` entries, lies outside the
 *   memory the caller may access.
 * - -XEN_EINVAL: `flags` has a bit other than XENMEM_RDM_ALL.
 * - -XEN_EFAULT: an entry cannot be written to `buffer` (the IOMMU drivers,
 *   VT-d's and AMD's, report no errors of their own).
 * - -XEN_ENOBUFS: `buffer` is too small; `nr_entries` now holds the number
 *   needed, and the entries that fit have been written.
 * @{ */
#define XENMEM_reserved_device_memory_map   27

/** One reserved range. */
struct xen_reserved_device_memory {
    xen_pfn_t start_pfn;  /**< OUT: first frame. */
    xen_ulong_t nr_pages; /**< OUT: length, in pages. */
};
typedef struct xen_reserved_device_memory xen_reserved_device_memory_t;
DEFINE_XEN_GUEST_HANDLE(xen_reserved_device_memory_t);
XEN_DEFINE_GUEST_HANDLE_64(xen_reserved_device_memory_t, xen_reserved_device_memory_t)

/** `flags`: list the ranges of every device, not just the one in `dev`. */
#define XENMEM_RDM_ALL 1

/** Argument of XENMEM_reserved_device_memory_map. */
struct xen_reserved_device_memory_map {
    uint32_t flags;            /**< IN: XENMEM_RDM_ALL or 0. */
    /** IN/OUT: entries `buffer` can hold; on return the entries written or, with -XEN_ENOBUFS,
     *  needed. */
    unsigned int nr_entries;
    XEN_GUEST_HANDLE(xen_reserved_device_memory_t) buffer; /**< OUT: the ranges. */
    /** IN: the device asked about, when XENMEM_RDM_ALL is clear. */
    union {
        physdev_pci_device_t pci; /**< IN: a PCI function. */
    } dev;
};
typedef struct xen_reserved_device_memory_map xen_reserved_device_memory_map_t;
DEFINE_XEN_GUEST_HANDLE(xen_reserved_device_memory_map_t);
XEN_DEFINE_GUEST_HANDLE_64(xen_reserved_device_memory_map_t, xen_reserved_device_memory_map_t)
/** @} */

/** @} */

#endif /* XEN_PUBLIC_MEMORY_H */

#endif /* XEN_PUBLIC_UNSTABLE_MEMORY_H */
