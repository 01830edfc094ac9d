/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief The hypervisor filesystem: a tree of named entries through which
 *        Xen publishes its state and settings, read and written with
 *        HYPERVISOR_hypfs_op.
 *
 * Entries are addressed by absolute, `/`-separated paths (for instance
 * `/buildinfo/version` or a runtime parameter under `/params/`). Every
 * entry has a type (directory, string, integer, boolean, binary blob), an
 * encoding, a current size and a maximum size for writes, 0 if it is
 * read-only. Which entries exist depends on the hypervisor's build and
 * configuration; the tree itself, not this header, is the catalogue.
 *
 * Call: `HYPERVISOR_hypfs_op(cmd, arg1, arg2, arg3, arg4)`, with `cmd` one
 * of the XEN_HYPFS_OP_* values. The arguments are plain hypercall
 * arguments, not a structure in guest memory.
 *
 * Stability: stable. Callers: the control domain (libxenhypfs and the
 * `xenhypfs` tool); other domains get -XEN_EPERM.
 */
#ifndef __XEN_PUBLIC_HYPFS_H__
#define __XEN_PUBLIC_HYPFS_H__

#include "xen.h"

/** @defgroup hdr_hypfs_h hypfs.h
 *  @ingroup xen_core */

/** @defgroup hypfs_h_entries Entries
 *  @ingroup hdr_hypfs_h
 *  @{ */

/** The newest version of the interface this header describes. */
#define XEN_HYPFS_VERSION      1

/** The longest path accepted, in bytes, terminating NUL included. */
#define XEN_HYPFS_MAX_PATHLEN  1024

/** Directory: its contents are a list of struct xen_hypfs_dirlistentry. */
#define XEN_HYPFS_TYPE_DIR     0
#define XEN_HYPFS_TYPE_BLOB    1 /**< Binary data. */
#define XEN_HYPFS_TYPE_STRING  2 /**< NUL-terminated text. */
/** Unsigned integer, in the hypervisor's byte order; its size is the
 *  content length. */
#define XEN_HYPFS_TYPE_UINT    3
/** Signed integer, in the hypervisor's byte order; its size is the content
 *  length. */
#define XEN_HYPFS_TYPE_INT     4
#define XEN_HYPFS_TYPE_BOOL    5 /**< Boolean, one byte. */

#define XEN_HYPFS_ENC_PLAIN    0 /**< The contents are stored as they are. */
#define XEN_HYPFS_ENC_GZIP     1 /**< The contents are gzip-compressed. */

/** Description of an entry, as XEN_HYPFS_OP_read returns it. */
struct xen_hypfs_direntry {
    uint8_t type;           /**< OUT: XEN_HYPFS_TYPE_*. */
    uint8_t encoding;       /**< OUT: XEN_HYPFS_ENC_*. */
    uint16_t pad;           /**< OUT: always 0. */
    uint32_t content_len;   /**< OUT: current size of the contents, in bytes. */
    /** OUT: largest size a write may have, in bytes; 0 if the entry is
     *  read-only. */
    uint32_t max_write_len;
};
typedef struct xen_hypfs_direntry xen_hypfs_direntry_t;

/**
 * One entry of a directory's contents. The entries are packed one after
 * the other; each may be padded after its name so that the next one is
 * aligned.
 */
XEN_EXTENSIONS_BEGIN /* flexible array member */
struct xen_hypfs_dirlistentry {
    xen_hypfs_direntry_t e;        /**< OUT: description of the entry. */
    /** OUT: distance in bytes from this entry to the next; 0 for the last
     *  one. */
    uint16_t off_next;
    char name[XEN_FLEX_ARRAY_DIM]; /**< OUT: NUL-terminated name of the entry (no path). */
};
XEN_EXTENSIONS_END

/** @} */

/** @defgroup hypfs_h_ops HYPERVISOR_hypfs_op operations
 *  @ingroup hdr_hypfs_h
 *  Every operation first asks the security policy (xsm_hypfs_op(), XSM_PRIV
 *  under the default policy: the control domain only); a refusal gives
 *  -XEN_EPERM. A hypervisor built without CONFIG_HYPFS has no handler for
 *  the hypercall, which then gives -XEN_ENOSYS.
 *
 *  Operations other than XEN_HYPFS_OP_get_version start by looking up the
 *  path in arg1 (arg2 bytes long), which gives, in this order:
 *  - -XEN_EINVAL: arg2 is above XEN_HYPFS_MAX_PATHLEN.
 *  - -XEN_EFAULT: the path cannot be read.
 *  - -XEN_EINVAL: the path's only NUL is not its last byte (arg2 - 1), or
 *    it does not begin with `/`.
 *  - -XEN_ENOENT: no entry has that path, or a part of it before the last
 *    names an entry that is no directory.
 *  - -XEN_ENOMEM: the path is `/cpupool` or goes through it, and Xen could
 *    not allocate the working data that directory needs on entry
 *    (cpupool_dir_enter() in xen/common/sched/cpupool.c). For a path below
 *    `/cpupool` this comes before any -XEN_ENOENT of the parts under it.
 *
 *  An unknown `cmd` passes that lookup first and then fails with
 *  -XEN_EOPNOTSUPP. All of it is do_hypfs_op() in xen/common/hypfs.c.
 *  @{ */

