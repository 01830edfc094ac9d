/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief PV PCI pass-through: the page a PCI frontend and its backend share
 *        to forward configuration-space accesses, MSI/MSI-X set-up and PCIe
 *        AER recovery.
 *
 * A guest that is given physical PCI devices without an emulated PCI bus
 * (the typical x86 PV case) cannot touch configuration space itself. Its
 * PCI frontend (Linux `xen-pcifront`) instead forwards every access to the
 * backend in the driver domain (Linux `xen-pciback`), which owns the real
 * devices, checks the access and performs it. Both sides work on one page,
 * laid out as struct xen_pci_sharedinfo, and signal each other through one
 * event channel. Only one operation is in flight in each direction at a
 * time; there is no ring.
 *
 * XenStore (device class `pci`; frontend directory `device/pci/0`,
 * backend directory `backend/pci/<frontend-domid>/0`). As Linux's
 * backend (xen-pciback) and the toolstack (libxl) do it:
 *
 * 1. The toolstack creates both directories with `state` = 1
 *    (Initialising) and writes, in the backend directory, `num_devs` and
 *    for each device i: `dev-<i>`, its host address "SSSS:BB:DD.F" in
 *    hexadecimal; `state-<i>` = 1; `opts-<i>`, comma-separated
 *    name=value options for the toolstack and backend; optionally
 *    `vdevfn-<i>`, the wanted slot and function on the virtual bus, in
 *    hexadecimal.
 * 2. The backend enters InitWait, then reads these keys, takes each
 *    device, publishes `vdev-<i>` (the address at which the frontend sees
 *    it, "SSSS:BB:DD.FF" in hexadecimal), sets `state-<i>` to 3
 *    (Initialised), publishes `root_num` and `root-<i>` ("SSSS:BB", each
 *    root bus the frontend is to scan) and enters Initialised.
 * 3. The frontend, without waiting for the backend, grants the shared
 *    page, allocates a port and writes `pci-op-ref` (the grant
 *    reference), `event-channel` (the port) and `magic` (XEN_PCI_MAGIC),
 *    then enters Initialised.
 * 4. Once both are Initialised, the backend reads the three frontend keys
 *    (it refuses a `magic` other than its own), maps the page, binds the
 *    port and enters Connected.
 * 5. The frontend scans each published root bus and enters Connected.
 *
 * To add devices while connected, the toolstack writes their keys with
 * `state-<i>` = 1 and a larger `num_devs`, and sets the backend's `state`
 * to 7 (Reconfiguring); to remove one, it sets its `state-<i>` to 5
 * (Closing) and the backend's `state` to 7. When the frontend enters
 * Reconfiguring too, the backend takes the new devices (`state-<i>` to 3)
 * and releases those in Closing, then enters Reconfigured (8); when the
 * frontend is back in Connected, so is the backend.
 *
 * Frontend-initiated operations (struct xen_pci_op in `op`): the frontend
 * fills `op`, sets the XEN_PCIF_active bit in `flags` (with a write barrier
 * before it) and notifies the event channel. The backend performs the
 * operation, writes the results into `op`, clears XEN_PCIF_active and
 * notifies back. The frontend polls or waits for the bit to clear, then
 * reads the results.
 *
 * Backend-initiated PCIe AER recovery (struct xen_pcie_aer_op in
 * `aer_op`): a frontend willing to take part sets XEN_PCIB_AERHANDLER in
 * `flags` at set-up. When the physical device reports an error, the
 * backend fills `aer_op`, sets XEN_PCIB_active and notifies; the frontend
 * runs its driver's recovery callback for the step named by `cmd`, stores
 * the result in `err`, clears XEN_PCIB_active and notifies back.
 *
 * Stability: stable (wire protocol). Callers: PCI frontends in guests, PCI
 * backends in driver domains, the toolstack (XenStore set-up).
 */
#ifndef __XEN_PCI_COMMON_H__
#define __XEN_PCI_COMMON_H__

#include "../xen-public-base.h"

/** @defgroup hdr_io_pciif_h io/pciif.h
 *  @ingroup xen_io */

/** @defgroup io_pciif_h_version Protocol revision
 *  @ingroup hdr_io_pciif_h
 *  @{ */
/**
 * Revision string the frontend writes to its `magic` key. A backend must
 * refuse to connect to a frontend whose revision differs from its own; any
 * incompatible change to this page is published as a new value.
 */
