/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief HVM parameters: per-domain 64-bit settings of HVM, PVH and Arm
 *        guests, read and written with HVMOP_get_param and HVMOP_set_param.
 *
 * Each domain has HVM_NR_PARAMS parameters, numbered by the HVM_PARAM_*
 * constants below. Most are set once by the toolstack while it builds the
 * domain (where the xenstore and console rings are, which virtual platform
 * features to offer) and are saved and restored with the domain on
 * migration. A guest reads some of them to find its PV devices and may
 * write a few that describe choices it makes itself. A parameter not
 * listed as the guest's answers a guest with -XEN_EPERM.
 *
 * On x86 a guest may read and write CALLBACK_IRQ, STORE_EVTCHN,
 * CONSOLE_EVTCHN, VM86_TSS, VM86_TSS_SIZED, ACPI_IOPORTS_LOCATION,
 * VM_GENERATION_ID_ADDR and X87_FIP_WIDTH, and may read STORE_PFN,
 * CONSOLE_PFN and ALTP2M.
 *
 * On Arm a guest may read CALLBACK_IRQ, STORE_PFN, STORE_EVTCHN,
 * CONSOLE_PFN and CONSOLE_EVTCHN and write none; the toolstack may write
 * those and MONITOR_RING_PFN, and Arm knows no other parameter.
 *
 * On x86 the parameters VIRIDIAN, IOREQ_PFN, BUFIOREQ_PFN,
 * IOREQ_SERVER_PFN, NR_IOREQ_SERVER_PAGES and MCA_CAP can be set only
 * once: changing a non-zero value fails with -XEN_EEXIST. Numbers missing
 * from the list (4, 13, 20 to 26, 30) belonged to parameters that are now
 * deprecated; Xen refuses them, and their names are kept for the toolstack
 * in unstable/hvm/params.h.
 *
 * Stability: stable. Callers: toolstacks and domain builders, device
 * models, HVM firmware, and guest kernels (xenstore and console set-up,
 * event-channel callback).
 */
#ifndef __XEN_PUBLIC_HVM_PARAMS_H__
#define __XEN_PUBLIC_HVM_PARAMS_H__
/* Marks this copy as xen-public's: unstable/hvm/params.h adds its toolstack part
 * only then (another copy of the header, included first, has its own). */
#define XEN_PUBLIC_HVM_PARAMS_H

#include "hvm_op.h"

/** @defgroup hdr_hvm_params_h hvm/params.h
 *  @ingroup xen_hvm */

/** @defgroup hvm_params_h_callback Event-channel callback
 *  @ingroup hdr_hvm_params_h
 *  HVM_PARAM_CALLBACK_IRQ chooses how Xen tells the guest that event
 *  channels are pending: for vCPU 0 always, and for the other vCPUs unless
 *  they have a vector of their own (HVMOP_set_evtchn_upcall_vector, x86).
 *  Zero turns the notification off. Otherwise bits 63-56 hold a
 *  HVM_PARAM_CALLBACK_TYPE_* value and bits 55-0 say where to deliver:
 *
 *  - GSI: bits 55-0 hold the GSI (not 0: a value of 0 would read as
 *    "off").
 *  - PCI_INTX: PCI segment in bits 47-32, bus in 31-16, device and
 *    function in 15-8, INTx pin in 1-0.
 *  - VECTOR (x86): the vector in bits 7-0, delivered to the vCPU directly;
 *    available when XENFEAT_hvm_callback_vector is set.
 *  - PPI (Arm): bits 55-16 zero; flags in 15-8 (bit 8: edge-triggered if
 *    set, level if clear; bit 9: active-low if set); the PPI number in
 *    7-0. The interrupt controller masks and acknowledges it.
 *
 *  On Arm the toolstack sets the parameter and the guest reads it to learn
 *  its PPI.
 *  @{ */

/** Parameter: how event-channel notifications are delivered (see above). */
#define HVM_PARAM_CALLBACK_IRQ 0
/** Bits of HVM_PARAM_CALLBACK_IRQ that hold the delivery type. */
#define HVM_PARAM_CALLBACK_IRQ_TYPE_MASK (xen_mk_ullong(0xFF00000000000000))

#define HVM_PARAM_CALLBACK_TYPE_GSI      0 /**< Delivery type: a GSI. */
#define HVM_PARAM_CALLBACK_TYPE_PCI_INTX 1 /**< Delivery type: a PCI device's INTx line. */

