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
 * Userspace kexec tools in the hardware domain prepare an image and its
 * kernel passes it on through `long HYPERVISOR_kexec_op(unsigned long cmd,
 * void *arg)`, where `cmd` is a KEXEC_CMD_ number and `arg` points at that
 * command's structure. The calls do three things:
 *
 * - describe memory the tools must know about to write the ELF headers of
 *   the crash dump (KEXEC_CMD_kexec_get_range);
 * - load, unload and query images (KEXEC_CMD_kexec_load and friends);
 * - start a loaded image (KEXEC_CMD_kexec).
 *
 * Every command requires a privileged caller (-XEN_EPERM otherwise) and
 * an unknown command fails with -XEN_EOPNOTSUPP. Xen serialises the
 * calls; one made while another is in progress is retried transparently.
 *
 * Stability: stable. Callers: the hardware domain's kernel on behalf of
 * kexec-tools.
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
    unsigned long page_list[KEXEC_XEN_NO_PAGES]; /**< IN: machine addresses used by the relocation code (x86 only). */
#endif
    unsigned long indirection_page; /**< IN: machine address of the first indirection page of the Linux kexec list. */
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
 * The image gets control with one physical CPU running (any of them) and
 * all the others stopped, local interrupts disabled, no defined register
 * contents, and its segments mapped 1:1 (virtual equals machine address)
 * and writable. Where the page tables doing that live is not defined, and
 * they are not themselves mapped.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | the hardware domain |
 * | Argument  | struct xen_kexec_exec |
 * | Returns   | does not return on success |
 * | Errors    | -XEN_ENOENT: no image in that slot; -XEN_EINVAL: unknown `type`; -XEN_EPERM: caller not privileged; -XEN_EFAULT |
 * @{ */
#define KEXEC_CMD_kexec                 0

/** Argument of KEXEC_CMD_kexec. */
typedef struct xen_kexec_exec {
    int type; /**< IN: KEXEC_TYPE_DEFAULT or KEXEC_TYPE_CRASH. */
} xen_kexec_exec_t;
/** @} */

/**
 * @name KEXEC_CMD_kexec_load_v1 and KEXEC_CMD_kexec_unload_v1
 * The first interface to load an image into a slot, or empty a slot,
 * given as a Linux kexec page list. Superseded by KEXEC_CMD_kexec_load and
 * KEXEC_CMD_kexec_unload with interface version 0x00040400; Xen still
 * accepts it.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | the hardware domain |
 * | Argument  | struct xen_kexec_load_v1 (`image` unused for unload) |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: unknown `type` or a malformed list; -XEN_EBUSY: an image is being started; -XEN_ENOMEM; -XEN_ENOSYS: not available on this architecture; -XEN_EPERM; -XEN_EFAULT |
 * @{ */
#define KEXEC_CMD_kexec_load_v1         1 /**< Command number of KEXEC_CMD_kexec_load_v1 (legacy since 0x00040400). */
#define KEXEC_CMD_kexec_unload_v1       2 /**< Command number of KEXEC_CMD_kexec_unload_v1 (legacy since 0x00040400). */

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
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | the hardware domain |
 * | Argument  | struct xen_kexec_range |
 * | Returns   | 0, with `start` and `size` filled (both 0 when the region does not exist, e.g. no crash memory reserved) |
 * | Errors    | -XEN_ERANGE: `nr` names no CPU, or a 32-bit caller's fields cannot hold the answer; -XEN_EINVAL: unknown `range`, or no crash notes; -XEN_EPERM; -XEN_EFAULT |
 * @{ */
#define KEXEC_CMD_kexec_get_range       3

#define KEXEC_RANGE_MA_CRASH      0 /**< `range`: the memory reserved for the crash image. */
#define KEXEC_RANGE_MA_XEN        1 /**< `range`: Xen's own image. */
#define KEXEC_RANGE_MA_CPU        2 /**< `range`: the ELF note with the registers of physical CPU `nr`, saved on a crash. */
/** `range`: the Xen heap. On ia64 it was not adjacent to Xen's image, so
 *  dump tools had to list it separately. */
#define KEXEC_RANGE_MA_XENHEAP    3
#define KEXEC_RANGE_MA_BOOT_PARAM 4 /**< `range`: ia64 boot parameters; obsolete. */
#define KEXEC_RANGE_MA_EFI_MEMMAP 5 /**< `range`: the EFI memory map. */
#define KEXEC_RANGE_MA_VMCOREINFO 6 /**< `range`: the vmcoreinfo note describing Xen's data structures to dump analysers. */

/** Argument of KEXEC_CMD_kexec_get_range. */
typedef struct xen_kexec_range {
    int range;           /**< IN: a KEXEC_RANGE_MA_ value. */
    int nr;              /**< IN: the physical CPU number (from 0) for KEXEC_RANGE_MA_CPU; unused otherwise. */
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
 * started; every segment of a crash image, and its entry point, must lie
 * inside the crash region (KEXEC_RANGE_MA_CRASH). Segments must not
 * overlap, nor may two images; the caller checks that.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | the hardware domain |
 * | Argument  | struct xen_kexec_load |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: unknown `type` or `arch`, or segments that do not fit the rules; -XEN_EBUSY: an image is being started; -XEN_ENOMEM; -XEN_EPERM; -XEN_EFAULT |
 * @{ */
#define KEXEC_CMD_kexec_load 4

/** Argument of KEXEC_CMD_kexec_load. */
typedef struct xen_kexec_load {
    uint8_t  type;        /**< IN: KEXEC_TYPE_DEFAULT or KEXEC_TYPE_CRASH. */
    uint8_t  _pad;        /**< IN: reserved, zero. */
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
 * Empty a slot.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | the hardware domain |
 * | Argument  | struct xen_kexec_unload |
 * | Returns   | 0 |
 * | Errors    | -XEN_EINVAL: unknown `type`; -XEN_EBUSY: an image is being started; -XEN_EPERM; -XEN_EFAULT |
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
 * Whether a slot holds an image.
 *
 * | Field     | Value |
 * |-----------|-------|
 * | Caller    | the hardware domain |
 * | Argument  | struct xen_kexec_status |
 * | Returns   | 1 if an image is loaded, 0 if not |
 * | Errors    | -XEN_EINVAL: unknown `type`; -XEN_EPERM; -XEN_EFAULT |
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
#define KEXEC_CMD_kexec_load KEXEC_CMD_kexec_load_v1     /**< Interfaces before 0x00040400: the v1 load command. */
#define KEXEC_CMD_kexec_unload KEXEC_CMD_kexec_unload_v1 /**< Interfaces before 0x00040400: the v1 unload command. */
#define xen_kexec_load xen_kexec_load_v1                 /**< Interfaces before 0x00040400: tag of the v1 argument. */
#define xen_kexec_load_t xen_kexec_load_v1_t             /**< Interfaces before 0x00040400: the v1 argument type. */

#endif

/** @} */

#endif /* _XEN_PUBLIC_KEXEC_H */
