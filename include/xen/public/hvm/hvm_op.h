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
 * An unknown `op` fails with -XEN_ENOSYS. x86 implements every operation
 * below; Arm implements HVMOP_set_param, HVMOP_get_param and
 * HVMOP_guest_request_vm_event only.
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
 *  Write or read one HVM parameter (HVM_PARAM_*, hvm/params.h) of an HVM
 *  or PVH domain.
 *
 *  | Field     | Value |
 *  |-----------|-------|
 *  | Caller    | the guest itself (DOMID_SELF) for the parameters params.h marks as the guest's; the toolstack or the domain's device model for any parameter |
 *  | Argument  | struct xen_hvm_param |
 *  | Returns   | 0; HVMOP_get_param has written `value` |
 *  | Errors    | -XEN_EFAULT: `arg` unreadable or unwritable; -XEN_EINVAL: `index` not below HVM_NR_PARAMS, the domain is not HVM, the parameter is deprecated or unused, or `value` is out of range for it; -XEN_ESRCH: no domain `domid`; -XEN_EPERM: the caller may not access this parameter of this domain (a guest reaching for a toolstack parameter, or no privilege over the domain); -XEN_EEXIST: the parameter may be set only once and already holds another value, or it is read-only (HVM_PARAM_ALTP2M on x86); -XEN_ENODEV: HVM_PARAM_VIRIDIAN on a hypervisor built without Viridian support |
 *  @{ */

#define HVMOP_set_param           0 /**< Write one HVM parameter. */
#define HVMOP_get_param           1 /**< Read one HVM parameter. */

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

/** Former operation: drive a PCI INTx line of the domain. */
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

/** Former operation: drive an ISA IRQ line of the domain. */
#define HVMOP_set_isa_irq_level   3
/** Argument of HVMOP_set_isa_irq_level. */
struct xen_hvm_set_isa_irq_level {
    domid_t  domid;     /**< IN: the domain. */
    uint8_t  isa_irq;   /**< IN: ISA IRQ, 0 to 15. */
    uint8_t  level;     /**< IN: 1 asserted, 0 deasserted. */
};
typedef struct xen_hvm_set_isa_irq_level xen_hvm_set_isa_irq_level_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_set_isa_irq_level_t);

/** Former operation: route one of the four PCI interrupt links to an ISA IRQ. */
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

#endif /* __XEN_INTERFACE_VERSION__ < 0x00040900 */

/** @defgroup hvm_hvm_op_h_flush_tlbs HVMOP_flush_tlbs
 *  @ingroup hdr_hvm_hvm_op_h
 *  Flush the TLBs of every vCPU of the calling domain, cheaper for a guest
 *  than sending IPIs and waiting for each vCPU to answer.
 *
 *  | Field     | Value |
 *  |-----------|-------|
 *  | Caller    | x86 HVM or PVH guest kernel |
 *  | Argument  | none: `arg` must be NULL |
 *  | Returns   | 0 once every vCPU's guest TLB entries are gone |
 *  | Errors    | -XEN_EINVAL: `arg` is not NULL, or the caller is not an HVM domain |
 *  @{ */

#define HVMOP_flush_tlbs          5 /**< Flush all the caller's vCPUs' TLBs. */

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
    HVMMEM_mmio_write_dm,   /**< Reads from memory, writes to a device model (interfaces before 0x00040700). */
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
 *  A hint that a guest is about to stop using a page-table tree, so that
 *  Xen's shadow-paging code can drop the shadows of it at once instead of
 *  tracking writes to pages that are about to be freed.
 *
 *  | Field     | Value |
 *  |-----------|-------|
 *  | Caller    | HVM guest kernel, about its own page tables |
 *  | Argument  | struct xen_hvm_pagetable_dying |
 *  | Returns   | 0 |
 *  | Errors    | -XEN_EFAULT: `arg` unreadable; -XEN_ESRCH: no domain `domid`; -XEN_EOPNOTSUPP: `domid` is not the caller; -XEN_EINVAL: the domain does not use shadow paging (the hint has nothing to act on); -XEN_EPERM: refused by the security policy |
 *  @{ */

#define HVMOP_pagetable_dying        9 /**< Hint: a top-level page table is going away. */

/** Argument of HVMOP_pagetable_dying. */
struct xen_hvm_pagetable_dying {
    domid_t  domid;     /**< IN: the calling domain (DOMID_SELF or its own id). */
    uint16_t pad[3];    /**< Padding to 8 bytes: write zero. */
    uint64_t gpa;       /**< IN: guest-physical address of the top-level table of the tree being torn down. */
};
typedef struct xen_hvm_pagetable_dying xen_hvm_pagetable_dying_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_pagetable_dying_t);

/** @} */

