/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Toolstack-only complement of vm_event.h: the entries of the VM
 *        event ring shared by Xen and an introspection, paging or sharing
 *        agent; unstable.
 *
 * When a monitored domain does something an agent asked to hear about
 * (touches a page against its access rights, writes a control register or
 * an MSR, hits a breakpoint, needs a paged-out frame back), Xen puts a
 * request on a ring shared with the agent and, for synchronous events,
 * pauses the vCPU concerned. The agent answers with a response in the same
 * slot format; its flags tell Xen how to resume the vCPU. Requests and
 * responses share one structure, vm_event_request_t.
 *
 * Interface version: VM_EVENT_INTERFACE_VERSION (7, from ../vm_event.h).
 * Each entry carries it in `version`; Xen and the agent ignore entries of
 * another revision.
 *
 * Stability: unstable (follows the toolstack interfaces; may change
 * between Xen releases). Callers: introspection agents, the xenpaging
 * daemon, memory-sharing tools, and the libraries that map their rings.
 */
#ifndef XEN_PUBLIC_UNSTABLE_VM_EVENT_H
#define XEN_PUBLIC_UNSTABLE_VM_EVENT_H

/*
 * Reaching an unstable header makes this a toolstack build: unless the
 * consumer named an interface version, it gets the newest, as upstream gives
 * __XEN_TOOLS__ builds (xen-compat.h holds the number).
 */
#ifndef __XEN_INTERFACE_VERSION__
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#endif

#include "../vm_event.h"
/* The toolstack part, on top of xen-public's own copy of the stable header
 * only: another copy, included first, brings its own. */
#ifdef XEN_PUBLIC_VM_EVENT_H
#include "xen.h"
#include "../io/ring.h"

/** @defgroup hdr_unstable_vm_event_h unstable/vm_event.h
 *  @ingroup xen_unstable */

/** @defgroup unstable_vm_event_h_flags Request and response flags
 *  @ingroup hdr_unstable_vm_event_h
 *  Bits of vm_event_request_t::flags. Some are set by Xen in a request,
 *  some by the agent in a response, some in both.
 *  @{ */
/** Request: the vCPU that caused the event is paused and waits for a
 *  response. Response: unpause that vCPU. */
#define VM_EVENT_FLAG_VCPU_PAUSED        (1 << 0)
/** Request: the event concerns a domain other than the one owning the
 *  ring (a debugging aid). */
#define VM_EVENT_FLAG_FOREIGN            (1 << 1)
/** Response to a memory-access event: have Xen emulate the faulting
 *  instruction, so the guest proceeds while the page keeps its
 *  restricted rights. */
#define VM_EVENT_FLAG_EMULATE            (1 << 2)
/** Response: as VM_EVENT_FLAG_EMULATE, but the emulated instruction may
 *  not write memory nor perform MMIO or port I/O. */
#define VM_EVENT_FLAG_EMULATE_NOWRITE    (1 << 3)
/** Response (synchronous events only, vCPU paused): switch single-stepping
 *  of the vCPU on or off. */
#define VM_EVENT_FLAG_TOGGLE_SINGLESTEP  (1 << 4)
/** Response, with VM_EVENT_FLAG_EMULATE: the emulator's memory reads return
 *  the bytes in data.emul.read. Wins over VM_EVENT_FLAG_EMULATE_NOWRITE
 *  when both are given. */
#define VM_EVENT_FLAG_SET_EMUL_READ_DATA (1 << 5)
/** Response (synchronous events only, vCPU paused): refuse the write that
 *  raised the event; meaningful for MSR and control-register writes. */
#define VM_EVENT_FLAG_DENY               (1 << 6)
/** Request: the event happened while the vCPU used the alternate p2m view
 *  named by `altp2m_idx`. Response: resume the vCPU in that view, where
 *  Xen can. */
#define VM_EVENT_FLAG_ALTERNATE_P2M      (1 << 7)
/** Response (synchronous events only, vCPU paused): load the vCPU's
 *  registers from data.regs. On x86 this covers the general-purpose
 *  registers, the flags and the instruction pointer; on Arm only `pc`. */
#define VM_EVENT_FLAG_SET_REGISTERS      (1 << 8)
/** Response, with VM_EVENT_FLAG_EMULATE: the emulator fetches the
 *  instruction bytes from data.emul.insn. Ignored when
 *  VM_EVENT_FLAG_EMULATE_NOWRITE or VM_EVENT_FLAG_SET_EMUL_READ_DATA is
 *  given as well. */
