/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief The hypervisor's trace buffers: event identifiers and the layout
 *        of the records a trace consumer reads.
 *
 * When tracing is enabled, Xen appends a record to a per-CPU buffer at
 * each traced event. The toolstack sets the buffers up and maps them
 * (XEN_SYSCTL_tbuf_op), is told through VIRQ_TBUF that records are
 * waiting, and drains them (xentrace); analysers such as xenalyze decode
 * them afterwards.
 *
 * An event identifier packs, from the most significant end: the number
 * of extra data words and the cycle-count flag (only in a record's
 * header), then a class (TRC_GEN, TRC_SCHED, ...; one bit each in bits
 * 16-27), a subclass (bits 12-15) and the event number within it (bits
 * 0-11). A consumer picks the events it wants by class mask.
 *
 * The set of events and the meaning of their data words follow the
 * hypervisor's code; new events appear in new releases, and consumers
 * should skip records they do not know, which the self-describing header
 * allows.
 *
 * Stability: stable. Callers: trace collectors and analysers (xentrace,
 * xenalyze); guests emitting TRC_GUEST events.
 */
#ifndef __XEN_PUBLIC_TRACE_H__
#define __XEN_PUBLIC_TRACE_H__

#include "xen-public-base.h"

/** @defgroup hdr_trace_h trace.h
 *  @ingroup xen_core */

/** @defgroup trace_h_header Record header fields
 *  @ingroup hdr_trace_h
 *  The first 32-bit word of a record: its event identifier with the size
 *  and cycle-count information on top.
 *  @{ */

/** The largest number of extra data words a record can carry. */
#define TRACE_EXTRA_MAX    7
/** Bit position of the extra-word count in a record's first word. */
#define TRACE_EXTRA_SHIFT 28

/** Bit position of the class field of an event identifier. */
#define TRC_CLS_SHIFT 16

/** The event identifier in a record's first word @p x. */
#define TRC_HD_TO_EVENT(x) ((x)&0x0fffffff)
/** Bit of a record's first word set when the record carries a cycle
 *  count. */
#define TRC_HD_CYCLE_FLAG (1UL << 31)
/** Non-zero (1) if the record whose first word is @p x carries a cycle
 *  count. */
#define TRC_HD_INCLUDES_CYCLE_COUNT(x) (!!((x) & TRC_HD_CYCLE_FLAG))
/** The number of extra data words of the record whose first word is
 *  @p x. */
#define TRC_HD_EXTRA(x)    (((x) >> TRACE_EXTRA_SHIFT) & TRACE_EXTRA_MAX)

/** @} */

/** @defgroup trace_h_classes Classes and subclasses
 *  @ingroup hdr_trace_h
 *  A class is one bit of bits 16-27; its mask value has the subclass bits
 *  (12-15) set as well, so that it selects every event of the class.
 *  @{ */

#define TRC_GEN      0x0001f000    /**< Trace-buffer bookkeeping. */
#define TRC_SCHED    0x0002f000    /**< Scheduling. */
#define TRC_DOM0OP   0x0004f000    /**< Domain-management operations. */
#define TRC_HVM      0x0008f000    /**< HVM guests: exits and emulation. */
#define TRC_MEM      0x0010f000    /**< Memory management. */
#define TRC_PV       0x0020f000    /**< PV guests: hypercalls, traps, faults. */
#define TRC_SHADOW   0x0040f000    /**< Shadow paging. */
#define TRC_HW       0x0080f000    /**< Hardware: power management, interrupts. */
#define TRC_GUEST    0x0800f000    /**< Events emitted by guests themselves. */
#define TRC_ALL      0x0ffff000    /**< Every class. */

/** Bit position of the subclass field of an event identifier. */
#define TRC_SUBCLS_SHIFT 12

#define TRC_HVM_ENTRYEXIT   0x00081000   /**< HVM: VM entries and exits. */
#define TRC_HVM_HANDLER     0x00082000   /**< HVM: handling of the exit reasons. */
#define TRC_HVM_EMUL        0x00084000   /**< HVM: emulated platform devices. */

