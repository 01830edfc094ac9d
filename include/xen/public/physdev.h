/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief HYPERVISOR_physdev_op: physical interrupts, I/O privilege and the
 *        PCI devices of the host.
 *
 * The hypercall is `long HYPERVISOR_physdev_op(int cmd, void *arg)`: `cmd`
 * is one of the PHYSDEVOP_ numbers below and `arg` points at the structure
 * that operation reads and updates (NULL where an operation takes none).
 * Failures are negated XEN_E* numbers (errno.h).
 *
 * Three groups of callers use it:
 *
 * - a domain that receives physical interrupts as event channels (a PV
 *   hardware domain or driver domain, or an HVM guest using PIRQs):
 *   acknowledging them, asking how they must be handled, binding device
 *   interrupts to PIRQ numbers;
 * - an x86 PV kernel setting its vCPUs' I/O privilege;
 * - the hardware domain, which discovers the PCI devices and platform
 *   interrupt routing and reports them to Xen, since Xen has no bus
 *   drivers of its own.
 *
 * Which caller reaches which operation (Xen 4.22.0, do_physdev_op() in
 * xen/arch/x86/physdev.c behind hvm_physdev_op() in
 * xen/arch/x86/hvm/hypercall.c, and do_arm_physdev_op() in
 * xen/arch/arm/physdev.c):
 *
 * - an x86 PV domain reaches every operation Xen still implements;
 * - an x86 HVM or PVH domain reaches PHYSDEVOP_map_pirq and
 *   PHYSDEVOP_unmap_pirq; PHYSDEVOP_eoi, PHYSDEVOP_irq_status_query and
 *   PHYSDEVOP_get_free_pirq only when it was created with PIRQs
 *   (XEN_X86_EMU_USE_PIRQ); PHYSDEVOP_setup_gsi,
 *   PHYSDEVOP_pci_mmcfg_reserved, PHYSDEVOP_pci_device_add,
 *   PHYSDEVOP_pci_device_remove, PHYSDEVOP_pci_device_reset and
 *   PHYSDEVOP_dbgp_op only as the hardware domain; anything else gives
 *   -XEN_ENOSYS;
 * - on Arm only PHYSDEVOP_pci_device_add, PHYSDEVOP_pci_device_remove and
 *   PHYSDEVOP_pci_device_reset exist, and only in a Xen built with PCI
 *   support; everything else gives -XEN_ENOSYS.
 *
 * Errors every operation can give, not repeated in the blocks:
 * - -XEN_ENOSYS: an unknown `cmd`, or one this caller cannot reach (above);
 * - -XEN_EFAULT: `arg` (or a buffer it names) cannot be read or written;
 * - -XEN_EPERM: the security policy (XSM) refuses the caller, for the
 *   operations whose Caller row names a hook.
 *
 * Before interface version 0x00030202 the call took a single struct
 * physdev_op carrying its own command (`__HYPERVISOR_physdev_op_compat`);
 * that structure and the old command names remain for such guests.
 *
 * Stability: stable. Callers: guest kernels (PV interrupt handling,
 * PVHVM PIRQs), the hardware domain's PCI and ACPI code, device models
 * mapping interrupts of passed-through devices.
 */
#ifndef __XEN_PUBLIC_PHYSDEV_H__
#define __XEN_PUBLIC_PHYSDEV_H__
/* Marks this copy as xen-public's: unstable/physdev.h adds its toolstack part
 * only then (another copy of the header, included first, has its own). */
#define XEN_PUBLIC_PHYSDEV_H

#include "xen.h"

/** @defgroup hdr_physdev_h physdev.h
 *  @ingroup xen_core */

/** @defgroup physdev_h_irq Acknowledging and querying PIRQs
 *  @ingroup hdr_physdev_h
 *  A PIRQ is Xen's number for a physical interrupt routed to a domain,
 *  which receives it through an event channel bound with
 *  EVTCHNOP_bind_pirq.
 *  @{ */

/**
 * @name PHYSDEVOP_eoi
 * Signal that the caller has finished handling a PIRQ, so that Xen can
 * acknowledge the interrupt at the controller and let it fire again.
 * After PHYSDEVOP_pirq_eoi_gmfn_v1 this also unmasks the PIRQ's event
 * channel.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 12 |
 * | Caller         | a domain with PIRQs, for its own; no XSM hook |
 * | Argument       | struct physdev_eoi |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_physdev_op() in xen/arch/x86/physdev.c |
 *
 * Errors:
 * - -XEN_EINVAL: `irq` is at or above the caller's PIRQ count, or that
 *   PIRQ is not in use.
 * @{ */
#define PHYSDEVOP_eoi                   12

/** Argument of PHYSDEVOP_eoi. */
struct physdev_eoi {
    uint32_t irq; /**< IN: the PIRQ being acknowledged. */
};
typedef struct physdev_eoi physdev_eoi_t;
DEFINE_XEN_GUEST_HANDLE(physdev_eoi_t);
/** @} */

/**
 * @name PHYSDEVOP_pirq_eoi_gmfn_v1, PHYSDEVOP_pirq_eoi_gmfn_v2
 * Register a page of the caller's memory as a bitmap, indexed by PIRQ, in
 * which Xen sets the bit of each PIRQ that needs a PHYSDEVOP_eoi. The
 * caller can then skip the hypercall for the others. With v1, a later
 * PHYSDEVOP_eoi also unmasks the PIRQ's event channel; v2 leaves
 * PHYSDEVOP_eoi as it was. Only one page can be registered per domain.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 17, 28 |
 * | Caller         | a PV domain, for itself; no XSM hook |
 * | Argument       | struct physdev_pirq_eoi_gmfn |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.1.3 |
 * | Implemented by | do_physdev_op() in xen/arch/x86/physdev.c |
 *
 * Errors:
 * - -XEN_EINVAL: `gmfn` is not a page of the caller's, or the page cannot
 *   be taken as writable.
 * - -XEN_EBUSY: the domain already registered a page.
 * - -XEN_ENOSPC: Xen could not map the page.
 * @{ */
