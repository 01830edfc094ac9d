/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief HYPERVISOR_hvm_op: parameters and run-time controls of HVM and
 *        PVH guests.
 *
 * `long HYPERVISOR_hvm_op(unsigned long op, void *arg)` selects an
 * operation with `op`, one of the HVMOP_* numbers below, and passes its
 * argument structure through `arg` (NULL where an operation takes none).
 * The operations cover:
 *
 * - the per-domain HVM parameters (hvm/params.h), read and written by the
 *   guest itself for the few it owns and by the toolstack or device model
 *   for the rest;
 * - hints and services a guest kernel uses: TLB flush, page-table teardown
 *   hints, Xen's clock, trace records, the event-channel upcall vector and
 *   requests to a monitoring agent;
 * - the memory types a device model gives guest frames (hvmmem_type_t,
 *   shared with hvm/dm_op.h);
 * - alternate guest-physical views (altp2m) on x86, for introspection
 *   agents inside or outside the guest.
 *
 * x86 implements every operation below (do_hvm_op() in
 * xen/arch/x86/hvm/hvm.c); Arm implements HVMOP_set_param, HVMOP_get_param
 * and HVMOP_guest_request_vm_event only (do_hvm_op() in
 * xen/arch/arm/hvm.c). The hypercall exists only in builds with
 * CONFIG_HVM.
 *
 * Errors every operation can give, not repeated in the blocks:
 * - -XEN_ENOSYS: unknown `op`, or one this architecture does not
 *   implement.
 * - -XEN_EFAULT: `arg` cannot be read, or the results cannot be written
 *   back.
 * - -XEN_EPERM: refused by the security policy, for the operations that
 *   ask it (the block names the XSM hook).
 *
 * The operations that used to drive a guest's virtual interrupt wires from
 * a device model moved to HYPERVISOR_dm_op (hvm/dm_op.h); their old
 * numbers and structures remain below for interface versions older than
 * 0x00040900.
 *
 * Stability: stable. Callers: HVM and PVH guest kernels and firmware,
 * device models, toolstacks. Two deprecated toolstack-only numbers are in
 * unstable/hvm/hvm_op.h.
 */
#ifndef __XEN_PUBLIC_HVM_HVM_OP_H__
#define __XEN_PUBLIC_HVM_HVM_OP_H__
/* Marks this copy as xen-public's: unstable/hvm/hvm_op.h adds its toolstack part
 * only then (another copy of the header, included first, has its own). */
#define XEN_PUBLIC_HVM_HVM_OP_H

#include "../xen.h"
#include "../trace.h"
#include "../event_channel.h"

/** @defgroup hdr_hvm_hvm_op_h hvm/hvm_op.h
 *  @ingroup xen_hvm */

/** @defgroup hvm_hvm_op_h_param HVMOP_set_param and HVMOP_get_param
 *  @ingroup hdr_hvm_hvm_op_h
 *  @{ */

/**
 * @name HVMOP_set_param, HVMOP_get_param
 * Write or read one HVM parameter (HVM_PARAM_*, hvm/params.h) of an HVM
 * or PVH domain.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 0, 1 |
 * | Caller         | the domain itself, its device model or the control domain (below) |
 * | Argument       | struct xen_hvm_param |
 * | Returns        | 0; HVMOP_get_param has written `value` |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | hvm_set_param(), hvm_get_param() in xen/arch/x86/hvm/hvm.c |
 *
 * On Arm, do_hvm_op() in xen/arch/arm/hvm.c does both. The policy is
 * asked through xsm_hvm_param(), XSM_TARGET under the default policy: the
 * domain itself, its device model or the control domain. Which
 * parameters a domain may reach for itself is decided after the policy,
 * by hvm_allow_set_param() and hvm_allow_get_param(). On x86 the
 * domain may set HVM_PARAM_CALLBACK_IRQ, HVM_PARAM_VM86_TSS,
 * HVM_PARAM_VM86_TSS_SIZED, HVM_PARAM_ACPI_IOPORTS_LOCATION,
 * HVM_PARAM_VM_GENERATION_ID_ADDR, HVM_PARAM_STORE_EVTCHN,
 * HVM_PARAM_CONSOLE_EVTCHN and HVM_PARAM_X87_FIP_WIDTH, and may read
 * those, HVM_PARAM_STORE_PFN, HVM_PARAM_CONSOLE_PFN and HVM_PARAM_ALTP2M.
 * On Arm it may set none and may read HVM_PARAM_CALLBACK_IRQ,
 * HVM_PARAM_STORE_PFN, HVM_PARAM_STORE_EVTCHN, HVM_PARAM_CONSOLE_PFN and
 * HVM_PARAM_CONSOLE_EVTCHN; the device model or the control domain may
 * read and set these and HVM_PARAM_MONITOR_RING_PFN, and no other.
 *
 * Errors of HVMOP_set_param on x86:
 * - -XEN_EINVAL: `index` is not below HVM_NR_PARAMS.
 * - -XEN_ESRCH: no domain `domid`.
 * - -XEN_EINVAL: the domain is not an HVM domain.
 * - -XEN_EEXIST: HVM_PARAM_ALTP2M, which this call never sets.
 * - -XEN_EINVAL: a deprecated parameter.
 * - -XEN_EPERM: the domain sets one of its own parameters that is not the
 *   guest's to set.
 * - -XEN_EEXIST: HVM_PARAM_VIRIDIAN, HVM_PARAM_IOREQ_PFN,
 *   HVM_PARAM_BUFIOREQ_PFN, HVM_PARAM_IOREQ_SERVER_PFN,
 *   HVM_PARAM_NR_IOREQ_SERVER_PAGES or HVM_PARAM_MCA_CAP holds a non-zero
 *   value and `value` differs from it.
 * - -XEN_EINVAL: HVM_PARAM_TIMER_MODE above HVMPTM_one_missed_tick_pending.
 * - -XEN_ENODEV: HVM_PARAM_VIRIDIAN, in a build without CONFIG_VIRIDIAN.
 * - -XEN_EINVAL: HVM_PARAM_VIRIDIAN with an unknown bit, or without
 *   HVMPV_base_freq.
 * - -XEN_EINVAL: HVM_PARAM_ACPI_S_STATE other than 0 or 3.
 * - -XEN_ENODEV: HVM_PARAM_ACPI_IOPORTS_LOCATION for a domain without an
 *   emulated ACPI PM timer.
 * - -XEN_EINVAL: HVM_PARAM_ACPI_IOPORTS_LOCATION other than 0 or 1.
 * - -XEN_EINVAL: HVM_PARAM_TRIPLE_FAULT_REASON above SHUTDOWN_MAX.
 * - -XEN_EINVAL: HVM_PARAM_NR_IOREQ_SERVER_PAGES 0 or above 64.
 * - -XEN_EINVAL: HVM_PARAM_X87_FIP_WIDTH other than 0, 4 or 8.
 * - -XEN_EINVAL: HVM_PARAM_VM86_TSS wider than 32 bits, or
 *   HVM_PARAM_VM86_TSS_SIZED with a size (bits 63-32) below that of a
 *   32-bit TSS; when the domain sets its own, Xen also crashes it.
 * - -XEN_EINVAL: HVM_PARAM_MCA_CAP with an unknown bit, or with
 *   XEN_HVM_MCA_CAP_LMCE on a host without LMCE.
 *
 * Errors of HVMOP_get_param on x86:
 * - -XEN_EINVAL: `index` is not below HVM_NR_PARAMS.
 * - -XEN_ESRCH: no domain `domid`.
 * - -XEN_EINVAL: the domain is not an HVM domain.
 * - -XEN_EINVAL: a deprecated parameter.
 * - -XEN_EPERM: the domain reads one of its own parameters that is not
 *   the guest's to read.
 *
 * Errors of both on Arm:
 * - -XEN_ESRCH: no domain `domid`.
 * - -XEN_EPERM: the domain reaches for a parameter that is not the
 *   guest's (above).
 * - -XEN_EINVAL: any parameter other than those listed above.
 * @{ */
