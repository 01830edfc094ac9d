/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief The identity Xen reports through the Arm SMC Calling Convention
 *        (SMCCC) for the service ranges it implements towards guests.
 *
 * A guest that issues SMC or HVC calls following SMCCC reaches Xen for two
 * owners of function ids: the hypervisor service range (owner 5), where Xen
 * offers its own calls, and the standard service range (owner 4), where Xen
 * emulates standard services such as PSCI for the guest. SMCCC lets a caller
 * ask each range for a UID, to learn who implements it, and for a revision.
 *
 * The revisions below describe the set of SMCCC functions Xen offers in a
 * range, not the hypervisor's version: the major number changes when a
 * function is withdrawn, the minor number when one is added.
 *
 * The UIDs are xen_uuid_t values (xen.h). The UID query returns one in
 * registers 0 to 3, four of its bytes in each: byte 4 * n + k of the
 * xen_uuid_t sits in bits 8 * k + 7 to 8 * k of register n.
 *
 * Assembly sources may include this header; it only defines macros.
 *
 * Stability: stable. Callers: Arm guest kernels and firmware probing SMCCC
 * services (Linux's Xen and PSCI code, for instance).
 */
#if !defined(__arm__) && !defined(__aarch64__)
#error "xen-public: arch-arm/smccc.h is for Arm (AArch32, AArch64) only; build for Arm"
#endif

#ifndef __XEN_PUBLIC_ARCH_ARM_SMCCC_H__
#define __XEN_PUBLIC_ARCH_ARM_SMCCC_H__

#include "../xen.h"

/** @defgroup hdr_arch_arm_smccc_h arch-arm/smccc.h
 *  @ingroup xen_arch */

/** @defgroup arch_arm_smccc_h_hyp Hypervisor service range
 *  @ingroup hdr_arch_arm_smccc_h
 *  @{ */

/** Major revision of Xen's hypervisor service calls. */
#define XEN_SMCCC_MAJOR_REVISION 0
/** Minor revision of Xen's hypervisor service calls. */
#define XEN_SMCCC_MINOR_REVISION 1

/** UID returned for the hypervisor service range, identifying Xen:
 *  a71812dc-c698-4369-9acf-79d18ddee667. */
#define XEN_SMCCC_UID XEN_DEFINE_UUID(0xa71812dcU, 0xc698, 0x4369, 0x9acf, \
                                      0x79, 0xd1, 0x8d, 0xde, 0xe6, 0x67)

/** @} */

/** @defgroup arch_arm_smccc_h_std Standard service range
 *  @ingroup hdr_arch_arm_smccc_h
 *  @{ */

/** Major revision of the standard service calls Xen emulates. */
#define SSSC_SMCCC_MAJOR_REVISION 0
/** Minor revision of the standard service calls Xen emulates. */
#define SSSC_SMCCC_MINOR_REVISION 1

/** UID returned for the standard service range when Xen provides it:
 *  f863386f-4b39-4cbd-9220-ce1641e59f6f. */
#define SSSC_SMCCC_UID XEN_DEFINE_UUID(0xf863386fU, 0x4b39, 0x4cbd, 0x9220, \
                                       0xce, 0x16, 0x41, 0xe5, 0x9f, 0x6f)

/** @} */

#endif /* __XEN_PUBLIC_ARCH_ARM_SMCCC_H__ */
