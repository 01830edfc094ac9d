/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief HYPERVISOR_kexec_op: loading a replacement or crash kernel into
 *        Xen and jumping to it.
 *
 * kexec replaces the whole running system, hypervisor and all domains,
 * with a new kernel, without going back through the firmware. Xen keeps
 * two image slots: a default image, started on request like a fast
 * reboot, and a crash image, started by Xen itself when it panics so that
 * a dump kernel can save the state of the machine (kdump). The target may
 * be Xen again or a plain operating-system kernel.
 *
 * Userspace kexec tools in dom0 prepare an image and dom0's kernel
 * passes it on through `long HYPERVISOR_kexec_op(unsigned long cmd,
 * void *arg)`, where `cmd` is a KEXEC_CMD_ number and `arg` points at that
 * command's structure. The calls do three things:
 *
 * - describe memory the tools must know about to write the ELF headers of
 *   the crash dump (KEXEC_CMD_kexec_get_range);
 * - load, unload and query images (KEXEC_CMD_kexec_load and friends);
 * - start a loaded image (KEXEC_CMD_kexec).
 *
 * Xen 4.22.0 offers the hypercall on x86 only, to PV callers, and only
 * when built with CONFIG_KEXEC; others get -XEN_ENOSYS. Every command goes
 * through xsm_kexec() with XSM_PRIV, so under the default policy only the
 * control domain may call. Xen serialises the calls; one made while
 * another is in progress is retried transparently. The dispatcher is
 * do_kexec_op_internal() in xen/common/kexec.c.
 *
 * Errors common to every command, not repeated in the blocks below:
 * - -XEN_EPERM: the security policy refuses the caller;
 * - -XEN_EFAULT: `arg` cannot be read, or a result cannot be written back;
 * - -XEN_EOPNOTSUPP: `cmd` is no KEXEC_CMD_* command.
 *
 * Stability: stable. Callers: dom0's kernel on behalf of kexec-tools.
 */
#ifndef _XEN_PUBLIC_KEXEC_H
#define _XEN_PUBLIC_KEXEC_H
/* Marks this copy as xen-public's: unstable/kexec.h adds its toolstack part
 * only then (another copy of the header, included first, has its own). */
#define XEN_PUBLIC_KEXEC_H

#include "xen.h"

/** @defgroup hdr_kexec_h kexec.h
 *  @ingroup xen_core */

/** @defgroup kexec_h_types Image slots and the original image layout
 *  @ingroup hdr_kexec_h
 *  @{ */

#define KEXEC_TYPE_DEFAULT 0 /**< The slot of the image started on request, as a reboot. */
/** The slot of the image Xen starts when it crashes. Whatever runs at that
 *  point must assume a broken system, so the crash path is kept short. */
#define KEXEC_TYPE_CRASH   1

#if defined(__i386__) || defined(__x86_64__)
/** Entries of `page_list` in struct xen_kexec_image (x86 only): the
 *  machine addresses of the relocation code's pages. */
#define KEXEC_XEN_NO_PAGES 17
#endif

/**
 * An image in the layout of the first load interface
 * (KEXEC_CMD_kexec_load_v1): the page list of a Linux kexec image, which
 * a small relocation routine walks to copy each page to its destination
 * before jumping to the new kernel.
 */
typedef struct xen_kexec_image {
#if defined(__i386__) || defined(__x86_64__)
    /** IN: machine addresses used by the relocation code (x86 only). */
    unsigned long page_list[KEXEC_XEN_NO_PAGES];
#endif
    /** IN: machine address of the first indirection page of the Linux kexec list. */
    unsigned long indirection_page;
    unsigned long start_address;    /**< IN: machine address of the new kernel's entry point. */
} xen_kexec_image_t;

/** @} */

/** @defgroup kexec_h_ops HYPERVISOR_kexec_op commands
 *  @ingroup hdr_kexec_h
 *  @{ */