#define PHYSDEVOP_pirq_eoi_gmfn_v1       17
#define PHYSDEVOP_pirq_eoi_gmfn_v2       28

/** Argument of PHYSDEVOP_pirq_eoi_gmfn_v1 and PHYSDEVOP_pirq_eoi_gmfn_v2. */
struct physdev_pirq_eoi_gmfn {
    xen_pfn_t gmfn; /**< IN: frame of the caller's bitmap page. */
};
typedef struct physdev_pirq_eoi_gmfn physdev_pirq_eoi_gmfn_t;
DEFINE_XEN_GUEST_HANDLE(physdev_pirq_eoi_gmfn_t);
/** @} */

/**
 * @name PHYSDEVOP_irq_status_query
 * How the caller must treat a PIRQ.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 5 |
 * | Caller         | a domain with PIRQs, for its own; no XSM hook |
 * | Argument       | struct physdev_irq_status_query |
 * | Returns        | 0, with `flags` filled |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_physdev_op() in xen/arch/x86/physdev.c |
 *
 * Errors:
 * - -XEN_EINVAL: `irq` is at or above the caller's PIRQ count.
 * - -XEN_EINVAL: for an HVM caller, the PIRQ is bound neither to a
 *   physical IRQ nor to an emulated one.
 *
 * Xen 4.22.0 sets XENIRQSTAT_needs_eoi for every PIRQ.
 * @{ */
#define PHYSDEVOP_irq_status_query       5

/** Argument of PHYSDEVOP_irq_status_query. */
struct physdev_irq_status_query {
    uint32_t irq;   /**< IN: the PIRQ. */
    uint32_t flags; /**< OUT: XENIRQSTAT_ bits. */
};
typedef struct physdev_irq_status_query physdev_irq_status_query_t;
DEFINE_XEN_GUEST_HANDLE(physdev_irq_status_query_t);

#define _XENIRQSTAT_needs_eoi   (0)
/** `flags` bit: the PIRQ must be acknowledged with PHYSDEVOP_eoi after
 *  each occurrence. */
#define  XENIRQSTAT_needs_eoi   (1U << _XENIRQSTAT_needs_eoi)

#define _XENIRQSTAT_shared      (1)
/** `flags` bit: other domains receive the same interrupt line. */
#define  XENIRQSTAT_shared      (1U << _XENIRQSTAT_shared)
/** @} */

/**
 * @name PHYSDEVOP_IRQ_UNMASK_NOTIFY
 * Tell Xen that the caller unmasked event channels bound to PIRQs, so
 * that Xen acknowledges each masked PIRQ whose channel is now unmasked.
 * Legacy since interface version 0x00030202; new code uses PHYSDEVOP_eoi.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 4 |
 * | Caller         | a PV domain with PIRQs; no XSM hook |
 * | Argument       | none |
 * | Returns        | 0 |
 * | Errors         | only the common ones |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | pirq_guest_unmask() in xen/arch/x86/irq.c |
 * @{ */
#define PHYSDEVOP_IRQ_UNMASK_NOTIFY      4
/** @} */

/** @} */

/** @defgroup physdev_h_io I/O privilege of x86 PV vCPUs
 *  @ingroup hdr_physdev_h
 *  @{ */

/**
 * @name PHYSDEVOP_set_iopl
 * Set the virtual I/O privilege level of the calling vCPU: the ring from
 * which its port accesses are allowed without checking the bitmap.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 6 |
 * | Caller         | a PV guest, for the calling vCPU; no XSM hook |
 * | Argument       | struct physdev_set_iopl |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_physdev_op() in xen/arch/x86/physdev.c |
 *
 * Errors:
 * - -XEN_EINVAL: `iopl` is above 3.
 * @{ */
#define PHYSDEVOP_set_iopl               6

/** Argument of PHYSDEVOP_set_iopl. */
struct physdev_set_iopl {
    uint32_t iopl; /**< IN: privilege level, 0 to 3. */
};
typedef struct physdev_set_iopl physdev_set_iopl_t;
DEFINE_XEN_GUEST_HANDLE(physdev_set_iopl_t);
/** @} */

/**
 * @name PHYSDEVOP_set_iobitmap
 * Give the calling vCPU an I/O-port permission bitmap in guest memory, in
 * the format of the TSS I/O bitmap (a set bit denies the port). Xen reads
 * the bitmap on each access rather than copying it. As a processor does,
 * it reads two bytes at a time, so with a non-zero `nr_ports` the byte
 * after the last one covered may be read too.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 7 |
 * | Caller         | a PV guest, for the calling vCPU; no XSM hook |
 * | Argument       | struct physdev_set_iobitmap |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_physdev_op() in xen/arch/x86/physdev.c |
 *
 * Errors:
 * - -XEN_EINVAL: the 8192 bytes from `bitmap` on are not all guest
 *   addresses, or `nr_ports` is above 65536.
 * @{ */
#define PHYSDEVOP_set_iobitmap           7

/** Argument of PHYSDEVOP_set_iobitmap. */
struct physdev_set_iobitmap {
#if __XEN_INTERFACE_VERSION__ >= 0x00030205
    XEN_GUEST_HANDLE(uint8) bitmap; /**< IN: the bitmap, one bit per port. */
#else
    /** IN: interfaces before 0x00030205: the bitmap as a plain pointer. */
    uint8_t *bitmap;
#endif
    uint32_t nr_ports;              /**< IN: ports the bitmap covers, from port 0. */
};
typedef struct physdev_set_iobitmap physdev_set_iobitmap_t;
DEFINE_XEN_GUEST_HANDLE(physdev_set_iobitmap_t);
/** @} */

/** @} */

/** @defgroup physdev_h_apic IO-APIC access and vectors (x86)
 *  @ingroup hdr_physdev_h
 *  @{ */

