/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Initial register state of an x86 HVM or PVH vCPU, as given to
 *        VCPUOP_initialise.
 *
 * An x86 HVM or PVH guest brings up a secondary vCPU by passing a
 * vcpu_hvm_context_t to VCPUOP_initialise (vcpu.h), then starts it with
 * VCPUOP_up. The context chooses between two starting points:
 *
 * - VCPU_HVM_MODE_32B: protected mode, with every register and the hidden
 *   part (base, limit, attributes) of CS, DS, SS, ES and TR given
 *   explicitly; with paging set up in CR0, CR3, CR4 and EFER it may also
 *   start in compatibility mode.
 * - VCPU_HVM_MODE_64B: 64-bit mode. Xen loads flat 64-bit code and data
 *   segments and a busy 64-bit TSS itself; CR0.PG, CR4.PAE and EFER.LME
 *   must be set.
 *
 * Xen checks the state the way a CPU would before entering it and refuses
 * anything inconsistent.
 *
 * VCPUOP_initialise (vcpu.h) documents the call. For an x86 HVM or PVH
 * guest, the caller is the guest kernel, for one of its own vCPUs not yet
 * initialised; on success the vCPU holds the state and stays down until
 * VCPUOP_up. arch_initialise_vcpu() in xen/arch/x86/domain.c reads the
 * context and arch_set_info_hvm_guest() in xen/arch/x86/hvm/domain.c
 * checks and loads it. Their errors, in the order they are checked:
 * - -XEN_EFAULT: the context cannot be read.
 * - -XEN_EEXIST: the vCPU was initialised already.
 * - -XEN_EINVAL: `pad` is not zero, `mode` is unknown, a padding member of
 *   the registers is not zero, or a register or segment Xen would not
 *   accept (e.g. a non-present CS, EIP beyond the CS limit, RIP not
 *   canonical, CR4 or EFER bits the domain may not set).
 *
 * Stability: stable. Callers: x86 HVM and PVH guest kernels bringing up
 * secondary vCPUs.
 */
#ifndef __XEN_PUBLIC_HVM_HVM_VCPU_H__
#define __XEN_PUBLIC_HVM_HVM_VCPU_H__
/* Marks this copy as xen-public's: unstable/hvm/hvm_vcpu.h adds its toolstack part
 * only then (another copy of the header, included first, has its own). */
#define XEN_PUBLIC_HVM_HVM_VCPU_H

#include "../xen.h"

/** @defgroup hdr_hvm_hvm_vcpu_h hvm/hvm_vcpu.h
 *  @ingroup xen_hvm */

/** @defgroup hvm_hvm_vcpu_h_context HVM vCPU start-up context
 *  @ingroup hdr_hvm_hvm_vcpu_h
 *  The `_ar` fields hold a segment's attributes in a packed form of the
 *  descriptor's attribute bits:
 *
 *  | Bits  | Field | Descriptor bit(s) |
 *  |-------|-------|-------------------|
 *  | 3:0   | type  | 43:40 |
 *  | 4     | S (code or data, not system) | 44 |
 *  | 6:5   | DPL   | 46:45 |
 *  | 7     | P (present) | 47 |
 *  | 8     | AVL   | 52 |
 *  | 9     | L (64-bit code) | 53 |
 *  | 10    | D/B   | 54 |
 *  | 11    | G (4 KiB granularity) | 55 |
 *  | 15:12 | must be zero | |
 *
 *  This is the layout of Intel's SDM volume 3, section 3.4.5. An `_ar` of
 *  zero marks DS or ES unusable; CS, SS and TR must be present. Xen sets
 *  the accessed (busy for TR) type bit itself.
 *  @{ */

/** 32-bit start-up state: registers and the hidden part of each segment. */
struct vcpu_hvm_x86_32 {
    uint32_t eax;     /**< IN: EAX. */
    uint32_t ecx;     /**< IN: ECX. */
    uint32_t edx;     /**< IN: EDX. */
    uint32_t ebx;     /**< IN: EBX. */
    uint32_t esp;     /**< IN: ESP. */
    uint32_t ebp;     /**< IN: EBP. */
    uint32_t esi;     /**< IN: ESI. */
    uint32_t edi;     /**< IN: EDI. */
    uint32_t eip;     /**< IN: EIP; must lie within the CS limit. */
    uint32_t eflags;  /**< IN: EFLAGS (reserved bits are ignored; bit 1 is set). */