/**
 * @name KEXEC_CMD_kexec
 * Start the image loaded in a slot. On success the call does not return.
 *
 * The image gets control with one physical CPU running (CPU 0 for
 * KEXEC_TYPE_DEFAULT, the calling CPU for KEXEC_TYPE_CRASH) and all the
 * others stopped, local interrupts disabled, no defined register
 * contents, and its segments mapped 1:1 (virtual equals machine address)
 * and writable. Where the page tables doing that live is not defined, and
 * they are not themselves mapped. An image loaded with `arch` EM_386
 * instead starts in 32-bit protected mode with paging off.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 0 |
 * | Caller         | the control domain; XSM: xsm_kexec(), XSM_PRIV |
 * | Argument       | struct xen_kexec_exec |
 * | Returns        | does not return on success |
 * | Errors         | listed below |
 * | Architectures  | x86, PV callers only; elsewhere -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | kexec_exec() in xen/common/kexec.c |
 *
 * Errors:
 * - -XEN_EINVAL: `type` is not a KEXEC_TYPE_* value.
 * - -XEN_ENOENT: the slot holds no image.
 * - -XEN_EINVAL: KEXEC_TYPE_DEFAULT, and Xen could not move the call to
 *   CPU 0 (whatever the reason, the value is -XEN_EINVAL).
 * - -XEN_EINVAL: KEXEC_TYPE_CRASH, and the calling CPU has been on Xen's
 *   crash path before.
 *
 * If another CPU is already starting an image, the calling CPU halts
 * there and the call never returns.
 * @{ */
#define KEXEC_CMD_kexec                 0

/** Argument of KEXEC_CMD_kexec. */
typedef struct xen_kexec_exec {
    int type; /**< IN: KEXEC_TYPE_DEFAULT or KEXEC_TYPE_CRASH. */
} xen_kexec_exec_t;
/** @} */

/**
 * @name KEXEC_CMD_kexec_load_v1, KEXEC_CMD_kexec_unload_v1
 * The first interface to load an image into a slot, or empty a slot,
 * given as a Linux kexec page list. Superseded by KEXEC_CMD_kexec_load and
 * KEXEC_CMD_kexec_unload with interface version 0x00040400; Xen still
 * accepts it.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 1, 2 |
 * | Caller         | the control domain; XSM: xsm_kexec(), XSM_PRIV |
 * | Argument       | struct xen_kexec_load_v1 (`image` unused for unload) |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86, PV callers only; elsewhere -XEN_ENOSYS |
 * | Since          | Xen 4.4.0 |
 * | Implemented by | kexec_do_load_v1(), kexec_do_unload() in xen/common/kexec.c |
 *
 * The numbers are older than the names: before interface 0x00040400 they
 * were KEXEC_CMD_kexec_load and KEXEC_CMD_kexec_unload.
 *
 * Errors of KEXEC_CMD_kexec_load_v1:
 * - -XEN_ENOMEM: no memory for Xen's list of segments.
 * - -XEN_EINVAL: the page list gives more than 16 destination runs, a
 *   source page before any destination, or an entry of unknown kind.
 * - -XEN_EINVAL: `type` is not a KEXEC_TYPE_* value.
 * - -XEN_EADDRNOTAVAIL: a crash image's `start_address` lies outside the
 *   crash region.
 * - -XEN_ENOMEM: no memory for Xen's record of the image.
 * - -XEN_EINVAL: two destination runs overlap.
 * - -XEN_ENOMEM: no memory for Xen's control pages or their mappings.
 * - -XEN_EFAULT: a source page in the list is not a page of the caller.
 * - -XEN_ENOMEM: no memory for Xen's copy of a source page, for its own
 *   list of them, or for mapping the image's pages (the first MiB of
 *   machine memory included).
 * - -XEN_EINVAL: the page list changed while Xen read it and now holds
 *   an entry of unknown kind.
 * - -XEN_ENOMEM: no memory for mapping the relocation code.
 * - -XEN_EBUSY: an image is being started.
 *
 * Errors of KEXEC_CMD_kexec_unload_v1:
 * - -XEN_EBUSY: an image is being started.
 * - -XEN_EINVAL: `type` is not a KEXEC_TYPE_* value.
 * @{ */
