/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief HYPERVISOR_xen_version: which hypervisor is running, how it was
 *        built, and which features it grants the calling domain.
 *
 * The hypercall is `long HYPERVISOR_xen_version(int cmd, void *arg)`: `cmd`
 * is one of the XENVER_ numbers below and `arg` points at the buffer that
 * sub-op reads or fills, or is NULL where a sub-op says so. A `cmd` this
 * hypervisor does not know fails with -XEN_ENOSYS.
 *
 * What comes back: XENVER_version and XENVER_pagesize return their answer
 * as the hypercall's value; XENVER_build_id and the XENVER_*2 sub-ops return
 * a byte count; every other sub-op returns 0 once it has filled `arg`.
 * Failures are negated XEN_E* numbers (errno.h).
 *
 * Who may ask: XENVER_version, XENVER_platform_parameters and
 * XENVER_get_features always answer. The rest are checked against the XSM
 * policy; the default policy keeps XENVER_commandline, XENVER_commandline2
 * and XENVER_build_id for the control domain and opens the others to every
 * guest. A refused fixed-size sub-op still succeeds but hands back a
 * placeholder: the string "<denied>" for text, zero bytes for
 * XENVER_capabilities and XENVER_guest_handle, and 0 from XENVER_pagesize.
 * A refused variable-length sub-op fails with -XEN_EPERM instead.
 *
 * The fixed-size text sub-ops (XENVER_extraversion, XENVER_compile_info,
 * XENVER_capabilities, XENVER_changeset, XENVER_commandline) cut off what
 * does not fit their buffer. New code should use the variable-length
 * sub-ops built on struct xen_varbuf, which never truncate.
 *
 * In assembly only the XENVER_ numbers (and features.h) are available.
 *
 * Stability: stable. Callers: every guest kernel (version and feature
 * discovery at boot), toolstack libraries and tools that report on the host,
 * guest diagnostics.
 */
#ifndef __XEN_PUBLIC_VERSION_H__
#define __XEN_PUBLIC_VERSION_H__

#include "xen.h"
/* The XENFEAT_ bit numbers that XENVER_get_features reports. */
#include "features.h"

/** @defgroup hdr_version_h version.h
 *  @ingroup xen_core */

/** @defgroup version_h_op HYPERVISOR_xen_version
 *  @ingroup hdr_version_h
 *  Sub-ops of the version hypercall: `cmd` selects one, `arg` points at its
 *  buffer.
 *  @{ */

/**
 * @name XENVER_version
 * The hypervisor's major and minor version number.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | any domain; never refused |
 * | Argument  | none: pass NULL |
 * | Returns   | (major << 16) \| minor, e.g. 0x00040016 for Xen 4.22 |
 * | Errors    | none |
 * @{ */
#define XENVER_version      0 /**< Sub-op number of XENVER_version. */
/** @} */

/**
 * @name XENVER_extraversion
 * The version suffix that follows "major.minor" (e.g. ".0" or "-rc").
 * Limited to 15 characters; prefer XENVER_extraversion2.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | any domain (XSM policy may substitute "<denied>") |
 * | Argument  | xen_extraversion_t (OUT: NUL-terminated, truncated if long) |
 * | Returns   | 0 |
 * | Errors    | -XEN_EFAULT: `arg` cannot be written |
 * @{ */
#define XENVER_extraversion 1 /**< Sub-op number of XENVER_extraversion. */
#ifndef __ASSEMBLER__
/** Buffer filled by XENVER_extraversion: a NUL-terminated string. */
typedef char xen_extraversion_t[16];
/** Size in bytes (size_t) of xen_extraversion_t. */
#define XEN_EXTRAVERSION_LEN (sizeof(xen_extraversion_t))
#endif
/** @} */

/**
 * @name XENVER_compile_info
 * Who built the hypervisor, where, when and with which compiler. Each
 * string is cut to fit its member; there is no non-truncating variant.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | any domain (XSM policy may substitute "<denied>" in every member) |
 * | Argument  | struct xen_compile_info (OUT) |
 * | Returns   | 0 |
 * | Errors    | -XEN_EFAULT: `arg` cannot be written |
 * @{ */