#define HVMOP_set_param           0
#define HVMOP_get_param           1

/** Argument of HVMOP_set_param and HVMOP_get_param. */
struct xen_hvm_param {
    domid_t  domid;    /**< IN: the domain, or DOMID_SELF. */
    uint16_t pad;      /**< Padding: write zero. */
    uint32_t index;    /**< IN: the parameter, an HVM_PARAM_* number. */
    uint64_t value;    /**< IN for set, OUT for get: the parameter's value. */
};
typedef struct xen_hvm_param xen_hvm_param_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_param_t);
/** @} */

/** @} */

#if __XEN_INTERFACE_VERSION__ < 0x00040900

/** @defgroup hvm_hvm_op_h_legacy_irq Interrupt-wire operations (withdrawn)
 *  @ingroup hdr_hvm_hvm_op_h
 *  Operations a device model once used to drive a guest's emulated
 *  interrupt lines. Xen 4.9 replaced them with XEN_DMOP_set_pci_intx_level,
 *  XEN_DMOP_set_isa_irq_level and XEN_DMOP_set_pci_link_route
 *  (hvm/dm_op.h), which a device-model kernel driver can vet without
 *  knowing each operation; hypervisors since then answer these numbers
 *  with -XEN_ENOSYS. Declared only for interface versions before
 *  0x00040900.
 *  @{ */

/**
 * @name HVMOP_set_pci_intx_level, HVMOP_set_isa_irq_level, HVMOP_set_pci_link_route
 * Former operations of a device model: set a PCI INTx level, set an ISA
 * IRQ level, route a PCI interrupt link to an ISA IRQ.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 2, 3, 4 |
 * | Caller         | none: Xen 4.22.0 no longer has these operations |
 * | Argument       | the struct named after each, declared below |
 * | Returns        | nothing: every call fails |
 * | Errors         | -XEN_ENOSYS on every call, as for an unknown `op` |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | nothing in Xen 4.22.0; the hypercall returns -XEN_ENOSYS |
 * @{ */
#define HVMOP_set_pci_intx_level  2
/** Argument of HVMOP_set_pci_intx_level. */
struct xen_hvm_set_pci_intx_level {
    domid_t  domid;     /**< IN: the domain. */
    uint8_t  domain;    /**< IN: PCI segment of the device. */
    uint8_t  bus;       /**< IN: PCI bus of the device. */
    uint8_t  device;    /**< IN: PCI device number. */
    uint8_t  intx;      /**< IN: INTx pin, 0 (INTA) to 3 (INTD). */
    uint8_t  level;     /**< IN: 1 asserted, 0 deasserted. */
};
typedef struct xen_hvm_set_pci_intx_level xen_hvm_set_pci_intx_level_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_set_pci_intx_level_t);

#define HVMOP_set_isa_irq_level   3
/** Argument of HVMOP_set_isa_irq_level. */
struct xen_hvm_set_isa_irq_level {
    domid_t  domid;     /**< IN: the domain. */
    uint8_t  isa_irq;   /**< IN: ISA IRQ, 0 to 15. */
    uint8_t  level;     /**< IN: 1 asserted, 0 deasserted. */
};
typedef struct xen_hvm_set_isa_irq_level xen_hvm_set_isa_irq_level_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_set_isa_irq_level_t);

