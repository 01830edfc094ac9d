/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief x86 HVM save records: vCPU registers and the state of the devices
 *        Xen emulates for an x86 HVM or PVH guest.
 *
 * Each record below is one structure, bound by DECLARE_HVM_SAVE_TYPE() (see
 * hvm/save.h) to a short name and a type code; a saved context is a series
 * of such records, each behind a struct hvm_save_descriptor. The HEADER
 * record comes first. Records kept per vCPU carry the vCPU number as their
 * `instance`; a vCPU that is down has no CPU record. Two records are of
 * variable length and so have a code but no binding: CPU_XSAVE_CODE and
 * CPU_MSR_CODE.
 *
 * The layouts are those of the migration stream and never change. On
 * restore the hypervisor checks the values it relies on (control
 * registers, EFER, flags, reserved fields) and fails the restore when one
 * is out of range. Fields named after an MSR, a register or a
 * device latch hold what the guest would have read at the moment of the
 * save.
 *
 * Some records (CPU, LAPIC, RTC, VMCE_VCPU and both Viridian ones) may be
 * shorter in streams from older hypervisors; on restore the missing tail
 * reads as zero.
 *
 * The stream has the layout the 64-bit hypervisor gives these structures.
 * A 32-bit x86 compiler aligns `uint64_t` members to 4 bytes only, which
 * changes two of them: struct hvm_hw_lapic (28 bytes instead of 32) and
 * struct hvm_msr (entries from offset 4 instead of 8). Tools built for
 * i386 must not parse those two records through these structures.
 *
 * The records use anonymous unions and structures and bit-fields of 8-bit
 * types, so a GNU-compatible compiler (GCC, Clang) is required, as
 * upstream requires one.
 *
 * Normally reached through hvm/save.h; including this header directly gives
 * the same declarations.
 *
 * Stability: stable (part of the migration stream). Callers: toolstacks
 * saving, restoring and inspecting x86 HVM guests (libxenctrl,
 * libxenguest, xen-hvmctx), debuggers and introspection tools.
 */
#if !defined(__i386__) && !defined(__x86_64__)
#error "xen-public: arch-x86/hvm/save.h is for x86 only; include hvm/save.h instead"
#endif

#ifndef __XEN_PUBLIC_HVM_SAVE_X86_H__
#define __XEN_PUBLIC_HVM_SAVE_X86_H__

#if !defined(__GNUC__) && !defined(__clang__)
#error "xen-public: the x86 HVM save records need GCC or Clang (anonymous unions)"
#endif

/*
 * The common part (descriptor, binding macros). It includes this file back,
 * which the guard above then skips, so the common declarations come first
 * whichever of the two headers the consumer names.
 */
#include "../../hvm/save.h"

/** @defgroup hdr_arch_x86_hvm_save_h arch-x86/hvm/save.h
 *  @ingroup xen_arch */

/** @defgroup arch_x86_hvm_save_h_header HEADER record (code 1)
 *  @ingroup hdr_arch_x86_hvm_save_h
 *  Identifies the stream and the host it was saved on. Domain-wide,
 *  instance 0, 24 bytes; always the first record.
 *  @{ */

/** Value of hvm_save_header.magic: marks an x86 HVM context. */
#define HVM_FILE_MAGIC   0x54381286
/** Value of hvm_save_header.version: the only format version so far. */
#define HVM_FILE_VERSION 0x00000001

/** Body of the HEADER record. */
struct hvm_save_header {
    uint32_t magic;     /**< IN/OUT: #HVM_FILE_MAGIC; anything else fails the restore. */
    uint32_t version;   /**< IN/OUT: #HVM_FILE_VERSION; anything else fails the restore. */
    /** OUT: revision of the hypervisor that saved the stream (the hex number at the end of its
     *  changeset string), all ones when unknown; informational only, ignored on restore. */
    uint64_t changeset;
    /** IN/OUT: EAX of CPUID leaf 1 (family, model, stepping) on the saving host; a different
     *  family or model on the restoring host is only logged. */
    uint32_t cpuid;
    /** IN/OUT: the guest's TSC frequency in kHz; 0 keeps the restoring domain's current
     *  frequency. */
    uint32_t gtsc_khz;
};

/** Record HEADER, code 1, body struct hvm_save_header. */
DECLARE_HVM_SAVE_TYPE(HEADER, 1, struct hvm_save_header);

/** @} */

/** @defgroup arch_x86_hvm_save_h_cpu CPU record (code 2)
 *  @ingroup hdr_arch_x86_hvm_save_h
 *  The architectural register state of one vCPU. Per vCPU, 1032 bytes.
 *  Older hypervisors wrote shorter forms: before 4.7 without `flags` and
 *  `pad0` (1024 bytes), before 3.4 also without `msr_tsc_aux`
 *  (struct hvm_hw_cpu_compat, 1016 bytes). Both are still accepted: the
 *  hypervisor zero-fills the missing tail and runs _hvm_hw_fix_cpu(), which
 *  moves the fields of the 1016-byte form into place and marks the FPU
 *  state live.
 *  @{ */

/** Bit number of #XEN_X86_FPU_INITIALISED in hvm_hw_cpu.flags. */
#define _XEN_X86_FPU_INITIALISED        0
/**
 * Flag of hvm_hw_cpu.flags: the vCPU has used its FPU, so `fpu_regs`
 * holds live state to load; when clear the FPU starts in its reset state.
 */
#define XEN_X86_FPU_INITIALISED         (1U << _XEN_X86_FPU_INITIALISED)

XEN_EXTENSIONS_BEGIN /* anonymous union and structure, 8-bit bit-fields */
/**
 * Body of the CPU record. Segment attributes (`*_arbytes`) use Xen's
 * packed 12-bit form: bits 0-7 are descriptor bits 40-47 (type, S, DPL, P)
 * and bits 8-11 descriptor bits 52-55 (AVL, L, D/B, G).
 */
struct hvm_hw_cpu {
    uint8_t  fpu_regs[512]; /**< IN/OUT: x87/SSE state in the FXSAVE image format. */

