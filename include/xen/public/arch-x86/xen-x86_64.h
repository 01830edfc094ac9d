/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief The 64-bit x86 (x86_64) specifics of the guest interface:
 *        hypercall registers, flat selectors, the hypervisor hole, the
 *        register file and the PV return path.
 *
 * A 64-bit PV guest runs both its kernel and its applications in ring 3,
 * on separate page tables that Xen switches between. Xen owns a window at
 * the bottom of the upper canonical half of the address space, part of
 * which is a read-only machine-to-physical table every PV guest can read.
 *
 * Hypercalls are made by calling into the hypercall page (installed by the
 * domain builder, or by the guest through Xen's CPUID-advertised MSR) at
 * offset 32 times the hypercall number. Arguments one to five go in RDI,
 * RSI, RDX, R10 and R8, the result comes back in RAX, and the argument
 * registers a call uses may be clobbered.
 *
 * arch-x86/xen.h includes this header on x86_64; including it directly
 * works too. This header is safe under `__ASSEMBLER__`: only macros remain
 * there.
 *
 * Stability: stable. Callers: 64-bit x86 guest kernels and the tools that
 * build or inspect them, normally through xen.h.
 */

#ifndef __XEN_PUBLIC_ARCH_X86_XEN_X86_64_H__
#define __XEN_PUBLIC_ARCH_X86_XEN_X86_64_H__

#if !defined(__x86_64__)
#error "xen-public: arch-x86/xen-x86_64.h is for x86_64 only; include xen.h instead"
#endif

#include "../xen-public-base.h"

/** @defgroup hdr_arch_x86_xen_x86_64_h arch-x86/xen-x86_64.h
 *  @ingroup xen_arch */

/** @defgroup arch_x86_64_selectors Flat segment selectors (64-bit PV)
 *  @ingroup hdr_arch_x86_xen_x86_64_h
 *  Flat segments that Xen keeps in its reserved part of every GDT (entries
 *  260 to 262), present from the first instruction. Kernel and user both
 *  run in ring 3, so each kernel selector equals its user counterpart; the
 *  `32` forms serve 32-bit compatibility-mode code.
 *  @{ */

#define FLAT_RING3_CS32 0xe023 /**< 32-bit code selector (GDT entry 260). */
#define FLAT_RING3_CS64 0xe033 /**< 64-bit code selector (GDT entry 262). */
#define FLAT_RING3_DS32 0xe02b /**< 32-bit data selector (GDT entry 261). */
#define FLAT_RING3_DS64 0x0000 /**< 64-bit data selector: the null selector. */
#define FLAT_RING3_SS32 0xe02b /**< 32-bit stack selector (GDT entry 261). */
#define FLAT_RING3_SS64 0xe02b /**< 64-bit stack selector (GDT entry 261). */

#define FLAT_KERNEL_DS64 FLAT_RING3_DS64 /**< Kernel 64-bit data selector. */
#define FLAT_KERNEL_DS32 FLAT_RING3_DS32 /**< Kernel 32-bit data selector. */
#define FLAT_KERNEL_DS FLAT_KERNEL_DS64  /**< Kernel data selector. */
#define FLAT_KERNEL_CS64 FLAT_RING3_CS64 /**< Kernel 64-bit code selector. */
#define FLAT_KERNEL_CS32 FLAT_RING3_CS32 /**< Kernel 32-bit code selector. */
#define FLAT_KERNEL_CS FLAT_KERNEL_CS64  /**< Kernel code selector. */
#define FLAT_KERNEL_SS64 FLAT_RING3_SS64 /**< Kernel 64-bit stack selector. */
#define FLAT_KERNEL_SS32 FLAT_RING3_SS32 /**< Kernel 32-bit stack selector. */
#define FLAT_KERNEL_SS FLAT_KERNEL_SS64  /**< Kernel stack selector. */

#define FLAT_USER_DS64 FLAT_RING3_DS64 /**< User 64-bit data selector. */
#define FLAT_USER_DS32 FLAT_RING3_DS32 /**< User 32-bit data selector. */
#define FLAT_USER_DS FLAT_USER_DS64    /**< User data selector. */
#define FLAT_USER_CS64 FLAT_RING3_CS64 /**< User 64-bit code selector. */
#define FLAT_USER_CS32 FLAT_RING3_CS32 /**< User 32-bit code selector. */
#define FLAT_USER_CS FLAT_USER_CS64    /**< User code selector. */
#define FLAT_USER_SS64 FLAT_RING3_SS64 /**< User 64-bit stack selector. */
#define FLAT_USER_SS32 FLAT_RING3_SS32 /**< User 32-bit stack selector. */
#define FLAT_USER_SS FLAT_USER_SS64    /**< User stack selector. */

/** @} */

/** @defgroup arch_x86_64_layout Hypervisor hole and machine-to-physical table
 *  @ingroup hdr_arch_x86_xen_x86_64_h
 *  Xen reserves the virtual range from HYPERVISOR_VIRT_START to
 *  HYPERVISOR_VIRT_END in every 64-bit PV guest; the guest must not map
 *  anything there. The machine-to-physical (M2P) table, one 8-byte guest
 *  frame number per machine frame, is mapped read-only at its start. The
 *  `__` forms are bare literals usable in assembly, the others
 *  `unsigned long` constants.
 *  @{ */

#define __HYPERVISOR_VIRT_START 0xFFFF800000000000 /**< Start of the hypervisor hole (literal). */
/** End (exclusive) of the hypervisor hole (literal). */
#define __HYPERVISOR_VIRT_END 0xFFFF880000000000
#define __MACH2PHYS_VIRT_START 0xFFFF800000000000  /**< Start of the M2P table (literal). */
/** End (exclusive) of the M2P table (literal). */
#define __MACH2PHYS_VIRT_END 0xFFFF804000000000

#ifndef HYPERVISOR_VIRT_START
/**
 * Start of the hypervisor hole. A guest may define this macro itself
 * before including the headers; it then defines HYPERVISOR_VIRT_END too if
 * it needs it.
 */
#define HYPERVISOR_VIRT_START XEN_X86_MK_ULONG(__HYPERVISOR_VIRT_START)
/** End (exclusive) of the hypervisor hole. */
#define HYPERVISOR_VIRT_END XEN_X86_MK_ULONG(__HYPERVISOR_VIRT_END)
#endif

/** Start of the M2P table. */
#define MACH2PHYS_VIRT_START XEN_X86_MK_ULONG(__MACH2PHYS_VIRT_START)
/** End (exclusive) of the M2P table. */
#define MACH2PHYS_VIRT_END XEN_X86_MK_ULONG(__MACH2PHYS_VIRT_END)
/** Number of entries the M2P window can hold (8 bytes each). */
#define MACH2PHYS_NR_ENTRIES ((MACH2PHYS_VIRT_END - MACH2PHYS_VIRT_START) >> 3)
#ifndef machine_to_phys_mapping
/**
 * The M2P table as an array indexed by machine frame number. A guest that
 * keeps its own pointer to the table may define this macro first.
 */
#define machine_to_phys_mapping ((unsigned long *)HYPERVISOR_VIRT_START)
#endif

/** Encode the frame number `pfn` of a top-level page table as a CR3 value. */
#define xen_pfn_to_cr3(pfn) ((unsigned long)(pfn) << 12)
/** Decode a CR3 value into the frame number of its top-level page table. */
#define xen_cr3_to_pfn(cr3) ((unsigned long)(cr3) >> 12)

/** @} */

/** @defgroup arch_x86_64_segbase HYPERVISOR_set_segment_base
 *  @ingroup hdr_arch_x86_xen_x86_64_h
 *  `int HYPERVISOR_set_segment_base(unsigned int which, unsigned long base)`
 *  (hypercall number __HYPERVISOR_set_segment_base, in xen.h) sets one of
 *  the segment bases a 64-bit PV guest cannot write itself; `which` is one
 *  of the operations below.
 *  @{ */

/**
 * @name SEGBASE_FS, SEGBASE_GS_USER, SEGBASE_GS_KERNEL, SEGBASE_GS_USER_SEL
 * Set the FS base, the GS base of guest user mode or of guest kernel mode,
 * or load user-mode GS with the selector in bits 15:0 of `base` (its base
 * then comes from the descriptor).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 0, 1, 2, 3 |
 * | Caller         | a 64-bit PV guest, for the calling vCPU; no XSM hook |
 * | Argument       | `which`: the operation; `base`: the new base, or the selector |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.0 |
 * | Implemented by | do_set_segment_base() in xen/arch/x86/pv/misc-hypercalls.c |
 *
 * Errors:
 * - -XEN_ENOSYS: the caller is a 32-bit PV guest (an HVM or PVH caller
 *   gets it too: the hypercall is not offered to them).
 * - -XEN_EINVAL: SEGBASE_FS, SEGBASE_GS_USER or SEGBASE_GS_KERNEL with a
 *   non-canonical `base`.
 * - -XEN_EINVAL: `which` is none of the four.
 *
 * A selector that cannot be loaded with SEGBASE_GS_USER_SEL leaves the
 * null selector in user GS and still returns 0; callers that care read GS
 * back.
 * @{ */
#define SEGBASE_FS 0
#define SEGBASE_GS_USER 1
#define SEGBASE_GS_KERNEL 2
#define SEGBASE_GS_USER_SEL 3
/** @} */

/** @} */

/** @defgroup arch_x86_64_iret HYPERVISOR_iret
 *  @ingroup hdr_arch_x86_xen_x86_64_h
 *  `int HYPERVISOR_iret(void)` returns from the guest kernel to the
 *  interrupted context. Its operand is a struct iret_context the kernel
 *  builds on its stack, at the stack pointer of the call. The hypercall is
 *  documented with its number in xen.h, as __HYPERVISOR_iret; what a
 *  64-bit guest's frame restores is told here.
 *
 *  The RPL of the saved CS selects the destination: 3 returns to user
 *  mode, anything else stays in kernel mode. RIP, CS, RFLAGS, RSP and SS
 *  are always restored, CS and SS with RPL 3 forced; R11 and RCX are
 *  restored too unless `flags` has VGCF_in_syscall (a SYSRET-style
 *  return). The event mask becomes the inverse of the saved RFLAGS.IF.
 *  Every other register keeps the value it has at the call.
 *  @{ */

#define _VGCF_in_syscall 8
/** The frame was built for a SYSCALL entry; return as SYSRET would. */
#define VGCF_in_syscall (1 << _VGCF_in_syscall)

#ifndef __ASSEMBLER__
/** The frame HYPERVISOR_iret consumes, lowest address (RSP) first. */
struct iret_context {
    uint64_t rax;    /**< IN: RAX to restore (the hypercall clobbers it). */
    uint64_t r11;    /**< IN: R11 to restore unless VGCF_in_syscall. */
    uint64_t rcx;    /**< IN: RCX to restore unless VGCF_in_syscall. */
    uint64_t flags;  /**< IN: VGCF_in_syscall or zero; other bits zero. */
    uint64_t rip;    /**< IN: return address. */
    uint64_t cs;     /**< IN: return code selector; its RPL picks user or kernel mode. */
    uint64_t rflags; /**< IN: RFLAGS; IF becomes the inverse of the event mask. */
    uint64_t rsp;    /**< IN: return stack pointer. */
    uint64_t ss;     /**< IN: return stack selector. */
};
#endif /* !__ASSEMBLER__ */

/** @} */

#ifndef __ASSEMBLER__

/** @defgroup arch_x86_64_aligned 64-bit integers aligned on 8 bytes
 *  @ingroup hdr_arch_x86_xen_x86_64_h
 *  The names xen-x86_32.h gives to 8-byte aligned 64-bit integers, for
 *  structures shared by 32- and 64-bit callers (hvm/dm_op.h, the
 *  toolstack's control structures). On x86_64 the plain types are already
 *  aligned on 8 bytes, so these are the plain types.
 *  @{ */

/** A signed 64-bit integer aligned on 8 bytes. */
#define int64_aligned_t int64_t
/** An unsigned 64-bit integer aligned on 8 bytes. */
#define uint64_aligned_t uint64_t

/** @} */

/** @defgroup arch_x86_64_regs Register file (64-bit)
 *  @ingroup hdr_arch_x86_xen_x86_64_h
 *  struct cpu_user_regs comes in two spellings of one layout (200 bytes,
 *  the same offsets). By default it is the guest view described below: 64-bit
 *  `rXX` names, which GNU-compatible compilers also accept as `eXX`.
 *
 *  A consumer that defines `XEN_X86_TOOLS_REG_NAMES` before its first include
 *  of a Xen header gets instead the names upstream's headers give toolstack
 *  builds, which code such as Xen's x86 instruction emulator and its tests
 *  is written for. Each register is then a union of its 64-bit name (`rax`,
 *  `r8`), its low 32 bits (`eax`, `r8d`), its low 16 bits (`ax`, `r8w`) and,
 *  where x86 names them, its low bytes (`al` and `ah`, `bpl`, `sil`, `dil`,
 *  `spl`, `r8b`); RIP and RFLAGS have `rip`, `eip`, `ip` and `rflags`,
 *  `eflags`, `flags`. In that view `eax` is 32 bits wide, so a store to it
 *  leaves bits 63:32 of `rax` alone, and `_eax` does not exist. Only names
 *  and member types change, never an offset or the size. Define it in every
 *  translation unit of a program or in none, as C++'s one-definition rule
 *  requires. It needs anonymous structs and unions: GCC, Clang and MSVC give
 *  them in any language mode, other compilers in C11 or later; elsewhere the
 *  header stops with an `#error`.
 *  @{ */

#if !defined(XEN_X86_TOOLS_REG_NAMES)

#if defined(__GNUC__)
/**
 * One 64-bit general register, reachable under its 64-bit name (`rax`),
 * its historical 32-bit name (`eax`, also 64 bits wide) and the low half
 * (`_eax`).
 */
#define XEN_X86_64_REG(name) union { \
    uint64_t r ## name, e ## name; \
    uint32_t _e ## name; \
}
#else
/** One 64-bit general register, under its 64-bit name only (`rax`). */
#define XEN_X86_64_REG(name) uint64_t r ## name
#endif