#define HVMOP_set_pci_link_route  4
/** Argument of HVMOP_set_pci_link_route. */
struct xen_hvm_set_pci_link_route {
    domid_t  domid;     /**< IN: the domain. */
    uint8_t  link;      /**< IN: PCI interrupt link, 0 to 3. */
    uint8_t  isa_irq;   /**< IN: ISA IRQ 1 to 15, or 0 to disconnect the link. */
};
typedef struct xen_hvm_set_pci_link_route xen_hvm_set_pci_link_route_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_set_pci_link_route_t);
/** @} */

/** @} */

#endif /* __XEN_INTERFACE_VERSION__ < 0x00040900 */

/** @defgroup hvm_hvm_op_h_flush_tlbs HVMOP_flush_tlbs
 *  @ingroup hdr_hvm_hvm_op_h
 *  @{ */

/**
 * @name HVMOP_flush_tlbs
 * Flush the TLBs of every vCPU of the calling domain, cheaper for a guest
 * than sending IPIs and waiting for each vCPU to answer.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 5 |
 * | Caller         | an HVM or PVH domain, for itself; no XSM hook |
 * | Argument       | none: `arg` must be NULL |
 * | Returns        | 0 once every vCPU's guest TLB entries are gone |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm: -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | hvmop_flush_tlb_all() in xen/arch/x86/hvm/hvm.c |
 *
 * Errors:
 * - -XEN_EINVAL: `arg` is not NULL.
 * - -XEN_EINVAL: the caller is not an HVM domain.
 * @{ */
#define HVMOP_flush_tlbs          5
/** @} */

/** @} */

/** @defgroup hvm_hvm_op_h_memtype Memory types of guest frames
 *  @ingroup hdr_hvm_hvm_op_h
 *  How a frame of an HVM guest behaves towards the guest, as a device
 *  model sets it (XEN_DMOP_set_mem_type, hvm/dm_op.h) and reads it back
 *  (HVMOP_get_mem_type).
 *  @{ */

/** Memory type of one guest frame. */
typedef enum {
    HVMMEM_ram_rw,          /**< Ordinary RAM: reads and writes. */
    HVMMEM_ram_ro,          /**< RAM the guest may read; its writes are dropped. */
    HVMMEM_mmio_dm,         /**< Emulated: every access goes to a device model. */
#if __XEN_INTERFACE_VERSION__ < 0x00040700
    /** Reads from memory, writes to a device model (interfaces before 0x00040700). */
    HVMMEM_mmio_write_dm,
#else
    HVMMEM_unused,          /**< Placeholder for a withdrawn type; asking for it fails. */
#endif
    /**
     * RAM whose writes go to the ioreq server that claimed this type with
     * XEN_DMOP_map_mem_type_to_ioreq_server. Only HVMMEM_ram_rw frames may
     * become this type, only once a server has claimed it, and such frames
     * may only go back to HVMMEM_ram_rw.
     */
    HVMMEM_ioreq_server
} hvmmem_type_t;

/** @} */

/** @defgroup hvm_hvm_op_h_pagetable_dying HVMOP_pagetable_dying
 *  @ingroup hdr_hvm_hvm_op_h
 *  @{ */

/**
 * @name HVMOP_pagetable_dying
 * A hint that a guest is about to stop using a page-table tree, so that
 * Xen's shadow-paging code can drop the shadows of it at once instead of
 * tracking writes to pages that are about to be freed.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 9 |
 * | Caller         | an HVM guest, about itself; XSM: xsm_hvm_param(), XSM_TARGET |
 * | Argument       | struct xen_hvm_pagetable_dying |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm: -XEN_ENOSYS |
 * | Since          | Xen 4.0.1 |
 * | Implemented by | pagetable_dying() in xen/arch/x86/mm/paging.c |
 *
 * The default policy always lets a domain act on itself, so only another
 * policy (FLASK) can refuse the call.
 *
 * Errors:
 * - -XEN_ESRCH: no domain `domid`.
 * - -XEN_EOPNOTSUPP: `domid` is not the caller.
 * - -XEN_EINVAL: the caller is not an HVM domain on shadow paging (the
 *   hint has nothing to act on).
 * @{ */
#define HVMOP_pagetable_dying        9

/** Argument of HVMOP_pagetable_dying. */
struct xen_hvm_pagetable_dying {
    domid_t  domid;     /**< IN: the calling domain (DOMID_SELF or its own id). */
    uint16_t pad[3];    /**< Padding: write zero. */
    /** IN: guest-physical address of the top-level table of the tree being
     *  torn down. */
    uint64_t gpa;
};
typedef struct xen_hvm_pagetable_dying xen_hvm_pagetable_dying_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_pagetable_dying_t);
/** @} */

/** @} */

/** @defgroup hvm_hvm_op_h_get_time HVMOP_get_time
 *  @ingroup hdr_hvm_hvm_op_h
 *  @{ */

/**
 * @name HVMOP_get_time
 * Read Xen's system time directly, without the shared-info time records.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 10 |
 * | Caller         | any domain, PV or HVM; no XSM hook |
 * | Argument       | struct xen_hvm_get_time |
 * | Returns        | 0, with `now` written |
 * | Errors         | only the common ones |
 * | Architectures  | x86 only; Arm: -XEN_ENOSYS |
 * | Since          | Xen 4.0.2 |
 * | Implemented by | do_hvm_op() in xen/arch/x86/hvm/hvm.c |
 * @{ */
