/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief HYPERVISOR_memory_op: a domain's memory allocation, its
 *        pseudo-physical map, the machine-to-physical table and access to
 *        the resources of other domains.
 *
 * The hypercall is `long HYPERVISOR_memory_op(unsigned int cmd, void *arg)`.
 * `cmd` is one of the XENMEM_ numbers below and `arg` points at the
 * structure that operation reads and updates (or is NULL where the
 * operation says so). Xen keeps the upper bits of `cmd` for its own
 * bookkeeping when it restarts a long operation: callers always pass the
 * bare XENMEM_ number there. An unknown number fails with -XEN_ENOSYS.
 *
 * The operations fall into a few families:
 *
 * - growing and shrinking a domain's allocation (reservations, exchange);
 * - questions about sizes (current and maximum allocation, highest frame);
 * - the read-only machine-to-physical (M2P) table that x86 PV guests use;
 * - placing pages in the pseudo-physical map of a translated (HVM, PVH,
 *   Arm) guest, and removing them again;
 * - the E820-style memory map of a domain and of the host;
 * - populate-on-demand targets, resource mapping for device models, and
 *   the virtual NUMA layout.
 *
 * Frame numbers are in 4 KiB units. "GMFN" is a frame number as the caller
 * sees it (a machine frame for a PV guest, a guest frame for a translated
 * one); "GPFN" is a pseudo-physical frame of the target domain.
 *
 * Failures are negated XEN_E* numbers (errno.h). The reservation
 * operations are the exception: they report progress as a count and never
 * fail with an error code.
 *
 * Stability: stable. Callers: every guest kernel (ballooning, grant and
 * shared-info mapping, memory maps), device models (resource mapping) and
 * the toolstack. The operations that only the toolstack may use (paging,
 * access control, sharing, claims, reserved device memory) are in
 * `unstable/memory.h`.
 */
#ifndef __XEN_PUBLIC_MEMORY_H__
#define __XEN_PUBLIC_MEMORY_H__
/* Marks this copy as xen-public's: unstable/memory.h adds its toolstack part
 * only then (another copy of the header, included first, has its own). */
#define XEN_PUBLIC_MEMORY_H

#include "xen.h"
#include "physdev.h"

/** @defgroup hdr_memory_h memory.h
 *  @ingroup xen_core */

/** @defgroup memory_h_reservation Changing a domain's allocation
 *  @ingroup hdr_memory_h
 *  Three operations that share struct xen_memory_reservation. Each works
 *  through a list of extents, an extent being 2^`extent_order` contiguous
 *  pages, and returns how many extents it handled. A result smaller than
 *  `nr_extents` means the work stopped at that entry: memory ran out, an
 *  entry was invalid or unreadable, or the caller was not allowed to touch
 *  the domain (then the result is 0). These operations never return a
 *  negative error code.
 *  @{ */

/**
 * @name XENMEM_increase_reservation
 * Allocate extents of memory to a domain (classic PV ballooning up).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 0 |
 * | Caller         | any domain for itself; the control domain, or the device model of `domid` |
 * | Argument       | struct xen_memory_reservation |
 * | Returns        | number of extents allocated (0 .. `nr_extents`) |
 * | Errors         | none as such: a count short of `nr_extents` says where it stopped |
 * | Since          | Xen 3.0.0 |
 * | Implemented by | increase_reservation() in xen/common/memory.c |
 *
 * Who may act on another domain is decided by
 * xsm_memory_adjust_reservation() (XSM_TARGET under the default policy).
 * Xen stops early, and returns the extents done so far, when `arg` cannot
 * be read, `domid` does not exist, the policy refuses, the arguments are
 * out of range, or an extent fails; a preempted call is continued by Xen
 * itself.
 * @{ */
#define XENMEM_increase_reservation 0
/** @} */

/**
 * @name XENMEM_decrease_reservation
 * Hand extents of memory back to Xen (ballooning down); `extent_start`
 * lists the GMFN of each extent to release.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 1 |
 * | Caller         | any domain for itself; the control domain, or the device model of `domid` |
 * | Argument       | struct xen_memory_reservation |
 * | Returns        | number of extents released |
 * | Errors         | none as such: a count short of `nr_extents` says where it stopped |
 * | Since          | Xen 3.0.0 |
 * | Implemented by | decrease_reservation() in xen/common/memory.c |
 *
 * Who may act on another domain is decided by
 * xsm_memory_adjust_reservation() (XSM_TARGET under the default policy).
 * Xen stops early, and returns the extents done so far, when `arg` cannot
 * be read, `domid` does not exist, the policy refuses, the arguments are
 * out of range, or an extent fails; a preempted call is continued by Xen
 * itself.
 * @{ */
#define XENMEM_decrease_reservation 1
/** @} */

/**
 * @name XENMEM_populate_physmap
 * Back the given pseudo-physical frames with newly allocated memory and
 * update the M2P table to match; `extent_start` lists the GPFN of each
 * extent on entry.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 6 |
 * | Caller         | any domain for itself; the control domain, or the device model of `domid` |
 * | Argument       | struct xen_memory_reservation |
 * | Returns        | number of extents populated |
 * | Errors         | none as such: a count short of `nr_extents` says where it stopped |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | populate_physmap() in xen/common/memory.c |
 *
 * Who may act on another domain is decided by
 * xsm_memory_adjust_reservation() (XSM_TARGET under the default policy).
 * Xen stops early, and returns the extents done so far, when `arg` cannot
 * be read, `domid` does not exist, the policy refuses, the arguments are
 * out of range, or an extent fails; a preempted call is continued by Xen
 * itself.
 * @{ */
