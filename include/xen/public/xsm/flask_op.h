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
 * Permission: most commands are themselves checked against the policy
 * (class `security`, the permission named in each command's table);
 * denial returns -XEN_EACCES. In permissive mode denials are only logged.
 * Only the commands marked as writing output copy the struct back to
 * the caller; the others leave it untouched.
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

/** @defgroup flask_op_h_args Command arguments
 *  @ingroup hdr_xsm_flask_op_h
 *  The members of xen_flask_op::u.
 *  @{ */

/** The version of this interface; callers put it in
 *  xen_flask_op::interface_version. */
#define XEN_FLASK_INTERFACE_VERSION 1

/** Argument of FLASK_LOAD. */
struct xen_flask_load {
    XEN_GUEST_HANDLE(char) buffer; /**< IN: the binary policy. */
    uint32_t size;                 /**< IN: its size, in bytes (at most 64 MiB). */
};
typedef struct xen_flask_load xen_flask_load_t;

/** Argument of FLASK_SETENFORCE. */
struct xen_flask_setenforce {
    uint32_t enforcing; /**< IN: non-zero for enforcing mode, 0 for permissive. */
};
typedef struct xen_flask_setenforce xen_flask_setenforce_t;

/** Argument of FLASK_CONTEXT_TO_SID and FLASK_SID_TO_CONTEXT. */
struct xen_flask_sid_context {
    uint32_t sid;  /**< OUT (CONTEXT_TO_SID) or IN (SID_TO_CONTEXT): the SID. */
    uint32_t size; /**< IN: size of `context` in bytes; OUT (SID_TO_CONTEXT): length of the context string. */
    XEN_GUEST_HANDLE(char) context; /**< IN (CONTEXT_TO_SID) or OUT (SID_TO_CONTEXT): the context string. */
};
typedef struct xen_flask_sid_context xen_flask_sid_context_t;

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

/** Argument of FLASK_CREATE, FLASK_RELABEL and FLASK_MEMBER: the SID the
 *  policy gives to a new, relabelled or member object. */
struct xen_flask_transition {
    uint32_t ssid;   /**< IN: source SID. */
    uint32_t tsid;   /**< IN: target SID. */
    uint32_t tclass; /**< IN: security class of the object. */
    uint32_t newsid; /**< OUT: the resulting SID. */
};
typedef struct xen_flask_transition xen_flask_transition_t;

#if __XEN_INTERFACE_VERSION__ < 0x00040800
/** Argument of the withdrawn FLASK_USER (interfaces before 0x00040800). */
struct xen_flask_userlist {
    uint32_t start_sid; /**< IN: SID to start the list from. */
    uint32_t size;      /**< IN: length of the user name and room in the list; OUT: number of SIDs returned. */
    /** The user name going in, the SIDs coming out. */
    union {
        XEN_GUEST_HANDLE(char) user;   /**< IN: user whose SIDs are listed. */
        XEN_GUEST_HANDLE(uint32) sids; /**< OUT: the SIDs. */
    } u;
};
#endif

/** Argument of FLASK_GETBOOL and FLASK_SETBOOL. */
struct xen_flask_boolean {
    uint32_t bool_id;   /**< IN/OUT: number of the boolean; pass -1 (0xffffffff) to look it up by `name`, and get its number back. */
    uint8_t enforcing;  /**< OUT: value currently in force. */
    uint8_t pending;    /**< OUT: value set but not yet committed. */
    uint8_t new_value;  /**< IN (SETBOOL): the value to set. */
    uint8_t commit;     /**< IN (SETBOOL): non-zero to put the value in force at once rather than only make it pending. */
    uint32_t size;      /**< IN: size of `name` in bytes; OUT (GETBOOL): length of the name. */
    XEN_GUEST_HANDLE(char) name; /**< IN: name when `bool_id` is -1; OUT (GETBOOL, when `size` is non-zero): the boolean's name. */
};
typedef struct xen_flask_boolean xen_flask_boolean_t;

/** Argument of FLASK_SETAVC_THRESHOLD. */
struct xen_flask_setavc_threshold {
    uint32_t threshold; /**< IN: number of AVC entries above which the cache starts reclaiming. */
};
typedef struct xen_flask_setavc_threshold xen_flask_setavc_threshold_t;

/** Argument of FLASK_AVC_HASHSTATS. */
struct xen_flask_hash_stats {
    uint32_t entries;       /**< OUT: entries in the AVC. */
    uint32_t buckets_used;  /**< OUT: hash buckets in use. */
    uint32_t buckets_total; /**< OUT: hash buckets in all. */
    uint32_t max_chain_len; /**< OUT: longest bucket chain. */
};
typedef struct xen_flask_hash_stats xen_flask_hash_stats_t;

/** Argument of FLASK_AVC_CACHESTATS: one CPU's AVC counters. */
struct xen_flask_cache_stats {
    uint32_t cpu;         /**< IN: physical CPU. */
    uint32_t lookups;     /**< OUT: lookups. */
    uint32_t hits;        /**< OUT: lookups that found an entry. */
    uint32_t misses;      /**< OUT: lookups that did not. */
    uint32_t allocations; /**< OUT: entries allocated. */
    uint32_t reclaims;    /**< OUT: entries reclaimed. */
    uint32_t frees;       /**< OUT: entries freed. */
};
typedef struct xen_flask_cache_stats xen_flask_cache_stats_t;

/** Argument of FLASK_ADD_OCONTEXT and FLASK_DEL_OCONTEXT: the label of a
 *  range of hardware resources. */
struct xen_flask_ocontext {
    uint32_t ocon; /**< IN: kind of resource: 1 physical IRQ, 2 I/O port, 3 I/O memory frame, 4 PCI device (SBDF). */
    uint32_t sid;  /**< IN: SID to label the range with (ADD only). */
    uint64_t low;  /**< IN: first resource of the range. */
    uint64_t high; /**< IN: last resource of the range; not below `low`. */
};
typedef struct xen_flask_ocontext xen_flask_ocontext_t;

/** Argument of FLASK_GET_PEER_SID. */
struct xen_flask_peersid {
    evtchn_port_t evtchn; /**< IN: the caller's end of an interdomain event channel. */
    uint32_t sid;         /**< OUT: SID of the domain at the other end. */
};
typedef struct xen_flask_peersid xen_flask_peersid_t;

/** Argument of FLASK_RELABEL_DOMAIN. */
struct xen_flask_relabel {
    uint32_t domid; /**< IN: the domain, or DOMID_SELF. */
    uint32_t sid;   /**< IN: its new SID. */
};
typedef struct xen_flask_relabel xen_flask_relabel_t;

/** Argument of FLASK_DEVICETREE_LABEL. */
struct xen_flask_devicetree_label {
    uint32_t sid;    /**< IN: SID for the node, or 0 to remove its label. */
    uint32_t length; /**< IN: size of `path` in bytes. */
    XEN_GUEST_HANDLE(char) path; /**< IN: path of the device-tree node. */
};
typedef struct xen_flask_devicetree_label xen_flask_devicetree_label_t;

/** @} */

/** @defgroup flask_op_h_cmds FLASK commands
 *  @ingroup hdr_xsm_flask_op_h
 *  Values of xen_flask_op::cmd. Every command also fails with
 *  -XEN_EFAULT when the struct cannot be read or written back, and with
 *  -XEN_ENOSYS when `interface_version` is not XEN_FLASK_INTERFACE_VERSION
 *  or `cmd` is unknown. "Output" says whether the struct is copied back.
 *  @{ */

/**
 * @name FLASK_LOAD
 * Load a policy, replacing the current one; pending boolean values are
 * discarded.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | security manager (permission `load_policy`) |
 * | Argument  | `u.load` (struct xen_flask_load); no output |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: policy larger than 64 MiB or malformed; -XEN_ENOMEM: out of memory; -XEN_EACCES: denied |
 * @{ */
#define FLASK_LOAD              1
/** @} */

/**
 * @name FLASK_GETENFORCE
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | any domain |
 * | Argument  | none |
 * | Returns   | 1 if the policy is enforced, 0 if permissive |
 * | Errors    | none of its own |
 * @{ */
#define FLASK_GETENFORCE        2
/** @} */

/**
 * @name FLASK_SETENFORCE
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | security manager (permission `setenforce`, checked only when the mode changes) |
 * | Argument  | `u.enforce` (struct xen_flask_setenforce); no output |
 * | Returns   | 0 |
 * | Errors    | -XEN_EACCES: denied |
 * @{ */
#define FLASK_SETENFORCE        3
/** @} */

/**
 * @name FLASK_CONTEXT_TO_SID
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | security manager (permission `check_context`) |
 * | Argument  | `u.sid_context` (struct xen_flask_sid_context): `context`, `size` IN (at most one page); `sid` OUT |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: the context is not valid in the policy; -XEN_ENOMEM; -XEN_EACCES: denied |
 * @{ */
#define FLASK_CONTEXT_TO_SID    4
/** @} */

/**
 * @name FLASK_SID_TO_CONTEXT
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | security manager (permission `check_context`) |
 * | Argument  | `u.sid_context` (struct xen_flask_sid_context): `sid`, `size` IN; `context`, `size` OUT |
 * | Returns   | 0 |
 * | Errors    | -XEN_ERANGE: the buffer is too small (`size` returns the length needed); -XEN_EINVAL: unknown SID; -XEN_EACCES: denied |
 * @{ */
#define FLASK_SID_TO_CONTEXT    5
/** @} */

/**
 * @name FLASK_ACCESS
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | security manager (permission `compute_av`) |
 * | Argument  | `u.access` (struct xen_flask_access) |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: unknown SID or class; -XEN_EACCES: denied |
 * @{ */
#define FLASK_ACCESS            6
/** @} */

/**
 * @name FLASK_CREATE
 * The SID of an object of class `tclass` created by `ssid` in `tsid`.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | security manager (permission `compute_create`) |
 * | Argument  | `u.transition` (struct xen_flask_transition) |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: unknown SID or class; -XEN_EACCES: denied |
 * @{ */
#define FLASK_CREATE            7
/** @} */

/**
 * @name FLASK_RELABEL
 * The SID `ssid` takes when relabelled by `tsid`.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | security manager (permission `compute_relabel`) |
 * | Argument  | `u.transition` (struct xen_flask_transition) |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: unknown SID or class; -XEN_EACCES: denied |
 * @{ */
#define FLASK_RELABEL           8
/** @} */

/** Withdrawn: listing a user's SIDs. Fails with -XEN_ENOSYS. */
#define FLASK_USER              9

/**
 * @name FLASK_POLICYVERS
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | any domain |
 * | Argument  | none |
 * | Returns   | the newest binary policy version the hypervisor can load |
 * | Errors    | none of its own |
 * @{ */
#define FLASK_POLICYVERS        10
/** @} */

/**
 * @name FLASK_GETBOOL
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | any domain |
 * | Argument  | `u.boolean` (struct xen_flask_boolean): `bool_id` or `name`, `size` IN; `bool_id`, `enforcing`, `pending`, `size`, `name` OUT |
 * | Returns   | 0 |
 * | Errors    | -XEN_ENOENT: no such boolean; -XEN_ERANGE: `name` too small for the name (`size` returns the length) |
 * @{ */
#define FLASK_GETBOOL           11
/** @} */

/**
 * @name FLASK_SETBOOL
 * Set a boolean, either pending (until FLASK_COMMITBOOLS) or at once.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | security manager (permission `setbool`) |
 * | Argument  | `u.boolean` (struct xen_flask_boolean): `bool_id` or `name`, `new_value`, `commit` IN; `enforcing`, `pending` OUT |
 * | Returns   | 0 |
 * | Errors    | -XEN_ENOENT: no such boolean; -XEN_EACCES: denied |
 * @{ */
#define FLASK_SETBOOL           12
/** @} */

/**
 * @name FLASK_COMMITBOOLS
 * Put every pending boolean value in force.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | security manager (permission `setbool`) |
 * | Argument  | none |
 * | Returns   | 0 |
 * | Errors    | -XEN_EACCES: denied |
 * @{ */
#define FLASK_COMMITBOOLS       13
/** @} */

/**
 * @name FLASK_MLS
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | any domain |
 * | Argument  | none |
 * | Returns   | 1 if the loaded policy uses multi-level security, 0 if not |
 * | Errors    | none of its own |
 * @{ */
#define FLASK_MLS               14
/** @} */

/** Withdrawn: turning FLASK off at run time. Fails with -XEN_ENOSYS. */
#define FLASK_DISABLE           15

/**
 * @name FLASK_GETAVC_THRESHOLD
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | any domain |
 * | Argument  | none |
 * | Returns   | the AVC reclaim threshold, in entries |
 * | Errors    | none of its own |
 * @{ */
#define FLASK_GETAVC_THRESHOLD  16
/** @} */

/**
 * @name FLASK_SETAVC_THRESHOLD
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | security manager (permission `setsecparam`, checked only when the value changes) |
 * | Argument  | `u.setavc_threshold` (struct xen_flask_setavc_threshold); no output |
 * | Returns   | 0 |
 * | Errors    | -XEN_EACCES: denied |
 * @{ */
#define FLASK_SETAVC_THRESHOLD  17
/** @} */

/**
 * @name FLASK_AVC_HASHSTATS
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | any domain |
 * | Argument  | `u.hash_stats` (struct xen_flask_hash_stats), OUT |
 * | Returns   | 0 |
 * | Errors    | none of its own |
 * @{ */
#define FLASK_AVC_HASHSTATS     18
/** @} */

/**
 * @name FLASK_AVC_CACHESTATS
 * Only in hypervisors built with AVC statistics; otherwise -XEN_ENOSYS.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | any domain |
 * | Argument  | `u.cache_stats` (struct xen_flask_cache_stats) |
 * | Returns   | 0 |
 * | Errors    | -XEN_ENOENT: `cpu` does not exist or is offline; -XEN_ENOSYS: statistics not built in |
 * @{ */
#define FLASK_AVC_CACHESTATS    19
/** @} */

/**
 * @name FLASK_MEMBER
 * The SID of a member object of class `tclass` of `tsid`, for `ssid`.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | security manager (permission `compute_member`) |
 * | Argument  | `u.transition` (struct xen_flask_transition) |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: unknown SID or class; -XEN_EACCES: denied |
 * @{ */
#define FLASK_MEMBER            20
/** @} */

/**
 * @name FLASK_ADD_OCONTEXT
 * Label a range of hardware resources.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | security manager (permission `add_ocontext`) |
 * | Argument  | `u.ocontext` (struct xen_flask_ocontext); no output |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: `low` above `high`, or unknown `ocon`; -XEN_EEXIST: the range overlaps one already labelled; -XEN_ENOMEM; -XEN_EACCES: denied |
 * @{ */
#define FLASK_ADD_OCONTEXT      21
/** @} */

/**
 * @name FLASK_DEL_OCONTEXT
 * Remove the label of a range added by FLASK_ADD_OCONTEXT.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | security manager (permission `del_ocontext`) |
 * | Argument  | `u.ocontext` (struct xen_flask_ocontext; `sid` ignored); no output |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: `low` above `high`, or unknown `ocon`; -XEN_ENOENT: no such labelled range; -XEN_EACCES: denied |
 * @{ */
#define FLASK_DEL_OCONTEXT      22
/** @} */

/**
 * @name FLASK_GET_PEER_SID
 * The SID of the domain at the other end of one of the caller's event
 * channels, so a backend can learn who its frontend is.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | any domain |
 * | Argument  | `u.peersid` (struct xen_flask_peersid) |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: `evtchn` is not an open interdomain channel of the caller |
 * @{ */
#define FLASK_GET_PEER_SID      23
/** @} */

/**
 * @name FLASK_RELABEL_DOMAIN
 * Give a domain a new SID. The policy must allow the caller to relabel
 * itself (`domain2 relabelself`) or the domain (`relabelfrom` its old SID,
 * `relabelto` the new one), and the domain's transition to the new SID
 * (`domain transition`).
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | security manager, or a domain relabelling itself |
 * | Argument  | `u.relabel` (struct xen_flask_relabel); no output |
 * | Returns   | 0 |
 * | Errors    | -XEN_ESRCH: no such domain; -XEN_EACCES: denied |
 * @{ */
#define FLASK_RELABEL_DOMAIN    24
/** @} */

/**
 * @name FLASK_DEVICETREE_LABEL
 * Label a device-tree node (Arm), or remove its label.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | security manager (permission `add_ocontext`, or `del_ocontext` when `sid` is 0) |
 * | Argument  | `u.devicetree_label` (struct xen_flask_devicetree_label); no output |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: the path is not NUL-terminated within `length`; -XEN_ENOENT: removing a label the node does not have; -XEN_EEXIST: the node already has a label; -XEN_ENOMEM; -XEN_EACCES: denied |
 * @{ */
#define FLASK_DEVICETREE_LABEL  25
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
     *  command's table. */
    union {
        xen_flask_load_t load;                 /**< FLASK_LOAD. */
        xen_flask_setenforce_t enforce;        /**< FLASK_SETENFORCE. */
        xen_flask_sid_context_t sid_context;   /**< FLASK_CONTEXT_TO_SID and FLASK_SID_TO_CONTEXT. */
        xen_flask_access_t access;             /**< FLASK_ACCESS. */
        xen_flask_transition_t transition;     /**< FLASK_CREATE, FLASK_RELABEL and FLASK_MEMBER. */
#if __XEN_INTERFACE_VERSION__ < 0x00040800
        struct xen_flask_userlist userlist;    /**< FLASK_USER (interfaces before 0x00040800). */
#endif
        xen_flask_boolean_t boolean;           /**< FLASK_GETBOOL and FLASK_SETBOOL. */
        xen_flask_setavc_threshold_t setavc_threshold; /**< FLASK_SETAVC_THRESHOLD. */
        xen_flask_hash_stats_t hash_stats;     /**< FLASK_AVC_HASHSTATS. */
        xen_flask_cache_stats_t cache_stats;   /**< FLASK_AVC_CACHESTATS. */
        xen_flask_ocontext_t ocontext;         /**< FLASK_ADD_OCONTEXT and FLASK_DEL_OCONTEXT. */
        xen_flask_peersid_t peersid;           /**< FLASK_GET_PEER_SID. */
        xen_flask_relabel_t relabel;           /**< FLASK_RELABEL_DOMAIN. */
        xen_flask_devicetree_label_t devicetree_label; /**< FLASK_DEVICETREE_LABEL. */
    } u;
};
typedef struct xen_flask_op xen_flask_op_t;
DEFINE_XEN_GUEST_HANDLE(xen_flask_op_t);

/** @} */

#endif /* __FLASK_OP_H__ */
