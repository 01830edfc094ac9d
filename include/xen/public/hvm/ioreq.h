/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief I/O requests: how Xen hands an HVM guest's port, MMIO and PCI
 *        configuration accesses to a device model, and gets the result back.
 *
 * When a vCPU of an HVM guest touches an address that an ioreq server (a
 * device model, see hvm/dm_op.h) has claimed, Xen stops the vCPU, describes
 * the access in that vCPU's struct ioreq on a page shared with the device
 * model, and signals the vCPU's event channel. The device model carries out
 * the access and signals back; Xen then completes the instruction and lets
 * the vCPU run again.
 *
 * Writes the guest does not need to wait for (to VGA memory, for example)
 * may instead be queued on a ring of struct buf_ioreq, which the device
 * model drains at its own pace, with no reply.
 *
 * The device model maps both pages with XENMEM_acquire_resource (resource
 * type XENMEM_resource_ioreq_server) or, as older device models do, from
 * the guest frames XEN_DMOP_get_ioreq_server_info returns.
 *
 * The header also fixes the I/O ports of the emulated ACPI
 * power-management blocks, which Xen emulates and the firmware advertises.
 * It is safe under `__ASSEMBLER__`: only macros remain there.
 *
 * Stability: stable. Callers: device models (QEMU and other ioreq servers),
 * HVM firmware (for the ACPI ports).
 */
#ifndef _IOREQ_H_
#define _IOREQ_H_

#include "../xen-public-base.h"

/** @defgroup hdr_hvm_ioreq_h hvm/ioreq.h
 *  @ingroup xen_hvm */

/** @defgroup hvm_ioreq_h_consts Request fields
 *  @ingroup hdr_hvm_ioreq_h
 *  @{ */

/** `dir`: the guest reads; the device model returns the value in `data`. */
#define IOREQ_READ      1
/** `dir`: the guest writes the value (or buffer) described by `data`. */
#define IOREQ_WRITE     0

/**
 * @name Request states
 * `state` of a struct ioreq. Xen moves a slot from NONE to READY when it
 * posts a request and from RESP_READY back to NONE once it has consumed
 * the response; the device model moves it from READY to INPROCESS and then
 * to RESP_READY. Whoever changes it must first make the other fields
 * visible (a write barrier), and whoever sees it change must read them
 * only afterwards.
 * @{ */
#define STATE_IOREQ_NONE        0 /**< The slot is free: no request outstanding. */
#define STATE_IOREQ_READY       1 /**< Xen filled in a request for the device model. */
#define STATE_IOREQ_INPROCESS   2 /**< The device model took the request and is working on it. */
#define STATE_IORESP_READY      3 /**< The device model finished; the response is in `data`. */
/** @} */

/**
 * @name Request types
 * `type` of a struct ioreq or struct buf_ioreq.
 * @{ */
/** Port I/O: `addr` is the port. */
#define IOREQ_TYPE_PIO          0
/** Memory-mapped I/O: `addr` is the guest-physical address. */
#define IOREQ_TYPE_COPY         1
/** PCI configuration space access: `addr` encodes segment, bus, device, function and register
 * (see struct ioreq). */
#define IOREQ_TYPE_PCI_CONFIG   2
/** Notification: the guest set its RTC; `data` is the new offset from host time, in seconds. */
#define IOREQ_TYPE_TIMEOFFSET   7
/** Notification: the guest's memory map changed; drop any cached mappings of guest memory. */
#define IOREQ_TYPE_INVALIDATE   8
/** @} */

/** @} */

#ifndef __ASSEMBLER__

/** @defgroup hvm_ioreq_h_sync Synchronous requests
 *  @ingroup hdr_hvm_ioreq_h
 *  One slot per vCPU, indexed by vCPU number, on a page shared between
 *  Xen and one device model.
 *  @{ */