#define XENMEM_populate_physmap     6
/** @} */

#if __XEN_INTERFACE_VERSION__ >= 0x00030209
/**
 * `mem_flags` encoding of an address-width limit: the allocated frames must
 * be addressable with @p x bits (devices with 32-bit DMA, for instance).
 * 0 places no limit. Ignored by XENMEM_decrease_reservation.
 */
#define XENMEMF_address_bits(x)     (x)
/** The address-width limit encoded in the `mem_flags` value @p x. */
#define XENMEMF_get_address_bits(x) ((x) & 0xffu)
/** `mem_flags` encoding of a preferred NUMA node @p x (stored plus one, so
 *  that 0 means "no preference"). */
#define XENMEMF_node(x)     (((x) + 1) << 8)
/** The NUMA node encoded in the `mem_flags` value @p x (0xff: none). */
#define XENMEMF_get_node(x) ((((x) >> 8) - 1) & 0xffu)
/** `mem_flags` bit, XENMEM_populate_physmap only: record the frames as
 *  populate-on-demand entries instead of allocating memory now. */
#define XENMEMF_populate_on_demand (1 << 16)
/** `mem_flags` bit: allocate only from the requested node, never fall back
 *  to another one. */
#define XENMEMF_exact_node_request  (1 << 17)
/** `mem_flags` encoding of "node @p n and no other". */
#define XENMEMF_exact_node(n) (XENMEMF_node(n) | XENMEMF_exact_node_request)
/** `mem_flags` bit: the node given is a virtual node of the target domain
 *  (its vNUMA layout), which Xen maps to a physical one. */
#define XENMEMF_vnode  (1 << 18)
#endif

/** Argument of the reservation operations (and of XENMEM_claim_pages). */
struct xen_memory_reservation {
    /**
     * IN-OUT: the frame list, one entry per extent. XENMEM_increase_reservation
     * writes the machine frame of each new extent (a NULL handle skips
     * that); XENMEM_decrease_reservation reads the GMFN of each extent to
     * free; XENMEM_populate_physmap reads the GPFN to fill and, for a PV
     * caller, writes back the machine frame it used. Must be a NULL handle
     * for XENMEM_claim_pages.
     */
    XEN_GUEST_HANDLE(xen_pfn_t) extent_start;
    /** IN: number of extents in the list (for XENMEM_claim_pages: number of
     *  pages). */
    xen_ulong_t    nr_extents;
    /** IN: log2 of the extent size, in pages; also the alignment of each
     *  extent. */
    unsigned int   extent_order;
#if __XEN_INTERFACE_VERSION__ >= 0x00030209
    unsigned int   mem_flags;    /**< IN: XENMEMF_ values; 0 for no constraint. */
#else
    /** IN: interfaces before 0x00030209: width in bits the frames must be
     *  addressable with; 0 for any. */
    unsigned int   address_bits;
#endif
    /** IN: the domain whose allocation changes; an unprivileged caller can
     *  only name DOMID_SELF. */
    domid_t        domid;
};
typedef struct xen_memory_reservation xen_memory_reservation_t;
DEFINE_XEN_GUEST_HANDLE(xen_memory_reservation_t);

/** @} */

/** @defgroup memory_h_exchange Exchanging pages
 *  @ingroup hdr_memory_h
 *  @{ */

/**
 * @name XENMEM_exchange
 * Trade a set of the caller's pages for freshly allocated ones, as one
 * atomic step per chunk, typically to obtain memory below an address
 * limit or on another node. Both sides must cover the same number of
 * pages; the orders may differ. PV guests are the users: a translated
 * guest gets nothing useful from choosing machine frames.
 *
 * Work is done in chunks. Progress is kept in `nr_exchanged`, which the
 * caller must set to zero on the first call: after a failure, the first
 * `nr_exchanged` input extents have been freed and replaced by the
 * corresponding output entries, and the others are unchanged.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 11 |
 * | Caller         | any domain for itself; the control domain, or the device model of `domid` |
 * | Argument       | struct xen_memory_exchange |
 * | Returns        | 0 once every input extent has been exchanged |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | memory_exchange() in xen/common/memory.c |
 *
 * Who may exchange another domain's memory is decided by
 * xsm_memory_exchange() (XSM_TARGET under the default policy).
 *
 * Errors:
 * - -XEN_EINVAL: `cmd` has bits set above the operation number.
 * - -XEN_EFAULT: the argument or a list cannot be read or written.
 * - -XEN_EPERM: an extent order larger than the caller may use.
 * - -XEN_EINVAL: `nr_exchanged` is above `in.nr_extents`, the two
 *   `domid`s differ, a side's page count does not fit an unsigned long,
 *   the two sides cover different numbers of pages, or `out.mem_flags`
 *   names a node that does not exist.
 * - -XEN_ESRCH: no domain `domid`.
 * - -XEN_EPERM: refused by the policy.
 * - -XEN_EINVAL: an input frame is not a valid frame of the domain.
 * - An error of steal_page() when an input page cannot be taken from the
 *   domain (on Arm always: -XEN_EOPNOTSUPP).
 * - -XEN_ENOMEM: an input page is shared, or no memory meets the
 *   constraints of `out.mem_flags`.
 * - An error of putting an output page into the domain's physical map.
 * @{ */
#define XENMEM_exchange             11

