/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Fixed guest-physical addresses of an HVM guest's low memory map:
 *        where the domain builder leaves the E820 table, and the hole
 *        below 4 GiB kept for MMIO.
 *
 * An HVM guest boots from firmware (hvmloader and the BIOS or UEFI image
 * it loads) rather than from a kernel Xen starts directly. The firmware
 * builds the memory map the guest OS later reads through INT 15h E820h, and
 * these addresses are the contract between the domain builder, the firmware
 * and the device model on where that table lives and where RAM must stop
 * below 4 GiB so that emulated and passed-through devices have room for
 * their BARs.
 *
 * This header is safe under `__ASSEMBLER__`: it defines macros only.
 *
 * Stability: stable. Callers: HVM firmware (hvmloader), domain builders and
 * device models laying out guest memory.
 */
#ifndef __XEN_PUBLIC_HVM_E820_H__
#define __XEN_PUBLIC_HVM_E820_H__

#include "../xen.h"

/** @defgroup hdr_hvm_e820_h hvm/e820.h
 *  @ingroup xen_hvm */

/** @defgroup hvm_e820_h_layout HVM low-memory layout
 *  @ingroup hdr_hvm_e820_h
 *  Guest-physical addresses, in bytes.
 *  @{ */

/** Guest-physical address of the page that holds the E820 table. */
#define HVM_E820_PAGE        0x00090000
/** Byte offset, in that page, of the number of E820 entries. */
#define HVM_E820_NR_OFFSET   0x000001E8
/** Byte offset, in that page, of the first E820 entry. */
#define HVM_E820_OFFSET      0x000002D0

/** End (exclusive) of the RAM a guest may have below 4 GiB. */
#define HVM_BELOW_4G_RAM_END        0xF0000000
/** Start of the MMIO hole below 4 GiB: where low RAM ends. */
#define HVM_BELOW_4G_MMIO_START     HVM_BELOW_4G_RAM_END
/** Size in bytes of the MMIO hole, which reaches up to 4 GiB
 *  (an `unsigned long long`). */
#define HVM_BELOW_4G_MMIO_LENGTH    ((xen_mk_ullong(1) << 32) - \
                                     HVM_BELOW_4G_MMIO_START)

/** @} */

#endif /* __XEN_PUBLIC_HVM_E820_H__ */