#define TRC_SCHED_MIN       0x00021000   /**< Scheduling: vCPU run-state changes only. */
#define TRC_SCHED_CLASS     0x00022000   /**< Scheduling: events of a particular scheduler. */
#define TRC_SCHED_VERBOSE   0x00028000   /**< Scheduling: the detailed generic events. */

#define TRC_DOM0_DOMOPS     0x00041000   /**< Domain management: creation and destruction. */

#define TRC_HW_PM           0x00801000   /**< Hardware: power management. */
#define TRC_HW_IRQ          0x00802000   /**< Hardware: interrupt and vector handling. */

#define TRC_PV_ENTRY   0x00201000 /**< PV: entry points into the hypervisor. */
#define TRC_PV_SUBCALL 0x00202000 /**< PV: calls made inside a multicall. */

/** @} */

/** @defgroup trace_h_sched Scheduler-specific events
 *  @ingroup hdr_trace_h
 *  In the TRC_SCHED_CLASS subclass, the top 3 of the 12 event bits say
 *  which scheduler produced the event and the low 9 bits number the
 *  event, so up to 8 schedulers have 512 events each.
 *  @{ */

/** Width of the scheduler identifier. */
#define TRC_SCHED_ID_BITS 3
/** Bit position of the scheduler identifier. */
#define TRC_SCHED_ID_SHIFT (TRC_SUBCLS_SHIFT - TRC_SCHED_ID_BITS)
/** The scheduler-identifier bits of an event identifier. */
#define TRC_SCHED_ID_MASK (((1UL << TRC_SCHED_ID_BITS) - 1) << TRC_SCHED_ID_SHIFT)
/** Every bit except the scheduler identifier. */
#define TRC_SCHED_EVT_MASK (~(TRC_SCHED_ID_MASK))

#define TRC_SCHED_CSCHED   0 /**< Scheduler identifier: credit. */
#define TRC_SCHED_CSCHED2  1 /**< Scheduler identifier: credit2. */
/* Identifier 2 belonged to the SEDF scheduler, which has been removed. */
#define TRC_SCHED_ARINC653 3 /**< Scheduler identifier: ARINC 653. */
#define TRC_SCHED_RTDS     4 /**< Scheduler identifier: RTDS. */
#define TRC_SCHED_SNULL    5 /**< Scheduler identifier: null. */

/**
 * Event identifier of event @p _e of the scheduler whose identifier is
 * `TRC_SCHED_<_c>` (pass the suffix, e.g. `CSCHED2`).
 */
