/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief The HVM information table: what the domain builder tells an HVM
 *        guest's firmware about the virtual machine it runs in.
 *
 * Before the first instruction of an HVM guest runs, the domain builder
 * writes one struct hvm_info_table at the fixed guest-physical address
 * HVM_INFO_PADDR, in the low 640 KiB. The firmware (hvmloader) reads it to
 * learn how many vCPUs exist and which are online, where RAM is, and
 * whether to describe APICs, and builds the ACPI and MP tables from it.
 *
 * The guest OS sees vCPUs through those tables. Xen's own vCPU number, the
 * one hypercalls such as VCPUOP_* and EVTCHNOP_bind_virq take, is the
 * processor's ACPI ID in the MADT, not its APIC ID; an HVM guest may rely
 * on that correspondence.
 *
 * This header is safe under `__ASSEMBLER__`: only macros remain there.
 *
 * Stability: stable. Callers: domain builders (writer), HVM firmware
 * (reader).
 */
#ifndef __XEN_PUBLIC_HVM_HVM_INFO_TABLE_H__
#define __XEN_PUBLIC_HVM_HVM_INFO_TABLE_H__

#include "../xen-public-base.h"

/** @defgroup hdr_hvm_hvm_info_table_h hvm/hvm_info_table.h
 *  @ingroup xen_hvm */

/** @defgroup hvm_hvm_info_table_h_table HVM information table
 *  @ingroup hdr_hvm_hvm_info_table_h
 *  @{ */

/** Guest frame number (4 KiB units) of the page holding the table. */
#define HVM_INFO_PFN         0x09F
/** Byte offset of the table within that page. */
#define HVM_INFO_OFFSET      0x800
/** Guest-physical address of the table. */
#define HVM_INFO_PADDR       ((HVM_INFO_PFN << 12) + HVM_INFO_OFFSET)

/** Most vCPUs an HVM guest may have: the bound the virtual local APIC ID
 *  assignment supports, and the size of the `vcpu_online` map. */
#define HVM_MAX_VCPUS        128

#ifndef __ASSEMBLER__
/**
 * Written by the domain builder, read by the firmware. Memory limits are
 * page numbers (4 KiB units), so frame N starts at address N << 12; a limit
 * of zero means that range does not exist.
 */
struct hvm_info_table {
    char        signature[8];   /**< The eight characters "HVM INFO", no terminating NUL. */
    uint32_t    length;         /**< Size of the table in bytes. */
    /** Chosen so that the bytes of the whole table add up to zero (mod 256). */
    uint8_t     checksum;
    /** Non-zero: the firmware describes local and I/O APICs (ACPI MADT, MP tables); zero: it
     *  describes none. */
    uint8_t     apic_mode;
    uint32_t    nr_vcpus;       /**< Number of vCPUs the domain has (at most HVM_MAX_VCPUS). */
    /** First page after the RAM that starts at address 0 (RAM ends below 4 GiB; the VGA window
     *  0xA0000-0xBFFFF is never RAM). */
    uint32_t    low_mem_pgend;
    /** First page of the range up to 4 GiB reserved for special mappings. */
    uint32_t    reserved_mem_pgstart;
    uint32_t    high_mem_pgend; /**< First page after the RAM that starts at 4 GiB. */
    /** Bitmap of the vCPUs online at boot: bit N of byte B is vCPU 8 * B + N. */
    uint8_t     vcpu_online[(HVM_MAX_VCPUS + 7) / 8];
};
#endif /* !__ASSEMBLER__ */

/** @} */

#endif /* __XEN_PUBLIC_HVM_HVM_INFO_TABLE_H__ */
