/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Grant tables: how a domain lets other domains map, copy or take
 *        over its pages.
 *
 * Every domain owns a grant table, an array of entries in pages it shares
 * with the hypervisor. By filling an entry the domain (the granter) names
 * one of its frames and the one domain (the grantee) allowed to use it,
 * read-only or writable. It then hands the entry's index, a grant
 * reference, to the grantee, usually through xenstore or a shared ring.
 * The grantee presents the reference (with the granter's domid) to
 * HYPERVISOR_grant_table_op to map the frame or to copy to or from it;
 * the hypervisor checks the entry and tracks its use. Neither side needs
 * to know machine addresses, so this works between PV, HVM, PVH and Arm
 * guests alike. Split drivers (block, network, console, ...) are built on
 * it.
 *
 * Two entry formats exist. Version 1 (struct grant_entry_v1) is the
 * default and what every guest supports. Version 2 (union grant_entry_v2,
 * from interface 0x0003020a) adds sub-page and transitive grants and
 * frame numbers above 32 bits, and keeps the in-use flags in separate
 * status frames. A domain uses one format for all of its entries; the
 * format of the granter does not matter to the grantee.
 *
 * Names and layouts that older interface versions used are still offered
 * when `__XEN_INTERFACE_VERSION__` asks for such a version: below
 * 0x0003020a, `struct grant_entry_v1` is spelt `struct grant_entry` and the
 * version-2 interface is absent.
 *
 * Stability: stable. Callers: every guest kernel with PV frontends or
 * backends, device models (QEMU's Xen backends), xenstored and
 * xenconsoled, and the toolstack when it prepares the reserved entries of
 * a new domain.
 */
#ifndef __XEN_PUBLIC_GRANT_TABLE_H__
#define __XEN_PUBLIC_GRANT_TABLE_H__
/* Marks this copy as xen-public's: unstable/grant_table.h adds its toolstack part
 * only then (another copy of the header, included first, has its own). */
#define XEN_PUBLIC_GRANT_TABLE_H

#include "xen.h"

/** @defgroup hdr_grant_table_h grant_table.h
 *  @ingroup xen_core */

/** @defgroup grant_table_h_v1 Grant entries, version 1
 *  @ingroup hdr_grant_table_h
 *  The default entry format: 8 bytes per entry, 512 entries per 4 KiB
 *  frame of the table.
 *
 *  Each field is written by one side only: `domid` and `frame` by the
 *  granter (`frame` also by the hypervisor when a transfer completes),
 *  `flags` by both, with atomic operations. The granter follows these
 *  rules so that the hypervisor never sees a half-written entry and never
 *  loses track of a frame in use:
 *
 *  - Publishing an entry: write `domid`, then `frame` (for
 *    GTF_accept_transfer: the frame slot to fill, or 0), then issue a
 *    write barrier (a compiler barrier at least, even on x86), and only
 *    then write `flags` with the entry type.
 *  - Revoking a GTF_permit_access entry that nobody uses: read `flags`;
 *    if neither GTF_reading nor GTF_writing is set, replace that value
 *    with 0 by an atomic compare-and-exchange. If the exchange fails, the
 *    grantee started using the entry in the meantime. No barrier is
 *    needed: reusing the entry depends on the exchange having succeeded.
 *  - An entry that is in use cannot be revoked; the granter waits for the
 *    grantee to unmap it.
 *  - Revoking a GTF_accept_transfer entry: as above, but the condition is
 *    that GTF_transfer_committed is clear. Once the hypervisor has set
 *    GTF_transfer_committed, the granter must leave the entry alone until
 *    GTF_transfer_completed appears as well (spinning on it is fine: it
 *    follows promptly, after `frame` is written).
 *  - Making a writable grant read-only: set GTF_readonly by a
 *    compare-and-exchange that requires GTF_writing to be clear.
 *  - Making a read-only grant writable: clear GTF_readonly with an atomic
 *    bit operation.
 *  @{ */

/** Index of an entry in the grant table of a given domain. */
typedef uint32_t grant_ref_t;

#if __XEN_INTERFACE_VERSION__ < 0x0003020a
/** Interfaces before 0x0003020a: version-1 entries carry the original
 *  name `struct grant_entry`. */
#define grant_entry_v1 grant_entry
/** Interfaces before 0x0003020a: the original name of grant_entry_v1_t. */
#define grant_entry_v1_t grant_entry_t
#endif

/** A version-1 grant entry. */
struct grant_entry_v1 {
    /** IN/OUT: entry type and GTF_* flags, written by the granter and by the
     *  hypervisor. */
    uint16_t flags;
    domid_t  domid; /**< IN: the domain the entry grants rights to. */
    /**
     * IN/OUT: for GTF_permit_access, the granter's frame (GFN) that `domid`
     * may use; for GTF_accept_transfer, the frame slot a transferred page
     * will fill. When a transfer completes into a guest that is not
     * translated, the hypervisor writes the machine frame (MFN) it
     * received here.
     */
    uint32_t frame;
};
typedef struct grant_entry_v1 grant_entry_v1_t;

/** Number of entries at the start of every table that keep their content
 *  when the table changes version, and that the toolstack may fill in
 *  before the domain starts. */
#define GNTTAB_NR_RESERVED_ENTRIES     8
/** Reserved entry granting the console ring page to the console backend. */
#define GNTTAB_RESERVED_CONSOLE        0
/** Reserved entry granting the xenstore ring page to xenstored. */
#define GNTTAB_RESERVED_XENSTORE       1

/** Entry type (bits 0-1 of `flags`): the entry grants nothing. */
#define GTF_invalid         (0U<<0)
/** Entry type: `domid` may map and access `frame`. */
#define GTF_permit_access   (1U<<0)
/** Entry type: `domid` may hand one of its pages over to the granter,
 *  which receives it in `frame`. */
#define GTF_accept_transfer (2U<<0)
/** Entry type (version 2 only): `domid` may use, by copy only, a range of
 *  a grant that another domain made to the granter (see
 *  grant_entry_v2.transitive). */
#define GTF_transitive      (3U<<0)
/** The bits of `flags` that hold the entry type. */
#define GTF_type_mask       (3U<<0)

#define _GTF_readonly       (2)
/** Permit and transitive entries, set by the granter: `domid` may only
 *  read the frame. */
#define GTF_readonly        (1U<<_GTF_readonly)
#define _GTF_reading        (3)
/** Permit and transitive entries, set by the hypervisor: the grantee
 *  currently has the frame mapped or pinned for reading. */
#define GTF_reading         (1U<<_GTF_reading)
#define _GTF_writing        (4)
/** Permit and transitive entries, set by the hypervisor: the grantee
 *  currently has the frame mapped or pinned for writing. */
#define GTF_writing         (1U<<_GTF_writing)
#define _GTF_PWT            (5)
/** Permit entries, set by the granter (x86): the PWT cache attribute
 *  that mappings of the grant use. */
#define GTF_PWT             (1U<<_GTF_PWT)
#define _GTF_PCD            (6)
/** Permit entries, set by the granter (x86): the PCD cache attribute
 *  that mappings of the grant use. */
#define GTF_PCD             (1U<<_GTF_PCD)
#define _GTF_PAT            (7)
/** Permit entries, set by the granter (x86): the PAT cache attribute
 *  that mappings of the grant use. */
#define GTF_PAT             (1U<<_GTF_PAT)
#define _GTF_sub_page       (8)
/** Permit entries (version 2), set by the granter: only the byte range in
 *  grant_entry_v2.sub_page is granted, and the grantee may copy from or to
 *  it but not map it. */
#define GTF_sub_page        (1U<<_GTF_sub_page)

#define _GTF_transfer_committed (2)
/** Transfer entries, set by the hypervisor: a page is on its way; the
 *  granter must not touch the entry until GTF_transfer_completed is set. */
#define GTF_transfer_committed  (1U<<_GTF_transfer_committed)
#define _GTF_transfer_completed (3)
/** Transfer entries, set by the hypervisor after it has written `frame`:
 *  the transfer is done. */
#define GTF_transfer_completed  (1U<<_GTF_transfer_completed)

/** @} */

#if __XEN_INTERFACE_VERSION__ >= 0x0003020a
/** @defgroup grant_table_h_v2 Grant entries, version 2
 *  @ingroup hdr_grant_table_h
 *  The extended entry format (interfaces 0x0003020a and later): 16 bytes
 *  per entry. The GTF_reading and GTF_writing bits of each entry live in a
 *  separate array of #grant_status_t, in status frames the granter maps
 *  with GNTTABOP_get_status_frames (or XENMEM_add_to_physmap). Keeping the
 *  hypervisor's bits apart lets the granter revoke an entry with plain
 *  stores and a barrier instead of a compare-and-exchange: it clears
 *  `flags`, issues a full memory barrier, then reads the entry's status;
 *  if GTF_reading or GTF_writing shows there, the grantee still uses the
 *  frame and the granter must not reuse it yet.
 *  @{ */

/** The first four bytes of every entry, laid out as in version 1. */
struct grant_entry_header {
    uint16_t flags; /**< IN: entry type and the granter's GTF_* flags. */
    domid_t  domid; /**< IN: the domain the entry grants rights to. */
};
typedef struct grant_entry_header grant_entry_header_t;

/** A version-2 grant entry; `hdr.flags` says which member applies. */
union grant_entry_v2 {
    grant_entry_header_t hdr; /**< IN: the common header, valid for every kind of entry. */

    /** A whole frame: GTF_accept_transfer, or GTF_permit_access without
     *  GTF_sub_page. `frame` means what it does in version 1. */
    struct {
        grant_entry_header_t hdr; /**< IN: the common header. */
        uint32_t pad0;            /**< Reserved: write zero. */
        uint64_t frame;           /**< IN/OUT: the frame, 64 bits wide. */
    } full_page;

    /** Part of a frame: GTF_permit_access with GTF_sub_page. The grantee
     *  may copy within bytes [`page_off`, `page_off` + `length`). */
    struct {
        grant_entry_header_t hdr; /**< IN: the common header. */
        uint16_t page_off;        /**< IN: first granted byte within the frame. */
        uint16_t length;          /**< IN: number of granted bytes. */
        uint64_t frame;           /**< IN: the frame. */
    } sub_page;

    /** A grant of a grant: GTF_transitive. The grantee may use grant
     *  `gref` of domain `trans_domid` as if the granter were using it; the
     *  rights cannot exceed that original grant, and the frame can only be
     *  copied, never mapped. */
    struct {
        grant_entry_header_t hdr; /**< IN: the common header. */
        /** IN: the domain that made the original grant to the granter. */
        domid_t trans_domid;
        uint16_t pad0;            /**< Reserved: write zero. */
        grant_ref_t gref;         /**< IN: the original grant, in `trans_domid`'s table. */
    } transitive;

    uint32_t __spacer[4]; /**< Fixes the entry size at 16 bytes, a power of two. */
};
typedef union grant_entry_v2 grant_entry_v2_t;

/** An entry of the version-2 status frames: the GTF_reading and
 *  GTF_writing bits of the grant entry with the same index (OUT, written
 *  by the hypervisor). */
typedef uint16_t grant_status_t;

/** @} */
#endif /* __XEN_INTERFACE_VERSION__ >= 0x0003020a */

/** @defgroup grant_table_h_op HYPERVISOR_grant_table_op
 *  @ingroup hdr_grant_table_h
 *  Grant-table operations.
 *
 *  `long HYPERVISOR_grant_table_op(unsigned int cmd, void *args,
 *  unsigned int count)`: `cmd` is one of the GNTTABOP_* numbers below and
 *  `args` points at an array of `count` structures of the type that
 *  operation takes. Batched operations report a result per element in its
 *  `status` field (a GNTST_* code, see @ref grant_table_h_status), so the
 *  call itself returns 0 even when elements fail; a long batch may be
 *  continued transparently. The negative error codes are reserved for
 *  problems with the call as a whole. Every operation enters Xen through
 *  do_grant_table_op() in xen/common/grant_table.c. Errors of every operation:
 *
 *  - -XEN_EFAULT: `args` (or a buffer it points to) cannot be read or
 *    written.
 *  - -XEN_EINVAL: `count` does not fit a signed int, an operation that
 *    takes exactly one element got another count, or bits above the
 *    command number are set in `cmd` (GNTTABOP_cache_flush excepted: it
 *    keeps its progress there).
 *  - -XEN_ENOSYS: unknown `cmd`, or an operation this hypervisor does not
 *    provide. On x86, an HVM or PVH caller reaches only map_grant_ref,
 *    unmap_grant_ref, setup_table, copy, query_size, set_version,
 *    get_version and swap_grant_ref; hvm_grant_table_op() fails the
 *    others with -XEN_ENOSYS.
 *
 *  Operations 8 and above exist from interface 0x0003020a.
 *  @{ */

/** Tracks one mapping made with GNTTABOP_map_grant_ref; the caller hands
 *  it back to undo that mapping. */
typedef uint32_t grant_handle_t;

/**
 * @name GNTTABOP_map_grant_ref
 * Map a frame that another domain granted to the caller.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 0 |
 * | Caller         | any domain granted the frame; XSM: xsm_grant_mapref(), XSM_HOOK |
 * | Argument       | array of `count` struct gnttab_map_grant_ref |
 * | Returns        | 0; each element's `status` holds its GNTST_* result |
 * | Errors         | listed below |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | map_grant_ref() in xen/common/grant_table.c |
 *
 * Errors, per element:
 * - GNTST_bad_gntref: neither GNTMAP_host_map nor GNTMAP_device_map was
 *   asked.
 * - GNTST_general_error: a translated caller (HVM, PVH, Arm) asked for a
 *   device, application or PTE mapping.
 * - GNTST_bad_domain: `dom` does not exist.
 * - GNTST_permission_denied: refused by the security policy
 *   (xsm_grant_mapref(); the default policy allows every mapping).
 * - GNTST_no_space: the caller's table of mappings is full.
 * - GNTST_bad_gntref: the reference is beyond the granter's table.
 * - GNTST_eagain: the frame is paged out; retry.
 * - GNTST_bad_page: the granted frame is not usable memory of the granter.
 * - GNTST_general_error: anything else: the entry does not grant this
 *   access to the caller, the mapping could not be installed at
 *   `host_addr`, the frame could not be pinned, or the IOMMU mapping
 *   failed.
 *
 * What `host_addr` means depends on the caller. A PV guest gives the
 * virtual address to map at or, with GNTMAP_contains_pte, the machine
 * address of the page-table entry to write. A translated guest (HVM, PVH,
 * Arm) gives the guest physical address at which the frame appears in its
 * own address space. Mappings must be removed with
 * GNTTABOP_unmap_grant_ref (or GNTTABOP_unmap_and_replace): a mapping
 * torn down by other means is not guaranteed to be accounted to its grant.
 * @{ */
#define GNTTABOP_map_grant_ref        0

#define _GNTMAP_device_map      (0)
/** Map for access by I/O devices; `dev_bus_addr` returns the address a
 *  device uses (not available to translated guests). */
#define GNTMAP_device_map       (1<<_GNTMAP_device_map)
#define _GNTMAP_host_map        (1)
/** Map for access by the caller's CPUs, at `host_addr`. */
#define GNTMAP_host_map         (1<<_GNTMAP_host_map)
#define _GNTMAP_readonly        (2)
/** Map read-only; required when the grant itself is read-only. */
#define GNTMAP_readonly         (1<<_GNTMAP_readonly)
#define _GNTMAP_application_map (3)
/** With GNTMAP_host_map (PV): user space may use the mapping too; without
 *  it only the guest kernel can. */
#define GNTMAP_application_map  (1<<_GNTMAP_application_map)
#define _GNTMAP_contains_pte    (4)
/** With GNTMAP_host_map (PV): `host_addr` is the machine address of the
 *  page-table entry to fill; without it, it is a virtual address. */
#define GNTMAP_contains_pte     (1<<_GNTMAP_contains_pte)
/** First bit of the `flags` field that is copied into the PTE bits left
 *  to the guest kernel's own use (see GNTMAP_guest_avail_mask). */
#define _GNTMAP_guest_avail0    (16)
/** Bits 16-31 of `flags`: values the hypervisor places in the available
 *  (software) bits of the PTE it writes, an x86 PV facility present when
 *  XENFEAT_gnttab_map_avail_bits is set. */
#define GNTMAP_guest_avail_mask ((uint32_t)~0 << _GNTMAP_guest_avail0)

/** One element of GNTTABOP_map_grant_ref. */
struct gnttab_map_grant_ref {
    /** IN: where to map (virtual address, PTE address or guest physical
     *  address, see above); used with GNTMAP_host_map. */
    uint64_t host_addr;
    uint32_t flags;          /**< IN: GNTMAP_* flags. */
    grant_ref_t ref;         /**< IN: the grant reference in `dom`'s table. */
    domid_t  dom;            /**< IN: the granting domain. */
    int16_t  status;         /**< OUT: GNTST_* result. */
    grant_handle_t handle;   /**< OUT: tracking handle of the new mapping, for unmapping. */
    /** OUT: with GNTMAP_device_map, the bus address devices use for the
     *  frame. */
    uint64_t dev_bus_addr;
};
typedef struct gnttab_map_grant_ref gnttab_map_grant_ref_t;
DEFINE_XEN_GUEST_HANDLE(gnttab_map_grant_ref_t);
/** @} */

/**
 * @name GNTTABOP_unmap_grant_ref
 * Remove mappings made by GNTTABOP_map_grant_ref.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 1 |
 * | Caller         | the domain that made the mappings; XSM: xsm_grant_unmapref(), XSM_HOOK |
 * | Argument       | array of `count` struct gnttab_unmap_grant_ref |
 * | Returns        | 0; each element's `status` holds its GNTST_* result |
 * | Errors         | listed below |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | unmap_common() in xen/common/grant_table.c |
 *
 * Errors, per element:
 * - GNTST_bad_handle: `handle` does not track a live mapping.
 * - GNTST_permission_denied: refused by the security policy
 *   (xsm_grant_unmapref(); the default policy allows it).
 * - GNTST_bad_dev_addr: `dev_bus_addr` is not that of the mapping.
 * - GNTST_general_error: anything else, e.g. the page-table entry at
 *   `host_addr` could not be cleared, or the IOMMU mapping not removed.
 *
 * Results are undefined when an address does not match the handle. When
 * the call returns, no TLB of a CPU or IOMMU still holds a translation to
 * any frame the batch unmapped. If the domain that granted the frame no
 * longer exists, unmap_common() crashes the caller instead of giving a
 * status.
 * @{ */
#define GNTTABOP_unmap_grant_ref      1

/** One element of GNTTABOP_unmap_grant_ref. */
struct gnttab_unmap_grant_ref {
    /** IN: the `host_addr` of the CPU mapping to remove, or 0 to leave it. */
    uint64_t host_addr;
    /** IN: the `dev_bus_addr` of the device mapping to remove, or 0 to leave
     *  it. */
    uint64_t dev_bus_addr;
    grant_handle_t handle; /**< IN: the handle GNTTABOP_map_grant_ref returned. */
    int16_t  status;       /**< OUT: GNTST_* result. */
};
typedef struct gnttab_unmap_grant_ref gnttab_unmap_grant_ref_t;
DEFINE_XEN_GUEST_HANDLE(gnttab_unmap_grant_ref_t);
/** @} */

/**
 * @name GNTTABOP_setup_table
 * Make a domain's grant table at least `nr_frames` frames large and
 * return the numbers of its first `nr_frames` frames, so the caller can
 * map them (a PV guest maps its own table this way; translated guests
 * normally use XENMEM_add_to_physmap with XENMAPSPACE_grant_table).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 2 |
 * | Caller         | any domain for itself; the control domain, or the device model of `dom` |
 * | Argument       | one struct gnttab_setup_table (`count` must be 1) |
 * | Returns        | 0; `status` holds the GNTST_* result |
 * | Errors         | listed below |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | gnttab_setup_table() in xen/common/grant_table.c |
 *
 * Who may act on another domain is decided by xsm_grant_setup()
 * (XSM_TARGET under the default policy).
 *
 * Errors:
 * - -XEN_EINVAL: `count` is not 1.
 * - -XEN_EFAULT: the argument or `frame_list` is not accessible.
 * - GNTST_bad_domain: `dom` does not exist.
 * - GNTST_permission_denied: the caller may not act for `dom`.
 * - GNTST_general_error: more frames than the domain may have, or the
 *   table could not grow.
 * - GNTST_bad_virt_addr: `frame_list` could not be written.
 * @{ */
#define GNTTABOP_setup_table          2

/** Argument of GNTTABOP_setup_table. */
struct gnttab_setup_table {
    domid_t  dom;       /**< IN: the domain whose table to set up, or DOMID_SELF. */
    uint32_t nr_frames; /**< IN: the number of frames wanted (and of slots in `frame_list`). */
    int16_t  status;    /**< OUT: GNTST_* result. */
#if __XEN_INTERFACE_VERSION__ < 0x00040300
    /** OUT: receives the frame numbers (interfaces before 0x00040300: an
     *  `unsigned long` array). */
    XEN_GUEST_HANDLE(ulong) frame_list;
#else
    /** OUT: receives the frame numbers: machine frames for a PV domain, guest
     *  frames for a translated one. */
    XEN_GUEST_HANDLE(xen_pfn_t) frame_list;
#endif
};
typedef struct gnttab_setup_table gnttab_setup_table_t;
DEFINE_XEN_GUEST_HANDLE(gnttab_setup_table_t);
/** @} */

/**
 * @name GNTTABOP_dump_table
 * Formerly printed a domain's grant table on the hypervisor console for
 * debugging. Xen 4.22 no longer implements it: the call fails with
 * -XEN_ENOSYS.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 3 |
 * | Caller         | debugging tools (historically) |
 * | Argument       | struct gnttab_dump_table |
 * | Returns        | never succeeds on current hypervisors |
 * | Errors         | -XEN_ENOSYS |
 * | Since          | Xen 3.0.0 |
 * | Implemented by | nothing in Xen 4.22.0; do_grant_table_op() gives -XEN_ENOSYS |
 * @{ */
#define GNTTABOP_dump_table           3

/** Argument of GNTTABOP_dump_table. */
struct gnttab_dump_table {
    domid_t dom;    /**< IN: the domain whose table to print, or DOMID_SELF. */
    int16_t status; /**< OUT: GNTST_* result. */
};
typedef struct gnttab_dump_table gnttab_dump_table_t;
DEFINE_XEN_GUEST_HANDLE(gnttab_dump_table_t);
/** @} */

/**
 * @name GNTTABOP_transfer
 * Give one of the caller's pages to another domain, which offered a
 * GTF_accept_transfer entry for it.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 4 |
 * | Caller         | PV guests (old network backends); XSM: xsm_grant_transfer(), XSM_HOOK |
 * | Argument       | array of `count` struct gnttab_transfer |
 * | Returns        | 0; each element's `status` holds its GNTST_* result |
 * | Errors         | listed below |
 * | Architectures  | x86 with PV support; elsewhere -XEN_EOPNOTSUPP |
 * | Since          | Xen 3.0.0 |
 * | Implemented by | gnttab_transfer() in xen/common/grant_table.c |
 *
 * Errors:
 * - -XEN_ENOSYS: the caller is an x86 HVM or PVH guest.
 * - -XEN_EOPNOTSUPP: transfers are disabled (`gnttab=no-transfer`, or a
 *   hypervisor without PV support).
 * - Per element, GNTST_bad_page: `mfn` is not a valid frame of the caller,
 *   or the page cannot be given away (not the caller's, a special page,
 *   or referenced elsewhere); the caller keeps it.
 * - Per element, GNTST_general_error: steal_page() refused for another
 *   reason (a translated caller; Xen's own mappings of the page could not
 *   be cleaned up); the caller keeps the page.
 * - Per element, GNTST_general_error: the page could not be removed from
 *   the caller's physical map.
 * - Per element, GNTST_bad_domain: the receiver does not exist.
 * - Per element, GNTST_permission_denied: refused by the security policy
 *   (xsm_grant_transfer(); the default policy allows it).
 * - Per element, GNTST_address_too_big: the receiver cannot address the
 *   page and no replacement could be found.
 * - Per element, GNTST_general_error: anything else, among it a receiver
 *   that is dying, has no room under its memory limit, or has no
 *   GTF_accept_transfer entry at `ref`.
 *
 * Except for the two cases above where the caller keeps the page, the
 * caller loses the page whatever the outcome.
 * @{ */
#define GNTTABOP_transfer             4

/** One element of GNTTABOP_transfer. */
struct gnttab_transfer {
    xen_pfn_t     mfn;    /**< IN: the caller's frame to give away. */
    domid_t       domid;  /**< IN: the receiving domain. */
    grant_ref_t   ref;    /**< IN: the receiver's GTF_accept_transfer entry. */
    int16_t       status; /**< OUT: GNTST_* result. */
};
typedef struct gnttab_transfer gnttab_transfer_t;
DEFINE_XEN_GUEST_HANDLE(gnttab_transfer_t);
/** @} */

/**
 * @name GNTTABOP_copy
 * Let the hypervisor copy bytes between two frames, each named either by
 * a frame of the caller or by a grant made to the caller. Backends use it
 * to move data without mapping guest pages; with grants on both sides a
 * third domain can copy between two others. An element with `len` 0 does
 * nothing and succeeds.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 5 |
 * | Caller         | any domain; XSM: xsm_grant_copy(), XSM_HOOK |
 * | Argument       | array of `count` struct gnttab_copy |
 * | Returns        | 0; each element's `status` holds its GNTST_* result |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | gnttab_copy_one() in xen/common/grant_table.c |
 *
 * Errors, per element:
 * - GNTST_permission_denied: a side names a frame by number with a `domid`
 *   other than DOMID_SELF, or the security policy refuses the copy
 *   (xsm_grant_copy(); the default policy allows it).
 * - GNTST_bad_domain: a `domid` does not exist.
 * - GNTST_bad_gntref: a reference is beyond the granter's table.
 * - GNTST_eagain: a frame is paged out; retry.
 * - GNTST_bad_page: a frame is not usable memory of its owner.
 * - GNTST_bad_copy_arg: offset plus length crosses the end of a page
 *   (checked once both frames are obtained).
 * - GNTST_general_error: anything else, e.g. a grant that does not allow
 *   this access, or a sub-page grant the range leaves.
 * @{ */
#define GNTTABOP_copy                 5

#define _GNTCOPY_source_gref      (0)
/** `source` names a grant (`u.ref` in `source.domid`'s table) rather than
 *  a frame of the caller. */
#define GNTCOPY_source_gref       (1<<_GNTCOPY_source_gref)
#define _GNTCOPY_dest_gref        (1)
/** `dest` names a grant (`u.ref` in `dest.domid`'s table) rather than a
 *  frame of the caller. */
#define GNTCOPY_dest_gref         (1<<_GNTCOPY_dest_gref)

/** One side of a copy. */
struct gnttab_copy_ptr {
    /** IN: the frame, by grant or by number, as the GNTCOPY_* flags say. */
    union {
        grant_ref_t ref;  /**< IN: a grant made to the caller. */
        xen_pfn_t   gmfn; /**< IN: a frame of the caller (then `domid` must be DOMID_SELF). */
    } u;
    domid_t  domid;  /**< IN: the domain owning the grant, or DOMID_SELF. */
    uint16_t offset; /**< IN: byte offset within the frame. */
};

/** One element of GNTTABOP_copy. */
struct gnttab_copy {
    struct gnttab_copy_ptr source; /**< IN: where to read. */
    struct gnttab_copy_ptr dest;   /**< IN: where to write. */
    uint16_t      len;    /**< IN: number of bytes; neither range may cross the end of its page. */
    uint16_t      flags;  /**< IN: GNTCOPY_* flags. */
    int16_t       status; /**< OUT: GNTST_* result. */
};
typedef struct gnttab_copy  gnttab_copy_t;
DEFINE_XEN_GUEST_HANDLE(gnttab_copy_t);
/** @} */

/**
 * @name GNTTABOP_query_size
 * Report how many frames a domain's grant table has now and may grow to.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 6 |
 * | Caller         | any domain for itself; the control domain, or the device model of `dom` |
 * | Argument       | one struct gnttab_query_size (`count` must be 1) |
 * | Returns        | 0; `status` holds the GNTST_* result |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | gnttab_query_size() in xen/common/grant_table.c |
 *
 * Who may ask about another domain is decided by xsm_grant_query_size()
 * (XSM_TARGET under the default policy).
 *
 * Errors:
 * - -XEN_EINVAL: `count` is not 1.
 * - -XEN_EFAULT: the argument cannot be read or written.
 * - GNTST_bad_domain: `dom` does not exist.
 * - GNTST_permission_denied: the caller may not inspect `dom`.
 * @{ */
#define GNTTABOP_query_size           6

/** Argument of GNTTABOP_query_size. */
struct gnttab_query_size {
    domid_t  dom;           /**< IN: the domain to query, or DOMID_SELF. */
    uint32_t nr_frames;     /**< OUT: current size of the table, in frames. */
    uint32_t max_nr_frames; /**< OUT: largest size the table may reach, in frames. */
    int16_t  status;        /**< OUT: GNTST_* result. */
};
typedef struct gnttab_query_size gnttab_query_size_t;
DEFINE_XEN_GUEST_HANDLE(gnttab_query_size_t);
/** @} */

/**
 * @name GNTTABOP_unmap_and_replace
 * Remove a host mapping made by GNTTABOP_map_grant_ref and, in the same
 * step, put into its page-table entry the entry currently found at
 * `new_addr`; the entry at `new_addr` is then cleared. A PV kernel uses
 * it to swap a granted page for a local one without a window in which
 * the address is unmapped.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 7 |
 * | Caller         | x86 PV guests; XSM: xsm_grant_unmapref(), XSM_HOOK |
 * | Argument       | array of `count` struct gnttab_unmap_and_replace |
 * | Returns        | 0; each element's `status` holds its GNTST_* result |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | unmap_common() in xen/common/grant_table.c, replace_grant_host_mapping() |
 *
 * Errors:
 * - -XEN_ENOSYS: the caller is an x86 HVM or PVH guest.
 * - Per element, those of GNTTABOP_unmap_grant_ref.
 * - Per element, GNTST_general_error: a non-zero `new_addr` on Arm, where
 *   no caller can replace.
 *
 * Results are undefined when `host_addr` does not match the handle. As
 * with GNTTABOP_unmap_grant_ref, no stale translation survives the call.
 * @{ */
#define GNTTABOP_unmap_and_replace    7

/** One element of GNTTABOP_unmap_and_replace. */
struct gnttab_unmap_and_replace {
    uint64_t host_addr;    /**< IN: the virtual address of the grant mapping to remove. */
    /** IN: virtual address whose mapping moves to `host_addr`; it is unmapped
     *  afterwards. */
    uint64_t new_addr;
    grant_handle_t handle; /**< IN: the handle GNTTABOP_map_grant_ref returned. */
    int16_t  status;       /**< OUT: GNTST_* result. */
};
typedef struct gnttab_unmap_and_replace gnttab_unmap_and_replace_t;
DEFINE_XEN_GUEST_HANDLE(gnttab_unmap_and_replace_t);
/** @} */

#if __XEN_INTERFACE_VERSION__ >= 0x0003020a

/**
 * @name GNTTABOP_set_version
 * Switch the caller's grant table to entry format 1 or 2. Only possible
 * while no entry beyond the reserved ones is in use; the reserved entries
 * are converted. Asking for the format already in effect does nothing.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 8 |
 * | Caller         | any domain, for its own table (no XSM hook) |
 * | Argument       | struct gnttab_set_version |
 * | Returns        | 0; `version` holds the format in effect (also on failure) |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | gnttab_set_version() in xen/common/grant_table.c |
 *
 * Errors:
 * - -XEN_EFAULT: the argument cannot be read, or written back.
 * - -XEN_EINVAL: `version` is neither 1 nor 2.
 * - -XEN_ENOSYS: `version` is 2 and the domain may only use version 1. That
 *   limit is what the toolstack chose when it created the domain; Xen
 *   refuses to create a domain whose limit is above the `gnttab=max-ver:`
 *   option, whose default is 2 on x86 and 1 on Arm (an Arm host booted
 *   with `gnttab=max-ver:2` may allow version 2).
 * - -XEN_EBUSY: an entry beyond the reserved ones is in use.
 * - -XEN_ENOMEM: switching to 2, the status frames could not be allocated.
 * - -XEN_EAGAIN: switching to 1 while version-2 operations are still in
 *   flight; try again.
 * - -XEN_ERANGE: switching to 1 while a reserved entry holds a frame number
 *   or a transitive grant that version 1 cannot express.
 * - -XEN_EBUSY: switching to 1 while a status frame is still referenced
 *   (e.g. mapped); for a translated caller Xen also crashes the domain.
 * @{ */
#define GNTTABOP_set_version          8

/** Argument of GNTTABOP_set_version. */
struct gnttab_set_version {
    uint32_t version; /**< IN: the format wanted (1 or 2); OUT: the format in effect. */
};
typedef struct gnttab_set_version gnttab_set_version_t;
DEFINE_XEN_GUEST_HANDLE(gnttab_set_version_t);
/** @} */

/**
 * @name GNTTABOP_get_status_frames
 * Return the numbers of the status frames of a domain using format 2, so
 * the caller can map them.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 9 |
 * | Caller         | any domain for itself; the control domain, or the device model of `dom` |
 * | Argument       | one struct gnttab_get_status_frames (`count` must be 1) |
 * | Returns        | 0; `status` holds the GNTST_* result |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | gnttab_get_status_frames() in xen/common/grant_table.c |
 *
 * Who may ask about another domain is decided by xsm_grant_setup()
 * (XSM_TARGET under the default policy).
 *
 * Errors:
 * - -XEN_ENOSYS: the caller is an x86 HVM or PVH guest (such a guest maps
 *   its status frames with XENMEM_add_to_physmap instead).
 * - -XEN_EINVAL: `count` is not 1.
 * - -XEN_EFAULT: the argument or `frame_list` is not accessible.
 * - GNTST_bad_domain: `dom` does not exist.
 * - GNTST_permission_denied: the caller may not act for `dom`.
 * - GNTST_general_error: `nr_frames` exceeds the status frames that exist
 *   (none while the table uses format 1).
 * - GNTST_bad_virt_addr: `frame_list` could not be written.
 * @{ */
#define GNTTABOP_get_status_frames    9

/** Argument of GNTTABOP_get_status_frames. */
struct gnttab_get_status_frames {
    /** IN: number of slots in `frame_list`; at most as many frames as exist
     *  are reported. */
    uint32_t nr_frames;
    domid_t  dom;       /**< IN: the domain to query, or DOMID_SELF. */
    int16_t  status;    /**< OUT: GNTST_* result. */
    /** OUT: receives the frame numbers of the status frames. */
    XEN_GUEST_HANDLE(uint64_t) frame_list;
};
typedef struct gnttab_get_status_frames gnttab_get_status_frames_t;
DEFINE_XEN_GUEST_HANDLE(gnttab_get_status_frames_t);
/** @} */

/**
 * @name GNTTABOP_get_version
 * Report the entry format a domain's grant table uses.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 10 |
 * | Caller         | any domain for itself; the control domain, or the device model of `dom` |
 * | Argument       | struct gnttab_get_version |
 * | Returns        | 0; `version` holds the format in use |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | gnttab_get_version() in xen/common/grant_table.c |
 *
 * Who may ask about another domain is decided by xsm_grant_query_size()
 * (XSM_TARGET under the default policy).
 *
 * Errors:
 * - -XEN_EFAULT: the argument cannot be read or written.
 * - -XEN_ESRCH: `dom` does not exist.
 * - -XEN_EPERM: the caller may not inspect `dom` (another policy may give
 *   another error, e.g. -XEN_EACCES).
 * @{ */
#define GNTTABOP_get_version          10

/** Argument of GNTTABOP_get_version. */
struct gnttab_get_version {
    domid_t dom;      /**< IN: the domain to query, or DOMID_SELF. */
    uint16_t pad;     /**< Reserved: write zero. */
    uint32_t version; /**< OUT: the entry format in use. */
};
typedef struct gnttab_get_version gnttab_get_version_t;
DEFINE_XEN_GUEST_HANDLE(gnttab_get_version_t);
/** @} */

/**
 * @name GNTTABOP_swap_grant_ref
 * Exchange the contents of two entries of the caller's own table, so that
 * a reference already handed out can be redirected to another frame.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 11 |
 * | Caller         | any domain, for its own table |
 * | Argument       | array of `count` struct gnttab_swap_grant_ref |
 * | Returns        | 0; each element's `status` holds its GNTST_* result |
 * | Errors         | listed below |
 * | Since          | Xen 4.2.0 |
 * | Implemented by | swap_grant_ref() in xen/common/grant_table.c |
 *
 * Errors, per element:
 * - GNTST_bad_gntref: a reference is beyond the table.
 * - GNTST_eagain: an entry is in use; retry later.
 *
 * Swapping an entry with itself succeeds and changes nothing.
 * @{ */
#define GNTTABOP_swap_grant_ref       11

/** One element of GNTTABOP_swap_grant_ref. */
struct gnttab_swap_grant_ref {
    grant_ref_t ref_a; /**< IN: the first entry. */
    grant_ref_t ref_b; /**< IN: the second entry. */
    int16_t status;    /**< OUT: GNTST_* result. */
};
typedef struct gnttab_swap_grant_ref gnttab_swap_grant_ref_t;
DEFINE_XEN_GUEST_HANDLE(gnttab_swap_grant_ref_t);
/** @} */

/**
 * @name GNTTABOP_cache_flush
 * Clean and/or invalidate the data cache over part of a page that the
 * caller owns, or that another domain granted to it and the caller has
 * mapped. Needed on Arm, where a backend and a device doing DMA may not
 * share a coherent view of memory.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 12 |
 * | Caller         | any domain, on its own pages and those it has mapped (no XSM hook) |
 * | Argument       | array of `count` struct gnttab_cache_flush |
 * | Returns        | 0 once every element is done (elements carry no status) |
 * | Errors         | listed below |
 * | Architectures  | Arm (CONFIG_HAS_GRANT_CACHE_FLUSH); elsewhere -XEN_ENOSYS |
 * | Since          | Xen 4.5.0 |
 * | Implemented by | _cache_flush() in xen/common/grant_table.c |
 *
 * Errors (the first failing element ends the call; those before it are
 * done):
 * - -XEN_EFAULT: the array cannot be read.
 * - -XEN_EINVAL: the range leaves the page.
 * - -XEN_EINVAL: `op` has a bit other than GNTTAB_CACHE_CLEAN and
 *   GNTTAB_CACHE_INVAL (GNTTAB_CACHE_SOURCE_GREF included: it is not
 *   implemented).
 * - -XEN_EINVAL: `a.dev_bus_addr` is not the address of a valid frame.
 * - -XEN_EPERM: the frame has no owner, or its owner has no grant table.
 * - -XEN_EINVAL: the frame belongs to another domain and is not mapped by
 *   the caller through a grant of that domain.
 *
 * An element with `length` or `op` 0 does nothing and succeeds.
 * @{ */
#define GNTTABOP_cache_flush          12

/** In `op`: write dirty cache lines back to memory. */
#define GNTTAB_CACHE_CLEAN          (1u<<0)
/** In `op`: discard the cached copies of the range. */
#define GNTTAB_CACHE_INVAL          (1u<<1)
/** In `op`: `a.ref` names the page by grant reference instead of by
 *  address. Reserved: the hypervisor rejects it. */
#define GNTTAB_CACHE_SOURCE_GREF    (1u<<31)

/** One element of GNTTABOP_cache_flush. */
struct gnttab_cache_flush {
    /** IN: the page, by address (the usual form) or by grant reference. */
    union {
        /** IN: address of the page, as returned in
         *  gnttab_map_grant_ref.dev_bus_addr (or the page's own machine
         *  address). */
        uint64_t dev_bus_addr;
        grant_ref_t ref;       /**< IN: grant reference, with GNTTAB_CACHE_SOURCE_GREF. */
    } a;
    uint16_t offset; /**< IN: byte offset of the range within the page. */
    uint16_t length; /**< IN: length of the range in bytes; 0 makes the element a no-op. */
    uint32_t op;     /**< IN: GNTTAB_CACHE_* operations to apply. */
};
typedef struct gnttab_cache_flush gnttab_cache_flush_t;
DEFINE_XEN_GUEST_HANDLE(gnttab_cache_flush_t);
/** @} */

#endif /* __XEN_INTERFACE_VERSION__ >= 0x0003020a */

/** @} */

/** @defgroup grant_table_h_status Per-element status codes
 *  @ingroup hdr_grant_table_h
 *  The values of the `status` field of the grant-table operations. Zero
 *  is success; every failure is negative.
 *  @{ */

#define GNTST_okay             (0)   /**< Done. */
#define GNTST_general_error    (-1)  /**< A failure with no more specific code. */
#define GNTST_bad_domain       (-2)  /**< The domain named does not exist. */
/** The grant reference is out of range or unsuitable for the operation. */
#define GNTST_bad_gntref       (-3)
#define GNTST_bad_handle       (-4)  /**< The mapping handle is unknown or unsuitable. */
#define GNTST_bad_virt_addr    (-5)  /**< A host address or a frame-list buffer cannot be used. */
#define GNTST_bad_dev_addr     (-6)  /**< The device address does not match the mapping. */
#define GNTST_no_device_space  (-7)  /**< The IOMMU has no room for the mapping. */
/** The caller lacks the right (grant flags, privilege or security policy). */
#define GNTST_permission_denied (-8)
#define GNTST_bad_page         (-9)  /**< The page cannot be used for the operation. */
#define GNTST_bad_copy_arg    (-10)  /**< A copy range crosses the end of its page. */
/** The receiving domain cannot address the transferred page. */
#define GNTST_address_too_big (-11)
#define GNTST_eagain          (-12)  /**< Nothing done yet (e.g. the page is paged out); retry. */
#define GNTST_no_space        (-13)  /**< Out of tracking space (e.g. mapping handles). */

/**
 * Brace initializer of an array of message strings, indexed by the
 * negated GNTST_* code: `static const char *const msgs[] =
 * GNTTABOP_error_msgs;` then `msgs[-status]`.
 */
#define GNTTABOP_error_msgs {                   \
    "okay",                                     \
    "undefined error",                          \
    "unrecognised domain id",                   \
    "invalid grant reference",                  \
    "invalid mapping handle",                   \
    "invalid virtual address",                  \
    "invalid device address",                   \
    "no spare translation slot in the I/O MMU", \
    "permission denied",                        \
    "bad page",                                 \
    "copy arguments cross page boundary",       \
    "page address size too large",              \
    "operation not done; try again",            \
    "out of space",                             \
}

/** @} */

#endif /* __XEN_PUBLIC_GRANT_TABLE_H__ */