#define HVMOP_get_time              10

/** Argument of HVMOP_get_time. */
struct xen_hvm_get_time {
    uint64_t now;      /**< OUT: Xen's system time: nanoseconds since the host booted. */
};
typedef struct xen_hvm_get_time xen_hvm_get_time_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_get_time_t);
/** @} */

/** @} */

/** @defgroup hvm_hvm_op_h_xentrace HVMOP_xentrace
 *  @ingroup hdr_hvm_hvm_op_h
 *  @{ */

/**
 * @name HVMOP_xentrace
 * Put a record of the guest's own into Xen's trace buffers (trace.h), so
 * that guest events line up with the hypervisor's in one trace. The record
 * is logged under the TRC_GUEST class.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 11 |
 * | Caller         | any domain, PV or HVM; no XSM hook |
 * | Argument       | struct xen_hvm_xentrace |
 * | Returns        | 0 (also when tracing is off and nothing is recorded) |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm: -XEN_ENOSYS |
 * | Since          | Xen 4.1.0 |
 * | Implemented by | do_hvm_op() in xen/arch/x86/hvm/hvm.c |
 *
 * Errors:
 * - -XEN_EINVAL: `extra_bytes` is not a multiple of 4 or is larger than
 *   `extra`, or `event` has a bit set from bit 12 upwards.
 * @{ */
#define HVMOP_xentrace              11

/** Argument of HVMOP_xentrace. */
struct xen_hvm_xentrace {
    uint16_t event;         /**< IN: event number within the guest class, below 0x1000. */
    /** IN: bytes of `extra` to record: a multiple of 4, at most its size. */
    uint16_t extra_bytes;
    /** IN: the record's data, as up to TRACE_EXTRA_MAX 32-bit words. */
    uint8_t extra[TRACE_EXTRA_MAX * sizeof(uint32_t)];
};
typedef struct xen_hvm_xentrace xen_hvm_xentrace_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_xentrace_t);
/** @} */

/** @} */

/** @defgroup hvm_hvm_op_h_get_mem_type HVMOP_get_mem_type
 *  @ingroup hdr_hvm_hvm_op_h
 *  @{ */

/**
 * @name HVMOP_get_mem_type
 * Read the memory type (hvmmem_type_t) of one frame of an HVM domain.
 * Frames Xen treats in some other way report the nearest type: RAM that
 * Xen write-protects for its own purposes (log-dirty tracking, sharing)
 * and read-only grants read as HVMMEM_ram_ro; writable grants and
 * populate-on-demand frames as HVMMEM_ram_rw; anything else that is not
 * RAM as HVMMEM_mmio_dm.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 15 |
 * | Caller         | the domain itself, its device model or the control domain (below) |
 * | Argument       | struct xen_hvm_get_mem_type |
 * | Returns        | 0, with `mem_type` written |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm: -XEN_ENOSYS |
 * | Since          | Xen 4.1.1 |
 * | Implemented by | hvmop_get_mem_type() in xen/arch/x86/hvm/hvm.c |
 *
 * The policy is asked through xsm_hvm_param(), XSM_TARGET under the
 * default policy.
 *
 * Errors:
 * - -XEN_ESRCH: no domain `domid`.
 * - -XEN_EINVAL: the domain is not an HVM domain.
 * @{ */
#define HVMOP_get_mem_type    15

/** Argument of HVMOP_get_mem_type. */
struct xen_hvm_get_mem_type {
    domid_t domid;      /**< IN: the domain, or DOMID_SELF. */
    uint16_t mem_type;  /**< OUT: the frame's hvmmem_type_t. */
    uint16_t pad[2];    /**< Padding: write zero. */
    uint64_t pfn;       /**< IN: the guest frame number. */
};
typedef struct xen_hvm_get_mem_type xen_hvm_get_mem_type_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_get_mem_type_t);
/** @} */

/** @} */

/** @defgroup hvm_hvm_op_h_bufioreq Buffered-request modes of an ioreq server
 *  @ingroup hdr_hvm_hvm_op_h
 *  Values of `handle_bufioreq` in XEN_DMOP_create_ioreq_server
 *  (hvm/dm_op.h): whether the new server gets a ring of buffered requests
 *  (hvm/ioreq.h) besides its synchronous ones, and how its two pointers
 *  are kept. They live here, where device models have always found them.
 *  @{ */

#define HVM_IOREQSRV_BUFIOREQ_OFF    0 /**< No buffered ring: every request is synchronous. */
#define HVM_IOREQSRV_BUFIOREQ_LEGACY 1 /**< A buffered ring whose pointers only grow (x86 only). */
/**
 * A buffered ring whose pointers Xen keeps small by rewriting both in one
 * atomic 64-bit operation; the device model must read the pair the same
 * way (x86 only).
 */
#define HVM_IOREQSRV_BUFIOREQ_ATOMIC 2

/** @} */

#if defined(__i386__) || defined(__x86_64__)

/** @defgroup hvm_hvm_op_h_upcall_vector HVMOP_set_evtchn_upcall_vector
 *  @ingroup hdr_hvm_hvm_op_h
 *  @{ */