    uint64_t rax;           /**< IN/OUT: RAX. */
    uint64_t rbx;           /**< IN/OUT: RBX. */
    uint64_t rcx;           /**< IN/OUT: RCX. */
    uint64_t rdx;           /**< IN/OUT: RDX. */
    uint64_t rbp;           /**< IN/OUT: RBP. */
    uint64_t rsi;           /**< IN/OUT: RSI. */
    uint64_t rdi;           /**< IN/OUT: RDI. */
    uint64_t rsp;           /**< IN/OUT: RSP. */
    uint64_t r8;            /**< IN/OUT: R8. */
    uint64_t r9;            /**< IN/OUT: R9. */
    uint64_t r10;           /**< IN/OUT: R10. */
    uint64_t r11;           /**< IN/OUT: R11. */
    uint64_t r12;           /**< IN/OUT: R12. */
    uint64_t r13;           /**< IN/OUT: R13. */
    uint64_t r14;           /**< IN/OUT: R14. */
    uint64_t r15;           /**< IN/OUT: R15. */

    uint64_t rip;           /**< IN/OUT: instruction pointer. */
    uint64_t rflags;        /**< IN/OUT: RFLAGS. */

    uint64_t cr0;           /**< IN/OUT: CR0 as the guest sees it. */
    uint64_t cr2;           /**< IN/OUT: CR2 (last page-fault address). */
    /** IN/OUT: CR3 as the guest sees it; must fit the guest's physical address width. */
    uint64_t cr3;
    uint64_t cr4;           /**< IN/OUT: CR4 as the guest sees it. */

    uint64_t dr0;           /**< IN/OUT: debug address register DR0. */
    uint64_t dr1;           /**< IN/OUT: DR1. */
    uint64_t dr2;           /**< IN/OUT: DR2. */
    uint64_t dr3;           /**< IN/OUT: DR3. */
    uint64_t dr6;           /**< IN/OUT: debug status DR6. */
    uint64_t dr7;           /**< IN/OUT: debug control DR7. */

    uint32_t cs_sel;        /**< IN/OUT: CS selector. */
    uint32_t ds_sel;        /**< IN/OUT: DS selector. */
    uint32_t es_sel;        /**< IN/OUT: ES selector. */
    uint32_t fs_sel;        /**< IN/OUT: FS selector. */
    uint32_t gs_sel;        /**< IN/OUT: GS selector. */
    uint32_t ss_sel;        /**< IN/OUT: SS selector. */
    uint32_t tr_sel;        /**< IN/OUT: task register selector. */
    uint32_t ldtr_sel;      /**< IN/OUT: LDTR selector. */

    uint32_t cs_limit;      /**< IN/OUT: CS limit, in bytes (granularity already applied). */
    uint32_t ds_limit;      /**< IN/OUT: DS limit, in bytes. */
    uint32_t es_limit;      /**< IN/OUT: ES limit, in bytes. */
    uint32_t fs_limit;      /**< IN/OUT: FS limit, in bytes. */
    uint32_t gs_limit;      /**< IN/OUT: GS limit, in bytes. */
    uint32_t ss_limit;      /**< IN/OUT: SS limit, in bytes. */
    uint32_t tr_limit;      /**< IN/OUT: TR limit, in bytes. */
    uint32_t ldtr_limit;    /**< IN/OUT: LDTR limit, in bytes. */
    uint32_t idtr_limit;    /**< IN/OUT: IDTR limit, in bytes. */
    uint32_t gdtr_limit;    /**< IN/OUT: GDTR limit, in bytes. */

    uint64_t cs_base;       /**< IN/OUT: CS base address. */
    uint64_t ds_base;       /**< IN/OUT: DS base address. */
    uint64_t es_base;       /**< IN/OUT: ES base address. */
    uint64_t fs_base;       /**< IN/OUT: FS base address. */
    uint64_t gs_base;       /**< IN/OUT: GS base address (the active one). */
    uint64_t ss_base;       /**< IN/OUT: SS base address. */
    uint64_t tr_base;       /**< IN/OUT: TR base address. */
    uint64_t ldtr_base;     /**< IN/OUT: LDTR base address. */
    uint64_t idtr_base;     /**< IN/OUT: IDTR base address. */
    uint64_t gdtr_base;     /**< IN/OUT: GDTR base address. */

    uint32_t cs_arbytes;    /**< IN/OUT: CS attributes (packed form, see above). */
    uint32_t ds_arbytes;    /**< IN/OUT: DS attributes. */
    uint32_t es_arbytes;    /**< IN/OUT: ES attributes. */
    uint32_t fs_arbytes;    /**< IN/OUT: FS attributes. */
    uint32_t gs_arbytes;    /**< IN/OUT: GS attributes. */
    uint32_t ss_arbytes;    /**< IN/OUT: SS attributes. */
    uint32_t tr_arbytes;    /**< IN/OUT: TR attributes. */
    uint32_t ldtr_arbytes;  /**< IN/OUT: LDTR attributes. */

    uint64_t sysenter_cs;   /**< IN/OUT: MSR IA32_SYSENTER_CS. */
    uint64_t sysenter_esp;  /**< IN/OUT: MSR IA32_SYSENTER_ESP. */
    uint64_t sysenter_eip;  /**< IN/OUT: MSR IA32_SYSENTER_EIP. */

    uint64_t shadow_gs;     /**< IN/OUT: MSR IA32_KERNEL_GS_BASE, the GS base SWAPGS swaps in. */

    uint64_t msr_flags;     /**< No longer used: write zero; ignored on restore. */
    uint64_t msr_lstar;     /**< IN/OUT: MSR IA32_LSTAR (64-bit SYSCALL target). */
    uint64_t msr_star;      /**< IN/OUT: MSR IA32_STAR. */
    uint64_t msr_cstar;     /**< IN/OUT: MSR IA32_CSTAR (compatibility-mode SYSCALL target). */
    uint64_t msr_syscall_mask; /**< IN/OUT: MSR IA32_FMASK (RFLAGS bits SYSCALL clears). */
    uint64_t msr_efer;      /**< IN/OUT: MSR IA32_EFER. */
    /** IN/OUT: MSR IA32_TSC_AUX (RDTSCP/RDPID value); must fit in 32 bits. */
    uint64_t msr_tsc_aux;

