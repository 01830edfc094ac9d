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

#define XEN_HYPFS_TYPE_DIR     0 /**< Directory: its contents are a list of struct xen_hypfs_dirlistentry. */
#define XEN_HYPFS_TYPE_BLOB    1 /**< Binary data. */
#define XEN_HYPFS_TYPE_STRING  2 /**< NUL-terminated text. */
#define XEN_HYPFS_TYPE_UINT    3 /**< Unsigned integer, in the hypervisor's byte order; its size is the content length. */
#define XEN_HYPFS_TYPE_INT     4 /**< Signed integer, in the hypervisor's byte order; its size is the content length. */
#define XEN_HYPFS_TYPE_BOOL    5 /**< Boolean, one byte. */

#define XEN_HYPFS_ENC_PLAIN    0 /**< The contents are stored as they are. */
#define XEN_HYPFS_ENC_GZIP     1 /**< The contents are gzip-compressed. */

/** Description of an entry, as XEN_HYPFS_OP_read returns it. */
struct xen_hypfs_direntry {
    uint8_t type;           /**< OUT: XEN_HYPFS_TYPE_*. */
    uint8_t encoding;       /**< OUT: XEN_HYPFS_ENC_*. */
    uint16_t pad;           /**< OUT: always 0. */
    uint32_t content_len;   /**< OUT: current size of the contents, in bytes. */
    uint32_t max_write_len; /**< OUT: largest size a write may have, in bytes; 0 if the entry is read-only. */
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
    uint16_t off_next;             /**< OUT: distance in bytes from this entry to the next; 0 for the last one. */
    char name[XEN_FLEX_ARRAY_DIM]; /**< OUT: NUL-terminated name of the entry (no path). */
};
XEN_EXTENSIONS_END

/** @} */

/** @defgroup hypfs_h_ops HYPERVISOR_hypfs_op operations
 *  @ingroup hdr_hypfs_h
 *  Every operation first checks the caller's privilege: -XEN_EPERM for a
 *  domain other than the control domain (or one allowed by the XSM
 *  policy).
 *  @{ */

/**
 * @name XEN_HYPFS_OP_get_version
 * Find out which version of the interface the hypervisor implements.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | control domain |
 * | Argument  | none: arg1 and arg3 null, arg2 and arg4 zero |
 * | Returns   | the highest interface version supported (> 0) |
 * | Errors    | -XEN_EINVAL: an argument is not null or zero |
 * @{ */
#define XEN_HYPFS_OP_get_version     0
/** @} */

/**
 * @name XEN_HYPFS_OP_read
 * Read an entry: its struct xen_hypfs_direntry, followed directly in the
 * buffer by its contents, in the format its type and encoding give (for
 * a directory, its list of struct xen_hypfs_dirlistentry).
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | control domain |
 * | Argument  | arg1: handle to the path; arg2: length of the path in bytes, NUL included; arg3: handle to the output buffer; arg4: size of that buffer in bytes |
 * | Returns   | 0 |
 * | Errors    | -XEN_ENOBUFS: the buffer holds the description but not the contents (the description, with the size needed in `content_len`, was written); -XEN_EINVAL: the path is longer than XEN_HYPFS_MAX_PATHLEN or not NUL-terminated exactly at arg2, or the buffer is smaller than struct xen_hypfs_direntry; -XEN_ENOENT: no entry has that path; -XEN_EFAULT: a buffer is inaccessible |
 * @{ */
#define XEN_HYPFS_OP_read              1
/** @} */

/**
 * @name XEN_HYPFS_OP_write_contents
 * Replace an entry's contents. The type and encoding stay; only strings
 * and blobs may change their size.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | control domain |
 * | Argument  | arg1: handle to the path; arg2: length of the path in bytes, NUL included; arg3: handle to the new contents; arg4: their size in bytes |
 * | Returns   | 0 |
 * | Errors    | -XEN_EACCES: the entry is read-only; -XEN_ENOSPC: the contents exceed `max_write_len`; -XEN_EDOM: the size does not fit the entry's type, or the setting rejects the value; -XEN_EINVAL: bad path (as for XEN_HYPFS_OP_read), or a plain string without its terminating NUL; -XEN_ENOENT: no entry has that path; -XEN_ENOMEM: out of memory; -XEN_EFAULT: a buffer is inaccessible |
 * @{ */
#define XEN_HYPFS_OP_write_contents    2
/** @} */

/** @} */

#endif /* __XEN_PUBLIC_HYPFS_H__ */
