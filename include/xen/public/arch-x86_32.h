/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Old name of the 32-bit x86 guest interface.
 *
 * Sources written before the x86 headers moved into arch-x86/ include this
 * file; it brings in arch-x86/xen.h, which holds the interface.
 *
 * Stability: stable. Callers: old 32-bit x86 guest sources; new code
 * includes xen.h.
 */
#if !defined(__i386__)
#error "xen-public: arch-x86_32.h is for i386 only; include xen.h, which picks the right one"
#endif

#ifndef XEN_PUBLIC_ARCH_X86_32_H
#define XEN_PUBLIC_ARCH_X86_32_H

#include "arch-x86/xen.h"

#endif /* XEN_PUBLIC_ARCH_X86_32_H */
