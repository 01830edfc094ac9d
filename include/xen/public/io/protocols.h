/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Names of the ring ABIs a frontend can announce to its backend.
 *
 * Several PV protocols (block, SCSI, USB, ...) put structures on their rings
 * whose layout depends on the guest's C ABI: a 32-bit x86 guest aligns
 * 64-bit members on 4 bytes, a 64-bit one on 8. A backend serving guests of
 * a word size other than its own therefore has to know which layout the
 * frontend uses. The frontend tells it by writing one of these strings to
 * the `protocol` node of its XenStore device directory; a backend treats a
 * missing node as "same ABI as mine".
 *
 * XEN_IO_PROTO_ABI_NATIVE names the ABI of the code being compiled, for a
 * frontend that simply writes its own.
 *
 * RISC-V and PowerPC: Xen assigns no protocol name to these architectures
 * (upstream's copy of this header refuses to compile there). This one
 * compiles everywhere: the three names below are plain strings and are
 * always defined, so a backend on any host can recognise them, but
 * XEN_IO_PROTO_ABI_NATIVE is left undefined on those architectures rather
 * than invented, because a backend that does not know a name rejects the
 * device. A frontend there omits the `protocol` node; portable code can
 * test `#ifdef XEN_IO_PROTO_ABI_NATIVE`.
 *
 * Stability: stable. Callers: PV frontends (which write the node) and
 * backends (which compare it with these names).
 */
#ifndef __XEN_PROTOCOLS_H__
#define __XEN_PROTOCOLS_H__

#include "../xen-public-base.h"

/** @defgroup hdr_io_protocols_h io/protocols.h
 *  @ingroup xen_io */

/** @defgroup io_protocols_h_names Ring ABI names
 *  @ingroup hdr_io_protocols_h
 *  Values of a frontend's `protocol` XenStore node.
 *  @{ */

/** 32-bit x86 layout: 64-bit members aligned on 4 bytes. */
#define XEN_IO_PROTO_ABI_X86_32     "x86_32-abi"
/** 64-bit x86 layout: natural alignment. */
#define XEN_IO_PROTO_ABI_X86_64     "x86_64-abi"
/** Arm layout, the same for 32- and 64-bit guests (the Arm ABI headers
 *  give every shared structure one layout on both). */
#define XEN_IO_PROTO_ABI_ARM        "arm-abi"

#if defined(__i386__)
/** The ring ABI of the architecture being compiled for. Undefined on
 *  RISC-V and PowerPC, which have no assigned name (see the file
 *  description). */
#define XEN_IO_PROTO_ABI_NATIVE XEN_IO_PROTO_ABI_X86_32
#elif defined(__x86_64__)
#define XEN_IO_PROTO_ABI_NATIVE XEN_IO_PROTO_ABI_X86_64
#elif defined(__arm__) || defined(__aarch64__)
#define XEN_IO_PROTO_ABI_NATIVE XEN_IO_PROTO_ABI_ARM
#endif

/** @} */

#endif /* __XEN_PROTOCOLS_H__ */
