/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Product numbers of the PV driver packages for HVM guests.
 *
 * PV drivers in an HVM guest identify themselves to the device model (for
 * instance through the I/O ports of the Xen platform PCI device) by a
 * product number and a build number, so that a device model can tell which
 * driver package is present and refuse one it knows to be broken. Numbers
 * are handed out by the Xen project, one per package with its own
 * versioning and distribution; ask for one on xen-devel@lists.xenproject.org
 * rather than picking one. A driver not yet released may use the
 * "experimental" number.
 *
 * This header is safe under `__ASSEMBLER__`: it defines macros only.
 *
 * Stability: stable. Numbers are only ever added. Callers: PV drivers for
 * HVM guests, device models.
 */
#ifndef _XEN_PUBLIC_PVDRIVERS_H_
#define _XEN_PUBLIC_PVDRIVERS_H_

#include "../xen-public-base.h"

/** @defgroup hdr_hvm_pvdrivers_h hvm/pvdrivers.h
 *  @ingroup xen_hvm */

/** @defgroup hvm_pvdrivers_h_list Product list
 *  @ingroup hdr_hvm_pvdrivers_h
 *  @{ */

/**
 * The registry as an X-macro: expands to `EACH(name, number)` once per
 * product, with `name` a string literal and `number` a 16-bit integer
 * constant, one after the other with nothing in between. For example, to
 * build a lookup table:
 * @code
 * #define MY_PRODUCT(name, number) { number, name },
 * static const struct { unsigned int number; const char *name; }
 *     my_products[] = { PVDRIVERS_PRODUCT_LIST(MY_PRODUCT) };
 * @endcode
 *
 * | number | name | maintainer |
 * |--------|------|------------|
 * | 0x0001 | xensource-windows | Citrix |
 * | 0x0002 | gplpv-windows | James Harper |
 * | 0x0003 | linux | |
 * | 0x0004 | xenserver-windows-v7.0+ | Citrix |
 * | 0x0005 | xenserver-windows-v7.2+ | Citrix |
 * | 0xffff | experimental | drivers under development |
 */
#define PVDRIVERS_PRODUCT_LIST(EACH) \
    EACH("xensource-windows",       0x0001) \
    EACH("gplpv-windows",           0x0002) \
    EACH("linux",                   0x0003) \
    EACH("xenserver-windows-v7.0+", 0x0004) \
    EACH("xenserver-windows-v7.2+", 0x0005) \
    EACH("experimental",            0xffff)

/** @} */

#endif /* _XEN_PUBLIC_PVDRIVERS_H_ */