/**
 * @name HVMOP_set_evtchn_upcall_vector
 * Have event-channel notifications of one vCPU delivered as an interrupt
 * on a vector of the guest's choice, straight to that vCPU's local APIC.
 * Once set for a vCPU, this takes precedence there over the domain-wide
 * callback of HVM_PARAM_CALLBACK_IRQ, and each vCPU can take its
 * notifications without sharing a line. If events are already pending,
 * the vector is raised at once.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 23 |
 * | Caller         | an HVM or PVH domain, for its own vCPUs; no XSM hook |
 * | Argument       | struct xen_hvm_evtchn_upcall_vector |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm: -XEN_ENOSYS |
 * | Since          | Xen 4.6.0 |
 * | Implemented by | hvmop_set_evtchn_upcall_vector() in xen/arch/x86/hvm/hvm.c |
 *
 * Errors:
 * - -XEN_EINVAL: the caller is not an HVM domain (checked before `arg` is
 *   read).
 * - -XEN_EINVAL: `vector` is below 0x10.
 * - -XEN_ENOENT: no vCPU `vcpu`.
 * @{ */
#define HVMOP_set_evtchn_upcall_vector 23

/** Argument of HVMOP_set_evtchn_upcall_vector (8 bytes: 3 bytes of tail padding). */
struct xen_hvm_evtchn_upcall_vector {
    uint32_t vcpu;     /**< IN: the vCPU, by number. */
    uint8_t vector;    /**< IN: the interrupt vector, 0x10 to 0xff. */
};
typedef struct xen_hvm_evtchn_upcall_vector xen_hvm_evtchn_upcall_vector_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_evtchn_upcall_vector_t);
/** @} */

/** @} */

#endif /* defined(__i386__) || defined(__x86_64__) */

/** @defgroup hvm_hvm_op_h_guest_request HVMOP_guest_request_vm_event
 *  @ingroup hdr_hvm_hvm_op_h
 *  @{ */

/**
 * @name HVMOP_guest_request_vm_event
 * Raise a guest-request event (vm_event.h) to the monitoring agent that
 * watches this domain, for example to hand it information or ask it for
 * a service. When no agent asked for such events, nothing happens.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 24 |
 * | Caller         | any domain, about itself; no XSM hook |
 * | Argument       | none: `arg` must be NULL |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Since          | Xen 4.6.0 |
 * | Implemented by | monitor_guest_request() in xen/common/monitor.c |
 *
 * Errors:
 * - -XEN_EINVAL: `arg` is not NULL.
 * @{ */
#define HVMOP_guest_request_vm_event 24
/** @} */

/** @} */

/** @defgroup hvm_hvm_op_h_altp2m HVMOP_altp2m
 *  @ingroup hdr_hvm_hvm_op_h
 *  @{ */

