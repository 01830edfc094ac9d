/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief VM events: the version number of the introspection ring protocol.
 *
 * An introspection agent in a control domain receives notifications about
 * a monitored domain (memory-access violations, register writes,
 * breakpoints, paging and sharing work) through a shared ring, and answers
 * each one with a response. The layout of those ring entries is a
 * toolstack interface and lives in unstable/vm_event.h. The version number
 * below is the one piece that is visible here, so that any consumer can
 * tell which revision of the ring protocol this package describes.
 *
 * Stability: stable (this file holds only the version constant; the ring
 * layout it names is unstable). Callers: introspection agents, paging and
 * sharing daemons, and the libraries that set up their rings.
 */
#ifndef _XEN_PUBLIC_VM_EVENT_H
#define _XEN_PUBLIC_VM_EVENT_H
/* Marks this copy as xen-public's: unstable/vm_event.h adds its toolstack part
 * only then (another copy of the header, included first, has its own). */
#define XEN_PUBLIC_VM_EVENT_H

#include "xen.h"

/** @defgroup hdr_vm_event_h vm_event.h
 *  @ingroup xen_core */

/** @defgroup vm_event_h_version VM event protocol version
 *  @ingroup hdr_vm_event_h
 *  @{ */

/**
 * Revision of the vm_event ring protocol. Every request Xen writes and
 * every response an agent writes carries this number in its `version`
 * member; an agent built for a different revision must not interpret the
 * rest of the entry.
 */
#define VM_EVENT_INTERFACE_VERSION 0x00000007

/** @} */

#endif /* _XEN_PUBLIC_VM_EVENT_H */