XEN_EXTENSIONS_BEGIN
/**
 * The general registers of a 64-bit vCPU, as Xen saves them on entry and
 * restores them on exit. With GNU-compatible compilers each of RAX to RDI,
 * RBP, RSP, RIP and RFLAGS is also named `eXX` and `_eXX` (see
 * XEN_X86_64_REG); other compilers see only the `rXX` names. Each padding
 * field: write zero, ignore on read.
 */
struct cpu_user_regs {
    uint64_t r15;                /**< IN/OUT: R15. */
    uint64_t r14;                /**< IN/OUT: R14. */
    uint64_t r13;                /**< IN/OUT: R13. */
    uint64_t r12;                /**< IN/OUT: R12. */
    XEN_X86_64_REG(bp);          /**< IN/OUT: RBP. */
    XEN_X86_64_REG(bx);          /**< IN/OUT: RBX. */
    uint64_t r11;                /**< IN/OUT: R11. */
    uint64_t r10;                /**< IN/OUT: R10. */
    uint64_t r9;                 /**< IN/OUT: R9. */
    uint64_t r8;                 /**< IN/OUT: R8. */
    XEN_X86_64_REG(ax);          /**< IN/OUT: RAX. */
    XEN_X86_64_REG(cx);          /**< IN/OUT: RCX. */
    XEN_X86_64_REG(dx);          /**< IN/OUT: RDX. */
    XEN_X86_64_REG(si);          /**< IN/OUT: RSI. */
    XEN_X86_64_REG(di);          /**< IN/OUT: RDI. */
    uint32_t error_code;         /**< Xen's own use: guests must not rely on it. */
    uint32_t entry_vector;       /**< Xen's own use: guests must not rely on it. */
    XEN_X86_64_REG(ip);          /**< IN/OUT: instruction pointer (RIP). */
    uint16_t cs;                 /**< IN/OUT: code selector. */
    uint16_t _pad0[1];           /**< Padding: write zero. */
    /** IN/OUT: event mask in effect before the frame was built; RFLAGS.IF reads
     *  as its inverse. */
    uint8_t saved_upcall_mask;
    uint8_t _pad1[3];            /**< Padding: write zero. */
    XEN_X86_64_REG(flags);       /**< IN/OUT: RFLAGS. */
    XEN_X86_64_REG(sp);          /**< IN/OUT: stack pointer (RSP). */
    uint16_t ss;                 /**< IN/OUT: stack selector. */
    uint16_t _pad2[3];           /**< Padding: write zero. */
    uint16_t es;                 /**< IN/OUT: ES selector. */
    uint16_t _pad3[3];           /**< Padding: write zero. */
    uint16_t ds;                 /**< IN/OUT: DS selector. */
    uint16_t _pad4[3];           /**< Padding: write zero. */
    uint16_t fs;                 /**< IN/OUT: FS selector (the base is separate). */
    uint16_t _pad5[3];           /**< Padding: write zero. */
    uint16_t gs;                 /**< IN/OUT: GS selector (the bases are separate). */
    uint16_t _pad6[3];           /**< Padding: write zero. */
};
XEN_EXTENSIONS_END