    uint64_t tsc;           /**< IN/OUT: the guest's time-stamp counter at the save. */

    /** Event (interrupt or exception) the vCPU was about to take. */
    union {
        uint32_t pending_event; /**< IN/OUT: the whole event word; 0 for none. */
        /** The event word's fields. */
        struct {
            uint8_t  pending_vector:8;       /**< IN/OUT: vector of the event. */
            /** IN/OUT: kind of event, encoded as VMX entry interruption and SVM event injection
             *  share it: 0 external interrupt, 2 NMI, 3 hardware exception, 4 software interrupt
             *  (5 and 6, the software exceptions, from VMX hosts only). */
            uint8_t  pending_type:3;
            /** IN/OUT: 1 when `error_code` goes with the event. */
            uint8_t  pending_error_valid:1;
            uint32_t pending_reserved:19;    /**< Reserved: write zero. */
            uint8_t  pending_valid:1;        /**< IN/OUT: 1 when an event is pending at all. */
        };
    };
    /** IN/OUT: error code of the pending event, when `pending_error_valid`. */
    uint32_t error_code;

    /** IN/OUT: XEN_X86_FPU_INITIALISED or 0; other bits fail the restore. */
    uint32_t flags;
    uint32_t pad0;          /**< Padding: write zero; Xen refuses any other value (-XEN_EINVAL). */
};

/**
 * The CPU record as hypervisors before 3.4 wrote it: struct hvm_hw_cpu
 * without `msr_tsc_aux`, `flags` and `pad0`. Readers meet it only in old
 * streams; new streams always use struct hvm_hw_cpu.
 */
struct hvm_hw_cpu_compat {
    uint8_t  fpu_regs[512]; /**< IN: x87/SSE state in the FXSAVE image format. */

    uint64_t rax;           /**< IN: RAX. */
    uint64_t rbx;           /**< IN: RBX. */
    uint64_t rcx;           /**< IN: RCX. */
    uint64_t rdx;           /**< IN: RDX. */
    uint64_t rbp;           /**< IN: RBP. */
    uint64_t rsi;           /**< IN: RSI. */
    uint64_t rdi;           /**< IN: RDI. */
    uint64_t rsp;           /**< IN: RSP. */
    uint64_t r8;            /**< IN: R8. */
    uint64_t r9;            /**< IN: R9. */
    uint64_t r10;           /**< IN: R10. */
    uint64_t r11;           /**< IN: R11. */
    uint64_t r12;           /**< IN: R12. */
    uint64_t r13;           /**< IN: R13. */
    uint64_t r14;           /**< IN: R14. */
    uint64_t r15;           /**< IN: R15. */

    uint64_t rip;           /**< IN: instruction pointer. */
    uint64_t rflags;        /**< IN: RFLAGS. */

    uint64_t cr0;           /**< IN: CR0 as the guest sees it. */
    uint64_t cr2;           /**< IN: CR2. */
    uint64_t cr3;           /**< IN: CR3 as the guest sees it. */
    uint64_t cr4;           /**< IN: CR4 as the guest sees it. */

    uint64_t dr0;           /**< IN: DR0. */
    uint64_t dr1;           /**< IN: DR1. */
    uint64_t dr2;           /**< IN: DR2. */
    uint64_t dr3;           /**< IN: DR3. */
    uint64_t dr6;           /**< IN: DR6. */
    uint64_t dr7;           /**< IN: DR7. */

    uint32_t cs_sel;        /**< IN: CS selector. */
    uint32_t ds_sel;        /**< IN: DS selector. */
    uint32_t es_sel;        /**< IN: ES selector. */
    uint32_t fs_sel;        /**< IN: FS selector. */
    uint32_t gs_sel;        /**< IN: GS selector. */
    uint32_t ss_sel;        /**< IN: SS selector. */
    uint32_t tr_sel;        /**< IN: TR selector. */
    uint32_t ldtr_sel;      /**< IN: LDTR selector. */

    uint32_t cs_limit;      /**< IN: CS limit, in bytes. */
    uint32_t ds_limit;      /**< IN: DS limit, in bytes. */
    uint32_t es_limit;      /**< IN: ES limit, in bytes. */
    uint32_t fs_limit;      /**< IN: FS limit, in bytes. */
    uint32_t gs_limit;      /**< IN: GS limit, in bytes. */
    uint32_t ss_limit;      /**< IN: SS limit, in bytes. */
    uint32_t tr_limit;      /**< IN: TR limit, in bytes. */
    uint32_t ldtr_limit;    /**< IN: LDTR limit, in bytes. */
    uint32_t idtr_limit;    /**< IN: IDTR limit, in bytes. */
    uint32_t gdtr_limit;    /**< IN: GDTR limit, in bytes. */

    uint64_t cs_base;       /**< IN: CS base address. */
    uint64_t ds_base;       /**< IN: DS base address. */
    uint64_t es_base;       /**< IN: ES base address. */
    uint64_t fs_base;       /**< IN: FS base address. */
    uint64_t gs_base;       /**< IN: GS base address. */
    uint64_t ss_base;       /**< IN: SS base address. */
    uint64_t tr_base;       /**< IN: TR base address. */
    uint64_t ldtr_base;     /**< IN: LDTR base address. */
    uint64_t idtr_base;     /**< IN: IDTR base address. */
    uint64_t gdtr_base;     /**< IN: GDTR base address. */

    uint32_t cs_arbytes;    /**< IN: CS attributes. */
    uint32_t ds_arbytes;    /**< IN: DS attributes. */
    uint32_t es_arbytes;    /**< IN: ES attributes. */
    uint32_t fs_arbytes;    /**< IN: FS attributes. */
    uint32_t gs_arbytes;    /**< IN: GS attributes. */
    uint32_t ss_arbytes;    /**< IN: SS attributes. */
    uint32_t tr_arbytes;    /**< IN: TR attributes. */
    uint32_t ldtr_arbytes;  /**< IN: LDTR attributes. */

