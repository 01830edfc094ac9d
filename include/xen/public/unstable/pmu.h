/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Toolstack-only complement of pmu.h: the 64-bit guest handle to
 *        its parameter structure.
 *
 * Declares the `__guest_handle_64_` types behind XEN_GUEST_HANDLE_64()
 * for the handle pmu.h defines, and on x86 pulls in the complement of the
 * architecture part (unstable/arch-x86/pmu.h), so that one include gives
 * every vPMU handle. The types exist on 32-bit x86 only; elsewhere nothing
 * is added.
 *
 * Stability: unstable (follows the toolstack interfaces; may change
 * between Xen releases). Callers: 32-bit toolstack libraries.
 */
#ifndef XEN_PUBLIC_UNSTABLE_PMU_H
#define XEN_PUBLIC_UNSTABLE_PMU_H

/*
 * Reaching an unstable header makes this a toolstack build: unless the
 * consumer named an interface version, it gets the newest, as upstream gives
 * __XEN_TOOLS__ builds (xen-compat.h holds the number).
 */
#ifndef __XEN_INTERFACE_VERSION__
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#endif

#include "../pmu.h"
/* The toolstack part, on top of xen-public's own copy of the stable header
 * only: another copy, included first, brings its own. */
#ifdef XEN_PUBLIC_PMU_H
#include "xen.h"
#if defined(__i386__) || defined(__x86_64__)
#include "arch-x86/pmu.h"
#endif

/** @defgroup hdr_unstable_pmu_h unstable/pmu.h
 *  @ingroup xen_unstable */

/** @defgroup unstable_pmu_h_handles 64-bit handles to pmu.h types
 *  @ingroup hdr_unstable_pmu_h
 *  Declares `__guest_handle_64_xen_pmu_params_t` and its `const_` twin
 *  (x86-32 only).
 *  @{ */
XEN_DEFINE_GUEST_HANDLE_64(xen_pmu_params_t, xen_pmu_params_t)
/** @} */

#endif /* XEN_PUBLIC_PMU_H */

#endif /* XEN_PUBLIC_UNSTABLE_PMU_H */
