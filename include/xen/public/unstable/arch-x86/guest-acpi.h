/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Where the ACPI tables that the toolstack builds for an x86 HVM
 *        guest find the map of online vCPUs used for CPU hot-plug.
 *
 * The device model (QEMU) presents a bitmap of the domain's online vCPUs in
 * the guest's I/O port space, and the DSDT the toolstack generates reads it
 * to tell the operating system which processors exist. When a vCPU is added
 * or removed, the device model updates the map and raises general-purpose
 * event XEN_ACPI_GPE0_CPUHP_BIT; the DSDT's handler for that event rescans
 * the map and notifies the operating system of each change. Domains without
 * a device model have neither.
 *
 * The header only defines macros, so it can be included from assembly.
 *
 * Stability: unstable (toolstack-only in Xen; may change between Xen
 * releases). Callers: the toolstack's ACPI table builder (libacpi, used by
 * libxl and hvmloader).
 */
#if !defined(__i386__) && !defined(__x86_64__)
#error "xen-public: unstable/arch-x86/guest-acpi.h is for x86 only; build for x86"
#endif

#ifndef __XEN_PUBLIC_ARCH_X86_GUEST_ACPI_H__
#define __XEN_PUBLIC_ARCH_X86_GUEST_ACPI_H__

/*
 * Reaching an unstable header makes this a toolstack build: unless the
 * consumer named an interface version, it gets the newest, as upstream gives
 * __XEN_TOOLS__ builds (xen-compat.h holds the number).
 */
#ifndef __XEN_INTERFACE_VERSION__
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#endif
#include "../../xen-compat.h"

#include "../../hvm/hvm_info_table.h"

/** @defgroup hdr_unstable_arch_x86_guest_acpi_h unstable/arch-x86/guest-acpi.h
 *  @ingroup xen_unstable */

/** @defgroup unstable_arch_x86_guest_acpi_h_cpuhp vCPU hot-plug
 *  @ingroup hdr_unstable_arch_x86_guest_acpi_h
 *  @{ */

/** First I/O port of the online-vCPU bitmap: bit N of the byte at port
 *  XEN_ACPI_CPU_MAP + B is vCPU 8 * B + N. */
#define XEN_ACPI_CPU_MAP             0xaf00
/** Length of the online-vCPU bitmap, in bytes (ports): one bit for each of
 *  HVM_MAX_VCPUS vCPUs. */
#define XEN_ACPI_CPU_MAP_LEN         ((HVM_MAX_VCPUS + 7) / 8)

/** Number of the general-purpose event (a bit of the GPE0 block) raised
 *  when the online-vCPU bitmap changed. */
#define XEN_ACPI_GPE0_CPUHP_BIT      2

/** @} */

#endif /* __XEN_PUBLIC_ARCH_X86_GUEST_ACPI_H__ */