#define KEXEC_CMD_kexec_load_v1         1
#define KEXEC_CMD_kexec_unload_v1       2

/** Argument of KEXEC_CMD_kexec_load_v1 and KEXEC_CMD_kexec_unload_v1. */
typedef struct xen_kexec_load_v1 {
    int type;                /**< IN: KEXEC_TYPE_DEFAULT or KEXEC_TYPE_CRASH. */
    xen_kexec_image_t image; /**< IN: the image (load only). */
} xen_kexec_load_v1_t;
/** @} */

/**
 * @name KEXEC_CMD_kexec_get_range
 * Where a region of interest for a crash dump lies in machine memory.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 3 |
 * | Caller         | the control domain; XSM: xsm_kexec(), XSM_PRIV |
 * | Argument       | struct xen_kexec_range |
 * | Returns        | 0, with `start` and `size` filled in; see below |
 * | Errors         | listed below |
 * | Architectures  | x86, PV callers only; elsewhere -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | kexec_get_range_internal() in xen/common/kexec.c |
 *
 * Both fields come back 0 for KEXEC_RANGE_MA_CRASH when no crash region
 * was reserved, and for KEXEC_RANGE_MA_CPU when Xen found no memory for
 * that CPU's note. Of the other ranges, x86 answers KEXEC_RANGE_MA_XEN
 * only (machine_kexec_get() in xen/arch/x86/machine_kexec.c).
 *
 * Errors:
 * - -XEN_ERANGE: KEXEC_RANGE_MA_CPU, and `nr` is negative or not below
 *   the number of CPU IDs.
 * - -XEN_EINVAL: KEXEC_RANGE_MA_CPU, and Xen keeps no crash notes (no
 *   crash region was reserved, or Xen had no memory for their table at
 *   boot).
 * - -XEN_EINVAL: `range` is KEXEC_RANGE_MA_XENHEAP,
 *   KEXEC_RANGE_MA_BOOT_PARAM, KEXEC_RANGE_MA_EFI_MEMMAP or unknown.
 * - -XEN_ERANGE: a 32-bit caller, and `start` or `size` does not fit in
 *   32 bits.
 * @{ */
#define KEXEC_CMD_kexec_get_range       3

#define KEXEC_RANGE_MA_CRASH      0 /**< `range`: the memory reserved for the crash image. */
#define KEXEC_RANGE_MA_XEN        1 /**< `range`: Xen's own image. */
/** `range`: the ELF note with the registers of physical CPU `nr`, saved on a crash. */
#define KEXEC_RANGE_MA_CPU        2
/** `range`: the Xen heap. On ia64 it was not adjacent to Xen's image, so
 *  dump tools had to list it separately. x86 refuses it (-XEN_EINVAL). */
#define KEXEC_RANGE_MA_XENHEAP    3
#define KEXEC_RANGE_MA_BOOT_PARAM 4 /**< `range`: ia64 boot parameters; obsolete (-XEN_EINVAL). */
/** `range`: the EFI memory map; x86 refuses it (-XEN_EINVAL). */
#define KEXEC_RANGE_MA_EFI_MEMMAP 5
/** `range`: the vmcoreinfo note describing Xen's data structures to dump analysers. */
#define KEXEC_RANGE_MA_VMCOREINFO 6

/** Argument of KEXEC_CMD_kexec_get_range. */
typedef struct xen_kexec_range {
    int range;           /**< IN: a KEXEC_RANGE_MA_ value. */
    /** IN: the physical CPU number (from 0) for KEXEC_RANGE_MA_CPU; unused otherwise. */
    int nr;
    unsigned long size;  /**< OUT: size of the region, in bytes. */
    unsigned long start; /**< OUT: machine address of its first byte. */
} xen_kexec_range_t;
/** @} */

