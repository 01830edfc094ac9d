/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Toolstack-only complement of hvm/hvm_vcpu.h; unstable.
 *
 * Adds, for 32-bit x86 toolstacks, the 64-bit-wide variant of the
 * vcpu_hvm_context_t guest handle, so that it can be used in toolstack
 * interfaces whose layout does not depend on the caller's word size. On
 * other architectures it adds nothing.
 *
 * This header includes hvm/hvm_vcpu.h and unstable/xen.h.
 *
 * Stability: unstable: may change in any Xen release. Callers: toolstack
 * libraries.
 */
#ifndef XEN_PUBLIC_UNSTABLE_HVM_HVM_VCPU_H
#define XEN_PUBLIC_UNSTABLE_HVM_HVM_VCPU_H

/*
 * Reaching an unstable header makes this a toolstack build: unless the
 * consumer named an interface version, it gets the newest, as upstream gives
 * __XEN_TOOLS__ builds (xen-compat.h holds the number).
 */
#ifndef __XEN_INTERFACE_VERSION__
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#endif

#include "../../hvm/hvm_vcpu.h"
/* The toolstack part, on top of xen-public's own copy of the stable header
 * only: another copy, included first, brings its own. */
#ifdef XEN_PUBLIC_HVM_HVM_VCPU_H
#include "../xen.h"

#ifndef __ASSEMBLER__
/* The 64-bit handle to the structure that hvm/hvm_vcpu.h gives a handle. */
XEN_DEFINE_GUEST_HANDLE_64(vcpu_hvm_context_t, vcpu_hvm_context_t)
#endif

#endif /* XEN_PUBLIC_HVM_HVM_VCPU_H */

#endif /* XEN_PUBLIC_UNSTABLE_HVM_HVM_VCPU_H */