#define XENVER_compile_info 2 /**< Sub-op number of XENVER_compile_info. */
#ifndef __ASSEMBLER__
/** Build information returned by XENVER_compile_info. Every member is a
 *  NUL-terminated string, zero-filled after the terminator. */
struct xen_compile_info {
    char compiler[64];       /**< OUT: compiler name and version. */
    char compile_by[16];     /**< OUT: user name of whoever built Xen. */
    char compile_domain[32]; /**< OUT: DNS domain of the build host. */
    char compile_date[32];   /**< OUT: date and time of the build. */
};
typedef struct xen_compile_info xen_compile_info_t;
#endif
/** @} */

/**
 * @name XENVER_capabilities
 * The guest kinds this host can run, as a space-separated list of
 * words such as "xen-3.0-x86_64 hvm-3.0-x86_32p". Prefer
 * XENVER_capabilities2, which does not truncate.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | any domain (XSM policy may substitute an empty string) |
 * | Argument  | xen_capabilities_info_t (OUT: NUL-terminated, zero-filled) |
 * | Returns   | 0 |
 * | Errors    | -XEN_EFAULT: `arg` cannot be written |
 * @{ */
#define XENVER_capabilities 3 /**< Sub-op number of XENVER_capabilities. */
#ifndef __ASSEMBLER__
/** Buffer filled by XENVER_capabilities: a NUL-terminated string. */
typedef char xen_capabilities_info_t[1024];
/** Size in bytes (size_t) of xen_capabilities_info_t. */
#define XEN_CAPABILITIES_INFO_LEN (sizeof(xen_capabilities_info_t))
#endif
/** @} */

/**
 * @name XENVER_changeset
 * The source revision the hypervisor was built from, as text. Prefer
 * XENVER_changeset2, which does not truncate.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | any domain (XSM policy may substitute "<denied>") |
 * | Argument  | xen_changeset_info_t (OUT: NUL-terminated, truncated if long) |
 * | Returns   | 0 |
 * | Errors    | -XEN_EFAULT: `arg` cannot be written |
 * @{ */
#define XENVER_changeset 4 /**< Sub-op number of XENVER_changeset. */
#ifndef __ASSEMBLER__
/** Buffer filled by XENVER_changeset: a NUL-terminated string. */
typedef char xen_changeset_info_t[64];
/** Size in bytes (size_t) of xen_changeset_info_t. */
#define XEN_CHANGESET_INFO_LEN (sizeof(xen_changeset_info_t))
#endif
/** @} */

/**
 * @name XENVER_platform_parameters
 * Meant to report where the hypervisor's part of a shared address space
 * begins; only meaningful for guests that share page tables with Xen
 * (x86 PV).
 *
 * For a 32-bit PV guest the answer is the lowest virtual address Xen
 * occupies; Xen also owns everything from there up to the 4 GiB
 * architectural limit, which the result does not state. For a 64-bit PV
 * guest the value is of no use: Xen sits at the bottom of the upper
 * canonical half, a layout such guests assume at build time anyway, and
 * debug builds of Xen return 0. Every other guest gets 0. Guests of every
 * kind and architecture have come to call this sub-op and expect it to
 * work, so it succeeds for them rather than failing with -XEN_ENOSYS.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | any domain; never refused |
 * | Argument  | struct xen_platform_parameters (OUT) |
 * | Returns   | 0 |
 * | Errors    | -XEN_EFAULT: `arg` cannot be written |
 * @{ */
/** Sub-op number of XENVER_platform_parameters. */
#define XENVER_platform_parameters 5
#ifndef __ASSEMBLER__
/** Result of XENVER_platform_parameters. */
struct xen_platform_parameters {
    xen_ulong_t virt_start; /**< OUT: lowest virtual address reserved for
                                 Xen in the caller's address space, or 0. */
};
typedef struct xen_platform_parameters xen_platform_parameters_t;
#endif
/** @} */

