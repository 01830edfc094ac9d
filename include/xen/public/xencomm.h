/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief xencomm descriptors: hypercall buffers described by the physical
 *        addresses of their pieces.
 *
 * On architectures where Xen could not follow a guest's virtual addresses
 * (IA-64 and the original PowerPC port), a guest passed each hypercall
 * buffer as a xencomm descriptor: the guest-physical address of every
 * piece of a buffer that is contiguous in the guest's virtual memory.
 * Xen translated those addresses to machine addresses and copied the data
 * piece by piece. No architecture Xen supports today uses the scheme; the
 * definitions remain for code that still names them.
 *
 * Stability: stable (frozen). Callers: none current.
 */
#ifndef _XEN_XENCOMM_H_
#define _XEN_XENCOMM_H_

#include "xen-public-base.h"

/** @defgroup hdr_xencomm_h xencomm.h
 *  @ingroup xen_core */

/** @defgroup xencomm_h_desc xencomm descriptor
 *  @ingroup hdr_xencomm_h
 *  @{ */

/** Value of `magic` in a valid descriptor: the ASCII bytes "XCOM". */
#define XENCOMM_MAGIC 0x58434F4D
/** Address value marking an unused entry of `address`. */
#define XENCOMM_INVALID (~0UL)

#ifndef __ASSEMBLER__
XEN_EXTENSIONS_BEGIN
/** A scatter-gather list of the guest-physical pieces of one buffer. */
struct xencomm_desc {
    uint32_t magic;    /**< IN: XENCOMM_MAGIC. */
    uint32_t nr_addrs; /**< IN: entries in `address`. */
#if defined(__GNUC__) || defined(__clang__)
    /** IN: guest-physical address of each piece, in buffer order. The
     *  ABI declares it as a zero-length array, which GNU compilers
     *  accept. */
    uint64_t address[0];
#else
    uint64_t address[XEN_FLEX_ARRAY_DIM];
#endif
};
XEN_EXTENSIONS_END
#endif /* !__ASSEMBLER__ */

/** @} */

#endif /* _XEN_XENCOMM_H_ */
