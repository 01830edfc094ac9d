/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Toolstack-only complement of physdev.h: the 64-bit guest handles
 *        of its structures; unstable.
 *
 * physdev.h has no toolstack-only operations. What this header adds is the
 * `__guest_handle_64_` form of every handle physdev.h declares, which a
 * 32-bit x86 toolstack needs when such a handle sits in a control
 * structure of fixed 64-bit layout. On every other architecture the
 * ordinary handle already has that layout and nothing is declared.
 *
 * Stability: unstable (follows the toolstack interfaces; may change
 * between Xen releases). Callers: 32-bit toolstack libraries; headers
 * under unstable/ that embed these handles.
 */
#ifndef XEN_PUBLIC_UNSTABLE_PHYSDEV_H
#define XEN_PUBLIC_UNSTABLE_PHYSDEV_H

/*
 * Reaching an unstable header makes this a toolstack build: unless the
 * consumer named an interface version, it gets the newest, as upstream gives
 * __XEN_TOOLS__ builds (xen-compat.h holds the number).
 */
#ifndef __XEN_INTERFACE_VERSION__
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#endif

#include "../physdev.h"
/* The toolstack part, on top of xen-public's own copy of the stable header
 * only: another copy, included first, brings its own. */
#ifdef XEN_PUBLIC_PHYSDEV_H
#include "xen.h"

/* The 64-bit handles to the structures of physdev.h (no-ops except on i386). */
XEN_DEFINE_GUEST_HANDLE_64(physdev_eoi_t, physdev_eoi_t)
XEN_DEFINE_GUEST_HANDLE_64(physdev_pirq_eoi_gmfn_t, physdev_pirq_eoi_gmfn_t)
XEN_DEFINE_GUEST_HANDLE_64(physdev_irq_status_query_t, physdev_irq_status_query_t)
XEN_DEFINE_GUEST_HANDLE_64(physdev_set_iopl_t, physdev_set_iopl_t)
XEN_DEFINE_GUEST_HANDLE_64(physdev_set_iobitmap_t, physdev_set_iobitmap_t)
XEN_DEFINE_GUEST_HANDLE_64(physdev_apic_t, physdev_apic_t)
XEN_DEFINE_GUEST_HANDLE_64(physdev_irq_t, physdev_irq_t)
XEN_DEFINE_GUEST_HANDLE_64(physdev_map_pirq_t, physdev_map_pirq_t)
XEN_DEFINE_GUEST_HANDLE_64(physdev_unmap_pirq_t, physdev_unmap_pirq_t)
XEN_DEFINE_GUEST_HANDLE_64(physdev_get_free_pirq_t, physdev_get_free_pirq_t)
XEN_DEFINE_GUEST_HANDLE_64(physdev_setup_gsi_t, physdev_setup_gsi_t)
XEN_DEFINE_GUEST_HANDLE_64(physdev_pci_device_t, physdev_pci_device_t)
XEN_DEFINE_GUEST_HANDLE_64(physdev_manage_pci_t, physdev_manage_pci_t)
XEN_DEFINE_GUEST_HANDLE_64(physdev_manage_pci_ext_t, physdev_manage_pci_ext_t)
XEN_DEFINE_GUEST_HANDLE_64(physdev_pci_device_add_t, physdev_pci_device_add_t)
XEN_DEFINE_GUEST_HANDLE_64(physdev_restore_msi_t, physdev_restore_msi_t)
XEN_DEFINE_GUEST_HANDLE_64(physdev_pci_mmcfg_reserved_t, physdev_pci_mmcfg_reserved_t)
XEN_DEFINE_GUEST_HANDLE_64(physdev_dbgp_op_t, physdev_dbgp_op_t)
XEN_DEFINE_GUEST_HANDLE_64(physdev_op_t, physdev_op_t)

#endif /* XEN_PUBLIC_PHYSDEV_H */

#endif /* XEN_PUBLIC_UNSTABLE_PHYSDEV_H */