/** @defgroup hvm_hvm_op_h_get_time HVMOP_get_time
 *  @ingroup hdr_hvm_hvm_op_h
 *  Read Xen's system time directly, without the shared-info time records.
 *
 *  | Field     | Value |
 *  |-----------|-------|
 *  | Caller    | any x86 guest, PV or HVM |
 *  | Argument  | struct xen_hvm_get_time |
 *  | Returns   | 0, with `now` written |
 *  | Errors    | -XEN_EFAULT: `arg` unwritable |
 *  @{ */

#define HVMOP_get_time              10 /**< Read Xen's system time. */

/** Argument of HVMOP_get_time. */
struct xen_hvm_get_time {
    uint64_t now;      /**< OUT: Xen's system time: nanoseconds since the host booted. */
};
typedef struct xen_hvm_get_time xen_hvm_get_time_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_get_time_t);

/** @} */

/** @defgroup hvm_hvm_op_h_xentrace HVMOP_xentrace
 *  @ingroup hdr_hvm_hvm_op_h
 *  Put a record of the guest's own into Xen's trace buffers (trace.h), so
 *  that guest events line up with the hypervisor's in one trace. The record
 *  is logged under the TRC_GUEST class.
 *
 *  | Field     | Value |
 *  |-----------|-------|
 *  | Caller    | any x86 guest kernel, PV or HVM |
 *  | Argument  | struct xen_hvm_xentrace |
 *  | Returns   | 0 (also when tracing is off and nothing is recorded) |
 *  | Errors    | -XEN_EFAULT: `arg` unreadable; -XEN_EINVAL: `extra_bytes` not a multiple of 4 or larger than `extra`, or `event` has bits set from bit 12 upwards |
 *  @{ */

#define HVMOP_xentrace              11 /**< Log a guest trace record. */

/** Argument of HVMOP_xentrace. */
struct xen_hvm_xentrace {
    uint16_t event;         /**< IN: event number within the guest class, below 0x1000. */
    uint16_t extra_bytes;   /**< IN: bytes of `extra` to record: a multiple of 4, at most its size. */
    uint8_t extra[TRACE_EXTRA_MAX * sizeof(uint32_t)]; /**< IN: the record's data, as up to TRACE_EXTRA_MAX 32-bit words. */
};
typedef struct xen_hvm_xentrace xen_hvm_xentrace_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_xentrace_t);

/** @} */

/** @defgroup hvm_hvm_op_h_get_mem_type HVMOP_get_mem_type
 *  @ingroup hdr_hvm_hvm_op_h
 *  Read the memory type (hvmmem_type_t) of one frame of an HVM domain.
 *  Frames Xen treats in some other way report the nearest type: granted,
 *  populate-on-demand and shared RAM read as HVMMEM_ram_rw, anything that
 *  is not RAM as HVMMEM_mmio_dm.
 *
 *  | Field     | Value |
 *  |-----------|-------|
 *  | Caller    | the domain itself, its device model, or the toolstack |
 *  | Argument  | struct xen_hvm_get_mem_type |
 *  | Returns   | 0, with `mem_type` written |
 *  | Errors    | -XEN_EFAULT: `arg` unreadable or unwritable; -XEN_ESRCH: no domain `domid`; -XEN_EPERM: no privilege over the domain; -XEN_EINVAL: the domain is not HVM |
 *  @{ */

#define HVMOP_get_mem_type    15 /**< Read the memory type of a frame. */

/** Argument of HVMOP_get_mem_type. */
struct xen_hvm_get_mem_type {
    domid_t domid;      /**< IN: the domain, or DOMID_SELF. */
    uint16_t mem_type;  /**< OUT: the frame's hvmmem_type_t. */
    uint16_t pad[2];    /**< Padding to 8 bytes: write zero. */
    uint64_t pfn;       /**< IN: the guest frame number. */
};
typedef struct xen_hvm_get_mem_type xen_hvm_get_mem_type_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_get_mem_type_t);

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
 *  Have event-channel notifications of one vCPU delivered as an interrupt
 *  on a vector of the guest's choice, straight to that vCPU's local APIC.
 *  Once set for a vCPU, this takes precedence there over the domain-wide
 *  callback of HVM_PARAM_CALLBACK_IRQ, and each vCPU can take its
 *  notifications without sharing a line. If events are already pending,
 *  the vector is raised at once.
 *
 *  | Field     | Value |
 *  |-----------|-------|
 *  | Caller    | x86 HVM or PVH guest kernel, for its own vCPUs |
 *  | Argument  | struct xen_hvm_evtchn_upcall_vector |
 *  | Returns   | 0 |
 *  | Errors    | -XEN_EFAULT: `arg` unreadable; -XEN_EINVAL: the caller is not an HVM domain, or `vector` is below 0x10; -XEN_ENOENT: no vCPU `vcpu` |
 *  @{ */

#define HVMOP_set_evtchn_upcall_vector 23 /**< Per-vCPU event-channel upcall vector. */

/** Argument of HVMOP_set_evtchn_upcall_vector (8 bytes: 3 bytes of tail padding). */
struct xen_hvm_evtchn_upcall_vector {
    uint32_t vcpu;     /**< IN: the vCPU, by number. */
    uint8_t vector;    /**< IN: the interrupt vector, 0x10 to 0xff. */
};
typedef struct xen_hvm_evtchn_upcall_vector xen_hvm_evtchn_upcall_vector_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_evtchn_upcall_vector_t);

