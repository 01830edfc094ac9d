/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief HYPERVISOR_tmem_op: the former transcendent-memory interface.
 *
 * Transcendent memory let guests put clean pages they could recreate
 * (ephemeral pools, a second-chance page cache) or pages they would
 * otherwise swap (persistent pools) into memory that Xen managed, keyed by
 * pool, object id and page index, and read them back later if Xen still
 * had them. Xen 4.13 removed it: `__HYPERVISOR_tmem_op` now fails with
 * -XEN_ENOSYS.
 *
 * Accordingly, this header defines nothing for interface version
 * 0x00041300 and later. Older interface versions still get the
 * definitions, so that code written against them keeps building.
 *
 * Stability: stable (withdrawn; frozen). Callers: none current (formerly
 * Linux's tmem frontend and the toolstack's tmem management).
 */
#ifndef __XEN_PUBLIC_TMEM_H__
#define __XEN_PUBLIC_TMEM_H__
/* Marks this copy as xen-public's: unstable/tmem.h adds its toolstack part
 * only then (another copy of the header, included first, has its own). */
#define XEN_PUBLIC_TMEM_H

#include "xen.h"

#if __XEN_INTERFACE_VERSION__ < 0x00041300

/** @defgroup hdr_tmem_h tmem.h
 *  @ingroup xen_core */

/** @defgroup tmem_h_op Transcendent memory (interfaces before 0x00041300)
 *  @ingroup hdr_tmem_h
 *  The commands are the values of `cmd` in struct tmem_op. Xen 4.22.0 has
 *  no handler for HYPERVISOR_tmem_op (xen/include/hypercall-defs.c lists
 *  it for no kind of guest), so the generated hypercall dispatch answers
 *  every command, from every caller, with -XEN_ENOSYS; Xen 4.12.0 was the
 *  last release with the tmem code. Each block says what its command was
 *  for.
 *  @{ */

/** Version of the tmem protocol, stored in the TMEM_POOL_VERSION_ bits of
 *  a new pool's flags. */
#define TMEM_SPEC_VERSION          1

/**
 * @name TMEM_NEW_POOL
 * Formerly: create a pool; the result was its id.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 1 |
 * | Caller         | none: Xen 4.22.0 has no tmem handler |
 * | Argument       | struct tmem_op, `u.creat` |
 * | Returns        | never succeeds on Xen 4.22.0 |
 * | Errors         | -XEN_ENOSYS from every caller (see the overview) |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | nothing in Xen 4.22.0; the hypercall returns -XEN_ENOSYS |
 * @{ */
#define TMEM_NEW_POOL              1
/** @} */

/**
 * @name TMEM_DESTROY_POOL
 * Formerly: destroy pool `pool_id` and everything in it.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 2 |
 * | Caller         | none: Xen 4.22.0 has no tmem handler |
 * | Argument       | struct tmem_op |
 * | Returns        | never succeeds on Xen 4.22.0 |
 * | Errors         | -XEN_ENOSYS from every caller (see the overview) |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | nothing in Xen 4.22.0; the hypercall returns -XEN_ENOSYS |
 * @{ */
#define TMEM_DESTROY_POOL          2
/** @} */

/**
 * @name TMEM_PUT_PAGE, TMEM_GET_PAGE
 * Formerly: copy the frame `u.gen.cmfn` into the pool under (oid, index),
 * or the page stored there back into that frame.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 4, 5 |
 * | Caller         | none: Xen 4.22.0 has no tmem handler |
 * | Argument       | struct tmem_op, `u.gen` |
 * | Returns        | never succeeds on Xen 4.22.0 |
 * | Errors         | -XEN_ENOSYS from every caller (see the overview) |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | nothing in Xen 4.22.0; the hypercall returns -XEN_ENOSYS |
 * @{ */
#define TMEM_PUT_PAGE              4
#define TMEM_GET_PAGE              5
/** @} */

/**
 * @name TMEM_FLUSH_PAGE, TMEM_FLUSH_OBJECT
 * Formerly: drop the page stored under (oid, index), or every page of
 * object `oid`.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 6, 7 |
 * | Caller         | none: Xen 4.22.0 has no tmem handler |
 * | Argument       | struct tmem_op, `u.gen` |
 * | Returns        | never succeeds on Xen 4.22.0 |
 * | Errors         | -XEN_ENOSYS from every caller (see the overview) |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | nothing in Xen 4.22.0; the hypercall returns -XEN_ENOSYS |
 * @{ */
#define TMEM_FLUSH_PAGE            6
#define TMEM_FLUSH_OBJECT          7
/** @} */
#if __XEN_INTERFACE_VERSION__ < 0x00040400
/**
 * @name TMEM_NEW_PAGE, TMEM_READ, TMEM_WRITE, TMEM_XCHG
 * Formerly, for interfaces before 0x00040400: allocate an empty page in
 * the pool; read, write or exchange part of a stored page.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 3, 8, 9, 10 |
 * | Caller         | none: Xen 4.22.0 has no tmem handler |
 * | Argument       | struct tmem_op, `u.gen` |
 * | Returns        | never succeeds on Xen 4.22.0 |
 * | Errors         | -XEN_ENOSYS from every caller (see the overview) |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | nothing in Xen 4.22.0; the hypercall returns -XEN_ENOSYS |
 * @{ */