#define XEN_PCI_MAGIC "7"
/** @} */

/** @defgroup io_pciif_h_flags Ownership bits of xen_pci_sharedinfo::flags
 *  @ingroup hdr_io_pciif_h
 *  Each `_X` constant is a bit number, the matching `X` its mask. A bit
 *  that is set hands the corresponding area of the page to the other side
 *  until that side clears it again.
 *  @{ */
#define _XEN_PCIF_active     (0)
/** Set by the frontend once `op` holds a request; cleared by the backend
 *  when `op` holds the results. */
#define XEN_PCIF_active      (1 << _XEN_PCIF_active)
#define _XEN_PCIB_AERHANDLER (1)
/** Set by the frontend to tell the backend it handles AER recovery
 *  requests; a backend never posts `aer_op` to a frontend without it. */
#define XEN_PCIB_AERHANDLER  (1 << _XEN_PCIB_AERHANDLER)
#define _XEN_PCIB_active     (2)
/** Set by the backend once `aer_op` holds a recovery step; cleared by the
 *  frontend when `aer_op.err` holds its answer. */
#define XEN_PCIB_active      (1 << _XEN_PCIB_active)
/** @} */

/** @defgroup io_pciif_h_cmds Commands
 *  @ingroup hdr_io_pciif_h
 *  Values of xen_pci_op::cmd (frontend to backend) and
 *  xen_pcie_aer_op::cmd (backend to frontend).
 *
 *  Each command, with the fields it reads (IN) and writes (OUT);
 *  "device" stands for `domain`, `bus` and `devfn`.
 *
 *  Frontend to backend, in xen_pci_op:
 *  - XEN_PCI_OP_conf_read: IN device, `offset`, `size` (1, 2 or 4
 *    bytes); OUT `err`, `value` (the data read).
 *  - XEN_PCI_OP_conf_write: IN as conf_read, plus `value` (the data to
 *    write); OUT `err`.
 *  - XEN_PCI_OP_enable_msi: IN device; OUT `err`, `value` (the IRQ, a
 *    pirq, bound to the MSI).
 *  - XEN_PCI_OP_enable_multi_msi: IN device, `info` (number of vectors
 *    wanted); OUT `err`, `value` (the first of `info` consecutive IRQs).
 *  - XEN_PCI_OP_disable_msi: IN device; OUT `err`, `value` (the device's
 *    legacy IRQ again).
 *  - XEN_PCI_OP_enable_msix: IN device, `value` (number of entries used in
 *    `msix_entries`, at most SH_INFO_MAX_VEC), each entry's `entry` (the
 *    MSI-X table index); OUT `err`, `value` (0 on success), each entry's
 *    `vector` (the IRQ bound to it).
 *  - XEN_PCI_OP_disable_msix: IN device; OUT `err`, `value` (the device's
 *    legacy IRQ again).
 *
 *  Backend to frontend, in xen_pcie_aer_op:
 *  - XEN_PCI_OP_aer_detected: IN device, `err` (the channel state, as
 *    Linux's pci_channel_state_t: 1 normal, 2 frozen, 3 permanent
 *    failure); OUT `err` (the driver's verdict, as Linux's
 *    pci_ers_result_t).
 *  - XEN_PCI_OP_aer_mmio: IN device; OUT `err` (the verdict after MMIO
 *    was re-enabled).
 *  - XEN_PCI_OP_aer_slotreset: IN device; OUT `err` (the verdict after the
 *    slot was reset).
 *  - XEN_PCI_OP_aer_resume: IN device; no output; normal traffic may
 *    restart.
 *  @{ */
#define XEN_PCI_OP_conf_read        (0)  /**< Read configuration space. */
#define XEN_PCI_OP_conf_write       (1)  /**< Write configuration space. */
#define XEN_PCI_OP_enable_msi       (2)  /**< Enable MSI with one vector. */
#define XEN_PCI_OP_disable_msi      (3)  /**< Disable MSI. */
#define XEN_PCI_OP_enable_msix      (4)  /**< Enable MSI-X for the listed table entries. */
#define XEN_PCI_OP_disable_msix     (5)  /**< Disable MSI-X. */
#define XEN_PCI_OP_aer_detected     (6)  /**< AER: an error was detected; first recovery step. */
#define XEN_PCI_OP_aer_resume       (7)  /**< AER: recovery is over, resume normal operation. */
#define XEN_PCI_OP_aer_mmio         (8)  /**< AER: MMIO was re-enabled; may the driver continue? */
#define XEN_PCI_OP_aer_slotreset    (9)  /**< AER: the slot was reset; may the driver continue? */
#define XEN_PCI_OP_enable_multi_msi (10) /**< Enable MSI with several vectors. */
/** @} */