/**
 * @name PHYSDEVOP_apic_read, PHYSDEVOP_apic_write
 * Read or write a register of an IO-APIC, which Xen owns. Xen filters
 * writes: only the low half of a redirection entry is taken, the vector
 * and destination are Xen's own, and a pin whose IRQ is in use is left
 * alone.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 8, 9 |
 * | Caller         | a PV control domain; XSM: xsm_apic(), XSM_PRIV |
 * | Argument       | struct physdev_apic |
 * | Returns        | 0 (PHYSDEVOP_apic_read fills `value`) |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | ioapic_guest_read(), ioapic_guest_write() in xen/arch/x86/io_apic.c |
 *
 * Errors of PHYSDEVOP_apic_read:
 * - -XEN_EINVAL: `apic_physbase` is not the address of an IO-APIC.
 *
 * Errors of PHYSDEVOP_apic_write:
 * - -XEN_EINVAL: `apic_physbase` is not the address of an IO-APIC.
 * - -XEN_EINVAL: the entry asks for a delivery mode other than fixed or
 *   lowest priority.
 * - -XEN_EINVAL: an unmasked entry names a PIRQ beyond the hardware
 *   domain's PIRQ count.
 * - an error of assign_irq_vector() or map_domain_pirq() while Xen sets
 *   up the pin.
 * @{ */
#define PHYSDEVOP_apic_read              8
#define PHYSDEVOP_apic_write             9

/** Argument of PHYSDEVOP_apic_read and PHYSDEVOP_apic_write. */
struct physdev_apic {
    unsigned long apic_physbase; /**< IN: physical base address of the IO-APIC. */
    uint32_t reg;                /**< IN: register index. */
    uint32_t value;              /**< IN (apic_write) or OUT (apic_read): register contents. */
};
typedef struct physdev_apic physdev_apic_t;
DEFINE_XEN_GUEST_HANDLE(physdev_apic_t);
/** @} */

/**
 * @name PHYSDEVOP_alloc_irq_vector, PHYSDEVOP_free_irq_vector
 * Obtain or release a vector for an IRQ line. Xen assigns vectors itself:
 * PHYSDEVOP_alloc_irq_vector only returns a token equal to `irq`, which
 * the caller hands back through IO-APIC writes, and
 * PHYSDEVOP_free_irq_vector is no longer implemented.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 10, 11 |
 * | Caller         | alloc: a PV control domain; XSM: xsm_apic(), XSM_PRIV |
 * | Argument       | struct physdev_irq |
 * | Returns        | 0, with `vector` set to `irq` (PHYSDEVOP_alloc_irq_vector) |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | alloc: do_physdev_op() in xen/arch/x86/physdev.c; free: nothing |
 *
 * Errors of PHYSDEVOP_free_irq_vector:
 * - -XEN_ENOSYS: always; Xen 4.22.0 does not implement it.
 * @{ */
#define PHYSDEVOP_alloc_irq_vector      10
#define PHYSDEVOP_free_irq_vector       11

/** Argument of PHYSDEVOP_alloc_irq_vector and PHYSDEVOP_free_irq_vector. */
struct physdev_irq {
    uint32_t irq;    /**< IN: the IRQ line. */
    uint32_t vector; /**< OUT (alloc) or IN (free): the vector. */
};
typedef struct physdev_irq physdev_irq_t;
DEFINE_XEN_GUEST_HANDLE(physdev_irq_t);
/** @} */

/** @} */

/** @defgroup physdev_h_pirq Binding device interrupts to PIRQs
 *  @ingroup hdr_physdev_h
 *  @{ */

/** @name PIRQ map types
 *  The `type` of PHYSDEVOP_map_pirq and PHYSDEVOP_get_free_pirq.
 *  @{ */
/** An MSI or MSI-X vector of a device on segment 0. */
#define MAP_PIRQ_TYPE_MSI               0x0
/** A GSI (IO-APIC pin or legacy IRQ); `index` is the GSI. */
#define MAP_PIRQ_TYPE_GSI               0x1
/** Not a valid request; the value is reserved. */
#define MAP_PIRQ_TYPE_UNKNOWN           0x2
/** As MAP_PIRQ_TYPE_MSI, with the PCI segment in the top 16 bits of `bus`. */
#define MAP_PIRQ_TYPE_MSI_SEG           0x3
/** A block of MSI vectors (multi-message MSI) with consecutive PIRQs; the
 *  segment in the top 16 bits of `bus`. */
#define MAP_PIRQ_TYPE_MULTI_MSI         0x4
/** @} */

