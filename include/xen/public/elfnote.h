/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Types of the ELF notes through which a guest kernel tells the
 *        domain builder how to load and start it.
 *
 * A kernel built for Xen carries its notes in a `PT_NOTE` segment, each
 * note with the owner name "Xen" and one of the XEN_ELFNOTE_* types below.
 * The domain builder (the toolstack, or Xen itself for a domain it builds)
 * reads them before loading the image. Only x86 kernels are searched for
 * these notes.
 *
 * A note's descriptor is either
 * - a number: 4 or 8 bytes long, its width given by the descriptor size;
 * - a string: ASCII text ended by a NUL byte.
 *
 * Before ELF notes existed, the same information was passed as one text
 * section, `__xen_guest`, holding `KEY=VALUE` pairs. Where a note replaces
 * such a key, its description names the key.
 *
 * The last group holds note types that are not read from kernels but
 * written into files: by kexec/kdump into the hypervisor's crash dump, and
 * by the toolstack into a domain's core dump.
 *
 * Only macros are defined, so the header also suits assembly, where
 * kernels usually emit their notes.
 *
 * Stability: stable. Callers: guest kernels (which emit the notes), domain
 * builders, crash-dump and core-dump readers.
 */
#ifndef __XEN_PUBLIC_ELFNOTE_H__
#define __XEN_PUBLIC_ELFNOTE_H__

#include "xen-public-base.h"

/** @defgroup hdr_elfnote_h elfnote.h
 *  @ingroup xen_core */

/** @defgroup elfnote_h_guest Notes a guest kernel provides
 *  @ingroup hdr_elfnote_h
 *  Read by the domain builder from the kernel image.
 *  @{ */

/** String: a `NAME=VALUE` pair of free-form information. */
#define XEN_ELFNOTE_INFO           0

/** Number: virtual address at which the kernel is entered (formerly the
 *  `VIRT_ENTRY` key). */
#define XEN_ELFNOTE_ENTRY          1

/**
 * Number: virtual address of the page into which Xen writes the hypercall
 * stubs (formerly `HYPERCALL_PAGE`, which gave a page number relative to
 * the physical start, not an address).
 */
#define XEN_ELFNOTE_HYPERCALL_PAGE 2

/** Number: virtual address at which the kernel image is mapped; 0 when
 *  absent (formerly `VIRT_BASE`). */
#define XEN_ELFNOTE_VIRT_BASE      3

/**
 * Number: how far the ELF program headers' physical addresses lie above
 * the pseudo-physical addresses the kernel really wants. Older kernels put
 * their virtual offset (`__PAGE_OFFSET`) there, and this note lets them be
 * loaded anyway. 0 when absent (formerly `ELF_PADDR_OFFSET`, which
 * defaulted to the virtual base instead).
 */
#define XEN_ELFNOTE_PADDR_OFFSET   4

/** String: version of the Xen interface the kernel was written for
 *  (formerly `XEN_VER`). */
#define XEN_ELFNOTE_XEN_VERSION    5

/** String: name of the guest operating system (formerly `GUEST_OS`). */
#define XEN_ELFNOTE_GUEST_OS       6

/** String: version of the guest operating system (formerly
 *  `GUEST_VER`). */
#define XEN_ELFNOTE_GUEST_VERSION  7

/** String: the loader that understands the image, e.g. "generic"
 *  (formerly `LOADER`). */
#define XEN_ELFNOTE_LOADER         8

/**
 * String, 32-bit x86 kernels only: "yes" if the kernel runs with PAE page
 * tables, "no" if it does not, "bimodal" if it can do either. Writing
 * "yes,bimodal" makes Xen 3.0.3 and older, which know no "bimodal", treat
 * the kernel as PAE. A kernel using this note is assumed to cope with
 * page-directory-pointer tables above 4 GiB, which the old `PAE` key had
 * to announce separately ("yes[extended-cr3]").
 */
#define XEN_ELFNOTE_PAE_MODE       9

/**
 * String: the features the kernel supports, as names from features.h
 * without the `XENFEAT_` prefix, separated by `|`. A name preceded by `!`
 * is a feature the kernel cannot run without (formerly `FEATURES`).
 */
#define XEN_ELFNOTE_FEATURES      10

