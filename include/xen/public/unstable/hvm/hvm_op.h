/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Toolstack-only complement of hvm/hvm_op.h; unstable.
 *
 * Two HVMOP numbers that only the toolstack ever used, both superseded by
 * the memory-access operations of XENMEM_access_op (memory.h), and, for
 * 32-bit x86 toolstacks, the 64-bit-wide variants of the guest handles
 * hvm/hvm_op.h declares, so that these structures can be referenced from
 * toolstack interfaces whose layout does not depend on the caller's word
 * size.
 *
 * This header includes hvm/hvm_op.h and unstable/xen.h.
 *
 * Stability: unstable: may change or go away in any Xen release. Callers:
 * toolstack libraries.
 */
#ifndef XEN_PUBLIC_UNSTABLE_HVM_HVM_OP_H
#define XEN_PUBLIC_UNSTABLE_HVM_HVM_OP_H

/*
 * Reaching an unstable header makes this a toolstack build: unless the
 * consumer named an interface version, it gets the newest, as upstream gives
 * __XEN_TOOLS__ builds (xen-compat.h holds the number).
 */
#ifndef __XEN_INTERFACE_VERSION__
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#endif

#include "../../hvm/hvm_op.h"
/* The toolstack part, on top of xen-public's own copy of the stable header
 * only: another copy, included first, brings its own. */
#ifdef XEN_PUBLIC_HVM_HVM_OP_H
#include "../xen.h"

/** @defgroup hdr_unstable_hvm_hvm_op_h unstable/hvm/hvm_op.h
 *  @ingroup xen_unstable */

/** @defgroup unstable_hvm_hvm_op_h_mem_access Former memory-access operations
 *  @ingroup hdr_unstable_hvm_hvm_op_h
 *  @{ */

/**
 * @name HVMOP_set_mem_access, HVMOP_get_mem_access
 * Numbers taken by operations that set and read the access rights of
 * guest frames for a memory introspection agent. Use
 * XENMEM_access_op_set_access and XENMEM_access_op_get_access
 * (unstable/memory.h) instead.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 12, 13 |
 * | Caller         | none: Xen 4.22.0 no longer has these operations |
 * | Argument       | none declared any more |
 * | Returns        | nothing: every call fails |
 * | Errors         | -XEN_ENOSYS on every call, as for an unknown `op` |
 * | Since          | Xen 4.1.0 |
 * | Implemented by | nothing in Xen 4.22.0; the hypercall returns -XEN_ENOSYS |
 * @{ */
#define HVMOP_set_mem_access        12
#define HVMOP_get_mem_access        13
/** @} */

/** @} */

#ifndef __ASSEMBLER__
/* The 64-bit handles to the structures that hvm/hvm_op.h gives handles. */
XEN_DEFINE_GUEST_HANDLE_64(xen_hvm_param_t, xen_hvm_param_t)
#if __XEN_INTERFACE_VERSION__ < 0x00040900
XEN_DEFINE_GUEST_HANDLE_64(xen_hvm_set_pci_intx_level_t, xen_hvm_set_pci_intx_level_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_hvm_set_isa_irq_level_t, xen_hvm_set_isa_irq_level_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_hvm_set_pci_link_route_t, xen_hvm_set_pci_link_route_t)
#endif
XEN_DEFINE_GUEST_HANDLE_64(xen_hvm_pagetable_dying_t, xen_hvm_pagetable_dying_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_hvm_get_time_t, xen_hvm_get_time_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_hvm_xentrace_t, xen_hvm_xentrace_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_hvm_get_mem_type_t, xen_hvm_get_mem_type_t)
#if defined(__i386__) || defined(__x86_64__)
XEN_DEFINE_GUEST_HANDLE_64(xen_hvm_evtchn_upcall_vector_t, xen_hvm_evtchn_upcall_vector_t)
#endif
XEN_DEFINE_GUEST_HANDLE_64(xen_hvm_altp2m_domain_state_t, xen_hvm_altp2m_domain_state_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_hvm_altp2m_vcpu_enable_notify_t, xen_hvm_altp2m_vcpu_enable_notify_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_hvm_altp2m_vcpu_disable_notify_t,
                           xen_hvm_altp2m_vcpu_disable_notify_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_hvm_altp2m_view_t, xen_hvm_altp2m_view_t)
#if __XEN_INTERFACE_VERSION__ < 0x00040a00
XEN_DEFINE_GUEST_HANDLE_64(xen_hvm_altp2m_set_mem_access_t, xen_hvm_altp2m_set_mem_access_t)
#endif
XEN_DEFINE_GUEST_HANDLE_64(xen_hvm_altp2m_mem_access_t, xen_hvm_altp2m_mem_access_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_hvm_altp2m_change_gfn_t, xen_hvm_altp2m_change_gfn_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_hvm_altp2m_op_t, xen_hvm_altp2m_op_t)
#endif /* !__ASSEMBLER__ */

#endif /* XEN_PUBLIC_HVM_HVM_OP_H */

#endif /* XEN_PUBLIC_UNSTABLE_HVM_HVM_OP_H */
