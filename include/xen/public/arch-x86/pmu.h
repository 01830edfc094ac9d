/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief The x86 part of the virtual performance-monitoring unit (vPMU):
 *        the processor state a PV guest finds in its shared PMU page
 *        when a counter overflows.
 *
 * A guest that registers a PMU page with XENPMU_init (see pmu.h) receives
 * VIRQ_XENPMU whenever a performance counter it owns overflows. Before
 * raising it, Xen fills the page's struct xen_pmu_data, whose `pmu` member is
 * the struct xen_pmu_arch defined here: the registers of the interrupted
 * context, flags describing the sample, the guest's view of the local APIC
 * LVTPC register, and the vendor's counter and control MSRs.
 *
 * Ownership of the fields while an interrupt is being handled: Xen writes,
 * and the guest only reads, `r` and `pmu_flags`. `l` and `c` belong to both:
 * while PMU_CACHED is set in `pmu_flags` the guest may change them (to
 * re-arm counters, for example), and XENPMU_flush hands the result back:
 * Xen checks the values, loads them into the hardware and clears
 * PMU_CACHED.
 *
 * The MSR banks in `c` have a length that depends on the processor, so they
 * are not fixed members: the vendor structure gives their byte offsets from
 * its own start, and they follow it in the shared page.
 *
 * Only PV guests can register the page: Xen 4.22.0 refuses XENPMU_init to
 * a guest with an emulated local APIC (HVM, PVH) with -XEN_EOPNOTSUPP
 * (do_xenpmu_op() in xen/arch/x86/cpu/vpmu.c).
 *
 * Stability: stable. Callers: PV guest kernels with a vPMU driver
 * (for instance Linux's perf support under Xen), normally through pmu.h.
 */
#if !defined(__i386__) && !defined(__x86_64__)
#error "xen-public: arch-x86/pmu.h is for x86 only; include pmu.h, which picks the right one"
#endif

#ifndef __XEN_PUBLIC_ARCH_X86_PMU_H__
#define __XEN_PUBLIC_ARCH_X86_PMU_H__
/* Marks this copy as xen-public's: unstable/arch-x86/pmu.h adds its toolstack part
 * only then (another copy of the header, included first, has its own). */
#define XEN_PUBLIC_ARCH_X86_PMU_H

#include "xen.h"

/** @defgroup hdr_arch_x86_pmu_h arch-x86/pmu.h
 *  @ingroup xen_arch */

/** @defgroup arch_x86_pmu_h_vendor Vendor counter contexts
 *  @ingroup hdr_arch_x86_pmu_h
 *  The fixed part of each vendor's counter state. Offsets are in bytes from
 *  the start of the structure, that is from `xen_pmu_arch.c.amd` or
 *  `xen_pmu_arch.c.intel`; the guest must treat them as read-only.
 *  @{ */

XEN_EXTENSIONS_BEGIN
/** AMD counter state: a bank of counter MSRs and a bank of control MSRs. */
struct xen_pmu_amd_ctxt {
    /** OUT: byte offset of the counter MSR values (uint64_t each). */
    uint32_t counters;
    /** OUT: byte offset of the control MSR values (uint64_t each). */
    uint32_t ctrls;
    /** IN/OUT: the MSR banks, located by the two offsets above. */
    uint64_t regs[XEN_FLEX_ARRAY_DIM];
};
XEN_EXTENSIONS_END
typedef struct xen_pmu_amd_ctxt xen_pmu_amd_ctxt_t;
DEFINE_XEN_GUEST_HANDLE(xen_pmu_amd_ctxt_t);

/** One Intel architectural counter together with its event-select MSR. */
struct xen_pmu_cntr_pair {
    uint64_t counter; /**< IN/OUT: the counter MSR's value. */
    uint64_t control; /**< IN/OUT: the matching event-select (control) MSR's value. */
};
typedef struct xen_pmu_cntr_pair xen_pmu_cntr_pair_t;
DEFINE_XEN_GUEST_HANDLE(xen_pmu_cntr_pair_t);

XEN_EXTENSIONS_BEGIN
/**
 * Intel counter state: the global PMU control MSRs, then a bank of
 * fixed-function counters (uint64_t each) and a bank of architectural
 * counters (struct xen_pmu_cntr_pair each), located by offsets.
 */
struct xen_pmu_intel_ctxt {
    uint32_t fixed_counters;          /**< OUT: byte offset of the fixed-function counter values. */
    uint32_t arch_counters;           /**< OUT: byte offset of the architectural counter pairs. */
    uint64_t global_ctrl;             /**< IN/OUT: IA32_PERF_GLOBAL_CTRL. */
    uint64_t global_ovf_ctrl;         /**< IN/OUT: IA32_PERF_GLOBAL_OVF_CTRL. */
    uint64_t global_status;           /**< IN/OUT: IA32_PERF_GLOBAL_STATUS. */
    uint64_t fixed_ctrl;              /**< IN/OUT: IA32_FIXED_CTR_CTRL. */
    uint64_t ds_area;                 /**< IN/OUT: IA32_DS_AREA (debug store address). */
    uint64_t pebs_enable;             /**< IN/OUT: IA32_PEBS_ENABLE. */
    uint64_t debugctl;                /**< IN/OUT: IA32_DEBUGCTL. */
    /** IN/OUT: the counter banks, located by the two offsets above. */
    uint64_t regs[XEN_FLEX_ARRAY_DIM];
};
XEN_EXTENSIONS_END
typedef struct xen_pmu_intel_ctxt xen_pmu_intel_ctxt_t;
DEFINE_XEN_GUEST_HANDLE(xen_pmu_intel_ctxt_t);

/** @} */

/** @defgroup arch_x86_pmu_h_sample The sample
 *  @ingroup hdr_arch_x86_pmu_h
 *  @{ */

/** The interrupted context's registers, as far as a profiler needs them. */
struct xen_pmu_regs {
    uint64_t ip;     /**< OUT: instruction pointer. */
    uint64_t sp;     /**< OUT: stack pointer. */
    uint64_t flags;  /**< OUT: EFLAGS / RFLAGS. */
    uint16_t cs;     /**< OUT: code selector. */
    uint16_t ss;     /**< OUT: stack selector. */
    uint8_t cpl;     /**< OUT: privilege level the context ran at (0-3). */
    uint8_t pad[3];  /**< Padding: ignore on read. */
};
typedef struct xen_pmu_regs xen_pmu_regs_t;
DEFINE_XEN_GUEST_HANDLE(xen_pmu_regs_t);

/** `pmu_flags`: Xen has copied the PMU MSRs into `c`; the guest may edit
 *  `l` and `c` until XENPMU_flush clears the bit. */
#define PMU_CACHED         (1<<0)
/** `pmu_flags`: the sample was taken in user mode (clear: kernel mode). */
#define PMU_SAMPLE_USER    (1<<1)
/** `pmu_flags`: the sample was taken in real mode. */
#define PMU_SAMPLE_REAL    (1<<2)
/** `pmu_flags`: the interrupted context belongs to a PV guest. */
#define PMU_SAMPLE_PV      (1<<3)

/** Bytes reserved for `r`, leaving room for more registers later. */
#define XENPMU_REGS_PAD_SZ  64
/** Bytes reserved for the fixed part of the vendor context `c` (the MSR
 *  banks it points to are not counted). */
#define XENPMU_CTXT_PAD_SZ  128

XEN_EXTENSIONS_BEGIN
/**
 * The x86 state of one PMU interrupt (the `pmu` member of struct
 * xen_pmu_data). See the file overview for who may write which field.
 */
struct xen_pmu_arch {
    /** OUT: the interrupted context; read-only for the guest. */
    union {
        xen_pmu_regs_t regs;               /**< The registers. */
        uint8_t pad[XENPMU_REGS_PAD_SZ];   /**< Fixes the size of the union. */
    } r;
    /** OUT: PMU_CACHED and PMU_SAMPLE_* bits; read-only for the guest. */
    uint64_t pmu_flags;
    /**
     * IN/OUT: the guest's local APIC LVTPC register. Of its bits, only the
     * mask bit (16) reaches the hardware, on XENPMU_flush or
     * XENPMU_lvtpc_set.
     */
    union {
        uint32_t lapic_lvtpc;              /**< The register's value. */
        uint64_t pad;                      /**< Fixes the size of the union. */
    } l;
    /**
     * IN/OUT: the vendor's PMU state. Changes the guest makes are checked
     * by Xen and loaded into the hardware on XENPMU_flush.
     */
    union {
        xen_pmu_amd_ctxt_t amd;            /**< On AMD processors. */
        xen_pmu_intel_ctxt_t intel;        /**< On Intel processors. */
        uint8_t pad[XENPMU_CTXT_PAD_SZ];   /**< Fixes the size of the union. */
    } c;
};
XEN_EXTENSIONS_END
typedef struct xen_pmu_arch xen_pmu_arch_t;
DEFINE_XEN_GUEST_HANDLE(xen_pmu_arch_t);

/** @} */

#endif /* __XEN_PUBLIC_ARCH_X86_PMU_H__ */
