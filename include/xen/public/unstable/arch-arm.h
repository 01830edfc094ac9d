/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Arm definitions for the toolstack: vCPU register state, the
 *        Arm part of domain creation, and the fixed guest memory and
 *        interrupt map Xen and the toolstack build guests with.
 *
 * A toolstack uses these to create a domain (struct xen_arch_domainconfig
 * inside XEN_DOMCTL_createdomain), to read or set a vCPU's registers
 * (struct vcpu_guest_context with XEN_DOMCTL_getvcpucontext /
 * XEN_DOMCTL_setvcpucontext), and to write the device tree or ACPI tables it
 * hands the guest. A guest must not hard-code the GUEST_* addresses and
 * interrupts below: it reads them from the firmware tables it is given.
 *
 * Assembly sources may include this header: under `__ASSEMBLER__` only the
 * macros remain.
 *
 * Stability: unstable (changes together with XEN_DOMCTL_INTERFACE_VERSION;
 * rebuild with each Xen release). Callers: the toolstack (libxl, libxc and
 * the domain builders), Dom0less and boot-time domain builders.
 */
#ifndef XEN_PUBLIC_UNSTABLE_ARCH_ARM_H
#define XEN_PUBLIC_UNSTABLE_ARCH_ARM_H

/*
 * Reaching an unstable header makes this a toolstack build: unless the
 * consumer named an interface version, it gets the newest, as upstream gives
 * __XEN_TOOLS__ builds (xen-compat.h holds the number).
 */
#ifndef __XEN_INTERFACE_VERSION__
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#endif
#include "../xen-compat.h"

#include "../arch-arm.h"
/* The toolstack part, on top of xen-public's own copy of the stable header
 * only: another copy, included first, brings its own. */
#ifdef XEN_PUBLIC_ARCH_ARM_H
#include "../xen.h"

#ifndef __ASSEMBLER__

/** @defgroup hdr_unstable_arch_arm_h unstable/arch-arm.h
 *  @ingroup xen_unstable */

/** @defgroup unstable_arch_arm_regs Arm vCPU register state
 *  @ingroup hdr_unstable_arch_arm_h
 *  The register file of one vCPU as XEN_DOMCTL_getvcpucontext returns it and
 *  XEN_DOMCTL_setvcpucontext takes it. Each 64-bit slot holds one AArch64
 *  register; for an AArch32 vCPU the same slot holds the AArch32 register
 *  the architecture maps onto that AArch64 register, in its low 32 bits.
 *  Where the compiler accepts anonymous unions (GNU C, C11, C++) both names
 *  are available; otherwise only the 64-bit name is, with the same layout.
 *  @{ */

#if defined(__GNUC__) || defined(__cplusplus) || \
    (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L)

XEN_EXTENSIONS_BEGIN
/** General-purpose, banked and exception-return registers of a vCPU,
 *  312 bytes. */