    uint32_t cr0;     /**< IN: CR0. */
    uint32_t cr3;     /**< IN: CR3, when CR0 enables paging. */
    uint32_t cr4;     /**< IN: CR4. */

    uint32_t pad1;    /**< Padding: write zero. */

    /**
     * IN: EFER. Only for NXE, when the vCPU starts in 32-bit mode with
     * paging, and for LME/LMA, to start it in compatibility mode.
     */
    uint64_t efer;

    uint32_t cs_base;   /**< IN: CS base address. */
    uint32_t ds_base;   /**< IN: DS base address. */
    uint32_t ss_base;   /**< IN: SS base address. */
    uint32_t es_base;   /**< IN: ES base address. */
    uint32_t tr_base;   /**< IN: TR base address. */
    uint32_t cs_limit;  /**< IN: CS limit, in units that the G bit of `cs_ar` picks. */
    uint32_t ds_limit;  /**< IN: DS limit. */
    uint32_t ss_limit;  /**< IN: SS limit. */
    uint32_t es_limit;  /**< IN: ES limit. */
    uint32_t tr_limit;  /**< IN: TR limit. */
    uint16_t cs_ar;     /**< IN: CS attributes: a present code segment. */
    uint16_t ds_ar;     /**< IN: DS attributes: a readable data or code segment, or zero. */
    /** IN: SS attributes: a present writable data segment with the DPL of CS. */
    uint16_t ss_ar;
    uint16_t es_ar;     /**< IN: ES attributes: as for DS. */
    uint16_t tr_ar;     /**< IN: TR attributes: a 32-bit TSS. */

    uint16_t pad2[3];   /**< Padding: write zero. */
};
typedef struct vcpu_hvm_x86_32 xen_vcpu_hvm_x86_32_t;

/**
 * 64-bit start-up state. There are no segment fields: the vCPU starts in
 * long mode on flat 64-bit segments Xen provides. To start in
 * compatibility mode use struct vcpu_hvm_x86_32 instead.
 */
struct vcpu_hvm_x86_64 {
    uint64_t rax;     /**< IN: RAX. */
    uint64_t rcx;     /**< IN: RCX. */
    uint64_t rdx;     /**< IN: RDX. */
    uint64_t rbx;     /**< IN: RBX. */
    uint64_t rsp;     /**< IN: RSP. */
    uint64_t rbp;     /**< IN: RBP. */
    uint64_t rsi;     /**< IN: RSI. */
    uint64_t rdi;     /**< IN: RDI. */
    uint64_t rip;     /**< IN: RIP; must be canonical. */
    uint64_t rflags;  /**< IN: RFLAGS (reserved bits are ignored; bit 1 is set). */

    uint64_t cr0;     /**< IN: CR0; PG must be set. */
    uint64_t cr3;     /**< IN: CR3: the top-level page table. */
    uint64_t cr4;     /**< IN: CR4; PAE must be set. */
    uint64_t efer;    /**< IN: EFER; LME must be set. */
};
typedef struct vcpu_hvm_x86_64 xen_vcpu_hvm_x86_64_t;

#define VCPU_HVM_MODE_32B 0 /**< `mode`: start from `cpu_regs.x86_32`. */
#define VCPU_HVM_MODE_64B 1 /**< `mode`: start from `cpu_regs.x86_64`. */

/** The argument of VCPUOP_initialise for x86 HVM and PVH guests. */
struct vcpu_hvm_context {
    uint32_t mode;  /**< IN: VCPU_HVM_MODE_32B or VCPU_HVM_MODE_64B. */
    uint32_t pad;   /**< Padding: write zero. */
    /** IN: the registers, in the member `mode` selects. */
    union {
        xen_vcpu_hvm_x86_32_t x86_32; /**< With VCPU_HVM_MODE_32B. */
        xen_vcpu_hvm_x86_64_t x86_64; /**< With VCPU_HVM_MODE_64B. */
    } cpu_regs;
};
typedef struct vcpu_hvm_context vcpu_hvm_context_t;
DEFINE_XEN_GUEST_HANDLE(vcpu_hvm_context_t);

/** @} */

#endif /* __XEN_PUBLIC_HVM_HVM_VCPU_H__ */