/**
 * @name PHYSDEVOP_map_pirq
 * Bind a GSI or an MSI/MSI-X vector of a device to a PIRQ of a domain,
 * choosing a free PIRQ or using the one asked for. An HVM guest with PIRQs
 * mapping for itself instead binds one of its emulated GSIs to a PIRQ.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 13 |
 * | Caller         | the control domain or `domid`'s device model; see below |
 * | Argument       | struct physdev_map_pirq |
 * | Returns        | 0, with `pirq` (and for MAP_PIRQ_TYPE_MULTI_MSI `entry_nr`) filled |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | physdev_map_pirq() in xen/arch/x86/physdev.c |
 *
 * Who may call: xsm_map_domain_pirq() decides, XSM_DM_PRIV under the
 * default policy, except for an HVM guest with PIRQs naming itself, which
 * skips the hook. Binding the interrupt also needs the caller to have
 * access to the IRQ itself.
 *
 * Errors:
 * - -XEN_EINVAL: `type` is MAP_PIRQ_TYPE_MULTI_MSI and `table_base` is
 *   not 0 (nothing is written back).
 * - -XEN_ESRCH: `domid` names no domain.
 * - -XEN_EINVAL: an HVM guest with PIRQs, naming itself: it does not take
 *   events through the vector callback, `type` is not MAP_PIRQ_TYPE_GSI,
 *   `index` is not one of its emulated GSIs, or no PIRQ is free.
 * - -XEN_EINVAL: `type` is none of MAP_PIRQ_TYPE_GSI, _MSI, _MSI_SEG and
 *   _MULTI_MSI.
 * - -XEN_EINVAL: for a GSI, `index` is not a GSI of the host, or the
 *   caller is not the hardware domain and has no IRQ bound to its own
 *   PIRQ `index`.
 * - -XEN_EINVAL: for MSI, Xen could not create an IRQ, or `index` is not
 *   an MSI IRQ.
 * - -XEN_EBUSY: `pirq` is -1 and the IRQ's earlier binding is still being
 *   torn down.
 * - -XEN_EDOM: MAP_PIRQ_TYPE_MULTI_MSI with `entry_nr` 0 or above 32.
 * - -XEN_EOPNOTSUPP: MAP_PIRQ_TYPE_MULTI_MSI for more than one vector
 *   without interrupt remapping.
 * - -XEN_ENOSPC: `pirq` is -1 and no PIRQ (no block, for
 *   MAP_PIRQ_TYPE_MULTI_MSI) is free; `entry_nr` then comes back smaller.
 * - -XEN_EEXIST: the IRQ is already bound to a PIRQ other than `pirq`.
 * - -XEN_EPERM: the caller has no access to the IRQ.
 * - -XEN_EINVAL: the PIRQ is beyond the domain's PIRQ count.
 * - -XEN_ENODEV: for MSI, the host has no local APIC, or no PCI device at
 *   that address is assigned to `domid`.
 * - -XEN_EPERM: for MSI, Xen runs with MSI off (boot option `msi=0`, or
 *   the ACPI tables say the platform has no MSI); pci_enable_msi() in
 *   xen/arch/x86/msi.c decides this and the next four.
 * - -XEN_ENODEV: the device lacks the MSI capability, or (`table_base` not
 *   0) the MSI-X one.
 * - -XEN_EINVAL: MSI-X with `entry_nr` not below the size of the device's
 *   MSI-X table.
 * - -XEN_EEXIST: `index` names an IRQ already set up for MSI (or MSI-X) on
 *   the device.
 * - -XEN_ENFILE: MAP_PIRQ_TYPE_MULTI_MSI asks for more vectors (rounded up
 *   to a power of two) than the device's MSI capability offers; `entry_nr`
 *   comes back as the number it offers.
 * - -XEN_EBUSY: an IRQ Xen meant to use for MSI already has a handler.
 * - another error of pci_enable_msi() (its MSI-X set-up) or of setting up
 *   the IRQs.
 *
 * A `pirq` already bound to a different IRQ makes the call return 0
 * without binding anything.
 * @{ */
#define PHYSDEVOP_map_pirq               13

/** Argument of PHYSDEVOP_map_pirq. */
struct physdev_map_pirq {
    domid_t domid;       /**< IN: the domain receiving the PIRQ, or DOMID_SELF. */
    int type;            /**< IN: a MAP_PIRQ_TYPE_ value. */
    /**
     * IN: the GSI for MAP_PIRQ_TYPE_GSI; for the MSI types an IRQ of Xen's
     * to reuse, or -1 to have a new one created; ignored for
     * MAP_PIRQ_TYPE_MULTI_MSI.
     */
    int index;
    /** IN/OUT: the PIRQ wanted, or -1 for any free one; returns the PIRQ
     *  bound (the first of a block). */
    int pirq;
    /** IN: PCI bus of the device; the segment sits in bits 16-31 for
     *  MAP_PIRQ_TYPE_MSI_SEG and MAP_PIRQ_TYPE_MULTI_MSI. */
    int bus;
    int devfn;           /**< IN: device and function of the device. */
    /**
     * IN: MSI-X table entry (unused for single MSI); for
     * MAP_PIRQ_TYPE_MULTI_MSI, IN/OUT: the number of vectors asked for,
     * and on return the number granted.
     */
    int entry_nr;
    uint64_t table_base; /**< IN: physical address of the MSI-X table; 0 for MSI. */
};
typedef struct physdev_map_pirq physdev_map_pirq_t;
DEFINE_XEN_GUEST_HANDLE(physdev_map_pirq_t);
/** @} */

/**
 * @name PHYSDEVOP_unmap_pirq
 * Undo a PHYSDEVOP_map_pirq.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 14 |
 * | Caller         | as PHYSDEVOP_map_pirq; XSM: xsm_unmap_domain_pirq(), XSM_DM_PRIV |
 * | Argument       | struct physdev_unmap_pirq |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | physdev_unmap_pirq() in xen/arch/x86/physdev.c |
 *
 * An HVM guest with PIRQs naming itself skips the hook and only has the
 * emulated binding of the PIRQ removed: it gets 0 even when the PIRQ was
 * not bound.
 *
 * Errors:
 * - -XEN_ESRCH: `domid` names no domain.
 * - -XEN_EINVAL: `pirq` is beyond the domain's PIRQ count, or not bound
 *   to an IRQ.
 * - -XEN_EBUSY: `pirq` is a PIRQ of a multi-vector MSI block other than
 *   the first.
 * - an error of irq_deny_access(), after the PIRQ was unbound.
 * @{ */
#define PHYSDEVOP_unmap_pirq             14

/** Argument of PHYSDEVOP_unmap_pirq. */
struct physdev_unmap_pirq {
    domid_t domid; /**< IN: the domain owning the PIRQ, or DOMID_SELF. */
    int pirq;      /**< IN: the PIRQ to release. */
};
typedef struct physdev_unmap_pirq physdev_unmap_pirq_t;
DEFINE_XEN_GUEST_HANDLE(physdev_unmap_pirq_t);
/** @} */

/**
 * @name PHYSDEVOP_get_free_pirq
 * Reserve an unused PIRQ of the caller, to bind later. For
 * MAP_PIRQ_TYPE_GSI the search starts among the GSI numbers above the
 * legacy ones; otherwise, and when those are taken, from the top of the
 * caller's PIRQ range down.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 23 |
 * | Caller         | a domain with PIRQs, for itself; no XSM hook |
 * | Argument       | struct physdev_get_free_pirq |
 * | Returns        | 0, with `pirq` filled |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.1.0 |
 * | Implemented by | get_free_pirq() in xen/arch/x86/irq.c |
 *
 * Errors:
 * - -XEN_ENOSPC: no PIRQ is free.
 * - -XEN_ENOMEM: Xen could not record the reservation.
 * @{ */
#define PHYSDEVOP_get_free_pirq    23