#else /* XEN_X86_TOOLS_REG_NAMES */

#if !defined(__GNUC__) && !defined(__clang__) && !defined(_MSC_VER) && \
    (defined(__cplusplus) || !defined(__STDC_VERSION__) || __STDC_VERSION__ < 201112L)
#error "xen-public: XEN_X86_TOOLS_REG_NAMES declares struct cpu_user_regs with anonymous \
structs and unions, which this compiler accepts only in C11 or later; compile as C11 or with \
GCC, Clang or MSVC, or leave XEN_X86_TOOLS_REG_NAMES undefined and use the rXX names"
#endif

/**
 * RAX, RBX, RCX or RDX in the tools view, for `w` = a, b, c or d: all 64
 * bits (`rax`), the low 32 (`eax`), the low 16 (`ax`), and bits 7:0 and
 * 15:8 (`al`, `ah`).
 */
#define XEN_X86_64_TOOLS_REG_LOHI(w) union { \
    uint64_t r ## w ## x; \
    uint32_t e ## w ## x; \
    uint16_t w ## x; \
    struct { \
        uint8_t w ## l; \
        uint8_t w ## h; \
    }; \
}
/**
 * RBP, RSI, RDI or RSP in the tools view: all 64 bits (`rbp`), the low 32
 * (`ebp`), the low 16 (`bp`) and the low byte (`bpl`).
 */