/**
 * @name HVMOP_altp2m
 * Alternate p2m views (x86 with Intel VT-x): extra guest-physical to
 * machine mappings of one domain, each with its own access rights, among
 * which a vCPU can be switched (also by the guest itself with VMFUNC).
 * An introspection agent uses them to watch or guard parts of a guest's
 * memory, and can have violations reported to the guest as virtualization
 * exceptions (\#VE) instead of to itself. View 0 is the domain's ordinary
 * (host) p2m.
 *
 * Who may issue the sub-operations depends on the domain's
 * HVM_PARAM_ALTP2M mode (hvm/params.h), fixed when the domain is built:
 * XEN_ALTP2M_external allows only a privileged agent outside the domain,
 * XEN_ALTP2M_mixed also the guest itself, and XEN_ALTP2M_limited the
 * outside agent plus the guest for HVMOP_altp2m_vcpu_enable_notify only.
 * The guest-facing modes have not been reviewed as a security boundary.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 25 |
 * | Caller         | set by the domain's altp2m mode (below); XSM: xsm_hvm_altp2mhvm_op() |
 * | Argument       | struct xen_hvm_altp2m_op; `cmd` picks the sub-operation (table below) |
 * | Returns        | 0; sub-operations with OUT fields have written them back |
 * | Errors         | listed below |
 * | Architectures  | x86 only (Intel VT-x); Arm: -XEN_ENOSYS |
 * | Since          | Xen 4.6.0 |
 * | Implemented by | do_altp2m_op() in xen/arch/x86/hvm/hvm.c |
 *
 * Under the default policy xsm_hvm_altp2mhvm_op() asks for XSM_TARGET in
 * XEN_ALTP2M_mixed mode, XSM_DM_PRIV in XEN_ALTP2M_external mode, and in
 * XEN_ALTP2M_limited mode XSM_TARGET for HVMOP_altp2m_vcpu_enable_notify
 * and XSM_DM_PRIV for the rest.
 *
 * The sub-operations, with the member of `u` each uses:
 * - HVMOP_altp2m_get_domain_state (`domain_state`): OUT `state`: whether
 *   altp2m is active.
 * - HVMOP_altp2m_set_domain_state (`domain_state`): IN `state`: activate
 *   (non-zero) or deactivate altp2m.
 * - HVMOP_altp2m_vcpu_enable_notify (`enable_notify`): report violations
 *   on one vCPU as \#VE, with the information page at `gfn`.
 * - HVMOP_altp2m_vcpu_disable_notify (`disable_notify`): stop reporting
 *   \#VE on one vCPU.
 * - HVMOP_altp2m_create_p2m (`view`): create a view with default access
 *   `hvmmem_default_access`; OUT `view`.
 * - HVMOP_altp2m_destroy_p2m (`view`): destroy view `view` (no vCPU may be
 *   using it).
 * - HVMOP_altp2m_switch_p2m (`view`): switch every vCPU to view `view`.
 * - HVMOP_altp2m_set_mem_access (`mem_access`): set the access of one
 *   frame in a view.
 * - HVMOP_altp2m_get_mem_access (`mem_access`): OUT `access` of one frame
 *   in a view.
 * - HVMOP_altp2m_set_mem_access_multi (`set_mem_access_multi`): set the
 *   access of a list of frames in a view.
 * - HVMOP_altp2m_change_gfn (`change_gfn`): make a frame of a view map
 *   another frame's memory, or revert it.
 * - HVMOP_altp2m_set_suppress_ve (`suppress_ve`): set or clear "suppress
 *   \#VE" of one frame.
 * - HVMOP_altp2m_get_suppress_ve (`suppress_ve`): OUT `suppress_ve` of one
 *   frame.
 * - HVMOP_altp2m_set_suppress_ve_multi (`suppress_ve_multi`): set or clear
 *   "suppress \#VE" of a range of frames.
 * - HVMOP_altp2m_get_p2m_idx (`get_vcpu_p2m_idx`): OUT the view a vCPU is
 *   using.
 * - HVMOP_altp2m_set_visibility (`set_visibility`): allow or forbid the
 *   guest to switch to a view with VMFUNC.
 *
 * Access values (`access`, `hvmmem_default_access`) are xenmem_access_t
 * values (unstable/memory.h).
 *
 * Sub-operations added after Xen 4.6.0: HVMOP_altp2m_set_mem_access_multi
 * in Xen 4.11.0; HVMOP_altp2m_set_suppress_ve, _get_suppress_ve,
 * _get_mem_access and _vcpu_disable_notify in Xen 4.12.0;
 * HVMOP_altp2m_get_p2m_idx in Xen 4.13.0; HVMOP_altp2m_set_suppress_ve_multi
 * and HVMOP_altp2m_set_visibility in Xen 4.14.0.
 *
 * Errors of every sub-operation, in the order do_altp2m_op() checks them:
 * - -XEN_EOPNOTSUPP: the build or the host has no altp2m (CONFIG_ALTP2M,
 *   Intel VT-x with EPT).
 * - -XEN_EINVAL: `pad1` or `pad2` is not zero, or `version` is not
 *   HVMOP_ALTP2M_INTERFACE_VERSION.
 * - -XEN_EOPNOTSUPP: unknown `cmd`.
 * - -XEN_ESRCH: no domain `domain`.
 * - -XEN_EOPNOTSUPP: the domain is not an HVM domain.
 * - -XEN_EOPNOTSUPP: altp2m is not active on the domain (every `cmd` but
 *   the two domain-state ones).
 * - -XEN_EINVAL: the domain's mode is XEN_ALTP2M_disabled.
 * - -XEN_EOPNOTSUPP: the domain was created with no altp2m views.
 * - -XEN_EPERM: the mode or the security policy refuses this caller.
 *
 * Errors of single sub-operations:
 * - -XEN_EINVAL: set_domain_state: the domain uses nested virtualization.
 * - -XEN_EINVAL: vcpu_enable_notify: `pad` is not zero or no vCPU
 *   `vcpu_id`; vcpu_disable_notify: no vCPU `vcpu_id`.
 * - -XEN_EOPNOTSUPP: vcpu_enable_notify, vcpu_disable_notify: the CPU
 *   cannot raise \#VE.
 * - -XEN_EEXIST: vcpu_enable_notify: \#VE is set up on the vCPU already.
 * - -XEN_EAGAIN: vcpu_enable_notify: `gfn` is paged out or shared; try
 *   again (check_get_page_from_gfn() in xen/common/memory.c).
 * - -XEN_EPERM: vcpu_enable_notify: `gfn` is directly mapped MMIO.
 * - -XEN_EINVAL: vcpu_enable_notify: `gfn` has no page, or is not plain
 *   writable RAM of the domain, or is one of its special pages.
 * - -XEN_EINVAL: create_p2m: unknown `hvmmem_default_access`, or every
 *   view is in use.
 * - -XEN_EBUSY: destroy_p2m: `view` is 0, out of range, not created, or in
 *   use by a vCPU.
 * - -XEN_EINVAL: switch_p2m: `view` out of range, not created, or made
 *   invisible with HVMOP_altp2m_set_visibility (whoever the caller is).
 * - -XEN_EOPNOTSUPP: set_mem_access, set_mem_access_multi,
 *   get_mem_access: a build without CONFIG_VM_EVENT.
 * - -XEN_EINVAL: a padding member of the sub-operation is not zero, or
 *   `view` names no view (the mem_access and suppress_ve sub-operations
 *   take view 0 as the host p2m); set_mem_access, set_mem_access_multi:
 *   unknown access value; set_mem_access_multi: `opaque` above `nr`.
 * - -XEN_EFAULT: set_mem_access_multi: a list cannot be read.
 * - -XEN_ESRCH: get_mem_access, get_suppress_ve: the frame has no entry in
 *   the view.
 * - -XEN_ESRCH: set_suppress_ve with a `view` other than 0: the frame has
 *   no entry in the view and is not ordinary RAM (p2m_ram_rw) of the host
 *   p2m (altp2m_get_effective_entry() in xen/arch/x86/mm/altp2m.c).
 * - -XEN_EINVAL: set_suppress_ve_multi: `first_gfn` above `last_gfn`,
 *   after Xen has lowered `last_gfn` to at most 2^maxphysaddr - 1 (the
 *   domain's physical-address width, applied to the frame number).
 * - -XEN_EINVAL: get_p2m_idx: no vCPU `vcpu_id`.
 * - -XEN_ESRCH: change_gfn with a `new_gfn` other than ~0: `old_gfn` or
 *   `new_gfn` has no entry in the view and is not ordinary RAM
 *   (p2m_ram_rw) of the host p2m.
 *
 * change_gfn returns 0 even when writing the view's entry fails
 * (p2m_change_altp2m_gfn() in xen/arch/x86/mm/altp2m.c).
 * The other functions the sub-operations call (in
 * xen/arch/x86/mm/altp2m.c and xen/arch/x86/mm/mem_access.c) may return
 * further errors of the p2m code.
 * @{ */