#define VM_EVENT_FLAG_SET_EMUL_INSN_DATA (1 << 9)
/** Response: deliver one VM_EVENT_REASON_INTERRUPT event for the next
 *  interrupt that becomes pending once the vCPU runs again. */
#define VM_EVENT_FLAG_GET_NEXT_INTERRUPT (1 << 10)
/** Response (synchronous events only, vCPU paused): single-step one
 *  instruction, then move the vCPU to the altp2m view given in
 *  u.fast_singlestep.p2midx and stop single-stepping. */
#define VM_EVENT_FLAG_FAST_SINGLESTEP    (1 << 11)
/** Request: the event was raised inside a nested guest, and
 *  vm_event_regs_x86::npt_base is meaningful. */
#define VM_EVENT_FLAG_NESTED_P2M         (1 << 12)
/** Response: rewind the vCPU's vmtrace buffer, if tracing is on. */
#define VM_EVENT_FLAG_RESET_VMTRACE      (1 << 13)
/** Response: for a forked domain, restore the vCPU and device state from
 *  the parent. */
#define VM_EVENT_FLAG_RESET_FORK_STATE   (1 << 14)
/** Response: for a forked domain, drop the pages it no longer shares with
 *  its parent. */
#define VM_EVENT_FLAG_RESET_FORK_MEMORY  (1 << 15)
/** @} */

/** @defgroup unstable_vm_event_h_reasons Event reasons
 *  @ingroup hdr_unstable_vm_event_h
 *  Values of vm_event_request_t::reason; each selects the member of
 *  vm_event_request_t::u that holds the details.
 *  @{ */
/** No reason given. */
#define VM_EVENT_REASON_UNKNOWN                 0
/** Access against a page's rights; u.mem_access. */
#define VM_EVENT_REASON_MEM_ACCESS              1
/** Sharing work needed; u.mem_sharing. */
#define VM_EVENT_REASON_MEM_SHARING             2
/** Paging work needed; u.mem_paging. */
#define VM_EVENT_REASON_MEM_PAGING              3
/** Control-register write; u.write_ctrlreg. */
#define VM_EVENT_REASON_WRITE_CTRLREG           4
/** MSR write; u.mov_to_msr. */
#define VM_EVENT_REASON_MOV_TO_MSR              5
/** int3 executed (x86 only); u.software_breakpoint. */
#define VM_EVENT_REASON_SOFTWARE_BREAKPOINT     6
/** A single-stepped instruction completed; u.singlestep. */
#define VM_EVENT_REASON_SINGLESTEP              7
/** Guest request (HVMOP_guest_request_vm_event). */
#define VM_EVENT_REASON_GUEST_REQUEST           8
/** Debug exception; u.debug_exception. */
#define VM_EVENT_REASON_DEBUG_EXCEPTION         9
/** CPUID executed; u.cpuid. */
#define VM_EVENT_REASON_CPUID                   10
/** Privileged call (SMC on Arm). Some CPUs raise it even when the SMC's
 *  condition check fails; agents should not count on either behaviour. */
#define VM_EVENT_REASON_PRIVILEGED_CALL         11
/** Interrupt delivered; u.interrupt. */
#define VM_EVENT_REASON_INTERRUPT               12
/** Descriptor-table register accessed; u.desc_access. */
#define VM_EVENT_REASON_DESCRIPTOR_ACCESS       13
/** The emulator met an instruction it cannot handle. */
#define VM_EVENT_REASON_EMUL_UNIMPLEMENTED      14
/** Hardware VM exit; u.vmexit. */
#define VM_EVENT_REASON_VMEXIT                  15
/** Port I/O instruction; u.io. */
#define VM_EVENT_REASON_IO_INSTRUCTION          16
/** @} */

/** @defgroup unstable_vm_event_h_ctrlreg Control registers
 *  @ingroup hdr_unstable_vm_event_h
 *  Values of vm_event_write_ctrlreg::index.
 *  @{ */
#define VM_EVENT_X86_CR0    0 /**< CR0. */
#define VM_EVENT_X86_CR3    1 /**< CR3. */
#define VM_EVENT_X86_CR4    2 /**< CR4. */
#define VM_EVENT_X86_XCR0   3 /**< XCR0. */
/** @} */