/** Argument of XENMEM_exchange. */
struct xen_memory_exchange {
    /** IN: the extents given up, by GMFN. `domid` must equal `out.domid`;
     *  the address-width part of `mem_flags` is not used. */
    struct xen_memory_reservation in;
    /**
     * IN-OUT: the extents wanted in return. `extent_start` must not share
     * entries with `in.extent_start`; on entry it holds the GPFN where each
     * new extent goes, and Xen overwrites it with the GMFN of the memory
     * it allocated. `nr_extents << extent_order` must equal the same
     * product of `in`.
     */
    struct xen_memory_reservation out;
    /** IN-OUT: number of input extents already exchanged. Zero on the first
     *  call; afterwards it tells how far a failed exchange got. */
    xen_ulong_t nr_exchanged;
};
typedef struct xen_memory_exchange xen_memory_exchange_t;
DEFINE_XEN_GUEST_HANDLE(xen_memory_exchange_t);
/** @} */

/** @} */

/** @defgroup memory_h_sizes Allocation sizes
 *  @ingroup hdr_memory_h
 *  Queries answered through the hypercall's return value.
 *  @{ */

/**
 * @name XENMEM_maximum_ram_page
 * One more than the highest machine frame number of RAM the host has
 * (Xen's `max_page`).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 2 |
 * | Caller         | any domain (no XSM hook) |
 * | Argument       | none: pass NULL |
 * | Returns        | the frame count |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.0 |
 * | Implemented by | do_memory_op() in xen/common/memory.c |
 *
 * Errors:
 * - -XEN_EINVAL: `cmd` has bits set above the operation number.
 * @{ */
#define XENMEM_maximum_ram_page     2
/** @} */

/**
 * @name XENMEM_current_reservation, XENMEM_maximum_reservation
 * A domain's present allocation, and the ceiling its allocation may reach.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 3, 4 |
 * | Caller         | any domain for itself; the control domain, or the device model of `domid` |
 * | Argument       | struct xen_memory_domain |
 * | Returns        | the number of pages |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.0 |
 * | Implemented by | do_memory_op() in xen/common/memory.c |
 *
 * Who may ask about another domain is decided by
 * xsm_memory_stat_reservation() (XSM_TARGET under the default policy).
 *
 * Errors:
 * - -XEN_EINVAL: `cmd` has bits set above the operation number.
 * - -XEN_EFAULT: `arg` cannot be read.
 * - -XEN_ESRCH: no domain `domid`.
 * - -XEN_EPERM: the caller may not ask about it.
 * @{ */
#define XENMEM_current_reservation  3 /**< Operation number: pages the domain holds now. */
#define XENMEM_maximum_reservation  4 /**< Operation number: the most pages the domain may hold. */
/** @} */

/**
 * @name XENMEM_maximum_gpfn
 * The highest guest frame number the domain's pseudo-physical map uses.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 14 |
 * | Caller         | any domain for itself; the control domain, or the device model of `domid` |
 * | Argument       | struct xen_memory_domain |
 * | Returns        | the frame number |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_memory_op() in xen/common/memory.c, domain_get_maximum_gpfn() |
 *
 * Who may ask about another domain is decided by
 * xsm_memory_stat_reservation() (XSM_TARGET under the default policy).
 *
 * Errors:
 * - -XEN_EINVAL: `cmd` has bits set above the operation number.
 * - -XEN_EFAULT: `arg` cannot be read.
 * - -XEN_ESRCH: no domain `domid`.
 * - -XEN_EPERM: the caller may not ask about it.
 * @{ */
#define XENMEM_maximum_gpfn         14
/** @} */

/** Argument of the per-domain size queries. */
struct xen_memory_domain {
    domid_t domid; /**< IN: the domain asked about, or DOMID_SELF. */
};

/** @} */

/** @defgroup memory_h_m2p Machine-to-physical table
 *  @ingroup hdr_memory_h
 *  Where an x86 PV guest finds the read-only table that maps each machine
 *  frame to the guest frame using it. Architectures without such a table
 *  do not implement these operations.
 *  @{ */

/**
 * @name XENMEM_machphys_mfn_list
 * List the machine frames that hold the M2P table, one per 2 MiB piece,
 * so that a PV guest can map the table itself. At most `max_extents`
 * entries are written.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 5 |
 * | Caller         | any domain (no XSM hook); PV guests are the users |
 * | Argument       | struct xen_machphys_mfn_list |
 * | Returns        | 0; `nr_extents` holds the entries written |
 * | Errors         | listed below |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.0 |
 * | Implemented by | subarch_memory_op() in xen/arch/x86/x86_64/mm.c |
 *
 * Errors:
 * - -XEN_EFAULT: `arg` or the list cannot be read or written.
 * @{ */
#define XENMEM_machphys_mfn_list    5

/** Argument of XENMEM_machphys_mfn_list and XENMEM_machphys_compat_mfn_list. */
struct xen_machphys_mfn_list {
    /** IN: entries the list can hold; a table larger than `max_extents` * 2
     *  MiB is reported only in part. */
    unsigned int max_extents;
    /** OUT: first machine frame of each 2 MiB piece; the entry of a piece
     *  that lies in a hole of machine memory is meaningless. */
    XEN_GUEST_HANDLE(xen_pfn_t) extent_start;
    unsigned int nr_extents;                 /**< OUT: entries written. */
};
typedef struct xen_machphys_mfn_list xen_machphys_mfn_list_t;
DEFINE_XEN_GUEST_HANDLE(xen_machphys_mfn_list_t);
/** @} */