    uint64_t sysenter_cs;   /**< IN: MSR IA32_SYSENTER_CS. */
    uint64_t sysenter_esp;  /**< IN: MSR IA32_SYSENTER_ESP. */
    uint64_t sysenter_eip;  /**< IN: MSR IA32_SYSENTER_EIP. */

    uint64_t shadow_gs;     /**< IN: MSR IA32_KERNEL_GS_BASE. */

    uint64_t msr_flags;     /**< No longer used; ignored. */
    uint64_t msr_lstar;     /**< IN: MSR IA32_LSTAR. */
    uint64_t msr_star;      /**< IN: MSR IA32_STAR. */
    uint64_t msr_cstar;     /**< IN: MSR IA32_CSTAR. */
    uint64_t msr_syscall_mask; /**< IN: MSR IA32_FMASK. */
    uint64_t msr_efer;      /**< IN: MSR IA32_EFER. */

    uint64_t tsc;           /**< IN: the guest's time-stamp counter at the save. */

    /** Event the vCPU was about to take, as in struct hvm_hw_cpu. */
    union {
        uint32_t pending_event; /**< IN: the whole event word; 0 for none. */
        /** The event word's fields. */
        struct {
            uint8_t  pending_vector:8;       /**< IN: vector of the event. */
            /** IN: kind of event, encoded as in struct hvm_hw_cpu. */
            uint8_t  pending_type:3;
            uint8_t  pending_error_valid:1;  /**< IN: 1 when `error_code` goes with the event. */
            uint32_t pending_reserved:19;    /**< Reserved: write zero. */
            uint8_t  pending_valid:1;        /**< IN: 1 when an event is pending at all. */
        };
    };
    uint32_t error_code;    /**< IN: error code of the pending event. */
};
XEN_EXTENSIONS_END

/**
 * Convert, in place, a CPU record body to the current struct hvm_hw_cpu
 * layout: when @p xen_size is the size of struct hvm_hw_cpu_compat, the
 * fields after `msr_efer` move up to make room for `msr_tsc_aux`, which
 * becomes 0. In every case `flags` is then set to XEN_X86_FPU_INITIALISED,
 * matching hypervisors that predate `flags`, which always loaded
 * `fpu_regs`. Meant for records shorter than struct hvm_hw_cpu.
 *
 * @param xen_h    IN/OUT: the record body; at least
 *                 `sizeof(struct hvm_hw_cpu)` bytes must be writable there.
 * @param xen_size IN: the body's length from its descriptor, in bytes.
 * @return 0.
 */
static __inline__ int _hvm_hw_fix_cpu(void *xen_h, uint32_t xen_size)
{
    unsigned char *xen_p = (unsigned char *)xen_h;
    size_t xen_i;

    if (xen_size == sizeof(struct hvm_hw_cpu_compat)) {
        /*
         * `tsc`, `pending_event` and `error_code` move 8 bytes up. The old
         * and new places overlap, so the bytes go last one first.
         */
        xen_i = offsetof(struct hvm_hw_cpu_compat, error_code) +
                sizeof(uint32_t) - offsetof(struct hvm_hw_cpu_compat, tsc);
        while (xen_i-- > 0)
            xen_p[offsetof(struct hvm_hw_cpu, tsc) + xen_i] =
                xen_p[offsetof(struct hvm_hw_cpu_compat, tsc) + xen_i];
        for (xen_i = 0; xen_i < sizeof(uint64_t); xen_i++)
            xen_p[offsetof(struct hvm_hw_cpu, msr_tsc_aux) + xen_i] = 0;
    }
    ((struct hvm_hw_cpu *)xen_h)->flags = XEN_X86_FPU_INITIALISED;

    return 0;
}

/**
 * Record CPU, code 2, body struct hvm_hw_cpu; older form struct
 * hvm_hw_cpu_compat, converted by _hvm_hw_fix_cpu().
 */
DECLARE_HVM_SAVE_TYPE_COMPAT(CPU, 2, struct hvm_hw_cpu,
                             struct hvm_hw_cpu_compat, _hvm_hw_fix_cpu);

/** @} */

/** @defgroup arch_x86_hvm_save_h_pic PIC record (code 3)
 *  @ingroup hdr_arch_x86_hvm_save_h
 *  One emulated 8259A interrupt controller. Domain-wide, 8 bytes; two
 *  instances: 0 is the master, 1 the slave.
 *  @{ */

XEN_EXTENSIONS_BEGIN /* 8-bit bit-fields */
/** Body of the PIC record. */
struct hvm_hw_vpic {
    uint8_t irr;       /**< IN/OUT: interrupt request register, bit N for input N. */
    uint8_t imr;       /**< IN/OUT: interrupt mask register (OCW1). */
    uint8_t isr;       /**< IN/OUT: in-service register. */
    uint8_t irq_base;  /**< IN/OUT: vector of input 0 (from ICW2); input N raises irq_base + N. */

    /**
     * IN/OUT: progress through the ICW initialisation sequence, 0 when none
     * is under way. Bits 0-1: the next write to the odd port is ICW(n + 1)
     * for the value n held here. Bit 2: ICW1 announced an ICW4 (IC4).
     * Bit 3: ICW1 selected single mode (SNGL), so no ICW3 follows.
     */
    uint8_t init_state:4;
    /** IN/OUT: input with the highest priority (the rotation point). */
    uint8_t priority_add:4;
    /** IN/OUT: reads of the even port return ISR (1) or IRR (0), per OCW3. */
    uint8_t readsel_isr:1;
    uint8_t poll:1;                  /**< IN/OUT: the next read is a poll command (OCW3 P). */
    /** IN/OUT: automatic end of interrupt on acknowledge (ICW4 AEOI). */
    uint8_t auto_eoi:1;
    uint8_t rotate_on_auto_eoi:1;    /**< IN/OUT: priorities rotate on each automatic EOI. */
    /** IN/OUT: special fully nested mode (ICW4 SFNM): inputs from a slave are not held off by
     *  its own in-service bit. */
    uint8_t special_fully_nested_mode:1;
    /** IN/OUT: special mask mode (OCW3 SMM): masked inputs leave priority resolution and EOI. */
    uint8_t special_mask_mode:1;
    /** IN/OUT: 1 for the master; fixed by the platform, not by the guest. */
    uint8_t is_master:1;

