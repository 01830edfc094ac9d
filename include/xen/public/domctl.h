/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief The stable part of the domain-control hypercall: asking Xen for the
 *        state of a domain (XEN_DOMCTL_get_domain_state).
 *
 * HYPERVISOR_domctl (`__HYPERVISOR_domctl`) is the toolstack's interface for
 * creating, configuring and tearing down domains. Its request, struct
 * xen_domctl, carries the interface version it was built for, and Xen turns
 * away any request whose version differs from its own; almost all of it is
 * therefore unstable and lives in unstable/domctl.h. One operation is
 * exempt: XEN_DOMCTL_get_domain_state is promised not to change, and Xen
 * accepts it only with `interface_version` set to 0. A xenstored (or any
 * other watcher of domain lifetimes) built against this header keeps
 * working across hypervisor releases without being rebuilt.
 *
 * Such a caller must not need the unstable tree, so this header gives it:
 * - the operation number XEN_DOMCTL_get_domain_state and its result, struct
 *   xen_domctl_get_domain_state, with its XEN_DOMCTL_GETDOMSTATE_* bits,
 *   under upstream's names;
 * - struct xen_domctl_stable, a request envelope with exactly the layout of
 *   struct xen_domctl: the same fields at the same offsets (`cmd`,
 *   `interface_version`, `domain`, `_pad`, then the union `u` at byte 16),
 *   the same size (the union is as large as xen_domctl's) and the same
 *   alignment. Xen always reads and writes back a whole struct xen_domctl,
 *   so a smaller buffer would not do. Passing a struct xen_domctl_stable to
 *   `__HYPERVISOR_domctl` is passing a struct xen_domctl whose
 *   `interface_version` is 0.
 *
 * struct xen_domctl itself is defined once, with its full union, in
 * unstable/domctl.h. That header includes this one, so both sets of names
 * can be used together, and it checks at compile time that the two
 * envelopes agree in size, alignment and every shared offset.
 *
 * Stability: stable (this operation only; struct xen_domctl and every other
 * XEN_DOMCTL_* operation are unstable). Callers: xenstored and other
 * domain-lifecycle watchers; unstable/domctl.h.
 */
#ifndef __XEN_PUBLIC_DOMCTL_H__
#define __XEN_PUBLIC_DOMCTL_H__
/* Marks this copy as xen-public's: unstable/domctl.h adds its toolstack part
 * only then (another copy of the header, included first, has its own). */
#define XEN_PUBLIC_DOMCTL_H

#include "xen.h"

/** @defgroup hdr_domctl_h domctl.h
 *  @ingroup xen_core */

/** @defgroup domctl_h_get_domain_state XEN_DOMCTL_get_domain_state
 *  @ingroup hdr_domctl_h
 *  The stable domain-control operation.
 *  @{ */

/**
 * @name XEN_DOMCTL_get_domain_state
 * Report whether a domain exists, whether it has shut down or is being
 * destroyed, and which special roles it holds. With `domain` set to a
 * domain id, that domain is described. With `domain` set to DOMID_INVALID,
 * Xen picks one domain whose state changed since it was last reported this
 * way, clears its "changed" mark, writes its id into `domain` and describes
 * it; if that domain has vanished meanwhile, every result field is 0 (no
 * XEN_DOMCTL_GETDOMSTATE_STATE_EXIST bit). Calling this until -XEN_ENOENT
 * after each VIRQ_DOM_EXC event tells the owner of that VIRQ about every
 * change.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 90 |
 * | Caller         | the xenstore or control domain; XSM: xsm_get_domain_state(), XSM_XS_PRIV |
 * | Argument       | struct xen_domctl_stable, `u.get_domain_state` |
 * | Returns        | 0; the whole envelope is written back, `domain` and the result filled in |
 * | Errors         | listed below |
 * | Since          | Xen 4.21.0 |
 * | Implemented by | get_domain_state(), via do_domctl(), in xen/common/domain.c |
 *
 * The request is a struct xen_domctl_stable (or a struct xen_domctl) with
 * `cmd` XEN_DOMCTL_get_domain_state and `interface_version` 0. The default
 * policy also lets the device model of a domain ask about that domain.
 * With DOMID_INVALID the caller must besides be the domain that bound
 * VIRQ_DOM_EXC, and the domains the policy would not let it ask about are
 * skipped. do_domctl() is in xen/common/domctl.c.
 *
 * Errors:
 * - -XEN_EFAULT: the envelope cannot be read.
 * - -XEN_EACCES: `interface_version` is not 0.
 * - -XEN_ESRCH: `domain` names no existing domain, and the caller is a
 *   control domain.
 * - -XEN_EPERM: `domain` names no existing domain, and the caller is not
 *   a control domain.
 * - -XEN_EPERM: the policy refuses the caller.
 * - -XEN_EINVAL: `pad0` is not 0.
 * - -XEN_EACCES: DOMID_INVALID from a domain that has not bound
 *   VIRQ_DOM_EXC.
 * - -XEN_ENOENT: DOMID_INVALID, and no domain changed state since it was
 *   last reported.
 * - -XEN_EFAULT: the envelope cannot be written back.
 * @{ */

#define XEN_DOMCTL_get_domain_state              90

/** `state` bit: the domain exists (set for every live domain). */
#define XEN_DOMCTL_GETDOMSTATE_STATE_EXIST     0x0001
/** `state` bit: the domain has completed its shutdown. */
#define XEN_DOMCTL_GETDOMSTATE_STATE_SHUTDOWN  0x0002
/** `state` bit: the domain is being destroyed. */
#define XEN_DOMCTL_GETDOMSTATE_STATE_DYING     0x0004
/** `state` bit: the domain's destruction is complete; only its id and
 *  bookkeeping remain. */
#define XEN_DOMCTL_GETDOMSTATE_STATE_DEAD      0x0008
/** `caps` bit: the domain is a control domain (may manage others). */
#define XEN_DOMCTL_GETDOMSTATE_CAP_CONTROL     0x0001
/** `caps` bit: the domain is the hardware domain (owns the physical
 *  devices). */
#define XEN_DOMCTL_GETDOMSTATE_CAP_HARDWARE    0x0002
/** `caps` bit: the domain is the xenstore domain. */
#define XEN_DOMCTL_GETDOMSTATE_CAP_XENSTORE    0x0004

/** Argument of XEN_DOMCTL_get_domain_state: the `u.get_domain_state`
 *  member of the request envelope; 16 bytes. */
struct xen_domctl_get_domain_state {
    uint16_t state;     /**< OUT: XEN_DOMCTL_GETDOMSTATE_STATE_* bits. */
    uint16_t caps;      /**< OUT: XEN_DOMCTL_GETDOMSTATE_CAP_* bits. */
    uint32_t pad0;      /**< Padding: write zero; Xen refuses any other
                             value (-XEN_EINVAL). */
    uint64_t unique_id; /**< OUT: identity of this incarnation of the
                             domain; a later domain reusing the same domid
                             gets a different value. */
};

/** @} */

/** @} */

/** @defgroup domctl_h_stable Stable request envelope
 *  @ingroup hdr_domctl_h
 *  What a caller of the stable operation passes to `__HYPERVISOR_domctl`.
 *  @{ */

/**
 * Request of XEN_DOMCTL_get_domain_state: struct xen_domctl under another
 * name, with only the stable member in its union. Size, alignment and
 * every offset equal those of struct xen_domctl on each architecture (144
 * bytes, the union at byte 16), and Xen reads and writes back that many
 * bytes. Clear the whole envelope before filling it in.
 */
struct xen_domctl_stable {
    uint32_t cmd;               /**< IN: XEN_DOMCTL_get_domain_state. */
    uint32_t interface_version; /**< IN: 0. Stable operations take 0 here,
                                     never XEN_DOMCTL_INTERFACE_VERSION. */
    domid_t domain;             /**< IN: the domain to describe, or
                                     DOMID_INVALID for the next changed one;
                                     OUT: the domain described. */
    uint16_t _pad[3];           /**< IN: write 0 (unused); OUT: returned as
                                     written. */
    /** Operation-specific part, as large as struct xen_domctl's. */
    union {
        /** IN/OUT: the operation's argument and result. */
        struct xen_domctl_get_domain_state get_domain_state;
#ifdef uint64_aligned_t
        uint64_aligned_t xen_align; /**< Unused: gives the union the 8-byte
                                         alignment of struct xen_domctl's. */
#else
        uint64_t xen_align;         /**< Unused: gives the union the 8-byte
                                         alignment of struct xen_domctl's. */
#endif
        uint8_t pad[128];           /**< Sets the size; bytes past the
                                         result: write 0, ignored. */
    } u;
};
typedef struct xen_domctl_stable xen_domctl_stable_t;

/** @} */

#endif /* __XEN_PUBLIC_DOMCTL_H__ */