/**
 * @name XEN_HYPFS_OP_get_version
 * Find out which version of the interface the hypervisor implements.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 0 |
 * | Caller         | the control domain; XSM: xsm_hypfs_op(), XSM_PRIV |
 * | Argument       | none: arg1 and arg3 null, arg2 and arg4 zero |
 * | Returns        | XEN_HYPFS_VERSION, the interface version Xen implements (> 0) |
 * | Errors         | listed below |
 * | Since          | Xen 4.14.0 |
 * | Implemented by | do_hypfs_op() in xen/common/hypfs.c |
 *
 * Errors:
 * - -XEN_EINVAL: an argument is not null or zero.
 * @{ */
#define XEN_HYPFS_OP_get_version     0
/** @} */

/**
 * @name XEN_HYPFS_OP_read
 * Read an entry: its struct xen_hypfs_direntry, followed directly in the
 * buffer by its contents, in the format its type and encoding give (for
 * a directory, its list of struct xen_hypfs_dirlistentry).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 1 |
 * | Caller         | the control domain; XSM: xsm_hypfs_op(), XSM_PRIV |
 * | Argument       | arg1, arg2: the path and its length; arg3, arg4: the buffer and its size |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Since          | Xen 4.14.0 |
 * | Implemented by | hypfs_read(), via do_hypfs_op(), in xen/common/hypfs.c |
 *
 * arg1 is a handle to the path, arg2 its length in bytes with the NUL;
 * arg3 is a handle to the output buffer, arg4 its size in bytes.
 *
 * Errors (after those of the path lookup in the overview):
 * - -XEN_EINVAL: arg4 is smaller than struct xen_hypfs_direntry.
 * - -XEN_EFAULT: the description cannot be written.
 * - -XEN_ENOBUFS: arg4 holds the description but not the contents; the
 *   description, with the size needed in `content_len`, was written.
 * - -XEN_EFAULT: the contents cannot be written.
 * @{ */
#define XEN_HYPFS_OP_read              1
/** @} */

/**
 * @name XEN_HYPFS_OP_write_contents
 * Replace an entry's contents. The type and encoding stay; only strings
 * and blobs may change their size.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 2 |
 * | Caller         | the control domain; XSM: xsm_hypfs_op(), XSM_PRIV |
 * | Argument       | arg1, arg2: the path and its length; arg3, arg4: the contents and their size |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Since          | Xen 4.14.0 |
 * | Implemented by | hypfs_write(), via do_hypfs_op(), in xen/common/hypfs.c |
 *
 * arg1 is a handle to the path, arg2 its length in bytes with the NUL;
 * arg3 is a handle to the new contents, arg4 their size in bytes. Which
 * checks apply depends on the entry; the write functions are
 * hypfs_write_leaf(), hypfs_write_bool(), hypfs_write_custom() (runtime
 * parameters) and hypfs_write_deny() in xen/common/hypfs.c, and
 * cpupool_gran_write() in xen/common/sched/cpupool.c.
 *
 * Errors (after those of the path lookup in the overview):
 * - -XEN_EACCES: the entry is read-only (every directory, and every leaf
 *   with `max_write_len` 0).
 * - -XEN_ENOSPC: arg4 is above `max_write_len` (for a runtime parameter,
 *   above the longest value Xen parses).
 * - -XEN_EDOM: a leaf of fixed size (an integer or a boolean) and arg4 is
 *   not that size.
 * - -XEN_ENOMEM: Xen could not allocate its copy of the contents.
 * - -XEN_EFAULT: the contents cannot be read.
 * - -XEN_EINVAL: a plain string whose only NUL is not its last byte.
 * - -XEN_EDOM: a runtime parameter's text whose only NUL is not its last
 *   byte.
 * - any error of the parameter's parser, for a runtime parameter.
 * - -XEN_EINVAL: a cpupool's `sched-gran`, when the text is not `cpu`,
 *   `core` or `socket` ended by its only NUL, or the online CPUs do not
 *   all have the same number of siblings at that level, or, on any value,
 *   when Xen is built without CONFIG_HAS_SCHED_GRANULARITY (only x86 has it).
 * - -XEN_EBUSY: a cpupool's `sched-gran`, while the pool has CPUs.
 * @{ */
#define XEN_HYPFS_OP_write_contents    2
/** @} */

/** @} */

#endif /* __XEN_PUBLIC_HYPFS_H__ */