    /** IN/OUT: edge/level control register: bit N set means input N is level-triggered. */
    uint8_t elcr;
    uint8_t int_output;  /**< IN/OUT: level of the controller's INT output line (0 or 1). */
};
XEN_EXTENSIONS_END

/** Record PIC, code 3, body struct hvm_hw_vpic. */
DECLARE_HVM_SAVE_TYPE(PIC, 3, struct hvm_hw_vpic);

/** @} */

/** @defgroup arch_x86_hvm_save_h_ioapic IOAPIC record (code 4)
 *  @ingroup hdr_arch_x86_hvm_save_h
 *  The emulated IO-APIC. Domain-wide, instance 0, 400 bytes.
 *  @{ */

XEN_EXTENSIONS_BEGIN /* 8-bit bit-fields */
/** One redirection-table entry of the IO-APIC, as its two 32-bit registers hold it. */
union vioapic_redir_entry
{
    uint64_t bits; /**< IN/OUT: the whole entry. */
    /** The entry's fields. */
    struct {
        uint8_t vector;              /**< IN/OUT: vector delivered. */
        /** IN/OUT: delivery mode (0 fixed, 1 lowest priority, 2 SMI, 4 NMI, 5 INIT, 7 ExtINT). */
        uint8_t delivery_mode:3;
        uint8_t dest_mode:1;         /**< IN/OUT: 0 physical, 1 logical destination. */
        /** IN/OUT: 1 while a delivery is in progress (read-only to the guest). */
        uint8_t delivery_status:1;
        uint8_t polarity:1;          /**< IN/OUT: 1 when the input is active low. */
        /** IN/OUT: level-triggered interrupt accepted and awaiting EOI (read-only to the guest). */
        uint8_t remote_irr:1;
        uint8_t trig_mode:1;         /**< IN/OUT: 1 level-, 0 edge-triggered. */
        uint8_t mask:1;              /**< IN/OUT: 1 masks the input. */
        uint8_t reserve:7;           /**< Reserved: write zero. */
        uint8_t reserved[4];         /**< Reserved: write zero. */
        /** IN/OUT: destination APIC ID (physical) or logical destination set. */
        uint8_t dest_id;
    } fields;
};
XEN_EXTENSIONS_END

/** Number of inputs of the emulated IO-APIC: 16 for ISA IRQs and 32 for PCI. */
#define VIOAPIC_NUM_PINS  48

/** Body of the IOAPIC record. */
struct hvm_hw_vioapic {
    uint64_t base_address;  /**< IN/OUT: guest physical address of the register window. */
    uint32_t ioregsel;      /**< IN/OUT: value of the index register (IOREGSEL). */
    uint32_t id;            /**< IN/OUT: IO-APIC ID. */
    /** IN/OUT: redirection table, one entry per input. */
    union vioapic_redir_entry redirtbl[VIOAPIC_NUM_PINS];
};

/** Record IOAPIC, code 4, body struct hvm_hw_vioapic. */
DECLARE_HVM_SAVE_TYPE(IOAPIC, 4, struct hvm_hw_vioapic);

/** @} */

/** @defgroup arch_x86_hvm_save_h_lapic LAPIC and LAPIC_REGS records (codes 5, 6)
 *  @ingroup hdr_arch_x86_hvm_save_h
 *  A vCPU's local APIC: the state kept beside the register page (LAPIC,
 *  32 bytes in the stream) and the register page itself (LAPIC_REGS,
 *  1024 bytes). Both per vCPU.
 *  @{ */

/**
 * Body of the LAPIC record: 32 bytes in the stream, the last 4 of them
 * tail padding; an i386 compiler gives the structure 28 bytes.
 */
struct hvm_hw_lapic {
    uint64_t             apic_base_msr;  /**< IN/OUT: MSR IA32_APIC_BASE. */
    /** IN/OUT: why the APIC is off: bit 0 globally disabled through IA32_APIC_BASE, bit 1
     *  software-disabled through the spurious-vector register; 0 when enabled. */
    uint32_t             disabled;
    /** IN/OUT: timer divisor (1 to 128) decoded from the divide configuration register. */
    uint32_t             timer_divisor;
    uint64_t             tdt_msr;        /**< IN/OUT: MSR IA32_TSC_DEADLINE. */
    /** IN/OUT: errors latched since the last ESR write, not yet visible in the ESR. */
    uint32_t             pending_esr;
};

/** Record LAPIC, code 5, body struct hvm_hw_lapic. */
DECLARE_HVM_SAVE_TYPE(LAPIC, 5, struct hvm_hw_lapic);

/** Body of the LAPIC_REGS record. */
struct hvm_hw_lapic_regs {
    /** IN/OUT: the first 1 KiB of the xAPIC register page, at the offsets of the MMIO layout. */
    uint8_t data[1024];
};

/** Record LAPIC_REGS, code 6, body struct hvm_hw_lapic_regs. */
DECLARE_HVM_SAVE_TYPE(LAPIC_REGS, 6, struct hvm_hw_lapic_regs);

/** @} */

/** @defgroup arch_x86_hvm_save_h_irq PCI_IRQ, ISA_IRQ and PCI_LINK records (codes 7, 8, 9)
 *  @ingroup hdr_arch_x86_hvm_save_h
 *  The levels of the emulated interrupt wires and the PCI-to-ISA interrupt
 *  router. All domain-wide, instance 0.
 *  @{ */

XEN_EXTENSIONS_BEGIN /* anonymous unions */
/**
 * Body of the PCI_IRQ record (16 bytes): the INTx wires of the single
 * emulated PCI bus, one bit each, bit (device * 4 + INTx) with INTA = 0.
 */
struct hvm_hw_pci_irqs {
    /** The 128 wire levels, seen as native words or as 64-bit words. */
    union {
        /** IN/OUT: the bitmap in native words (little-endian bit order). */
        unsigned long i[16 / sizeof (unsigned long)];
        /** The same 16 bytes as 64-bit words; fixes the size on every guest width. */
        uint64_t pad[2];
    };
};