/** Argument of PHYSDEVOP_get_free_pirq. */
struct physdev_get_free_pirq {
    /** IN: MAP_PIRQ_TYPE_GSI or MAP_PIRQ_TYPE_MSI: the kind of interrupt it
     *  is meant for. */
    int type;
    uint32_t pirq; /**< OUT: the PIRQ reserved. */
};
typedef struct physdev_get_free_pirq physdev_get_free_pirq_t;
DEFINE_XEN_GUEST_HANDLE(physdev_get_free_pirq_t);
/** @} */

/**
 * @name PHYSDEVOP_setup_gsi
 * Report the trigger mode and polarity of a GSI, as found in the ACPI
 * tables the hardware domain parses, so that Xen can program the IO-APIC
 * pin.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 21 |
 * | Caller         | the control domain; XSM: xsm_resource_setup_gsi(), XSM_PRIV |
 * | Argument       | struct physdev_setup_gsi |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | mp_register_gsi() in xen/arch/x86/mpparse.c |
 *
 * Errors:
 * - -XEN_EINVAL: `gsi` is negative or not below the host's GSI count
 *   (checked before the security policy).
 * - -XEN_EINVAL: no IO-APIC serves the GSI (without IO-APICs: it is not a
 *   legacy IRQ), or its pin number is out of range.
 * - -XEN_EEXIST: the GSI's IRQ is in use, or the pin was set up already.
 * - an error of assign_irq_vector().
 * @{ */
#define PHYSDEVOP_setup_gsi    21

/** Argument of PHYSDEVOP_setup_gsi. */
struct physdev_setup_gsi {
    int gsi;            /**< IN: the GSI. */
    uint8_t triggering; /**< IN: 0 edge, 1 level. */
    uint8_t polarity;   /**< IN: 0 active high, 1 active low. */
};
typedef struct physdev_setup_gsi physdev_setup_gsi_t;
DEFINE_XEN_GUEST_HANDLE(physdev_setup_gsi_t);
/** @} */

/* Operation 22 is unassigned. */

/** @} */

/** @defgroup physdev_h_pci PCI devices of the host
 *  @ingroup hdr_physdev_h
 *  How the hardware domain tells Xen which PCI devices exist, where their
 *  configuration space is, and when their state changed behind Xen's
 *  back. Xen needs the list to set up IOMMU contexts and MSI.
 *  @{ */

/** Identity of a PCI function. */
struct physdev_pci_device {
    uint16_t seg;  /**< IN: PCI segment (domain). */
    uint8_t bus;   /**< IN: bus number. */
    uint8_t devfn; /**< IN: device (bits 3-7) and function (bits 0-2). */
};
typedef struct physdev_pci_device physdev_pci_device_t;
DEFINE_XEN_GUEST_HANDLE(physdev_pci_device_t);

/**
 * @name PHYSDEVOP_manage_pci_add, PHYSDEVOP_manage_pci_remove
 * Report a device of segment 0 added or removed. Superseded by
 * PHYSDEVOP_pci_device_add and PHYSDEVOP_pci_device_remove.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 15, 16 |
 * | Caller         | a PV control domain; see below |
 * | Argument       | struct physdev_manage_pci |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | pci_add_device(), pci_remove_device() in xen/drivers/passthrough/pci.c |
 *
 * Who may call: xsm_resource_plug_pci() (add) and
 * xsm_resource_unplug_pci() (remove), both XSM_PRIV.
 *
 * Errors of PHYSDEVOP_manage_pci_add:
 * - -XEN_ENOMEM: Xen could not allocate its records of the device.
 * - an error of vpci_assign_device() or iommu_add_device().
 *
 * Errors of PHYSDEVOP_manage_pci_remove:
 * - -XEN_ENODEV: Xen knows no such device.
 * - -XEN_EBUSY: the device is an SR-IOV physical function whose virtual
 *   functions are still present (Xen then marks them all broken).
 * - an error of iommu_remove_device() (the device is removed anyway).
 * @{ */
#define PHYSDEVOP_manage_pci_add         15
#define PHYSDEVOP_manage_pci_remove      16

/** Argument of PHYSDEVOP_manage_pci_add and PHYSDEVOP_manage_pci_remove. */
struct physdev_manage_pci {
    uint8_t bus;   /**< IN: bus number (segment 0). */
    uint8_t devfn; /**< IN: device and function. */
};
typedef struct physdev_manage_pci physdev_manage_pci_t;
DEFINE_XEN_GUEST_HANDLE(physdev_manage_pci_t);
/** @} */

/**
 * @name PHYSDEVOP_manage_pci_add_ext
 * As PHYSDEVOP_manage_pci_add, for functions that need extra description
 * (SR-IOV virtual functions, extended functions). Superseded by
 * PHYSDEVOP_pci_device_add.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 20 |
 * | Caller         | a PV control domain; XSM: xsm_resource_plug_pci(), XSM_PRIV |
 * | Argument       | struct physdev_manage_pci_ext |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | pci_add_device() in xen/drivers/passthrough/pci.c |
 *
 * Errors:
 * - -XEN_EINVAL: `is_extfn` or `is_virtfn` is above 1.
 * - -XEN_ENOMEM: Xen could not allocate its records of the device.
 * - -XEN_ENODEV: a virtual function whose physical function Xen does not
 *   know.
 * - an error of vpci_assign_device() or iommu_add_device().
 * @{ */
#define PHYSDEVOP_manage_pci_add_ext     20

/** Argument of PHYSDEVOP_manage_pci_add_ext. */
struct physdev_manage_pci_ext {
    uint8_t bus;        /**< IN: bus number (segment 0). */
    uint8_t devfn;      /**< IN: device and function. */
    uint32_t is_extfn;  /**< IN: 1 for an ARI extended function, else 0. */
    uint32_t is_virtfn; /**< IN: 1 for an SR-IOV virtual function, else 0. */
    /** IN: the physical function owning a virtual function. */
    struct {
        uint8_t bus;    /**< IN: its bus number. */
        uint8_t devfn;  /**< IN: its device and function. */
    } physfn;
};
typedef struct physdev_manage_pci_ext physdev_manage_pci_ext_t;
DEFINE_XEN_GUEST_HANDLE(physdev_manage_pci_ext_t);
/** @} */

