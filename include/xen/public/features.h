/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Feature bits: what the hypervisor grants a guest, and what a guest
 *        kernel says it can cope with.
 *
 * Every `XENFEAT_` number is a bit index into a bitmap of 32-bit words
 * ("submaps"). Feature N is bit N % 32 of submap N / 32, and
 * XENFEAT_NR_SUBMAPS says how many submaps there are.
 *
 * The bits travel in two directions:
 *
 * - **Hypervisor to guest.** At run time a guest asks for one submap at a
 *   time with `HYPERVISOR_xen_version(XENVER_get_features, ...)` (see
 *   version.h). A set bit is a promise for this domain on this host; a
 *   clear bit, including every bit an older hypervisor does not know, means
 *   the guest must take the conservative path.
 *
 * - **Guest kernel to domain builder.** A PV or PVH kernel image lists the
 *   features it supports in its ELF notes (elfnote.h). The string note
 *   XEN_ELFNOTE_FEATURES holds names without the `XENFEAT_` prefix joined by
 *   `|`, a leading `!` marking a feature the kernel cannot run without; only
 *   some names are understood there (writable_page_tables,
 *   writable_descriptor_tables, auto_translated_physmap,
 *   supervisor_mode_kernel, pae_pgdir_above_4gb, hvm_callback_vector, dom0).
 *   The numeric note XEN_ELFNOTE_SUPPORTED_FEATURES carries the submaps
 *   themselves and can name any feature. A kernel that provides the numeric
 *   note must set XENFEAT_dom0 in it, or it is refused as the hardware
 *   domain.
 *
 * Number 12 once meant that grant mappings were also made at the identical
 * frame number (pfn == mfn). It is retired: no macro is defined for it and
 * the bit is never to be relied on.
 *
 * This header defines only macros, so C, C++ and assembly can include it.
 *
 * Stability: stable. Callers: guest kernels (at boot, to choose code
 * paths), domain builders that parse a kernel's ELF notes, device models
 * (XENFEAT_dm_msix_all_writes).
 */
#ifndef __XEN_PUBLIC_FEATURES_H__
#define __XEN_PUBLIC_FEATURES_H__

/* Common to every header of the package; macro-only in assembly. */
#include "xen-public-base.h"

/** @defgroup hdr_features_h features.h
 *  @ingroup xen_core */

/** @defgroup features_h_bits Feature bit numbers
 *  @ingroup hdr_features_h
 *  Bit indices reported by XENVER_get_features and used in the kernel's
 *  feature ELF notes. A note "x86" or "Arm" says where the bit can be set.
 *  @{ */

/**
 * The guest may write to its own page tables with ordinary stores; it
 * need not keep them read-only and change them through mmu_update.
 */
#define XENFEAT_writable_page_tables       0

/**
 * x86: the guest may write its GDT and LDT directly instead of mapping them
 * read-only and changing them through update_descriptor.
 */
#define XENFEAT_writable_descriptor_tables 1

/**
 * The hypervisor translates guest-physical frames to machine frames for
 * this guest: page tables and hypercalls take guest frame numbers, and the
 * guest keeps no physical-to-machine map of its own.
 */
#define XENFEAT_auto_translated_physmap    2

/**
 * The guest kernel runs in the processor's most privileged mode (ring 0 on
 * x86). Xen 4.22 never grants it, and refuses a PV hardware-domain kernel
 * that marks it as required.
 */
#define XENFEAT_supervisor_mode_kernel     3

/**
 * x86 32-bit PAE: the top-level page directory may live above 4 GiB
 * machine address. Translated guests normally have it as well.
 */
#define XENFEAT_pae_pgdir_above_4gb        4

/**
 * x86 PV: the MMU_PT_UPDATE_PRESERVE_AD request of mmu_update, which keeps
 * the accessed and dirty bits of the entry it replaces, is available.
 */
#define XENFEAT_mmu_pt_update_preserve_ad  5

/** x86 PV: the MMUEXT_CLEAR_PAGE and MMUEXT_COPY_PAGE requests of mmuext_op
 *  are available. */
#define XENFEAT_highmem_assist             6

/**
 * GNTTABOP_map_grant_ref accepts flags asking for the guest-available
 * (software) bits of the new page-table entry to be set.
 */
#define XENFEAT_gnttab_map_avail_bits      7

/**
 * x86 HVM: event upcalls may be delivered through a plain interrupt vector
 * of the guest's choosing (HVM_PARAM_CALLBACK_IRQ, vector type).
 */
#define XENFEAT_hvm_callback_vector        8

/** x86 HVM: the guest may use the PV clock algorithm (vcpu_time_info) to
 *  keep time; the values Xen publishes are reliable for it. */
#define XENFEAT_hvm_safe_pvclock           9

/** x86 HVM: physical interrupts may be routed to the guest as event
 *  channels (PIRQs). */
#define XENFEAT_hvm_pirqs                 10

/**
 * From the hypervisor: this domain is the hardware domain. In a kernel's
 * feature notes: the kernel can run as dom0.
 */
#define XENFEAT_dom0                      11

/** Memory-reservation requests honour XENMEMF_vnode, naming a virtual NUMA
 *  node instead of a physical one. */
#define XENFEAT_memory_op_vnode_supported 13

/** Arm: the hypervisor implements the Arm SMC Calling Convention for the
 *  calls a guest makes to it (e.g. PSCI, SMCCC version queries). */
#define XENFEAT_ARM_SMCCC_supported       14

/**
 * x86 PVH, declared by the guest kernel: the ACPI RSDP may be placed at any
 * guest address; without it, a guest whose XEN_ELFNOTE_GUEST_OS names
 * "linux" gets the RSDP below 1 MiB, where the legacy ACPI search finds it.
 * Other guest OSes are not affected by the bit.
 */
#define XENFEAT_linux_rsdp_unrestricted   15

/**
 * The domain's guest frames are not identical to machine frames
 * (gfn != mfn). Exactly one of this and XENFEAT_direct_mapped is reported.
 * When neither is (hypervisors that predate them), assume: x86 translated
 * guests are not direct-mapped and untranslated (PV) guests are; on Arm,
 * dom0 is direct-mapped and other domains are not.
 */
#define XENFEAT_not_direct_mapped         16

/** Every guest frame of the domain equals its machine frame (gfn == mfn);
 *  see XENFEAT_not_direct_mapped. */
#define XENFEAT_direct_mapped             17

/** VCPUOP_register_runstate_phys_area is available: the runstate area may
 *  be registered by guest-physical address. */
#define XENFEAT_runstate_phys_area        18

/** VCPUOP_register_vcpu_time_phys_area is available: the vCPU time area may
 *  be registered by guest-physical address. */
#define XENFEAT_vcpu_time_phys_area       19

/**
 * For device models: every write to an MSI-X entry's vector control word is
 * forwarded, not only writes that unmask, so the device model can track the
 * whole MSI-X table without reading the real device behind Xen.
 */
#define XENFEAT_dm_msix_all_writes        20

/** Number of 32-bit submaps the feature bitmap has; valid
 *  xen_feature_info.submap_idx values are below it. */
#define XENFEAT_NR_SUBMAPS 1

/** @} */

#endif /* __XEN_PUBLIC_FEATURES_H__ */
