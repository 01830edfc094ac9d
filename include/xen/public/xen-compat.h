/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Interface versioning, fixed-width types and the language helpers
 *        every other header of the package rests on.
 *
 * A consumer states the Xen interface it was written against by defining
 * `__XEN_INTERFACE_VERSION__` before its first include. The headers then offer
 * exactly the names and layouts of that version, so code built years ago keeps
 * building unchanged; leaving it undefined selects the oldest (legacy) view,
 * except in a build that defines `__XEN_TOOLS__` or `__XEN__`, which gets the
 * latest, as with upstream's headers. This is the only place in the stable
 * tree that looks at either macro: nothing is hidden behind them.
 *
 * The fixed-width integer types, `size_t` and `offsetof` come from
 * `<stdint.h>` and `<stddef.h>`. An environment without them (a kernel built
 * with `-nostdinc`, a boot loader) names its own header instead:
 * `-DXEN_STDINT_HEADER='"my_types.h"'` (or `<my_types.h>`). That header must
 * provide `int8_t` ... `int64_t`, `uint8_t` ... `uint64_t`, `size_t` and
 * `offsetof`.
 *
 * This header is safe under `__ASSEMBLER__`: only macros remain there.
 *
 * Stability: stable. Callers: included by every header; consumers normally
 * reach it through `xen.h`.
 */
#ifndef XEN_PUBLIC_XEN_COMPAT_H
#define XEN_PUBLIC_XEN_COMPAT_H

/*
 * Two copies of Xen's interface in one translation unit would silently mix two
 * versions of the ABI, or fail with a wall of redefinitions. Upstream's tree and
 * the copies derived from it (Linux, QEMU, the BSDs) share these guards.
 */
#if defined(__XEN_PUBLIC_XEN_H__) || defined(__XEN_PUBLIC_XEN_COMPAT_H__)
#error "xen-public: another copy of Xen's public headers (e.g. a system <xen/xen.h> or a vendored xen/interface/xen.h) is already included in this translation unit; include only one copy: drop the other include path or use xen-public's headers throughout"
#endif

/** @defgroup hdr_xen_compat_h xen-compat.h
 *  @ingroup xen_core */

/** @defgroup xen_compat Interface version and language helpers
 *  @ingroup hdr_xen_compat_h
 *  Selecting the interface version, and the portability helpers used by
 *  every header.
 *  @{ */

/** The newest interface version these headers describe (Xen 4.19 onwards). */
#define __XEN_LATEST_INTERFACE_VERSION__ 0x00041300

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
#error "xen-public: __XEN_INTERFACE_VERSION__ is newer than these headers support (0x00041300, Xen 4.19+); define it to 0x00041300 or lower, or update xen-public"
#endif

#if defined(__GNUC__) || defined(__clang__)
/**
 * Open a region where the GNU extensions the ABI needs (flexible array members
 * in C89 and C++, anonymous unions and structs before C11) are accepted
 * without `-pedantic` diagnostics. Always paired with XEN_EXTENSIONS_END.
 */
#define XEN_EXTENSIONS_BEGIN \
    _Pragma("GCC diagnostic push") \
    _Pragma("GCC diagnostic ignored \"-Wpedantic\"")
/** Close a region opened by XEN_EXTENSIONS_BEGIN. */
#define XEN_EXTENSIONS_END _Pragma("GCC diagnostic pop")
#else
#define XEN_EXTENSIONS_BEGIN
#define XEN_EXTENSIONS_END
#endif

#if !defined(__cplusplus) || !(defined(__GNUC__) || defined(__clang__))
/**
 * The body of a structure the ABI defines as empty (an architecture part with
 * nothing in it yet). GNU C gives an empty structure size 0, and that is the
 * ABI; C++ would give it size 1 and shift every member after it, so in C++ it
 * holds a zero-length array, which keeps the size at 0. Use it inside an
 * XEN_EXTENSIONS_BEGIN/END region, as must any structure embedding one.
 * Other C++ compilers cannot express the layout.
 */
#define XEN_EMPTY_STRUCT_BODY
#else
#define XEN_EMPTY_STRUCT_BODY char xen_empty[0];
#endif

/** Older spelling of XEN_FLEX_ARRAY_DIM (defined by xen.h), kept for users. */
#define COMPAT_FLEX_ARRAY_DIM XEN_FLEX_ARRAY_DIM

/** @} */

#ifndef __ASSEMBLER__
#ifdef XEN_STDINT_HEADER
#include XEN_STDINT_HEADER
#else
#if defined(__has_include)
#if !__has_include(<stdint.h>)
#error "xen-public: <stdint.h> is not available (a -nostdinc build?): define XEN_STDINT_HEADER as a header of yours giving int8_t..uint64_t, size_t and offsetof; xen-kernel-types.h, installed in share/xen-public, is an example"
#endif
#endif
#include <stdint.h>
#include <stddef.h>
#endif
#endif

#endif /* XEN_PUBLIC_XEN_COMPAT_H */