#if defined(__i386__) || defined(__x86_64__)
/** Delivery type (x86): a vector on the vCPU's local APIC. */
#define HVM_PARAM_CALLBACK_TYPE_VECTOR   2
#elif defined(__arm__) || defined(__aarch64__)
/** Delivery type (Arm): a private peripheral interrupt. */
#define HVM_PARAM_CALLBACK_TYPE_PPI      2
/** Bits of HVM_PARAM_CALLBACK_IRQ holding a PPI's flags (Arm). */
#define HVM_PARAM_CALLBACK_TYPE_PPI_FLAG_MASK      0xFF00
/** Value, within the flag bits, of an active-low level-triggered PPI (Arm). */
#define HVM_PARAM_CALLBACK_TYPE_PPI_FLAG_LOW_LEVEL 2
#endif

/** @} */

/** @defgroup hvm_params_h_pv_rings PV rings and events
 *  @ingroup hdr_hvm_params_h
 *  Where a guest finds its xenstore and console rings, and the rings of the
 *  vm_event subsystems (memory paging, monitoring, sharing), which the
 *  toolstack allocates in guest memory. Frames are guest frame numbers;
 *  events are ports in the guest.
 *  @{ */

/** Parameter: guest frame of the xenstore ring. Xen itself does not use
 *  it: it is there for the guest's xenbus driver to find. */
#define HVM_PARAM_STORE_PFN    1
/** Parameter: guest's event-channel port for xenstore; like
 *  HVM_PARAM_STORE_PFN, for the guest's benefit. */
#define HVM_PARAM_STORE_EVTCHN 2

/** Parameter: guest frame of the PV console ring. */
#define HVM_PARAM_CONSOLE_PFN    17
/** Parameter: guest's event-channel port for the PV console. */
#define HVM_PARAM_CONSOLE_EVTCHN 18

/** Parameter (x86): guest frame of the memory-paging vm_event ring. */
#define HVM_PARAM_PAGING_RING_PFN   27
/** Parameter: guest frame of the monitoring vm_event ring. */
#define HVM_PARAM_MONITOR_RING_PFN  28
/** Parameter (x86): guest frame of the memory-sharing vm_event ring. */
#define HVM_PARAM_SHARING_RING_PFN  29

/** @} */

/** @defgroup hvm_params_h_ioreq Frames for ioreq servers
 *  @ingroup hdr_hvm_params_h
 *  Guest frames the toolstack sets aside for the request pages of ioreq
 *  servers (hvm/dm_op.h, hvm/ioreq.h), used when a device model asks for
 *  the pages' frames rather than mapping them with
 *  XENMEM_acquire_resource. Set once, x86 only.
 *  @{ */

#define HVM_PARAM_IOREQ_PFN    5 /**< Parameter: one spare frame for request pages. */
#define HVM_PARAM_BUFIOREQ_PFN 6 /**< Parameter: another spare frame for request pages. */

/** Parameter: first frame of the range set aside for request pages. */
#define HVM_PARAM_IOREQ_SERVER_PFN 32
/** Parameter: number of frames in that range (1 to 64). */
#define HVM_PARAM_NR_IOREQ_SERVER_PAGES 33

/** @} */

#if defined(__i386__) || defined(__x86_64__)

/** @defgroup hvm_params_h_viridian Viridian enlightenments (x86)
 *  @ingroup hdr_hvm_params_h
 *  HVM_PARAM_VIRIDIAN makes Xen present itself to the guest as Microsoft's
 *  hypervisor does, with the subset of the Hyper-V interface (synthetic
 *  MSRs and hypercalls) the value selects, so that Windows runs with its
 *  paravirtual optimizations. The value is a mask of HVMPV_* bits and must
 *  include HVMPV_base_freq. The interface itself is Microsoft's "Hypervisor
 *  Top Level Functional Specification".
 *  @{ */

/** Parameter: mask of enabled Viridian features (HVMPV_*), zero for none.
 *  Set once, by the toolstack. */
#define HVM_PARAM_VIRIDIAN     9

#define _HVMPV_base_freq 0
/**
 * The base feature set, required in every mask: the hypercall and guest
 * OS ID MSRs, the APIC access MSRs (EOI, ICR, TPR), the virtual processor
 * index MSR, and the TSC and APIC frequency MSRs.
 */
#define HVMPV_base_freq  (1 << _HVMPV_base_freq)

#define _HVMPV_no_freq 1
/** Leave out the TSC and APIC frequency MSRs, giving the feature set of
 *  Xen releases before 4.4. */