#if __XEN_INTERFACE_VERSION__ >= 0x00040400

/**
 * One piece of an image: a buffer in the caller's memory and the machine
 * range it is copied to. A destination larger than the buffer has its
 * tail zeroed; a segment without a buffer reserves its destination for
 * the image to use when it runs.
 */
typedef struct xen_kexec_segment {
    /** IN: the contents (NULL for a segment without a buffer), in a 64-bit
     *  slot so that the layout does not depend on the caller. */
    union {
        XEN_GUEST_HANDLE(const_void) h; /**< The buffer. */
        uint64_t _pad;                  /**< Widens the slot to 64 bits. */
    } buf;
    uint64_t buf_size;   /**< IN: bytes in the buffer. */
    uint64_t dest_maddr; /**< IN: machine address the segment is loaded at. */
    uint64_t dest_size;  /**< IN: bytes reserved at the destination (at least `buf_size`). */
} xen_kexec_segment_t;
DEFINE_XEN_GUEST_HANDLE(xen_kexec_segment_t);

/**
 * @name KEXEC_CMD_kexec_load
 * Load an image, given as segments, into a slot, replacing what it held.
 * Every segment is copied to its destination before the image starts.
 * Default images may go anywhere in RAM and are moved into place when
 * started; every segment of a crash image that has a buffer, and its
 * entry point, must lie inside the crash region (KEXEC_RANGE_MA_CRASH).
 * Xen refuses segments that overlap one another; that the two slots'
 * images do not overlap is left to the caller.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 4 |
 * | Caller         | the control domain; XSM: xsm_kexec(), XSM_PRIV |
 * | Argument       | struct xen_kexec_load |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86, PV callers only; elsewhere -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | kexec_load() in xen/common/kexec.c; kimage_alloc() in kimage.c |
 *
 * The name is older than the number: before interface 0x00040400 it meant
 * KEXEC_CMD_kexec_load_v1; the number 4 dates from Xen 4.4.0.
 *
 * Errors:
 * - -XEN_EINVAL: `nr_segments` is 16 or more.
 * - -XEN_ENOMEM: no memory for Xen's copy of the segment list.
 * - -XEN_EFAULT: `segments` cannot be read.
 * - -XEN_EINVAL: `type` is not a KEXEC_TYPE_* value.
 * - -XEN_EADDRNOTAVAIL: a crash image's `entry_maddr`, or a segment of it
 *   with a buffer, lies outside the crash region.
 * - -XEN_ENOMEM: no memory for Xen's record of the image.
 * - -XEN_EADDRNOTAVAIL: a segment's destination does not start and end
 *   on a page boundary.
 * - -XEN_EINVAL: two segments' destinations overlap, or a segment's
 *   `buf_size` exceeds its `dest_size`.
 * - -XEN_ENOMEM: no memory for Xen's control pages or their mappings.
 * - -XEN_ENOMEM: no memory for the pages that hold a default image's
 *   data, for Xen's list of them, or for mapping the destinations.
 * - -XEN_EFAULT: a segment's buffer cannot be read.
 * - -XEN_ENOMEM: a segment has no buffer and a `dest_size` of 0.
 * - -XEN_EINVAL: `arch` is neither EM_386 (3) nor EM_X86_64 (62).
 * - -XEN_ENOMEM: no memory for mapping the relocation code.
 * - -XEN_EBUSY: an image is being started.
 *
 * A crash image's data go straight into the crash region while the
 * segments are loaded, so a load refused after that (a wrong `arch`, for
 * one) has still written over whatever part of the previous crash image
 * its segments cover, while that previous image stays in the slot.
 * @{ */
#define KEXEC_CMD_kexec_load 4