#define TRC_SCHED_CLASS_EVT(_c, _e) \
  ((TRC_SCHED_CLASS | \
    ((TRC_SCHED_##_c << TRC_SCHED_ID_SHIFT) & TRC_SCHED_ID_MASK)) + \
   ((_e) & TRC_SCHED_EVT_MASK))

/** @} */

/** @defgroup trace_h_events Event identifiers
 *  @ingroup hdr_trace_h
 *  @{ */

/** Records were dropped because the buffer was full. */
#define TRC_LOST_RECORDS        (TRC_GEN + 1)
/** Padding record: the producer wrapped to the start of the buffer. */
#define TRC_TRACE_WRAP_BUFFER  (TRC_GEN + 2)
/** Inserted by xentrace, never by Xen: the next records are from another CPU. */
#define TRC_TRACE_CPU_CHANGE    (TRC_GEN + 3)

/** A vCPU changed run state. */
#define TRC_SCHED_RUNSTATE_CHANGE   (TRC_SCHED_MIN + 1)
/** The scheduler kept the current vCPU running. */
#define TRC_SCHED_CONTINUE_RUNNING  (TRC_SCHED_MIN + 2)
/** A domain was added to a scheduler. */
#define TRC_SCHED_DOM_ADD        (TRC_SCHED_VERBOSE +  1)
/** A domain was removed from a scheduler. */
#define TRC_SCHED_DOM_REM        (TRC_SCHED_VERBOSE +  2)
/** A vCPU was put to sleep. */
#define TRC_SCHED_SLEEP          (TRC_SCHED_VERBOSE +  3)
/** A vCPU was woken. */
#define TRC_SCHED_WAKE           (TRC_SCHED_VERBOSE +  4)
/** A vCPU yielded. */
#define TRC_SCHED_YIELD          (TRC_SCHED_VERBOSE +  5)
/** A vCPU blocked. */
#define TRC_SCHED_BLOCK          (TRC_SCHED_VERBOSE +  6)
/** A vCPU asked for its domain's shutdown (SCHEDOP_shutdown). */
#define TRC_SCHED_SHUTDOWN       (TRC_SCHED_VERBOSE +  7)
/** A scheduler-control operation; not emitted by Xen 4.22.0. */
#define TRC_SCHED_CTL            (TRC_SCHED_VERBOSE +  8)
/** A domain's scheduling parameters were changed. */
#define TRC_SCHED_ADJDOM         (TRC_SCHED_VERBOSE +  9)
/** A context switch between vCPUs. */
#define TRC_SCHED_SWITCH         (TRC_SCHED_VERBOSE + 10)
/** The scheduler's timer fired; not emitted by Xen 4.22.0. */
#define TRC_SCHED_S_TIMER_FN     (TRC_SCHED_VERBOSE + 11)
/** A vCPU's one-shot timer fired; not emitted by Xen 4.22.0. */
#define TRC_SCHED_T_TIMER_FN     (TRC_SCHED_VERBOSE + 12)
/** A vCPU's periodic timer fired; not emitted by Xen 4.22.0. */
#define TRC_SCHED_DOM_TIMER_FN   (TRC_SCHED_VERBOSE + 13)
/** Context switch: details of the vCPU leaving. */
#define TRC_SCHED_SWITCH_INFPREV (TRC_SCHED_VERBOSE + 14)
/** Context switch: details of the vCPU arriving. */
#define TRC_SCHED_SWITCH_INFNEXT (TRC_SCHED_VERBOSE + 15)
/** A domain's shutdown code was set (SCHEDOP_shutdown_code). */
#define TRC_SCHED_SHUTDOWN_CODE  (TRC_SCHED_VERBOSE + 16)
/** Context switch: the same vCPU continues. */
#define TRC_SCHED_SWITCH_INFCONT (TRC_SCHED_VERBOSE + 17)

#define TRC_DOM0_DOM_ADD         (TRC_DOM0_DOMOPS + 1) /**< A domain was created. */
#define TRC_DOM0_DOM_REM         (TRC_DOM0_DOMOPS + 2) /**< A domain was destroyed. */

/** A granted page was mapped. */
#define TRC_MEM_PAGE_GRANT_MAP      (TRC_MEM + 1)
/** A granted page was unmapped. */
#define TRC_MEM_PAGE_GRANT_UNMAP    (TRC_MEM + 2)
/** A page was transferred through a grant. */
#define TRC_MEM_PAGE_GRANT_TRANSFER (TRC_MEM + 3)
/** A P2M entry was written. */
#define TRC_MEM_SET_P2M_ENTRY       (TRC_MEM + 4)
/** A domain gave memory back. */
#define TRC_MEM_DECREASE_RESERVATION (TRC_MEM + 5)
/** Populate-on-demand filled a page. */
#define TRC_MEM_POD_POPULATE        (TRC_MEM + 16)
/** Populate-on-demand reclaimed zeroed pages. */
#define TRC_MEM_POD_ZERO_RECLAIM    (TRC_MEM + 17)
/** Populate-on-demand split a superpage. */
#define TRC_MEM_POD_SUPERPAGE_SPLINTER (TRC_MEM + 18)

/** A PV hypercall, original format; not emitted by Xen 4.22.0. */
#define TRC_PV_HYPERCALL             (TRC_PV_ENTRY +  1)
/** An exception was raised in a PV guest. */
#define TRC_PV_TRAP                  (TRC_PV_ENTRY +  3)
/** A page fault was raised in a PV guest. */
#define TRC_PV_PAGE_FAULT            (TRC_PV_ENTRY +  4)
/** A forced invalid-opcode (emulation prefix) was handled. */
#define TRC_PV_FORCED_INVALID_OP     (TRC_PV_ENTRY +  5)
/** A privileged instruction was emulated. */
#define TRC_PV_EMULATE_PRIVOP        (TRC_PV_ENTRY +  6)
/** A 4 GiB segment access was emulated (32-bit PV); not emitted by Xen 4.22.0. */
#define TRC_PV_EMULATE_4GB           (TRC_PV_ENTRY +  7)
/** FPU state was restored lazily; not emitted by Xen 4.22.0. */
#define TRC_PV_MATH_STATE_RESTORE    (TRC_PV_ENTRY +  8)
/** A page fault was fixed up by the hypervisor. */
#define TRC_PV_PAGING_FIXUP          (TRC_PV_ENTRY +  9)
/** A fault on a GDT or LDT mapping. */
#define TRC_PV_GDT_LDT_MAPPING_FAULT (TRC_PV_ENTRY + 10)
/** A write to a page table was emulated. */
#define TRC_PV_PTWR_EMULATION        (TRC_PV_ENTRY + 11)
/** A write to a PAE page table was emulated. */
#define TRC_PV_PTWR_EMULATION_PAE    (TRC_PV_ENTRY + 12)
/** A PV hypercall, in the format described below. */
#define TRC_PV_HYPERCALL_V2          (TRC_PV_ENTRY + 13)
/** A call made inside a multicall. */
#define TRC_PV_HYPERCALL_SUBCALL     (TRC_PV_SUBCALL + 14)

/**
 * @name TRC_PV_HYPERCALL_V2 record
 * The first extra word holds the hypercall number in bits 0-19 and, in
 * bits 20-31, a 2-bit field per argument 0-5 (argument 0 lowest) saying
 * whether it is recorded: 0 not recorded, 1 as 32 bits, 2 as 64 bits (3
 * is reserved). The recorded arguments follow in order, each in one word
 * or, for 64 bits, two (low word first). The record never has
 * TRC_64_FLAG set, whatever the argument sizes. Xen 4.22.0 records only
 * 32-bit fields (the low half of each argument) and only for some
 * hypercalls (__trace_hypercall() in xen/common/trace.c).
 *
 * These helpers are `unsigned int` so that argument 5 can be expressed
 * without overflowing a signed shift.
 * @{ */
/** Field value saying argument @p i (0-5) is recorded as 32 bits. */
#define TRC_PV_HYPERCALL_V2_ARG_32(i) (0x1U << (20 + 2 * (i)))
/** Field value saying argument @p i (0-5) is recorded as 64 bits. */
#define TRC_PV_HYPERCALL_V2_ARG_64(i) (0x2U << (20 + 2 * (i)))
/** All the argument fields of the first extra word. */
#define TRC_PV_HYPERCALL_V2_ARG_MASK  0xfff00000U
/** @} */

/** The fault was not caused by shadowing. */
#define TRC_SHADOW_NOT_SHADOW                 (TRC_SHADOW +  1)
/** Fast path: fault propagated to the guest. */
#define TRC_SHADOW_FAST_PROPAGATE             (TRC_SHADOW +  2)
/** Fast path: an MMIO access. */
#define TRC_SHADOW_FAST_MMIO                  (TRC_SHADOW +  3)
/** The fast path was taken wrongly. */
#define TRC_SHADOW_FALSE_FAST_PATH            (TRC_SHADOW +  4)
/** An MMIO access. */
#define TRC_SHADOW_MMIO                       (TRC_SHADOW +  5)
/** A shadow entry was fixed up. */
#define TRC_SHADOW_FIXUP                      (TRC_SHADOW +  6)
/** A fault in a dying domain. */
#define TRC_SHADOW_DOMF_DYING                 (TRC_SHADOW +  7)
/** A write to a guest page table was emulated. */
#define TRC_SHADOW_EMULATE                    (TRC_SHADOW +  8)
/** A page was unshadowed: written from user mode. */
#define TRC_SHADOW_EMULATE_UNSHADOW_USER      (TRC_SHADOW +  9)
/** A page was unshadowed: an event was being injected. */
#define TRC_SHADOW_EMULATE_UNSHADOW_EVTINJ    (TRC_SHADOW + 10)
/** A page was unshadowed: the write could not be emulated. */
#define TRC_SHADOW_EMULATE_UNSHADOW_UNHANDLED (TRC_SHADOW + 11)
/** Writable mappings removed by brute-force search. */
#define TRC_SHADOW_WRMAP_BF                   (TRC_SHADOW + 12)
/** Shadows unpinned to make room. */
#define TRC_SHADOW_PREALLOC_UNPIN             (TRC_SHADOW + 13)
/** An out-of-sync page was fully resynchronised. */
#define TRC_SHADOW_RESYNC_FULL                (TRC_SHADOW + 14)
/** An out-of-sync page was resynchronised only. */
#define TRC_SHADOW_RESYNC_ONLY                (TRC_SHADOW + 15)

/** Added to an HVM event identifier when the event concerns a nested
 *  (L2) guest. */
#define TRC_HVM_NESTEDFLAG      (0x400)
/** VM entry. */
#define TRC_HVM_VMENTRY         (TRC_HVM_ENTRYEXIT + 0x01)
/** VMX exit, 32-bit address. */
#define TRC_HVM_VMX_EXIT        (TRC_HVM_ENTRYEXIT + 0x02)
/** VMX exit, 64-bit address. */
#define TRC_HVM_VMX_EXIT64      (TRC_HVM_ENTRYEXIT + TRC_64_FLAG + 0x02)
/** SVM exit, 32-bit address. */
#define TRC_HVM_SVM_EXIT        (TRC_HVM_ENTRYEXIT + 0x03)
/** SVM exit, 64-bit address. */
#define TRC_HVM_SVM_EXIT64      (TRC_HVM_ENTRYEXIT + TRC_64_FLAG + 0x03)
/** Page fault handled by Xen, 32-bit address. */
#define TRC_HVM_PF_XEN          (TRC_HVM_HANDLER + 0x01)
/** Page fault handled by Xen, 64-bit address. */
#define TRC_HVM_PF_XEN64        (TRC_HVM_HANDLER + TRC_64_FLAG + 0x01)
/** Page fault injected, 32-bit address; not emitted by Xen 4.22.0. */
#define TRC_HVM_PF_INJECT       (TRC_HVM_HANDLER + 0x02)
/** Page fault injected, 64-bit address. */
#define TRC_HVM_PF_INJECT64     (TRC_HVM_HANDLER + TRC_64_FLAG + 0x02)
/** Exception injected. */
#define TRC_HVM_INJ_EXC         (TRC_HVM_HANDLER + 0x03)
/** Virtual interrupt injected. */
#define TRC_HVM_INJ_VIRQ        (TRC_HVM_HANDLER + 0x04)
/** Virtual interrupt injected again; not emitted by Xen 4.22.0. */
#define TRC_HVM_REINJ_VIRQ      (TRC_HVM_HANDLER + 0x05)
/** I/O read emulated; not emitted by Xen 4.22.0. */
#define TRC_HVM_IO_READ         (TRC_HVM_HANDLER + 0x06)
/** I/O write emulated; not emitted by Xen 4.22.0. */
#define TRC_HVM_IO_WRITE        (TRC_HVM_HANDLER + 0x07)
/** Control-register read, 32-bit value; not emitted by Xen 4.22.0. */
#define TRC_HVM_CR_READ         (TRC_HVM_HANDLER + 0x08)
/** Control-register read, 64-bit value. */
#define TRC_HVM_CR_READ64       (TRC_HVM_HANDLER + TRC_64_FLAG + 0x08)
/** Control-register write, 32-bit value; not emitted by Xen 4.22.0. */
#define TRC_HVM_CR_WRITE        (TRC_HVM_HANDLER + 0x09)
/** Control-register write, 64-bit value. */
#define TRC_HVM_CR_WRITE64      (TRC_HVM_HANDLER + TRC_64_FLAG + 0x09)
/** Debug-register read; not emitted by Xen 4.22.0. */
#define TRC_HVM_DR_READ         (TRC_HVM_HANDLER + 0x0A)
/** Debug-register write. */
#define TRC_HVM_DR_WRITE        (TRC_HVM_HANDLER + 0x0B)
/** MSR read. */
#define TRC_HVM_MSR_READ        (TRC_HVM_HANDLER + 0x0C)
/** MSR write. */
#define TRC_HVM_MSR_WRITE       (TRC_HVM_HANDLER + 0x0D)
/** CPUID executed. */
#define TRC_HVM_CPUID           (TRC_HVM_HANDLER + 0x0E)
/** External interrupt exit. */
#define TRC_HVM_INTR            (TRC_HVM_HANDLER + 0x0F)
/** NMI exit. */
#define TRC_HVM_NMI             (TRC_HVM_HANDLER + 0x10)
/** SMI exit. */
#define TRC_HVM_SMI             (TRC_HVM_HANDLER + 0x11)
/** Hypercall instruction executed. */
#define TRC_HVM_VMMCALL         (TRC_HVM_HANDLER + 0x12)
/** HLT executed. */
#define TRC_HVM_HLT             (TRC_HVM_HANDLER + 0x13)
/** INVLPG executed, 32-bit address; not emitted by Xen 4.22.0. */
#define TRC_HVM_INVLPG          (TRC_HVM_HANDLER + 0x14)
/** INVLPG executed, 64-bit address. */
#define TRC_HVM_INVLPG64        (TRC_HVM_HANDLER + TRC_64_FLAG + 0x14)
/** Machine-check exit. */
#define TRC_HVM_MCE             (TRC_HVM_HANDLER + 0x15)
/** I/O-port read handled. */
#define TRC_HVM_IOPORT_READ     (TRC_HVM_HANDLER + 0x16)
/** MMIO read handled. */
#define TRC_HVM_IOMEM_READ      (TRC_HVM_HANDLER + 0x17)
/** CLTS executed. */
#define TRC_HVM_CLTS            (TRC_HVM_HANDLER + 0x18)
/** LMSW executed, 32-bit value; not emitted by Xen 4.22.0. */
#define TRC_HVM_LMSW            (TRC_HVM_HANDLER + 0x19)
/** LMSW executed, 64-bit value. */
#define TRC_HVM_LMSW64          (TRC_HVM_HANDLER + TRC_64_FLAG + 0x19)
/** RDTSC executed. */
#define TRC_HVM_RDTSC           (TRC_HVM_HANDLER + 0x1a)
/** Interrupt-window exit. */
#define TRC_HVM_INTR_WINDOW     (TRC_HVM_HANDLER + 0x20)
/** Nested (second-stage) page fault. */
#define TRC_HVM_NPF             (TRC_HVM_HANDLER + 0x21)
/** Real-mode instruction emulated. */
#define TRC_HVM_REALMODE_EMULATE (TRC_HVM_HANDLER + 0x22)
/** Exception intercepted. */
#define TRC_HVM_TRAP             (TRC_HVM_HANDLER + 0x23)
/** Debug exception intercepted. */
#define TRC_HVM_TRAP_DEBUG       (TRC_HVM_HANDLER + 0x24)
/** Virtual local APIC event. */
#define TRC_HVM_VLAPIC           (TRC_HVM_HANDLER + 0x25)
/** Extended-control-register read. */
#define TRC_HVM_XCR_READ64      (TRC_HVM_HANDLER + TRC_64_FLAG + 0x26)
/** Extended-control-register write. */
#define TRC_HVM_XCR_WRITE64     (TRC_HVM_HANDLER + TRC_64_FLAG + 0x27)

#define TRC_HVM_IOPORT_WRITE    (TRC_HVM_HANDLER + 0x216) /**< I/O-port write handled. */
#define TRC_HVM_IOMEM_WRITE     (TRC_HVM_HANDLER + 0x217) /**< MMIO write handled. */

/** Emulated HPET timer started. */
#define TRC_HVM_EMUL_HPET_START_TIMER  (TRC_HVM_EMUL + 0x1)
/** Emulated PIT timer started. */
#define TRC_HVM_EMUL_PIT_START_TIMER   (TRC_HVM_EMUL + 0x2)
/** Emulated RTC timer started. */
#define TRC_HVM_EMUL_RTC_START_TIMER   (TRC_HVM_EMUL + 0x3)
/** Emulated local APIC timer started. */
#define TRC_HVM_EMUL_LAPIC_START_TIMER (TRC_HVM_EMUL + 0x4)
/** Emulated HPET timer stopped. */
#define TRC_HVM_EMUL_HPET_STOP_TIMER   (TRC_HVM_EMUL + 0x5)
/** Emulated PIT timer stopped. */
#define TRC_HVM_EMUL_PIT_STOP_TIMER    (TRC_HVM_EMUL + 0x6)
/** Emulated RTC timer stopped. */
#define TRC_HVM_EMUL_RTC_STOP_TIMER    (TRC_HVM_EMUL + 0x7)
/** Emulated local APIC timer stopped. */
#define TRC_HVM_EMUL_LAPIC_STOP_TIMER  (TRC_HVM_EMUL + 0x8)
/** Emulated PIT timer expired. */
#define TRC_HVM_EMUL_PIT_TIMER_CB      (TRC_HVM_EMUL + 0x9)
/** Emulated local APIC timer expired. */
#define TRC_HVM_EMUL_LAPIC_TIMER_CB    (TRC_HVM_EMUL + 0xA)
/** Emulated PIC output line changed. */
#define TRC_HVM_EMUL_PIC_INT_OUTPUT    (TRC_HVM_EMUL + 0xB)
/** Emulated PIC kicked a vCPU. */
#define TRC_HVM_EMUL_PIC_KICK          (TRC_HVM_EMUL + 0xC)
/** Emulated PIC interrupt acknowledged. */
#define TRC_HVM_EMUL_PIC_INTACK        (TRC_HVM_EMUL + 0xD)
/** Emulated PIC input rising edge. */
#define TRC_HVM_EMUL_PIC_POSEDGE       (TRC_HVM_EMUL + 0xE)
/** Emulated PIC input falling edge. */
#define TRC_HVM_EMUL_PIC_NEGEDGE       (TRC_HVM_EMUL + 0xF)
/** Emulated PIC pending-interrupt query. */
#define TRC_HVM_EMUL_PIC_PEND_IRQ_CALL (TRC_HVM_EMUL + 0x10)
/** Local APIC took an interrupt from the emulated PIC. */
#define TRC_HVM_EMUL_LAPIC_PIC_INTR    (TRC_HVM_EMUL + 0x11)

#define TRC_PM_FREQ_CHANGE      (TRC_HW_PM + 0x01) /**< A CPU changed frequency. */
#define TRC_PM_IDLE_ENTRY       (TRC_HW_PM + 0x02) /**< A CPU entered an idle state. */
#define TRC_PM_IDLE_EXIT        (TRC_HW_PM + 0x03) /**< A CPU left an idle state. */

/** Cleanup of a moved IRQ postponed. */
#define TRC_HW_IRQ_MOVE_CLEANUP_DELAY (TRC_HW_IRQ + 0x1)
/** Old vector of a moved IRQ released. */
#define TRC_HW_IRQ_MOVE_CLEANUP       (TRC_HW_IRQ + 0x2)
/** An IRQ was bound to a vector. */
#define TRC_HW_IRQ_BIND_VECTOR        (TRC_HW_IRQ + 0x3)
/** An IRQ's vector was released. */
#define TRC_HW_IRQ_CLEAR_VECTOR       (TRC_HW_IRQ + 0x4)
/** Move of an IRQ completed. */
#define TRC_HW_IRQ_MOVE_FINISH        (TRC_HW_IRQ + 0x5)
/** A vector was allocated for an IRQ. */
#define TRC_HW_IRQ_ASSIGN_VECTOR      (TRC_HW_IRQ + 0x6)
/** An interrupt arrived on a vector with no IRQ. */
#define TRC_HW_IRQ_UNMAPPED_VECTOR    (TRC_HW_IRQ + 0x7)
/** An IRQ was handled. */
#define TRC_HW_IRQ_HANDLED            (TRC_HW_IRQ + 0x8)

/**
 * Added to the identifier of an event that exists in two record formats,
 * to select the one whose addresses are 64 bits wide rather than 32 (see
 * the `...64` events).
 */
#define TRC_64_FLAG 0x100

/** @} */

/** @defgroup trace_h_buffers Records and buffers
 *  @ingroup hdr_trace_h
 *  @{ */

/**
 * One trace record, as it sits in a buffer: a header word, then the cycle
 * count if the header says so, then `extra_u32` data words. Only those
 * words are present, so records have different lengths and consumers
 * step from one to the next using the header.
 */
XEN_EXTENSIONS_BEGIN /* bit-fields of type uint32_t */
struct t_rec {
    /** OUT: event identifier. */
    uint32_t event:28;
    /** OUT: number of data words that follow (0 to TRACE_EXTRA_MAX). */
    uint32_t extra_u32:3;
    /** OUT: 1 if `u.cycles` is the layout, 0 for `u.nocycles`. */
    uint32_t cycles_included:1;
    /** The rest of the record; which member applies depends on
     *  `cycles_included`. */
    union {
        /** Layout with a cycle count. */
        struct {
            uint32_t cycles_lo;    /**< OUT: low 32 bits of the time-stamp counter. */
            uint32_t cycles_hi;    /**< OUT: high 32 bits of the time-stamp counter. */
            uint32_t extra_u32[7]; /**< OUT: the event's data words. */
        } cycles;
        /** Layout without a cycle count. */
        struct {
            uint32_t extra_u32[7]; /**< OUT: the event's data words. */
        } nocycles;
    } u;
};
XEN_EXTENSIONS_END

/**
 * Header of one CPU's trace buffer; the records follow it directly.
 *
 * The producer (Xen) advances `prod` and the consumer advances `cons`,
 * both as byte offsets into the record area of size X. They count modulo
 * 2 * X, not X, so that a full buffer (prod - cons == X) can be told from
 * an empty one, and so that the counters stay correct when X is not a
 * power of 2 (wrapping a 32-bit counter modulo X would then jump).
 */
struct t_buf {
    uint32_t cons; /**< IN: offset of the next record to consume, written by the consumer. */
    uint32_t prod; /**< OUT: offset at which Xen writes the next record. */
};

/**
 * The area (mapped by the consumer) that tells where every CPU's trace
 * buffer lies. After the header come, for each CPU, the machine frame
 * numbers of its buffer's pages as 32-bit words: the list of CPU N starts
 * `mfn_offset[N]` 32-bit words from the start of this structure.
 */
XEN_EXTENSIONS_BEGIN /* flexible array member */
struct t_info {
    /** OUT: size of each CPU's buffer, in pages. */
    uint16_t tbuf_size;
    /** OUT: per CPU, the offset of its frame list, in 32-bit words. */
    uint16_t mfn_offset[XEN_FLEX_ARRAY_DIM];
};
XEN_EXTENSIONS_END

/** @} */

#endif /* __XEN_PUBLIC_TRACE_H__ */