#define HVMPV_no_freq  (1 << _HVMPV_no_freq)

#define _HVMPV_time_ref_count 2
/** Offer the partition reference counter MSR. */
#define HVMPV_time_ref_count  (1 << _HVMPV_time_ref_count)

#define _HVMPV_reference_tsc 3
/** Offer the reference TSC page. */
#define HVMPV_reference_tsc  (1 << _HVMPV_reference_tsc)

#define _HVMPV_hcall_remote_tlb_flush 4
/** Offer the hypercalls that flush other vCPUs' TLBs. */
#define HVMPV_hcall_remote_tlb_flush (1 << _HVMPV_hcall_remote_tlb_flush)

#define _HVMPV_apic_assist 5
/** Offer APIC assist (EOI without an exit where possible). */
#define HVMPV_apic_assist (1 << _HVMPV_apic_assist)

#define _HVMPV_crash_ctl 6
/** Offer the crash MSRs, through which the guest reports a crash. */
#define HVMPV_crash_ctl (1 << _HVMPV_crash_ctl)

#define _HVMPV_synic 7
/** Offer the synthetic interrupt controller MSRs. */
#define HVMPV_synic (1 << _HVMPV_synic)

#define _HVMPV_stimer 8
/** Offer the synthetic timer MSRs. */
#define HVMPV_stimer (1 << _HVMPV_stimer)

#define _HVMPV_hcall_ipi 9
/** Offer the hypercall that sends an IPI to a cluster of vCPUs. */
#define HVMPV_hcall_ipi (1 << _HVMPV_hcall_ipi)

#define _HVMPV_ex_processor_masks 10
/** Offer the extended processor masks (sparse vCPU sets in hypercalls). */
#define HVMPV_ex_processor_masks (1 << _HVMPV_ex_processor_masks)

#define _HVMPV_no_vp_limit 11
/** Do not tell the guest that it is limited to 64 virtual processors. */
#define HVMPV_no_vp_limit (1 << _HVMPV_no_vp_limit)

#define _HVMPV_cpu_hotplug 12
/** Tell the guest that vCPUs may be added at run time. */
#define HVMPV_cpu_hotplug (1 << _HVMPV_cpu_hotplug)

/** Every HVMPV_* bit; a mask with a bit outside it is refused. */
#define HVMPV_feature_mask \
        (HVMPV_base_freq | \
         HVMPV_no_freq | \
         HVMPV_time_ref_count | \
         HVMPV_reference_tsc | \
         HVMPV_hcall_remote_tlb_flush | \
         HVMPV_apic_assist | \
         HVMPV_crash_ctl | \
         HVMPV_synic | \
         HVMPV_stimer | \
         HVMPV_hcall_ipi | \
         HVMPV_ex_processor_masks | \
         HVMPV_no_vp_limit | \
         HVMPV_cpu_hotplug)

/** @} */

#endif /* defined(__i386__) || defined(__x86_64__) */

/** @defgroup hvm_params_h_timers Virtual timers (x86)
 *  @ingroup hdr_hvm_params_h
 *  @{ */

/**
 * Parameter: what the virtual periodic timers do about ticks a vCPU
 * missed while it was not running (HVMPTM_*).
 */
#define HVM_PARAM_TIMER_MODE   10
/**
 * Deliver every missed tick once the vCPU runs again, one after the
 * other, with the vCPU's clock stepping forward by one period for each, so
 * the guest never sees time run ahead of the ticks it has received. The
 * default.
 */
#define HVMPTM_delay_for_missed_ticks    0
/** Deliver every missed tick, but keep the guest's clock on real time while
 *  doing so. */
#define HVMPTM_no_delay_for_missed_ticks 1
/**
 * Keep no backlog of missed ticks. To keep some ticks coming even to a
 * vCPU that is preempted often, a vCPU that missed ticks keeps its timer
 * armed while it is descheduled during the next period.
 */
#define HVMPTM_no_missed_ticks_pending   2
/** Fold the missed ticks into one late tick; the guest's clock follows real
 *  time. */
#define HVMPTM_one_missed_tick_pending   3

/** Parameter: non-zero to emulate an HPET (x86). */
#define HVM_PARAM_HPET_ENABLED 11

/** Parameter: non-zero to have the periodic timers of all vCPUs fire
 *  together, so that they wake the host less often (x86). */
#define HVM_PARAM_VPT_ALIGN    16

/** @} */