/** Argument of KEXEC_CMD_kexec_load. */
typedef struct xen_kexec_load {
    uint8_t  type;        /**< IN: KEXEC_TYPE_DEFAULT or KEXEC_TYPE_CRASH. */
    uint8_t  _pad;        /**< Padding: write zero. */
    uint16_t arch;        /**< IN: ELF machine type (EM_ value) of the image. */
    uint32_t nr_segments; /**< IN: entries of `segments`. */
    /** IN: the segment array, in a 64-bit slot. */
    union {
        XEN_GUEST_HANDLE(xen_kexec_segment_t) h; /**< The array. */
        uint64_t _pad;                           /**< Widens the slot to 64 bits. */
    } segments;
    uint64_t entry_maddr; /**< IN: machine address of the image's entry point. */
} xen_kexec_load_t;
DEFINE_XEN_GUEST_HANDLE(xen_kexec_load_t);
/** @} */

/**
 * @name KEXEC_CMD_kexec_unload
 * Empty a slot; emptying an empty slot succeeds.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 5 |
 * | Caller         | the control domain; XSM: xsm_kexec(), XSM_PRIV |
 * | Argument       | struct xen_kexec_unload |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86, PV callers only; elsewhere -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | kexec_do_unload() in xen/common/kexec.c |
 *
 * The name is older than the number: before interface 0x00040400 it meant
 * KEXEC_CMD_kexec_unload_v1; the number 5 dates from Xen 4.4.0.
 *
 * Errors:
 * - -XEN_EBUSY: an image is being started.
 * - -XEN_EINVAL: `type` is not a KEXEC_TYPE_* value.
 * @{ */
#define KEXEC_CMD_kexec_unload 5

/** Argument of KEXEC_CMD_kexec_unload. */
typedef struct xen_kexec_unload {
    uint8_t type; /**< IN: KEXEC_TYPE_DEFAULT or KEXEC_TYPE_CRASH. */
} xen_kexec_unload_t;
DEFINE_XEN_GUEST_HANDLE(xen_kexec_unload_t);
/** @} */

/**
 * @name KEXEC_CMD_kexec_status
 * Meant to tell whether a slot holds an image; see below for what Xen
 * 4.22.0 really returns.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 6 |
 * | Caller         | the control domain; XSM: xsm_kexec(), XSM_PRIV |
 * | Argument       | struct xen_kexec_status |
 * | Returns        | 0 or 1; see below |
 * | Errors         | listed below |
 * | Architectures  | x86, PV callers only; elsewhere -XEN_ENOSYS |
 * | Since          | Xen 4.9.0 |
 * | Implemented by | kexec_status() in xen/common/kexec.c |
 *
 * Errors:
 * - -XEN_EINVAL: `type` is not a KEXEC_TYPE_* value.
 *
 * Xen returns the slot's position flag, which flips on every load and
 * every unload of that slot, not a test of whether it holds an image. It
 * reads 1 while an image is loaded only as long as loads and unloads have
 * alternated since boot: a second load in a row makes it read 0, a second
 * unload 1.
 * @{ */
#define KEXEC_CMD_kexec_status 6

/** Argument of KEXEC_CMD_kexec_status. */
typedef struct xen_kexec_status {
    uint8_t type; /**< IN: KEXEC_TYPE_DEFAULT or KEXEC_TYPE_CRASH. */
} xen_kexec_status_t;
DEFINE_XEN_GUEST_HANDLE(xen_kexec_status_t);
/** @} */

#else /* __XEN_INTERFACE_VERSION__ < 0x00040400 */

/* Before interface 0x00040400 the plain names meant the v1 interface. */
/** Interfaces before 0x00040400: the v1 load command. */
#define KEXEC_CMD_kexec_load KEXEC_CMD_kexec_load_v1
/** Interfaces before 0x00040400: the v1 unload command. */
#define KEXEC_CMD_kexec_unload KEXEC_CMD_kexec_unload_v1
/** Interfaces before 0x00040400: tag of the v1 argument. */
#define xen_kexec_load xen_kexec_load_v1
/** Interfaces before 0x00040400: the v1 argument type. */
#define xen_kexec_load_t xen_kexec_load_v1_t

#endif

/** @} */

#endif /* _XEN_PUBLIC_KEXEC_H */