/** @} */

#endif /* defined(__i386__) || defined(__x86_64__) */

/** @defgroup hvm_hvm_op_h_guest_request HVMOP_guest_request_vm_event
 *  @ingroup hdr_hvm_hvm_op_h
 *  Raise a guest-request event (vm_event.h) to the monitoring agent that
 *  watches this domain, for example to hand it information or ask it for
 *  a service. When no agent asked for such events, nothing happens.
 *
 *  | Field     | Value |
 *  |-----------|-------|
 *  | Caller    | guest kernel (x86 or Arm) |
 *  | Argument  | none: `arg` must be NULL |
 *  | Returns   | 0 |
 *  | Errors    | -XEN_EINVAL: `arg` is not NULL |
 *  @{ */

#define HVMOP_guest_request_vm_event 24 /**< Signal the domain's monitoring agent. */

/** @} */

/** @defgroup hvm_hvm_op_h_altp2m HVMOP_altp2m
 *  @ingroup hdr_hvm_hvm_op_h
 *  Alternate p2m views (x86 with Intel VT-x): extra guest-physical to
 *  machine mappings of one domain, each with its own access rights, among
 *  which a vCPU can be switched (also by the guest itself with VMFUNC).
 *  An introspection agent uses them to watch or guard parts of a guest's
 *  memory, and can have violations reported to the guest as virtualization
 *  exceptions (\#VE) instead of to itself. View 0 is the domain's ordinary
 *  (host) p2m.
 *
 *  Who may issue the sub-operations depends on the domain's
 *  HVM_PARAM_ALTP2M mode (hvm/params.h), fixed when the domain is built:
 *  XEN_ALTP2M_external allows only a privileged agent outside the domain,
 *  XEN_ALTP2M_mixed also the guest itself, and XEN_ALTP2M_limited the
 *  outside agent plus the guest for HVMOP_altp2m_vcpu_enable_notify only.
 *  The guest-facing modes have not been reviewed as a security boundary.
 *
 *  | Field     | Value |
 *  |-----------|-------|
 *  | Caller    | an introspection agent with privilege over the domain, or the guest itself as the mode allows |
 *  | Argument  | struct xen_hvm_altp2m_op; `cmd` selects the sub-operation and the member of `u` it uses (table below) |
 *  | Returns   | 0; sub-operations with OUT fields have written them back |
 *  | Errors    | -XEN_EOPNOTSUPP: altp2m unavailable (no hardware support, not built in, not enabled for the domain or not active), the domain is not HVM, or unknown `cmd`; -XEN_EINVAL: `version` is not HVMOP_ALTP2M_INTERFACE_VERSION, non-zero padding, the domain's mode is XEN_ALTP2M_disabled, or an invalid view, vCPU or frame; -XEN_EFAULT: `arg` or a list unreadable or unwritable; -XEN_ESRCH: no domain `domain`; -XEN_EPERM: the mode or the security policy does not allow this caller; -XEN_EBUSY: the view to destroy is in use |
 *
 *  | cmd | member of `u` | Effect |
 *  |-----|---------------|--------|
 *  | HVMOP_altp2m_get_domain_state | domain_state | OUT `state`: whether altp2m is active |
 *  | HVMOP_altp2m_set_domain_state | domain_state | IN `state`: activate (non-zero) or deactivate altp2m |
 *  | HVMOP_altp2m_vcpu_enable_notify | enable_notify | report violations on one vCPU as \#VE, with the information page at `gfn` |
 *  | HVMOP_altp2m_vcpu_disable_notify | disable_notify | stop reporting \#VE on one vCPU |
 *  | HVMOP_altp2m_create_p2m | view | create a view with default access `hvmmem_default_access`; OUT `view` |
 *  | HVMOP_altp2m_destroy_p2m | view | destroy view `view` (no vCPU may be using it) |
 *  | HVMOP_altp2m_switch_p2m | view | switch every vCPU to view `view` |
 *  | HVMOP_altp2m_set_mem_access | mem_access | set the access of one frame in a view |
 *  | HVMOP_altp2m_get_mem_access | mem_access | OUT `access` of one frame in a view |
 *  | HVMOP_altp2m_set_mem_access_multi | set_mem_access_multi | set the access of a list of frames in a view |
 *  | HVMOP_altp2m_change_gfn | change_gfn | make a frame of a view map another frame's memory, or revert it |
 *  | HVMOP_altp2m_set_suppress_ve | suppress_ve | set or clear "suppress \#VE" of one frame |
 *  | HVMOP_altp2m_get_suppress_ve | suppress_ve | OUT `suppress_ve` of one frame |
 *  | HVMOP_altp2m_set_suppress_ve_multi | suppress_ve_multi | set or clear "suppress \#VE" of a range of frames |
 *  | HVMOP_altp2m_get_p2m_idx | get_vcpu_p2m_idx | OUT the view a vCPU is using |
 *  | HVMOP_altp2m_set_visibility | set_visibility | allow or forbid the guest to switch to a view with VMFUNC |
 *
 *  Access values (`access`, `hvmmem_default_access`) are xenmem_access_t
 *  values (memory.h).
 *  @{ */