#define HVMOP_altp2m 25

/** The only `version` this interface accepts. */
#define HVMOP_ALTP2M_INTERFACE_VERSION 0x00000001

#define HVMOP_altp2m_get_domain_state     1  /**< Read whether altp2m is active. */
#define HVMOP_altp2m_set_domain_state     2  /**< Activate or deactivate altp2m. */
#define HVMOP_altp2m_vcpu_enable_notify   3  /**< Report violations on a vCPU as \#VE. */
#define HVMOP_altp2m_create_p2m           4  /**< Create a view. */
#define HVMOP_altp2m_destroy_p2m          5  /**< Destroy a view. */
#define HVMOP_altp2m_switch_p2m           6  /**< Switch the whole domain to a view. */
#define HVMOP_altp2m_set_mem_access       7  /**< Set the access of a frame in a view. */
#define HVMOP_altp2m_change_gfn           8  /**< Remap a frame of a view. */
#define HVMOP_altp2m_set_mem_access_multi 9  /**< Set the access of a list of frames in a view. */
#define HVMOP_altp2m_set_suppress_ve      10 /**< Set or clear "suppress \#VE" of a frame. */
#define HVMOP_altp2m_get_suppress_ve      11 /**< Read "suppress \#VE" of a frame. */
#define HVMOP_altp2m_get_mem_access       12 /**< Read the access of a frame in a view. */
#define HVMOP_altp2m_vcpu_disable_notify  13 /**< Stop reporting \#VE on a vCPU. */
#define HVMOP_altp2m_get_p2m_idx          14 /**< Read the view a vCPU uses. */
/** Set or clear "suppress \#VE" of a range of frames. */
#define HVMOP_altp2m_set_suppress_ve_multi 15
#define HVMOP_altp2m_set_visibility       16 /**< Let the guest switch to a view, or not. */

/** Argument of HVMOP_altp2m_get_domain_state and _set_domain_state. */
struct xen_hvm_altp2m_domain_state {
    uint8_t state;  /**< IN (set) or OUT (get): 1 altp2m active, 0 inactive. */
};
typedef struct xen_hvm_altp2m_domain_state xen_hvm_altp2m_domain_state_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_altp2m_domain_state_t);

/** Argument of HVMOP_altp2m_vcpu_enable_notify. */
struct xen_hvm_altp2m_vcpu_enable_notify {
    uint32_t vcpu_id;   /**< IN: the vCPU. */
    uint32_t pad;       /**< Padding: write zero. */
    uint64_t gfn;       /**< IN: guest frame that receives the \#VE information. */
};
typedef struct xen_hvm_altp2m_vcpu_enable_notify xen_hvm_altp2m_vcpu_enable_notify_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_altp2m_vcpu_enable_notify_t);

/** Argument of HVMOP_altp2m_vcpu_disable_notify. */
struct xen_hvm_altp2m_vcpu_disable_notify {
    uint32_t vcpu_id;   /**< IN: the vCPU. */
};
typedef struct xen_hvm_altp2m_vcpu_disable_notify xen_hvm_altp2m_vcpu_disable_notify_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_altp2m_vcpu_disable_notify_t);

/** Argument of HVMOP_altp2m_create_p2m, _destroy_p2m and _switch_p2m. */
struct xen_hvm_altp2m_view {
    uint16_t view;                  /**< IN (destroy, switch) or OUT (create): the view's index. */
    /** IN (create): xenmem_access_t every frame of the new view starts with. */
    uint16_t hvmmem_default_access;
};
typedef struct xen_hvm_altp2m_view xen_hvm_altp2m_view_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_altp2m_view_t);

#if __XEN_INTERFACE_VERSION__ < 0x00040a00
/** Former name of struct xen_hvm_altp2m_mem_access, from before it also
 *  served HVMOP_altp2m_get_mem_access (interfaces before 0x00040a00). */
struct xen_hvm_altp2m_set_mem_access {
    uint16_t view;      /**< IN: the view. */
    uint16_t access;    /**< IN: the xenmem_access_t to give the frame. */
    uint32_t pad;       /**< Padding: write zero. */
    uint64_t gfn;       /**< IN: the guest frame. */
};
typedef struct xen_hvm_altp2m_set_mem_access xen_hvm_altp2m_set_mem_access_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_altp2m_set_mem_access_t);
#endif /* __XEN_INTERFACE_VERSION__ < 0x00040a00 */

/** Argument of HVMOP_altp2m_set_mem_access and _get_mem_access. */
struct xen_hvm_altp2m_mem_access {
    uint16_t view;      /**< IN: the view. */
    uint16_t access;    /**< IN (set) or OUT (get): the frame's xenmem_access_t. */
    uint32_t pad;       /**< Padding: write zero. */
    uint64_t gfn;       /**< IN: the guest frame. */
};
typedef struct xen_hvm_altp2m_mem_access xen_hvm_altp2m_mem_access_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_altp2m_mem_access_t);

/**
 * Argument of HVMOP_altp2m_set_mem_access_multi. A long list is handled in
 * chunks: when Xen stops to let other work run, it stores its progress in
 * `opaque` and resumes from there, transparently to the caller.
 */