#define XEN_X86_64_TOOLS_REG_LO8(name) union { \
    uint64_t r ## name; \
    uint32_t e ## name; \
    uint16_t name; \
    uint8_t name ## l; \
}
/**
 * RIP or RFLAGS in the tools view: all 64 bits (`rip`), the low 32 (`eip`)
 * and the low 16 (`ip`).
 */
#define XEN_X86_64_TOOLS_REG_LO16(name) union { \
    uint64_t r ## name; \
    uint32_t e ## name; \
    uint16_t name; \
}
/**
 * R8 to R15 in the tools view: all 64 bits (`r8`), the low 32 (`r8d`), the
 * low 16 (`r8w`) and the low byte (`r8b`).
 */
#define XEN_X86_64_TOOLS_REG_HI(num) union { \
    uint64_t r ## num; \
    uint32_t r ## num ## d; \
    uint16_t r ## num ## w; \
    uint8_t r ## num ## b; \
}

XEN_EXTENSIONS_BEGIN
/**
 * The general registers of a 64-bit vCPU under the tools-view names
 * (XEN_X86_TOOLS_REG_NAMES): the layout of the default declaration, with
 * every register reachable at each of its widths. Each padding field:
 * write zero, ignore on read.
 */
struct cpu_user_regs {
    XEN_X86_64_TOOLS_REG_HI(15);      /**< IN/OUT: R15 (r15, r15d, r15w, r15b). */
    XEN_X86_64_TOOLS_REG_HI(14);      /**< IN/OUT: R14 (r14, r14d, r14w, r14b). */
    XEN_X86_64_TOOLS_REG_HI(13);      /**< IN/OUT: R13 (r13, r13d, r13w, r13b). */
    XEN_X86_64_TOOLS_REG_HI(12);      /**< IN/OUT: R12 (r12, r12d, r12w, r12b). */
    XEN_X86_64_TOOLS_REG_LO8(bp);     /**< IN/OUT: RBP (rbp, ebp, bp, bpl). */
    XEN_X86_64_TOOLS_REG_LOHI(b);     /**< IN/OUT: RBX (rbx, ebx, bx, bl, bh). */
    XEN_X86_64_TOOLS_REG_HI(11);      /**< IN/OUT: R11 (r11, r11d, r11w, r11b). */
    XEN_X86_64_TOOLS_REG_HI(10);      /**< IN/OUT: R10 (r10, r10d, r10w, r10b). */
    XEN_X86_64_TOOLS_REG_HI(9);       /**< IN/OUT: R9 (r9, r9d, r9w, r9b). */
    XEN_X86_64_TOOLS_REG_HI(8);       /**< IN/OUT: R8 (r8, r8d, r8w, r8b). */
    XEN_X86_64_TOOLS_REG_LOHI(a);     /**< IN/OUT: RAX (rax, eax, ax, al, ah). */
    XEN_X86_64_TOOLS_REG_LOHI(c);     /**< IN/OUT: RCX (rcx, ecx, cx, cl, ch). */
    XEN_X86_64_TOOLS_REG_LOHI(d);     /**< IN/OUT: RDX (rdx, edx, dx, dl, dh). */
    XEN_X86_64_TOOLS_REG_LO8(si);     /**< IN/OUT: RSI (rsi, esi, si, sil). */
    XEN_X86_64_TOOLS_REG_LO8(di);     /**< IN/OUT: RDI (rdi, edi, di, dil). */
    uint32_t error_code;              /**< Xen's own use: guests must not rely on it. */
    uint32_t entry_vector;            /**< Xen's own use: guests must not rely on it. */
    XEN_X86_64_TOOLS_REG_LO16(ip);    /**< IN/OUT: instruction pointer (rip, eip, ip). */
    uint16_t cs;                      /**< IN/OUT: code selector. */
    uint16_t _pad0[1];                /**< Padding: write zero. */
    /** IN/OUT: event mask in effect before the frame was built; RFLAGS.IF is its inverse. */
    uint8_t saved_upcall_mask;
    uint8_t _pad1[3];                 /**< Padding: write zero. */
    XEN_X86_64_TOOLS_REG_LO16(flags); /**< IN/OUT: RFLAGS (rflags, eflags, flags). */
    XEN_X86_64_TOOLS_REG_LO8(sp);     /**< IN/OUT: stack pointer (rsp, esp, sp, spl). */
    uint16_t ss;                      /**< IN/OUT: stack selector. */
    uint16_t _pad2[3];                /**< Padding: write zero. */
    uint16_t es;                      /**< IN/OUT: ES selector. */
    uint16_t _pad3[3];                /**< Padding: write zero. */
    uint16_t ds;                      /**< IN/OUT: DS selector. */
    uint16_t _pad4[3];                /**< Padding: write zero. */
    uint16_t fs;                      /**< IN/OUT: FS selector (the base is separate). */
    uint16_t _pad5[3];                /**< Padding: write zero. */
    uint16_t gs;                      /**< IN/OUT: GS selector (the bases are separate). */
    uint16_t _pad6[3];                /**< Padding: write zero. */
};
XEN_EXTENSIONS_END

