/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief XenBus device states: the handshake the two ends of a split
 *        (frontend/backend) device walk through in XenStore.
 *
 * Every paravirtual device has a directory per end in XenStore, and each
 * end publishes how far it has got as a decimal number in the `state` node
 * of its own directory. Each end watches the peer's `state` node and takes
 * its next step only once the peer has reached the state that step waits
 * for. A typical connection runs:
 *
 * 1. Both ends start in Initialising. The backend does its own setup and
 *    moves to InitWait when it needs the frontend's details.
 * 2. The frontend allocates rings and event channels, writes their
 *    numbers and moves to Initialised (some frontends go straight to
 *    Connected).
 * 3. The backend maps the rings, binds the event channels and moves to
 *    Connected.
 * 4. The frontend sees the backend Connected and moves to Connected.
 *
 * The protocol headers (blkif.h, netif.h, ...) note where their drivers
 * depart from this sequence.
 *
 * Either end moves to Closing to ask for a tear-down (unplug, error); once
 * both have released the shared resources they settle in Closed, from
 * which a new connection may start again at Initialising.
 *
 * The states describe the handshake between the two ends only; they say
 * nothing about whether the device is attached to the operating system's
 * own device layers.
 *
 * Stability: stable. Callers: PV frontends in guest kernels and firmware;
 * PV backends (Linux, QEMU, FreeBSD); the toolstack, which creates the
 * directories and watches the states.
 */
#ifndef _XEN_PUBLIC_IO_XENBUS_H
#define _XEN_PUBLIC_IO_XENBUS_H

/** @defgroup hdr_io_xenbus_h io/xenbus.h
 *  @ingroup xen_io */

/** @defgroup io_xenbus_h_state XenBus device states
 *  @ingroup hdr_io_xenbus_h
 *  The values an end writes, in decimal, to its `state` node.
 *  @{ */

/** State of one end of a XenBus device. */
enum xenbus_state {
    /** No state: the node does not exist (yet) or could not be read. */
    XenbusStateUnknown       = 0,
    /** This end is setting itself up; the peer must wait. */
    XenbusStateInitialising  = 1,
    /** This end has finished its early setup and waits for something
     *  outside itself: the peer's details, or the hotplug scripts. */
    XenbusStateInitWait      = 2,
    /** This end has published everything the peer needs (ring
     *  references, event channels) and waits for the peer to connect. */
    XenbusStateInitialised   = 3,
    /** The device is up: requests may flow. */
    XenbusStateConnected     = 4,
    /** This end is shutting the device down, because of an error or an
     *  unplug request; the peer should release what it shares. */
    XenbusStateClosing       = 5,
    /** The connection is torn down; a fresh one may start. */
    XenbusStateClosed        = 6,
    /** A connected device is being changed: devices added to or removed
     *  from a PCI or SCSI pass-through connection (see pciif.h and
     *  vscsiif.h). */
    XenbusStateReconfiguring = 7,
    /** This end has carried out the change; the peer finishes its part
     *  and both return to Connected. */
    XenbusStateReconfigured  = 8
};
/** Short name for enum xenbus_state. */
typedef enum xenbus_state XenbusState;

/** @} */

#endif /* _XEN_PUBLIC_IO_XENBUS_H */
