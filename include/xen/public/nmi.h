/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief NMI delivery to PV guests: the entry point for virtual NMIs and
 *        the reasons reported for host NMIs.
 *
 * A PV guest cannot install an NMI vector in the real IDT, so it tells
 * the hypervisor where its NMI handler is with HYPERVISOR_nmi_op (or with
 * CALLBACKTYPE_nmi of HYPERVISOR_callback_op, callback.h). Virtual NMIs
 * come from VCPUOP_send_nmi (vcpu.h); in addition, the hypervisor
 * forwards platform NMIs (I/O check and PCI SERR errors, unexplained
 * NMIs) to the hardware domain's vCPU 0, recording why in the
 * `nmi_reason` field of the x86 part of shared_info.
 *
 * Stability: stable. Callers: x86 PV guest kernels, the hardware domain
 * in particular.
 */
#ifndef __XEN_PUBLIC_NMI_H__
#define __XEN_PUBLIC_NMI_H__
/* Marks this copy as xen-public's: unstable/nmi.h adds its toolstack part
 * only then (another copy of the header, included first, has its own). */
#define XEN_PUBLIC_NMI_H

#include "xen.h"

/** @defgroup hdr_nmi_h nmi.h
 *  @ingroup xen_core */

/** @defgroup nmi_h_reason Host NMI reasons
 *  @ingroup hdr_nmi_h
 *  Bits of `arch_shared_info.nmi_reason` (x86), set by the hypervisor when
 *  it forwards a platform NMI to the hardware domain. They mirror the
 *  status bits the legacy NMI status port (ISA port 0x61) reports.
 *  @{ */

#define _XEN_NMIREASON_io_error     0
/** An I/O channel check error (port 0x61 bit 6). */
#define XEN_NMIREASON_io_error      (1UL << _XEN_NMIREASON_io_error)
#define _XEN_NMIREASON_pci_serr     1
/** A PCI system error, SERR# (port 0x61 bit 7). */
#define XEN_NMIREASON_pci_serr      (1UL << _XEN_NMIREASON_pci_serr)
#if __XEN_INTERFACE_VERSION__ < 0x00040300
/** Interfaces before 0x00040300: the former name of the bit number of
 *  XEN_NMIREASON_pci_serr. */
#define _XEN_NMIREASON_parity_error 1
/** Interfaces before 0x00040300: the former name of
 *  XEN_NMIREASON_pci_serr (the same port 0x61 bit 7). */
#define XEN_NMIREASON_parity_error  (1UL << _XEN_NMIREASON_parity_error)
#endif
#define _XEN_NMIREASON_unknown      2
/** An NMI raised by hardware that none of the status bits explains. */
#define XEN_NMIREASON_unknown       (1UL << _XEN_NMIREASON_unknown)

/** @} */

/** @defgroup nmi_h_op HYPERVISOR_nmi_op
 *  @ingroup hdr_nmi_h
 *  Register or remove the NMI handler of the calling vCPU.
 *
 *  `long HYPERVISOR_nmi_op(unsigned int cmd, void *arg)`: `cmd` is one of
 *  the XENNMI_* numbers below. Only x86 PV guests have the hypercall; for
 *  HVM and Arm guests it fails with -XEN_ENOSYS. No operation consults
 *  the security policy (XSM). Errors every operation can give, not
 *  repeated in the blocks:
 *  - -XEN_EFAULT: `arg` cannot be read (XENNMI_register_callback);
 *  - -XEN_ENOSYS: unknown `cmd`.
 *
 *  64-bit guests are served by do_nmi_op(), 32-bit guests by
 *  compat_nmi_op(), both in xen/arch/x86/pv/callback.c.
 *  @{ */

/**
 * @name XENNMI_register_callback
 * Set the address of the calling vCPU's NMI handler.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 0 |
 * | Caller         | any x86 PV domain, for the calling vCPU |
 * | Argument       | struct xennmi_callback |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 PV guests only; elsewhere -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | register_guest_nmi_callback() in xen/arch/x86/pv/callback.c |
 *
 * Errors:
 * - -XEN_EINVAL: `handler_address` is not canonical (a 32-bit guest's
 *   address always is).
 *
 * When vCPU 0 registers while the domain's NMI reason bits
 * (@ref nmi_h_reason) are set, Xen makes an NMI pending again, so that
 * one reported before any handler existed is not lost. Host NMIs only
 * ever reach vCPU 0 of the hardware domain, and only when that is a PV
 * domain (nmi_hwdom_report() in xen/arch/x86/traps.c).
 * @{ */
#define XENNMI_register_callback   0

/** Argument of XENNMI_register_callback. */
struct xennmi_callback {
    /** IN: virtual address of the handler, entered with events masked. */
    unsigned long handler_address;
    unsigned long pad;             /**< Reserved: write zero. */
};
typedef struct xennmi_callback xennmi_callback_t;
DEFINE_XEN_GUEST_HANDLE(xennmi_callback_t);
/** @} */

/**
 * @name XENNMI_unregister_callback
 * Remove the calling vCPU's NMI handler.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 1 |
 * | Caller         | any x86 PV domain, for the calling vCPU |
 * | Argument       | none (`arg` is not read) |
 * | Returns        | 0, also when no handler was registered |
 * | Errors         | none: the call cannot fail |
 * | Architectures  | x86 PV guests only; elsewhere -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | unregister_guest_nmi_callback() in xen/arch/x86/pv/callback.c |
 * @{ */
#define XENNMI_unregister_callback 1
/** @} */

/** @} */

#endif /* __XEN_PUBLIC_NMI_H__ */
