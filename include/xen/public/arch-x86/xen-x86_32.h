/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief The 32-bit x86 (i386) specifics of the guest interface: hypercall
 *        registers, flat selectors, the hypervisor hole and the register
 *        file.
 *
 * A 32-bit PV guest runs its kernel in ring 1 and its applications in
 * ring 3; Xen (64-bit today) keeps a window at the top of the guest's
 * 4 GiB address space, part of which is a read-only machine-to-physical
 * table every PV guest can read.
 *
 * Hypercalls are made by calling into the hypercall page (installed by the
 * domain builder, or by the guest through Xen's CPUID-advertised MSR) at
 * offset 32 times the hypercall number. Arguments one to five go in EBX,
 * ECX, EDX, ESI and EDI, the result comes back in EAX, and the argument
 * registers a call uses may be clobbered.
 *
 * arch-x86/xen.h includes this header on i386; including it directly works
 * too. This header is safe under `__ASSEMBLER__`: only macros remain there.
 *
 * Stability: stable. Callers: 32-bit x86 guest kernels and the tools that
 * build or inspect them, normally through xen.h.
 */

#ifndef __XEN_PUBLIC_ARCH_X86_XEN_X86_32_H__
#define __XEN_PUBLIC_ARCH_X86_XEN_X86_32_H__
/* Marks this copy as xen-public's: unstable/arch-x86/xen-x86_32.h adds its toolstack part
 * only then (another copy of the header, included first, has its own). */
#define XEN_PUBLIC_ARCH_X86_XEN_X86_32_H

#if !defined(__i386__)
#error "xen-public: arch-x86/xen-x86_32.h is for i386 only; include xen.h instead"
#endif

#include "../xen-public-base.h"

/** @defgroup hdr_arch_x86_xen_x86_32_h arch-x86/xen-x86_32.h
 *  @ingroup xen_arch */

/** @defgroup arch_x86_32_selectors Flat segment selectors (32-bit PV)
 *  @ingroup hdr_arch_x86_xen_x86_32_h
 *  Flat 4 GiB segments that Xen keeps in its reserved part of every GDT
 *  (entries 259 to 262). They are present from the first instruction, so a
 *  guest may run on them without installing descriptors of its own.
 *  @{ */

#define FLAT_RING1_CS 0xe019 /**< Ring-1 code selector (GDT entry 259). */
#define FLAT_RING1_DS 0xe021 /**< Ring-1 data selector (GDT entry 260). */
#define FLAT_RING1_SS 0xe021 /**< Ring-1 stack selector (GDT entry 260). */
#define FLAT_RING3_CS 0xe02b /**< Ring-3 code selector (GDT entry 261). */
#define FLAT_RING3_DS 0xe033 /**< Ring-3 data selector (GDT entry 262). */
#define FLAT_RING3_SS 0xe033 /**< Ring-3 stack selector (GDT entry 262). */

#define FLAT_KERNEL_CS FLAT_RING1_CS /**< Kernel code selector: the kernel runs in ring 1. */
#define FLAT_KERNEL_DS FLAT_RING1_DS /**< Kernel data selector. */
#define FLAT_KERNEL_SS FLAT_RING1_SS /**< Kernel stack selector. */
#define FLAT_USER_CS FLAT_RING3_CS   /**< User code selector. */
#define FLAT_USER_DS FLAT_RING3_DS   /**< User data selector. */
#define FLAT_USER_SS FLAT_RING3_SS   /**< User stack selector. */

/** @} */

/** @defgroup arch_x86_32_layout Hypervisor hole and machine-to-physical table
 *  @ingroup hdr_arch_x86_xen_x86_32_h
 *  Xen reserves the virtual range from HYPERVISOR_VIRT_START to the top of
 *  every 32-bit PV guest's address space; the guest must not map anything
 *  there. The machine-to-physical (M2P) table, one 4-byte guest frame number
 *  per machine frame, is mapped read-only at MACH2PHYS_VIRT_START. Guests
 *  run with PAE paging; the non-PAE layout is kept only for old sources.
 *  The `__` forms are bare literals usable in assembly, the others
 *  `unsigned long` constants.
 *  @{ */

/** Start of the hypervisor hole under PAE (literal). */
#define __HYPERVISOR_VIRT_START_PAE 0xF5800000
#define __MACH2PHYS_VIRT_START_PAE 0xF5800000  /**< Start of the M2P table under PAE (literal). */
/** End (exclusive) of the M2P table under PAE (literal). */
#define __MACH2PHYS_VIRT_END_PAE 0xF6800000
/** Start of the hypervisor hole under PAE. */
#define HYPERVISOR_VIRT_START_PAE XEN_X86_MK_ULONG(__HYPERVISOR_VIRT_START_PAE)
/** Start of the M2P table under PAE. */
#define MACH2PHYS_VIRT_START_PAE XEN_X86_MK_ULONG(__MACH2PHYS_VIRT_START_PAE)
/** End (exclusive) of the M2P table under PAE. */
#define MACH2PHYS_VIRT_END_PAE XEN_X86_MK_ULONG(__MACH2PHYS_VIRT_END_PAE)

#define __HYPERVISOR_VIRT_START_NONPAE 0xFC000000 /**< Obsolete non-PAE hole start (literal). */
#define __MACH2PHYS_VIRT_START_NONPAE 0xFC000000  /**< Obsolete non-PAE M2P start (literal). */
#define __MACH2PHYS_VIRT_END_NONPAE 0xFC400000    /**< Obsolete non-PAE M2P end (literal). */
/** Obsolete non-PAE hole start. */
#define HYPERVISOR_VIRT_START_NONPAE \
    XEN_X86_MK_ULONG(__HYPERVISOR_VIRT_START_NONPAE)
/** Obsolete non-PAE M2P start. */
#define MACH2PHYS_VIRT_START_NONPAE \
    XEN_X86_MK_ULONG(__MACH2PHYS_VIRT_START_NONPAE)
/** Obsolete non-PAE M2P end. */
#define MACH2PHYS_VIRT_END_NONPAE \
    XEN_X86_MK_ULONG(__MACH2PHYS_VIRT_END_NONPAE)

/** Start of the hypervisor hole (literal). */
#define __HYPERVISOR_VIRT_START __HYPERVISOR_VIRT_START_PAE
/** Start of the M2P table (literal). */
#define __MACH2PHYS_VIRT_START __MACH2PHYS_VIRT_START_PAE
/** End (exclusive) of the M2P table (literal). */
#define __MACH2PHYS_VIRT_END __MACH2PHYS_VIRT_END_PAE

#ifndef HYPERVISOR_VIRT_START
/**
 * Start of the hypervisor hole. A guest that learns the actual value at
 * run time (XENMEM_machphys_mapping) may define this macro itself before
 * including the headers.
 */
#define HYPERVISOR_VIRT_START XEN_X86_MK_ULONG(__HYPERVISOR_VIRT_START)
#endif

/** Start of the M2P table. */
#define MACH2PHYS_VIRT_START XEN_X86_MK_ULONG(__MACH2PHYS_VIRT_START)
/** End (exclusive) of the M2P table. */
#define MACH2PHYS_VIRT_END XEN_X86_MK_ULONG(__MACH2PHYS_VIRT_END)
/** Number of entries the M2P window can hold (4 bytes each). */
#define MACH2PHYS_NR_ENTRIES ((MACH2PHYS_VIRT_END - MACH2PHYS_VIRT_START) >> 2)
#ifndef machine_to_phys_mapping
/**
 * The M2P table as an array indexed by machine frame number. A guest that
 * keeps its own pointer to the table may define this macro first.
 */
#define machine_to_phys_mapping ((unsigned long *)MACH2PHYS_VIRT_START)
#endif

/**
 * Pack the frame number `pfn` of a page directory into a 32-bit CR3 value.
 * A 32-bit CR3 cannot hold a frame above 4 GiB, so the frame number is
 * rotated left by 12 bits: its upper bits land in CR3's low 12 bits. Use it
 * for CR3 and for the `ctrlreg[3]` of vcpu_guest_context.
 */
#define xen_pfn_to_cr3(pfn) (((unsigned)(pfn) << 12) | ((unsigned)(pfn) >> 20))
/** Unpack a CR3 value built by xen_pfn_to_cr3() into its frame number. */
#define xen_cr3_to_pfn(cr3) (((unsigned)(cr3) >> 12) | ((unsigned)(cr3) << 20))

/** @} */

#ifndef __ASSEMBLER__

/** @defgroup arch_x86_32_aligned 64-bit integers aligned on 8 bytes
 *  @ingroup hdr_arch_x86_xen_x86_32_h
 *  Inside a structure the i386 C ABI aligns `int64_t` and `uint64_t` on 4
 *  bytes; the hypervisor, a 64-bit program, aligns them on 8. An interface
 *  that must lay out its structures identically for 32- and 64-bit callers
 *  (the device-model operations of hvm/dm_op.h, the toolstack's control
 *  structures) declares its 64-bit fields with these names. An i386 build
 *  then agrees with the hypervisor on every offset and size, and also on
 *  the 8-byte alignment of each structure holding such a field, which
 *  decides where the structure lands when it is embedded in another.
 *
 *  Both are macros standing for a type specifier, meant for declaring
 *  members and variables; in the C11 and C++11 spellings below they are
 *  not valid inside a cast or `sizeof`. How the alignment is obtained:
 *
 *  | Compiler | Spelling |
 *  |----------|----------|
 *  | GCC, Clang (`__GNUC__`) | `__attribute__((__aligned__(8)))` |
 *  | Microsoft C/C++ | the plain type, which it aligns on 8 bytes in structures already |
 *  | other C++11 | `alignas(8)` |
 *  | other C11 | `_Alignas(8)` |
 *  | anything else | an `#error`: no portable spelling, and a 4-byte layout would differ |
 *
 *  xen-x86_64.h defines the same names, so code shared by both x86
 *  flavours needs no conditional.
 *  @{ */

#if defined(__GNUC__)
/** A signed 64-bit integer aligned on 8 bytes (member declarations). */
#define int64_aligned_t int64_t __attribute__((__aligned__(8)))
/** An unsigned 64-bit integer aligned on 8 bytes (member declarations). */
#define uint64_aligned_t uint64_t __attribute__((__aligned__(8)))
#elif defined(_MSC_VER)
#define int64_aligned_t int64_t
#define uint64_aligned_t uint64_t
#elif defined(__cplusplus) && __cplusplus >= 201103L
#define int64_aligned_t alignas(8) int64_t
#define uint64_aligned_t alignas(8) uint64_t
#elif defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
#define int64_aligned_t _Alignas(8) int64_t
#define uint64_aligned_t _Alignas(8) uint64_t
#else
#error "xen-public: i386 needs 8-byte aligned 64-bit members: use GCC, Clang, C11 or C++11"
#endif

/** @} */

/** @defgroup arch_x86_32_regs Register file (32-bit)
 *  @ingroup hdr_arch_x86_xen_x86_32_h
 *  struct cpu_user_regs comes in two spellings of one layout (68 bytes, the
 *  same offsets). By default it is the guest view described below: one
 *  32-bit `eXX` member per register.
 *
 *  A consumer that defines `XEN_X86_TOOLS_REG_NAMES` before its first include
 *  of a Xen header gets instead the names upstream's headers give toolstack
 *  builds. Each register is then a union of its 32-bit name (`eax`) and its
 *  low 16 bits (`ax`); EAX, EBX, ECX and EDX add their bytes 7:0 and 15:8
 *  (`al`, `ah`), while ESI, EDI, EBP, ESP, EIP and EFLAGS add a second 32-bit
 *  name (`_esi`) and have 16-bit names `si`, `di`, `bp`, `sp`, `ip`, `flags`.
 *  Names are only added: every offset, the size and the type of each `eXX`
 *  stay as in the guest view. Define it in every translation unit of a
 *  program or in none, as C++'s one-definition rule requires. It needs
 *  anonymous structs and unions: GCC, Clang and MSVC give them in any
 *  language mode, other compilers in C11 or later; elsewhere the header
 *  stops with an `#error`.
 *  @{ */

#if !defined(XEN_X86_TOOLS_REG_NAMES)

/**
 * The general registers of a 32-bit vCPU, as Xen saves them on entry and
 * restores them on exit. Each padding field: write zero, ignore on read.
 */
struct cpu_user_regs {
    uint32_t ebx;               /**< IN/OUT: EBX. */
    uint32_t ecx;               /**< IN/OUT: ECX. */
    uint32_t edx;               /**< IN/OUT: EDX. */
    uint32_t esi;               /**< IN/OUT: ESI. */
    uint32_t edi;               /**< IN/OUT: EDI. */
    uint32_t ebp;               /**< IN/OUT: EBP. */
    uint32_t eax;               /**< IN/OUT: EAX. */
    uint16_t error_code;        /**< Xen's own use: guests must not rely on it. */
    uint16_t entry_vector;      /**< Xen's own use: guests must not rely on it. */
    uint32_t eip;               /**< IN/OUT: instruction pointer. */
    uint16_t cs;                /**< IN/OUT: code selector. */
    /** IN/OUT: event mask in effect before the frame was built; EFLAGS.IF reads
     *  as its inverse. */
    uint8_t saved_upcall_mask;
    uint8_t _pad0;              /**< Padding: write zero. */
    uint32_t eflags;            /**< IN/OUT: EFLAGS. */
    uint32_t esp;               /**< IN/OUT: stack pointer. */
    uint16_t ss;                /**< IN/OUT: stack selector. */
    uint16_t _pad1;             /**< Padding: write zero. */
    uint16_t es;                /**< IN/OUT: ES selector. */
    uint16_t _pad2;             /**< Padding: write zero. */
    uint16_t ds;                /**< IN/OUT: DS selector. */
    uint16_t _pad3;             /**< Padding: write zero. */
    uint16_t fs;                /**< IN/OUT: FS selector. */
    uint16_t _pad4;             /**< Padding: write zero. */
    uint16_t gs;                /**< IN/OUT: GS selector. */
    uint16_t _pad5;             /**< Padding: write zero. */
};

#else /* XEN_X86_TOOLS_REG_NAMES */

#if !defined(__GNUC__) && !defined(__clang__) && !defined(_MSC_VER) && \
    (defined(__cplusplus) || !defined(__STDC_VERSION__) || __STDC_VERSION__ < 201112L)
#error "xen-public: XEN_X86_TOOLS_REG_NAMES declares struct cpu_user_regs with anonymous \
structs and unions, which this compiler accepts only in C11 or later; compile as C11 or with \
GCC, Clang or MSVC, or leave XEN_X86_TOOLS_REG_NAMES undefined and use the eXX names"
#endif

/**
 * EAX, EBX, ECX or EDX in the tools view, for `w` = a, b, c or d: all 32
 * bits (`eax`), the low 16 (`ax`), and bits 7:0 and 15:8 (`al`, `ah`).
 */
#define XEN_X86_32_TOOLS_REG_LO8(w) union { \
    uint32_t e ## w ## x; \
    uint16_t w ## x; \
    struct { \
        uint8_t w ## l; \
        uint8_t w ## h; \
    }; \
}
/**
 * ESI, EDI, EBP, ESP, EIP or EFLAGS in the tools view: all 32 bits under two
 * names (`esi`, `_esi`) and the low 16 (`si`).
 */