/**
 * @name PHYSDEVOP_pci_device_add
 * Report a PCI device the hardware domain found, on any segment.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 25 |
 * | Caller         | the control domain; XSM: xsm_resource_plug_pci(), XSM_PRIV |
 * | Argument       | struct physdev_pci_device_add, then the values its flags announce |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86; Arm in a Xen built with PCI support, else -XEN_ENOSYS |
 * | Since          | Xen 4.2.0 |
 * | Implemented by | pci_physdev_op() in xen/drivers/pci/physdev.c; pci_add_device() |
 *
 * pci_add_device() is in xen/drivers/passthrough/pci.c. An HVM or PVH
 * caller must also be the hardware domain.
 *
 * Errors:
 * - -XEN_EOPNOTSUPP: Arm only: neither PCI passthrough nor the IOMMU is
 *   enabled.
 * - -XEN_ENOMEM: Xen could not allocate its records of the device.
 * - -XEN_ENODEV: XEN_PCI_DEV_VIRTFN names a physical function Xen does
 *   not know.
 * - an error of vpci_assign_device() or iommu_add_device().
 * @{ */
#define PHYSDEVOP_pci_device_add        25

#define XEN_PCI_DEV_EXTFN              0x1 /**< `flags`: an ARI extended function. */
#define XEN_PCI_DEV_VIRTFN             0x2 /**< `flags`: a virtual function of `physfn`. */
#define XEN_PCI_DEV_PXM                0x4 /**< `flags`: `optarr[0]` is the proximity domain. */

XEN_EXTENSIONS_BEGIN
/** Argument of PHYSDEVOP_pci_device_add. */
struct physdev_pci_device_add {
    uint16_t seg;   /**< IN: PCI segment. */
    uint8_t bus;    /**< IN: bus number. */
    uint8_t devfn;  /**< IN: device and function. */
    uint32_t flags; /**< IN: XEN_PCI_DEV_ bits. */
    /** IN: the physical function, when XEN_PCI_DEV_VIRTFN is set. */
    struct {
        uint8_t bus;   /**< IN: its bus number (same segment). */
        uint8_t devfn; /**< IN: its device and function. */
    } physfn;
    /** IN: optional values, present as `flags` announces them; element 0
     *  is the proximity domain when XEN_PCI_DEV_PXM is set. */
    uint32_t optarr[XEN_FLEX_ARRAY_DIM];
};
XEN_EXTENSIONS_END
typedef struct physdev_pci_device_add physdev_pci_device_add_t;
DEFINE_XEN_GUEST_HANDLE(physdev_pci_device_add_t);
/** @} */

/**
 * @name PHYSDEVOP_pci_device_remove
 * Report that a PCI device went away (hot unplug).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 26 |
 * | Caller         | the control domain; XSM: xsm_resource_unplug_pci(), XSM_PRIV |
 * | Argument       | struct physdev_pci_device |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86; Arm in a Xen built with PCI support, else -XEN_ENOSYS |
 * | Since          | Xen 4.2.0 |
 * | Implemented by | pci_physdev_op() in xen/drivers/pci/physdev.c; pci_remove_device() |
 *
 * pci_remove_device() is in xen/drivers/passthrough/pci.c. An HVM or PVH
 * caller must also be the hardware domain.
 *
 * Errors:
 * - -XEN_EOPNOTSUPP: Arm only: neither PCI passthrough nor the IOMMU is
 *   enabled.
 * - -XEN_ENODEV: Xen knows no such device.
 * - -XEN_EBUSY: the device is an SR-IOV physical function whose virtual
 *   functions are still present (Xen then marks them all broken).
 * - an error of iommu_remove_device() (the device is removed anyway).
 * @{ */
#define PHYSDEVOP_pci_device_remove     26
/** @} */

/**
 * @name PHYSDEVOP_restore_msi
 * Ask Xen to write back the MSI or MSI-X set-up of a device of segment 0
 * after the device lost it (e.g. across a suspend or a reset done by the
 * hardware domain). Superseded by PHYSDEVOP_restore_msi_ext.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 19 |
 * | Caller         | a PV control domain; XSM: xsm_resource_setup_pci(), XSM_PRIV |
 * | Argument       | struct physdev_restore_msi |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | pci_restore_msi_state() in xen/arch/x86/msi.c |
 *
 * Errors:
 * - -XEN_ENODEV: Xen knows no such device (checked before the policy).
 * - -XEN_EOPNOTSUPP: Xen does not use MSI on this host (also checked before
 *   the policy).
 * - -XEN_EINVAL: Xen's records of the device's vectors are inconsistent
 *   (checked for each vector in turn).
 * - -XEN_ENXIO: the device has MSI-X set up but its memory decoding is
 *   off (checked at its first MSI-X vector).
 *
 * Its argument, struct physdev_restore_msi, follows the block of
 * PHYSDEVOP_restore_msi_ext, where the order of the numbers puts it.
 * @{ */
#define PHYSDEVOP_restore_msi            19
/** @} */

/**
 * @name PHYSDEVOP_restore_msi_ext
 * As PHYSDEVOP_restore_msi, for a device on any segment.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 27 |
 * | Caller         | a PV control domain; XSM: xsm_resource_setup_pci(), XSM_PRIV |
 * | Argument       | struct physdev_pci_device |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.2.0 |
 * | Implemented by | pci_restore_msi_state() in xen/arch/x86/msi.c |
 *
 * Errors:
 * - -XEN_ENODEV: Xen knows no such device (checked before the policy).
 * - -XEN_EOPNOTSUPP: Xen does not use MSI on this host (also checked before
 *   the policy).
 * - -XEN_EINVAL: Xen's records of the device's vectors are inconsistent
 *   (checked for each vector in turn).
 * - -XEN_ENXIO: the device has MSI-X set up but its memory decoding is
 *   off (checked at its first MSI-X vector).
 * @{ */
#define PHYSDEVOP_restore_msi_ext       27
/** @} */

/** Argument of PHYSDEVOP_restore_msi. */
struct physdev_restore_msi {
    uint8_t bus;   /**< IN: bus number (segment 0). */
    uint8_t devfn; /**< IN: device and function. */
};
typedef struct physdev_restore_msi physdev_restore_msi_t;
DEFINE_XEN_GUEST_HANDLE(physdev_restore_msi_t);

