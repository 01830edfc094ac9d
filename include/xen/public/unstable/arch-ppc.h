/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief 64-bit PowerPC helper for the toolstack: reading a guest handle.
 *
 * Everything else PowerPC defines is part of the stable arch-ppc.h, which
 * this header includes.
 *
 * Stability: unstable (toolstack convenience, may change with any Xen
 * release). Callers: the toolstack.
 */
#ifndef XEN_PUBLIC_UNSTABLE_ARCH_PPC_H
#define XEN_PUBLIC_UNSTABLE_ARCH_PPC_H

/*
 * Reaching an unstable header makes this a toolstack build: unless the
 * consumer named an interface version, it gets the newest, as upstream gives
 * __XEN_TOOLS__ builds (xen-compat.h holds the number).
 */
#ifndef __XEN_INTERFACE_VERSION__
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#endif
#include "../xen-compat.h"

#include "../arch-ppc.h"
/* The toolstack part, on top of xen-public's own copy of the stable header
 * only: another copy, included first, brings its own. */
#ifdef XEN_PUBLIC_ARCH_PPC_H

#ifndef __ASSEMBLER__

/** @defgroup hdr_unstable_arch_ppc_h unstable/arch-ppc.h
 *  @ingroup xen_unstable */

/** @defgroup unstable_arch_ppc_handles PowerPC guest-handle helpers
 *  @ingroup hdr_unstable_arch_ppc_h
 *  @{ */

/** Load the pointer held in handle @p hnd into the lvalue @p val. */
#define get_xen_guest_handle(val, hnd)  do { (val) = (hnd).p; } while (0)

/** @} */

#endif /* !__ASSEMBLER__ */

#endif /* XEN_PUBLIC_ARCH_PPC_H */

#endif /* XEN_PUBLIC_UNSTABLE_ARCH_PPC_H */
