/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Error numbers of the hypercall ABI: a failing hypercall returns
 *        one of them negated, e.g. `-XEN_EINVAL`.
 *
 * The numbers are Xen's own, fixed by the ABI, and do not depend on the C
 * library or kernel a guest is built with. They were taken from x86 Linux,
 * so a Linux guest on x86 may pass them on unchanged; every other consumer
 * has to translate them. Any number added later keeps to that rule: a POSIX
 * error name, with the value x86 Linux gives it.
 *
 * Two numbers are used inside the hypervisor only and are never returned to
 * a guest, so they are not listed: 4 (EINTR) and 85 (ERESTART).
 *
 * This header can be included in three ways.
 *
 * - **Constants (C and C++).** A plain include declares `enum xen_errno`,
 *   one `XEN_E...` enumerator per number (see @ref errno_h_values). Include
 *   guards apply; including it again does nothing.
 *
 * - **Table mode.** Define a function-like macro `XEN_ERRNO(name, value)`
 *   before including the header. The header then expands
 *   `XEN_ERRNO(name, value)` once per error number, in the order of the list
 *   below, with `name` the bare POSIX identifier (`EPERM`, without the
 *   `XEN_` prefix) and `value` its positive number as a decimal literal,
 *   and `#undef`s `XEN_ERRNO` at the end. No include guard applies in this
 *   mode, so it can be repeated as often as needed, before or after a plain
 *   include; the caller's macro must expand to something valid where the
 *   include stands. Aliases share a value (XEN_EWOULDBLOCK = XEN_EAGAIN,
 *   XEN_EDEADLOCK = XEN_EDEADLK), so a table indexed by value must allow
 *   for duplicates. For example, a name table:
 *   @code
 *   struct my_errno_name { int value; const char *name; };
 *   static const struct my_errno_name my_errno_names[] = {
 *   #define XEN_ERRNO(name, value) { value, #name },
 *   #include <xen/public/errno.h>
 *   };
 *   @endcode
 *
 * - **Assembly** (`__ASSEMBLER__` defined). When `__XEN_INTERFACE_VERSION__`
 *   is below 0x00040700, a plain include emits one GNU as directive
 *   `.equ XEN_<name>, <value>` per error number. From interface 0x00040700
 *   on, a plain include defines nothing in assembly; use table mode with a
 *   macro of your own, e.g.
 *   `#define XEN_ERRNO(name, value) .equ XEN_##name, value`.
 *
 * Stability: stable. Callers: every guest kernel and toolstack library that
 * interprets hypercall results, and code that needs Xen's error names as a
 * table (logging, translation to a host errno).
 */

#ifndef XEN_ERRNO

/* Plain include: constants, under the usual include guard. */
#ifndef __XEN_PUBLIC_ERRNO_H__
#define __XEN_PUBLIC_ERRNO_H__

#ifndef __ASSEMBLER__

/** @defgroup hdr_errno_h errno.h
 *  @ingroup xen_core */

/** @defgroup errno_h_values Hypercall error numbers
 *  @ingroup hdr_errno_h
 *  The numbers a hypercall returns, negated, when it fails. The names and
 *  values are those of x86 Linux; what each means for a particular call is
 *  given with the call.
 *  @{ */