/** @defgroup unstable_vm_event_h_regs Register snapshots
 *  @ingroup hdr_unstable_vm_event_h
 *  Compact register sets sent with each event (smaller than the HVM save
 *  records, so that more entries fit in the ring).
 *  @{ */

/** Limit and attributes of an x86 segment register. */
struct vm_event_x86_selector_reg {
    /** OUT: segment limit; in 4 KiB units when the granularity bit of `ar` is set. */
    uint32_t limit  :    20;
    uint32_t ar     :    12; /**< OUT: access-rights bits, compressed as in the HVM save format. */
};

/** x86 vCPU registers at the time of the event (all OUT in a request; IN
 *  in a response with VM_EVENT_FLAG_SET_REGISTERS, where only the
 *  general-purpose registers, rflags and rip are loaded). */
struct vm_event_regs_x86 {
    uint64_t rax;          /**< RAX. */
    uint64_t rcx;          /**< RCX. */
    uint64_t rdx;          /**< RDX. */
    uint64_t rbx;          /**< RBX. */
    uint64_t rsp;          /**< RSP. */
    uint64_t rbp;          /**< RBP. */
    uint64_t rsi;          /**< RSI. */
    uint64_t rdi;          /**< RDI. */
    uint64_t r8;           /**< R8. */
    uint64_t r9;           /**< R9. */
    uint64_t r10;          /**< R10. */
    uint64_t r11;          /**< R11. */
    uint64_t r12;          /**< R12. */
    uint64_t r13;          /**< R13. */
    uint64_t r14;          /**< R14. */
    uint64_t r15;          /**< R15. */
    uint64_t rflags;       /**< RFLAGS. */
    uint64_t dr6;          /**< DR6. */
    uint64_t dr7;          /**< DR7. */
    uint64_t rip;          /**< RIP. */
    uint64_t cr0;          /**< CR0. */
    uint64_t cr2;          /**< CR2. */
    uint64_t cr3;          /**< CR3. */
    uint64_t cr4;          /**< CR4. */
    uint64_t sysenter_cs;  /**< SYSENTER_CS MSR. */
    uint64_t sysenter_esp; /**< SYSENTER_ESP MSR. */
    uint64_t sysenter_eip; /**< SYSENTER_EIP MSR. */
    uint64_t msr_efer;     /**< EFER MSR. */
    uint64_t msr_star;     /**< STAR MSR. */
    uint64_t msr_lstar;    /**< LSTAR MSR. */
    uint64_t gdtr_base;    /**< GDTR base (linear address). */
    /** With VM_EVENT_FLAG_NESTED_P2M: guest-physical address of the L1
     *  hypervisor's EPT/NPT root for the nested guest. Bits beyond the
     *  architectural address width are reserved for later use. */
    uint64_t npt_base;
    /** Offset reached in the vmtrace buffer, or all ones when tracing is
     *  off (for Intel PT, the high half of MSR_RTIT_OUTPUT_MASK). */
    uint64_t vmtrace_pos;
    uint32_t cs_base;      /**< CS base. */
    uint32_t ss_base;      /**< SS base. */
    uint32_t ds_base;      /**< DS base. */
    uint32_t es_base;      /**< ES base. */
    uint64_t fs_base;      /**< FS base. */
    uint64_t gs_base;      /**< GS base. */
    struct vm_event_x86_selector_reg cs; /**< CS limit and attributes. */
    struct vm_event_x86_selector_reg ss; /**< SS limit and attributes. */
    struct vm_event_x86_selector_reg ds; /**< DS limit and attributes. */
    struct vm_event_x86_selector_reg es; /**< ES limit and attributes. */
    struct vm_event_x86_selector_reg fs; /**< FS limit and attributes. */
    struct vm_event_x86_selector_reg gs; /**< GS limit and attributes. */
    uint64_t shadow_gs;    /**< Inactive GS base (KERNEL_GS_BASE MSR). */
    uint16_t gdtr_limit;   /**< GDTR limit. */
    uint16_t cs_sel;       /**< CS selector. */
    uint16_t ss_sel;       /**< SS selector. */
    uint16_t ds_sel;       /**< DS selector. */
    uint16_t es_sel;       /**< ES selector. */
    uint16_t fs_sel;       /**< FS selector. */
    uint16_t gs_sel;       /**< GS selector. */
    uint16_t _pad;         /**< Padding: write zero. */
};