struct vcpu_guest_core_regs
{
    union {
        uint64_t x0;             /**< AArch64 x0. */
        uint32_t r0_usr;         /**< AArch32 r0. */
    };
    union {
        uint64_t x1;             /**< AArch64 x1. */
        uint32_t r1_usr;         /**< AArch32 r1. */
    };
    union {
        uint64_t x2;             /**< AArch64 x2. */
        uint32_t r2_usr;         /**< AArch32 r2. */
    };
    union {
        uint64_t x3;             /**< AArch64 x3. */
        uint32_t r3_usr;         /**< AArch32 r3. */
    };
    union {
        uint64_t x4;             /**< AArch64 x4. */
        uint32_t r4_usr;         /**< AArch32 r4. */
    };
    union {
        uint64_t x5;             /**< AArch64 x5. */
        uint32_t r5_usr;         /**< AArch32 r5. */
    };
    union {
        uint64_t x6;             /**< AArch64 x6. */
        uint32_t r6_usr;         /**< AArch32 r6. */
    };
    union {
        uint64_t x7;             /**< AArch64 x7. */
        uint32_t r7_usr;         /**< AArch32 r7. */
    };
    union {
        uint64_t x8;             /**< AArch64 x8. */
        uint32_t r8_usr;         /**< AArch32 r8 outside FIQ mode. */
    };
    union {
        uint64_t x9;             /**< AArch64 x9. */
        uint32_t r9_usr;         /**< AArch32 r9 outside FIQ mode. */
    };
    union {
        uint64_t x10;            /**< AArch64 x10. */
        uint32_t r10_usr;        /**< AArch32 r10 outside FIQ mode. */
    };
    union {
        uint64_t x11;            /**< AArch64 x11. */
        uint32_t r11_usr;        /**< AArch32 r11 outside FIQ mode. */
    };
    union {
        uint64_t x12;            /**< AArch64 x12. */
        uint32_t r12_usr;        /**< AArch32 r12 outside FIQ mode. */
    };
    union {
        uint64_t x13;            /**< AArch64 x13. */
        uint32_t sp_usr;         /**< AArch32 User/System mode stack pointer. */
    };
    union {
        uint64_t x14;            /**< AArch64 x14. */
        uint32_t lr_usr;         /**< AArch32 User/System mode link register. */
    };
    union {
        uint64_t x15;            /**< AArch64 x15. */
        /** AArch32: slot of the Hyp mode stack pointer, which a guest never has; ignored. */
        uint32_t __unused_sp_hyp;
    };
    union {
        uint64_t x16;            /**< AArch64 x16. */
        uint32_t lr_irq;         /**< AArch32 IRQ mode link register. */
    };
    union {
        uint64_t x17;            /**< AArch64 x17. */
        uint32_t sp_irq;         /**< AArch32 IRQ mode stack pointer. */
    };
    union {
        uint64_t x18;            /**< AArch64 x18. */
        uint32_t lr_svc;         /**< AArch32 Supervisor mode link register. */
    };
    union {
        uint64_t x19;            /**< AArch64 x19. */
        uint32_t sp_svc;         /**< AArch32 Supervisor mode stack pointer. */
    };
    union {
        uint64_t x20;            /**< AArch64 x20. */
        uint32_t lr_abt;         /**< AArch32 Abort mode link register. */
    };
    union {
        uint64_t x21;            /**< AArch64 x21. */
        uint32_t sp_abt;         /**< AArch32 Abort mode stack pointer. */
    };
    union {
        uint64_t x22;            /**< AArch64 x22. */
        uint32_t lr_und;         /**< AArch32 Undefined mode link register. */
    };
    union {
        uint64_t x23;            /**< AArch64 x23. */
        uint32_t sp_und;         /**< AArch32 Undefined mode stack pointer. */
    };
    union {
        uint64_t x24;            /**< AArch64 x24. */
        uint32_t r8_fiq;         /**< AArch32 FIQ mode banked r8. */
    };
    union {
        uint64_t x25;            /**< AArch64 x25. */
        uint32_t r9_fiq;         /**< AArch32 FIQ mode banked r9. */
    };
    union {
        uint64_t x26;            /**< AArch64 x26. */
        uint32_t r10_fiq;        /**< AArch32 FIQ mode banked r10. */
    };
    union {
        uint64_t x27;            /**< AArch64 x27. */
        uint32_t r11_fiq;        /**< AArch32 FIQ mode banked r11. */
    };
    union {
        uint64_t x28;            /**< AArch64 x28. */
        uint32_t r12_fiq;        /**< AArch32 FIQ mode banked r12. */
    };
    union {
        uint64_t x29;            /**< AArch64 x29 (frame pointer). */
        uint32_t sp_fiq;         /**< AArch32 FIQ mode stack pointer. */
    };
    union {
        uint64_t x30;            /**< AArch64 x30 (link register). */
        uint32_t lr_fiq;         /**< AArch32 FIQ mode link register. */
    };
    union {
        uint64_t pc64;           /**< AArch64 resume address (ELR_EL2 on entry to Xen). */
        uint32_t pc32;           /**< AArch32 resume address. */
    };
    /** Saved processor state (SPSR_EL2): mode and flags, see PSR_*. */
    uint64_t cpsr;
    union {
        uint64_t spsr_el1;       /**< AArch64 SPSR_EL1. */
        uint32_t spsr_svc;       /**< AArch32 Supervisor mode SPSR. */
    };
    uint32_t spsr_fiq;           /**< AArch32 only: FIQ mode SPSR. */
    uint32_t spsr_irq;           /**< AArch32 only: IRQ mode SPSR. */
    uint32_t spsr_und;           /**< AArch32 only: Undefined mode SPSR. */
    uint32_t spsr_abt;           /**< AArch32 only: Abort mode SPSR. */
    uint64_t sp_el0;             /**< AArch64 only: SP_EL0. */
    uint64_t sp_el1;             /**< AArch64 only: SP_EL1. */
    uint64_t elr_el1;            /**< AArch64 only: ELR_EL1. */
};
XEN_EXTENSIONS_END