/**
 * @name XENMEM_machphys_compat_mfn_list
 * As XENMEM_machphys_mfn_list, but for the second M2P table (with 32-bit
 * entries) that a 64-bit Xen keeps for 32-bit PV guests. A 32-bit caller
 * gets the same answer from either operation.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 25 |
 * | Caller         | any domain (no XSM hook); 32-bit PV guests and toolstacks are the users |
 * | Argument       | struct xen_machphys_mfn_list |
 * | Returns        | 0; `nr_extents` holds the entries written |
 * | Errors         | listed below |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.5.0 |
 * | Implemented by | subarch_memory_op(), xen/arch/x86/x86_64/mm.c (32-bit callers: compat/mm.c) |
 *
 * Errors:
 * - -XEN_EOPNOTSUPP: 64-bit caller: 32-bit PV support is off (built
 *   without CONFIG_PV32, booted with `pv=no-32`, or turned off at boot).
 * - -XEN_EFAULT: `arg` or the list cannot be read or written.
 * @{ */
#define XENMEM_machphys_compat_mfn_list     25
/** @} */

/**
 * @name XENMEM_machphys_mapping
 * Where Xen maps the M2P table in the caller's virtual address space, and
 * the highest machine frame it covers (for the hardware domain without
 * memory hotplug, the host's highest frame).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 12 |
 * | Caller         | x86 PV guests (no XSM hook) |
 * | Argument       | struct xen_machphys_mapping (output only) |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | arch_memory_op() in xen/arch/x86/mm.c |
 *
 * Errors:
 * - -XEN_ENOSYS: the caller is an HVM or PVH guest, into which the table
 *   is not mapped.
 * - -XEN_EFAULT: `arg` cannot be written.
 * @{ */
#define XENMEM_machphys_mapping     12

/** Argument of XENMEM_machphys_mapping. */
struct xen_machphys_mapping {
    xen_ulong_t v_start; /**< OUT: first virtual address of the table. */
    xen_ulong_t v_end;   /**< OUT: virtual address just past the table. */
    xen_ulong_t max_mfn; /**< OUT: highest machine frame the table has an entry for. */
};
typedef struct xen_machphys_mapping xen_machphys_mapping_t;
DEFINE_XEN_GUEST_HANDLE(xen_machphys_mapping_t);
/** @} */

/** @} */

/** @defgroup memory_h_physmap Pseudo-physical map of translated guests
 *  @ingroup hdr_memory_h
 *  A translated guest (HVM, PVH, Arm) sees memory through a second-stage
 *  translation that Xen keeps. These operations place a page of a given
 *  kind at a chosen guest frame, or take one away. A PV target is refused
 *  with -XEN_EACCES: PV guests manage machine frames directly.
 *  @{ */

/** @name Map spaces
 *  What `space` in the physmap operations selects, and so how `idx` is
 *  read.
 *  @{ */
#define XENMAPSPACE_shared_info  0 /**< The domain's shared-info page; `idx` is 0. */
/** A grant-table frame; `idx` is its number, OR-ed with
 *  XENMAPIDX_grant_table_status for a status frame. */
#define XENMAPSPACE_grant_table  1
/** One of the domain's own pages, moved; `idx` is its current guest frame. */
#define XENMAPSPACE_gmfn         2
/** Like XENMAPSPACE_gmfn for `size` consecutive frames; XENMEM_add_to_physmap
 *  only. */
#define XENMAPSPACE_gmfn_range   3
/** A page of another domain (`foreign_domid`); XENMEM_add_to_physmap_batch
 *  only. */
#define XENMAPSPACE_gmfn_foreign 4
/** Device MMIO, Arm only, for the hardware domain's own map; `idx` is the
 *  machine frame, and the stage-2 mapping uses normal memory, inner and outer
 *  write-back cacheable. */
#define XENMAPSPACE_dev_mmio     5
/** @} */

/**
 * @name XENMEM_add_to_physmap
 * Make a page appear at guest frame `gpfn` of a translated domain; any
 * page mapped there before is removed first. XENMAPSPACE_gmfn_range moves
 * `size` frames and is preemptible (Xen continues it itself).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 7 |
 * | Caller         | any domain for itself; the control domain, or the device model of `domid` |
 * | Argument       | struct xen_add_to_physmap |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | xenmem_add_to_physmap() in xen/common/memory.c; xenmem_add_to_physmap_one() |
 *
 * Who may change another domain is decided by xsm_add_to_physmap()
 * (XSM_TARGET under the default policy).
 *
 * Errors:
 * - -XEN_EDOM: `cmd` has continuation bits beyond what `size` can reach.
 * - -XEN_EFAULT: `arg` cannot be read.
 * - -XEN_ENOSYS: XENMAPSPACE_gmfn_foreign (only the batch form takes it).
 * - -XEN_ESRCH: no domain `domid`.
 * - -XEN_EACCES: the domain is not translated (PV), or
 *   XENMAPSPACE_dev_mmio from anyone but the hardware domain for itself.
 * - -XEN_EPERM: refused by the policy.
 * - -XEN_EINVAL: `gpfn` is INVALID_GFN, or `space` or `idx` names no page
 *   (unknown space, shared_info index other than 0, a frame that is not
 *   the domain's).
 * - -XEN_EILSEQ: XENMAPSPACE_gmfn_range: the continuation bits of `cmd`
 *   are above `size`.
 * - -XEN_EOVERFLOW: XENMAPSPACE_gmfn_range: the source or the destination
 *   range wraps.
 * - Another error of the architecture's code: on x86, -XEN_EACCES or
 *   -XEN_ENOMEM for a source frame that is not plain (or is shared) RAM,
 *   -XEN_EXDEV for one mapped at another frame, -XEN_EPERM over a
 *   direct-MMIO frame, or an error of the grant-table frame lookup.
 * @{ */
