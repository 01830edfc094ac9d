/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Toolstack-only part of the x86 interface: the x86 domain
 *        configuration given at domain creation, and (on i386) the 64-bit
 *        handles to the x86 structures.
 *
 * struct xen_arch_domainconfig is the `arch` member of the domain-creation
 * configuration (XEN_DOMCTL_createdomain, and the same configuration when
 * Xen builds domains at boot). It selects which platform devices Xen
 * emulates for the new domain and a few behaviour switches; nothing in it
 * can be changed after creation.
 *
 * This header includes the stable arch-x86/xen.h, and on i386 the
 * toolstack part of xen-x86_32.h. It is safe under `__ASSEMBLER__`: only
 * macros remain there.
 *
 * Stability: unstable (covered by XEN_DOMCTL_INTERFACE_VERSION; may change
 * between Xen releases). Callers: toolstacks (libxl, other domain
 * builders); normally through unstable/xen.h.
 */
#ifndef XEN_PUBLIC_UNSTABLE_ARCH_X86_XEN_H
#define XEN_PUBLIC_UNSTABLE_ARCH_X86_XEN_H

/*
 * Reaching an unstable header makes this a toolstack build: unless the
 * consumer named an interface version, it gets the newest, as upstream gives
 * __XEN_TOOLS__ builds (xen-compat.h holds the number).
 */
#ifndef __XEN_INTERFACE_VERSION__
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#endif
#include "../../xen-compat.h"

#if !defined(__i386__) && !defined(__x86_64__)
#error "xen-public: unstable/arch-x86/xen.h is for x86 only; include unstable/xen.h"
#endif

#include "../../arch-x86/xen.h"
/* The toolstack part, on top of xen-public's own copy of the stable header
 * only: another copy, included first, brings its own. */
#ifdef XEN_PUBLIC_ARCH_X86_XEN_H
#if defined(__i386__)
#include "xen-x86_32.h"
#endif

#if defined(__i386__) && !defined(__ASSEMBLER__)
/* The 64-bit handles to the structures that arch-x86/xen.h gives handles. */
XEN_DEFINE_GUEST_HANDLE_64(cpu_user_regs_t, cpu_user_regs_t)
XEN_DEFINE_GUEST_HANDLE_64(trap_info_t, trap_info_t)
XEN_DEFINE_GUEST_HANDLE_64(vcpu_guest_context_t, vcpu_guest_context_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_cpuid_leaf_t, xen_cpuid_leaf_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_msr_entry_t, xen_msr_entry_t)
#endif

/** @defgroup hdr_unstable_arch_x86_xen_h unstable/arch-x86/xen.h
 *  @ingroup xen_unstable */

/** @defgroup unstable_arch_x86_domainconfig x86 domain configuration
 *  @ingroup hdr_unstable_arch_x86_xen_h
 *  Passed inside the domain-creation configuration. Xen accepts only the
 *  combinations of emulated devices that match the kind of domain:
 *
 *  | Domain            | emulation_flags |
 *  |-------------------|-----------------|
 *  | PV (any)          | 0, or XEN_X86_EMU_PIT |
 *  | PVH domU          | XEN_X86_EMU_LAPIC |
 *  | PVH hardware dom. | XEN_X86_EMU_LAPIC, XEN_X86_EMU_IOAPIC and XEN_X86_EMU_VPCI |
 *  | HVM domU          | XEN_X86_EMU_ALL but XEN_X86_EMU_VPCI; XEN_X86_EMU_USE_PIRQ optional |
 *
 *  Other combinations, and any unknown bit in either field, make domain
 *  creation fail with -XEN_EINVAL.
 *  @{ */

#ifndef __ASSEMBLER__

#define _XEN_X86_EMU_LAPIC 0
#define XEN_X86_EMU_LAPIC (1U << _XEN_X86_EMU_LAPIC)        /**< Emulate local APICs. */
#define _XEN_X86_EMU_HPET 1
#define XEN_X86_EMU_HPET (1U << _XEN_X86_EMU_HPET)          /**< Emulate an HPET. */
#define _XEN_X86_EMU_PM 2
#define XEN_X86_EMU_PM (1U << _XEN_X86_EMU_PM)              /**< Emulate ACPI power management. */
#define _XEN_X86_EMU_RTC 3
#define XEN_X86_EMU_RTC (1U << _XEN_X86_EMU_RTC)            /**< Emulate the CMOS RTC. */
#define _XEN_X86_EMU_IOAPIC 4
#define XEN_X86_EMU_IOAPIC (1U << _XEN_X86_EMU_IOAPIC)      /**< Emulate IO-APICs. */
#define _XEN_X86_EMU_PIC 5
#define XEN_X86_EMU_PIC (1U << _XEN_X86_EMU_PIC)            /**< Emulate the 8259 PICs. */
#define _XEN_X86_EMU_VGA 6
#define XEN_X86_EMU_VGA (1U << _XEN_X86_EMU_VGA)            /**< Emulate the standard VGA ranges. */
#define _XEN_X86_EMU_IOMMU 7
#define XEN_X86_EMU_IOMMU (1U << _XEN_X86_EMU_IOMMU)        /**< Emulate an IOMMU. */
#define _XEN_X86_EMU_PIT 8
#define XEN_X86_EMU_PIT (1U << _XEN_X86_EMU_PIT)            /**< Emulate the 8254 interval timer. */
#define _XEN_X86_EMU_USE_PIRQ 9
/** Let an HVM guest take device interrupts as event-channel PIRQs. */
#define XEN_X86_EMU_USE_PIRQ (1U << _XEN_X86_EMU_USE_PIRQ)
#define _XEN_X86_EMU_VPCI 10
/** Let Xen mediate the guest's PCI configuration space (vPCI). */
#define XEN_X86_EMU_VPCI (1U << _XEN_X86_EMU_VPCI)

/** Every emulated-device bit defined so far. */
#define XEN_X86_EMU_ALL (XEN_X86_EMU_LAPIC | XEN_X86_EMU_HPET | \
                         XEN_X86_EMU_PM | XEN_X86_EMU_RTC | \
                         XEN_X86_EMU_IOAPIC | XEN_X86_EMU_PIC | \
                         XEN_X86_EMU_VGA | XEN_X86_EMU_IOMMU | \
                         XEN_X86_EMU_PIT | XEN_X86_EMU_USE_PIRQ | \
                         XEN_X86_EMU_VPCI)

/**
 * `misc_flags` bit: an access to an MSR that Xen does not handle, but that
 * exists on the host, reads as zero and discards writes instead of raising
 * \#GP in the guest. The host's MSR itself is never read into or written
 * from the guest.
 */
#define XEN_X86_MSR_RELAXED (1u << 0)

/** Highest `misc_flags` bit defined; lets ABI checks spot a new flag. */
#define XEN_X86_MISC_FLAGS_MAX XEN_X86_MSR_RELAXED

/** x86 part of the domain-creation configuration. */
struct xen_arch_domainconfig {
    /** IN: XEN_X86_EMU_* devices Xen emulates for the domain (see the table
     *  above). */
    uint32_t emulation_flags;
    uint32_t misc_flags;      /**< IN: XEN_X86_MSR_RELAXED or zero; other bits must be zero. */
};

#endif /* !__ASSEMBLER__ */

/** @} */

#endif /* XEN_PUBLIC_ARCH_X86_XEN_H */

#endif /* XEN_PUBLIC_UNSTABLE_ARCH_X86_XEN_H */