/** Body of the ISA_IRQ record (8 bytes): the 16 ISA interrupt lines. */
struct hvm_hw_isa_irqs {
    /** The 16 line levels, seen as a native word or as a 64-bit word. */
    union {
        /** IN/OUT: bit N is the level of ISA IRQ N (ISA devices are assumed not to share lines). */
        unsigned long i[1];
        /** The same storage as a 64-bit word; fixes the size on every guest width. */
        uint64_t pad[1];
    };
};
XEN_EXTENSIONS_END

/** Record PCI_IRQ, code 7, body struct hvm_hw_pci_irqs. */
DECLARE_HVM_SAVE_TYPE(PCI_IRQ, 7, struct hvm_hw_pci_irqs);

/** Record ISA_IRQ, code 8, body struct hvm_hw_isa_irqs. */
DECLARE_HVM_SAVE_TYPE(ISA_IRQ, 8, struct hvm_hw_isa_irqs);

/**
 * Body of the PCI_LINK record (8 bytes): the interrupt router. Each PCI
 * INTx wire feeds one of four links, link ((device + INTx) & 3) (the
 * usual rotation across slots); the router maps each link to an ISA IRQ.
 */
struct hvm_hw_pci_link {
    /** IN/OUT: ISA IRQ each link (A to D) is routed to; 0 when the link is not routed;
     *  16 or above fails the restore (-XEN_EINVAL). */
    uint8_t route[4];
    uint8_t pad0[4];  /**< Padding: write zero; Xen refuses any other value (-XEN_EINVAL). */
};

/** Record PCI_LINK, code 9, body struct hvm_hw_pci_link. */
DECLARE_HVM_SAVE_TYPE(PCI_LINK, 9, struct hvm_hw_pci_link);

/** @} */

/** @defgroup arch_x86_hvm_save_h_pit PIT record (code 10)
 *  @ingroup hdr_arch_x86_hvm_save_h
 *  The emulated 8254 programmable interval timer, with the PC speaker
 *  gate. Domain-wide, instance 0, 56 bytes.
 *  @{ */

/** One of the three PIT counters (16 bytes). */
struct hvm_hw_pit_channel {
    uint32_t count;          /**< IN/OUT: initial count loaded; 65536 stands for a programmed 0. */
    uint16_t latched_count;  /**< IN/OUT: count captured by a latch command, awaiting reads. */
    /** IN/OUT: which bytes of `latched_count` remain to be read (access-mode encoding), 0 when
     *  none. */
    uint8_t count_latched;
    uint8_t status_latched;  /**< IN/OUT: non-zero when `status` was latched and not yet read. */
    uint8_t status;          /**< IN/OUT: latched status byte (read-back command). */
    uint8_t read_state;      /**< IN/OUT: which byte (low or high) the next counter read returns. */
    uint8_t write_state;     /**< IN/OUT: which byte the next counter write sets. */
    uint8_t write_latch;     /**< IN/OUT: low byte held from the first half of a two-byte write. */
    /** IN/OUT: access mode from the control word (1 low byte, 2 high byte, 3 both). */
    uint8_t rw_mode;
    uint8_t mode;            /**< IN/OUT: counting mode, 0 to 5. */
    /** IN/OUT: BCD counting selected; the emulation counts in binary regardless. */
    uint8_t bcd;
    /** IN/OUT: level of the counter's GATE input; counting runs while it is 1. */
    uint8_t gate;
};

/** Body of the PIT record. */
struct hvm_hw_pit {
    /** IN/OUT: counters 0 (system timer), 1 and 2 (speaker). */
    struct hvm_hw_pit_channel channels[3];
    /** IN/OUT: the speaker data enable bit of port 0x61 (bit 1): 0 or 1;
     *  another value fails the restore (-XEN_EDOM). */
    uint32_t speaker_data_on;
    uint32_t pad0;             /**< Padding: write zero; Xen refuses any other value (-XEN_EDOM). */
};

/** Record PIT, code 10, body struct hvm_hw_pit. */
DECLARE_HVM_SAVE_TYPE(PIT, 10, struct hvm_hw_pit);

/** @} */

/** @defgroup arch_x86_hvm_save_h_rtc RTC record (code 11)
 *  @ingroup hdr_arch_x86_hvm_save_h
 *  The emulated MC146818 real-time clock. Domain-wide, instance 0,
 *  24 bytes. The rest of the CMOS memory belongs to the device model.
 *  @{ */

/** Number of CMOS bytes the record keeps: the clock's registers 0x00 to 0x0d. */
#define RTC_CMOS_SIZE 14

/** Body of the RTC record. */
struct hvm_hw_rtc {
    uint8_t cmos_data[RTC_CMOS_SIZE]; /**< IN/OUT: time, alarm and status registers A to D. */
    uint8_t cmos_index;  /**< IN/OUT: register selected through the index port (0x70). */
    uint8_t pad0;        /**< Padding: write zero. */
    /** IN/OUT: the guest clock's offset from the host's wall-clock time, in seconds (signed). */
    int64_t rtc_offset;
};

/** Record RTC, code 11, body struct hvm_hw_rtc. */
DECLARE_HVM_SAVE_TYPE(RTC, 11, struct hvm_hw_rtc);

/** @} */

/** @defgroup arch_x86_hvm_save_h_hpet HPET record (code 12)
 *  @ingroup hdr_arch_x86_hvm_save_h
 *  The emulated high-precision event timer. Domain-wide, instance 0,
 *  1048 bytes: its 1 KiB register block followed by hidden state.
 *  @{ */

/** Number of comparators the emulated HPET offers. */
#define HPET_TIMER_NUM     3

/**
 * Body of the HPET record. Up to `period` the fields mirror the register
 * block at their MMIO offsets; reserved words: write zero.
 */