/** Xen's error numbers; hypercalls return them negated. */
enum xen_errno {
    XEN_EPERM = 1,          /**< The caller lacks the privilege the request
                                 needs (toolstack-only op, XSM policy). */
    XEN_ENOENT = 2,         /**< The object named by the request (domain,
                                 grant, port, path, ...) does not exist. */
    XEN_ESRCH = 3,          /**< The target of the request, typically a
                                 domain or vCPU, could not be found. */
    XEN_EIO = 5,            /**< An input/output error happened while
                                 carrying out the request. */
    XEN_ENXIO = 6,          /**< The device or address the request refers
                                 to is absent or not reachable. */
    XEN_E2BIG = 7,          /**< An argument list or a result is larger than
                                 the operation accepts. */
    XEN_ENOEXEC = 8,        /**< An image handed over for loading is not in a
                                 format that can be used. */
    XEN_EBADF = 9,          /**< A handle-like argument does not refer to an
                                 open object. */
    XEN_ECHILD = 10,        /**< A child object the request expects does not
                                 exist. */
    XEN_EAGAIN = 11,        /**< A temporary condition stopped the request;
                                 issuing it again later may succeed. */
    XEN_EWOULDBLOCK = 11,   /**< Alias of XEN_EAGAIN (same number): the
                                 request would have had to wait. */
    XEN_ENOMEM = 12,        /**< The hypervisor could not allocate the memory
                                 the request needs. */
    XEN_EACCES = 13,        /**< Access to the object was refused by its
                                 permissions or by policy. */
    XEN_EFAULT = 14,        /**< Guest memory named by a pointer or guest
                                 handle could not be read or written. */
    XEN_EBUSY = 16,         /**< The object is in use, or in a state that
                                 rules the request out for now. */
    XEN_EEXIST = 17,        /**< The object or binding to be created is
                                 already there. */
    XEN_EXDEV = 18,         /**< The request would join objects across a
                                 boundary (domain, device) it cannot cross. */
    XEN_ENODEV = 19,        /**< The device or facility addressed is not
                                 present. */
    XEN_ENOTDIR = 20,       /**< A path element that has to be a directory
                                 is not one. */
    XEN_EISDIR = 21,        /**< The path names a directory where a leaf
                                 entry was expected. */
    XEN_EINVAL = 22,        /**< An argument is malformed, out of range or
                                 inconsistent with the others. */
    XEN_ENFILE = 23,        /**< A table shared by the whole system has no
                                 free entry left. */
    XEN_EMFILE = 24,        /**< The caller's own allowance of open objects
                                 is used up. */
    XEN_ENOSPC = 28,        /**< The target table, ring or store has no room
                                 left. */
    XEN_EROFS = 30,         /**< The target can be read but not written. */
    XEN_EMLINK = 31,        /**< The object already carries the largest
                                 number of links or references allowed. */
    XEN_EDOM = 33,          /**< A numeric argument lies outside the set of
                                 values the operation is defined for. */
    XEN_ERANGE = 34,        /**< A value does not fit in the range allowed
                                 for it. */
    XEN_EDEADLK = 35,       /**< Carrying out the request would deadlock, so
                                 it was refused. */
    XEN_EDEADLOCK = 35,     /**< Alias of XEN_EDEADLK (same number). */
    XEN_ENAMETOOLONG = 36,  /**< A name or path argument is longer than the
                                 operation allows. */
    XEN_ENOLCK = 37,        /**< No lock could be obtained for the
                                 request. */
    XEN_ENOSYS = 38,        /**< The hypercall or sub-op is not implemented
                                 by this hypervisor build; the usual answer
                                 when probing for a feature. */
    XEN_ENOTEMPTY = 39,     /**< The directory or container still holds
                                 entries. */
    XEN_ENODATA = 61,       /**< The requested information does not exist on
                                 this host (e.g. no build ID). */
    XEN_ETIME = 62,         /**< A timer expired before the request
                                 completed. */
    XEN_EBADMSG = 74,       /**< A message or record passed in is corrupt or
                                 malformed. */
    XEN_EOVERFLOW = 75,     /**< The value to report is too large for the
                                 field meant to hold it. */
    XEN_EILSEQ = 84,        /**< The input holds a byte sequence that is not
                                 valid in its encoding. */
    XEN_ENOTSOCK = 88,      /**< The object is not the kind of communication
                                 endpoint the request needs. */
    XEN_EMSGSIZE = 90,      /**< A message is too large to send or to fit
                                 the receiving buffer. */
    XEN_EOPNOTSUPP = 95,    /**< The operation exists but is not supported
                                 for this object or configuration. */
    XEN_EADDRINUSE = 98,    /**< The requested address or port is taken
                                 already. */
    XEN_EADDRNOTAVAIL = 99, /**< The requested address cannot be assigned
                                 to the caller. */
    XEN_ENOBUFS = 105,      /**< The buffer supplied by the caller is too
                                 small for the result. */
    XEN_EISCONN = 106,      /**< The endpoint is connected already. */
    XEN_ENOTCONN = 107,     /**< The endpoint has no connection. */
    XEN_ETIMEDOUT = 110,    /**< The request gave up after waiting too
                                 long. */
    XEN_ECONNREFUSED = 111  /**< The remote end turned the connection
                                 down. */
};