#define XEN_X86_32_TOOLS_REG_LO16(name) union { \
    uint32_t e ## name, _e ## name; \
    uint16_t name; \
}

XEN_EXTENSIONS_BEGIN
/**
 * The general registers of a 32-bit vCPU under the tools-view names
 * (XEN_X86_TOOLS_REG_NAMES): the layout of the default declaration, with
 * every register also reachable at its narrower widths. Each padding field:
 * write zero, ignore on read.
 */
struct cpu_user_regs {
    XEN_X86_32_TOOLS_REG_LO8(b);      /**< IN/OUT: EBX (ebx, bx, bl, bh). */
    XEN_X86_32_TOOLS_REG_LO8(c);      /**< IN/OUT: ECX (ecx, cx, cl, ch). */
    XEN_X86_32_TOOLS_REG_LO8(d);      /**< IN/OUT: EDX (edx, dx, dl, dh). */
    XEN_X86_32_TOOLS_REG_LO16(si);    /**< IN/OUT: ESI (esi, _esi, si). */
    XEN_X86_32_TOOLS_REG_LO16(di);    /**< IN/OUT: EDI (edi, _edi, di). */
    XEN_X86_32_TOOLS_REG_LO16(bp);    /**< IN/OUT: EBP (ebp, _ebp, bp). */
    XEN_X86_32_TOOLS_REG_LO8(a);      /**< IN/OUT: EAX (eax, ax, al, ah). */
    uint16_t error_code;              /**< Xen's own use: guests must not rely on it. */
    uint16_t entry_vector;            /**< Xen's own use: guests must not rely on it. */
    XEN_X86_32_TOOLS_REG_LO16(ip);    /**< IN/OUT: instruction pointer (eip, _eip, ip). */
    uint16_t cs;                      /**< IN/OUT: code selector. */
    /** IN/OUT: event mask in effect before the frame was built; EFLAGS.IF is its inverse. */
    uint8_t saved_upcall_mask;
    uint8_t _pad0;                    /**< Padding: write zero. */
    XEN_X86_32_TOOLS_REG_LO16(flags); /**< IN/OUT: EFLAGS (eflags, _eflags, flags). */
    XEN_X86_32_TOOLS_REG_LO16(sp);    /**< IN/OUT: stack pointer (esp, _esp, sp). */
    uint16_t ss;                      /**< IN/OUT: stack selector. */
    uint16_t _pad1;                   /**< Padding: write zero. */
    uint16_t es;                      /**< IN/OUT: ES selector. */
    uint16_t _pad2;                   /**< Padding: write zero. */
    uint16_t ds;                      /**< IN/OUT: DS selector. */
    uint16_t _pad3;                   /**< Padding: write zero. */
    uint16_t fs;                      /**< IN/OUT: FS selector. */
    uint16_t _pad4;                   /**< Padding: write zero. */
    uint16_t gs;                      /**< IN/OUT: GS selector. */
    uint16_t _pad5;                   /**< Padding: write zero. */
};
XEN_EXTENSIONS_END