#else /* no anonymous unions: 64-bit names only, same layout */

struct vcpu_guest_core_regs
{
    uint64_t x0, x1, x2, x3, x4, x5, x6, x7;
    uint64_t x8, x9, x10, x11, x12, x13, x14, x15;
    uint64_t x16, x17, x18, x19, x20, x21, x22, x23;
    uint64_t x24, x25, x26, x27, x28, x29, x30;
    uint64_t pc64;
    uint64_t cpsr;
    uint64_t spsr_el1;
    uint32_t spsr_fiq, spsr_irq, spsr_und, spsr_abt;
    uint64_t sp_el0;
    uint64_t sp_el1, elr_el1;
};

#endif

typedef struct vcpu_guest_core_regs vcpu_guest_core_regs_t;
DEFINE_XEN_GUEST_HANDLE(vcpu_guest_core_regs_t);

/** Complete state of one vCPU as the domctls exchange it, 352 bytes. */
struct vcpu_guest_context {
    uint32_t flags;                         /**< IN/OUT: VGCF_* bits. */
    struct vcpu_guest_core_regs user_regs;  /**< IN/OUT: core registers. */
    /** IN/OUT: SCTLR_EL1 (start value #SCTLR_GUEST_INIT). */
    uint64_t sctlr;
    uint64_t ttbcr;                         /**< IN/OUT: TCR_EL1 / TTBCR. */
    uint64_t ttbr0;                         /**< IN/OUT: TTBR0_EL1. */
    uint64_t ttbr1;                         /**< IN/OUT: TTBR1_EL1. */
};
typedef struct vcpu_guest_context vcpu_guest_context_t;
DEFINE_XEN_GUEST_HANDLE(vcpu_guest_context_t);

#endif /* !__ASSEMBLER__ */

/** Bit number of #VGCF_online in vcpu_guest_context.flags. */
#define _VGCF_online                   0
/** The vCPU is up (runnable once the domain runs), not parked offline. */
#define VGCF_online                    (1 << _VGCF_online)

/** @} */

/** @defgroup unstable_arch_arm_domcfg Arm domain-creation settings
 *  @ingroup hdr_unstable_arch_arm_h
 *  The architecture block of XEN_DOMCTL_createdomain. Its layout is
 *  versioned by XEN_DOMCTL_INTERFACE_VERSION, not frozen.
 *  @{ */

/** gic_version: let Xen pick the GIC model of the host (IN); OUT holds the choice. */
#define XEN_DOMCTL_CONFIG_GIC_NATIVE    0
/** gic_version: emulate a GICv2. */
#define XEN_DOMCTL_CONFIG_GIC_V2        1
/** gic_version: emulate a GICv3. */
#define XEN_DOMCTL_CONFIG_GIC_V3        2

/** tee_type: no trusted-execution-environment mediator. */
#define XEN_DOMCTL_CONFIG_TEE_NONE      0
/** tee_type: mediate calls to OP-TEE. */
#define XEN_DOMCTL_CONFIG_TEE_OPTEE     1
/** tee_type: mediate Arm FF-A calls. */
#define XEN_DOMCTL_CONFIG_TEE_FFA       2

/** arm_sci_type: no system control interface for the domain. */
#define XEN_DOMCTL_CONFIG_ARM_SCI_NONE      0
/** arm_sci_type: SCMI over SMC, mediated by Xen. */
#define XEN_DOMCTL_CONFIG_ARM_SCI_SCMI_SMC  1

/** v8r_el1_msa: not an Armv8-R guest; the only value a Xen built for
 *  MMU-based (non-MPU) hosts accepts. */
#define XEN_DOMCTL_CONFIG_ARM_V8R_EL1_MSA_NONE    0
/** v8r_el1_msa: the guest's EL1 uses the protected memory system (MPU);
 *  needs an MPU build of Xen. */
#define XEN_DOMCTL_CONFIG_ARM_V8R_EL1_MSA_PMSA    1
/** v8r_el1_msa: the guest's EL1 uses the virtual memory system (MMU);
 *  needs a 64-bit MPU build of Xen. */
#define XEN_DOMCTL_CONFIG_ARM_V8R_EL1_MSA_VMSA    2

