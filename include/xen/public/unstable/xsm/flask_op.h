/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Toolstack-only complement of xsm/flask_op.h: the 64-bit guest
 *        handle to its operation structure.
 *
 * Declares the `__guest_handle_64_` types behind XEN_GUEST_HANDLE_64()
 * for the handle xsm/flask_op.h defines. They exist on 32-bit x86 only;
 * elsewhere nothing is added.
 *
 * Stability: unstable (follows the toolstack interfaces; may change
 * between Xen releases). Callers: 32-bit toolstack libraries.
 */
#ifndef XEN_PUBLIC_UNSTABLE_XSM_FLASK_OP_H
#define XEN_PUBLIC_UNSTABLE_XSM_FLASK_OP_H

/*
 * Reaching an unstable header makes this a toolstack build: unless the
 * consumer named an interface version, it gets the newest, as upstream gives
 * __XEN_TOOLS__ builds (xen-compat.h holds the number).
 */
#ifndef __XEN_INTERFACE_VERSION__
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#endif

#include "../../xsm/flask_op.h"
/* The toolstack part, on top of xen-public's own copy of the stable header
 * only: another copy, included first, brings its own. */
#ifdef XEN_PUBLIC_XSM_FLASK_OP_H
#include "../xen.h"

/** @defgroup hdr_unstable_xsm_flask_op_h unstable/xsm/flask_op.h
 *  @ingroup xen_unstable */

/** @defgroup unstable_flask_op_h_handles 64-bit handles to flask_op.h types
 *  @ingroup hdr_unstable_xsm_flask_op_h
 *  Declares `__guest_handle_64_xen_flask_op_t` and its `const_` twin
 *  (x86-32 only).
 *  @{ */
XEN_DEFINE_GUEST_HANDLE_64(xen_flask_op_t, xen_flask_op_t)
/** @} */

#endif /* XEN_PUBLIC_XSM_FLASK_OP_H */

#endif /* XEN_PUBLIC_UNSTABLE_XSM_FLASK_OP_H */