#undef XEN_X86_32_TOOLS_REG_LO8
#undef XEN_X86_32_TOOLS_REG_LO16

#endif /* XEN_X86_TOOLS_REG_NAMES */

typedef struct cpu_user_regs cpu_user_regs_t;

/** @} */

/** @defgroup arch_x86_32_vcpu Per-vCPU state and callbacks (32-bit)
 *  @ingroup hdr_arch_x86_xen_x86_32_h
 *  `HYPERVISOR_set_callbacks(unsigned long event_selector, unsigned long
 *  event_address, unsigned long failsafe_selector, unsigned long
 *  failsafe_address)` registers the handler Xen enters for event upcalls and
 *  the one it enters when the guest's segment state cannot be restored.
 *  The hypercall is documented, for both word sizes, with its number in
 *  xen.h, as __HYPERVISOR_set_callbacks.
 *  @{ */

/** The x86 part of vcpu_info, sized so that vcpu_info stays 64 bytes. */
struct arch_vcpu_info {
    /** OUT: faulting linear address of the last page fault delivered to a PV
     *  vCPU. */
    unsigned long cr2;
    unsigned long pad[5]; /**< Padding: write zero. */
};
typedef struct arch_vcpu_info arch_vcpu_info_t;

/** A callback entry point: selector and offset (callback.h). */
struct xen_callback {
    unsigned long cs;  /**< IN: code selector. */
    unsigned long eip; /**< IN: entry point. */
};
typedef struct xen_callback xen_callback_t;

/** @} */

#endif /* !__ASSEMBLER__ */

/*
 * Included on its own, this header still offers the whole x86 interface:
 * the common header brings the rest, including the guest handles to
 * cpu_user_regs_t. When the common header is the includer, the line below
 * does nothing.
 */
#include "xen.h"

#endif /* __XEN_PUBLIC_ARCH_X86_XEN_X86_32_H__ */