#ifndef __ASSEMBLER__
/** Arm settings of a new domain, 16 bytes. */
struct xen_arch_domainconfig {
    /** IN/OUT: XEN_DOMCTL_CONFIG_GIC_*; NATIVE is replaced by the model chosen. */
    uint8_t gic_version;
    uint8_t sve_vl;           /**< IN: SVE vector length in units of 128 bits; 0 disables SVE. */
    uint16_t tee_type;        /**< IN: XEN_DOMCTL_CONFIG_TEE_*. */
    uint32_t nr_spis;         /**< IN: number of shared peripheral interrupts the vGIC provides. */
    /**
     * OUT: timer frequency in Hz taken from the host device tree's timer
     * node `clock-frequency` property, for firmware that left CNTFRQ
     * unprogrammed. CNTFRQ reads cannot be trapped, so the toolstack must
     * copy a non-zero value into the guest's device tree; 0 means the host
     * has no such property.
     */
    uint32_t clock_frequency;
    uint8_t arm_sci_type;     /**< IN: XEN_DOMCTL_CONFIG_ARM_SCI_*. */
    uint8_t v8r_el1_msa;      /**< IN: XEN_DOMCTL_CONFIG_ARM_V8R_EL1_MSA_*. */
    uint16_t pad;             /**< Reserved: write zero. */
};
#endif /* !__ASSEMBLER__ */

/** @} */

/** @defgroup unstable_arch_arm_psr Arm processor state bits
 *  @ingroup hdr_unstable_arch_arm_h
 *  Fields of CPSR / SPSR values, as found in vcpu_guest_core_regs.cpsr.
 *  @{ */

#define PSR_THUMB       (1U << 5)     /**< AArch32: executing T32 (Thumb) code. */
#define PSR_FIQ_MASK    (1U << 6)     /**< FIQ masked. */
#define PSR_IRQ_MASK    (1U << 7)     /**< IRQ masked. */
#define PSR_ABT_MASK    (1U << 8)     /**< SError (asynchronous abort) masked. */
#define PSR_BIG_ENDIAN  (1U << 9)     /**< AArch32: big-endian data accesses. */
#define PSR_DBG_MASK    (1U << 9)     /**< AArch64: debug exceptions masked. */
#define PSR_IT_MASK     (0x0600fc00U) /**< AArch32: If-Then state bits. */
#define PSR_JAZELLE     (1U << 24)    /**< AArch32: Jazelle state. */
#define PSR_Z           (1U << 30)    /**< Zero condition flag. */

#define PSR_MODE_USR 0x10U            /**< AArch32 User mode. */
#define PSR_MODE_FIQ 0x11U            /**< AArch32 FIQ mode. */
#define PSR_MODE_IRQ 0x12U            /**< AArch32 IRQ mode. */
#define PSR_MODE_SVC 0x13U            /**< AArch32 Supervisor mode. */
#define PSR_MODE_MON 0x16U            /**< AArch32 Monitor mode. */
#define PSR_MODE_ABT 0x17U            /**< AArch32 Abort mode. */
#define PSR_MODE_HYP 0x1aU            /**< AArch32 Hyp mode. */
#define PSR_MODE_UND 0x1bU            /**< AArch32 Undefined mode. */
#define PSR_MODE_SYS 0x1fU            /**< AArch32 System mode. */

#define PSR_MODE_BIT  0x10U           /**< Mode field bit that is set exactly for AArch32 states. */
#define PSR_MODE_EL3h 0x0dU           /**< AArch64 EL3 using SP_EL3. */
#define PSR_MODE_EL3t 0x0cU           /**< AArch64 EL3 using SP_EL0. */
#define PSR_MODE_EL2h 0x09U           /**< AArch64 EL2 using SP_EL2. */
#define PSR_MODE_EL2t 0x08U           /**< AArch64 EL2 using SP_EL0. */
#define PSR_MODE_EL1h 0x05U           /**< AArch64 EL1 using SP_EL1. */
#define PSR_MODE_EL1t 0x04U           /**< AArch64 EL1 using SP_EL0. */
#define PSR_MODE_EL0t 0x00U           /**< AArch64 EL0. */

/**
 * Boot state of a 32-bit guest: Supervisor mode with IRQ, FIQ and SError
 * masked. Z is set as well, as boot loaders do, because some old Linux zImage
 * entry code only works with it set.
 */