/** @defgroup io_pciif_h_errors Results
 *  @ingroup hdr_io_pciif_h
 *  Values the backend stores in xen_pci_op::err. They are this protocol's
 *  own codes, not errno values.
 *  @{ */
#define XEN_PCI_ERR_success          (0)  /**< The operation was carried out. */
#define XEN_PCI_ERR_dev_not_found   (-1) /**< No such device assigned to the frontend. */
#define XEN_PCI_ERR_invalid_offset  (-2) /**< `offset`/`size` out of range or misaligned. */
#define XEN_PCI_ERR_access_denied   (-3) /**< The backend refuses this access to the device. */
#define XEN_PCI_ERR_not_implemented (-4) /**< Unknown or unsupported `cmd`. */
#define XEN_PCI_ERR_op_failed       (-5) /**< Attempted and failed (e.g. no MSI vectors). */
/** @} */

/** @defgroup io_pciif_h_page The shared page
 *  @ingroup hdr_io_pciif_h
 *  @{ */

/**
 * Capacity of xen_pci_op::msix_entries: the most MSI-X vectors one
 * XEN_PCI_OP_enable_msix can set up. It is chosen so the whole of struct
 * xen_pci_sharedinfo stays well within a 4 KiB page; it may not grow past
 * 128 without changing the page layout.
 */
#define SH_INFO_MAX_VEC     128

/** One MSI-X vector of XEN_PCI_OP_enable_msix. */
struct xen_msix_entry {
    uint16_t vector; /**< OUT: the IRQ (pirq) the backend bound to this entry. */
    uint16_t entry;  /**< IN: index of the entry in the device's MSI-X table. */
};

/** A frontend-initiated operation; see @ref io_pciif_h_cmds for what each
 *  command reads and writes. */
struct xen_pci_op {
    uint32_t cmd;    /**< IN: XEN_PCI_OP_* command. */
    int32_t err;     /**< OUT: XEN_PCI_ERR_* result. */
    uint32_t domain; /**< IN: PCI segment (domain) number of the device, as the frontend sees it. */
    uint32_t bus;    /**< IN: bus number of the device, as the frontend sees it. */
    uint32_t devfn;  /**< IN: device number in bits 7:3, function in bits 2:0. */
    int32_t offset;  /**< IN: configuration-space offset, in bytes (configuration accesses). */
    int32_t size;    /**< IN: access width, in bytes: 1, 2 or 4 (configuration accesses). */
    uint32_t value;  /**< IN-OUT: data written or read; command-specific otherwise. */
    /** IN: command-specific extra argument (vector count of enable_multi_msi);
     *  write 0 otherwise. */
    uint32_t info;
    /** IN-OUT: the MSI-X entries of XEN_PCI_OP_enable_msix; the first
     *  `value` entries are used. */
    struct xen_msix_entry msix_entries[SH_INFO_MAX_VEC];
};

/** A backend-initiated PCIe AER recovery step. */
struct xen_pcie_aer_op {
    uint32_t cmd;    /**< IN: XEN_PCI_OP_aer_* step. */
    /** IN-OUT: channel state for aer_detected on input; the driver's verdict on output. */
    int32_t err;
    uint32_t domain; /**< IN: PCI segment of the affected device, as the frontend sees it. */
    uint32_t bus;    /**< IN: bus number of the affected device. */
    uint32_t devfn;  /**< IN: device and function of the affected device. */
};

/** Layout of the page the frontend grants through `pci-op-ref`. */
struct xen_pci_sharedinfo {
    uint32_t flags;                /**< Ownership bits, see @ref io_pciif_h_flags. */
    struct xen_pci_op op;          /**< The frontend's current request. */
    struct xen_pcie_aer_op aer_op; /**< The backend's current AER step. */
};

/** @} */

#endif /* __XEN_PCI_COMMON_H__ */