/**
 * @name XENVER_get_features
 * One 32-bit word of the feature bitmap the hypervisor grants the calling
 * domain; the bit numbers are the XENFEAT_ values of features.h.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | any domain; never refused |
 * | Argument  | struct xen_feature_info (IN/OUT) |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: `submap_idx` is not below XENFEAT_NR_SUBMAPS; -XEN_EFAULT: `arg` cannot be read or written |
 * @{ */
#define XENVER_get_features 6 /**< Sub-op number of XENVER_get_features. */
#ifndef __ASSEMBLER__
/** Argument of XENVER_get_features. */
struct xen_feature_info {
    uint32_t submap_idx; /**< IN: which 32-bit word of the bitmap to read;
                              word N holds features 32*N to 32*N+31. */
    uint32_t submap;     /**< OUT: that word; bit B set means feature
                              32*submap_idx+B is granted. */
};
typedef struct xen_feature_info xen_feature_info_t;
#endif
/** @} */

/**
 * @name XENVER_pagesize
 * The page size, in bytes, the hypervisor works with on this host.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | any domain (XSM policy may make it return 0) |
 * | Argument  | none: pass NULL |
 * | Returns   | the page size in bytes |
 * | Errors    | -XEN_EINVAL: `arg` is not NULL |
 * @{ */
#define XENVER_pagesize 7 /**< Sub-op number of XENVER_pagesize. */
/** @} */

/**
 * @name XENVER_guest_handle
 * The caller's own 16-byte domain handle. The toolstack sets it when it
 * creates the domain, normally to the domain's UUID, so a guest can learn
 * which configuration it was started from.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | any domain (XSM policy may substitute all zeroes) |
 * | Argument  | xen_domain_handle_t (OUT, 16 bytes) |
 * | Returns   | 0 |
 * | Errors    | -XEN_EFAULT: `arg` cannot be written |
 * @{ */
#define XENVER_guest_handle 8 /**< Sub-op number of XENVER_guest_handle. */
/** @} */

/**
 * @name XENVER_commandline
 * The command line the hypervisor was booted with. Prefer
 * XENVER_commandline2, which does not truncate.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | control domain under the default XSM policy; others get "<denied>" |
 * | Argument  | xen_commandline_t (OUT: NUL-terminated) |
 * | Returns   | 0 |
 * | Errors    | -XEN_EFAULT: `arg` cannot be written |
 * @{ */
#define XENVER_commandline 9 /**< Sub-op number of XENVER_commandline. */
#ifndef __ASSEMBLER__
/** Buffer filled by XENVER_commandline: a NUL-terminated string. */
typedef char xen_commandline_t[1024];
#endif
/** @} */

/**
 * @name Variable-length results
 * XENVER_build_id and the XENVER_*2 sub-ops hand back data of any length
 * (up to 64 KiB) through a struct xen_varbuf.
 *
 * - With `arg` NULL the sub-op only measures: it returns the number of
 *   bytes the data takes, which may legitimately be 0.
 * - Otherwise `arg` points at a struct xen_varbuf whose `len` says how many
 *   bytes follow it. Xen copies the data into `buf` and returns the number
 *   of bytes written, which is less than `len` when the buffer was larger
 *   than needed. Bytes of `buf` past that count are left untouched.
 * - Text is returned without a terminating NUL. It is usually ASCII or
 *   UTF-8, but Xen does not check it (the command line, for instance, is
 *   whatever the boot loader passed).
 *
 * These sub-ops can fail for several reasons, and callers must be ready for
 * any negative result.
 * @{ */
#ifndef __ASSEMBLER__
XEN_EXTENSIONS_BEGIN
/** Caller-sized buffer for the variable-length sub-ops. */
struct xen_varbuf {
    uint32_t len;                          /**< IN: capacity of `buf`,
                                                in bytes. */
    unsigned char buf[XEN_FLEX_ARRAY_DIM]; /**< OUT: the data; Xen writes
                                                at most `len` bytes. */
};
XEN_EXTENSIONS_END
typedef struct xen_varbuf xen_varbuf_t;
#endif
/** @} */