struct hvm_hw_hpet {
    uint64_t capability;  /**< IN/OUT: general capabilities and ID register (offset 0x000). */
    uint64_t res0;        /**< Reserved: write zero. */
    uint64_t config;      /**< IN/OUT: general configuration register (0x010). */
    uint64_t res1;        /**< Reserved: write zero. */
    uint64_t isr;         /**< IN/OUT: general interrupt status register (0x020). */
    uint64_t res2[25];    /**< Reserved: write zero. */
    uint64_t mc64;        /**< IN/OUT: main counter value (0x0f0). */
    uint64_t res3;        /**< Reserved: write zero. */
    /** One comparator's registers (32 bytes, from offset 0x100). */
    struct {
        uint64_t config;  /**< IN/OUT: configuration and capability register. */
        uint64_t cmp;     /**< IN/OUT: comparator value. */
        /** IN/OUT: FSB interrupt route register; FSB delivery is not emulated. */
        uint64_t fsb;
        uint64_t res4;    /**< Reserved: write zero. */
    } timers[HPET_TIMER_NUM]; /**< IN/OUT: the comparators. */
    /** Reserved: write zero; pads the block to offset 0x3ff. */
    uint64_t res5[4*(24-HPET_TIMER_NUM)];

    /** IN/OUT: hidden state: the last value the guest wrote to each comparator, kept as its
     *  period for periodic mode, in main-counter ticks. */
    uint64_t period[HPET_TIMER_NUM];
};

/** Record HPET, code 12, body struct hvm_hw_hpet. */
DECLARE_HVM_SAVE_TYPE(HPET, 12, struct hvm_hw_hpet);

/** @} */

/** @defgroup arch_x86_hvm_save_h_pmtimer PMTIMER record (code 13)
 *  @ingroup hdr_arch_x86_hvm_save_h
 *  The ACPI power-management timer and the PM1a event registers.
 *  Domain-wide, instance 0, 8 bytes.
 *  @{ */

/** Body of the PMTIMER record. */
struct hvm_hw_pmtimer {
    /** IN/OUT: TMR_VAL of PM_TMR_BLK, a free-running 32-bit counter at 3.579545 MHz. */
    uint32_t tmr_val;
    uint16_t pm1a_sts;  /**< IN/OUT: PM1a status register (PM1a_EVT_BLK). */
    uint16_t pm1a_en;   /**< IN/OUT: PM1a enable register (PM1a_EVT_BLK). */
};

/** Record PMTIMER, code 13, body struct hvm_hw_pmtimer. */
DECLARE_HVM_SAVE_TYPE(PMTIMER, 13, struct hvm_hw_pmtimer);

/** @} */

/** @defgroup arch_x86_hvm_save_h_mtrr MTRR record (code 14)
 *  @ingroup hdr_arch_x86_hvm_save_h
 *  A vCPU's memory-type range registers and PAT. Per vCPU, 240 bytes.
 *  @{ */

/** Number of variable-range MTRR pairs the record holds. */
#define MTRR_VCNT 8
/** Number of fixed-range MTRR MSRs. */
#define NUM_FIXED_MSR 11

/** Body of the MTRR record. */
struct hvm_hw_mtrr {
    uint64_t msr_pat_cr;  /**< IN/OUT: MSR IA32_PAT. */
    /** IN/OUT: variable ranges: IA32_MTRR_PHYSBASEn at index 2n, IA32_MTRR_PHYSMASKn at 2n + 1. */
    uint64_t msr_mtrr_var[MTRR_VCNT*2];
    /** IN/OUT: fixed ranges in MSR order: FIX64K_00000, FIX16K_80000, FIX16K_A0000, then
     *  FIX4K_C0000 to FIX4K_F8000. */
    uint64_t msr_mtrr_fixed[NUM_FIXED_MSR];
    /** IN/OUT: MSR IA32_MTRRCAP; a VCNT field above #MTRR_VCNT fails the restore (-XEN_EINVAL). */
    uint64_t msr_mtrr_cap;
    uint64_t msr_mtrr_def_type;  /**< IN/OUT: MSR IA32_MTRR_DEF_TYPE. */
};

/** Record MTRR, code 14, body struct hvm_hw_mtrr. */
DECLARE_HVM_SAVE_TYPE(MTRR, 14, struct hvm_hw_mtrr);

/** @} */

/** @defgroup arch_x86_hvm_save_h_xsave CPU_XSAVE record (code 16)
 *  @ingroup hdr_arch_x86_hvm_save_h
 *  A vCPU's extended (XSAVE-managed) processor state. Per vCPU and of
 *  variable length: the fixed part below (600 bytes) is followed by the
 *  extended components the XSAVE image holds, and the descriptor's length
 *  covers them all. Having no fixed size, the record has no
 *  DECLARE_HVM_SAVE_TYPE() binding; find it by #CPU_XSAVE_CODE.
 *  @{ */

/** Header of an XSAVE image (64 bytes, at offset 512 of the image). */
struct hvm_hw_cpu_xsave_hdr {
    uint64_t xstate_bv;   /**< IN/OUT: components present in the image (XSTATE_BV). */
    /** IN/OUT: compaction bitmap (XCOMP_BV): bit 63 set for the compacted format of
     *  XSAVEC/XSAVES. */
    uint64_t xcomp_bv;
    uint64_t reserved[6]; /**< Reserved: write zero. */
};

/** Fixed part of the CPU_XSAVE record. */
struct hvm_hw_cpu_xsave {
    uint64_t xfeature_mask;  /**< OUT: features the saving host had enabled; ignored on restore. */
    uint64_t xcr0;           /**< IN/OUT: XCR0 as the guest last set it with XSETBV. */
    /** IN/OUT: every XCR0 bit the guest has ever set: the components the image may hold data
     *  for. */
    uint64_t xcr0_accum;
    /** The start of the XSAVE image; extended components follow the record. */
    struct {
        /** Legacy region of the image. */
        struct { char x[512]; } fpu_sse;   /**< IN/OUT: x87/SSE state in the FXSAVE format. */
        struct hvm_hw_cpu_xsave_hdr xsave_hdr; /**< IN/OUT: the XSAVE header. */
    } save_area; /**< IN/OUT: the XSAVE image. */
};

/** Type code of the variable-length CPU_XSAVE record. */
#define CPU_XSAVE_CODE  16

/** @} */

/** @defgroup arch_x86_hvm_save_h_viridian VIRIDIAN_DOMAIN and VIRIDIAN_VCPU records (codes 15, 17)
 *  @ingroup hdr_arch_x86_hvm_save_h
 *  The Hyper-V compatible (Viridian) enlightenment state offered to
 *  Windows guests: one domain-wide record (instance 0, 32 bytes) and one
 *  per vCPU (216 bytes). Present only when the enlightenments are enabled.
 *  @{ */

