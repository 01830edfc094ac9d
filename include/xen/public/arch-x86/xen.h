/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief The x86 half of the core guest interface: guest handles, frame and
 *        word types, the PV CPU context and the x86 parts of the shared pages.
 *
 * Most structures here are laid out differently for a 32-bit (i386) and a
 * 64-bit (x86_64) guest, because they are built from the guest's native
 * `unsigned long` and pointer. The register file, segment selectors
 * and the hypervisor's hole in a PV guest's address space differ further;
 * they live in xen-x86_32.h and xen-x86_64.h, which this header includes for
 * the architecture being compiled.
 *
 * The hypercalls that only PV guests use to run on virtual x86 hardware
 * (descriptor tables, trap table, kernel stack, FPU and debug registers) are
 * documented with their numbers in xen.h; this header has the structures
 * and limits they take.
 *
 * This header is safe under `__ASSEMBLER__`: only macros remain there.
 *
 * Stability: stable. Callers: normally included through xen.h by PV, PVH and
 * HVM guest kernels, firmware and toolstacks on i386 and x86_64.
 */
#if !defined(__i386__) && !defined(__x86_64__)
#error "xen-public: arch-x86/xen.h is for x86 only; include xen.h, which picks the right one"
#endif

#ifndef __XEN_PUBLIC_ARCH_X86_XEN_H__
#define __XEN_PUBLIC_ARCH_X86_XEN_H__
/* Marks this copy as xen-public's: unstable/arch-x86/xen.h adds its toolstack part
 * only then (another copy of the header, included first, has its own). */
#define XEN_PUBLIC_ARCH_X86_XEN_H

#include "../xen-public-base.h"

/** @defgroup hdr_arch_x86_xen_h arch-x86/xen.h
 *  @ingroup xen_arch */

/** @defgroup arch_x86_handles Guest handles on x86
 *  @ingroup hdr_arch_x86_xen_h
 *  A guest handle carries a guest-virtual pointer inside a hypercall
 *  argument. On x86 it is a one-member struct around a native pointer (4
 *  bytes for a 32-bit guest, 8 for a 64-bit one), so that handles to
 *  different types cannot be mixed up silently. A field in memory and a
 *  direct hypercall argument use the same representation here.
 *  @{ */

#if defined(__XEN_INTERFACE_VERSION__) && __XEN_INTERFACE_VERSION__ >= 0x00030201
/**
 * Declare the handle type `__guest_handle_<name>` to `type`: a struct whose
 * only member `p` is the pointer. Interfaces 0x00030201 and later.
 */
#define ___DEFINE_XEN_GUEST_HANDLE(name, type) \
    typedef struct { type *p; } __guest_handle_ ## name
#else
/**
 * Declare the handle type `__guest_handle_<name>` to `type`: a bare pointer,
 * as interfaces older than 0x00030201 defined it.
 */
#define ___DEFINE_XEN_GUEST_HANDLE(name, type) \
    typedef type * __guest_handle_ ## name
#endif

/**
 * Declare the handle `name` to `type` together with its read-only twin
 * `const_<name>` (a handle to `const type`). Follow it with a semicolon.
 */
