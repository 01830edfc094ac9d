/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief The start-of-day record of x86 PVH guests (and of HVM guests
 *        started through the PVH entry point): where the kernel finds its
 *        command line, modules, ACPI tables and memory map.
 *
 * The domain builder places a struct hvm_start_info in guest memory and
 * enters the kernel's PVH entry point (the one named by the
 * XEN_ELFNOTE_PHYS32_ENTRY note) in 32-bit protected mode, paging off, with
 * the record's guest-physical address in EBX. The record points to three
 * optional tables, all by guest-physical address: an array of
 * struct hvm_modlist_entry (the modules, such as an initrd), the command
 * line, and an array of struct hvm_memmap_table_entry (the memory map).
 *
 * Rules of the layout, which is the ABI (the C structures only restate it):
 * - every field is little-endian; addresses and sizes are 64-bit unsigned;
 * - no table is ever placed at guest-physical address 0, so an address
 *   field holding 0 means that the item is absent;
 * - strings are NUL-terminated ASCII;
 * - Xen's domain builders try to keep everything they place below 4 GiB.
 *
 * Versions of struct hvm_start_info (its `version` field); each only
 * appends fields, so a consumer that knows version N can read any record of
 * version N or later:
 * - 0: the fields up to `rsdp_paddr` (40 bytes).
 * - 1: adds `memmap_paddr`, `memmap_entries` and 4 reserved bytes (56
 *   bytes). A memory map is optional even then: read it only when
 *   `memmap_entries` is not zero.
 *
 * Under `__ASSEMBLER__` only the constants remain, so an assembly entry
 * point can check the magic value.
 *
 * Stability: stable. Callers: PVH-capable kernels and firmware at their
 * entry point; domain builders (libxenguest, Xen's own dom0 builder) that
 * fill the record.
 */
#if !defined(__i386__) && !defined(__x86_64__)
#error "xen-public: arch-x86/hvm/start_info.h is for x86 only; build for i386 or x86_64"
#endif

#ifndef __XEN_PUBLIC_ARCH_X86_HVM_START_INFO_H__
#define __XEN_PUBLIC_ARCH_X86_HVM_START_INFO_H__

#include "../../xen-public-base.h"

/** @defgroup hdr_arch_x86_hvm_start_info_h arch-x86/hvm/start_info.h
 *  @ingroup xen_arch */

/** @defgroup arch_x86_hvm_start_info_h_record The start-of-day record
 *  @ingroup hdr_arch_x86_hvm_start_info_h
 *  @{ */

/**
 * Value of `magic`: the bytes 'x', 'E' | 0x80, 'n', '3' read as a
 * little-endian 32-bit word. A kernel entered with anything else in EBX
 * was not started through this protocol.
 */
#define XEN_HVM_START_MAGIC_VALUE 0x336ec578

#ifndef __ASSEMBLER__
/** The start-of-day record whose address is in EBX at the PVH entry point. */
struct hvm_start_info {
    uint32_t magic;          /**< OUT: XEN_HVM_START_MAGIC_VALUE. */
    /** OUT: layout version of this record (0 or 1, see the file overview). */
    uint32_t version;
    /** OUT: SIF_* flags, as in start_info (xen.h), e.g. SIF_PRIVILEGED. */
    uint32_t flags;
    uint32_t nr_modules;     /**< OUT: number of entries in the module list. */
    /** OUT: guest-physical address of the struct hvm_modlist_entry array; 0 if none. */
    uint64_t modlist_paddr;
    /** OUT: guest-physical address of the kernel command line; 0 if none. */
    uint64_t cmdline_paddr;
    /** OUT: guest-physical address of the ACPI RSDP; 0 if the builder provides none. */
    uint64_t rsdp_paddr;
    /** OUT (version 1 or later): guest-physical address of the struct hvm_memmap_table_entry
     *  array. */
    uint64_t memmap_paddr;
    /** OUT (version 1 or later): number of memory map entries; 0 when no map is given. */
    uint32_t memmap_entries;
    uint32_t reserved;       /**< Reserved: write zero (version 1 or later). */
};
#endif /* !__ASSEMBLER__ */

/** @} */

/** @defgroup arch_x86_hvm_start_info_h_modules Module list
 *  @ingroup hdr_arch_x86_hvm_start_info_h
 *  @{ */

#ifndef __ASSEMBLER__
/** One module (for instance an initial ramdisk) handed to the kernel. */
struct hvm_modlist_entry {
    uint64_t paddr;         /**< OUT: guest-physical address of the module's first byte. */
    uint64_t size;          /**< OUT: length of the module, in bytes. */
    /** OUT: guest-physical address of the module's own command line; 0 if none. */
    uint64_t cmdline_paddr;
    uint64_t reserved;      /**< Reserved: write zero. */
};
#endif /* !__ASSEMBLER__ */

/** @} */

/** @defgroup arch_x86_hvm_start_info_h_memmap Memory map
 *  @ingroup hdr_arch_x86_hvm_start_info_h
 *  The `type` of a memory map entry. The values are those of the ACPI
 *  address range types (the "System Address Map Interfaces" chapter of the
 *  ACPI specification, 6.2 and later), so they match E820 types.
 *  @{ */

/** Ordinary RAM, free for the kernel. */
#define XEN_HVM_MEMMAP_TYPE_RAM       1
/** In use or reserved by the platform; do not touch. */
#define XEN_HVM_MEMMAP_TYPE_RESERVED  2
/** ACPI tables; reclaimable as RAM once they have been read. */
#define XEN_HVM_MEMMAP_TYPE_ACPI      3
/** ACPI non-volatile storage; must be preserved, also across sleep states. */
#define XEN_HVM_MEMMAP_TYPE_NVS       4
/** Memory with detected errors; do not use. */
#define XEN_HVM_MEMMAP_TYPE_UNUSABLE  5
/** Memory that is not enabled; do not use. */
#define XEN_HVM_MEMMAP_TYPE_DISABLED  6
/** Persistent (non-volatile) memory. */
#define XEN_HVM_MEMMAP_TYPE_PMEM      7

#ifndef __ASSEMBLER__
/** One range of the guest's memory map. */
struct hvm_memmap_table_entry {
    uint64_t addr;     /**< OUT: guest-physical address where the range starts. */
    uint64_t size;     /**< OUT: length of the range, in bytes. */
    uint32_t type;     /**< OUT: XEN_HVM_MEMMAP_TYPE_* value. */
    uint32_t reserved; /**< Reserved: write zero. */
};
#endif /* !__ASSEMBLER__ */

/** @} */

#endif /* __XEN_PUBLIC_ARCH_X86_HVM_START_INFO_H__ */