/** Arm vCPU registers at the time of the event. With
 *  VM_EVENT_FLAG_SET_REGISTERS in a response, only `pc` is loaded. */
struct vm_event_regs_arm {
    uint64_t ttbr0; /**< OUT: TTBR0. */
    uint64_t ttbr1; /**< OUT: TTBR1. */
    uint64_t ttbcr; /**< OUT: TTBCR / TCR. */
    uint64_t pc;    /**< IN/OUT: program counter. */
    uint64_t cpsr;  /**< OUT: CPSR / PSTATE. */
};
/** @} */

/** @defgroup unstable_vm_event_h_mem_access Memory-access details
 *  @ingroup hdr_unstable_vm_event_h
 *  Bits of vm_event_mem_access::flags, set by Xen in requests only. The
 *  R, W and X bits tell which kinds of access broke the page's rights;
 *  several may be set at once.
 *  @{ */
/** A read was attempted. */
#define MEM_ACCESS_R                (1 << 0)
/** A write was attempted. */
#define MEM_ACCESS_W                (1 << 1)
/** An instruction fetch was attempted. */
#define MEM_ACCESS_X                (1 << 2)
/** Read, write and fetch. */
#define MEM_ACCESS_RWX              (MEM_ACCESS_R | MEM_ACCESS_W | MEM_ACCESS_X)
/** Read and write. */
#define MEM_ACCESS_RW               (MEM_ACCESS_R | MEM_ACCESS_W)
/** Read and fetch. */
#define MEM_ACCESS_RX               (MEM_ACCESS_R | MEM_ACCESS_X)
/** Write and fetch. */
#define MEM_ACCESS_WX               (MEM_ACCESS_W | MEM_ACCESS_X)
/** vm_event_mem_access::gla holds the linear address involved. */
#define MEM_ACCESS_GLA_VALID        (1 << 3)
/** The access to that linear address itself faulted. */
#define MEM_ACCESS_FAULT_WITH_GLA   (1 << 4)
/** The fault arose while walking the guest page tables for it. */
#define MEM_ACCESS_FAULT_IN_GPT     (1 << 5)

/** Details of VM_EVENT_REASON_MEM_ACCESS. */
struct vm_event_mem_access {
    uint64_t gfn;    /**< OUT: guest frame accessed. */
    uint64_t offset; /**< OUT: byte offset within that frame. */
    uint64_t gla;    /**< OUT: linear address, valid with MEM_ACCESS_GLA_VALID. */
    uint32_t flags;  /**< OUT: MEM_ACCESS_* bits. */
    uint32_t _pad;   /**< Padding: write zero. */
};
/** @} */

/** @defgroup unstable_vm_event_h_details Per-reason details
 *  @ingroup hdr_unstable_vm_event_h
 *  Members of vm_event_request_t::u.
 *  @{ */

/** Details of VM_EVENT_REASON_WRITE_CTRLREG. */
struct vm_event_write_ctrlreg {
    uint32_t index;     /**< OUT: VM_EVENT_X86_* register written. */
    uint32_t _pad;      /**< Padding: write zero. */
    uint64_t new_value; /**< OUT: value being written. */
    uint64_t old_value; /**< OUT: value before the write. */
};

/** Details of VM_EVENT_REASON_SINGLESTEP. */
struct vm_event_singlestep {
    uint64_t gfn; /**< OUT: guest frame of the instruction pointer. */
};

/** Response argument of VM_EVENT_FLAG_FAST_SINGLESTEP. */
struct vm_event_fast_singlestep {
    uint16_t p2midx; /**< IN: altp2m view to switch to after the step. */
};

/** Details of VM_EVENT_REASON_SOFTWARE_BREAKPOINT and
 *  VM_EVENT_REASON_DEBUG_EXCEPTION. */
struct vm_event_debug {
    uint64_t gfn;         /**< OUT: guest frame of the instruction pointer. */
    /** OUT: pending debug conditions, in the format of VT-x's PENDING_DBG. */
    uint64_t pending_dbg;
    uint32_t insn_length; /**< OUT: length of the trapping instruction, bytes. */
    uint8_t type;         /**< OUT: HVMOP_TRAP_* kind of the event. */
    uint8_t _pad[3];      /**< Padding: write zero. */
};