/** String, "yes" or "no": whether the kernel wants its symbol table
 *  loaded with it (formerly `BSD_SYMTAB`, where mere presence meant
 *  yes). */
#define XEN_ELFNOTE_BSD_SYMTAB    11

/**
 * Number: the lowest virtual address at which the hypervisor's reserved
 * hole may start; no higher than HYPERVISOR_VIRT_START. Providing it also
 * tells Xen that the kernel copes with a hole starting higher than the
 * default.
 */
#define XEN_ELFNOTE_HV_START_LOW  12

/** Numbers: a list of (mask, value) pairs, each the width of a machine
 *  address, by which Xen recognises non-present L1 page-table entries that
 *  still hold a valid machine frame number. */
#define XEN_ELFNOTE_L1_MFN_VALID  13

/** Number: non-zero if the kernel handles a cancelled suspend
 *  cooperatively; 0 when absent. */
#define XEN_ELFNOTE_SUSPEND_CANCEL 14

/**
 * Number (x86-64 only): the virtual address at which the initial P2M list
 * is to be mapped, by Xen for dom0 and by the toolstack otherwise, instead
 * of the default place. The kernel must accept that this mapping uses
 * large pages (possibly not aligned in pseudo-physical space) and that the
 * page tables behind it are not reachable through its initial mapping.
 */
#define XEN_ELFNOTE_INIT_P2M      15

/** Number: non-zero if the kernel accepts an initial ramdisk that is not
 *  mapped by its initial page tables (see SIF_MOD_START_PFN). */
#define XEN_ELFNOTE_MOD_START_PFN 16

/**
 * Number: a bitmap of XENFEAT_* features the kernel supports. Unlike the
 * string note, it can name features older hypervisors did not know. Xen
 * 4.2 and later take the union of both notes (formerly part of
 * `FEATURES`).
 */
#define XEN_ELFNOTE_SUPPORTED_FEATURES 17

/** Number: 32-bit physical entry point, used when the kernel is started
 *  as a PVH guest (protected mode, paging off); ignored otherwise. */
#define XEN_ELFNOTE_PHYS32_ENTRY 18

/**
 * Numbers, up to three 32-bit values: constraints on where a PVH kernel
 * may be loaded. The note's presence alone says the kernel can relocate
 * itself. The values, in order:
 * 1. the required alignment of the start (default 0x200000);
 * 2. the lowest acceptable start address (default 0);
 * 3. the highest acceptable address of the image's last byte (default
 *    0xffffffff).
 *
 * Without an alignment in the note, the largest `p_align` of the loadable
 * program headers is used if it is at least 4 KiB (0x1000), and the
 * default otherwise.
 */
#define XEN_ELFNOTE_PHYS32_RELOC 19

/** The highest note type defined for guest kernels. */
#define XEN_ELFNOTE_MAX XEN_ELFNOTE_PHYS32_RELOC

/** @} */

/** @defgroup elfnote_h_dumps Notes written into dump files
 *  @ingroup hdr_elfnote_h
 *  Types used in the hypervisor's crash dumps and in domain core dumps,
 *  not in kernel images.
 *  @{ */

/** Crash dump: one note with system-wide information, written by the
 *  hypervisor's kexec/kdump path when Xen crashes. */
#define XEN_ELFNOTE_CRASH_INFO 0x1000001

/** Crash dump: one note per CPU with the architecture's registers that the
 *  standard "CORE" note does not hold. */
#define XEN_ELFNOTE_CRASH_REGS 0x1000002

/** Domain core dump: an empty note whose presence marks the file as a Xen
 *  core dump. */
#define XEN_ELFNOTE_DUMPCORE_NONE               0x2000000

/** Domain core dump: the header note of the dump. */
#define XEN_ELFNOTE_DUMPCORE_HEADER             0x2000001

/** Domain core dump: the version information of the hypervisor that
 *  produced the dump, as returned by HYPERVISOR_xen_version. */
#define XEN_ELFNOTE_DUMPCORE_XEN_VERSION        0x2000002

/** Domain core dump: identifier of the dump's format version. */
#define XEN_ELFNOTE_DUMPCORE_FORMAT_VERSION     0x2000003

/** @} */

#endif /* __XEN_PUBLIC_ELFNOTE_H__ */
