/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Toolstack-only complement of hvm/dm_op.h; unstable.
 *
 * The device-model interface itself is entirely stable and lives in
 * hvm/dm_op.h. This header only adds, for 32-bit x86 toolstacks, the
 * 64-bit-wide variant of the xen_dm_op_buf_t guest handle, so that it can
 * be used in toolstack interfaces whose layout does not depend on the
 * caller's word size. On other architectures it adds nothing.
 *
 * This header includes hvm/dm_op.h and unstable/xen.h.
 *
 * Stability: unstable: may change in any Xen release. Callers: toolstack
 * libraries.
 */
#ifndef XEN_PUBLIC_UNSTABLE_HVM_DM_OP_H
#define XEN_PUBLIC_UNSTABLE_HVM_DM_OP_H

/*
 * Reaching an unstable header makes this a toolstack build: unless the
 * consumer named an interface version, it gets the newest, as upstream gives
 * __XEN_TOOLS__ builds (xen-compat.h holds the number).
 */
#ifndef __XEN_INTERFACE_VERSION__
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#endif

#include "../../hvm/dm_op.h"
/* The toolstack part, on top of xen-public's own copy of the stable header
 * only: another copy, included first, brings its own. */
#ifdef XEN_PUBLIC_HVM_DM_OP_H
#include "../xen.h"

#ifndef __ASSEMBLER__
/* The 64-bit handle to the structure that hvm/dm_op.h gives a handle. */
XEN_DEFINE_GUEST_HANDLE_64(xen_dm_op_buf_t, xen_dm_op_buf_t)
#endif

#endif /* XEN_PUBLIC_HVM_DM_OP_H */

#endif /* XEN_PUBLIC_UNSTABLE_HVM_DM_OP_H */