#define PSR_GUEST32_INIT (PSR_Z | PSR_ABT_MASK | PSR_FIQ_MASK | PSR_IRQ_MASK | PSR_MODE_SVC)
/** Boot state of a 64-bit guest: EL1h with IRQ, FIQ and SError masked. */
#define PSR_GUEST64_INIT (PSR_ABT_MASK | PSR_FIQ_MASK | PSR_IRQ_MASK | PSR_MODE_EL1h)

/** SCTLR_EL1 value a new vCPU starts with (MMU and caches off). */
#define SCTLR_GUEST_INIT    xen_mk_ullong(0x00c50078)

/** @} */

/** @defgroup unstable_arch_arm_layout Arm guest physical memory map
 *  @ingroup hdr_unstable_arch_arm_h
 *  Where Xen and the toolstack place emulated devices and RAM in a guest's
 *  physical address space (bases and sizes in bytes). Both sides must agree,
 *  so the values live here; guests discover them from the device tree or
 *  ACPI tables instead. The two GIC maps overlap because a guest gets only
 *  one of them.
 *  @{ */

/** Start of the virtio-mmio device window. */
#define GUEST_VIRTIO_MMIO_BASE   xen_mk_ullong(0x02000000)
/** Size of the virtio-mmio window (1 MiB). */
#define GUEST_VIRTIO_MMIO_SIZE   xen_mk_ullong(0x00100000)

#define GUEST_GICD_BASE   xen_mk_ullong(0x03001000) /**< GICv2 distributor. */
#define GUEST_GICD_SIZE   xen_mk_ullong(0x00001000) /**< GICv2 distributor size (4 KiB). */
#define GUEST_GICC_BASE   xen_mk_ullong(0x03002000) /**< GICv2 CPU interface. */
#define GUEST_GICC_SIZE   xen_mk_ullong(0x00002000) /**< GICv2 CPU interface size (8 KiB). */

/** GICv3 distributor. */
#define GUEST_GICV3_GICD_BASE      xen_mk_ullong(0x03001000)
/** GICv3 distributor size (64 KiB). */
#define GUEST_GICV3_GICD_SIZE      xen_mk_ullong(0x00010000)

#define GUEST_GICV3_RDIST_REGIONS  1   /**< Number of GICv3 redistributor regions. */

/** GICv3 redistributors of vCPUs 0 to 127. */
#define GUEST_GICV3_GICR0_BASE     xen_mk_ullong(0x03020000)
/** Size of that region (16 MiB). */
#define GUEST_GICV3_GICR0_SIZE     xen_mk_ullong(0x01000000)

/** Virtual PCI ECAM window: 256 buses, 32 devices, 8 functions, 4 KiB each. */
#define GUEST_VPCI_ECAM_BASE    xen_mk_ullong(0x10000000)
#define GUEST_VPCI_ECAM_SIZE    xen_mk_ullong(0x10000000) /**< ECAM window size (256 MiB). */

#define GUEST_ACPI_BASE xen_mk_ullong(0x20000000) /**< Where the guest's ACPI tables are placed. */
#define GUEST_ACPI_SIZE xen_mk_ullong(0x02000000) /**< Room for ACPI tables (32 MiB). */

#define GUEST_PL011_BASE    xen_mk_ullong(0x22000000) /**< Emulated PL011 UART (vpl011). */
#define GUEST_PL011_SIZE    xen_mk_ullong(0x00001000) /**< vpl011 register page (4 KiB). */

/** PCI address-space code (DT `ranges`) of the 32-bit BAR window. */
#define GUEST_VPCI_ADDR_TYPE_MEM            xen_mk_ullong(0x02000000)
/** 32-bit non-prefetchable BAR window. */
#define GUEST_VPCI_MEM_ADDR                 xen_mk_ullong(0x23000000)
/** Its size (256 MiB). */
#define GUEST_VPCI_MEM_SIZE                 xen_mk_ullong(0x10000000)

#define GUEST_GNTTAB_BASE xen_mk_ullong(0x38000000) /**< Where the guest maps its grant table. */
#define GUEST_GNTTAB_SIZE xen_mk_ullong(0x01000000) /**< Grant table window (16 MiB, 4096 pages). */

/** Toolstack "magic" pages (xenstore, console, ...). */
#define GUEST_MAGIC_BASE  xen_mk_ullong(0x39000000)
/** Size of the magic-page region (16 MiB). */
#define GUEST_MAGIC_SIZE  xen_mk_ullong(0x01000000)

#define GUEST_RAM_BANKS   2   /**< Number of guest RAM banks. */

