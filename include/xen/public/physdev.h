/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief HYPERVISOR_physdev_op: physical interrupts, I/O privilege and the
 *        PCI devices of the host.
 *
 * The hypercall is `long HYPERVISOR_physdev_op(int cmd, void *arg)`: `cmd`
 * is one of the PHYSDEVOP_ numbers below and `arg` points at the structure
 * that operation reads and updates (NULL where an operation takes none).
 * An operation this hypervisor does not implement, or not for this kind
 * of caller, fails with -XEN_ENOSYS. Other failures are negated XEN_E*
 * numbers (errno.h).
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
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | a domain with PIRQs, for its own |
 * | Argument  | struct physdev_eoi |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: PIRQ out of range or not in use; -XEN_EFAULT: `arg` is unreadable |
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
 * @name PHYSDEVOP_pirq_eoi_gmfn_v1 and PHYSDEVOP_pirq_eoi_gmfn_v2
 * Register a page of the caller's memory as a bitmap, indexed by PIRQ, in
 * which Xen sets the bit of each PIRQ that needs a PHYSDEVOP_eoi. The
 * caller can then skip the hypercall for the others. With v1, a later
 * PHYSDEVOP_eoi also unmasks the PIRQ's event channel; v2 leaves
 * PHYSDEVOP_eoi as it was. Only one page can be registered per domain.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | a domain with PIRQs, for itself (x86) |
 * | Argument  | struct physdev_pirq_eoi_gmfn |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: `gmfn` is not a writable page of the caller; -XEN_EBUSY: a page is already registered; -XEN_ENOSPC: Xen could not map the page; -XEN_EFAULT: `arg` is unreadable |
 * @{ */
#define PHYSDEVOP_pirq_eoi_gmfn_v1       17 /**< Operation number of the v1 form (PHYSDEVOP_eoi also unmasks). */
#define PHYSDEVOP_pirq_eoi_gmfn_v2       28 /**< Operation number of the v2 form (PHYSDEVOP_eoi unchanged). */

/** Argument of PHYSDEVOP_pirq_eoi_gmfn_v1 and _v2. */
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
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | a domain with PIRQs, for its own |
 * | Argument  | struct physdev_irq_status_query |
 * | Returns   | 0, with `flags` filled |
 * | Errors    | -XEN_EINVAL: PIRQ out of range or not bound; -XEN_EFAULT: `arg` is inaccessible |
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
 * Tell Xen that the caller unmasked event channels bound to PIRQs. Legacy
 * since interface version 0x00030202; new code uses PHYSDEVOP_eoi, and
 * newer hypervisors need not support it.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | a PV domain with PIRQs |
 * | Argument  | none |
 * | Returns   | 0 |
 * | Errors    | -XEN_ENOSYS where withdrawn |
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
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | x86 PV guest, for the calling vCPU |
 * | Argument  | struct physdev_set_iopl |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: `iopl` above 3; -XEN_EFAULT: `arg` is unreadable |
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
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | x86 PV guest, for the calling vCPU |
 * | Argument  | struct physdev_set_iobitmap |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: the bitmap is not accessible or `nr_ports` exceeds 65536; -XEN_EFAULT: `arg` is unreadable |
 * @{ */
#define PHYSDEVOP_set_iobitmap           7

/** Argument of PHYSDEVOP_set_iobitmap. */
struct physdev_set_iobitmap {
#if __XEN_INTERFACE_VERSION__ >= 0x00030205
    XEN_GUEST_HANDLE(uint8) bitmap; /**< IN: the bitmap, one bit per port. */
#else
    uint8_t *bitmap;                /**< IN: interfaces before 0x00030205: the bitmap as a plain pointer. */
#endif
    uint32_t nr_ports;              /**< IN: ports the bitmap covers, from port 0; ports beyond are denied. */
};
typedef struct physdev_set_iobitmap physdev_set_iobitmap_t;
DEFINE_XEN_GUEST_HANDLE(physdev_set_iobitmap_t);
/** @} */

/** @} */

/** @defgroup physdev_h_apic IO-APIC access and vectors (x86)
 *  @ingroup hdr_physdev_h
 *  @{ */

/**
 * @name PHYSDEVOP_apic_read and PHYSDEVOP_apic_write
 * Read or write a register of an IO-APIC, which Xen owns. Writes to a
 * redirection entry are filtered by Xen, which keeps the vectors to
 * itself.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | the hardware domain (x86) |
 * | Argument  | struct physdev_apic |
 * | Returns   | 0 (apic_read fills `value`) |
 * | Errors    | -XEN_EPERM: caller not privileged; -XEN_EINVAL: unknown IO-APIC; -XEN_EFAULT: `arg` is inaccessible |
 * @{ */
#define PHYSDEVOP_apic_read              8 /**< Operation number: read an IO-APIC register. */
#define PHYSDEVOP_apic_write             9 /**< Operation number: write an IO-APIC register. */

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
 * @name PHYSDEVOP_alloc_irq_vector and PHYSDEVOP_free_irq_vector
 * Obtain or release a vector for an IRQ line. Xen now assigns vectors
 * itself: alloc_irq_vector only returns a token equal to `irq`, which the
 * caller hands back through IO-APIC writes, and free_irq_vector is no
 * longer implemented.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | the hardware domain (x86) |
 * | Argument  | struct physdev_irq |
 * | Returns   | 0, with `vector` filled (alloc_irq_vector) |
 * | Errors    | -XEN_EPERM: caller not privileged; -XEN_ENOSYS: free_irq_vector; -XEN_EFAULT |
 * @{ */
#define PHYSDEVOP_alloc_irq_vector      10 /**< Operation number: get a vector for an IRQ. */
#define PHYSDEVOP_free_irq_vector       11 /**< Operation number: release it (withdrawn). */

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
#define MAP_PIRQ_TYPE_MSI               0x0 /**< An MSI or MSI-X vector of a device on segment 0. */
#define MAP_PIRQ_TYPE_GSI               0x1 /**< A GSI (IO-APIC pin or legacy IRQ); `index` is the GSI. */
#define MAP_PIRQ_TYPE_UNKNOWN           0x2 /**< Not a valid request; the value is reserved. */
#define MAP_PIRQ_TYPE_MSI_SEG           0x3 /**< As MAP_PIRQ_TYPE_MSI, with the PCI segment in the top 16 bits of `bus`. */
#define MAP_PIRQ_TYPE_MULTI_MSI         0x4 /**< A block of MSI vectors (multi-message MSI) with consecutive PIRQs; segment in the top bits of `bus`. */
/** @} */

/**
 * @name PHYSDEVOP_map_pirq
 * Bind a GSI or an MSI/MSI-X vector of a device to a PIRQ of a domain,
 * choosing a free PIRQ or using the one asked for.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | the hardware domain; the device model or toolstack of a domain with passed-through devices; an HVM guest with PIRQs, for itself |
 * | Argument  | struct physdev_map_pirq |
 * | Returns   | 0, with `pirq` (and for MAP_PIRQ_TYPE_MULTI_MSI `entry_nr`) filled |
 * | Errors    | -XEN_ESRCH: no such domain; -XEN_EPERM: not allowed; -XEN_EINVAL: bad type, index or device (or `table_base` not 0 with MAP_PIRQ_TYPE_MULTI_MSI); -XEN_ENOSPC: no free PIRQ; -XEN_ENODEV: no such device; -XEN_EFAULT |
 * @{ */
#define PHYSDEVOP_map_pirq               13

/** Argument of PHYSDEVOP_map_pirq. */
struct physdev_map_pirq {
    domid_t domid;       /**< IN: the domain receiving the PIRQ, or DOMID_SELF. */
    int type;            /**< IN: a MAP_PIRQ_TYPE_ value. */
    int index;           /**< IN: the GSI for MAP_PIRQ_TYPE_GSI; for the MSI types an IRQ of Xen's to reuse, or -1 to have a new one created; ignored for MAP_PIRQ_TYPE_MULTI_MSI. */
    int pirq;            /**< IN-OUT: the PIRQ wanted, or -1 for any free one; returns the PIRQ bound (the first of a block). */
    int bus;             /**< IN: PCI bus of the device; the segment sits in bits 16-31 for MAP_PIRQ_TYPE_MSI_SEG and MAP_PIRQ_TYPE_MULTI_MSI. */
    int devfn;           /**< IN: device and function of the device. */
    int entry_nr;        /**< IN: MSI-X table entry (unused for single MSI); for MAP_PIRQ_TYPE_MULTI_MSI, IN-OUT: the number of vectors asked for, and on return the number granted. */
    uint64_t table_base; /**< IN: physical address of the MSI-X table; 0 for MSI. */
};
typedef struct physdev_map_pirq physdev_map_pirq_t;
DEFINE_XEN_GUEST_HANDLE(physdev_map_pirq_t);
/** @} */

/**
 * @name PHYSDEVOP_unmap_pirq
 * Undo a PHYSDEVOP_map_pirq.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | as PHYSDEVOP_map_pirq |
 * | Argument  | struct physdev_unmap_pirq |
 * | Returns   | 0 |
 * | Errors    | -XEN_ESRCH: no such domain; -XEN_EPERM: not allowed; -XEN_EINVAL: the PIRQ is not mapped; -XEN_EFAULT |
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
 * Reserve an unused PIRQ of the caller, to bind later.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | a domain with PIRQs, for itself (x86) |
 * | Argument  | struct physdev_get_free_pirq |
 * | Returns   | 0, with `pirq` filled |
 * | Errors    | -XEN_ENOSPC: none free; -XEN_ENOMEM; -XEN_EFAULT |
 * @{ */
#define PHYSDEVOP_get_free_pirq    23

/** Argument of PHYSDEVOP_get_free_pirq. */
struct physdev_get_free_pirq {
    int type;      /**< IN: MAP_PIRQ_TYPE_GSI or MAP_PIRQ_TYPE_MSI: the kind of interrupt it is meant for. */
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
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | the hardware domain (x86) |
 * | Argument  | struct physdev_setup_gsi |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: no such GSI; -XEN_EPERM: caller not privileged; -XEN_EEXIST: the pin is already set up; -XEN_EFAULT |
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
 * @name PHYSDEVOP_manage_pci_add and PHYSDEVOP_manage_pci_remove
 * Report a device of segment 0 added or removed. Superseded by
 * PHYSDEVOP_pci_device_add and PHYSDEVOP_pci_device_remove.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | the hardware domain (x86) |
 * | Argument  | struct physdev_manage_pci |
 * | Returns   | 0 |
 * | Errors    | -XEN_EPERM: caller not privileged; -XEN_ENODEV: no such device (remove); -XEN_EBUSY: device still assigned (remove); -XEN_ENOMEM; -XEN_EFAULT |
 * @{ */
#define PHYSDEVOP_manage_pci_add         15 /**< Operation number: a device appeared. */
#define PHYSDEVOP_manage_pci_remove      16 /**< Operation number: a device went away. */

/** Argument of PHYSDEVOP_manage_pci_add and _remove. */
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
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | the hardware domain (x86) |
 * | Argument  | struct physdev_manage_pci_ext |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: a flag other than 0 or 1; -XEN_EPERM; -XEN_ENOMEM; -XEN_EFAULT |
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
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | the hardware domain |
 * | Argument  | struct physdev_pci_device_add, followed by the optional values its flags announce |
 * | Returns   | 0 |
 * | Errors    | -XEN_EOPNOTSUPP: PCI passthrough is not enabled here; -XEN_EPERM: caller not privileged; -XEN_ENOMEM; -XEN_EFAULT |
 * @{ */
#define PHYSDEVOP_pci_device_add        25

#define XEN_PCI_DEV_EXTFN              0x1 /**< `flags`: the function is an ARI extended function. */
#define XEN_PCI_DEV_VIRTFN             0x2 /**< `flags`: the function is an SR-IOV virtual function of `physfn`. */
#define XEN_PCI_DEV_PXM                0x4 /**< `flags`: `optarr[0]` holds the device's ACPI proximity domain. */

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
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | the hardware domain |
 * | Argument  | struct physdev_pci_device |
 * | Returns   | 0 |
 * | Errors    | -XEN_EOPNOTSUPP: PCI passthrough is not enabled here; -XEN_ENODEV: unknown device; -XEN_EBUSY: still assigned to a domain; -XEN_EPERM; -XEN_EFAULT |
 * @{ */
#define PHYSDEVOP_pci_device_remove     26
/** @} */

/**
 * @name PHYSDEVOP_restore_msi and PHYSDEVOP_restore_msi_ext
 * Ask Xen to write back a device's MSI or MSI-X set-up after the device
 * lost it (e.g. across a suspend or a reset done by the hardware domain).
 * The first form names a device of segment 0.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | the hardware domain (x86) |
 * | Argument  | struct physdev_restore_msi, or struct physdev_pci_device for restore_msi_ext |
 * | Returns   | 0 |
 * | Errors    | -XEN_ENODEV: unknown device; -XEN_EPERM; -XEN_EFAULT |
 * @{ */
#define PHYSDEVOP_restore_msi            19 /**< Operation number: device named by bus and devfn. */
#define PHYSDEVOP_restore_msi_ext       27 /**< Operation number: device named by struct physdev_pci_device. */

/** Argument of PHYSDEVOP_restore_msi. */
struct physdev_restore_msi {
    uint8_t bus;   /**< IN: bus number (segment 0). */
    uint8_t devfn; /**< IN: device and function. */
};
typedef struct physdev_restore_msi physdev_restore_msi_t;
DEFINE_XEN_GUEST_HANDLE(physdev_restore_msi_t);
/** @} */

/**
 * @name PHYSDEVOP_prepare_msix and PHYSDEVOP_release_msix
 * Bracket a period during which the MMIO resources of an MSI-X capable
 * device stay where they are: prepare before Xen may rely on them,
 * release when the hardware domain may move them again.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | the hardware domain (x86) |
 * | Argument  | struct physdev_pci_device |
 * | Returns   | 0 |
 * | Errors    | -XEN_ENODEV: unknown device or no MSI-X; -XEN_EBUSY: MSI-X in use; -XEN_EPERM; -XEN_EFAULT |
 * @{ */
#define PHYSDEVOP_prepare_msix          30 /**< Operation number: the resources will not change. */
#define PHYSDEVOP_release_msix          31 /**< Operation number: the resources may change. */
/** @} */

/**
 * @name PHYSDEVOP_pci_device_reset
 * Report that the hardware domain reset a PCI device, so that Xen
 * rebuilds the state it keeps for it (e.g. its virtual PCI view).
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | the hardware domain, after each reset it performs |
 * | Argument  | struct pci_device_reset |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: unknown bits in `flags`; -XEN_ENODEV: unknown device; -XEN_EOPNOTSUPP: PCI passthrough is not enabled here; -XEN_EPERM; -XEN_EFAULT |
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
 * segment and bus range.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | the hardware domain (x86) |
 * | Argument  | struct physdev_pci_mmcfg_reserved |
 * | Returns   | 0 |
 * | Errors    | -XEN_ENODEV: no MMCFG region known for that segment and bus range; -XEN_EINVAL: unknown `flags` bits or a different base address; -XEN_EIO: the region cannot be used; -XEN_EPERM; -XEN_EFAULT |
 * @{ */
#define PHYSDEVOP_pci_mmcfg_reserved    24

#define XEN_PCI_MMCFG_RESERVED         0x1 /**< `flags`: the firmware reserves the region, so it is safe to use. */

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
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | the hardware domain (x86) |
 * | Argument  | struct physdev_dbgp_op |
 * | Returns   | 0 when Xen does not drive the controller named; otherwise 0 after PHYSDEVOP_DBGP_RESET_PREPARE and 1 after PHYSDEVOP_DBGP_RESET_DONE |
 * | Errors    | -XEN_EPERM: not the hardware domain; -XEN_ENOSYS: unknown `op`; -XEN_EFAULT: `arg` is unreadable; other codes when Xen cannot take the port back |
 * @{ */
#define PHYSDEVOP_dbgp_op               29

#define PHYSDEVOP_DBGP_RESET_PREPARE    1 /**< `op`: the controller is about to be reset. */
#define PHYSDEVOP_DBGP_RESET_DONE       2 /**< `op`: the reset is over. */

#define PHYSDEVOP_DBGP_BUS_UNKNOWN      0 /**< `bus`: no controller named; applies to whichever one Xen drives. */
#define PHYSDEVOP_DBGP_BUS_PCI          1 /**< `bus`: the PCI controller named in `u.pci`. */

/** Argument of PHYSDEVOP_dbgp_op. */
struct physdev_dbgp_op {
    uint8_t op;  /**< IN: PHYSDEVOP_DBGP_RESET_ value. */
    uint8_t bus; /**< IN: PHYSDEVOP_DBGP_BUS_ value. */
    /** IN: the controller, as `bus` says. */
    union {
        physdev_pci_device_t pci; /**< IN: PHYSDEVOP_DBGP_BUS_PCI: the controller's PCI function. */
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
    /** IN-OUT: the argument of `cmd`. */
    union {
        physdev_irq_status_query_t irq_status_query; /**< PHYSDEVOP_irq_status_query. */
        physdev_set_iopl_t         set_iopl;         /**< PHYSDEVOP_set_iopl. */
        physdev_set_iobitmap_t     set_iobitmap;     /**< PHYSDEVOP_set_iobitmap. */
        physdev_apic_t             apic_op;          /**< PHYSDEVOP_apic_read and _write. */
        physdev_irq_t              irq_op;           /**< PHYSDEVOP_alloc_irq_vector and _free_irq_vector. */
    } u;
};
typedef struct physdev_op physdev_op_t;
DEFINE_XEN_GUEST_HANDLE(physdev_op_t);

#if __XEN_INTERFACE_VERSION__ < 0x00040600
/*
 * The capitalised names predate interface 0x00030202, but were only
 * withdrawn with 0x00040600, hence that version in the test.
 */
#define PHYSDEVOP_IRQ_STATUS_QUERY       PHYSDEVOP_irq_status_query /**< Interfaces before 0x00040600: old name of PHYSDEVOP_irq_status_query. */
#define PHYSDEVOP_SET_IOPL               PHYSDEVOP_set_iopl         /**< Interfaces before 0x00040600: old name of PHYSDEVOP_set_iopl. */
#define PHYSDEVOP_SET_IOBITMAP           PHYSDEVOP_set_iobitmap     /**< Interfaces before 0x00040600: old name of PHYSDEVOP_set_iobitmap. */
#define PHYSDEVOP_APIC_READ              PHYSDEVOP_apic_read        /**< Interfaces before 0x00040600: old name of PHYSDEVOP_apic_read. */
#define PHYSDEVOP_APIC_WRITE             PHYSDEVOP_apic_write       /**< Interfaces before 0x00040600: old name of PHYSDEVOP_apic_write. */
#define PHYSDEVOP_ASSIGN_VECTOR          PHYSDEVOP_alloc_irq_vector /**< Interfaces before 0x00040600: old name of PHYSDEVOP_alloc_irq_vector. */
#define PHYSDEVOP_FREE_VECTOR            PHYSDEVOP_free_irq_vector  /**< Interfaces before 0x00040600: old name of PHYSDEVOP_free_irq_vector. */
#define PHYSDEVOP_IRQ_NEEDS_UNMASK_NOTIFY XENIRQSTAT_needs_eoi      /**< Interfaces before 0x00040600: old name of XENIRQSTAT_needs_eoi. */
#define PHYSDEVOP_IRQ_SHARED             XENIRQSTAT_shared          /**< Interfaces before 0x00040600: old name of XENIRQSTAT_shared. */
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
