/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief RISC-V definitions for the toolstack: vCPU register state and the
 *        RISC-V part of domain creation.
 *
 * The toolstack fills struct xen_arch_domainconfig inside
 * XEN_DOMCTL_createdomain and exchanges struct vcpu_guest_context through
 * XEN_DOMCTL_getvcpucontext / XEN_DOMCTL_setvcpucontext. The port is young:
 * the vCPU context carries no registers yet.
 *
 * Stability: unstable (changes together with XEN_DOMCTL_INTERFACE_VERSION;
 * rebuild with each Xen release). Callers: the toolstack and domain
 * builders.
 */
#ifndef XEN_PUBLIC_UNSTABLE_ARCH_RISCV_H
#define XEN_PUBLIC_UNSTABLE_ARCH_RISCV_H

/*
 * Reaching an unstable header makes this a toolstack build: unless the
 * consumer named an interface version, it gets the newest, as upstream gives
 * __XEN_TOOLS__ builds (xen-compat.h holds the number).
 */
#ifndef __XEN_INTERFACE_VERSION__
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#endif
#include "../xen-compat.h"

#include "../arch-riscv.h"
/* The toolstack part, on top of xen-public's own copy of the stable header
 * only: another copy, included first, brings its own. */
#ifdef XEN_PUBLIC_ARCH_RISCV_H

#ifndef __ASSEMBLER__

/** @defgroup hdr_unstable_arch_riscv_h unstable/arch-riscv.h
 *  @ingroup xen_unstable */

/** @defgroup unstable_arch_riscv_vcpu RISC-V vCPU context
 *  @ingroup hdr_unstable_arch_riscv_h
 *  @{ */

XEN_EXTENSIONS_BEGIN
/** State of one vCPU as the domctls exchange it: empty for now, size 0 in
 *  C and C++. */
struct vcpu_guest_context {
    XEN_EMPTY_STRUCT_BODY
};
XEN_EXTENSIONS_END
typedef struct vcpu_guest_context vcpu_guest_context_t;
DEFINE_XEN_GUEST_HANDLE(vcpu_guest_context_t);

/** @} */

/** @defgroup unstable_arch_riscv_domcfg RISC-V domain-creation settings
 *  @ingroup hdr_unstable_arch_riscv_h
 *  The architecture block of XEN_DOMCTL_createdomain; its layout is
 *  versioned by XEN_DOMCTL_INTERFACE_VERSION, not frozen.
 *  @{ */

/** RISC-V settings of a new domain, 1 byte. */
struct xen_arch_domainconfig {
    /**
     * IN: width in bits of the guest physical addresses the G-stage
     * (second-stage) translation covers, which selects its mode: 34
     * (Sv32x4), 41 (Sv39x4), 50 (Sv48x4) or 59 (Sv57x4).
     */
    uint8_t gaddr_bits;
};

/** @} */

#endif /* !__ASSEMBLER__ */

#endif /* XEN_PUBLIC_ARCH_RISCV_H */

#endif /* XEN_PUBLIC_UNSTABLE_ARCH_RISCV_H */
