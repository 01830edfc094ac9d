/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Toolstack-only complement of arch-x86/pmu.h: 64-bit-wide guest
 *        handles to the x86 vPMU structures; unstable.
 *
 * The toolstack's control interfaces use guest handles that are 64 bits
 * wide for every caller (XEN_GUEST_HANDLE_64, unstable/xen.h). This header
 * declares them for the structures of arch-x86/pmu.h. They only need types
 * of their own on 32-bit x86; elsewhere nothing is added.
 *
 * Stability: unstable (may change between Xen releases). Callers:
 * toolstack code that passes vPMU structures by 64-bit handle.
 */
#if !defined(__i386__) && !defined(__x86_64__)
#error "xen-public: unstable/arch-x86/pmu.h is for x86 only; build for i386 or x86_64"
#endif

#ifndef XEN_PUBLIC_UNSTABLE_ARCH_X86_PMU_H
#define XEN_PUBLIC_UNSTABLE_ARCH_X86_PMU_H

/*
 * Reaching an unstable header makes this a toolstack build: unless the
 * consumer named an interface version, it gets the newest, as upstream gives
 * __XEN_TOOLS__ builds (xen-compat.h holds the number).
 */
#ifndef __XEN_INTERFACE_VERSION__
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#endif
#include "../../xen-compat.h"

#include "../../arch-x86/pmu.h"
/* The toolstack part, on top of xen-public's own copy of the stable header
 * only: another copy, included first, brings its own. */
#ifdef XEN_PUBLIC_ARCH_X86_PMU_H
#include "../xen.h"

#ifndef __ASSEMBLER__
/* The 64-bit handles to the structures arch-x86/pmu.h gives handles. */
XEN_DEFINE_GUEST_HANDLE_64(xen_pmu_amd_ctxt_t, xen_pmu_amd_ctxt_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_pmu_cntr_pair_t, xen_pmu_cntr_pair_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_pmu_intel_ctxt_t, xen_pmu_intel_ctxt_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_pmu_regs_t, xen_pmu_regs_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_pmu_arch_t, xen_pmu_arch_t)
#endif

#endif /* XEN_PUBLIC_ARCH_X86_PMU_H */

#endif /* XEN_PUBLIC_UNSTABLE_ARCH_X86_PMU_H */