#undef XEN_X86_64_TOOLS_REG_LOHI
#undef XEN_X86_64_TOOLS_REG_LO8
#undef XEN_X86_64_TOOLS_REG_LO16
#undef XEN_X86_64_TOOLS_REG_HI

#endif /* XEN_X86_TOOLS_REG_NAMES */

typedef struct cpu_user_regs cpu_user_regs_t;

#undef XEN_X86_64_REG

/** @} */

/** @defgroup arch_x86_64_vcpu Per-vCPU state and callbacks (64-bit)
 *  @ingroup hdr_arch_x86_xen_x86_64_h
 *  `HYPERVISOR_set_callbacks(unsigned long event_address, unsigned long
 *  failsafe_address, unsigned long syscall_address)` registers the handlers
 *  Xen enters for event upcalls, for segment state it cannot restore, and
 *  for SYSCALL from user mode. There are no selectors: everything runs on
 *  the flat code segment. The hypercall is documented, for both word
 *  sizes, with its number in xen.h, as __HYPERVISOR_set_callbacks.
 *  @{ */

/** The x86 part of vcpu_info, sized so that vcpu_info stays 64 bytes. */
struct arch_vcpu_info {
    /** OUT: faulting linear address of the last page fault delivered to a PV
     *  vCPU. */
    unsigned long cr2;
    unsigned long pad; /**< Padding: write zero. */
};
typedef struct arch_vcpu_info arch_vcpu_info_t;

/** A callback entry point: on x86_64 just the address (callback.h). */
typedef unsigned long xen_callback_t;

/** @} */

#endif /* !__ASSEMBLER__ */

/*
 * Included on its own, this header still offers the whole x86 interface:
 * the common header brings the rest, including the guest handles to
 * cpu_user_regs_t. When the common header is the includer, the line below
 * does nothing.
 */
#include "xen.h"

#endif /* __XEN_PUBLIC_ARCH_X86_XEN_X86_64_H__ */
