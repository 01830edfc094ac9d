/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief The CPUID leaves through which Xen announces itself to an x86 guest
 *        and reports hypervisor-specific features and timekeeping data.
 *
 * Xen answers CPUID in the range that Intel and AMD leave to hypervisors,
 * from 0x40000000 upwards. When a domain also sees another hypervisor's
 * interface (Viridian, offered to Windows guests, takes 0x40000000), Xen's
 * leaves move up to 0x40000100. A guest therefore finds the base leaf B by
 * probing XEN_CPUID_LEAF(0), XEN_CPUID_LEAF(0x100), ... for the signature
 * below, and reads every other leaf relative to B:
 *
 * | Leaf  | Contents |
 * |-------|----------|
 * | B + 0 | EAX: highest Xen leaf offered; EBX, ECX, EDX: the signature |
 * | B + 1 | EAX: the hypervisor version |
 * | B + 2 | EAX: hypercall pages (1); EBX: the hypercall-page MSR; ECX: XEN_CPUID_FEAT1_* |
 * | B + 3 | time: TSC mode, frequency and scaling, in three subleaves |
 * | B + 4 | HVM guests only, subleaf 0: XEN_HVM_CPUID_* bits, vCPU id, domain id |
 * | B + 5 | PV guests only, subleaf 0: EBX the machine address width |
 *
 * In detail:
 * - B + 0: EAX is between B + 2 and B + XEN_CPUID_MAX_NUM_LEAVES (the
 *   toolstack may lower it); EBX, ECX and EDX spell "XenVMMXenVMM"
 *   (XEN_CPUID_SIGNATURE_*).
 * - B + 1: EAX holds the major version in bits 31:16 and the minor in bits
 *   15:0.
 * - B + 2: EBX is the index of the MSR to which the guest writes the
 *   guest-physical address of a page that Xen then fills with hypercall
 *   stubs (0x40000000, or 0x40000200 beside Viridian). ECX has
 *   XEN_CPUID_FEAT1_MMU_PT_UPDATE_PRESERVE_AD for PV guests only.
 * - B + 3, subleaf 0: EAX XEN_CPUID_TSC_EMULATED and friends; EBX the TSC
 *   mode (XEN_CPUID_TSC_MODE_*); ECX the TSC frequency the guest sees, in
 *   kHz; EDX the incarnation, bumped each time the domain is migrated or
 *   restored. Subleaf 1: EAX and EBX the low and high halves of the TSC
 *   offset (0 when the TSC is emulated); ECX and EDX the multiplier and
 *   shift that turn TSC ticks into nanoseconds (as in vcpu_time_info).
 *   Subleaf 2: EAX the host's TSC frequency in kHz.
 * - B + 4, subleaf 0: EAX the XEN_HVM_CPUID_* bits; EBX the vCPU id and
 *   ECX the domain id, which Xen 4.22.0 always gives (and says so with
 *   XEN_HVM_CPUID_VCPU_ID_PRESENT and XEN_HVM_CPUID_DOMID_PRESENT).
 * - B + 5, subleaf 0: EBX the machine address width
 *   (XEN_CPUID_MACHINE_ADDRESS_WIDTH_MASK); EAX is zero in Xen 4.22.0.
 *
 * Registers and bits not described read as zero. A leaf above the limit
 * reported in B + 0 reads as zero.
 *
 * The header only defines macros, so assembly sources may include it.
 *
 * Stability: stable. Callers: guest kernels and firmware detecting Xen;
 * toolstacks choosing a domain's TSC mode.
 */
#if !defined(__i386__) && !defined(__x86_64__)
#error "xen-public: arch-x86/cpuid.h is for x86 only; build for i386 or x86_64"
#endif

#ifndef __XEN_PUBLIC_ARCH_X86_CPUID_H__
#define __XEN_PUBLIC_ARCH_X86_CPUID_H__

#include "../xen-public-base.h"

/** @defgroup hdr_arch_x86_cpuid_h arch-x86/cpuid.h
 *  @ingroup xen_arch */

/** @defgroup arch_x86_cpuid_h_base Locating Xen's leaves
 *  @ingroup hdr_arch_x86_cpuid_h
 *  @{ */

/** The lowest leaf at which Xen's block can start (the start of the
 *  hypervisor range). */
#define XEN_CPUID_FIRST_LEAF 0x40000000
/** Leaf number @p i of the hypervisor range: probe XEN_CPUID_LEAF(0),
 *  XEN_CPUID_LEAF(0x100), ... for the signature to find Xen's base. */
#define XEN_CPUID_LEAF(i)    (XEN_CPUID_FIRST_LEAF + (i))

/** EBX of the base leaf: the bytes "XenV" (little-endian). */
#define XEN_CPUID_SIGNATURE_EBX 0x566e6558
/** ECX of the base leaf: the bytes "MMXe" (little-endian). */
#define XEN_CPUID_SIGNATURE_ECX 0x65584d4d
/** EDX of the base leaf: the bytes "nVMM" (little-endian). */
#define XEN_CPUID_SIGNATURE_EDX 0x4d4d566e

