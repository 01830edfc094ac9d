/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Guest callbacks: the entry points in a PV guest kernel that the
 *        hypervisor jumps to for events, failures and system calls.
 *
 * An x86 PV kernel does not own the CPU's interrupt and system-call
 * entry machinery; the hypervisor does, and bounces each such event into
 * the guest at an address the guest registered. HYPERVISOR_callback_op
 * registers those addresses one kind at a time, superseding the older
 * HYPERVISOR_set_callbacks; the virtual IDT for exceptions is set
 * separately (HYPERVISOR_set_trap_table, arch-x86/xen.h).
 *
 * The address type `xen_callback_t` comes from the architecture header:
 * a code selector and offset pair for 32-bit x86 guests, an address for
 * 64-bit x86 guests and for Arm. RISC-V and PowerPC define no such type,
 * so there struct callback_register (and its typedef and handles) is left
 * out, while the constants and struct callback_unregister, which do not
 * need it, remain. No architecture other than x86 implements the
 * hypercall; on the others the definitions only serve portable code.
 *
 * Stability: stable. Callers: x86 PV guest kernels.
 */
#ifndef __XEN_PUBLIC_CALLBACK_H__
#define __XEN_PUBLIC_CALLBACK_H__
/* Marks this copy as xen-public's: unstable/callback.h adds its toolstack part
 * only then (another copy of the header, included first, has its own). */
#define XEN_PUBLIC_CALLBACK_H

#include "xen.h"

/** @defgroup hdr_callback_h callback.h
 *  @ingroup xen_core */

/** @defgroup callback_h_types Callback kinds and flags
 *  @ingroup hdr_callback_h
 *  The `type` values of struct callback_register and struct
 *  callback_unregister, and the register flags.
 *  @{ */

/** x86: the event upcall, entered when an event channel needs attention. */
#define CALLBACKTYPE_event                 0
/** x86: the failsafe entry, used when the hypervisor cannot reload the
 *  guest's segment registers on its way back to the guest. */
#define CALLBACKTYPE_failsafe              1
/** x86-64 hypervisor: SYSCALL executed by 64-bit user space of a 64-bit
 *  guest. */
#define CALLBACKTYPE_syscall               2
/** The old SYSENTER entry of the retired 32-bit hypervisor (with
 *  supervisor_mode_kernel); not accepted any more, do not use. */
#define CALLBACKTYPE_sysenter_deprecated   3
/** x86: the NMI entry. */
#define CALLBACKTYPE_nmi                   4
/** x86-64 hypervisor: SYSENTER executed by 32-bit user space on Intel
 *  CPUs (64-bit user space on Intel CPUs can use it too, but SYSCALL is
 *  the better choice there). */
#define CALLBACKTYPE_sysenter              5
/** x86-64 hypervisor: SYSCALL executed by 32-bit user space on AMD
 *  CPUs. */
#define CALLBACKTYPE_syscall32             7

#define _CALLBACKF_mask_events             0
/** Register flag: mask event upcalls on entry to the callback. Event and
 *  NMI callbacks are always entered with events masked, whatever the
 *  flag says. */
#define CALLBACKF_mask_events              (1U << _CALLBACKF_mask_events)

#if __XEN_INTERFACE_VERSION__ < 0x00030207
#undef CALLBACKTYPE_sysenter
/** Interfaces before 0x00030207: the number that CALLBACKTYPE_sysenter
 *  had then. */
#define CALLBACKTYPE_sysenter CALLBACKTYPE_sysenter_deprecated
#endif

/** @} */

/** @defgroup callback_h_op HYPERVISOR_callback_op
 *  @ingroup hdr_callback_h
 *  Register and unregister callbacks of the calling vCPU.
 *
 *  `long HYPERVISOR_callback_op(int cmd, const void *arg)`: `cmd` is one
 *  of the CALLBACKOP_* numbers below and `arg` points at its structure.
 *  Only x86 PV guests have the hypercall; for HVM and Arm guests it fails
 *  with -XEN_ENOSYS. No operation consults the security policy (XSM).
 *  Errors every operation can give, not repeated in the blocks:
 *  - -XEN_EFAULT: `arg` cannot be read;
 *  - unknown `cmd`: -XEN_ENOSYS from a 64-bit guest, -XEN_EINVAL from a
 *    32-bit one.
 *
 *  64-bit guests are served by do_callback_op(), 32-bit guests by
 *  compat_callback_op(), both in xen/arch/x86/pv/callback.c.
 *  @{ */

/**
 * @name CALLBACKOP_register
 * Set the entry point of one kind of callback for the calling vCPU,
 * replacing any earlier one.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 0 |
 * | Caller         | any x86 PV domain, for the calling vCPU |
 * | Argument       | struct callback_register |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 PV guests only; elsewhere -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | register_guest_callback() in xen/arch/x86/pv/callback.c |
 *
 * Errors from a 64-bit guest:
 * - -XEN_EINVAL: `address` is not canonical (checked before `type`).
 * - -XEN_ENOSYS: `type` is unknown, or is CALLBACKTYPE_sysenter_deprecated.
 *
 * Errors from a 32-bit guest (compat_register_guest_callback()):
 * - -XEN_ENOSYS: `type` is unknown, or is CALLBACKTYPE_syscall or
 *   CALLBACKTYPE_sysenter_deprecated.
 *
 * CALLBACKF_mask_events is read for the failsafe, SYSCALL and SYSENTER
 * kinds, and ignored for the event and NMI kinds.
 * @{ */
#define CALLBACKOP_register                0

#if !defined(__riscv) && !defined(__powerpc64__)
/* RISC-V and PowerPC have no xen_callback_t: see the file overview. */
/** Argument of CALLBACKOP_register (not on RISC-V and PowerPC). */
struct callback_register {
    uint16_t type;          /**< IN: CALLBACKTYPE_* kind. */
    uint16_t flags;         /**< IN: CALLBACKF_* flags; other bits zero. */
    xen_callback_t address; /**< IN: the entry point. */
};
typedef struct callback_register callback_register_t;
DEFINE_XEN_GUEST_HANDLE(callback_register_t);
#endif
/** @} */

/**
 * @name CALLBACKOP_unregister
 * Remove a callback of the calling vCPU. Only the NMI callback can be
 * removed; the others must stay registered once set.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 1 |
 * | Caller         | any x86 PV domain, for the calling vCPU |
 * | Argument       | struct callback_unregister |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 PV guests only; elsewhere -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | unregister_guest_callback() in xen/arch/x86/pv/callback.c |
 *
 * Errors:
 * - -XEN_EINVAL: `type` is a kind that cannot be removed: event,
 *   failsafe, SYSCALL (64-bit guests only), SYSCALL32 or SYSENTER.
 * - -XEN_ENOSYS: `type` is unknown to the guest's mode, including
 *   CALLBACKTYPE_sysenter_deprecated, and CALLBACKTYPE_syscall from a
 *   32-bit guest (compat_unregister_guest_callback()).
 * @{ */
#define CALLBACKOP_unregister              1

/** Argument of CALLBACKOP_unregister. */
struct callback_unregister {
    uint16_t type;    /**< IN: CALLBACKTYPE_* kind. */
    uint16_t _unused; /**< Reserved: write zero. */
};
typedef struct callback_unregister callback_unregister_t;
DEFINE_XEN_GUEST_HANDLE(callback_unregister_t);
/** @} */

/** @} */

#endif /* __XEN_PUBLIC_CALLBACK_H__ */