/**
 * @name PHYSDEVOP_prepare_msix, PHYSDEVOP_release_msix
 * Bracket a period during which the MMIO resources of an MSI-X capable
 * device stay where they are: prepare before Xen may rely on them,
 * release when the hardware domain may move them again.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 30, 31 |
 * | Caller         | a PV control domain; XSM: xsm_resource_setup_pci(), XSM_PRIV |
 * | Argument       | struct physdev_pci_device |
 * | Returns        | 0; at once, doing nothing, when Xen does not use MSI |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.1.5 |
 * | Implemented by | pci_prepare_msix() in xen/arch/x86/msi.c |
 *
 * Errors:
 * - -XEN_ENODEV: Xen knows no such device.
 * - -XEN_EBUSY: prepare: MSI-X entries of the device are in use, or it
 *   was prepared already; release: it was not prepared, or MSI-X entries
 *   are in use besides.
 * - prepare: an error of msix_capability_init(), e.g. -XEN_ENODEV for a
 *   device without MSI-X or -XEN_ENXIO when its memory decoding is off.
 * @{ */
#define PHYSDEVOP_prepare_msix          30
#define PHYSDEVOP_release_msix          31
/** @} */

/**
 * @name PHYSDEVOP_pci_device_reset
 * Report that the hardware domain reset a PCI device, so that Xen
 * rebuilds the state it keeps for it (its virtual PCI view).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 32 |
 * | Caller         | the control domain; XSM: xsm_resource_setup_pci(), XSM_PRIV |
 * | Argument       | struct pci_device_reset |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86; Arm in a Xen built with PCI support, else -XEN_ENOSYS |
 * | Since          | Xen 4.20.0 |
 * | Implemented by | pci_physdev_op() in xen/drivers/pci/physdev.c |
 *
 * An HVM or PVH caller must also be the hardware domain.
 *
 * Errors:
 * - -XEN_EOPNOTSUPP: Arm only: neither PCI passthrough nor the IOMMU is
 *   enabled.
 * - -XEN_EINVAL: `flags` has bits outside PCI_DEVICE_RESET_MASK.
 * - -XEN_ENODEV: Xen knows no such device.
 * - an error of vpci_assign_device(), which rebuilds the device's vPCI
 *   state.
 * @{ */
#define PHYSDEVOP_pci_device_reset      32

#define PCI_DEVICE_RESET_COLD 0x0 /**< `flags`: cold reset (power removed). */
#define PCI_DEVICE_RESET_WARM 0x1 /**< `flags`: warm reset (power kept). */
#define PCI_DEVICE_RESET_HOT  0x2 /**< `flags`: hot reset (through the link or a bridge). */
#define PCI_DEVICE_RESET_FLR  0x3 /**< `flags`: function-level reset. */
#define PCI_DEVICE_RESET_MASK 0x3 /**< The bits of `flags` that hold the reset kind. */

/** Argument of PHYSDEVOP_pci_device_reset. */
struct pci_device_reset {
    physdev_pci_device_t dev; /**< IN: the device that was reset. */
    uint32_t flags;           /**< IN: a PCI_DEVICE_RESET_ kind; other bits zero. */
};
/** @} */

/**
 * @name PHYSDEVOP_pci_mmcfg_reserved
 * Tell Xen whether a range of PCI Express configuration space (MMCFG) is
 * usable, once the hardware domain has checked it against the firmware's
 * reservations. Xen may then use extended configuration space for that
 * segment and bus range; for a PVH hardware domain it also adds the
 * range to the domain's emulated MMCFG.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 24 |
 * | Caller         | the control domain; XSM: xsm_resource_setup_misc(), XSM_PRIV |
 * | Argument       | struct physdev_pci_mmcfg_reserved |
 * | Returns        | 0, also when the range was already in the state asked for |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.2.0 |
 * | Implemented by | pci_mmcfg_reserved() in xen/arch/x86/x86_64/mmconfig-shared.c |
 *
 * The policy is asked before `arg` is read. An HVM or PVH caller must
 * also be the hardware domain.
 *
 * Errors:
 * - -XEN_EINVAL: `flags` has bits other than XEN_PCI_MMCFG_RESERVED.
 * - -XEN_EIO: Xen knows the segment and bus range at another address.
 * - -XEN_ENODEV: Xen knows no MMCFG range with that segment and exactly
 *   that bus range.
 * - -XEN_ENOMEM: Xen could not map the range.
 * - -XEN_ENODEV: the range was newly enabled, but Xen knows no PCI device
 *   on that segment.
 * - -XEN_EINVAL, -XEN_ENOMEM, -XEN_EEXIST: PVH hardware domain: adding
 *   the emulated range failed (`start_bus` above `end_bus`, no memory,
 *   or overlap with a different range).
 * @{ */
#define PHYSDEVOP_pci_mmcfg_reserved    24

/** `flags`: the firmware reserves the region, so it is safe to use. */
#define XEN_PCI_MMCFG_RESERVED         0x1

/** Argument of PHYSDEVOP_pci_mmcfg_reserved. */
struct physdev_pci_mmcfg_reserved {
    uint64_t address;  /**< IN: physical base address of the region. */
    uint16_t segment;  /**< IN: PCI segment it serves. */
    uint8_t start_bus; /**< IN: first bus it covers. */
    uint8_t end_bus;   /**< IN: last bus it covers. */
    uint32_t flags;    /**< IN: XEN_PCI_MMCFG_RESERVED or 0. */
};
typedef struct physdev_pci_mmcfg_reserved physdev_pci_mmcfg_reserved_t;
DEFINE_XEN_GUEST_HANDLE(physdev_pci_mmcfg_reserved_t);
/** @} */

/** @} */

/** @defgroup physdev_h_dbgp USB debug port
 *  @ingroup hdr_physdev_h
 *  @{ */

