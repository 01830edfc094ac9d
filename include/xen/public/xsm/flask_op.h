/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief FLASK, Xen's SELinux-style security module: the operations that
 *        load and query its policy, reached through HYPERVISOR_xsm_op.
 *
 * With FLASK active, every sensitive hypercall is checked against a
 * policy: each domain, and each resource such as an IRQ, an I/O range or
 * a device, carries a security identifier (SID) that stands for a
 * security context (`user:role:type`), and the policy says which
 * accesses one SID may make to another. These operations let a security
 * manager load a new policy, switch between enforcing and permissive,
 * translate between SIDs and context strings, compute access decisions,
 * manage booleans (policy switches), label resources and domains, and
 * read statistics of the access vector cache (AVC).
 *
 * Call: `HYPERVISOR_xsm_op(arg)` with `arg` a handle to struct
 * xen_flask_op, whose `cmd` is a FLASK_* command and whose `u` holds the
 * command's argument. When the hypervisor runs another security module
 * (or none), the call fails with -XEN_ENOSYS.
 *
 * Permission: thirteen commands are themselves checked against the
 * policy (class `security` mostly, the permission named in each
 * command's Caller row); a denial gives -XEN_EACCES, and in permissive
 * mode denials are only logged. The struct is copied back only after a
 * successful call, and only by the commands whose Returns row says what
 * is filled in.
 *
 * Stability: stable. Callers: security tools in the control domain or a
 * dedicated security domain (libxc's flask functions, `xl` and
 * `flask-*` tools); FLASK_GET_PEER_SID any domain.
 */
#ifndef __FLASK_OP_H__
#define __FLASK_OP_H__
/* Marks this copy as xen-public's: unstable/xsm/flask_op.h adds its toolstack part
 * only then (another copy of the header, included first, has its own). */
#define XEN_PUBLIC_XSM_FLASK_OP_H

#include "../event_channel.h"

/** @defgroup hdr_xsm_flask_op_h xsm/flask_op.h
 *  @ingroup xen_core */

/** @defgroup flask_op_h_args Interface version
 *  @ingroup hdr_xsm_flask_op_h
 *  @{ */

/** The version of this interface; callers put it in
 *  xen_flask_op::interface_version. */
#define XEN_FLASK_INTERFACE_VERSION 1

/** @} */

/** @defgroup flask_op_h_cmds FLASK commands
 *  @ingroup hdr_xsm_flask_op_h
 *  Values of xen_flask_op::cmd.
 *
 *  Errors every command can give, not repeated in each block:
 *  - -XEN_EFAULT: the struct xen_flask_op cannot be read, or (for the
 *    commands whose Returns row says something is filled in) written back.
 *  - -XEN_ENOSYS: FLASK is not the security module (the dummy policy's
 *    xsm_do_xsm_op() refuses every call), `interface_version` is not
 *    XEN_FLASK_INTERFACE_VERSION, or `cmd` is unknown.
 *  - -XEN_EACCES: the policy denies the permission the Caller row names
 *    (only in enforcing mode, and never for a permissive domain type).
 *
 *  The Caller row names the permission of class `security` that the
 *  caller's label must hold on the label of the security server (the
 *  initial SID `security`); domain_has_security() in
 *  xen/xsm/flask/flask_op.c asks for it. Until a policy is loaded (boot
 *  option `flask=late`) every such check passes. do_flask_op() copies the
 *  struct back only after a successful call and only for the commands
 *  whose Returns row says so; a failed call writes nothing back.
 *  @{ */

/**
 * @name FLASK_LOAD
 * Load a binary policy in place of the current one.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 1 |
 * | Caller         | a domain with `security { load_policy }` |
 * | Argument       | struct xen_flask_load (`u.load`) |
 * | Returns        | 0; nothing is written back |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | flask_security_load() in xen/xsm/flask/flask_op.c |
 *
 * Errors:
 * - -XEN_EINVAL: `size` is above 64 MiB.
 * - -XEN_ENOMEM: Xen has no room for a copy of the policy.
 * - -XEN_EFAULT: `buffer` cannot be read.
 * - -XEN_EINVAL: the policy cannot be parsed (running out of memory while
 *   parsing gives this too), its initial SIDs cannot be set up (first load
 *   only), or it lacks a class or permission Xen knows or numbers one
 *   differently (security_load_policy() in xen/xsm/flask/ss/services.c).
 * - -XEN_ENOMEM: on a reload, the booleans or the SID table could not be
 *   carried over into the new policy.
 *
 * Booleans keep their values in the new policy where the name is the
 * same; values set with FLASK_SETBOOL but not committed are dropped.
 * @{ */
#define FLASK_LOAD              1

/** Argument of FLASK_LOAD. */
struct xen_flask_load {
    XEN_GUEST_HANDLE(char) buffer; /**< IN: the binary policy. */
    uint32_t size;                 /**< IN: its size, in bytes (at most 64 MiB). */
};
typedef struct xen_flask_load xen_flask_load_t;
/** @} */

/**
 * @name FLASK_GETENFORCE
 * Tell whether the policy is enforced or only logged.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 2 |
 * | Caller         | any domain; no permission is asked |
 * | Argument       | none |
 * | Returns        | 1 when enforcing, 0 when permissive |
 * | Errors         | only the common ones |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_flask_op() in xen/xsm/flask/flask_op.c |
 * @{ */
#define FLASK_GETENFORCE        2
/** @} */

/**
 * @name FLASK_SETENFORCE
 * Switch between enforcing and permissive mode.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 3 |
 * | Caller         | a domain with `security { setenforce }`, asked only when the mode changes |
 * | Argument       | struct xen_flask_setenforce (`u.enforce`) |
 * | Returns        | 0; nothing is written back |
 * | Errors         | only the common ones |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | flask_security_setenforce() in xen/xsm/flask/flask_op.c |
 *
 * Asking for the mode already in force succeeds without any check. Going
 * to enforcing mode empties the access vector cache.
 * @{ */
#define FLASK_SETENFORCE        3

/** Argument of FLASK_SETENFORCE. */
struct xen_flask_setenforce {
    uint32_t enforcing; /**< IN: non-zero for enforcing mode, 0 for permissive. */
};
typedef struct xen_flask_setenforce xen_flask_setenforce_t;
/** @} */

/**
 * @name FLASK_CONTEXT_TO_SID
 * Find the SID of a security context string, creating one if needed.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 4 |
 * | Caller         | a domain with `security { check_context }` |
 * | Argument       | struct xen_flask_sid_context (`u.sid_context`) |
 * | Returns        | 0, with `sid` filled in |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | flask_security_context() in xen/xsm/flask/flask_op.c |
 *
 * Errors:
 * - -XEN_ENOBUFS: `size` is larger than a page.
 * - -XEN_ENOMEM: Xen has no room for a copy of the string.
 * - -XEN_EFAULT: `context` cannot be read.
 * - -XEN_ENOMEM: Xen has no room to parse the string or to add a SID.
 * - -XEN_EINVAL: the string is no valid context of the loaded policy: a
 *   user, role or type it does not know, a malformed MLS part, characters
 *   left over within `size`, or a combination the policy forbids.
 *
 * Before a policy is loaded, the names of the initial SIDs give those
 * SIDs and any other string gives the SID of the hypervisor (`xen`).
 * @{ */
#define FLASK_CONTEXT_TO_SID    4

/** Argument of FLASK_CONTEXT_TO_SID and FLASK_SID_TO_CONTEXT. */
struct xen_flask_sid_context {
    uint32_t sid;  /**< OUT (CONTEXT_TO_SID) or IN (SID_TO_CONTEXT): the SID. */
    /** IN: size of `context`, in bytes (CONTEXT_TO_SID: at most a page);
     *  OUT (SID_TO_CONTEXT, on success): length of the string written,
     *  NUL included. */
    uint32_t size;
    /** IN (CONTEXT_TO_SID) or OUT (SID_TO_CONTEXT): the context string. */
    XEN_GUEST_HANDLE(char) context;
};
typedef struct xen_flask_sid_context xen_flask_sid_context_t;
/** @} */

/**
 * @name FLASK_SID_TO_CONTEXT
 * Write out the security context string of a SID.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 5 |
 * | Caller         | a domain with `security { check_context }` |
 * | Argument       | struct xen_flask_sid_context (`u.sid_context`) |
 * | Returns        | 0, with `context` written and `size` set to its length |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | flask_security_sid() in xen/xsm/flask/flask_op.c |
 *
 * Errors:
 * - -XEN_EINVAL: no policy is loaded yet and `sid` is not an initial SID.
 * - -XEN_ENOMEM: Xen has no room to build the string.
 * - -XEN_ERANGE: `size` is smaller than the string, NUL included. Nothing
 *   is written back, so the needed length is not reported either.
 * - -XEN_EFAULT: `context` cannot be written.
 *
 * The length includes the terminating NUL. A SID the loaded policy does
 * not know gives the context of the initial SID `unlabeled`.
 * @{ */
#define FLASK_SID_TO_CONTEXT    5
/** @} */

/**
 * @name FLASK_ACCESS
 * Compute the policy's access decision for a source SID, a target SID
 * and a class.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 6 |
 * | Caller         | a domain with `security { compute_av }` |
 * | Argument       | struct xen_flask_access (`u.access`) |
 * | Returns        | 0, with `allowed`, `audit_allow`, `audit_deny` and `seqno` filled in |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | flask_security_access() in xen/xsm/flask/flask_op.c |
 *
 * Errors:
 * - -XEN_EINVAL: the low 16 bits of `tclass` are 0 or above the number of
 *   classes of the loaded policy (Xen ignores the upper 16 bits).
 *
 * A SID the loaded policy does not know is taken as the initial SID
 * `unlabeled`. Before a policy is loaded every permission is allowed.
 * @{ */
#define FLASK_ACCESS            6

/** Argument of FLASK_ACCESS: the policy's decision for one access. */
struct xen_flask_access {
    uint32_t ssid;        /**< IN: source SID. */
    uint32_t tsid;        /**< IN: target SID. */
    uint32_t tclass;      /**< IN: target's security class. */
    uint32_t req;         /**< IN: requested permissions (bitmap of the class). */
    uint32_t allowed;     /**< OUT: permissions the policy grants. */
    uint32_t audit_allow; /**< OUT: granted permissions that are logged. */
    uint32_t audit_deny;  /**< OUT: denied permissions that are logged. */
    uint32_t seqno;       /**< OUT: policy sequence number of the decision. */
};
typedef struct xen_flask_access xen_flask_access_t;
/** @} */

/**
 * @name FLASK_CREATE
 * Compute the SID of an object of class `tclass` that `ssid` creates
 * in relation to `tsid` (a type transition).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 7 |
 * | Caller         | a domain with `security { compute_create }` |
 * | Argument       | struct xen_flask_transition (`u.transition`) |
 * | Returns        | 0, with `newsid` filled in |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | flask_security_create() in xen/xsm/flask/flask_op.c |
 *
 * Errors:
 * - -XEN_ENOMEM: Xen has no room for the new context's MLS range or for
 *   a new SID.
 * - -XEN_EACCES: in enforcing mode, the computed context is not valid in
 *   the policy.
 *
 * `tclass` is not checked. A SID the loaded policy does not know is taken
 * as `unlabeled`. Before a policy is loaded, `newsid` is `ssid` for the
 * class `domain` and `tsid` for any other.
 * @{ */
#define FLASK_CREATE            7

/** Argument of FLASK_CREATE, FLASK_RELABEL and FLASK_MEMBER: the SID the
 *  policy gives to a new, relabelled or member object. */
struct xen_flask_transition {
    uint32_t ssid;   /**< IN: source SID. */
    uint32_t tsid;   /**< IN: target SID. */
    uint32_t tclass; /**< IN: security class of the object. */
    uint32_t newsid; /**< OUT: the resulting SID. */
};
typedef struct xen_flask_transition xen_flask_transition_t;
/** @} */

/**
 * @name FLASK_RELABEL
 * Compute the SID that an object of SID `tsid` and class `tclass` takes
 * when `ssid` relabels it (a type change rule).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 8 |
 * | Caller         | a domain with `security { compute_relabel }` |
 * | Argument       | struct xen_flask_transition (`u.transition`) |
 * | Returns        | 0, with `newsid` filled in |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | flask_security_relabel() in xen/xsm/flask/flask_op.c |
 *
 * Errors:
 * - -XEN_ENOMEM: Xen has no room for the new context's MLS range or for
 *   a new SID.
 * - -XEN_EACCES: in enforcing mode, the computed context is not valid in
 *   the policy.
 *
 * The rest is as for FLASK_CREATE.
 * @{ */
#define FLASK_RELABEL           8
/** @} */

/**
 * @name FLASK_USER
 * Withdrawn: listed the SIDs a user could reach.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 9 |
 * | Caller         | any domain; no permission is asked |
 * | Argument       | struct xen_flask_userlist (`u.userlist`, interfaces before 0x00040800) |
 * | Returns        | never succeeds |
 * | Errors         | always -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | nothing in Xen 4.22.0; the hypercall returns -XEN_ENOSYS |
 *
 * The -XEN_ENOSYS is the default case of do_flask_op() in
 * xen/xsm/flask/flask_op.c.
 * @{ */
#define FLASK_USER              9

#if __XEN_INTERFACE_VERSION__ < 0x00040800
/** Argument of the withdrawn FLASK_USER (interfaces before 0x00040800). */
struct xen_flask_userlist {
    uint32_t start_sid; /**< IN: SID to start the list from. */
    /** IN: length of the user name and room in the list; OUT: number of
     *  SIDs returned. */
    uint32_t size;
    /** The user name going in, the SIDs coming out. */
    union {
        XEN_GUEST_HANDLE(char) user;   /**< IN: user whose SIDs are listed. */
        XEN_GUEST_HANDLE(uint32) sids; /**< OUT: the SIDs. */
    } u;
};
#endif
/** @} */

/**
 * @name FLASK_POLICYVERS
 * Report the newest binary policy format the hypervisor can load.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 10 |
 * | Caller         | any domain; no permission is asked |
 * | Argument       | none |
 * | Returns        | the policy format version (30 in Xen 4.22.0) |
 * | Errors         | only the common ones |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_flask_op() in xen/xsm/flask/flask_op.c |
 * @{ */
#define FLASK_POLICYVERS        10
/** @} */

/**
 * @name FLASK_GETBOOL
 * Read a boolean of the policy, by number or by name.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 11 |
 * | Caller         | any domain; no permission is asked |
 * | Argument       | struct xen_flask_boolean (`u.boolean`) |
 * | Returns        | 0, with `enforcing` and `pending` filled in; see below |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | flask_security_get_bool() in xen/xsm/flask/flask_op.c |
 *
 * Errors:
 * - -XEN_ENOBUFS: `bool_id` is -1 and `size` is larger than a page.
 * - -XEN_ENOMEM: `bool_id` is -1 and Xen has no room for a copy of `name`.
 * - -XEN_EFAULT: `bool_id` is -1 and `name` cannot be read.
 * - -XEN_ENOENT: the policy has no boolean of that number or name.
 * - -XEN_ERANGE: `size` is not 0 and smaller than the name's length.
 *   Nothing is written back, so the needed length is not reported either.
 * - -XEN_EFAULT: `name` cannot be written.
 *
 * Looked up by name, the boolean's number comes back in `bool_id` and
 * `size` comes back 0, and the name is not written. Looked up by number
 * with `size` not 0, the name is written without a terminating NUL and
 * `size` returns its length. `pending` is the value a FLASK_SETBOOL has
 * set but not yet committed, or the value in force when there is none.
 * @{ */
#define FLASK_GETBOOL           11

/** Argument of FLASK_GETBOOL and FLASK_SETBOOL. */
struct xen_flask_boolean {
    /** IN/OUT: number of the boolean; -1 (0xffffffff) to look it up by
     *  `name`, and then its number comes back here. */
    uint32_t bool_id;
    uint8_t enforcing;  /**< OUT: value currently in force. */
    uint8_t pending;    /**< OUT: value set but not yet committed. */
    uint8_t new_value;  /**< IN (SETBOOL): the value to set. */
    /** IN (SETBOOL): non-zero to put the value in force at once rather
     *  than only make it pending. */
    uint8_t commit;
    /** IN: size of `name`, in bytes (at most a page when it is read);
     *  OUT: 0 after a lookup by name, else (GETBOOL with `size` not 0)
     *  length of the name written. */
    uint32_t size;
    /** IN: the name when `bool_id` is -1; OUT (GETBOOL, looked up by
     *  number with `size` not 0): the name, without a terminating NUL. */
    XEN_GUEST_HANDLE(char) name;
};
typedef struct xen_flask_boolean xen_flask_boolean_t;
/** @} */

/**
 * @name FLASK_SETBOOL
 * Set a boolean of the policy, either pending until FLASK_COMMITBOOLS or
 * in force at once.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 12 |
 * | Caller         | a domain with `security { setbool }` |
 * | Argument       | struct xen_flask_boolean (`u.boolean`) |
 * | Returns        | 0, with `enforcing` and `pending` filled in |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | flask_security_set_bool() in xen/xsm/flask/flask_op.c |
 *
 * Errors:
 * - -XEN_ENOBUFS: `bool_id` is -1 and `size` is larger than a page.
 * - -XEN_ENOMEM: `bool_id` is -1 and Xen has no room for a copy of `name`.
 * - -XEN_EFAULT: `bool_id` is -1 and `name` cannot be read.
 * - -XEN_ENOMEM: Xen has no room for a copy of the boolean values.
 * - -XEN_ENOENT: the policy has no boolean of that number or name.
 *
 * With `commit` set, the new value goes in force at once together with the
 * values already in force; other pending values stay pending. Looked up
 * by name, the number comes back in `bool_id` and `size` comes back 0.
 * @{ */
#define FLASK_SETBOOL           12
/** @} */

/**
 * @name FLASK_COMMITBOOLS
 * Put every pending boolean value in force.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 13 |
 * | Caller         | a domain with `security { setbool }` |
 * | Argument       | none |
 * | Returns        | 0; nothing is written back |
 * | Errors         | only the common ones |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | flask_security_commit_bools() in xen/xsm/flask/flask_op.c |
 *
 * With nothing set since the last policy load, the call changes nothing.
 * @{ */
#define FLASK_COMMITBOOLS       13
/** @} */

/**
 * @name FLASK_MLS
 * Tell whether the loaded policy uses multi-level security.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 14 |
 * | Caller         | any domain; no permission is asked |
 * | Argument       | none |
 * | Returns        | 1 if the loaded policy has MLS, 0 if not |
 * | Errors         | only the common ones |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_flask_op() in xen/xsm/flask/flask_op.c |
 * @{ */
#define FLASK_MLS               14
/** @} */

/**
 * @name FLASK_DISABLE
 * Withdrawn: turned FLASK off at run time.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 15 |
 * | Caller         | any domain; no permission is asked |
 * | Argument       | none |
 * | Returns        | never succeeds |
 * | Errors         | always -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | nothing in Xen 4.22.0; the hypercall returns -XEN_ENOSYS |
 *
 * The -XEN_ENOSYS is the default case of do_flask_op() in
 * xen/xsm/flask/flask_op.c.
 * @{ */
#define FLASK_DISABLE           15
/** @} */

/**
 * @name FLASK_GETAVC_THRESHOLD
 * Read the size above which the access vector cache (AVC) reclaims
 * entries.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 16 |
 * | Caller         | any domain; no permission is asked |
 * | Argument       | none |
 * | Returns        | the threshold, in entries (512 unless changed) |
 * | Errors         | only the common ones |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_flask_op() in xen/xsm/flask/flask_op.c |
 * @{ */
#define FLASK_GETAVC_THRESHOLD  16
/** @} */

/**
 * @name FLASK_SETAVC_THRESHOLD
 * Set the size above which the AVC reclaims entries.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 17 |
 * | Caller         | a domain with `security { setsecparam }`, asked only when the value changes |
 * | Argument       | struct xen_flask_setavc_threshold (`u.setavc_threshold`) |
 * | Returns        | 0; nothing is written back |
 * | Errors         | only the common ones |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | flask_security_setavc_threshold() in xen/xsm/flask/flask_op.c |
 * @{ */
#define FLASK_SETAVC_THRESHOLD  17

/** Argument of FLASK_SETAVC_THRESHOLD. */
struct xen_flask_setavc_threshold {
    /** IN: number of AVC entries above which the cache reclaims. */
    uint32_t threshold;
};
typedef struct xen_flask_setavc_threshold xen_flask_setavc_threshold_t;
/** @} */

/**
 * @name FLASK_AVC_HASHSTATS
 * Report how full the AVC's hash table is.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 18 |
 * | Caller         | any domain; no permission is asked |
 * | Argument       | struct xen_flask_hash_stats (`u.hash_stats`) |
 * | Returns        | 0, with every member filled in |
 * | Errors         | only the common ones |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | avc_get_hash_stats() in xen/xsm/flask/avc.c |
 * @{ */
#define FLASK_AVC_HASHSTATS     18

/** Argument of FLASK_AVC_HASHSTATS. */
struct xen_flask_hash_stats {
    uint32_t entries;       /**< OUT: entries in the AVC. */
    uint32_t buckets_used;  /**< OUT: hash buckets in use. */
    uint32_t buckets_total; /**< OUT: hash buckets in all. */
    uint32_t max_chain_len; /**< OUT: longest bucket chain. */
};
typedef struct xen_flask_hash_stats xen_flask_hash_stats_t;
/** @} */

/**
 * @name FLASK_AVC_CACHESTATS
 * Report one CPU's AVC counters.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 19 |
 * | Caller         | any domain; no permission is asked |
 * | Argument       | struct xen_flask_cache_stats (`u.cache_stats`) |
 * | Returns        | 0, with the counters filled in |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | flask_security_avc_cachestats() in xen/xsm/flask/flask_op.c |
 *
 * Errors:
 * - -XEN_ENOSYS: Xen was built without CONFIG_XSM_FLASK_AVC_STATS.
 * - -XEN_ENOENT: `cpu` is not a CPU number of this host, or that CPU is
 *   offline.
 * @{ */
#define FLASK_AVC_CACHESTATS    19

/** Argument of FLASK_AVC_CACHESTATS: one CPU's AVC counters. */
struct xen_flask_cache_stats {
    uint32_t cpu;         /**< IN: physical CPU, online. */
    uint32_t lookups;     /**< OUT: lookups. */
    uint32_t hits;        /**< OUT: lookups that found an entry. */
    uint32_t misses;      /**< OUT: lookups that did not. */
    uint32_t allocations; /**< OUT: entries allocated. */
    uint32_t reclaims;    /**< OUT: entries reclaimed. */
    uint32_t frees;       /**< OUT: entries freed. */
};
typedef struct xen_flask_cache_stats xen_flask_cache_stats_t;
/** @} */

/**
 * @name FLASK_MEMBER
 * Compute the SID of a member object of class `tclass`, selected by
 * `ssid` within an object of SID `tsid` (a type member rule).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 20 |
 * | Caller         | a domain with `security { compute_member }` |
 * | Argument       | struct xen_flask_transition (`u.transition`) |
 * | Returns        | 0, with `newsid` filled in |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | flask_security_member() in xen/xsm/flask/flask_op.c |
 *
 * Errors:
 * - -XEN_ENOMEM: Xen has no room for the new context's MLS range or for
 *   a new SID.
 * - -XEN_EACCES: in enforcing mode, the computed context is not valid in
 *   the policy.
 *
 * The rest is as for FLASK_CREATE.
 * @{ */
#define FLASK_MEMBER            20
/** @} */

/**
 * @name FLASK_ADD_OCONTEXT
 * Label a physical IRQ, a PCI device, or a range of I/O ports or I/O
 * memory frames.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 21 |
 * | Caller         | a domain with `security { add_ocontext }` |
 * | Argument       | struct xen_flask_ocontext (`u.ocontext`) |
 * | Returns        | 0; nothing is written back |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | flask_ocontext_add() in xen/xsm/flask/flask_op.c |
 *
 * Errors:
 * - -XEN_EINVAL: `low` is above `high` (checked before the permission).
 * - -XEN_ENOMEM: Xen has no room for the new label.
 * - -XEN_EINVAL: `ocon` is 1 (IRQ) or 4 (PCI device) and `high` is not
 *   `low`.
 * - -XEN_EEXIST: that IRQ or device already has another SID, or the range
 *   overlaps a labelled range other than the same range with the same SID.
 * - -XEN_EINVAL: `ocon` is not 1 to 4.
 *
 * Labelling an I/O port or memory range again, exactly and with the SID it
 * already has, succeeds and changes nothing. Doing so for an IRQ or a PCI
 * device succeeds too but adds a second, equal entry, and one
 * FLASK_DEL_OCONTEXT then removes only one of them. Xen keeps only the low
 * 16 bits of an IRQ number.
 * @{ */
#define FLASK_ADD_OCONTEXT      21

/** Argument of FLASK_ADD_OCONTEXT and FLASK_DEL_OCONTEXT: the label of a
 *  range of hardware resources. */
struct xen_flask_ocontext {
    /** IN: kind of resource: 1 physical IRQ, 2 I/O port, 3 I/O memory
     *  frame, 4 PCI device (segment, bus, device and function). */
    uint32_t ocon;
    uint32_t sid;  /**< IN: SID to label the range with (ADD only). */
    uint64_t low;  /**< IN: first resource of the range. */
    /** IN: last resource of the range; not below `low`; for an IRQ or a
     *  PCI device, equal to `low` (ADD). */
    uint64_t high;
};
typedef struct xen_flask_ocontext xen_flask_ocontext_t;
/** @} */

/**
 * @name FLASK_DEL_OCONTEXT
 * Remove a label that FLASK_ADD_OCONTEXT or the policy gave.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 22 |
 * | Caller         | a domain with `security { del_ocontext }` |
 * | Argument       | struct xen_flask_ocontext (`u.ocontext`; `sid` is not read) |
 * | Returns        | 0; nothing is written back |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | flask_ocontext_del() in xen/xsm/flask/flask_op.c |
 *
 * Errors:
 * - -XEN_EINVAL: `low` is above `high` (checked before the permission).
 * - -XEN_ENOENT: no label matches: for an IRQ or a PCI device, none for
 *   `low`; for an I/O port or memory range, none with exactly `low` and
 *   `high`.
 * - -XEN_EINVAL: `ocon` is not 1 to 4.
 * @{ */
#define FLASK_DEL_OCONTEXT      22
/** @} */

/**
 * @name FLASK_GET_PEER_SID
 * Report the SID of the domain at the other end of one of the caller's
 * interdomain event channels, so a backend can learn who its frontend is.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 23 |
 * | Caller         | any domain, on its own port; no permission is asked |
 * | Argument       | struct xen_flask_peersid (`u.peersid`) |
 * | Returns        | 0, with `sid` filled in |
 * | Errors         | listed below |
 * | Since          | Xen 4.2.0 |
 * | Implemented by | flask_get_peer_sid() in xen/xsm/flask/flask_op.c |
 *
 * Errors:
 * - -XEN_EINVAL: `evtchn` is not a valid port of the caller, or it is not
 *   bound to another domain's port (an unbound, VIRQ, PIRQ or IPI port).
 * @{ */
#define FLASK_GET_PEER_SID      23

/** Argument of FLASK_GET_PEER_SID. */
struct xen_flask_peersid {
    /** IN: the caller's end of an interdomain event channel. */
    evtchn_port_t evtchn;
    uint32_t sid;         /**< OUT: SID of the domain at the other end. */
};
typedef struct xen_flask_peersid xen_flask_peersid_t;
/** @} */

/**
 * @name FLASK_RELABEL_DOMAIN
 * Give a domain a new SID.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 24 |
 * | Caller         | a domain the policy lets relabel the target; see below |
 * | Argument       | struct xen_flask_relabel (`u.relabel`) |
 * | Returns        | 0; nothing is written back |
 * | Errors         | listed below |
 * | Since          | Xen 4.3.0 |
 * | Implemented by | flask_relabel_domain() in xen/xsm/flask/flask_op.c |
 *
 * Errors:
 * - -XEN_ESRCH: `domid` names no domain.
 * - -XEN_EACCES: one of the permissions below is denied.
 *
 * With `domid` DOMID_SELF, the domain's old SID needs `domain2 {
 * relabelself }` on the new SID; with any other `domid` (the caller's own
 * number included) the caller needs `domain2 { relabelfrom }` on the old
 * SID and `domain2 { relabelto }` on the new one. Either way the old SID
 * needs `domain { transition }` on the new one. The domain's self and
 * target SIDs are computed again from the new SID.
 * @{ */
#define FLASK_RELABEL_DOMAIN    24

/** Argument of FLASK_RELABEL_DOMAIN. */
struct xen_flask_relabel {
    uint32_t domid; /**< IN: the domain, or DOMID_SELF. */
    uint32_t sid;   /**< IN: its new SID. */
};
typedef struct xen_flask_relabel xen_flask_relabel_t;
/** @} */

/**
 * @name FLASK_DEVICETREE_LABEL
 * Label a device-tree node by its path, or remove its label.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 25 |
 * | Caller         | a domain with `security { add_ocontext }`, or `del_ocontext` when `sid` is 0 |
 * | Argument       | struct xen_flask_devicetree_label (`u.devicetree_label`) |
 * | Returns        | 0; nothing is written back |
 * | Errors         | listed below |
 * | Since          | Xen 4.6.0 |
 * | Implemented by | flask_devicetree_label() in xen/xsm/flask/flask_op.c |
 *
 * Errors:
 * - -XEN_ENOBUFS: `length` is larger than a page.
 * - -XEN_ENOMEM: Xen has no room for a copy of the path.
 * - -XEN_EFAULT: `path` cannot be read.
 * - -XEN_ENOMEM: `sid` is not 0 and Xen has no room for the label.
 * - -XEN_ENOENT: `sid` is 0 and the node has no label.
 * - -XEN_EEXIST: `sid` is not 0 and the node already has a label, even
 *   the same one.
 * @{ */
#define FLASK_DEVICETREE_LABEL  25

/** Argument of FLASK_DEVICETREE_LABEL. */
struct xen_flask_devicetree_label {
    uint32_t sid;    /**< IN: SID for the node, or 0 to remove its label. */
    uint32_t length; /**< IN: size of `path`, in bytes; at most a page. */
    XEN_GUEST_HANDLE(char) path; /**< IN: path of the device-tree node. */
};
typedef struct xen_flask_devicetree_label xen_flask_devicetree_label_t;
/** @} */

/** @} */

/** @defgroup flask_op_h_op The xsm_op argument
 *  @ingroup hdr_xsm_flask_op_h
 *  @{ */

/** What HYPERVISOR_xsm_op points at when FLASK is the security module. */
struct xen_flask_op {
    uint32_t cmd;               /**< IN: a FLASK_* command. */
    uint32_t interface_version; /**< IN: XEN_FLASK_INTERFACE_VERSION. */
    /** The command's argument; the member to use is named in each
     *  command's Argument row. */
    union {
        xen_flask_load_t load;                 /**< FLASK_LOAD. */
        xen_flask_setenforce_t enforce;        /**< FLASK_SETENFORCE. */
        /** FLASK_CONTEXT_TO_SID and FLASK_SID_TO_CONTEXT. */
        xen_flask_sid_context_t sid_context;
        xen_flask_access_t access;             /**< FLASK_ACCESS. */
        /** FLASK_CREATE, FLASK_RELABEL and FLASK_MEMBER. */
        xen_flask_transition_t transition;
#if __XEN_INTERFACE_VERSION__ < 0x00040800
        struct xen_flask_userlist userlist;    /**< FLASK_USER (interfaces before 0x00040800). */
#endif
        xen_flask_boolean_t boolean;           /**< FLASK_GETBOOL and FLASK_SETBOOL. */
        /** FLASK_SETAVC_THRESHOLD. */
        xen_flask_setavc_threshold_t setavc_threshold;
        xen_flask_hash_stats_t hash_stats;     /**< FLASK_AVC_HASHSTATS. */
        xen_flask_cache_stats_t cache_stats;   /**< FLASK_AVC_CACHESTATS. */
        xen_flask_ocontext_t ocontext;         /**< FLASK_ADD_OCONTEXT and FLASK_DEL_OCONTEXT. */
        xen_flask_peersid_t peersid;           /**< FLASK_GET_PEER_SID. */
        xen_flask_relabel_t relabel;           /**< FLASK_RELABEL_DOMAIN. */
        /** FLASK_DEVICETREE_LABEL. */
        xen_flask_devicetree_label_t devicetree_label;
    } u;
};
typedef struct xen_flask_op xen_flask_op_t;
DEFINE_XEN_GUEST_HANDLE(xen_flask_op_t);

/** @} */

#endif /* __FLASK_OP_H__ */