/** Details of VM_EVENT_REASON_MOV_TO_MSR. */
struct vm_event_mov_to_msr {
    uint64_t msr;       /**< OUT: MSR index. */
    uint64_t new_value; /**< OUT: value being written. */
    uint64_t old_value; /**< OUT: value before the write. */
};

/** @name Descriptor-table registers
 *  Values of vm_event_desc_access::descriptor.
 *  @{ */
#define VM_EVENT_DESC_IDTR           1 /**< IDTR. */
#define VM_EVENT_DESC_GDTR           2 /**< GDTR. */
#define VM_EVENT_DESC_LDTR           3 /**< LDTR. */
#define VM_EVENT_DESC_TR             4 /**< TR. */
/** @} */

/** Details of VM_EVENT_REASON_DESCRIPTOR_ACCESS. */
struct vm_event_desc_access {
    /** Vendor-specific exit information. */
    union {
        /** Intel VT-x fields. */
        struct {
            uint32_t instr_info;         /**< OUT: VMCS instruction-information field. */
            uint32_t _pad1;              /**< Padding: write zero. */
            uint64_t exit_qualification; /**< OUT: VMCS exit qualification. */
        } vmx;
    } arch;
    uint8_t descriptor; /**< OUT: VM_EVENT_DESC_* register accessed. */
    uint8_t is_write;   /**< OUT: 1 when the register is written (LGDT-style), 0 when read. */
    uint8_t _pad[6];    /**< Padding: write zero. */
};

/** Details of VM_EVENT_REASON_CPUID. */
struct vm_event_cpuid {
    uint32_t insn_length; /**< OUT: length of the CPUID instruction, bytes. */
    uint32_t leaf;        /**< OUT: EAX input. */
    uint32_t subleaf;     /**< OUT: ECX input. */
    uint32_t _pad;        /**< Padding: write zero. */
};

/** Details of VM_EVENT_REASON_INTERRUPT on x86. */
struct vm_event_interrupt_x86 {
    uint32_t vector;     /**< OUT: vector delivered. */
    uint32_t type;       /**< OUT: event type, as in the VMX/SVM event-injection encoding. */
    uint32_t error_code; /**< OUT: error code, where the vector has one. */
    uint32_t _pad;       /**< Padding: write zero. */
    uint64_t cr2;        /**< OUT: faulting address, for a page fault. */
};

/** @name Paging flags
 *  Bits of vm_event_paging::flags.
 *  @{ */
/** The frame was dropped instead of being brought back. */
#define MEM_PAGING_DROP_PAGE       (1 << 0)
/** Evicting the frame failed. */
#define MEM_PAGING_EVICT_FAIL      (1 << 1)
/** @} */

/** Details of VM_EVENT_REASON_MEM_PAGING. */
struct vm_event_paging {
    uint64_t gfn;   /**< IN/OUT: guest frame concerned. */
    uint32_t p2mt;  /**< IN/OUT: p2m type of the frame. */
    uint32_t flags; /**< IN/OUT: MEM_PAGING_* bits. */
};

/** Details of VM_EVENT_REASON_MEM_SHARING. */
struct vm_event_sharing {
    uint64_t gfn;  /**< OUT: guest frame concerned. */
    uint32_t p2mt; /**< OUT: p2m type of the frame. */
    uint32_t _pad; /**< Padding: write zero. */
};

/** Response data for VM_EVENT_FLAG_SET_EMUL_READ_DATA; sized to fill the
 *  same space as vm_event_regs_x86, with which it shares a union. */
struct vm_event_emul_read_data {
    uint32_t size; /**< IN: number of valid bytes in `data`. */
    /** IN: bytes the emulator's reads return. */
    uint8_t  data[sizeof(struct vm_event_regs_x86) - sizeof(uint32_t)];
};

/** Response data for VM_EVENT_FLAG_SET_EMUL_INSN_DATA. */
struct vm_event_emul_insn_data {
    uint8_t data[16]; /**< IN: instruction bytes; all 16 must be supplied. */
};

/** Details of VM_EVENT_REASON_VMEXIT. */
struct vm_event_vmexit {
    /** Vendor-specific exit information. */
    struct {
        /** Intel VT-x fields. */
        struct {
            uint64_t reason;        /**< OUT: VMX exit reason. */
            uint64_t qualification; /**< OUT: VMX exit qualification. */
        } vmx;
    } arch;
};