/**
 * @name XENVER_build_id
 * The build ID of the hypervisor binary (binary data, e.g. the ELF
 * GNU build-id note), which identifies it exactly, for instance to pick
 * matching live patches or debug symbols.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | control domain under the default XSM policy |
 * | Argument  | struct xen_varbuf (or the identical struct xen_build_id), or NULL to ask for the size |
 * | Returns   | number of bytes written (or needed, when `arg` is NULL) |
 * | Errors    | -XEN_EPERM: refused by XSM; -XEN_ENODATA: Xen was built without a build ID; -XEN_ENOBUFS: `len` is too small; -XEN_E2BIG: the data exceeds 64 KiB; -XEN_EFAULT: `arg` cannot be accessed |
 * @{ */
#define XENVER_build_id      10 /**< Sub-op number of XENVER_build_id. */
#ifndef __ASSEMBLER__
XEN_EXTENSIONS_BEGIN
/** Older name for the XENVER_build_id buffer, laid out exactly like struct
 *  xen_varbuf; kept so existing callers still build. */
struct xen_build_id {
    uint32_t      len;                     /**< IN: capacity of `buf`,
                                                in bytes. */
    unsigned char buf[XEN_FLEX_ARRAY_DIM]; /**< OUT: the build ID bytes. */
};
XEN_EXTENSIONS_END
typedef struct xen_build_id xen_build_id_t;
#endif
/** @} */

/**
 * @name XENVER_extraversion2
 * Same text as XENVER_extraversion, but whole and without a NUL.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | any domain under the default XSM policy |
 * | Argument  | struct xen_varbuf, or NULL to ask for the size |
 * | Returns   | number of bytes written (or needed, when `arg` is NULL) |
 * | Errors    | -XEN_EPERM: refused by XSM; -XEN_ENOBUFS: `len` is too small; -XEN_E2BIG: the text exceeds 64 KiB; -XEN_EFAULT: `arg` cannot be accessed |
 * @{ */
#define XENVER_extraversion2 11 /**< Sub-op number of XENVER_extraversion2. */
/** @} */

/**
 * @name XENVER_capabilities2
 * Same text as XENVER_capabilities, but whole and without a NUL.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | any domain under the default XSM policy |
 * | Argument  | struct xen_varbuf, or NULL to ask for the size |
 * | Returns   | number of bytes written (or needed, when `arg` is NULL) |
 * | Errors    | -XEN_EPERM: refused by XSM; -XEN_ENOBUFS: `len` is too small; -XEN_E2BIG: the text exceeds 64 KiB; -XEN_EFAULT: `arg` cannot be accessed |
 * @{ */
#define XENVER_capabilities2 12 /**< Sub-op number of XENVER_capabilities2. */
/** @} */

/**
 * @name XENVER_changeset2
 * Same text as XENVER_changeset, but whole and without a NUL.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | any domain under the default XSM policy |
 * | Argument  | struct xen_varbuf, or NULL to ask for the size |
 * | Returns   | number of bytes written (or needed, when `arg` is NULL) |
 * | Errors    | -XEN_EPERM: refused by XSM; -XEN_ENOBUFS: `len` is too small; -XEN_E2BIG: the text exceeds 64 KiB; -XEN_EFAULT: `arg` cannot be accessed |
 * @{ */
#define XENVER_changeset2    13 /**< Sub-op number of XENVER_changeset2. */
/** @} */

/**
 * @name XENVER_commandline2
 * Same text as XENVER_commandline, but whole and without a NUL.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | control domain under the default XSM policy |
 * | Argument  | struct xen_varbuf, or NULL to ask for the size |
 * | Returns   | number of bytes written (or needed, when `arg` is NULL) |
 * | Errors    | -XEN_EPERM: refused by XSM; -XEN_ENOBUFS: `len` is too small; -XEN_E2BIG: the text exceeds 64 KiB; -XEN_EFAULT: `arg` cannot be accessed |
 * @{ */
#define XENVER_commandline2  14 /**< Sub-op number of XENVER_commandline2. */
/** @} */

/** @} */

#endif /* __XEN_PUBLIC_VERSION_H__ */