/** @} */

#else /* __ASSEMBLER__ */

/*
 * Assembly written against an interface older than 4.7 was promised a set of
 * .equ symbols from a plain include. Like upstream, this header selects no
 * version: an undefined one counts as the oldest; the table below then
 * produces the symbols.
 */
#include "xen-public-base.h"
#if !defined(__XEN_INTERFACE_VERSION__) || __XEN_INTERFACE_VERSION__ < 0x00040700
#define XEN_ERRNO(name, value) .equ XEN_##name, (value)
#endif

#endif /* __ASSEMBLER__ */

#endif /* __XEN_PUBLIC_ERRNO_H__ */

#endif /* !XEN_ERRNO */

/*
 * The table: one XEN_ERRNO(name, value) per error number, expanded with the
 * caller's macro (table mode) or the legacy assembly one above. Keep it in
 * step with enum xen_errno: same names, values and order.
 */
#ifdef XEN_ERRNO
XEN_ERRNO(EPERM,           1)
XEN_ERRNO(ENOENT,          2)
XEN_ERRNO(ESRCH,           3)
XEN_ERRNO(EIO,             5)
XEN_ERRNO(ENXIO,           6)
XEN_ERRNO(E2BIG,           7)
XEN_ERRNO(ENOEXEC,         8)
XEN_ERRNO(EBADF,           9)
XEN_ERRNO(ECHILD,         10)
XEN_ERRNO(EAGAIN,         11)
XEN_ERRNO(EWOULDBLOCK,    11)
XEN_ERRNO(ENOMEM,         12)
XEN_ERRNO(EACCES,         13)
XEN_ERRNO(EFAULT,         14)
XEN_ERRNO(EBUSY,          16)
XEN_ERRNO(EEXIST,         17)
XEN_ERRNO(EXDEV,          18)
XEN_ERRNO(ENODEV,         19)
XEN_ERRNO(ENOTDIR,        20)
XEN_ERRNO(EISDIR,         21)
XEN_ERRNO(EINVAL,         22)
XEN_ERRNO(ENFILE,         23)
XEN_ERRNO(EMFILE,         24)
XEN_ERRNO(ENOSPC,         28)
XEN_ERRNO(EROFS,          30)
XEN_ERRNO(EMLINK,         31)
XEN_ERRNO(EDOM,           33)
XEN_ERRNO(ERANGE,         34)
XEN_ERRNO(EDEADLK,        35)
XEN_ERRNO(EDEADLOCK,      35)
XEN_ERRNO(ENAMETOOLONG,   36)
XEN_ERRNO(ENOLCK,         37)
XEN_ERRNO(ENOSYS,         38)
XEN_ERRNO(ENOTEMPTY,      39)
XEN_ERRNO(ENODATA,        61)
XEN_ERRNO(ETIME,          62)
XEN_ERRNO(EBADMSG,        74)
XEN_ERRNO(EOVERFLOW,      75)
XEN_ERRNO(EILSEQ,         84)
XEN_ERRNO(ENOTSOCK,       88)
XEN_ERRNO(EMSGSIZE,       90)
XEN_ERRNO(EOPNOTSUPP,     95)
XEN_ERRNO(EADDRINUSE,     98)
XEN_ERRNO(EADDRNOTAVAIL,  99)
XEN_ERRNO(ENOBUFS,       105)
XEN_ERRNO(EISCONN,       106)
XEN_ERRNO(ENOTCONN,      107)
XEN_ERRNO(ETIMEDOUT,     110)
XEN_ERRNO(ECONNREFUSED,  111)
#undef XEN_ERRNO
#endif /* XEN_ERRNO */
