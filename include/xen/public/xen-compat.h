/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Interface versioning: which version of Xen's interface a consumer
 *        is built against.
 *
 * A consumer states the Xen interface it was written against by defining
 * `__XEN_INTERFACE_VERSION__` before its first include. The headers then offer
 * exactly the names and layouts of that version, so code built years ago keeps
 * building unchanged; leaving it undefined selects the oldest (legacy) view,
 * except in a build that defines `__XEN_TOOLS__` or `__XEN__`, which gets the
 * latest, as with upstream's headers. A version the consumer defined is never
 * replaced. This is the only place in the stable tree that looks at either
 * macro: nothing is hidden behind them.
 *
 * Including this header selects the version; the headers upstream keeps free
 * of that selection rest on xen-public-base.h instead, which also gives every
 * header its fixed-width types and language helpers.
 *
 * The package's version macros (XEN_PUBLIC_VERSION and its parts) live here
 * too, under the package's own guard.
 *
 * This header is safe under `__ASSEMBLER__`: only macros remain there.
 *
 * Stability: stable. Callers: included by every header that depends on the
 * interface version; consumers normally reach it through `xen.h`.
 */
#include "xen-public-base.h"

#ifndef __XEN_PUBLIC_XEN_COMPAT_H__
#define __XEN_PUBLIC_XEN_COMPAT_H__

/** @defgroup hdr_xen_compat_h xen-compat.h
 *  @ingroup xen_core */

/** @defgroup xen_compat Interface version
 *  @ingroup hdr_xen_compat_h
 *  Selecting the interface version the headers describe.
 *  @{ */

/** The newest interface version these headers describe (Xen 4.19 onwards). */
#define __XEN_LATEST_INTERFACE_VERSION__ 0x00041300

#ifndef __XEN_INTERFACE_VERSION__
#if defined(__XEN__) || defined(__XEN_TOOLS__)
/*
 * Upstream's rule, kept for code written against it: a hypervisor or
 * toolstack build that names no version is built for the newest one.
 */
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#else
/**
 * The interface version the consumer is written against, as 0x00MMmmpp.
 * Define it before the first include; when absent the legacy view
 * (0x00000000) is used, which keeps the oldest names (a build defining
 * `__XEN_TOOLS__` or `__XEN__` gets the latest instead, as upstream's).
 */
#define __XEN_INTERFACE_VERSION__ 0x00000000
#endif
#endif

#if __XEN_INTERFACE_VERSION__ > __XEN_LATEST_INTERFACE_VERSION__
#error "xen-public: __XEN_INTERFACE_VERSION__ is newer than these headers; use 0x00041300"
#endif

/** Older spelling of XEN_FLEX_ARRAY_DIM (see xen-public-base.h), kept for users. */
#define COMPAT_FLEX_ARRAY_DIM XEN_FLEX_ARRAY_DIM

/** @} */

#endif /* __XEN_PUBLIC_XEN_COMPAT_H__ */

#ifndef XEN_PUBLIC_VERSION
/** @defgroup xen_public_version Package version
 *  @ingroup hdr_xen_compat_h
 *  Which release of the package this is.
 *  @{ */

/**
 * The Xen release whose public interface the package describes, encoded like
 * the interface version (0x00MMmmpp): 0x00041600 is Xen 4.22.0. Test it in
 * `#if` to tell which release's names and layouts are present.
 */
#define XEN_PUBLIC_XEN_RELEASE 0x00041600

/**
 * The package's own revision of that release: it grows with every package
 * release (documentation, tests, tooling) while the ABI stays the release's.
 */
#define XEN_PUBLIC_REVISION 1

/**
 * The package version as a string, "MAJOR.MINOR.MICRO.REVISION": the Xen
 * release, then XEN_PUBLIC_REVISION. The one place the version is written;
 * the build files read it from here.
 */
#define XEN_PUBLIC_VERSION "4.22.0.1"

/** @} */
#endif /* XEN_PUBLIC_VERSION */