#define __DEFINE_XEN_GUEST_HANDLE(name, type) \
    ___DEFINE_XEN_GUEST_HANDLE(name, type); \
    ___DEFINE_XEN_GUEST_HANDLE(const_ ## name, const type)

/** Declare the handles to the type `name` and to `const name`. */
#define DEFINE_XEN_GUEST_HANDLE(name) __DEFINE_XEN_GUEST_HANDLE(name, name)

/** The handle type for `name`, spelt without further macro expansion. */
#define __XEN_GUEST_HANDLE(name) __guest_handle_ ## name

/** The handle type for `name`, as a field of a structure in guest memory. */
#define XEN_GUEST_HANDLE(name) __XEN_GUEST_HANDLE(name)

/**
 * The handle type for `name` as a direct hypercall parameter. Identical to
 * XEN_GUEST_HANDLE() on x86; other architectures may differ.
 */
#define XEN_GUEST_HANDLE_PARAM(name) XEN_GUEST_HANDLE(name)

/**
 * Store the pointer `val` in the handle `hnd` (an lvalue): the primitive
 * behind set_xen_guest_handle(), which callers normally use.
 */
#define set_xen_guest_handle_raw(hnd, val) \
    do { (hnd).p = (val); } while (0)

/** Store the pointer `val` in the handle `hnd` (an lvalue). */
#define set_xen_guest_handle(hnd, val) set_xen_guest_handle_raw(hnd, val)

/** @} */

/** @defgroup arch_x86_helpers Constant helpers
 *  @ingroup hdr_arch_x86_xen_h
 *  @{ */
#ifndef __ASSEMBLER__
/**
 * Turn the numeric literal named by `x` into an `unsigned long` constant,
 * the way xen.h's xen_mk_ulong() does, without needing xen.h. It keeps the
 * address constants of xen-x86_32.h and xen-x86_64.h usable in `#if`.
 */
#define XEN_X86_MK_ULONG(x) XEN_X86_MK_ULONG_PASTE(x)
/** Second step of XEN_X86_MK_ULONG(), once `x` has been expanded. */
#define XEN_X86_MK_ULONG_PASTE(x) x ## UL
#else
/** In assembly the literal stays bare: the assembler knows no suffixes. */
#define XEN_X86_MK_ULONG(x) x
#endif
/** @} */

#if defined(__i386__)
#include "xen-x86_32.h"
#else
#include "xen-x86_64.h"
#endif

#ifndef __ASSEMBLER__
DEFINE_XEN_GUEST_HANDLE(cpu_user_regs_t);
#endif

/** @defgroup arch_x86_types Machine words and frame numbers
 *  @ingroup hdr_arch_x86_xen_h
 *  @{ */

/**
 * Number of vcpu_info slots embedded in shared_info. A guest with more
 * vCPUs must place the vcpu_info of the others elsewhere with
 * VCPUOP_register_vcpu_info before it can use them.
 */
#define XEN_LEGACY_MAX_VCPUS 32

/**
 * Defined when PV guests exist on this architecture: xen.h then offers the
 * PV boot interface (`start_info`).
 */
#define XEN_HAVE_PV_GUEST_ENTRY 1

/**
 * Defined when vcpu_info carries `evtchn_upcall_mask`, the flag by which a
 * PV guest blocks event upcalls on a vCPU.
 */
#define XEN_HAVE_PV_UPCALL_MASK 1

#ifndef __ASSEMBLER__
/**
 * A guest or machine frame number (an address shifted right by 12): the
 * guest's native word, so 32 bits for a 32-bit guest and 64 for a 64-bit one.
 */
typedef unsigned long xen_pfn_t;
/** printf() conversion (without the `%`) printing a xen_pfn_t in hex. */
#define PRI_xen_pfn "lx"
/** printf() conversion (without the `%`) printing a xen_pfn_t in decimal. */
#define PRIu_xen_pfn "lu"

/**
 * The guest's native word, used where a field must be as wide as an
 * address in the guest's own mode.
 */
typedef unsigned long xen_ulong_t;
/** printf() conversion (without the `%`) printing a xen_ulong_t in hex. */
#define PRI_xen_ulong "lx"

/** A time-stamp counter value, as returned by the RDTSC instruction. */
typedef uint64_t tsc_timestamp_t;
#endif /* !__ASSEMBLER__ */

/** @} */

/** @defgroup arch_x86_gdt Descriptor tables (PV)
 *  @ingroup hdr_arch_x86_xen_h
 *  A PV guest owns the low part of its GDT; the top of the table is Xen's,
 *  which is why the selectors in xen-x86_32.h and xen-x86_64.h (GDT indices
 *  259 to 262) work in every guest without it installing a GDT of its own.
 *  The LDT is installed with MMUEXT_SET_LDT (HYPERVISOR_mmuext_op).
 *
 *  `HYPERVISOR_set_gdt(const xen_ulong_t frames[], unsigned int entries)`
 *  gives the calling vCPU a new GDT, and
 *  `HYPERVISOR_update_descriptor(uint64_t pa, uint64_t desc)` writes one
 *  entry of a GDT or LDT page. Both are documented with their numbers in
 *  xen.h: __HYPERVISOR_set_gdt and __HYPERVISOR_update_descriptor.
 *  @{ */

/** First page of a GDT that belongs to Xen; pages below it are the guest's. */
#define FIRST_RESERVED_GDT_PAGE 14
/** Byte offset in the GDT where Xen's reserved part starts. */
#define FIRST_RESERVED_GDT_BYTE (FIRST_RESERVED_GDT_PAGE * 4096)
/**
 * First GDT entry reserved for Xen, and so the largest `entries` count a
 * guest may pass to HYPERVISOR_set_gdt.
 */
#define FIRST_RESERVED_GDT_ENTRY (FIRST_RESERVED_GDT_BYTE / 8)

/** @} */

/** @defgroup arch_x86_traps Virtual trap table (PV)
 *  @ingroup hdr_arch_x86_xen_h
 *  `HYPERVISOR_set_trap_table(const struct trap_info traps[])` fills the
 *  calling vCPU's virtual IDT: each entry names the handler Xen bounces an
 *  exception or software interrupt to. The hypercall is documented with
 *  its number in xen.h, as __HYPERVISOR_set_trap_table.
 *
 *  While a guest has no \#GP handler, Xen makes an RDMSR it would otherwise
 *  refuse read 0 (when the host can read the MSR); new code must not
 *  depend on that leniency.
 *  @{ */

/** The privilege field (bits 0-1 of `flags`) of the trap_info at `ti`. */
#define TI_GET_DPL(ti) ((ti)->flags & 3)
/** Non-zero when the trap_info at `ti` masks events on entry (bit 2). */
#define TI_GET_IF(ti) ((ti)->flags & 4)
/** OR the privilege level `dpl` (0-3) into the trap_info at `ti`. */
#define TI_SET_DPL(ti, dpl) ((ti)->flags |= (dpl))
/** Make the trap_info at `ti` mask events on entry when `on` is non-zero. */
#define TI_SET_IF(ti, on) ((ti)->flags |= ((!!(on)) << 2))

#ifndef __ASSEMBLER__
/**
 * Argument of __HYPERVISOR_set_trap_table: one element of its array, an
 * entry of the virtual IDT. The privilege level is the least privileged
 * mode allowed to raise the vector with a software interrupt: 0 nobody,
 * 1 or 2 the guest kernel only (a 64-bit PV kernel has no rings 1 and 2),
 * 3 user space as well.
 */
struct trap_info {
    uint8_t vector;        /**< IN: exception or interrupt vector (0-255). */
    /** IN: bits 0-1 privilege level, bit 2 mask events on entry (TI_* macros);
     *  other bits zero. */
    uint8_t flags;
    uint16_t cs;           /**< IN: code selector of the handler. */
    unsigned long address; /**< IN: handler entry point (offset in `cs`); 0 ends the array. */
};
typedef struct trap_info trap_info_t;
DEFINE_XEN_GUEST_HANDLE(trap_info_t);
#endif /* !__ASSEMBLER__ */

/** @} */

/** @defgroup arch_x86_context vCPU context
 *  @ingroup hdr_arch_x86_xen_h
 *  The whole register and control state of a vCPU, as read and written by
 *  VCPUOP_initialise (bringing up a PV vCPU) and by the toolstack's
 *  XEN_DOMCTL_setvcpucontext / XEN_DOMCTL_getvcpucontext.
 *
 *  For an HVM vCPU, XEN_DOMCTL_setvcpucontext only takes `fpu_ctxt` (when
 *  VGCF_i387_valid is set), `flags`, `user_regs` and `debugreg[]`; the rest
 *  is ignored. Starting an HVM vCPU with VCPUOP_initialise uses struct
 *  vcpu_hvm_context (hvm/hvm_vcpu.h) instead.
 *  @{ */

#define _VGCF_i387_valid 0
/** `fpu_ctxt` holds a valid image; clear, the vCPU starts with reset FPU state. */
#define VGCF_i387_valid (1 << _VGCF_i387_valid)
#define _VGCF_in_kernel 2
/** A 64-bit PV vCPU is in guest kernel mode (kernel page tables active). */
#define VGCF_in_kernel (1 << _VGCF_in_kernel)
#define _VGCF_failsafe_disables_events 3
/** Events are masked when Xen enters the failsafe callback. */
#define VGCF_failsafe_disables_events (1 << _VGCF_failsafe_disables_events)
#define _VGCF_syscall_disables_events 4
/** Events are masked when Xen enters the SYSCALL callback. */
#define VGCF_syscall_disables_events (1 << _VGCF_syscall_disables_events)
#define _VGCF_online 5
/** The vCPU runs: set, a write brings it up; clear, it stays (or goes) down. */
#define VGCF_online (1 << _VGCF_online)

#ifndef __ASSEMBLER__
/**
 * vCPU context. Sizes follow the guest's word: every `unsigned long` is 4
 * bytes for a 32-bit guest and 8 for a 64-bit one.
 */
struct vcpu_guest_context {
    /**
     * IN/OUT: the FPU/SSE state as FXSAVE lays it out (FSAVE on a CPU
     * without FXSR). First in the structure so that it can be aligned.
     */
    struct {
        char x[512]; /**< The raw 512-byte save area. */
    } fpu_ctxt;
    unsigned long flags;             /**< IN/OUT: VGCF_* bits. */
    /** IN/OUT: general registers, instruction pointer, flags and data
     *  selectors. */
    struct cpu_user_regs user_regs;
    struct trap_info trap_ctxt[256]; /**< IN/OUT: virtual IDT, indexed by vector (PV). */
    unsigned long ldt_base;          /**< IN/OUT: linear address of the LDT (PV). */
    unsigned long ldt_ents;          /**< IN/OUT: number of LDT entries (PV). */
    unsigned long gdt_frames[16];    /**< IN/OUT: machine frames of the guest's GDT pages (PV). */
    unsigned long gdt_ents;          /**< IN/OUT: number of GDT entries in use (PV). */
    /** IN/OUT: kernel stack selector loaded on entry from user mode (PV). */
    unsigned long kernel_ss;
    /** IN/OUT: kernel stack pointer loaded on entry from user mode (PV). */
    unsigned long kernel_sp;
    /**
     * IN/OUT: CR0 to CR7. CR3 holds a frame number encoded with
     * xen_pfn_to_cr3(); a 64-bit PV guest keeps its user-mode page table,
     * encoded the same way, in `ctrlreg[1]`.
     */
    unsigned long ctrlreg[8];
    unsigned long debugreg[8];       /**< IN/OUT: DR0 to DR7. */
#ifdef __i386__
    /** IN/OUT: code selector of the event upcall handler (PV). */
    unsigned long event_callback_cs;
    /** IN/OUT: entry point of the event upcall handler (PV). */
    unsigned long event_callback_eip;
    unsigned long failsafe_callback_cs;  /**< IN/OUT: code selector of the failsafe handler (PV). */
    /** IN/OUT: entry point of the failsafe handler, run when Xen cannot load
     *  the guest's segment state (PV). */
    unsigned long failsafe_callback_eip;
#else
    /** IN/OUT: entry point of the event upcall handler (PV). */
    unsigned long event_callback_eip;
    /** IN/OUT: entry point of the failsafe handler, run when Xen cannot load
     *  the guest's segment state (PV). */
    unsigned long failsafe_callback_eip;
    /** IN/OUT: entry point for SYSCALL from user mode (PV). */
    unsigned long syscall_callback_eip;
#endif
    /** IN/OUT: bitmap of the VMASST_TYPE_* assists enabled (bit n = type n). */
    unsigned long vm_assist;
#ifdef __x86_64__
    uint64_t fs_base;                /**< IN/OUT: FS segment base. */
    uint64_t gs_base_kernel;         /**< IN/OUT: GS base while in guest kernel mode. */
    uint64_t gs_base_user;           /**< IN/OUT: GS base while in guest user mode. */
#endif
};
typedef struct vcpu_guest_context vcpu_guest_context_t;
DEFINE_XEN_GUEST_HANDLE(vcpu_guest_context_t);
#endif /* !__ASSEMBLER__ */

/** @} */

#ifndef __ASSEMBLER__
/** @defgroup arch_x86_shared Architecture part of shared_info
 *  @ingroup hdr_arch_x86_xen_h
 *  @{ */

/**
 * The x86 part of shared_info. A PV guest publishes here where its
 * physical-to-machine (p2m) table lives, so that the toolstack can find it
 * for save, restore and migration.
 *
 * Two descriptions are possible. The old one is a three-level tree of
 * frame lists rooted at `pfn_to_mfn_frame_list_list`. The newer one is a
 * linear array mapped at `p2m_vaddr` in the address space `p2m_cr3`; it is
 * valid whenever `p2m_cr3` is non-zero. While changing the mappings that
 * make up that array the guest increments `p2m_generation` before and after
 * the change, so an observer that sees an odd value, or a value different
 * from the one it started with, knows to retry. Entries of the linear array
 * must only be updated with single atomic writes.
 */
struct arch_shared_info {
    /** IN (guest): number of p2m entries valid in either description. */
    unsigned long max_pfn;
    /**
     * IN (guest): machine frame of the root of the p2m frame-list tree; 0
     * while not set up, all ones when the tree cannot describe the p2m (too
     * large) and only the linear array is valid.
     */
    xen_pfn_t pfn_to_mfn_frame_list_list;
    /** OUT: reason bits of a pending NMI (`_XEN_NMIREASON_*` in nmi.h). */
    unsigned long nmi_reason;
    /**
     * IN (guest): root page table (L3 or L4) of the address space in which
     * `p2m_vaddr` is valid, encoded like CR3 with xen_pfn_to_cr3(); 0 means
     * the linear array is not published.
     */
    unsigned long p2m_cr3;
    /** IN (guest): virtual address of entry 0 of the linear p2m array. */
    unsigned long p2m_vaddr;
    /** IN (guest): change counter of the linear array; starts at 0, odd while
     *  an update is in progress. */
    unsigned long p2m_generation;
#ifdef __i386__
    /** OUT: upper 32 bits of the wall-clock seconds, for lack of room in
     *  shared_info itself. */
    uint32_t wc_sec_hi;
#endif
};
typedef struct arch_shared_info arch_shared_info_t;

/** @} */

/** @defgroup arch_x86_policy CPUID and MSR records
 *  @ingroup hdr_arch_x86_xen_h
 *  The serialised form of a domain's CPU policy, exchanged between the
 *  toolstack and Xen by the CPU-policy domctls and sysctls: one record per
 *  CPUID leaf (and subleaf) and one per MSR.
 *  @{ */

/** `subleaf` value of a CPUID leaf that has no subleaves. */
#define XEN_CPUID_NO_SUBLEAF 0xffffffffu

/** The output of one CPUID leaf and subleaf. */
typedef struct xen_cpuid_leaf {
    uint32_t leaf;    /**< IN/OUT: input EAX. */
    uint32_t subleaf; /**< IN/OUT: input ECX, or XEN_CPUID_NO_SUBLEAF. */
    uint32_t a;       /**< IN/OUT: output EAX. */
    uint32_t b;       /**< IN/OUT: output EBX. */
    uint32_t c;       /**< IN/OUT: output ECX. */
    uint32_t d;       /**< IN/OUT: output EDX. */
} xen_cpuid_leaf_t;
DEFINE_XEN_GUEST_HANDLE(xen_cpuid_leaf_t);

/** The value of one MSR. */
typedef struct xen_msr_entry {
    uint32_t idx;   /**< IN/OUT: MSR index, as loaded into ECX for RDMSR. */
    uint32_t flags; /**< Reserved: write zero. */
    uint64_t val;   /**< IN/OUT: the MSR's 64-bit value. */
} xen_msr_entry_t;
DEFINE_XEN_GUEST_HANDLE(xen_msr_entry_t);

/** @} */
#endif /* !__ASSEMBLER__ */

/** @defgroup arch_x86_pv_misc Other PV processor hypercalls
 *  @ingroup hdr_arch_x86_xen_h
 *  Small hypercalls by which a PV kernel reaches privileged processor state
 *  of the calling vCPU. They take no structure, so they are documented
 *  with their numbers in xen.h:
 *  - `HYPERVISOR_stack_switch(unsigned long ss, unsigned long esp)`:
 *    __HYPERVISOR_stack_switch;
 *  - `HYPERVISOR_fpu_taskswitch(int set)`: __HYPERVISOR_fpu_taskswitch;
 *  - `HYPERVISOR_set_debugreg(int regno, unsigned long value)`:
 *    __HYPERVISOR_set_debugreg;
 *  - `HYPERVISOR_get_debugreg(int regno)`, whose result is an `unsigned
 *    long`: __HYPERVISOR_get_debugreg.
 */

/** @defgroup arch_x86_emul Forced emulation and debug port
 *  @ingroup hdr_arch_x86_xen_h
 *  @{ */

#ifndef __ASSEMBLER__
/**
 * The marker (UD2 followed by the bytes "xen") that makes Xen emulate the
 * instruction after it, so that a PV guest sees its own CPUID policy rather
 * than the raw hardware's. A string for inline assembly here; the bare
 * directive in assembly sources.
 */
#define XEN_EMULATE_PREFIX ".byte 0x0f,0x0b,0x78,0x65,0x6e ; "
/** CPUID preceded by XEN_EMULATE_PREFIX, for use in a PV guest. */
#define XEN_CPUID XEN_EMULATE_PREFIX "cpuid"
#else
/** The forced-emulation marker as an assembler directive. */
#define XEN_EMULATE_PREFIX .byte 0x0f,0x0b,0x78,0x65,0x6e ;
/** CPUID preceded by XEN_EMULATE_PREFIX, as an assembler statement. */
#define XEN_CPUID XEN_EMULATE_PREFIX cpuid
#endif

/**
 * I/O port whose writes Xen prints on its console, one byte per character
 * (the "port E9" debug console), subject to the console's log level.
 */
#define XEN_HVM_DEBUGCONS_IOPORT 0xe9

/** @} */

#endif /* __XEN_PUBLIC_ARCH_X86_XEN_H__ */
