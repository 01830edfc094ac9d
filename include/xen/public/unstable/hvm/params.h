/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Toolstack-only complement of hvm/params.h; unstable.
 *
 * Numbers of HVM parameters that are deprecated. Their meaning is no longer
 * defined: Xen refuses to read or write any of them (-XEN_EINVAL). The
 * names stay available to toolstack code that still mentions them, such
 * as tables of parameters to skip when saving a domain.
 *
 * This header includes hvm/params.h.
 *
 * Stability: unstable: may change or go away in any Xen release. Callers:
 * toolstack libraries.
 */
#ifndef XEN_PUBLIC_UNSTABLE_HVM_PARAMS_H
#define XEN_PUBLIC_UNSTABLE_HVM_PARAMS_H

/*
 * Reaching an unstable header makes this a toolstack build: unless the
 * consumer named an interface version, it gets the newest, as upstream gives
 * __XEN_TOOLS__ builds (xen-compat.h holds the number).
 */
#ifndef __XEN_INTERFACE_VERSION__
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#endif

#include "../../hvm/params.h"
/* The toolstack part, on top of xen-public's own copy of the stable header
 * only: another copy, included first, brings its own. */
#ifdef XEN_PUBLIC_HVM_PARAMS_H

/** @defgroup hdr_unstable_hvm_params_h unstable/hvm/params.h
 *  @ingroup xen_unstable */

/** @defgroup unstable_hvm_params_h_deprecated Deprecated HVM parameters
 *  @ingroup hdr_unstable_hvm_params_h
 *  @{ */

/** Deprecated: formerly whether the guest had PAE. */
#define HVM_PARAM_PAE_ENABLED                4
/** Deprecated: formerly the domain running the device model. */
#define HVM_PARAM_DM_DOMAIN                 13
/** Deprecated: formerly a CR0-write monitoring setting. */
#define HVM_PARAM_MEMORY_EVENT_CR0          20
/** Deprecated: formerly a CR3-write monitoring setting. */
#define HVM_PARAM_MEMORY_EVENT_CR3          21
/** Deprecated: formerly a CR4-write monitoring setting. */
#define HVM_PARAM_MEMORY_EVENT_CR4          22
/** Deprecated: formerly a breakpoint monitoring setting. */
#define HVM_PARAM_MEMORY_EVENT_INT3         23
/** Deprecated: formerly whether nested virtualization was offered. */
#define HVM_PARAM_NESTEDHVM                 24
/** Deprecated: formerly a single-step monitoring setting. */
#define HVM_PARAM_MEMORY_EVENT_SINGLE_STEP  25
/** Deprecated: formerly the buffered-request event channel of the implicit ioreq server. */
#define HVM_PARAM_BUFIOREQ_EVTCHN           26
/** Deprecated: formerly an MSR-write monitoring setting. */
#define HVM_PARAM_MEMORY_EVENT_MSR          30

/** @} */

#endif /* XEN_PUBLIC_HVM_PARAMS_H */

#endif /* XEN_PUBLIC_UNSTABLE_HVM_PARAMS_H */