#define XENMEM_add_to_physmap      7

/** Flag in `idx` of XENMAPSPACE_grant_table: map a grant status frame
 *  (version-2 grant tables) instead of a shared frame. */
#define XENMAPIDX_grant_table_status 0x80000000U

/** Argument of XENMEM_add_to_physmap. */
struct xen_add_to_physmap {
    domid_t domid;      /**< IN: the domain whose map changes, or DOMID_SELF. */
    /** IN-OUT: XENMAPSPACE_gmfn_range only: number of frames; Xen may count
     *  it down as it advances. */
    uint16_t    size;
    unsigned int space; /**< IN: a XENMAPSPACE_ value. */
    xen_ulong_t idx;    /**< IN: which page of `space` (see the map spaces). */
    xen_pfn_t     gpfn; /**< IN: guest frame where the page is to appear. */
};
typedef struct xen_add_to_physmap xen_add_to_physmap_t;
DEFINE_XEN_GUEST_HANDLE(xen_add_to_physmap_t);
/** @} */

/**
 * @name XENMEM_add_to_physmap_batch
 * The batched form of XENMEM_add_to_physmap, and the only one that can
 * map pages of another domain (XENMAPSPACE_gmfn_foreign), which is how
 * backends and device models map guest memory on Arm and in PVH. The call
 * is preemptible (Xen continues it itself).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 23 |
 * | Caller         | any domain for itself; the control domain, or the device model of `domid` |
 * | Argument       | struct xen_add_to_physmap_batch |
 * | Returns        | 0 once every entry has been tried; the outcome of each is in `errs` |
 * | Errors         | listed below |
 * | Since          | Xen 4.4.0 |
 * | Implemented by | xenmem_add_to_physmap_batch() in xen/common/memory.c |
 *
 * Who may change another domain is decided by xsm_add_to_physmap()
 * (XSM_TARGET under the default policy).
 *
 * Errors of the call (each entry's own result, 0 or a negative error of
 * xenmem_add_to_physmap_one() as for XENMEM_add_to_physmap, goes in
 * `errs`):
 * - -XEN_EDOM: `cmd` has continuation bits beyond what `size` can reach.
 * - -XEN_EFAULT: `arg` or a list cannot be read, or `errs` written.
 * - -XEN_EOPNOTSUPP: XENMAPSPACE_gmfn_range was asked, or
 *   XENMAPSPACE_dev_mmio with `u.res0` not 0.
 * - -XEN_ESRCH: no domain `domid`.
 * - -XEN_EACCES: the domain is not translated (PV), or
 *   XENMAPSPACE_dev_mmio from anyone but the hardware domain for itself.
 * - -XEN_EPERM: refused by the policy.
 * - -XEN_EILSEQ: the continuation bits of `cmd` are above `size`, or
 *   equal to a non-zero `size`.
 * - -XEN_EINVAL: a `gpfns` entry is INVALID_GFN (Xen stops there).
 * @{ */
#define XENMEM_add_to_physmap_batch 23

/** Argument of XENMEM_add_to_physmap_batch. */
struct xen_add_to_physmap_batch {
    domid_t domid;  /**< IN: the domain whose map changes, or DOMID_SELF. */
    uint16_t space; /**< IN: a XENMAPSPACE_ value (not XENMAPSPACE_gmfn_range). */
    uint16_t size;  /**< IN: number of entries in each of the three lists. */
#if __XEN_INTERFACE_VERSION__ < 0x00040700
    /** IN: interfaces before 0x00040700: owner of the pages for
     *  XENMAPSPACE_gmfn_foreign; 0 for other spaces. */
    domid_t foreign_domid;
#else
    /** The word of struct xen_add_to_physmap_batch whose meaning depends
     *  on `space`. */
    union xen_add_to_physmap_batch_extra {
        domid_t foreign_domid; /**< XENMAPSPACE_gmfn_foreign: the domain owning the pages. */
        uint16_t res0;         /**< Every other space: reserved, zero. */
    } u; /**< IN: `foreign_domid` or `res0`, as `space` requires. */
#endif
    /** IN: `size` indexes into `space` (frames of `foreign_domid` for foreign
     *  mappings). */
    XEN_GUEST_HANDLE(xen_ulong_t) idxs;
    /** IN: `size` guest frames where the pages are to appear. */
    XEN_GUEST_HANDLE(xen_pfn_t) gpfns;
    /** OUT: `size` results, 0 or a negated XEN_E* number per entry. */
    XEN_GUEST_HANDLE(int) errs;
};
typedef struct xen_add_to_physmap_batch xen_add_to_physmap_batch_t;
DEFINE_XEN_GUEST_HANDLE(xen_add_to_physmap_batch_t);

#if __XEN_INTERFACE_VERSION__ < 0x00040400
/** Interfaces before 0x00040400: the earlier name of XENMEM_add_to_physmap_batch. */
#define XENMEM_add_to_physmap_range XENMEM_add_to_physmap_batch
/** Interfaces before 0x00040400: the earlier tag of struct xen_add_to_physmap_batch. */
#define xen_add_to_physmap_range xen_add_to_physmap_batch
/** Interfaces before 0x00040400: the earlier name of xen_add_to_physmap_batch_t. */
typedef struct xen_add_to_physmap_batch xen_add_to_physmap_range_t;
DEFINE_XEN_GUEST_HANDLE(xen_add_to_physmap_range_t);
#endif
/** @} */