#define HVMOP_altp2m 25 /**< Alternate p2m operations. */

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
#define HVMOP_altp2m_set_suppress_ve_multi 15 /**< Set or clear "suppress \#VE" of a range of frames. */
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
    uint16_t hvmmem_default_access; /**< IN (create): xenmem_access_t every frame of the new view starts with. */
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
    XEN_GUEST_HANDLE(const_uint8) access_list; /**< IN: the xenmem_access_t for each frame of `pfn_list`. */
};

/** Argument of HVMOP_altp2m_change_gfn. */
struct xen_hvm_altp2m_change_gfn {
    uint16_t view;      /**< IN: the view. */
    uint16_t pad1;      /**< Padding: write zero. */
    uint32_t pad2;      /**< Padding: write zero. */
    uint64_t old_gfn;   /**< IN: the frame of the view to change. */
    uint64_t new_gfn;   /**< IN: the frame whose memory `old_gfn` shows from now on, or all ones (~0) to undo an earlier change. */
};
typedef struct xen_hvm_altp2m_change_gfn xen_hvm_altp2m_change_gfn_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_altp2m_change_gfn_t);

/** Argument of HVMOP_altp2m_set_suppress_ve and _get_suppress_ve. */
struct xen_hvm_altp2m_suppress_ve {
    uint16_t view;          /**< IN: the view. */
    uint8_t suppress_ve;    /**< IN (set) or OUT (get): 1 if a violation on the frame is reported to the agent rather than as \#VE, else 0. */
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
    int32_t first_error;    /**< IN/OUT: write zero; holds the (negative) error of the first frame that failed, if any. */
    uint64_t first_gfn;     /**< IN/OUT: first frame of the range; Xen advances it as it makes progress. */
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
        struct xen_hvm_altp2m_domain_state         domain_state;         /**< Get and set domain state. */
        struct xen_hvm_altp2m_vcpu_enable_notify   enable_notify;        /**< Enable \#VE on a vCPU. */
        struct xen_hvm_altp2m_view                 view;                 /**< Create, destroy, switch views. */
#if __XEN_INTERFACE_VERSION__ < 0x00040a00
        struct xen_hvm_altp2m_set_mem_access       set_mem_access;       /**< Former name of `mem_access`. */
#endif /* __XEN_INTERFACE_VERSION__ < 0x00040a00 */
        struct xen_hvm_altp2m_mem_access           mem_access;           /**< Set and get the access of a frame. */
        struct xen_hvm_altp2m_change_gfn           change_gfn;           /**< Remap a frame. */
        struct xen_hvm_altp2m_set_mem_access_multi set_mem_access_multi; /**< Set the access of a list of frames. */
        struct xen_hvm_altp2m_suppress_ve          suppress_ve;          /**< Set and get "suppress \#VE" of a frame. */
        struct xen_hvm_altp2m_suppress_ve_multi    suppress_ve_multi;    /**< Set "suppress \#VE" of a range. */
        struct xen_hvm_altp2m_vcpu_disable_notify  disable_notify;       /**< Disable \#VE on a vCPU. */
        struct xen_hvm_altp2m_get_vcpu_p2m_idx     get_vcpu_p2m_idx;     /**< Read a vCPU's view. */
        struct xen_hvm_altp2m_set_visibility       set_visibility;       /**< Set a view's visibility. */
        uint8_t pad[64];                                                 /**< Fixes the size of the union at 64 bytes. */
    } u;
};
typedef struct xen_hvm_altp2m_op xen_hvm_altp2m_op_t;
DEFINE_XEN_GUEST_HANDLE(xen_hvm_altp2m_op_t);

/** @} */

#endif /* __XEN_PUBLIC_HVM_HVM_OP_H__ */
