/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Arm HVM save records: none are defined yet.
 *
 * Arm guests are saved with the common part of the format only (the
 * descriptor and the END record of hvm/save.h); Xen on Arm defines no
 * record types of its own. The file exists so that hvm/save.h has an
 * architecture part to include on Arm, as it does on x86, and so that
 * future Arm records have their place.
 *
 * Normally reached through hvm/save.h. Included directly it declares nothing
 * and, like upstream's, leaves the interface version alone.
 *
 * Stability: stable (part of the migration stream). Callers: toolstacks and
 * tools handling Arm guest contexts, through hvm/save.h.
 */
#if !defined(__arm__) && !defined(__aarch64__)
#error "xen-public: arch-arm/hvm/save.h is for Arm only; include hvm/save.h instead"
#endif

#ifndef __XEN_PUBLIC_HVM_SAVE_ARM_H__
#define __XEN_PUBLIC_HVM_SAVE_ARM_H__

/* Nothing of its own yet: the fixed-width types, as every header gives. */
#include "../../xen-public-base.h"

#endif /* __XEN_PUBLIC_HVM_SAVE_ARM_H__ */
