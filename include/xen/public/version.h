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
 * sub-ops built on struct xen_varbuf, which hand back Xen's copy of the
 * text whole. (Xen keeps only the first 1023 bytes of its command line,
 * so that text is cut either way.)
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
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 0 |
 * | Caller         | any domain; xsm_xen_version() lets it through unchecked |
 * | Argument       | none: `arg` is not looked at |
 * | Returns        | (major << 16) \| minor, e.g. 0x00040016 for Xen 4.22 |
 * | Errors         | none |
 * | Since          | Xen 3.0.0 |
 * | Implemented by | do_xen_version() in xen/common/kernel.c |
 * @{ */
#define XENVER_version      0
/** @} */

/**
 * @name XENVER_extraversion
 * The version suffix that follows "major.minor" (e.g. ".0" or "-rc").
 * Limited to 15 characters; prefer XENVER_extraversion2.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 1 |
 * | Caller         | any domain; XSM: xsm_xen_version(), XSM_HOOK |
 * | Argument       | xen_extraversion_t (OUT: NUL-terminated, truncated if long) |
 * | Returns        | 0; a caller the policy refuses gets "<denied>" |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.0 |
 * | Implemented by | do_xen_version() in xen/common/kernel.c |
 *
 * Errors:
 * - -XEN_EFAULT: the 16 bytes at `arg` cannot be written.
 * @{ */
#define XENVER_extraversion 1
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
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 2 |
 * | Caller         | any domain; XSM: xsm_xen_version(), XSM_HOOK |
 * | Argument       | struct xen_compile_info (OUT) |
 * | Returns        | 0; a caller the policy refuses gets "<denied>" in each member |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.0 |
 * | Implemented by | do_xen_version() in xen/common/kernel.c |
 *
 * Errors:
 * - -XEN_EFAULT: `arg` cannot be written.
 * @{ */
#define XENVER_compile_info 2
#ifndef __ASSEMBLER__
/** Argument of XENVER_compile_info. Every member is a NUL-terminated
 *  string, zero-filled after the terminator. */
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
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 3 |
 * | Caller         | any domain; XSM: xsm_xen_version(), XSM_HOOK |
 * | Argument       | xen_capabilities_info_t (OUT: NUL-terminated, zero-filled) |
 * | Returns        | 0; a caller the policy refuses gets an empty string |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.0 |
 * | Implemented by | do_xen_version() in xen/common/kernel.c |
 *
 * Errors:
 * - -XEN_EFAULT: the 1024 bytes at `arg` cannot be written.
 * @{ */
#define XENVER_capabilities 3
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
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 4 |
 * | Caller         | any domain; XSM: xsm_xen_version(), XSM_HOOK |
 * | Argument       | xen_changeset_info_t (OUT: NUL-terminated, truncated if long) |
 * | Returns        | 0; a caller the policy refuses gets "<denied>" |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.0 |
 * | Implemented by | do_xen_version() in xen/common/kernel.c |
 *
 * Errors:
 * - -XEN_EFAULT: the 64 bytes at `arg` cannot be written.
 * @{ */
#define XENVER_changeset 4
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
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 5 |
 * | Caller         | any domain; xsm_xen_version() lets it through unchecked |
 * | Argument       | struct xen_platform_parameters (OUT) |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.0 |
 * | Implemented by | do_xen_version() in xen/common/kernel.c |
 *
 * Errors:
 * - -XEN_EFAULT: `arg` cannot be written.
 *
 * For a 32-bit PV guest the answer is the lowest virtual address Xen
 * occupies; Xen also owns everything from there up to the 4 GiB
 * architectural limit, which the result does not state. For a 64-bit PV
 * guest the value is of no use: Xen sits at the bottom of the upper
 * canonical half, a layout such guests assume at build time anyway, and
 * debug builds of Xen return 0. Every other guest gets 0. Guests of every
 * kind and architecture have come to call this sub-op and expect it to
 * work, so it succeeds for them rather than failing with -XEN_ENOSYS.
 * @{ */
#define XENVER_platform_parameters 5
#ifndef __ASSEMBLER__
/** Argument of XENVER_platform_parameters. */
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
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 6 |
 * | Caller         | any domain; xsm_xen_version() lets it through unchecked |
 * | Argument       | struct xen_feature_info (IN/OUT) |
 * | Returns        | 0, with `submap` filled in |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_xen_version() in xen/common/kernel.c |
 *
 * Errors:
 * - -XEN_EFAULT: `arg` cannot be read.
 * - -XEN_EINVAL: `submap_idx` is not 0, the only word Xen 4.22.0 has.
 * - -XEN_EFAULT: `arg` cannot be written.
 * @{ */
#define XENVER_get_features 6
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
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 7 |
 * | Caller         | any domain; XSM: xsm_xen_version(), XSM_HOOK |
 * | Argument       | none: pass NULL |
 * | Returns        | the page size in bytes; 0 to a caller the policy refuses |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_xen_version() in xen/common/kernel.c |
 *
 * Errors:
 * - -XEN_EINVAL: `arg` is not NULL (checked only for a caller the policy
 *   lets through).
 * @{ */
#define XENVER_pagesize 7
/** @} */

/**
 * @name XENVER_guest_handle
 * The caller's own 16-byte domain handle. The toolstack sets it when it
 * creates the domain, normally to the domain's UUID, so a guest can learn
 * which configuration it was started from.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 8 |
 * | Caller         | any domain; XSM: xsm_xen_version(), XSM_HOOK |
 * | Argument       | xen_domain_handle_t (OUT, 16 bytes) |
 * | Returns        | 0; a caller the policy refuses gets 16 zero bytes |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_xen_version() in xen/common/kernel.c |
 *
 * Errors:
 * - -XEN_EFAULT: the 16 bytes at `arg` cannot be written.
 * @{ */
#define XENVER_guest_handle 8
/** @} */

/**
 * @name XENVER_commandline
 * The command line the hypervisor was booted with, as far as Xen kept it:
 * its first 1023 bytes (saved_cmdline in xen/common/kernel.c).
 * XENVER_commandline2 gives the same text without the NUL.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 9 |
 * | Caller         | the control domain; XSM: xsm_xen_version(), XSM_PRIV |
 * | Argument       | xen_commandline_t (OUT: NUL-terminated) |
 * | Returns        | 0; a caller the policy refuses gets "<denied>" |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_xen_version() in xen/common/kernel.c |
 *
 * Errors:
 * - -XEN_EFAULT: `arg` cannot be written (1024 bytes; 9 for a refused
 *   caller).
 * @{ */
#define XENVER_commandline 9
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
 * A caller the policy refuses gets -XEN_EPERM rather than a placeholder.
 * Each sub-op checks, in this order: the policy (-XEN_EPERM), the data's
 * size (-XEN_E2BIG above 64 KiB), then, unless `arg` is NULL, reads `len`
 * (-XEN_EFAULT), compares it with the size (-XEN_ENOBUFS) and writes `buf`
 * (-XEN_EFAULT); all in xenver_varbuf_op() of xen/common/kernel.c.
 * @{ */
#ifndef __ASSEMBLER__
XEN_EXTENSIONS_BEGIN
/** Argument of XENVER_build_id, XENVER_extraversion2,
 *  XENVER_capabilities2, XENVER_changeset2 and XENVER_commandline2. */
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
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 10 |
 * | Caller         | the control domain; XSM: xsm_xen_version(), XSM_PRIV |
 * | Argument       | struct xen_varbuf (or struct xen_build_id), or NULL for the size |
 * | Returns        | number of bytes written (or needed, when `arg` is NULL) |
 * | Errors         | listed below |
 * | Since          | Xen 4.7.0 |
 * | Implemented by | xenver_varbuf_op(), via do_xen_version(), in xen/common/kernel.c |
 *
 * Errors:
 * - -XEN_EPERM: the policy refuses the caller.
 * - -XEN_ENODATA: Xen was built without a build ID.
 * - -XEN_E2BIG: the build ID is larger than 64 KiB.
 * - -XEN_EFAULT: `len` cannot be read.
 * - -XEN_ENOBUFS: `len` is smaller than the build ID.
 * - -XEN_EFAULT: `buf` cannot be written.
 * @{ */
#define XENVER_build_id      10
#ifndef __ASSEMBLER__
XEN_EXTENSIONS_BEGIN
/** Argument of XENVER_build_id under its older name, laid out exactly like
 *  struct xen_varbuf; kept so existing callers still build. */
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
 * @name XENVER_extraversion2, XENVER_capabilities2, XENVER_changeset2
 * The text of XENVER_extraversion, XENVER_capabilities or
 * XENVER_changeset, whole and without a NUL.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 11, 12, 13 |
 * | Caller         | any domain; XSM: xsm_xen_version(), XSM_HOOK |
 * | Argument       | struct xen_varbuf, or NULL to ask for the size |
 * | Returns        | number of bytes written (or needed, when `arg` is NULL) |
 * | Errors         | listed below |
 * | Since          | Xen 4.20.0 |
 * | Implemented by | xenver_varbuf_op(), via do_xen_version(), in xen/common/kernel.c |
 *
 * Errors:
 * - -XEN_EPERM: the policy refuses the caller (never the default policy).
 * - -XEN_E2BIG: the text is longer than 64 KiB.
 * - -XEN_EFAULT: `len` cannot be read.
 * - -XEN_ENOBUFS: `len` is smaller than the text.
 * - -XEN_EFAULT: `buf` cannot be written.
 * @{ */
#define XENVER_extraversion2 11
#define XENVER_capabilities2 12
#define XENVER_changeset2    13
/** @} */

/**
 * @name XENVER_commandline2
 * The text of XENVER_commandline without a NUL: the first 1023 bytes of
 * the command line at most, since Xen keeps no more of it.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 14 |
 * | Caller         | the control domain; XSM: xsm_xen_version(), XSM_PRIV |
 * | Argument       | struct xen_varbuf, or NULL to ask for the size |
 * | Returns        | number of bytes written (or needed, when `arg` is NULL) |
 * | Errors         | listed below |
 * | Since          | Xen 4.20.0 |
 * | Implemented by | xenver_varbuf_op(), via do_xen_version(), in xen/common/kernel.c |
 *
 * Errors:
 * - -XEN_EPERM: the policy refuses the caller.
 * - -XEN_EFAULT: `len` cannot be read.
 * - -XEN_ENOBUFS: `len` is smaller than the command line.
 * - -XEN_EFAULT: `buf` cannot be written.
 * @{ */
#define XENVER_commandline2  14
/** @} */

/** @} */

#endif /* __XEN_PUBLIC_VERSION_H__ */
