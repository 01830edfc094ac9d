/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Xenstore keys through which the toolstack configures an HVM
 *        guest's firmware.
 *
 * hvmloader, the firmware Xen loads into every HVM guest, reads a few
 * settings from xenstore before it builds the BIOS, ACPI and SMBIOS tables.
 * The keys are relative to the guest's own xenstore directory
 * (`/local/domain/<domid>/`); the toolstack writes them before the guest
 * starts. Addresses and lengths are written as numbers in text, like every
 * xenstore value.
 *
 * This header is safe under `__ASSEMBLER__`: it defines macros only.
 *
 * Stability: stable. Callers: toolstacks (writers) and HVM firmware
 * (reader).
 */
#ifndef __XEN_PUBLIC_HVM_HVM_XS_STRINGS_H__
#define __XEN_PUBLIC_HVM_HVM_XS_STRINGS_H__

#include "../xen-public-base.h"

/** @defgroup hdr_hvm_hvm_xs_strings_h hvm/hvm_xs_strings.h
 *  @ingroup xen_hvm */

/** @defgroup hvm_hvm_xs_strings_h_loader Firmware settings
 *  @ingroup hdr_hvm_hvm_xs_strings_h
 *  @{ */

/** Directory holding every hvmloader setting. */
#define HVM_XS_HVMLOADER               "hvmloader"
/** Which BIOS image hvmloader starts ("rombios" when absent; also
 *  "seabios", "ovmf"). */
#define HVM_XS_BIOS                    "hvmloader/bios"
/** Guest-physical address of the VM Generation ID. Today's hvmloader
 *  publishes that address in HVM_PARAM_VM_GENERATION_ID_ADDR (params.h)
 *  instead. */
#define HVM_XS_GENERATION_ID_ADDRESS   "hvmloader/generation-id-address"
/** Whether hvmloader may move RAM from below 4 GiB to above it, to enlarge
 *  the MMIO hole when the device BARs do not fit: "1" (the default when
 *  absent) or "0". */
#define HVM_XS_ALLOW_MEMORY_RELOCATE   "hvmloader/allow-memory-relocate"
/** Cache type the MTRRs give the memory BAR of the Xen platform PCI
 *  device: "1" (the default when absent) uncachable, "0" write-back. */
#define HVM_XS_XEN_PLATFORM_PCI_BAR_UC "hvmloader/pci/xen-platform-pci-bar-uc"

/** @} */

/** @defgroup hvm_hvm_xs_strings_h_acpi Extra ACPI tables
 *  @ingroup hdr_hvm_hvm_xs_strings_h
 *  A block of guest memory holding complete ACPI tables, one after the
 *  other, each carrying its own length in its header. hvmloader adds them
 *  to the tables it builds.
 *  @{ */

/** Guest-physical address of the block. */
#define HVM_XS_ACPI_PT_ADDRESS         "hvmloader/acpi/address"
/** Length of the block in bytes. */
#define HVM_XS_ACPI_PT_LENGTH          "hvmloader/acpi/length"

/** @} */

/** @defgroup hvm_hvm_xs_strings_h_smbios Extra SMBIOS structures
 *  @ingroup hdr_hvm_hvm_xs_strings_h
 *  A block of guest memory holding SMBIOS structures, each preceded by
 *  its length as a 32-bit integer. A structure of a type the DMTF defines
 *  (0 to 121) replaces the one hvmloader would have built; vendor types
 *  (128 to 255) are added.
 *  @{ */

/** Guest-physical address of the block. */
#define HVM_XS_SMBIOS_PT_ADDRESS       "hvmloader/smbios/address"
/** Length of the block in bytes. */
#define HVM_XS_SMBIOS_PT_LENGTH        "hvmloader/smbios/length"
/** "1": include a portable battery structure (type 22) with default
 *  contents. */
#define HVM_XS_SMBIOS_DEFAULT_BATTERY  "hvmloader/smbios/default_battery"

/** @} */

/** @defgroup hvm_hvm_xs_strings_h_bios_strings SMBIOS strings
 *  @ingroup hdr_hvm_hvm_xs_strings_h
 *  Text that replaces hvmloader's defaults in the SMBIOS tables. Each key
 *  names the SMBIOS field it fills.
 *  @{ */

/** Directory holding every string override. */
#define HVM_XS_BIOS_STRINGS            "bios-strings"
/** BIOS information (type 0): vendor. */
#define HVM_XS_BIOS_VENDOR             "bios-strings/bios-vendor"
/** BIOS information (type 0): version. */
#define HVM_XS_BIOS_VERSION            "bios-strings/bios-version"
/** System information (type 1): manufacturer. */
#define HVM_XS_SYSTEM_MANUFACTURER     "bios-strings/system-manufacturer"
/** System information (type 1): product name. */
#define HVM_XS_SYSTEM_PRODUCT_NAME     "bios-strings/system-product-name"
/** System information (type 1): version. */
#define HVM_XS_SYSTEM_VERSION          "bios-strings/system-version"
/** System information (type 1): serial number. */
#define HVM_XS_SYSTEM_SERIAL_NUMBER    "bios-strings/system-serial-number"
/** Baseboard information (type 2): manufacturer. */
#define HVM_XS_BASEBOARD_MANUFACTURER  "bios-strings/baseboard-manufacturer"
/** Baseboard information (type 2): product. */
#define HVM_XS_BASEBOARD_PRODUCT_NAME  "bios-strings/baseboard-product-name"
/** Baseboard information (type 2): version. */
#define HVM_XS_BASEBOARD_VERSION       "bios-strings/baseboard-version"
/** Baseboard information (type 2): serial number. */
#define HVM_XS_BASEBOARD_SERIAL_NUMBER "bios-strings/baseboard-serial-number"
/** Baseboard information (type 2): asset tag. */
#define HVM_XS_BASEBOARD_ASSET_TAG     "bios-strings/baseboard-asset-tag"
/** Baseboard information (type 2): location in the chassis. */
#define HVM_XS_BASEBOARD_LOCATION_IN_CHASSIS "bios-strings/baseboard-location-in-chassis"
/** System enclosure (type 3): manufacturer. */
#define HVM_XS_ENCLOSURE_MANUFACTURER  "bios-strings/enclosure-manufacturer"
/** System enclosure (type 3): serial number. */
#define HVM_XS_ENCLOSURE_SERIAL_NUMBER "bios-strings/enclosure-serial-number"
/** System enclosure (type 3): asset tag. */
#define HVM_XS_ENCLOSURE_ASSET_TAG     "bios-strings/enclosure-asset-tag"
/** Portable battery (type 22): manufacturer. */
#define HVM_XS_BATTERY_MANUFACTURER    "bios-strings/battery-manufacturer"
/** Portable battery (type 22): device name. */
#define HVM_XS_BATTERY_DEVICE_NAME     "bios-strings/battery-device-name"
/**
 * printf() format of the keys of the OEM strings (type 11), numbered from
 * 1 to 99. hvmloader takes them in order and stops at the first one that
 * is missing or empty.
 */
#define HVM_XS_OEM_STRINGS             "bios-strings/oem-%d"

/** @} */

#endif /* __XEN_PUBLIC_HVM_HVM_XS_STRINGS_H__ */
