/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Old name of the 64-bit x86 guest interface.
 *
 * Sources written before the x86 headers moved into arch-x86/ include this
 * file; it brings in arch-x86/xen.h, which holds the interface (the 64-bit
 * HYPERVISOR_set_callbacks is described in arch-x86/xen-x86_64.h).
 *
 * Stability: stable. Callers: old 64-bit x86 guest sources; new code
 * includes xen.h.
 */
#if !defined(__x86_64__)
#error "xen-public: arch-x86_64.h is for x86_64 only; include xen.h, which picks the right one"
#endif

#ifndef XEN_PUBLIC_ARCH_X86_64_H
#define XEN_PUBLIC_ARCH_X86_64_H

#include "arch-x86/xen.h"

#endif /* XEN_PUBLIC_ARCH_X86_64_H */