/**
 * @name XENMEM_remove_from_physmap
 * Take away whatever page is mapped at guest frame `gpfn` of a translated
 * domain, leaving a hole.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 15 |
 * | Caller         | any domain for itself; the control domain, or the device model of `domid` |
 * | Argument       | struct xen_remove_from_physmap |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Since          | Xen 4.2.0 |
 * | Implemented by | do_memory_op() in xen/common/memory.c, guest_physmap_remove_page() |
 *
 * Who may change another domain is decided by xsm_remove_from_physmap()
 * (XSM_TARGET under the default policy).
 *
 * Errors:
 * - -XEN_EINVAL: `cmd` has bits set above the operation number.
 * - -XEN_EFAULT: `arg` cannot be read.
 * - -XEN_ESRCH: no domain `domid`.
 * - -XEN_EACCES: the domain is not translated (PV).
 * - -XEN_EPERM: refused by the policy.
 * - -XEN_ENOENT: no page is mapped at `gpfn`.
 * - An error of removing the page from the domain's physical map.
 * @{ */
#define XENMEM_remove_from_physmap      15

/** Argument of XENMEM_remove_from_physmap. */
struct xen_remove_from_physmap {
    domid_t domid;      /**< IN: the domain whose map changes, or DOMID_SELF. */
    xen_pfn_t     gpfn; /**< IN: guest frame to unmap. */
};
typedef struct xen_remove_from_physmap xen_remove_from_physmap_t;
DEFINE_XEN_GUEST_HANDLE(xen_remove_from_physmap_t);
/** @} */

/* Operation 8 (XENMEM_translate_gpfn_list) was withdrawn; it stays unused. */

/** @} */

/** @defgroup memory_h_memmap Memory maps
 *  @ingroup hdr_memory_h
 *  Memory maps in the layout of the PC BIOS E820 call (INT 0x15,
 *  EAX=0xE820): entries of 20 bytes holding a 64-bit address, a 64-bit
 *  length and a 32-bit type.
 *  @{ */

/**
 * @name XENMEM_memory_map
 * The caller's own pseudo-physical memory map, as the toolstack set it
 * with XENMEM_set_memory_map when it built the domain. At most
 * `nr_entries` entries are written.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 9 |
 * | Caller         | any domain, about itself (no XSM hook) |
 * | Argument       | struct xen_memory_map |
 * | Returns        | 0; `nr_entries` holds the entries written |
 * | Errors         | listed below |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | arch_memory_op() in xen/arch/x86/mm.c |
 *
 * Errors:
 * - -XEN_EFAULT: `arg` or the buffer cannot be read or written.
 * - -XEN_ENOSYS: no map was set for this domain.
 * @{ */
#define XENMEM_memory_map           9

/** A memory map in a caller's buffer. */
struct xen_memory_map {
    /** IN-OUT: entries the buffer can hold; on return, entries written. */
    unsigned int nr_entries;
    /** IN: array of E820 entries (20 bytes each), filled or read depending on
     *  the operation. */
    XEN_GUEST_HANDLE(void) buffer;
};
typedef struct xen_memory_map xen_memory_map_t;
DEFINE_XEN_GUEST_HANDLE(xen_memory_map_t);
/** @} */

/**
 * @name XENMEM_machine_memory_map
 * The host's memory map (E820). The gaps between its entries that the
 * caller may not use as I/O memory, and the IO-APIC pages, are added as
 * reserved entries. A NULL `buffer` asks only how many entries the map
 * has.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 10 |
 * | Caller         | the control domain; XSM: xsm_machine_memory_map(), XSM_PRIV |
 * | Argument       | struct xen_memory_map |
 * | Returns        | 0; `nr_entries` holds the entries written (or needed) |
 * | Errors         | listed below |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | arch_memory_op() in xen/arch/x86/mm.c |
 *
 * Errors:
 * - -XEN_EPERM: the caller is not the control domain.
 * - -XEN_EFAULT: `arg` cannot be read or written, or the buffer written.
 * - -XEN_EINVAL: `nr_entries` leaves no room for the whole map.
 * @{ */
#define XENMEM_machine_memory_map   10
/** @} */

/**
 * @name XENMEM_set_memory_map
 * Set the pseudo-physical memory map a domain will get from
 * XENMEM_memory_map; it replaces any map set before.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 13 |
 * | Caller         | any domain for itself; the control domain, or the device model of `domid` |
 * | Argument       | struct xen_foreign_memory_map |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | arch_memory_op() in xen/arch/x86/mm.c |
 *
 * Who may set another domain's map is decided by xsm_domain_memory_map()
 * (XSM_TARGET under the default policy).
 *
 * Errors:
 * - -XEN_EFAULT: `arg` cannot be read.
 * - -XEN_EINVAL: more than 1024 entries (E820MAX).
 * - -XEN_ESRCH: no domain `domid`.
 * - -XEN_EPERM: refused by the policy.
 * - -XEN_ENOMEM: Xen could not allocate its copy of the map.
 * - -XEN_EFAULT: the buffer cannot be read.
 * @{ */
#define XENMEM_set_memory_map       13

/** Argument of XENMEM_set_memory_map. */
struct xen_foreign_memory_map {
    domid_t domid;             /**< IN: the domain whose map is set. */
    struct xen_memory_map map; /**< IN: the map: `nr_entries` entries read from `buffer`. */
};
typedef struct xen_foreign_memory_map xen_foreign_memory_map_t;
DEFINE_XEN_GUEST_HANDLE(xen_foreign_memory_map_t);
/** @} */

