/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Toolstack-only complement of arch-x86/xen-mca.h: the second
 *        version of machine-check injection, and 64-bit handles to the
 *        machine-check structures; unstable.
 *
 * XEN_MC_inject_v2 lets an error-injection tool raise a machine-check
 * exception, a corrected-error interrupt or a local machine check on a
 * chosen set of CPUs at once. Its argument, struct xen_mc_inject_v2, is
 * defined in the stable header, because it is a member of struct xen_mc;
 * only the operation number and its flags are here.
 *
 * This header first includes unstable/xen.h and then the stable
 * arch-x86/xen-mca.h, so that struct xenctl_bitmap comes from the former.
 *
 * Stability: unstable (toolstack-only in Xen; may change between Xen
 * releases). Callers: the toolstack's machine-check injection (libxc's
 * xc_mca_op_inject_v2(), the xen-mceinj tool).
 */
#if !defined(__i386__) && !defined(__x86_64__)
#error "xen-public: unstable/arch-x86/xen-mca.h is for x86 only; build for x86"
#endif

#ifndef XEN_PUBLIC_UNSTABLE_ARCH_X86_XEN_MCA_H
#define XEN_PUBLIC_UNSTABLE_ARCH_X86_XEN_MCA_H

/*
 * Reaching an unstable header makes this a toolstack build: unless the
 * consumer named an interface version, it gets the newest, as upstream gives
 * __XEN_TOOLS__ builds (xen-compat.h holds the number).
 */
#ifndef __XEN_INTERFACE_VERSION__
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#endif
#include "../../xen-compat.h"

#include "../xen.h"
#include "../../arch-x86/xen-mca.h"
/* The toolstack part, on top of xen-public's own copy of the stable header
 * only: another copy, included first, brings its own. */
#ifdef XEN_PUBLIC_ARCH_X86_XEN_MCA_H

#ifndef __ASSEMBLER__
/* The 64-bit handles to the structures arch-x86/xen-mca.h gives handles. */
XEN_DEFINE_GUEST_HANDLE_64(mc_info_t, mc_info_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_mc_logical_cpu_t, xen_mc_logical_cpu_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_mc_fetch_t, xen_mc_fetch_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_mc_notifydomain_t, xen_mc_notifydomain_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_mc_t, xen_mc_t)
#endif

/** @defgroup hdr_unstable_arch_x86_xen_mca_h unstable/arch-x86/xen-mca.h
 *  @ingroup xen_unstable */

/** @defgroup unstable_arch_x86_xen_mca_h_ops Operations
 *  @ingroup hdr_unstable_arch_x86_xen_mca_h
 *  @{ */

/**
 * @name XEN_MC_inject_v2
 * Raise a machine-check event of the chosen kind on a set of CPUs. The
 * handlers then read whatever the banks hold, typically values that
 * XEN_MC_msrinject put there beforehand.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 6 |
 * | Caller         | a PV control domain; XSM: xsm_do_mca(), XSM_PRIV |
 * | Argument       | struct xen_mc_inject_v2 (arch-x86/xen-mca.h), in xen_mc.u.mc_inject_v2 |
 * | Returns        | 0 once the event has been raised on the CPUs named |
 * | Errors         | listed below |
 * | Since          | Xen 4.1.0 |
 * | Implemented by | do_mca() in xen/arch/x86/cpu/mcheck/mce.c |
 *
 * The errors every HYPERVISOR_mca operation can give are listed in
 * arch-x86/xen-mca.h. Unlike XEN_MC_msrinject and XEN_MC_mceinject, this
 * operation does not mark the hypervisor as tainted in Xen 4.22.0.
 *
 * Offline CPUs in `cpumap` are not filtered out: only the check for
 * banks passes over them, and the event is then sent to every CPU of the
 * map. For \#MC and LMCE, Xen runs the injection through
 * on_selected_cpus() in xen/common/smp.c, which a debug build lets through
 * only with online targets; what a release build, or CMCI, does with an
 * offline one is not settled here, so name online CPUs only.
 *
 * Errors:
 * - -XEN_ENODEV: the host has no machine-check banks.
 * - -XEN_ENOMEM: without XEN_MC_INJECT_CPU_BROADCAST, no memory for Xen's
 *   copy of `cpumap`.
 * - -XEN_EFAULT: without it, the bitmap of `cpumap` cannot be read.
 * - -XEN_EINVAL: without it, no CPU of `cpumap` is online.
 * - -XEN_ENOENT: an online target CPU has no banks.
 * - -XEN_EINVAL: XEN_MC_INJECT_TYPE_CMCI on a host without CMCI.
 * - -XEN_EINVAL: XEN_MC_INJECT_TYPE_LMCE on a host without LMCE, with
 *   XEN_MC_INJECT_CPU_BROADCAST, or with more than one CPU in `cpumap`
 *   (offline ones count).
 * - -XEN_EINVAL: the type in `flags` is none of the three.
 * @{ */
#define XEN_MC_inject_v2        6
/** `flags`: the bits that hold the XEN_MC_INJECT_TYPE_* value. */
#define XEN_MC_INJECT_TYPE_MASK     0x7
/** `flags` type: a machine-check exception (\#MC). */
#define XEN_MC_INJECT_TYPE_MCE      0x0
/** `flags` type: a corrected machine-check interrupt (CMCI). */
#define XEN_MC_INJECT_TYPE_CMCI     0x1
/** `flags` type: a local machine check, on exactly one CPU (LMCE). */
#define XEN_MC_INJECT_TYPE_LMCE     0x2

/** `flags`: target every online CPU instead of those in `cpumap`. */
#define XEN_MC_INJECT_CPU_BROADCAST 0x8

/** @} */

/** @} */

#endif /* XEN_PUBLIC_ARCH_X86_XEN_MCA_H */

#endif /* XEN_PUBLIC_UNSTABLE_ARCH_X86_XEN_MCA_H */