/** Details of VM_EVENT_REASON_IO_INSTRUCTION. */
struct vm_event_io {
    uint32_t bytes; /**< OUT: access width, bytes. */
    uint16_t port;  /**< OUT: I/O port. */
    uint8_t  in;    /**< OUT: 1 for IN, 0 for OUT. */
    uint8_t  str;   /**< OUT: 1 for a string instruction (INS/OUTS), else 0. */
};
/** @} */

/** @defgroup unstable_vm_event_h_ring The ring entry
 *  @ingroup hdr_unstable_vm_event_h
 *  @{ */

/** One ring slot: a request from Xen or a response from the agent. */
typedef struct vm_event_st {
    uint32_t version;    /**< IN/OUT: VM_EVENT_INTERFACE_VERSION. */
    uint32_t flags;      /**< IN/OUT: VM_EVENT_FLAG_* bits. */
    uint32_t reason;     /**< OUT: VM_EVENT_REASON_*; echoed back in the response. */
    uint32_t vcpu_id;    /**< IN/OUT: vCPU the event concerns. */
    uint16_t altp2m_idx; /**< IN/OUT: altp2m view, with VM_EVENT_FLAG_ALTERNATE_P2M. */
    uint16_t _pad[3];    /**< Padding: write zero. */

    /** Per-reason details, selected by `reason`. */
    union {
        /** VM_EVENT_REASON_MEM_PAGING. */
        struct vm_event_paging                mem_paging;
        /** VM_EVENT_REASON_MEM_SHARING. */
        struct vm_event_sharing               mem_sharing;
        /** VM_EVENT_REASON_MEM_ACCESS. */
        struct vm_event_mem_access            mem_access;
        /** VM_EVENT_REASON_WRITE_CTRLREG. */
        struct vm_event_write_ctrlreg         write_ctrlreg;
        /** VM_EVENT_REASON_MOV_TO_MSR. */
        struct vm_event_mov_to_msr            mov_to_msr;
        /** VM_EVENT_REASON_DESCRIPTOR_ACCESS. */
        struct vm_event_desc_access           desc_access;
        /** VM_EVENT_REASON_SINGLESTEP. */
        struct vm_event_singlestep            singlestep;
        /** Response with VM_EVENT_FLAG_FAST_SINGLESTEP. */
        struct vm_event_fast_singlestep       fast_singlestep;
        /** VM_EVENT_REASON_SOFTWARE_BREAKPOINT. */
        struct vm_event_debug                 software_breakpoint;
        /** VM_EVENT_REASON_DEBUG_EXCEPTION. */
        struct vm_event_debug                 debug_exception;
        /** VM_EVENT_REASON_CPUID. */
        struct vm_event_cpuid                 cpuid;
        /** VM_EVENT_REASON_VMEXIT. */
        struct vm_event_vmexit                vmexit;
        /** VM_EVENT_REASON_IO_INSTRUCTION. */
        struct vm_event_io                    io;
        /** VM_EVENT_REASON_INTERRUPT, per architecture. */
        union {
            struct vm_event_interrupt_x86     x86; /**< x86 interrupt details. */
        } interrupt;
    } u;

    /** Register state or emulator data. */
    union {
        /** Register snapshot (request) or registers to load (response). */
        union {
            struct vm_event_regs_x86 x86; /**< x86 registers. */
            struct vm_event_regs_arm arm; /**< Arm registers. */
        } regs;

        /** Emulator input supplied in a response. */
        union {
            struct vm_event_emul_read_data read; /**< With VM_EVENT_FLAG_SET_EMUL_READ_DATA. */
            struct vm_event_emul_insn_data insn; /**< With VM_EVENT_FLAG_SET_EMUL_INSN_DATA. */
        } emul;
    } data;
} vm_event_request_t, /**< A slot as written by Xen. */
  vm_event_response_t; /**< A slot as written by the agent. */

/** The ring types: vm_event_sring_t, vm_event_front_ring_t (the agent's
 *  side) and vm_event_back_ring_t (Xen's side). */
DEFINE_RING_TYPES(vm_event, vm_event_request_t, vm_event_response_t);

/** @} */

#endif /* XEN_PUBLIC_VM_EVENT_H */

#endif /* XEN_PUBLIC_UNSTABLE_VM_EVENT_H */
