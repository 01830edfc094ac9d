/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief The ground every header of the package stands on: fixed-width
 *        types and the language helpers, with no interface version in it.
 *
 * The fixed-width integer types, `size_t` and `offsetof` come from
 * `<stdint.h>` and `<stddef.h>`. An environment without them (a kernel built
 * with `-nostdinc`, a boot loader) names its own header instead:
 * `-DXEN_STDINT_HEADER='"my_types.h"'` (or `<my_types.h>`). That header must
 * provide `int8_t` ... `int64_t`, `uint8_t` ... `uint64_t`, `size_t` and
 * `offsetof`.
 *
 * Upstream keeps a number of headers (the architecture headers, `errno.h`,
 * `features.h`, `io/console.h`, `io/xs_wire.h` and others) free of the
 * interface-version selection: including one leaves `__XEN_INTERFACE_VERSION__`
 * as it was. Those headers rest on this one rather than on xen-compat.h, so
 * the package keeps that promise; every other header reaches it through
 * xen-compat.h.
 *
 * Everything here is the package's own, under the package's own guard: another
 * copy of Xen's headers included first (a kernel's or QEMU's, which share
 * upstream's guards) does not hide it.
 *
 * This header is safe under `__ASSEMBLER__`: only macros remain there.
 *
 * Stability: stable. Callers: included by the other headers; consumers need
 * not include it themselves.
 */
#ifndef XEN_PUBLIC_XEN_PUBLIC_BASE_H
#define XEN_PUBLIC_XEN_PUBLIC_BASE_H

/** @defgroup hdr_xen_public_base_h xen-public-base.h
 *  @ingroup xen_core */

/** @defgroup xen_base Language helpers
 *  @ingroup hdr_xen_public_base_h
 *  The portability helpers every header uses to express the ABI in C89
 *  through C23 and C++98 through C++20.
 *  @{ */

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

/* Upstream defines it in xen.h; another copy of that header, included first,
 * keeps its own definition. */
#ifndef XEN_FLEX_ARRAY_DIM
#if (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L) || \
    defined(__GNUC__)
/**
 * Dimension to write between the brackets of a trailing variable-length
 * array member: `type name[XEN_FLEX_ARRAY_DIM];`.
 *
 * It expands to nothing, giving a true flexible array member, for C99 and
 * later and for every GNU-compatible compiler (GCC, Clang) in any language
 * mode. In C89 and C++ a flexible array member is a GNU extension, so the
 * headers wrap each such struct in XEN_EXTENSIONS_BEGIN /
 * XEN_EXTENSIONS_END to keep `-pedantic` builds quiet. Other pre-C99
 * compilers get a dimension of 1; there `sizeof` of the struct then counts
 * one element of the array, which callers must subtract when they compute
 * the size of a variable-length instance.
 */
#define XEN_FLEX_ARRAY_DIM
#else
#define XEN_FLEX_ARRAY_DIM 1
#endif
#endif

/** @} */

#ifndef __ASSEMBLER__
#ifdef XEN_STDINT_HEADER
#include XEN_STDINT_HEADER
#else
#if defined(__has_include)
#if !__has_include(<stdint.h>)
#error "xen-public: no <stdint.h>; define XEN_STDINT_HEADER (doc/kernel-and-vendoring.md)"
#endif
#endif
#include <stdint.h>
#include <stddef.h>
#endif
#endif

#endif /* XEN_PUBLIC_XEN_PUBLIC_BASE_H */