#define TMEM_NEW_PAGE              3
#define TMEM_READ                  8
#define TMEM_WRITE                 9
#define TMEM_XCHG                 10
/** @} */
#endif
/**
 * @name TMEM_AUTH, TMEM_RESTORE_NEW
 * Formerly privileged commands, later reached only through the sysctl
 * tmem operation (its SET_AUTH and SET_POOL forms).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 101, 102 |
 * | Caller         | none: Xen 4.22.0 has no tmem handler |
 * | Argument       | struct tmem_op |
 * | Returns        | never succeeds on Xen 4.22.0 |
 * | Errors         | -XEN_ENOSYS from every caller (see the overview) |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | nothing in Xen 4.22.0; the hypercall returns -XEN_ENOSYS |
 * @{ */
#define TMEM_AUTH                 101
#define TMEM_RESTORE_NEW          102
/** @} */

/** @name Pool flags
 *  Bits of `u.creat.flags` for TMEM_NEW_POOL.
 *  @{ */
/** Persistent pool: pages stay until flushed; otherwise Xen may drop them
 *  at any time. */
#define TMEM_POOL_PERSIST          1
/** Pool shared between domains, named by `u.creat.uuid`. */
#define TMEM_POOL_SHARED           2
#define TMEM_POOL_PRECOMPRESSED    4     /**< Pages arrive already compressed. */
/** Position of the page-size field (log2 of the page size minus 12). */
#define TMEM_POOL_PAGESIZE_SHIFT   4
#define TMEM_POOL_PAGESIZE_MASK  0xf     /**< Width mask of the page-size field. */
/** Position of the protocol-version field (TMEM_SPEC_VERSION). */
#define TMEM_POOL_VERSION_SHIFT   24
#define TMEM_POOL_VERSION_MASK  0xff     /**< Width mask of the protocol-version field. */
#define TMEM_POOL_RESERVED_BITS  0x00ffff00 /**< Bits that must be zero. */
/** @} */

/** @name Client flags
 *  Per-domain settings saved and restored with a domain.
 *  @{ */
#define TMEM_CLIENT_COMPRESS       1 /**< Xen compresses the domain's pages. */
#define TMEM_CLIENT_FROZEN         2 /**< The domain may not add pages. */
/** @} */

/** @name Result codes
 *  Error numbers of tmem's own, returned negated as the XEN_E* ones are.
 *  @{ */
#define EFROZEN                 1000 /**< The client is frozen. */
#define EEMPTY                  1001 /**< Nothing stored under that key. */
/** @} */

#ifndef __ASSEMBLER__
/** Identity of an object within a pool: 192 bits chosen by the guest
 *  (e.g. an inode number and a file-system id). */
struct xen_tmem_oid {
    uint64_t oid[3]; /**< IN: the id. */
};
typedef struct xen_tmem_oid xen_tmem_oid_t;
DEFINE_XEN_GUEST_HANDLE(xen_tmem_oid_t);

#if __XEN_INTERFACE_VERSION__ < 0x00040400
/** Interfaces before 0x00040400: a frame of the caller. */
typedef xen_pfn_t tmem_cli_mfn_t;
#endif
/** A buffer of the caller, as the privileged commands exchanged data. */
typedef XEN_GUEST_HANDLE(char) tmem_cli_va_t;

/** Argument of every TMEM_ command (HYPERVISOR_tmem_op). */
struct tmem_op {
    uint32_t cmd;    /**< IN: a command (TMEM_NEW_POOL ...). */
    int32_t pool_id; /**< IN: the pool acted on (from TMEM_NEW_POOL). */
    /** IN: the part that depends on `cmd`. */
    union {
        /** TMEM_NEW_POOL. */
        struct {
            uint64_t uuid[2]; /**< IN: name of a shared pool. */
            uint32_t flags;   /**< IN: TMEM_POOL_ bits. */
            uint32_t arg1;    /**< Reserved: write zero. */
        } creat;
        /** Every other command. */
        struct {
#if __XEN_INTERFACE_VERSION__ < 0x00040600
            /** IN: object id (interfaces before 0x00040600). */
            uint64_t oid[3];
#else
            xen_tmem_oid_t oid;  /**< IN: object id. */
#endif
            uint32_t index;       /**< IN: page index within the object. */
            /** IN: byte offset in the stored page (partial accesses). */
            uint32_t tmem_offset;
            /** IN: byte offset in the caller's page (partial accesses). */
            uint32_t pfn_offset;
            uint32_t len;         /**< IN: bytes to transfer (partial accesses). */
            xen_pfn_t cmfn;       /**< IN: the caller's frame to copy from or to. */
        } gen;
    } u;
};
typedef struct tmem_op tmem_op_t;
DEFINE_XEN_GUEST_HANDLE(tmem_op_t);
#endif /* !__ASSEMBLER__ */

/** @} */

#endif /* __XEN_INTERFACE_VERSION__ < 0x00041300 */

#endif /* __XEN_PUBLIC_TMEM_H__ */