/**
 * @name PHYSDEVOP_dbgp_op
 * Coordinate with Xen's use of an EHCI debug port as its console: the
 * hardware domain announces that it is about to reset the controller, and
 * that it has finished, so that Xen can stop and resume its output.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 29 |
 * | Caller         | the hardware domain (checked directly; no XSM hook) |
 * | Argument       | struct physdev_dbgp_op |
 * | Returns        | 0 or 1, see below |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.3.0 |
 * | Implemented by | dbgp_op() in xen/drivers/char/ehci-dbgp.c |
 *
 * The call returns 0, doing nothing, when Xen drives no EHCI debug port,
 * when `bus` names another controller or an unknown kind of bus. Otherwise
 * PHYSDEVOP_DBGP_RESET_PREPARE returns 1 while Xen still has output
 * queued and keeps the port, and 0 once it has let the port go;
 * PHYSDEVOP_DBGP_RESET_DONE returns 1 once Xen has the port working again.
 *
 * Errors:
 * - -XEN_EPERM: the caller is not the hardware domain (checked before
 *   `arg` is read).
 * - -XEN_ENOSYS: `op` is neither PHYSDEVOP_DBGP_RESET_PREPARE nor
 *   PHYSDEVOP_DBGP_RESET_DONE.
 * - PHYSDEVOP_DBGP_RESET_DONE: an error restarting the port (e.g.
 *   -XEN_EIO, -XEN_ENODEV).
 * @{ */
#define PHYSDEVOP_dbgp_op               29

#define PHYSDEVOP_DBGP_RESET_PREPARE    1 /**< `op`: the controller is about to be reset. */
#define PHYSDEVOP_DBGP_RESET_DONE       2 /**< `op`: the reset is over. */

#define PHYSDEVOP_DBGP_BUS_UNKNOWN      0 /**< `bus`: whichever controller Xen drives. */
#define PHYSDEVOP_DBGP_BUS_PCI          1 /**< `bus`: the PCI controller named in `u.pci`. */

/** Argument of PHYSDEVOP_dbgp_op. */
struct physdev_dbgp_op {
    uint8_t op;  /**< IN: PHYSDEVOP_DBGP_RESET_ value. */
    uint8_t bus; /**< IN: PHYSDEVOP_DBGP_BUS_ value. */
    /** IN: the controller, as `bus` says. */
    union {
        physdev_pci_device_t pci; /**< IN: PHYSDEVOP_DBGP_BUS_PCI: the controller's function. */
    } u;
};
typedef struct physdev_dbgp_op physdev_dbgp_op_t;
DEFINE_XEN_GUEST_HANDLE(physdev_dbgp_op_t);
/** @} */

/** @} */

/** @defgroup physdev_h_compat Legacy forms
 *  @ingroup hdr_physdev_h
 *  What guests written for older interface versions use.
 *  @{ */

/** Argument of the original single-argument hypercall
 *  (`__HYPERVISOR_physdev_op_compat`), replaced by the two-argument
 *  HYPERVISOR_physdev_op with interface version 0x00030202. */
struct physdev_op {
    uint32_t cmd; /**< IN: a PHYSDEVOP_ number of one of the operations below. */
    /** IN/OUT: the argument of `cmd`. */
    union {
        physdev_irq_status_query_t irq_status_query; /**< PHYSDEVOP_irq_status_query. */
        physdev_set_iopl_t         set_iopl;         /**< PHYSDEVOP_set_iopl. */
        physdev_set_iobitmap_t     set_iobitmap;     /**< PHYSDEVOP_set_iobitmap. */
        physdev_apic_t             apic_op;          /**< PHYSDEVOP_apic_read and _write. */
        physdev_irq_t              irq_op;           /**< PHYSDEVOP_alloc_irq_vector, _free. */
    } u;
};
typedef struct physdev_op physdev_op_t;
DEFINE_XEN_GUEST_HANDLE(physdev_op_t);

#if __XEN_INTERFACE_VERSION__ < 0x00040600
/*
 * The capitalised names predate interface 0x00030202, but were only
 * withdrawn with 0x00040600, hence that version in the test. Each is
 * offered to interfaces before 0x00040600 only.
 */
/** Old name of PHYSDEVOP_irq_status_query. */
#define PHYSDEVOP_IRQ_STATUS_QUERY       PHYSDEVOP_irq_status_query
/** Old name of PHYSDEVOP_set_iopl. */
#define PHYSDEVOP_SET_IOPL               PHYSDEVOP_set_iopl
/** Old name of PHYSDEVOP_set_iobitmap. */
#define PHYSDEVOP_SET_IOBITMAP           PHYSDEVOP_set_iobitmap
/** Old name of PHYSDEVOP_apic_read. */
#define PHYSDEVOP_APIC_READ              PHYSDEVOP_apic_read
/** Old name of PHYSDEVOP_apic_write. */
#define PHYSDEVOP_APIC_WRITE             PHYSDEVOP_apic_write
/** Old name of PHYSDEVOP_alloc_irq_vector. */
#define PHYSDEVOP_ASSIGN_VECTOR          PHYSDEVOP_alloc_irq_vector
/** Old name of PHYSDEVOP_free_irq_vector. */
#define PHYSDEVOP_FREE_VECTOR            PHYSDEVOP_free_irq_vector
/** Old name of XENIRQSTAT_needs_eoi. */
#define PHYSDEVOP_IRQ_NEEDS_UNMASK_NOTIFY XENIRQSTAT_needs_eoi
/** Old name of XENIRQSTAT_shared. */
#define PHYSDEVOP_IRQ_SHARED             XENIRQSTAT_shared
#endif

#if __XEN_INTERFACE_VERSION__ < 0x00040200
/** Interfaces before 0x00040200: PHYSDEVOP_pirq_eoi_gmfn means the v1 form. */
#define PHYSDEVOP_pirq_eoi_gmfn PHYSDEVOP_pirq_eoi_gmfn_v1
#else
/** PHYSDEVOP_pirq_eoi_gmfn means the v2 form (interfaces 0x00040200 and later). */
#define PHYSDEVOP_pirq_eoi_gmfn PHYSDEVOP_pirq_eoi_gmfn_v2
#endif

/** @} */

#endif /* __XEN_PUBLIC_PHYSDEV_H__ */