/** @defgroup hvm_params_h_x86 Other x86 platform settings
 *  @ingroup hdr_hvm_params_h
 *  @{ */

/** Parameter: guest-physical address of an identity-mapping page directory,
 *  which Xen uses with Intel VT-x lacking unrestricted-guest support while
 *  the guest runs with paging off. Set by the toolstack. */
#define HVM_PARAM_IDENT_PT     12

/** Parameter: ACPI sleep state of the guest: 0 running (S0), 3 suspended to
 *  RAM (S3). The toolstack writes 3 to suspend and 0 to resume. */
#define HVM_PARAM_ACPI_S_STATE 14

/** Parameter: guest-physical address (low 32 bits) of a 128-byte TSS that
 *  Xen uses with Intel VT-x lacking unrestricted-guest support while the
 *  guest is in real mode. Superseded by HVM_PARAM_VM86_TSS_SIZED. */
#define HVM_PARAM_VM86_TSS     15

/**
 * Parameter: which set of I/O ports the emulated ACPI power-management
 * blocks use: 0, the default, for Xen's historical ports; 1 for the ports
 * QEMU's chipset uses. The port numbers are in hvm/ioreq.h.
 */
#define HVM_PARAM_ACPI_IOPORTS_LOCATION 19

/** Parameter: SHUTDOWN_* reason (sched.h) the domain shuts down with when
 *  one of its vCPUs triple-faults. The default is a reboot. */
#define HVM_PARAM_TRIPLE_FAULT_REASON 31

/** Parameter: guest-physical address of the VM Generation ID, published by
 *  the firmware so that the toolstack can change the ID (on restore, for
 *  instance). */
#define HVM_PARAM_VM_GENERATION_ID_ADDR 34

/**
 * Parameter: how many bytes of the x87 FPU's last instruction and data
 * pointers (FIP, FDP) Xen saves and restores, since the hardware cannot
 * restore both the full 64-bit pointers and their selectors (FCS, FDS).
 *
 * - 8: full 64-bit FIP and FDP; FCS and FDS are cleared. The default on
 *   processors with FPCSDS (CPUID leaf 7, subleaf 0, EBX bit 13), which
 *   never save FCS and FDS, and the value to keep there.
 * - 4: 32-bit FIP and FDP with FCS and FDS; the upper halves are cleared.
 * - 0: Xen decides from the pointer values each time. The default without
 *   FPCSDS.
 *
 * Any other value is refused with -XEN_EINVAL.
 */
#define HVM_PARAM_X87_FIP_WIDTH 36

/** Parameter: guest-physical address (bits 31-0) and size in bytes (bits
 *  63-32) of the TSS described for HVM_PARAM_VM86_TSS. */
#define HVM_PARAM_VM86_TSS_SIZED 37

/** Parameter: machine-check capabilities offered to the guest
 *  (XEN_HVM_MCA_CAP_*). Set once. */
#define HVM_PARAM_MCA_CAP 38
/** Offer local machine-check exceptions (LMCE). */
#define XEN_HVM_MCA_CAP_LMCE   (xen_mk_ullong(1) << 0)
/** Every XEN_HVM_MCA_CAP_* bit. */
#define XEN_HVM_MCA_CAP_MASK   XEN_HVM_MCA_CAP_LMCE

/** @} */

/** @defgroup hvm_params_h_altp2m Alternate p2m mode
 *  @ingroup hdr_hvm_params_h
 *  @{ */

/**
 * Parameter (x86): who may use HVMOP_altp2m on the domain (hvm/hvm_op.h).
 * Chosen when the domain is created; HVMOP_set_param cannot change it.
 */
#define HVM_PARAM_ALTP2M       35
#define XEN_ALTP2M_disabled      0 /**< altp2m is not available (the default). */
/** Both the guest and privileged tools outside it may use every sub-operation. */
#define XEN_ALTP2M_mixed         1
#define XEN_ALTP2M_external      2 /**< Only privileged tools outside the guest may use altp2m. */
/** Outside tools have full use; the guest may only enable \#VE (and use VMFUNC). */
#define XEN_ALTP2M_limited       3

/** @} */

/** @defgroup hvm_params_h_count Number of parameters
 *  @ingroup hdr_hvm_params_h
 *  @{ */

/** One more than the highest parameter number: the size of each domain's
 *  parameter array. */
#define HVM_NR_PARAMS 39

/** @} */

#endif /* __XEN_PUBLIC_HVM_PARAMS_H__ */