/** Body of the VIRIDIAN_DOMAIN record. */
struct hvm_viridian_domain_context {
    /** IN/OUT: synthetic MSR HV_X64_MSR_HYPERCALL (hypercall page location and enable). */
    uint64_t hypercall_gpa;
    uint64_t guest_os_id;     /**< IN/OUT: synthetic MSR HV_X64_MSR_GUEST_OS_ID. */
    /** IN/OUT: partition reference counter (HV_X64_MSR_TIME_REF_COUNT), in 100 ns units. */
    uint64_t time_ref_count;
    /** IN/OUT: synthetic MSR HV_X64_MSR_REFERENCE_TSC (reference TSC page location and enable). */
    uint64_t reference_tsc;
};

/** Record VIRIDIAN_DOMAIN, code 15, body struct hvm_viridian_domain_context. */
DECLARE_HVM_SAVE_TYPE(VIRIDIAN_DOMAIN, 15, struct hvm_viridian_domain_context);

/** Body of the VIRIDIAN_VCPU record. */
struct hvm_viridian_vcpu_context {
    uint64_t vp_assist_msr;          /**< IN/OUT: synthetic MSR HV_X64_MSR_VP_ASSIST_PAGE. */
    /** IN/OUT: 1 when an EOI deferred through the VP assist page is still outstanding. */
    uint8_t  apic_assist_pending;
    /** Padding: write zero; Xen refuses any other value (-XEN_EINVAL). */
    uint8_t  _pad[7];
    uint64_t simp_msr;               /**< IN/OUT: synthetic MSR HV_X64_MSR_SIMP (message page). */
    /** IN/OUT: synthetic interrupt source MSRs SINT0 to SINT15. */
    uint64_t sint_msr[16];
    uint64_t stimer_config_msr[4];   /**< IN/OUT: configuration MSRs of synthetic timers 0 to 3. */
    uint64_t stimer_count_msr[4];    /**< IN/OUT: count MSRs of synthetic timers 0 to 3. */
};

/** Record VIRIDIAN_VCPU, code 17, body struct hvm_viridian_vcpu_context. */
DECLARE_HVM_SAVE_TYPE(VIRIDIAN_VCPU, 17, struct hvm_viridian_vcpu_context);

/** @} */

/** @defgroup arch_x86_hvm_save_h_vmce VMCE_VCPU record (code 18)
 *  @ingroup hdr_arch_x86_hvm_save_h
 *  A vCPU's virtual machine-check architecture state. Per vCPU, 32 bytes.
 *  @{ */

/** Body of the VMCE_VCPU record. */
struct hvm_vmce_vcpu {
    uint64_t caps;            /**< IN/OUT: MSR IA32_MCG_CAP as the vCPU sees it. */
    uint64_t mci_ctl2_bank0;  /**< IN/OUT: MSR IA32_MC0_CTL2. */
    uint64_t mci_ctl2_bank1;  /**< IN/OUT: MSR IA32_MC1_CTL2. */
    uint64_t mcg_ext_ctl;     /**< IN/OUT: MSR IA32_MCG_EXT_CTL. */
};

/** Record VMCE_VCPU, code 18, body struct hvm_vmce_vcpu. */
DECLARE_HVM_SAVE_TYPE(VMCE_VCPU, 18, struct hvm_vmce_vcpu);

/** @} */

/** @defgroup arch_x86_hvm_save_h_tsc_adjust TSC_ADJUST record (code 19)
 *  @ingroup hdr_arch_x86_hvm_save_h
 *  Per vCPU, 8 bytes.
 *  @{ */

/** Body of the TSC_ADJUST record. */
struct hvm_tsc_adjust {
    uint64_t tsc_adjust; /**< IN/OUT: MSR IA32_TSC_ADJUST. */
};

/** Record TSC_ADJUST, code 19, body struct hvm_tsc_adjust. */
DECLARE_HVM_SAVE_TYPE(TSC_ADJUST, 19, struct hvm_tsc_adjust);

/** @} */

/** @defgroup arch_x86_hvm_save_h_msr CPU_MSR record (code 20)
 *  @ingroup hdr_arch_x86_hvm_save_h
 *  Further MSRs of a vCPU, as (index, value) pairs. Per vCPU and of
 *  variable length (8 bytes plus 16 per entry in the stream), so without a
 *  DECLARE_HVM_SAVE_TYPE() binding; find it by #CPU_MSR_CODE.
 *  @{ */

/** One MSR of the CPU_MSR record (16 bytes). */
struct hvm_one_msr {
    uint32_t index; /**< IN/OUT: MSR number. */
    uint32_t _rsvd; /**< Reserved: write zero; Xen refuses any other value (-XEN_EOPNOTSUPP). */
    uint64_t val;   /**< IN/OUT: the MSR's value. */
};

XEN_EXTENSIONS_BEGIN /* flexible array member */
/**
 * Body of the CPU_MSR record. In the stream the entries start at offset 8,
 * after 4 bytes of padding; an i386 compiler places them at offset 4.
 */
struct hvm_msr {
    uint32_t count;                          /**< IN/OUT: number of entries in `msr`. */
    struct hvm_one_msr msr[XEN_FLEX_ARRAY_DIM]; /**< IN/OUT: the MSRs. */
};
XEN_EXTENSIONS_END

/** Type code of the variable-length CPU_MSR record. */
#define CPU_MSR_CODE  20

/** @} */

/** @defgroup arch_x86_hvm_save_h_codes Range of type codes
 *  @ingroup hdr_arch_x86_hvm_save_h
 *  @{ */

/*
 * Codes 22 to 34 are set aside for a downstream vendor's records: they are
 * never assigned upstream, and a stream holding them cannot be restored on
 * a hypervisor that does not know them.
 */

/** Highest type code the x86 records use. */
#define HVM_SAVE_CODE_MAX 20

/** @} */

#endif /* __XEN_PUBLIC_HVM_SAVE_X86_H__ */