/**
 * First RAM bank (3 GiB at 1 GiB). The RAM banks are sized generously on
 * purpose: the unused parts are what a guest is offered as free address
 * space ("extended regions") for its own mappings.
 */
#define GUEST_RAM0_BASE   xen_mk_ullong(0x40000000)
#define GUEST_RAM0_SIZE   xen_mk_ullong(0xc0000000) /**< First bank size (3 GiB). */

/** PCI address-space code of the 64-bit prefetchable BAR window. */
#define GUEST_VPCI_ADDR_TYPE_PREFETCH_MEM   xen_mk_ullong(0x43000000)
/** 64-bit prefetchable BAR window (at 4 GiB). */
#define GUEST_VPCI_PREFETCH_MEM_ADDR        xen_mk_ullong(0x100000000)
/** Its size (4 GiB). */
#define GUEST_VPCI_PREFETCH_MEM_SIZE        xen_mk_ullong(0x100000000)

#define GUEST_RAM1_BASE   xen_mk_ullong(0x0200000000) /**< Second RAM bank (at 8 GiB). */
#define GUEST_RAM1_SIZE   xen_mk_ullong(0xfe00000000) /**< Second bank size (1016 GiB). */

#define GUEST_RAM_BASE    GUEST_RAM0_BASE /**< Lowest guest RAM address. */
/** Most RAM a guest can have: the two banks together, holes excluded. */
#define GUEST_RAM_MAX     (GUEST_RAM0_SIZE + GUEST_RAM1_SIZE)
/** Bank bases as an array initialiser, e.g. for `const uint64_t b[] = ...`. */
#define GUEST_RAM_BANK_BASES   { GUEST_RAM0_BASE, GUEST_RAM1_BASE }
/** Bank sizes as an array initialiser, in the order of #GUEST_RAM_BANK_BASES. */
#define GUEST_RAM_BANK_SIZES   { GUEST_RAM0_SIZE, GUEST_RAM1_SIZE }

/** Most vCPUs a guest can have (the GICv3 redistributor region fits 128). */
#define GUEST_MAX_VCPUS 128

/** @} */

/** @defgroup unstable_arch_arm_irqs Arm guest interrupt assignment
 *  @ingroup hdr_unstable_arch_arm_h
 *  Interrupt IDs (GIC INTIDs) of the devices Xen emulates for a guest.
 *  @{ */

#define GUEST_TIMER_VIRT_PPI    27  /**< Virtual timer PPI. */
#define GUEST_TIMER_PHYS_S_PPI  29  /**< Secure physical timer PPI. */
#define GUEST_TIMER_PHYS_NS_PPI 30  /**< Non-secure physical timer PPI. */
#define GUEST_EVTCHN_PPI        31  /**< PPI that signals pending event channels. */

#define GUEST_VPL011_SPI        32  /**< SPI of the emulated PL011 UART. */

#define GUEST_VIRTIO_MMIO_SPI_FIRST   33  /**< First SPI handed to virtio-mmio devices. */
#define GUEST_VIRTIO_MMIO_SPI_LAST    43  /**< Last SPI handed to virtio-mmio devices. */

/**
 * SGI signalling pending FF-A notifications. SGIs 8 to 15 are free here:
 * on bare metal they usually belong to the secure world, but these are
 * virtual, so a guest has no other use for them (Arm BSA 1.0C, DEN0094).
 */
#define GUEST_FFA_NOTIF_PEND_INTR_ID      8
/** SGI signalling an FF-A schedule-receiver interrupt (see above). */
#define GUEST_FFA_SCHEDULE_RECV_INTR_ID   9

/** @} */

/** @defgroup unstable_arch_arm_psci Arm PSCI function indices
 *  @ingroup hdr_unstable_arch_arm_h
 *  Function IDs of the original (0.1) PSCI binding, which the toolstack
 *  writes into the guest device tree's psci node (`cpu_on`, `cpu_off`)
 *  next to the compatibles of the later PSCI versions.
 *  @{ */

#define PSCI_cpu_suspend 0  /**< CPU_SUSPEND. */
#define PSCI_cpu_off     1  /**< CPU_OFF. */
#define PSCI_cpu_on      2  /**< CPU_ON. */
#define PSCI_migrate     3  /**< MIGRATE. */

/** @} */

#endif /* XEN_PUBLIC_ARCH_ARM_H */

#endif /* XEN_PUBLIC_UNSTABLE_ARCH_ARM_H */