/** @} */

/** @defgroup memory_h_pod Populate-on-demand target
 *  @ingroup hdr_memory_h
 *  @{ */

/**
 * @name XENMEM_set_pod_target, XENMEM_get_pod_target
 *  An HVM domain can start with part of its memory unbacked
 *  (XENMEMF_populate_on_demand); Xen backs those frames from a cache when
 *  the guest first touches them, while the guest's balloon driver is
 *  expected to shrink the domain to its target. Setting the target is
 *  preemptible (Xen continues it itself).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 16, 17 |
 * | Caller         | the control domain; XSM: xsm_set_pod_target() (see below), XSM_PRIV |
 * | Argument       | struct xen_pod_target |
 * | Returns        | 0, with the OUT fields filled |
 * | Errors         | listed below |
 * | Architectures  | x86 built with HVM support; elsewhere -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | arch_memory_op() in xen/arch/x86/mm.c, p2m_pod_set_mem_target() |
 *
 * XENMEM_get_pod_target asks xsm_get_pod_target() instead, also XSM_PRIV
 * under the default policy.
 *
 * Errors:
 * - -XEN_EFAULT: `arg` cannot be read or written.
 * - -XEN_ESRCH: no domain `domid`.
 * - -XEN_EINVAL: the domain is not HVM.
 * - -XEN_EPERM: the caller is not the control domain.
 * - -XEN_EINVAL: set: `target_pages` is above the domain's maximum.
 * - -XEN_ENOTEMPTY: set: the domain has devices or I/O resources passed
 *   through.
 * - -XEN_ENOMEM: set: Xen could not grow the cache; -XEN_EINVAL: a page
 *   could not be freed while shrinking it (p2m_pod_set_cache_target()).
 *  @{ */
/** Operation number: set the domain's target and report the state. */
#define XENMEM_set_pod_target       16
#define XENMEM_get_pod_target       17 /**< Operation number: report the state only. */

/** Argument of XENMEM_set_pod_target and XENMEM_get_pod_target. */
struct xen_pod_target {
    /** IN: XENMEM_set_pod_target: the allocation to aim for, in pages. */
    uint64_t target_pages;
    uint64_t tot_pages;       /**< OUT: pages the domain holds, in pages. */
    uint64_t pod_cache_pages; /**< OUT: pages in the domain's populate-on-demand cache. */
    uint64_t pod_entries;     /**< OUT: guest frames still marked populate-on-demand. */
    domid_t domid;            /**< IN: the HVM domain. */
};
typedef struct xen_pod_target xen_pod_target_t;

/** @} */

/** @} */

/** @defgroup memory_h_resource Mapping a domain's resources
 *  @ingroup hdr_memory_h
 *  @{ */

/**
 * @name XENMEM_acquire_resource
 * Map frames of a resource that belongs to another domain (an ioreq
 * server's pages, its grant table, its trace buffers) into the caller,
 * without those frames ever being part of the target's memory map. The
 * call is preemptible (Xen continues it itself).
 *
 * Asking with a NULL `frame_list` and `nr_frames` 0 returns the size of
 * the resource in `nr_frames`. That size is never 0, but a later mapping
 * of that many frames can still fail for type-specific reasons.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 28 |
 * | Caller         | the control domain, or the device model of `domid`; never `domid` itself |
 * | Argument       | struct xen_mem_acquire_resource |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Since          | Xen 4.11.0 |
 * | Implemented by | acquire_resource() in xen/common/memory.c |
 *
 * Who may map another domain's resources is decided by
 * xsm_domain_resource_map() (XSM_DM_PRIV under the default policy).
 *
 * Errors:
 * - -XEN_EACCES: the caller's kind of domain cannot hold such mappings
 *   (arch_acquire_resource_check()).
 * - -XEN_EFAULT: the argument or `frame_list` cannot be read or written.
 * - -XEN_EINVAL: `pad` is not 0, or `frame` or `frame` + `nr_frames` does
 *   not fit 32 bits.
 * - -XEN_ESRCH: no domain `domid`; -XEN_EPERM: `domid` is the caller.
 * - -XEN_EPERM: refused by the policy.
 * - -XEN_EINVAL: the resource (`type`, `id`) is unknown or has no frames, a
 *   size query with `nr_frames` not 0, or a range outside the resource.
 * - -XEN_EIO: part of `frame_list` was mapped before an error, and the
 *   caller must undo it.
 * - Another error of the type's own acquire function.
 * @{ */
#define XENMEM_acquire_resource 28

/** `type`: pages of an ioreq server; `id` is the server's id. */
#define XENMEM_resource_ioreq_server 0
/** `type`: the grant table; `id` picks shared or status frames. */
#define XENMEM_resource_grant_table 1
/** `type`: the processor-trace buffer of a vCPU; `id` is the vCPU. */
#define XENMEM_resource_vmtrace_buf 2

/** `id` for XENMEM_resource_grant_table: the shared (entry) frames. */
#define XENMEM_resource_grant_table_id_shared 0
/** `id` for XENMEM_resource_grant_table: the status frames (version 2). */
#define XENMEM_resource_grant_table_id_status 1

/** `frame` of an ioreq server: its buffered-ioreq ring page. */
#define XENMEM_resource_ioreq_server_frame_bufioreq 0
/** `frame` of an ioreq server: the @p n th page of synchronous ioreq slots. */
#define XENMEM_resource_ioreq_server_frame_ioreq(n) (1 + (n))