XEN_EXTENSIONS_BEGIN
/**
 * One access of a vCPU, waiting for the device model (32 bytes).
 *
 * For IOREQ_TYPE_PCI_CONFIG, `addr` holds, from the most significant bit:
 * segment (bits 63-48), bus (47-40), device (39-35), function (34-32) and
 * the register offset (31-0).
 */
struct ioreq {
    /** IN (to the device model): port, guest-physical address or PCI location of the access. */
    uint64_t addr;
    /** IN/OUT: the value, or with `data_is_ptr` the guest-physical address of a buffer holding
     *  the values. */
    uint64_t data;
    /** IN: number of repetitions (REP-prefixed string instructions); 1 for a single access. */
    uint32_t count;
    uint32_t size;          /**< IN: size of one access in bytes. */
    /** IN: the device model's port of this vCPU's event channel: Xen signals it when a request
     *  is posted, the device model when the response is ready. */
    uint32_t vp_eport;
    uint16_t _pad0;         /**< Padding: write zero. */
    uint8_t state:4;        /**< IN/OUT: STATE_IOREQ_* or STATE_IORESP_READY. */
    /** IN: 1 if `data` is the address of the values in guest memory, 0 if it is the value. */
    uint8_t data_is_ptr:1;
    uint8_t dir:1;          /**< IN: IOREQ_READ or IOREQ_WRITE. */
    /** IN: the direction flag: 1 if a repeated access walks down through memory. */
    uint8_t df:1;
    uint8_t _pad1:1;        /**< Padding: write zero. */
    uint8_t type;           /**< IN: IOREQ_TYPE_*. */
};
XEN_EXTENSIONS_END
typedef struct ioreq ioreq_t;

/** The page of synchronous requests. It holds one slot per vCPU; the
 *  declared length of one is a placeholder, index it by vCPU number. */
struct shared_iopage {
    struct ioreq vcpu_ioreq[1]; /**< Slot of vCPU N at index N. */
};
typedef struct shared_iopage shared_iopage_t;

/** @} */

/** @defgroup hvm_ioreq_h_buffered Buffered requests
 *  @ingroup hdr_hvm_ioreq_h
 *  A ring, on a page of its own, where Xen queues accesses the vCPU need
 *  not wait for (writes to emulated video memory, RTC offset changes)
 *  instead of stopping the vCPU. Only accesses below 1 MiB, with the value
 *  in `data` and no repetition, qualify; when the ring is full Xen sends
 *  the access as a synchronous request instead.
 *
 *  Xen only advances `write_pointer` and the device model only
 *  `read_pointer`; slot `pointer % IOREQ_BUFFER_SLOT_NUM` is the next to
 *  fill or to take. After queuing, Xen signals the event channel that
 *  XEN_DMOP_get_ioreq_server_info reports as `bufioreq_port`. With
 *  HVM_IOREQSRV_BUFIOREQ_ATOMIC (hvm/hvm_op.h) Xen also pulls both pointers
 *  back by a multiple of the ring size, rewriting them together in one
 *  64-bit operation, so they never overflow; the device model must then
 *  read the pair with one 64-bit access too.
 *  @{ */

XEN_EXTENSIONS_BEGIN
/** One buffered access (8 bytes). */
struct buf_ioreq {
    uint8_t  type;      /**< IOREQ_TYPE_* of the access. */
    uint8_t  pad:1;     /**< Padding: write zero. */
    uint8_t  dir:1;     /**< IOREQ_READ or IOREQ_WRITE, as in struct ioreq. */
    /** Access size: 0 = 1 byte, 1 = 2, 2 = 4, 3 = 8 bytes. An 8-byte access takes two
     *  consecutive slots, the second holding the upper 32 bits in `data`. */
    uint8_t  size:2;
    uint32_t addr:20;   /**< Low 20 bits of the port or guest-physical address. */
    uint32_t data;      /**< The value (its low 32 bits for an 8-byte access). */
};
XEN_EXTENSIONS_END
typedef struct buf_ioreq buf_ioreq_t;

