/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Values of the device-tree properties that describe the domains
 *        Xen builds by itself at boot.
 *
 * When Xen starts several domains straight from its boot device tree
 * (dom0less, hyperlaunch), each domain node may carry a `capabilities`
 * property: a bitmask of the DOMAIN_CAPS_* roles below. Handing the roles
 * to different domains splits the single all-powerful dom0 into smaller,
 * less trusted pieces. A node without the property describes an ordinary
 * guest with no role at all; a classic dom0 holds every role.
 *
 * Only macros are defined, so the header also suits assembly and the
 * tools that generate boot device trees.
 *
 * Stability: stable. Callers: boot-time configuration tools and boot
 * loaders that write the device tree; guests and tools that read it back.
 */
#ifndef __XEN_PUBLIC_BOOTFDT_H__
#define __XEN_PUBLIC_BOOTFDT_H__

#include "xen-public-base.h"

/** @defgroup hdr_bootfdt_h bootfdt.h
 *  @ingroup xen_core */

/** @defgroup bootfdt_h_caps Boot-time domain capabilities
 *  @ingroup hdr_bootfdt_h
 *  Bits of a domain node's `capabilities` property.
 *  @{ */

/** Control domain: may manage and affect other domains. */
#define DOMAIN_CAPS_CONTROL  (1U << 0)
/** Hardware domain: owns the physical devices and usually runs the
 *  backends other domains connect to. */
#define DOMAIN_CAPS_HARDWARE (1U << 1)
/** Xenstore domain: runs the xenstore daemon. */
#define DOMAIN_CAPS_XENSTORE (1U << 2)
/** Every capability bit defined so far; other bits are invalid. */
#define DOMAIN_CAPS_MASK     (DOMAIN_CAPS_CONTROL | DOMAIN_CAPS_HARDWARE | \
                              DOMAIN_CAPS_XENSTORE)

/** @} */

#endif /* __XEN_PUBLIC_BOOTFDT_H__ */
