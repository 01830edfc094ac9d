/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Toolstack-only complement of platform.h: the 64-bit guest
 *        handles to its structures.
 *
 * A toolstack that passes platform.h structures inside domctl or sysctl
 * arguments needs handles that occupy 64 bits whatever its own word size.
 * This header declares the `__guest_handle_64_` types behind
 * XEN_GUEST_HANDLE_64() for every handle platform.h defines. They exist
 * on 32-bit x86 only; elsewhere XEN_GUEST_HANDLE_64() is the ordinary
 * handle and nothing is added.
 *
 * Stability: unstable (follows the toolstack interfaces; may change
 * between Xen releases). Callers: 32-bit toolstack libraries.
 */
#ifndef XEN_PUBLIC_UNSTABLE_PLATFORM_H
#define XEN_PUBLIC_UNSTABLE_PLATFORM_H

/*
 * Reaching an unstable header makes this a toolstack build: unless the
 * consumer named an interface version, it gets the newest, as upstream gives
 * __XEN_TOOLS__ builds (xen-compat.h holds the number).
 */
#ifndef __XEN_INTERFACE_VERSION__
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#endif

#include "../platform.h"
/* The toolstack part, on top of xen-public's own copy of the stable header
 * only: another copy, included first, brings its own. */
#ifdef XEN_PUBLIC_PLATFORM_H
#include "xen.h"

/** @defgroup hdr_unstable_platform_h unstable/platform.h
 *  @ingroup xen_unstable */

/** @defgroup unstable_platform_h_handles 64-bit handles to platform.h types
 *  @ingroup hdr_unstable_platform_h
 *  Each line declares `__guest_handle_64_<name>` and
 *  `__guest_handle_64_const_<name>` (x86-32 only).
 *  @{ */
XEN_DEFINE_GUEST_HANDLE_64(xenpf_settime_t, xenpf_settime_t)
XEN_DEFINE_GUEST_HANDLE_64(xenpf_add_memtype_t, xenpf_add_memtype_t)
XEN_DEFINE_GUEST_HANDLE_64(xenpf_del_memtype_t, xenpf_del_memtype_t)
XEN_DEFINE_GUEST_HANDLE_64(xenpf_read_memtype_t, xenpf_read_memtype_t)
XEN_DEFINE_GUEST_HANDLE_64(xenpf_microcode_update_t, xenpf_microcode_update_t)
XEN_DEFINE_GUEST_HANDLE_64(xenpf_platform_quirk_t, xenpf_platform_quirk_t)
XEN_DEFINE_GUEST_HANDLE_64(xenpf_efi_runtime_call_t, xenpf_efi_runtime_call_t)
XEN_DEFINE_GUEST_HANDLE_64(xenpf_firmware_info_t, xenpf_firmware_info_t)
XEN_DEFINE_GUEST_HANDLE_64(xenpf_enter_acpi_sleep_t, xenpf_enter_acpi_sleep_t)
XEN_DEFINE_GUEST_HANDLE_64(xenpf_change_freq_t, xenpf_change_freq_t)
XEN_DEFINE_GUEST_HANDLE_64(xenpf_getidletime_t, xenpf_getidletime_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_processor_csd_t, xen_processor_csd_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_processor_cx_t, xen_processor_cx_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_processor_px_t, xen_processor_px_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_processor_performance_t, xen_processor_performance_t)
XEN_DEFINE_GUEST_HANDLE_64(xenpf_set_processor_pminfo_t, xenpf_set_processor_pminfo_t)
XEN_DEFINE_GUEST_HANDLE_64(xenpf_pcpuinfo_t, xenpf_pcpuinfo_t)
XEN_DEFINE_GUEST_HANDLE_64(xenpf_pcpu_version_t, xenpf_pcpu_version_t)
XEN_DEFINE_GUEST_HANDLE_64(xenpf_cpu_ol_t, xenpf_cpu_ol_t)
XEN_DEFINE_GUEST_HANDLE_64(xenpf_core_parking_t, xenpf_core_parking_t)
XEN_DEFINE_GUEST_HANDLE_64(xenpf_resource_entry_t, xenpf_resource_entry_t)
XEN_DEFINE_GUEST_HANDLE_64(xenpf_resource_op_t, xenpf_resource_op_t)
XEN_DEFINE_GUEST_HANDLE_64(xenpf_symdata_t, xenpf_symdata_t)
XEN_DEFINE_GUEST_HANDLE_64(xenpf_dom0_console_t, xenpf_dom0_console_t)
XEN_DEFINE_GUEST_HANDLE_64(xenpf_ucode_revision_t, xenpf_ucode_revision_t)
XEN_DEFINE_GUEST_HANDLE_64(xenpf_microcode_update2_t, xenpf_microcode_update2_t)
XEN_DEFINE_GUEST_HANDLE_64(xen_platform_op_t, xen_platform_op_t)
/** @} */

#endif /* XEN_PUBLIC_PLATFORM_H */

#endif /* XEN_PUBLIC_UNSTABLE_PLATFORM_H */