/**
 * Offset from the base of the last leaf this interface defines (B + 5).
 * The toolstack may configure a domain with fewer; the base leaf's EAX says
 * how many the domain actually has.
 */
#define XEN_CPUID_MAX_NUM_LEAVES 5

/** @} */

/** @defgroup arch_x86_cpuid_h_feat1 Leaf B + 2: hypercall set-up and features
 *  @ingroup hdr_arch_x86_cpuid_h
 *  Bits of ECX.
 *  @{ */

#define _XEN_CPUID_FEAT1_MMU_PT_UPDATE_PRESERVE_AD 0
/** HYPERVISOR_mmu_update accepts MMU_PT_UPDATE_PRESERVE_AD from this guest
 *  (reported to PV guests only). */
#define XEN_CPUID_FEAT1_MMU_PT_UPDATE_PRESERVE_AD  (1u << 0)

/** @} */

/** @defgroup arch_x86_cpuid_h_time Leaf B + 3: time-stamp counter
 *  @ingroup hdr_arch_x86_cpuid_h
 *  Subleaf 0 EAX flags and the TSC modes reported in subleaf 0 EBX. The
 *  toolstack picks the mode when it builds the domain.
 *  @{ */

/** RDTSC (and RDTSCP) executed by this domain are emulated by Xen. */
#define XEN_CPUID_TSC_EMULATED               (1u << 0)
/** The host's TSC is reliable: invariant and synchronised across CPUs. */
#define XEN_CPUID_HOST_TSC_RELIABLE          (1u << 1)
/** The host has the RDTSCP instruction. */
#define XEN_CPUID_RDTSCP_INSTR_AVAIL         (1u << 2)

/** Native TSC when the host's is reliable and runs at the frequency the
 *  guest expects (directly, or for HVM through TSC scaling); emulated
 *  otherwise. */
#define XEN_CPUID_TSC_MODE_DEFAULT           (0)
/** Every RDTSC is emulated, so the TSC keeps a fixed frequency everywhere. */
#define XEN_CPUID_TSC_MODE_ALWAYS_EMULATE    (1u)
/** The TSC is never emulated: the guest reads the host's counter (plus an
 *  offset) even when it is unreliable or its frequency changes. */
#define XEN_CPUID_TSC_MODE_NEVER_EMULATE     (2u)
/** A withdrawn mode (native TSC with a paravirtual TSC_AUX); the value
 *  stays reserved and current hypervisors refuse it. */
#define XEN_CPUID_TSC_MODE_PVRDTSCP          (3u)

/** @} */

/** @defgroup arch_x86_cpuid_h_hvm Leaf B + 4: HVM features
 *  @ingroup hdr_arch_x86_cpuid_h
 *  Bits of EAX in subleaf 0, reported to HVM and PVH guests only.
 *  @{ */

/** The processor virtualises accesses to the local APIC page, so they do not
 *  trap to Xen. */
#define XEN_HVM_CPUID_APIC_ACCESS_VIRT (1u << 0)
/** x2APIC MSR reads and writes run without exits to Xen. */
#define XEN_HVM_CPUID_X2APIC_VIRT      (1u << 1)
/**
 * Grant mappings of other domains' memory get IOMMU entries when the guest
 * asks for them, so DMA to such pages works without bouncing through the
 * guest's own memory. Hypervisors without the bit (Xen 4.10 and older)
 * ignored that request.
 */
#define XEN_HVM_CPUID_IOMMU_MAPPINGS   (1u << 2)
/** EBX holds the calling vCPU's id. */
#define XEN_HVM_CPUID_VCPU_ID_PRESENT  (1u << 3)
/** ECX holds the domain's id. */
#define XEN_HVM_CPUID_DOMID_PRESENT    (1u << 4)
/**
 * Extended destination ids: in a non-remappable interrupt (IO-APIC RTE or
 * MSI address) Xen takes seven more destination bits, RTE bits 55:49 and
 * MSI address bits 11:5, giving 15-bit APIC ids (up to 32767).
 */
#define XEN_HVM_CPUID_EXT_DEST_ID      (1u << 5)
/** Per-vCPU upcall vectors (HVMOP_set_evtchn_upcall_vector) also work for
 *  physical IRQs routed through event channels. */
#define XEN_HVM_CPUID_UPCALL_VECTOR    (1u << 6)

/** @} */

/** @defgroup arch_x86_cpuid_h_pv Leaf B + 5: PV parameters
 *  @ingroup hdr_arch_x86_cpuid_h
 *  @{ */

/** EBX bits 7:0: the number of bits a machine address can need, counting
 *  memory that may be hot-plugged later. */
#define XEN_CPUID_MACHINE_ADDRESS_WIDTH_MASK (0xffu << 0)

/** @} */

#endif /* __XEN_PUBLIC_ARCH_X86_CPUID_H__ */