/** Argument of XENMEM_acquire_resource. */
struct xen_mem_acquire_resource {
    domid_t domid;   /**< IN: the domain owning the resource. */
    uint16_t type;   /**< IN: a XENMEM_resource_ value. */
    /** IN: which instance of `type` (see each type); zero where a type has
     *  none. */
    uint32_t id;
    /** IN-OUT: number of frames to map; for a size query (0 with a NULL
     *  `frame_list`) it returns the size of the resource, in frames. Xen
     *  may change it while working through a long request. */
    uint32_t nr_frames;
    /** IN: reserved, must be zero. It once carried an output flag in bit 0;
     *  that bit will not be given an output meaning again. */
    uint32_t pad;
    /** IN: index of the first frame of the resource to map; ignored when
     *  `nr_frames` is 0. Xen may advance it while working. */
    uint64_t frame;
    /**
     * IN-OUT: one entry per frame. A PV caller gets back the machine
     * frames of the resource here; a translated caller fills in the guest
     * frames where the resource is to be mapped. May be NULL only when
     * `nr_frames` is 0.
     */
    XEN_GUEST_HANDLE(xen_pfn_t) frame_list;
};
typedef struct xen_mem_acquire_resource xen_mem_acquire_resource_t;
DEFINE_XEN_GUEST_HANDLE(xen_mem_acquire_resource_t);
/** @} */

/** @} */

/** @defgroup memory_h_vnuma Virtual NUMA layout
 *  @ingroup hdr_memory_h
 *  @{ */

/**
 * @name XENMEM_get_vnumainfo
 * The virtual NUMA topology the toolstack gave a domain: its nodes, the
 * distance between each pair, which node each vCPU belongs to and which
 * memory ranges each node owns.
 *
 * The caller states the size of its three arrays in the IN-OUT counts.
 * If any is too small, nothing is copied, the counts are set to the sizes
 * needed and the call fails with -XEN_ENOBUFS; the caller then retries
 * with larger arrays.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 26 |
 * | Caller         | any domain for itself; the control domain, or the device model of `domid` |
 * | Argument       | struct xen_vnuma_topology_info |
 * | Returns        | 0, with the counts set to what was written |
 * | Errors         | listed below |
 * | Since          | Xen 4.5.0 |
 * | Implemented by | do_memory_op() in xen/common/memory.c |
 *
 * Who may ask about another domain is decided by xsm_get_vnumainfo()
 * (XSM_TARGET under the default policy).
 *
 * Errors:
 * - -XEN_EINVAL: `cmd` has bits set above the operation number, or `pad`
 *   is not 0.
 * - -XEN_EFAULT: the argument or an array cannot be read or written.
 * - -XEN_ESRCH: no domain `domid`.
 * - -XEN_EPERM: refused by the policy.
 * - -XEN_EOPNOTSUPP: the domain has no vNUMA topology.
 * - -XEN_ENOBUFS: an array is too small (see above).
 * - -XEN_ENOMEM: Xen could not allocate its copy of the topology.
 * - -XEN_ESRCH: the topology was removed meanwhile.
 * - -XEN_EAGAIN: the topology grew meanwhile; retry.
 * @{ */
#define XENMEM_get_vnumainfo                26

/** One range of guest-physical memory owned by a virtual node. */
struct xen_vmemrange {
    uint64_t start;     /**< OUT: first guest-physical address, in bytes. */
    uint64_t end;       /**< OUT: guest-physical address just past the range, in bytes. */
    unsigned int flags; /**< OUT: none defined; zero. */
    unsigned int nid;   /**< OUT: the virtual node owning the range. */
};
typedef struct xen_vmemrange xen_vmemrange_t;
DEFINE_XEN_GUEST_HANDLE(xen_vmemrange_t);

/** Argument of XENMEM_get_vnumainfo. Each array handle sits in a 64-bit
 *  slot so the layout is the same for 32- and 64-bit callers. */
struct xen_vnuma_topology_info {
    domid_t domid;              /**< IN: the domain, or DOMID_SELF. */
    uint16_t pad;               /**< IN: reserved, must be zero. */
    unsigned int nr_vnodes;     /**< IN-OUT: nodes; `vdistance` holds the square of it. */
    unsigned int nr_vcpus;      /**< IN-OUT: entries of `vcpu_to_vnode`. */
    unsigned int nr_vmemranges; /**< IN-OUT: entries of `vmemrange`. */
    /** OUT: distance matrix, `nr_vnodes` x `nr_vnodes`, row by row. */
    union {
        /** The array. */
        XEN_GUEST_HANDLE(uint) h;
        uint64_t pad; /**< Widens the slot to 64 bits. */
    } vdistance;
    /** OUT: node of each vCPU, indexed by vCPU id. */
    union {
        /** The array. */
        XEN_GUEST_HANDLE(uint) h;
        uint64_t pad; /**< Widens the slot to 64 bits. */
    } vcpu_to_vnode;
    /** OUT: memory ranges of all nodes. */
    union {
        /** The array. */
        XEN_GUEST_HANDLE(xen_vmemrange_t) h;
        uint64_t pad; /**< Widens the slot to 64 bits. */
    } vmemrange;
};
typedef struct xen_vnuma_topology_info xen_vnuma_topology_info_t;
DEFINE_XEN_GUEST_HANDLE(xen_vnuma_topology_info_t);
/** @} */

/** @} */

/* The next free operation number is 29. */

#endif /* __XEN_PUBLIC_MEMORY_H__ */
