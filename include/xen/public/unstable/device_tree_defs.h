/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Values shared by the code that writes a guest's device tree: the
 *        phandles reserved for nodes the builder creates, the root node's
 *        cell counts, and the interrupt trigger types of the device-tree
 *        interrupt bindings.
 *
 * Whoever builds a device tree for a domain (the toolstack on Arm, Xen
 * itself for domains it creates at boot) generates nodes such as the
 * interrupt controller and the IOMMU, and other nodes refer to them by
 * phandle. The device tree compiler numbers the phandles it allocates
 * upwards from 1, so the builder uses fixed high values (from 65000), out of
 * the way of those in a partial device tree compiled by the user.
 *
 * The header only defines macros: it can be included from C, from
 * assembly and from device tree sources run through the C preprocessor.
 *
 * Stability: unstable (toolstack-only in Xen; may change between Xen
 * releases). Callers: domain builders on Arm (libxl) and tools that write
 * guest device trees.
 */
#ifndef __XEN_DEVICE_TREE_DEFS_H__
#define __XEN_DEVICE_TREE_DEFS_H__

/*
 * Reaching an unstable header makes this a toolstack build: unless the
 * consumer named an interface version, it gets the newest, as upstream gives
 * __XEN_TOOLS__ builds (xen-compat.h holds the number).
 */
#ifndef __XEN_INTERFACE_VERSION__
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#endif

#include "../xen-compat.h"

/** @defgroup hdr_unstable_device_tree_defs_h unstable/device_tree_defs.h
 *  @ingroup xen_unstable */

/** @defgroup unstable_device_tree_defs_h_nodes Generated nodes
 *  @ingroup hdr_unstable_device_tree_defs_h
 *  @{ */

/** Phandle of the interrupt controller node the builder generates. */
#define GUEST_PHANDLE_GIC (65000)
/** Phandle of the IOMMU node the builder generates (the GIC's plus one). */
#define GUEST_PHANDLE_IOMMU (GUEST_PHANDLE_GIC + 1)

/** `#address-cells` of the guest tree's root node: addresses take two
 *  32-bit cells (64 bits). */
#define GUEST_ROOT_ADDRESS_CELLS 2
/** `#size-cells` of the guest tree's root node: sizes take two 32-bit
 *  cells (64 bits). */
#define GUEST_ROOT_SIZE_CELLS 2

/** @} */

/** @defgroup unstable_device_tree_defs_h_irq Interrupt trigger types
 *  @ingroup hdr_unstable_device_tree_defs_h
 *  The trigger (sense) cell of an `interrupts` property, with the values of
 *  the common device-tree interrupt bindings.
 *  @{ */

/** No type given; the controller's default applies. */
#define DT_IRQ_TYPE_NONE           0x00000000
/** Edge-triggered on the low-to-high transition. */
#define DT_IRQ_TYPE_EDGE_RISING    0x00000001
/** Edge-triggered on the high-to-low transition. */
#define DT_IRQ_TYPE_EDGE_FALLING   0x00000002
/** Edge-triggered on both transitions. */
#define DT_IRQ_TYPE_EDGE_BOTH                           \
    (DT_IRQ_TYPE_EDGE_FALLING | DT_IRQ_TYPE_EDGE_RISING)
/** Level-triggered, asserted while the line is high. */
#define DT_IRQ_TYPE_LEVEL_HIGH     0x00000004
/** Level-triggered, asserted while the line is low. */
#define DT_IRQ_TYPE_LEVEL_LOW      0x00000008
/** The two level-triggered bits. */
#define DT_IRQ_TYPE_LEVEL_MASK                          \
    (DT_IRQ_TYPE_LEVEL_LOW | DT_IRQ_TYPE_LEVEL_HIGH)
#define DT_IRQ_TYPE_SENSE_MASK     0x0000000f /**< Every trigger bit defined above. */

/** A value outside every valid type, for initialising a type not yet known. */
#define DT_IRQ_TYPE_INVALID        0x00000010

/** @} */

#endif /* __XEN_DEVICE_TREE_DEFS_H__ */