/** Number of slots in the ring: 511 slots of 8 bytes and the two 4-byte
 *  pointers fill one 4 KiB page. */
#define IOREQ_BUFFER_SLOT_NUM     511

/** The page of buffered requests (4096 bytes). */
struct buffered_iopage {
    /** Slots the device model has consumed; written by the device model only. */
    uint32_t read_pointer;
    uint32_t write_pointer; /**< Slots Xen has produced; written by Xen only. */
    buf_ioreq_t buf_ioreq[IOREQ_BUFFER_SLOT_NUM]; /**< The ring. */
};
typedef struct buffered_iopage buffered_iopage_t;

/** @} */

#endif /* !__ASSEMBLER__ */

/** @defgroup hvm_ioreq_h_acpi ACPI power-management ports
 *  @ingroup hdr_hvm_ioreq_h
 *  I/O ports of the PM1a event and control blocks, the PM timer and the
 *  GPE0 block that Xen emulates for an HVM guest. HVM_PARAM_ACPI_IOPORTS_LOCATION
 *  (hvm/params.h) selects between two sets: version 0, Xen's historical
 *  ports, kept for guests migrated from old hypervisors, and version 1,
 *  the ports QEMU's own chipset model uses.
 *  @{ */

/** Version 0: PM1a event block. */
#define ACPI_PM1A_EVT_BLK_ADDRESS_V0 0x1f40
/** Version 0: PM1a control block. */
#define ACPI_PM1A_CNT_BLK_ADDRESS_V0 (ACPI_PM1A_EVT_BLK_ADDRESS_V0 + 0x04)
/** Version 0: PM timer. */
#define ACPI_PM_TMR_BLK_ADDRESS_V0   (ACPI_PM1A_EVT_BLK_ADDRESS_V0 + 0x08)
/** Version 0: GPE0 block. */
#define ACPI_GPE0_BLK_ADDRESS_V0     (ACPI_PM_TMR_BLK_ADDRESS_V0 + 0x20)
/** Version 0: length of the GPE0 block in bytes. */
#define ACPI_GPE0_BLK_LEN_V0         0x08

/** Version 1: PM1a event block. */
#define ACPI_PM1A_EVT_BLK_ADDRESS_V1 0xb000
/** Version 1: PM1a control block. */
#define ACPI_PM1A_CNT_BLK_ADDRESS_V1 (ACPI_PM1A_EVT_BLK_ADDRESS_V1 + 0x04)
/** Version 1: PM timer. */
#define ACPI_PM_TMR_BLK_ADDRESS_V1   (ACPI_PM1A_EVT_BLK_ADDRESS_V1 + 0x08)
/** Version 1: GPE0 block. */
#define ACPI_GPE0_BLK_ADDRESS_V1     0xafe0
/** Version 1: length of the GPE0 block in bytes. */
#define ACPI_GPE0_BLK_LEN_V1         0x04

/** Older name: the version 0 PM1a event block. */
#define ACPI_PM1A_EVT_BLK_ADDRESS    ACPI_PM1A_EVT_BLK_ADDRESS_V0
/** Older name: the version 0 PM1a control block. */
#define ACPI_PM1A_CNT_BLK_ADDRESS    ACPI_PM1A_CNT_BLK_ADDRESS_V0
/** Older name: the version 0 PM timer. */
#define ACPI_PM_TMR_BLK_ADDRESS      ACPI_PM_TMR_BLK_ADDRESS_V0
/** Older name: the version 0 GPE0 block. */
#define ACPI_GPE0_BLK_ADDRESS        ACPI_GPE0_BLK_ADDRESS_V0
/** Older name: the version 0 GPE0 length. */
#define ACPI_GPE0_BLK_LEN            ACPI_GPE0_BLK_LEN_V0

/** @} */

#endif /* _IOREQ_H_ */