struct xen_hvm_altp2m_set_mem_access_multi {
    uint16_t view;      /**< IN: the view. */
    uint16_t pad;       /**< Padding: write zero. */
    uint32_t nr;        /**< IN: number of entries in both lists. */
    uint64_t opaque;    /**< IN/OUT: Xen's progress; write zero. */
    XEN_GUEST_HANDLE(const_uint64) pfn_list;   /**< IN: the guest frames. */
    /** IN: the xenmem_access_t for each frame of `pfn_list`. */
    XEN_GUEST_HANDLE(const_uint8) access_list;
};

/** Argument of HVMOP_altp2m_change_gfn. */
struct xen_hvm_altp2m_change_gfn {
    uint16_t view;      /**< IN: the view. */
    uint16_t pad1;      /**< Padding: write zero. */
    uint32_t pad2;      /**< Padding: write zero. */
    uint64_t old_gfn;   /**< IN: the frame of the view to change. */
    /** IN: the frame whose memory `old_gfn` shows from now on, or all ones (~0) to undo an
     *  earlier change. */
    uint64_t new_gfn;
};
typedef struct xen_hvm_altp2m_change_gfn xen_hvm_altp2m_change_gfn_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_altp2m_change_gfn_t);

/** Argument of HVMOP_altp2m_set_suppress_ve and _get_suppress_ve. */
struct xen_hvm_altp2m_suppress_ve {
    uint16_t view;          /**< IN: the view. */
    /** IN (set) or OUT (get): 1 if a violation on the frame is reported to the agent rather
     *  than as \#VE, else 0. */
    uint8_t suppress_ve;
    uint8_t pad1;           /**< Padding: write zero. */
    uint32_t pad2;          /**< Padding: write zero. */
    uint64_t gfn;           /**< IN: the guest frame. */
};

/**
 * Argument of HVMOP_altp2m_set_suppress_ve_multi. Frames that fail do not
 * stop the operation: the first failure is reported and the rest of the
 * range is still processed.
 */
struct xen_hvm_altp2m_suppress_ve_multi {
    uint16_t view;          /**< IN: the view. */
    uint8_t suppress_ve;    /**< IN: 1 to suppress \#VE on the frames, 0 to allow it. */
    uint8_t pad1;           /**< Padding: write zero. */
    /** IN/OUT: write zero; holds the (negative) error of the first frame that failed, if any. */
    int32_t first_error;
    /** IN/OUT: first frame of the range; Xen advances it as it makes progress. */
    uint64_t first_gfn;
    uint64_t last_gfn;      /**< IN: last frame of the range (inclusive). */
    uint64_t first_error_gfn; /**< OUT: the frame `first_error` refers to. */
};

/** Argument of HVMOP_altp2m_get_p2m_idx. */
struct xen_hvm_altp2m_get_vcpu_p2m_idx {
    uint32_t vcpu_id;       /**< IN: the vCPU. */
    uint16_t altp2m_idx;    /**< OUT: the view it is using. */
};

/** Argument of HVMOP_altp2m_set_visibility. */
struct xen_hvm_altp2m_set_visibility {
    uint16_t altp2m_idx;    /**< IN: the view. */
    uint8_t visible;        /**< IN: 1 if the guest may switch to the view with VMFUNC, 0 if not. */
    uint8_t pad;            /**< Padding: write zero. */
};

/** Argument of HVMOP_altp2m: a header, then the sub-operation's fields. */
struct xen_hvm_altp2m_op {
    uint32_t version;   /**< IN: HVMOP_ALTP2M_INTERFACE_VERSION. */
    uint32_t cmd;       /**< IN: the sub-operation, HVMOP_altp2m_*. */
    domid_t domain;     /**< IN: the domain, or DOMID_SELF. */
    uint16_t pad1;      /**< Padding: write zero. */
    uint32_t pad2;      /**< Padding: write zero. */
    /** IN/OUT: the sub-operation's fields, in the member `cmd` names. */
    union {
        /** Get and set domain state. */
        struct xen_hvm_altp2m_domain_state         domain_state;
        /** Enable \#VE on a vCPU. */
        struct xen_hvm_altp2m_vcpu_enable_notify   enable_notify;
        /** Create, destroy, switch views. */
        struct xen_hvm_altp2m_view                 view;
#if __XEN_INTERFACE_VERSION__ < 0x00040a00
        /** Former name of `mem_access`. */
        struct xen_hvm_altp2m_set_mem_access       set_mem_access;
#endif /* __XEN_INTERFACE_VERSION__ < 0x00040a00 */
        /** Set and get the access of a frame. */
        struct xen_hvm_altp2m_mem_access           mem_access;
        struct xen_hvm_altp2m_change_gfn           change_gfn;           /**< Remap a frame. */
        /** Set the access of a list of frames. */
        struct xen_hvm_altp2m_set_mem_access_multi set_mem_access_multi;
        /** Set and get "suppress \#VE" of a frame. */
        struct xen_hvm_altp2m_suppress_ve          suppress_ve;
        /** Set "suppress \#VE" of a range. */
        struct xen_hvm_altp2m_suppress_ve_multi    suppress_ve_multi;
        /** Disable \#VE on a vCPU. */
        struct xen_hvm_altp2m_vcpu_disable_notify  disable_notify;
        struct xen_hvm_altp2m_get_vcpu_p2m_idx     get_vcpu_p2m_idx;     /**< Read a vCPU's view. */
        /** Set a view's visibility. */
        struct xen_hvm_altp2m_set_visibility       set_visibility;
        /** Fixes the size of the union at 64 bytes. */
        uint8_t pad[64];
    } u;
};
typedef struct xen_hvm_altp2m_op xen_hvm_altp2m_op_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_altp2m_op_t);
/** @} */

/** @} */

#endif /* __XEN_PUBLIC_HVM_HVM_OP_H__ */
