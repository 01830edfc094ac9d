/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief The core guest ABI of Xen: hypercall numbers, virtual interrupts,
 *        the PV memory-management calls, the shared-info page, the
 *        start-of-day information and the hypervisor console.
 *
 * Every other header of the package builds on this one. It first pulls in
 * `xen-compat.h` (interface version, fixed-width types) and the header of
 * the architecture being compiled for, which supplies the word-sized types
 * (`xen_ulong_t`, `xen_pfn_t`), the guest-handle macros and the
 * architecture parts of the shared structures. It then defines what every
 * architecture has in common:
 *
 * - the number of each hypercall, and the older numbers kept for guests
 *   that ask for an old interface version;
 * - the virtual interrupts (VIRQs) a domain can bind to event channels;
 * - the paravirtual MMU interface (`HYPERVISOR_mmu_update`,
 *   `HYPERVISOR_mmuext_op`, `HYPERVISOR_update_va_mapping`), used by PV
 *   guests that manage their own page tables;
 * - batching of hypercalls (`HYPERVISOR_multicall`);
 * - the reserved domain identifiers;
 * - the shared-info page with its per-vCPU blocks and the time-keeping
 *   record a guest builds its clocks from;
 * - the start-of-day page a PV guest finds on entry, and the description
 *   of the VGA/framebuffer console handed to the hardware domain;
 * - the hypervisor console (`HYPERVISOR_console_io`) and `vm_assist`.
 *
 * Names that only exist for old interface versions are still offered when
 * `__XEN_INTERFACE_VERSION__` selects such a version; see `xen-compat.h`.
 *
 * Stability: stable. Callers: every guest kernel and firmware, PV
 * frontends and backends, device models and the toolstack. The parts
 * used only by the toolstack live in `unstable/xen.h`.
 */
#ifndef __XEN_PUBLIC_XEN_H__
#define __XEN_PUBLIC_XEN_H__
/* Marks this copy as xen-public's: unstable/xen.h adds its toolstack part
 * only then (another copy of the header, included first, has its own). */
#define XEN_PUBLIC_XEN_H

#include "xen-compat.h"

#if defined(__i386__) || defined(__x86_64__)
#include "arch-x86/xen.h"
#elif defined(__arm__) || defined(__aarch64__)
#include "arch-arm.h"
#elif defined(__powerpc64__)
#include "arch-ppc.h"
#elif defined(__riscv)
#include "arch-riscv.h"
#else
#error "xen-public: xen.h: unknown target architecture; Xen has x86, Arm, PowerPC64 and RISC-V"
#endif

/** @defgroup hdr_xen_h xen.h
 *  @ingroup xen_core */

/** @defgroup xen_h_lang Language helpers
 *  @ingroup hdr_xen_h
 *  Portability macros for flexible arrays and for constants whose C type
 *  must be unsigned (and which must still assemble without suffixes).
 *  @{ */

#ifndef __ASSEMBLER__

/** Paste the `U` suffix onto a literal; use xen_mk_uint(), which expands
 *  its argument first. */
#define __xen_mk_uint(x)  x ## U
/** Paste the `UL` suffix onto a literal; use xen_mk_ulong(). */
#define __xen_mk_ulong(x) x ## UL
#ifndef __xen_mk_ullong
/** Paste the `ULL` suffix onto a literal; use xen_mk_ullong(). An
 *  environment lacking `unsigned long long` may define its own version
 *  before including this header. */
#define __xen_mk_ullong(x) x ## ULL
#endif
/** Make the literal @p x an `unsigned int` constant (plain in assembly). */
#define xen_mk_uint(x)    __xen_mk_uint(x)
/** Make the literal @p x an `unsigned long` constant (plain in assembly). */
#define xen_mk_ulong(x)   __xen_mk_ulong(x)
/** Make the literal @p x an `unsigned long long` constant (plain in
 *  assembly). */
#define xen_mk_ullong(x)  __xen_mk_ullong(x)

#else /* __ASSEMBLER__ */

/* The assembler has no integer suffixes: the literal is used as it is. */
/** Assembly form of xen_mk_uint(): the plain literal @p x. */
#define xen_mk_uint(x)   (x)
/** Assembly form of xen_mk_ulong(): the plain literal @p x. */
#define xen_mk_ulong(x)  (x)
/** Assembly form of xen_mk_ullong(): the plain literal @p x. */
#define xen_mk_ullong(x) (x)

#endif /* __ASSEMBLER__ */

/** @} */

#ifndef __ASSEMBLER__
/** @defgroup xen_h_handles Guest handles for basic types
 *  @ingroup hdr_xen_h
 *  Guest handles (see the architecture header) through which hypercall
 *  arguments reference arrays of plain C types in guest memory. Each
 *  invocation declares `XEN_GUEST_HANDLE(name)` and its `const_name`
 *  counterpart.
 *  @{ */

/* Guest handles to `char`: text and byte buffers. */
DEFINE_XEN_GUEST_HANDLE(char);
/* Guest handles to `unsigned char`, named `uchar`. */
__DEFINE_XEN_GUEST_HANDLE(uchar, unsigned char);
DEFINE_XEN_GUEST_HANDLE(int);
/* Guest handles to `unsigned int`, named `uint`. */
__DEFINE_XEN_GUEST_HANDLE(uint, unsigned int);
#if __XEN_INTERFACE_VERSION__ < 0x00040300
/* The `long` handles change size between 32- and 64-bit guests; they were
 * withdrawn with interface version 0x00040300. */
/* Guest handles to `long` (interfaces before 0x00040300). */
DEFINE_XEN_GUEST_HANDLE(long);
/* Guest handles to `unsigned long`, named `ulong` (interfaces before
 *  0x00040300). */
__DEFINE_XEN_GUEST_HANDLE(ulong, unsigned long);
#endif
/* Untyped guest handles, for buffers whose layout the operation defines. */
DEFINE_XEN_GUEST_HANDLE(void);

DEFINE_XEN_GUEST_HANDLE(uint64_t);
/* Guest handles to `xen_pfn_t`: lists of frame numbers. */
DEFINE_XEN_GUEST_HANDLE(xen_pfn_t);
DEFINE_XEN_GUEST_HANDLE(xen_ulong_t);

/** @} */
#endif /* !__ASSEMBLER__ */

/** @defgroup xen_h_hypercalls Hypercall numbers
 *  @ingroup hdr_xen_h
 *  The value a guest loads into the hypercall-number register (or uses to
 *  index the hypercall page) to select a hypercall. Numbers are never
 *  reused for a different call; a number whose call was withdrawn now
 *  fails with -XEN_ENOSYS. Which calls a given guest may make depends on
 *  its type (PV, HVM/PVH, Arm) and on its privilege.
 *  @{ */

/**
 * @name __HYPERVISOR_set_trap_table
 * Fill entries of the calling vCPU's virtual IDT: for each vector, the
 * handler Xen bounces an exception or software interrupt to.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 0 |
 * | Caller         | an x86 PV guest kernel, for the calling vCPU; no XSM hook |
 * | Argument       | `traps`: array of struct trap_info (arch-x86/xen.h), or NULL |
 * | Returns        | 0 once every entry before the terminating one is installed |
 * | Errors         | listed below |
 * | Architectures  | x86 PV guests only; others -XEN_ENOSYS |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | do_set_trap_table(), compat_set_trap_table() in xen/arch/x86/pv/callback.c |
 *
 * Errors:
 * - -XEN_EFAULT: an entry cannot be read.
 * - -XEN_EINVAL: a 64-bit guest gave a non-canonical `address`.
 *
 * The array ends at the first entry whose `address` is 0; a NULL `traps`
 * empties all 256 vectors. Each entry overwrites the one of its `vector`,
 * with the RPL of `cs` raised to the guest kernel's when it is lower.
 * Entries installed before a failing one stay. Xen splits a long array
 * into continuations of its own, unseen by the caller.
 * compat_set_trap_table() serves 32-bit guests.
 * @{ */
#define __HYPERVISOR_set_trap_table        0
/** @} */

/**
 * @name __HYPERVISOR_mmu_update
 * Apply a batch of page-table writes and M2P updates, each checked
 * against the PV safety rules (see @ref xen_h_mmu_update).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 1 |
 * | Caller         | an x86 PV domain; XSM: xsm_mmu_update(), XSM_TARGET |
 * | Argument       | `reqs`: array of `count` struct mmu_update; `done_out`; `foreigndom` |
 * | Returns        | 0 once every request is applied |
 * | Errors         | listed below |
 * | Architectures  | x86 PV guests only; others -XEN_ENOSYS |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | do_mmu_update() in xen/arch/x86/mm.c |
 *
 * Errors:
 * - -XEN_EFAULT: `reqs` is not accessible for `count` elements.
 * - -XEN_ESRCH: bits 31:16 of `foreigndom` name no existing domain.
 * - -XEN_EINVAL: that domain has no vCPU 0.
 * - -XEN_ESRCH: bits 15:0 name no existing domain, or name the caller by
 *   its own id instead of DOMID_SELF.
 * - -XEN_EFAULT: a request cannot be read.
 * - -XEN_ENOSYS: a request's command bits are no MMU_* command.
 * - an error of the request's MMU_* command, as its block lists.
 *
 * xsm_mmu_update() is asked for each kind of request. Under the default
 * policy a domain may work on its own tables and frames and name DOMID_IO
 * as the owner of the data frames; another domain's tables or frames need
 * that domain's device model or the control domain as the caller, and
 * DOMID_XEN the control domain.
 * @{ */
#define __HYPERVISOR_mmu_update            1
/** @} */

/**
 * @name __HYPERVISOR_set_gdt
 * Give the calling vCPU a new GDT, built from frames of the guest's own.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 2 |
 * | Caller         | an x86 PV guest kernel, for the calling vCPU; no XSM hook |
 * | Argument       | `frames`: the table's machine frames; `entries`: entries in use |
 * | Returns        | 0 once the new table is live |
 * | Errors         | listed below |
 * | Architectures  | x86 PV guests only; others -XEN_ENOSYS |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | do_set_gdt(), compat_set_gdt() in xen/arch/x86/pv/descriptor-tables.c |
 *
 * Errors:
 * - -XEN_EINVAL: `entries` is above FIRST_RESERVED_GDT_ENTRY
 *   (arch-x86/xen.h).
 * - -XEN_EFAULT: `frames` cannot be read.
 * - -XEN_EINVAL: a frame is not the caller's, or cannot be typed as a
 *   descriptor page (it is mapped writable, or holds a descriptor Xen
 *   refuses); the old table then stays in place.
 *
 * `frames` has one frame per 512 entries: `xen_ulong_t` elements from a
 * 64-bit guest, 32-bit ones from a 32-bit guest (compat_set_gdt()).
 * @{ */
#define __HYPERVISOR_set_gdt               2
/** @} */

/**
 * @name __HYPERVISOR_stack_switch
 * Set the kernel stack of the calling vCPU: Xen builds the frame of each
 * event or exception that interrupts guest user mode there, until the
 * next call.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 3 |
 * | Caller         | an x86 PV guest kernel, for the calling vCPU; no XSM hook |
 * | Argument       | `ss`: stack selector; `esp`: stack pointer (no structure) |
 * | Returns        | 0, always |
 * | Errors         | none |
 * | Architectures  | x86 PV guests only; others -XEN_ENOSYS |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | do_stack_switch() in xen/arch/x86/pv/misc-hypercalls.c |
 *
 * A selector whose RPL is below the guest kernel's (1 for a 32-bit guest,
 * 3 for a 64-bit one) is stored with the kernel's RPL instead. A 64-bit
 * guest's frames are built at `esp` only; its `ss` is stored but not
 * loaded (create_bounce_frame() in xen/arch/x86/x86_64/entry.S).
 * @{ */
#define __HYPERVISOR_stack_switch          3
/** @} */

/**
 * @name __HYPERVISOR_set_callbacks
 * Register the calling vCPU's event upcall handler and its failsafe
 * handler (entered when Xen cannot load the guest's segment state), and,
 * on x86-64, its SYSCALL handler.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 4 |
 * | Caller         | an x86 PV guest kernel, for the calling vCPU; no XSM hook |
 * | Argument       | the handlers' entry points, as listed below (no structure) |
 * | Returns        | 0, always |
 * | Errors         | none: what Xen refuses is left out silently |
 * | Architectures  | x86 PV guests only; others -XEN_ENOSYS |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | do_set_callbacks(), compat_set_callbacks() in xen/arch/x86/pv/callback.c |
 *
 * The arguments differ with the guest's word size:
 * - 64-bit guests: `event_address`, `failsafe_address`, `syscall_address`;
 *   all handlers run on the flat code segment. An address that is not
 *   canonical is not installed.
 * - 32-bit guests: `event_selector`, `event_address`, `failsafe_selector`,
 *   `failsafe_address`; a selector's RPL below the guest kernel's is
 *   raised to it (compat_set_callbacks()).
 *
 * A failsafe handler installed this way, and a 64-bit guest's SYSCALL
 * handler, do not mask events on entry. HYPERVISOR_callback_op
 * (callback.h) can set that flag, and it reports what it refuses.
 * @{ */
#define __HYPERVISOR_set_callbacks         4
/** @} */

/**
 * @name __HYPERVISOR_fpu_taskswitch
 * Set or clear CR0.TS of the calling vCPU, so that a PV kernel can defer
 * saving the FPU state as it would on hardware.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 5 |
 * | Caller         | an x86 PV guest kernel, for the calling vCPU; no XSM hook |
 * | Argument       | `set`: non-zero sets TS, zero clears it (no structure) |
 * | Returns        | 0, always |
 * | Errors         | none |
 * | Architectures  | x86 PV guests only; others -XEN_ENOSYS |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | do_fpu_taskswitch() in xen/arch/x86/pv/misc-hypercalls.c |
 * @{ */
#define __HYPERVISOR_fpu_taskswitch        5
/** @} */

/**
 * @name __HYPERVISOR_sched_op_compat
 * The scheduler call of interfaces before 0x00030101: yield, block or
 * shut down the caller. New code uses __HYPERVISOR_sched_op (sched.h).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 6 |
 * | Caller         | an x86 PV guest, for itself; no XSM hook |
 * | Argument       | `cmd`: SCHEDOP_yield, _block or _shutdown; `arg`: see below |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 PV guests only; others -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_sched_op_compat() in xen/arch/x86/compat.c |
 *
 * Errors:
 * - -XEN_ENOSYS: `cmd` is none of the three.
 *
 * SCHEDOP_yield and SCHEDOP_block ignore `arg` and act as through
 * __HYPERVISOR_sched_op. SCHEDOP_shutdown takes the SHUTDOWN_* reason
 * itself in the low 8 bits of `arg`, not a structure.
 * @{ */
#define __HYPERVISOR_sched_op_compat       6
/** @} */

/** Hardware-domain platform control (platform.h). */
#define __HYPERVISOR_platform_op           7

/**
 * @name __HYPERVISOR_set_debugreg
 * Write one debug register of the calling vCPU.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 8 |
 * | Caller         | an x86 PV guest kernel, for the calling vCPU; no XSM hook |
 * | Argument       | `regno`: the register, 0 to 7; `value`: its new value (no structure) |
 * | Returns        | 0 once loaded |
 * | Errors         | listed below |
 * | Architectures  | x86 PV guests only; others -XEN_ENOSYS |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | set_debugreg(), via do_set_debugreg(), in xen/arch/x86/pv/misc-hypercalls.c |
 *
 * Errors:
 * - -XEN_EPERM: DR0 to DR3 with an address at or above 2^47 and below
 *   HYPERVISOR_VIRT_END (the end of Xen's area).
 * - -XEN_ENODEV: DR4 or DR5 while the vCPU's CR4.DE is set.
 * - -XEN_EINVAL: DR4 or DR6, DR5 or DR7, with bits 63:32 of `value` set.
 * - -XEN_EPERM: DR7 with GD (bit 13) set.
 * - -XEN_EPERM: DR7 enabling a breakpoint while one of its type fields
 *   asks for an I/O breakpoint and the vCPU's CR4.DE is clear.
 * - -XEN_ENODEV: `regno` is not 0 to 7.
 *
 * With CR4.DE clear, DR4 and DR5 stand for DR6 and DR7.
 * @{ */
#define __HYPERVISOR_set_debugreg          8
/** @} */

/**
 * @name __HYPERVISOR_get_debugreg
 * Read one debug register of the calling vCPU.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 9 |
 * | Caller         | an x86 PV guest kernel, for the calling vCPU; no XSM hook |
 * | Argument       | `regno`: the register, 0 to 7 (no structure) |
 * | Returns        | the register's value, an `unsigned long` |
 * | Errors         | listed below |
 * | Architectures  | x86 PV guests only; others -XEN_ENOSYS |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | do_get_debugreg() in xen/arch/x86/pv/misc-hypercalls.c |
 *
 * Errors:
 * - -XEN_ENODEV: `regno` is not 0 to 7, or is 4 or 5 while the vCPU's
 *   CR4.DE is set.
 *
 * The error comes back in the same register as a value, so a register
 * holding the same bits cannot be told from it. With CR4.DE clear, DR4
 * and DR5 read DR6 and DR7. Xen reads the register through
 * x86emul_read_dr() in xen/arch/x86/x86_emulate/util-xen.c.
 * @{ */
#define __HYPERVISOR_get_debugreg          9
/** @} */

/**
 * @name __HYPERVISOR_update_descriptor
 * Write one 8-byte GDT or LDT descriptor, after checking that the guest
 * may use it.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 10 |
 * | Caller         | an x86 PV guest kernel, for its own pages; no XSM hook |
 * | Argument       | `pa`: machine address of the entry; `desc`: the descriptor |
 * | Returns        | 0 once written |
 * | Errors         | listed below |
 * | Architectures  | x86 PV guests only; others -XEN_ENOSYS |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | do_update_descriptor() in xen/arch/x86/pv/descriptor-tables.c |
 *
 * Errors:
 * - -XEN_EINVAL: `pa` is not a multiple of 8, or `desc` is a descriptor
 *   Xen refuses for a guest: a system descriptor other than a call gate,
 *   a call gate with a target selector Xen refuses or with reserved bits
 *   set, or a 64-bit code segment from a 32-bit guest.
 * - -XEN_EINVAL: `pa` is not in a page of the caller's.
 * - -XEN_EINVAL: the page is neither a descriptor page nor one that may be
 *   mapped writable (it is a page table, say).
 *
 * Both arguments are 64 bits wide; a 32-bit guest passes each as two
 * 32-bit halves, low half first (compat_update_descriptor() in the same
 * file).
 * @{ */
#define __HYPERVISOR_update_descriptor    10
/** @} */

/** Memory reservation and physmap operations (memory.h). */
#define __HYPERVISOR_memory_op            12

/**
 * @name __HYPERVISOR_multicall
 * Run an array of hypercalls in one trap, in order (see
 * @ref xen_h_multicall).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 13 |
 * | Caller         | any domain; no XSM hook (each entry is checked as its own hypercall) |
 * | Argument       | `calls`: array of `nr_calls` struct multicall_entry |
 * | Returns        | 0 once every entry ran; each entry's own result is in its `result` |
 * | Errors         | listed below |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | do_multicall() in xen/common/multicall.c |
 *
 * Errors:
 * - -XEN_EINVAL: the call is itself an entry of a multicall.
 * - -XEN_EFAULT: `calls` is not accessible for `nr_calls` entries.
 * - -XEN_EFAULT: an entry cannot be read.
 * - -XEN_EFAULT: an entry's `result` cannot be written, or an entry Xen
 *   had to interrupt cannot be written back for its continuation.
 *
 * A failing entry does not stop the batch. An iret entry from an x86 PV
 * guest ends it, and the call returns that entry's result. On Arm, an
 * entry of a 32-bit guest with an argument wider than 32 bits crashes the
 * domain.
 * @{ */
#define __HYPERVISOR_multicall            13
/** @} */

/**
 * @name __HYPERVISOR_update_va_mapping, __HYPERVISOR_update_va_mapping_otherdomain
 * Write the level-1 entry that maps one virtual address of the caller,
 * then flush TLBs as `flags` asks (see @ref xen_h_uvm); the second form
 * maps a frame of the domain `domid`.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 14, 22 |
 * | Caller         | an x86 PV domain; XSM: xsm_update_va_mapping(), XSM_TARGET |
 * | Argument       | `va`, `val`, `flags`; the second form also `domid` (no structure) |
 * | Returns        | 0 once the entry is written and the flush done |
 * | Errors         | listed below |
 * | Architectures  | x86 PV guests only; others -XEN_ENOSYS |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | __do_update_va_mapping(), via do_update_va_mapping(), in xen/arch/x86/mm.c |
 *
 * Errors:
 * - -XEN_ESRCH: (second form) `domid` names no existing domain, or names
 *   the caller by its own id instead of DOMID_SELF.
 * - -XEN_EPERM: the policy refuses the caller.
 * - -XEN_EINVAL: no L1 page table of the caller maps `va`.
 * - an error of mod_l1_entry(): -XEN_EINVAL for an entry the PV rules
 *   forbid or whose frame cannot be mapped, -XEN_ENOENT for a paged-out
 *   frame, -XEN_EBUSY when the entry changed under Xen.
 * - -XEN_EFAULT: the vCPU bitmap cannot be read; the entry is already
 *   written, and nothing is flushed.
 *
 * Every other failure leaves the entry as it was and flushes nothing.
 * Under the default policy a domain maps its own frames; another domain's
 * frames need that domain's device model or the control domain as the
 * caller, and DOMID_IO or DOMID_XEN the control domain. The second form is
 * do_update_va_mapping_otherdomain(); 32-bit guests pass `val` as two
 * 32-bit halves, low half first (compat_update_va_mapping() and
 * compat_update_va_mapping_otherdomain(), same file).
 * @{ */
#define __HYPERVISOR_update_va_mapping    14
/** @} */

/**
 * @name __HYPERVISOR_set_timer_op
 * Arm the calling vCPU's one-shot timer for a deadline, or stop it; when
 * it fires, Xen raises VIRQ_TIMER on that vCPU.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 15 |
 * | Caller         | any x86 guest, for the calling vCPU; no XSM hook |
 * | Argument       | `timeout`: the deadline in Xen system time (ns); 0 stops the timer |
 * | Returns        | 0, always |
 * | Errors         | none |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | do_set_timer_op() in xen/common/sched/core.c |
 *
 * A negative deadline, or one 2^50 ns (about 13 days) or more ahead,
 * makes the timer fire 100 ms from now instead. 32-bit guests pass the
 * deadline as two 32-bit halves, low half first (compat_set_timer_op() in
 * xen/common/sched/compat.c). The timer is the one that
 * VCPUOP_set_singleshot_timer (vcpu.h) also sets.
 * @{ */
#define __HYPERVISOR_set_timer_op         15
/** @} */

/**
 * @name __HYPERVISOR_event_channel_op_compat
 * The event-channel call of interfaces before 0x00030202: one struct
 * evtchn_op (event_channel.h) carries the command and its argument. New
 * code uses __HYPERVISOR_event_channel_op.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 16 |
 * | Caller         | an x86 PV guest; the command's own checks apply |
 * | Argument       | struct evtchn_op |
 * | Returns        | what the command returns through __HYPERVISOR_event_channel_op |
 * | Errors         | listed below |
 * | Architectures  | x86 PV guests only; others -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_event_channel_op_compat() in xen/arch/x86/compat.c |
 *
 * Errors:
 * - -XEN_EFAULT: the struct cannot be read.
 * - -XEN_ENOSYS: `cmd` is not one of the commands the union of struct
 *   evtchn_op has a member for.
 * - an error of the command, as its block in event_channel.h lists.
 *
 * The command reads its argument from, and writes its OUT fields to,
 * member `u` of the struct.
 * @{ */
#define __HYPERVISOR_event_channel_op_compat 16
/** @} */

/** Version, features and build information (version.h). */
#define __HYPERVISOR_xen_version          17
/** Read or write the hypervisor console; see @ref xen_h_console_io. */
#define __HYPERVISOR_console_io           18

/**
 * @name __HYPERVISOR_physdev_op_compat
 * The physical-device call of interfaces before 0x00030202: one struct
 * physdev_op (physdev.h) carries the command and its argument. New code
 * uses __HYPERVISOR_physdev_op.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 19 |
 * | Caller         | an x86 PV guest; the command's own checks apply |
 * | Argument       | struct physdev_op |
 * | Returns        | what the command returns through __HYPERVISOR_physdev_op |
 * | Errors         | listed below |
 * | Architectures  | x86 PV guests only; others -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_physdev_op_compat() in xen/arch/x86/compat.c |
 *
 * Errors:
 * - -XEN_EFAULT: the struct cannot be read.
 * - an error of the command through __HYPERVISOR_physdev_op, including
 *   -XEN_ENOSYS for a `cmd` it does not know.
 *
 * Every `cmd` is passed on, with member `u` of the struct as its
 * argument. 32-bit guests reach compat_physdev_op_compat(), built from
 * the same source by xen/arch/x86/x86_64/compat.c.
 * @{ */
#define __HYPERVISOR_physdev_op_compat    19
/** @} */

/** Grant-table operations (grant_table.h). */
#define __HYPERVISOR_grant_table_op       20
/** Turn optional hypervisor behaviours on or off; see @ref xen_h_vm_assist. */
#define __HYPERVISOR_vm_assist            21
/** x86 PV: update_va_mapping for a frame of another domain; documented with
 *  __HYPERVISOR_update_va_mapping. */
#define __HYPERVISOR_update_va_mapping_otherdomain 22

/**
 * @name __HYPERVISOR_iret
 * Return from the guest kernel to the context an exception or event
 * interrupted, restoring it from a frame on the guest's stack.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 23 |
 * | Caller         | an x86 PV guest kernel; no XSM hook |
 * | Argument       | none in registers: the frame at the stack pointer, as below |
 * | Returns        | nothing to the caller: the saved context resumes |
 * | Errors         | none; a frame Xen cannot use crashes the domain |
 * | Architectures  | x86 PV guests only; others -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_iret(), compat_iret() in xen/arch/x86/pv/iret.c |
 *
 * A 64-bit guest builds a struct iret_context (arch-x86/xen-x86_64.h) at
 * RSP; the RPL of its saved CS picks a return to user mode (3) or to the
 * kernel. The domain is crashed when the frame cannot be read, or when it
 * returns to user mode while the vCPU has no user page tables.
 *
 * A 32-bit guest (compat_iret()) leaves 32-bit words at ESP: EAX, EIP,
 * CS, EFLAGS, then ESP and SS, which are read only for a return to ring 2
 * or 3. A return to ring 0, or a word that cannot be read, crashes the
 * domain. A set EFLAGS.VM cannot be honoured: Xen moves the frame to the
 * kernel stack (see __HYPERVISOR_stack_switch) and enters the guest's
 * \#GP handler instead, and crashes the domain if that move faults.
 *
 * Either way the event mask becomes the inverse of the saved IF, and RAX
 * (EAX) gets its saved value. As an entry of a multicall, iret ends the
 * batch.
 * @{ */
#define __HYPERVISOR_iret                 23
/** @} */

/** Per-vCPU control: bring up, timers, runstate, registration (vcpu.h). */
#define __HYPERVISOR_vcpu_op              24
/** x86-64 PV only: load the FS/GS base or the user GS selector. */
#define __HYPERVISOR_set_segment_base     25
/** x86 PV: extended MMU operations; see @ref xen_h_mmuext. */
#define __HYPERVISOR_mmuext_op            26
/** Security-module (e.g. FLASK) operations (xsm/flask_op.h). */
#define __HYPERVISOR_xsm_op               27
/** NMI callback registration (nmi.h). */
#define __HYPERVISOR_nmi_op               28
/** Yield, block, shut down, poll (sched.h). */
#define __HYPERVISOR_sched_op             29
/** Register or unregister guest callbacks (callback.h). */
#define __HYPERVISOR_callback_op          30
/** Former profiling interface; the hypervisor no longer implements it as of Xen
 *  4.22. */
#define __HYPERVISOR_xenoprof_op          31
/** Event-channel operations (event_channel.h). */
#define __HYPERVISOR_event_channel_op     32
/** Physical-device operations: IRQs, I/O ports, PCI (physdev.h). */
#define __HYPERVISOR_physdev_op           33
/** HVM parameter and control operations (hvm/hvm_op.h). */
#define __HYPERVISOR_hvm_op               34
/** Host-wide toolstack control (sysctl.h). */
#define __HYPERVISOR_sysctl               35
/** Per-domain toolstack control (domctl.h). */
#define __HYPERVISOR_domctl               36
/** Load and run crash or replacement kernels (kexec.h). */
#define __HYPERVISOR_kexec_op             37
/** Former transcendent-memory interface; no longer implemented. */
#define __HYPERVISOR_tmem_op              38
/** Argo inter-domain messaging (argo.h). */
#define __HYPERVISOR_argo_op              39
/** Virtual performance-monitoring unit (pmu.h). */
#define __HYPERVISOR_xenpmu_op            40
/** Device-model operations on a target domain (hvm/dm_op.h). */
#define __HYPERVISOR_dm_op                41
/** Hypervisor filesystem access (hypfs.h). */
#define __HYPERVISOR_hypfs_op             42

/** First number left to each architecture (x86: machine-check operations). */
#define __HYPERVISOR_arch_0               48
/** Architecture-defined hypercall 1 (x86 reserves it for the hypervisor's
 *  internal continuations). */
#define __HYPERVISOR_arch_1               49
/** Architecture-defined hypercall 2. */
#define __HYPERVISOR_arch_2               50
/** Architecture-defined hypercall 3. */
#define __HYPERVISOR_arch_3               51
/** Architecture-defined hypercall 4. */
#define __HYPERVISOR_arch_4               52
/** Architecture-defined hypercall 5. */
#define __HYPERVISOR_arch_5               53
/** Architecture-defined hypercall 6. */
#define __HYPERVISOR_arch_6               54
/** Last number left to each architecture. */
#define __HYPERVISOR_arch_7               55

/*
 * A guest that asks for an interface older than a call's introduction gets
 * the old number under the new name, so its source keeps building and keeps
 * reaching the call its hypervisor of the day provided.
 */
#if __XEN_INTERFACE_VERSION__ < 0x00030101
#undef __HYPERVISOR_sched_op
/** Interfaces before 0x00030101: the legacy scheduler call. */
#define __HYPERVISOR_sched_op __HYPERVISOR_sched_op_compat
#endif

#if __XEN_INTERFACE_VERSION__ < 0x00030202
#undef __HYPERVISOR_event_channel_op
/** Interfaces before 0x00030202: the legacy event-channel call. */
#define __HYPERVISOR_event_channel_op __HYPERVISOR_event_channel_op_compat
#undef __HYPERVISOR_physdev_op
/** Interfaces before 0x00030202: the legacy physdev call. */
#define __HYPERVISOR_physdev_op __HYPERVISOR_physdev_op_compat
#endif

#if __XEN_INTERFACE_VERSION__ < 0x00030204
/** Interfaces before 0x00030204: the former name of platform_op. */
#define __HYPERVISOR_dom0_op __HYPERVISOR_platform_op
#endif

/** @} */

/** @defgroup xen_h_virq Virtual interrupts
 *  @ingroup hdr_xen_h
 *  Event sources raised by the hypervisor itself. A domain binds one to an
 *  event channel with EVTCHNOP_bind_virq. Three binding rules exist:
 *
 *  | Kind       | Rule |
 *  |------------|------|
 *  | per-vCPU   | bound on each vCPU separately, each with its own port, which stays there |
 *  | per-domain | one binding per domain, made on vCPU 0 and movable to another vCPU later |
 *  | global     | as per-domain, but one domain at a time in the system; unbind to free it |
 *  @{ */
#define VIRQ_TIMER      0  /**< Per-vCPU: the vCPU's timer fired or its time record changed. */
#define VIRQ_DEBUG      1  /**< Per-vCPU: an operator asked the guest to print debugging state. */
#define VIRQ_CONSOLE    2  /**< Global: input arrived on the hypervisor's emergency console. */
/** Global: some domain crashed, shut down or hit another exceptional state. */
#define VIRQ_DOM_EXC    3
#define VIRQ_TBUF       4  /**< Global: the trace buffers hold records to collect. */
#define VIRQ_DEBUGGER   6  /**< Global: a domain stopped for a debugger. */
#define VIRQ_XENOPROF   7  /**< Per-vCPU: former profiling samples ready (interface withdrawn). */
#define VIRQ_CON_RING   8  /**< Global: new text in the hypervisor console ring. */
#define VIRQ_PCPU_STATE 9  /**< Global: a physical CPU went on- or offline. */
#define VIRQ_MEM_EVENT  10 /**< Global: a memory event (vm_event.h) is waiting. */
#define VIRQ_ARGO       11 /**< Per-domain: an Argo message was delivered. */
#define VIRQ_ENOMEM     12 /**< Global: the hypervisor heap is running short. */
#define VIRQ_XENPMU     13 /**< Per-vCPU: a virtual performance counter overflowed. */

#define VIRQ_ARCH_0    16 /**< First VIRQ whose meaning each architecture defines. */
#define VIRQ_ARCH_1    17 /**< Architecture-defined VIRQ 1. */
#define VIRQ_ARCH_2    18 /**< Architecture-defined VIRQ 2. */
#define VIRQ_ARCH_3    19 /**< Architecture-defined VIRQ 3. */
#define VIRQ_ARCH_4    20 /**< Architecture-defined VIRQ 4. */
#define VIRQ_ARCH_5    21 /**< Architecture-defined VIRQ 5. */
#define VIRQ_ARCH_6    22 /**< Architecture-defined VIRQ 6. */
#define VIRQ_ARCH_7    23 /**< Last architecture-defined VIRQ. */

#define NR_VIRQS       24 /**< Number of VIRQ numbers; valid ones are below this. */
/** @} */

/** @defgroup xen_h_domid Domain identifiers
 *  @ingroup hdr_xen_h
 *  A domain is named by a 15-bit domid_t. Values from
 *  DOMID_FIRST_RESERVED upwards never name an ordinary domain; they stand
 *  for the caller, the hypervisor or pseudo-owners of memory where an
 *  interface accepts them.
 *  @{ */
/** Lowest reserved value; ordinary domains are numbered below it. */
#define DOMID_FIRST_RESERVED (xen_mk_uint(0x7FF0))
/** The calling domain, wherever a domid argument accepts it. */
#define DOMID_SELF           (xen_mk_uint(0x7FF0))
/**
 * Pseudo-owner of I/O memory. As `foreigndom` of mmu_update or
 * update_va_mapping_otherdomain it restricts the call to mapping I/O
 * (non-RAM) frames, so that a mapping meant for a device can never land on
 * ordinary RAM by mistake. Any caller may use it with mmu_update; other
 * calls require a privileged caller.
 */
#define DOMID_IO             (xen_mk_uint(0x7FF1))
/**
 * Pseudo-owner of the hypervisor's own pages that it shares read-only
 * (such as the machine-to-phys table). Accepted only from privileged
 * callers: as `foreigndom` of mmu_update and as `domid` of
 * update_va_mapping_otherdomain, and with XENMAPSPACE_gmfn_foreign
 * (mmuext_op refuses it with -XEN_EINVAL, being no PV domain).
 */
#define DOMID_XEN            (xen_mk_uint(0x7FF2))
/** Owner of pages currently shared copy-on-write between domains. */
#define DOMID_COW            (xen_mk_uint(0x7FF3))
/** No domain: marks pages whose owner is unknown, or an unset field. */
#define DOMID_INVALID        (xen_mk_uint(0x7FF4))
/** No particular domain: the receiver picks one (e.g. allocates a free id)
 *  or treats it as matching any domain, as the interface says. */
#define DOMID_ANY            (xen_mk_uint(0x7FF5))
#define DOMID_IDLE           (xen_mk_uint(0x7FFF)) /**< The hypervisor's idle domain. */
/** Bits of a domid_t that carry the identifier. */
#define DOMID_MASK           (xen_mk_uint(0x7FFF))

#ifndef __ASSEMBLER__
#ifndef XEN_HAVE_DOMID_T
/** Defined once domid_t exists (arch-x86/xen-mca.h also declares it). */
#define XEN_HAVE_DOMID_T 1
/** Identifier of a domain (see the DOMID_ constants for reserved values). */
typedef uint16_t domid_t;
#endif
#endif
/** @} */

/** @defgroup xen_h_mmu_update HYPERVISOR_mmu_update
 *  @ingroup hdr_xen_h
 *  Page-table and machine-to-phys updates for x86 PV guests, which map
 *  machine frames directly and so may not write their page tables freely.
 *
 *  `HYPERVISOR_mmu_update(reqs, count, done_out, foreigndom)`:
 *
 *  | Parameter    | Meaning |
 *  |--------------|---------|
 *  | `reqs`       | array of `count` struct mmu_update |
 *  | `done_out`   | optional: receives how many requests were applied |
 *  | `foreigndom` | bits 15:0, owner of the data frames; bits 31:16, page-table owner |
 *
 *  Bits 15:0 of `foreigndom` are DOMID_SELF, DOMID_IO, DOMID_XEN or a
 *  domain; bits 31:16 are 0 for the caller's own page tables, or 1 + the id
 *  of the domain that owns them. The low three bits of each request's
 *  `ptr` select the command (MMU_*), the rest is the machine address the
 *  command works on. Requests run in order; the first that fails ends the
 *  call with its error, the earlier ones stay applied, and `done_out` says
 *  how many. 0 means every request was applied.
 *
 *  Who may call, on which architectures, and the errors of the whole call
 *  are in the block of __HYPERVISOR_mmu_update (@ref xen_h_hypercalls);
 *  the blocks below list what each command adds.
 *
 *  The PV safety rules: a frame used as a page table is never writable
 *  through any mapping, so its entries change only through this call (or
 *  through a trapped write to the read-only mapping). A new set of page
 *  tables is built bottom-up, each level remapped read-only before the next
 *  level points at it, then pinned with MMUEXT_PIN_Lx_TABLE (x = 4 on
 *  64-bit guests, 3 on 32-bit ones) before MMUEXT_NEW_BASEPTR loads it.
 *  Teardown runs the other way: stop using the tables, MMUEXT_UNPIN_TABLE,
 *  then make the frames writable again.
 *
 *  On x86 an entry's value follows the hardware PTE format with one
 *  difference: the hypervisor programs the PAT so that bit 7 (PSE/PAT in a
 *  4 KiB entry) with PCD and PWT selects among its PAT slots WB, WT, UC-,
 *  UC, WC and WP. A guest expecting Linux's PAT layout must therefore use
 *  bit 7 rather than PWT alone to ask for write-combining. Superpages are
 *  not requested through PSE.
 *  @{ */

/**
 * @name MMU_NORMAL_PT_UPDATE
 * Write `val` to the page-table entry at machine address `ptr`, after
 * checking that the new entry keeps the PV safety rules.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 0 |
 * | Caller         | x86 PV domains; XSM: xsm_mmu_update(), XSM_TARGET |
 * | Argument       | struct mmu_update |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 PV only; elsewhere the hypercall gives -XEN_ENOSYS |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | do_mmu_update() in xen/arch/x86/mm.c |
 *
 * Errors:
 * - -XEN_EOPNOTSUPP: the page-table owner's paging mode keeps the
 *   reference counts itself (a translated guest).
 * - -XEN_EPERM: the policy refuses the caller.
 * - -XEN_ENOENT: the page-table frame is paged out; Xen starts paging it
 *   in, try again.
 * - -XEN_EINVAL: the frame at `ptr` is not ordinary RAM of the page-table
 *   owner.
 * - -XEN_EINVAL: an L2, L3 or L4 entry with a data-frame owner other than
 *   the page-table owner, or a frame that is neither a page table nor
 *   writable.
 * - an error of mod_l1_entry() to mod_l4_entry(): -XEN_EINVAL for an entry
 *   the rules forbid or whose frame cannot be mapped, -XEN_ENOENT for a
 *   paged-out frame, -XEN_EBUSY when the entry changed under Xen.
 * @{ */
#define MMU_NORMAL_PT_UPDATE       0
/** @} */

/**
 * @name MMU_MACHPHYS_UPDATE
 * Set the M2P entry of the frame containing `ptr` to the guest frame
 * number `val`.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 1 |
 * | Caller         | x86 PV domains; XSM: xsm_mmu_update(), XSM_TARGET |
 * | Argument       | struct mmu_update |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 PV only; elsewhere the hypercall gives -XEN_ENOSYS |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | do_mmu_update() in xen/arch/x86/mm.c |
 *
 * Errors:
 * - -XEN_EPERM: bits 31:16 of `foreigndom` name another domain.
 * - -XEN_EINVAL: the data-frame owner is a translated guest.
 * - -XEN_EPERM: the policy refuses the caller.
 * - -XEN_EINVAL: the frame is not owned by the data-frame owner.
 * @{ */
#define MMU_MACHPHYS_UPDATE        1
/** @} */

/**
 * @name MMU_PT_UPDATE_PRESERVE_AD
 * As MMU_NORMAL_PT_UPDATE, keeping the Accessed and Dirty bits the entry
 * has now.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 2 |
 * | Caller         | x86 PV domains; XSM: xsm_mmu_update(), XSM_TARGET |
 * | Argument       | struct mmu_update |
 * | Returns        | 0 |
 * | Errors         | those of MMU_NORMAL_PT_UPDATE |
 * | Architectures  | x86 PV only; elsewhere the hypercall gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_mmu_update() in xen/arch/x86/mm.c |
 * @{ */
#define MMU_PT_UPDATE_PRESERVE_AD  2
/** @} */

/**
 * @name MMU_PT_UPDATE_NO_TRANSLATE
 * As MMU_NORMAL_PT_UPDATE, with `val` taken as a machine frame even when
 * the owner of the data frames is a translated guest.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 3 |
 * | Caller         | x86 PV domains; XSM: xsm_mmu_update(), XSM_TARGET |
 * | Argument       | struct mmu_update |
 * | Returns        | 0 |
 * | Errors         | those of MMU_NORMAL_PT_UPDATE |
 * | Architectures  | x86 PV only; elsewhere the hypercall gives -XEN_ENOSYS |
 * | Since          | Xen 4.11.0 |
 * | Implemented by | do_mmu_update() in xen/arch/x86/mm.c |
 * @{ */
#define MMU_PT_UPDATE_NO_TRANSLATE 3
/** @} */

#ifndef __ASSEMBLER__
/** Argument of the MMU_ commands: one request of HYPERVISOR_mmu_update.
 *  Both fields are 64 bits wide on every architecture. */
struct mmu_update {
    /** IN: machine address of the entry (or frame) to update, command in
     *  bits 2:0. */
    uint64_t ptr;
    /** IN: new entry value, or guest frame number for
     *  MMU_MACHPHYS_UPDATE. */
    uint64_t val;
};
typedef struct mmu_update mmu_update_t;
DEFINE_XEN_GUEST_HANDLE(mmu_update_t);
#endif
/** @} */

/** @defgroup xen_h_mmuext HYPERVISOR_mmuext_op
 *  @ingroup hdr_xen_h
 *  MMU operations other than entry writes, for x86 PV guests: pinning page
 *  tables, switching address spaces, TLB and cache flushes, the LDT.
 *
 *  `HYPERVISOR_mmuext_op(ops, count, done_out, foreigndom)`:
 *
 *  | Parameter    | Meaning |
 *  |--------------|---------|
 *  | `ops`        | array of `count` struct mmuext_op |
 *  | `done_out`   | optional: receives how many ops were applied |
 *  | `foreigndom` | owner of the frames the ops name; DOMID_SELF for the caller |
 *
 *  Ops run in order; the first that fails ends the call with its error,
 *  the earlier ones stay applied, and `done_out` says how many. 0 means
 *  every op was applied. Most commands act on the caller itself and give
 *  -XEN_EPERM when `foreigndom` names another domain; the pin, unpin,
 *  clear and copy commands work on another domain's frames, which is how
 *  a toolstack builds a PV domain.
 *
 *  x86 PV and HVM guests have the hypercall; on Arm there is no handler,
 *  and it gives -XEN_ENOSYS. An HVM caller may only pin and unpin, and only
 *  in a PV domain named by `foreigndom`. Who may name which domain is
 *  decided by xsm_mmuext_op() (XSM_TARGET under the default policy: a
 *  domain for itself, a device model for its target, or the control
 *  domain). Errors of the whole call, in the order do_mmuext_op() of
 *  xen/arch/x86/mm.c checks them:
 *  - an error left over from releasing the old page tables of an earlier,
 *    preempted call.
 *  - -XEN_EFAULT: `ops` is not accessible for `count` elements.
 *  - -XEN_ESRCH: `foreigndom` names no existing domain, or names the caller
 *    by its own id instead of DOMID_SELF.
 *  - -XEN_EINVAL: the domain of `foreigndom` is not a PV domain (DOMID_IO
 *    and DOMID_XEN are not either).
 *  - -XEN_EPERM: the policy refuses the caller.
 *  - -XEN_EFAULT: an op cannot be read.
 *  - -XEN_EOPNOTSUPP: an HVM caller asked for a command other than a pin
 *    or an unpin.
 *  - -XEN_ENOSYS: `cmd` is no MMUEXT_* command.
 *
 *  What each command reads from the op:
 *
 *  | cmd                         | arg1          | arg2       |
 *  |-----------------------------|---------------|------------|
 *  | MMUEXT_PIN_L1..L4_TABLE     | `mfn`         | -          |
 *  | MMUEXT_UNPIN_TABLE          | `mfn`         | -          |
 *  | MMUEXT_NEW_BASEPTR          | `mfn`         | -          |
 *  | MMUEXT_NEW_USER_BASEPTR     | `mfn`         | -          |
 *  | MMUEXT_TLB_FLUSH_LOCAL      | -             | -          |
 *  | MMUEXT_INVLPG_LOCAL         | `linear_addr` | -          |
 *  | MMUEXT_TLB_FLUSH_MULTI      | -             | `vcpumask` |
 *  | MMUEXT_INVLPG_MULTI         | `linear_addr` | `vcpumask` |
 *  | MMUEXT_TLB_FLUSH_ALL        | -             | -          |
 *  | MMUEXT_INVLPG_ALL           | `linear_addr` | -          |
 *  | MMUEXT_FLUSH_CACHE          | -             | -          |
 *  | MMUEXT_FLUSH_CACHE_GLOBAL   | -             | -          |
 *  | MMUEXT_SET_LDT              | `linear_addr` | `nr_ents`  |
 *  | MMUEXT_CLEAR_PAGE           | `mfn`         | -          |
 *  | MMUEXT_COPY_PAGE            | `mfn`         | `src_mfn`  |
 *  | MMUEXT_MARK_SUPER, UNMARK_SUPER | `mfn`     | -          |
 *  @{ */

/**
 * @name MMUEXT_PIN_L1_TABLE, MMUEXT_PIN_L2_TABLE, MMUEXT_PIN_L3_TABLE, MMUEXT_PIN_L4_TABLE
 * Validate frame `mfn` as a page table of level 1, 2, 3 or 4 and keep it
 * typed so (pinned) until MMUEXT_UNPIN_TABLE.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 0, 1, 2, 3 |
 * | Caller         | x86 PV or HVM domains, on a PV domain; XSM: xsm_mmuext_op(), XSM_TARGET |
 * | Argument       | struct mmuext_op |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | do_mmuext_op() in xen/arch/x86/mm.c |
 *
 * Errors:
 * - -XEN_EINVAL: `mfn` is not a frame of the domain of `foreigndom`.
 * - an error of get_page_type_preemptible(): the frame cannot take that
 *   type (its entries break the PV rules, or it is in use as another
 *   type).
 * - the error of xsm_memory_pin_page() (none under the default policy).
 * - -XEN_EINVAL: the frame is already pinned.
 *
 * An L4 pin for a 32-bit PV domain, and any pin in a domain whose paging
 * mode keeps the reference counts itself, do nothing and succeed.
 * @{ */
#define MMUEXT_PIN_L1_TABLE      0
#define MMUEXT_PIN_L2_TABLE      1
#define MMUEXT_PIN_L3_TABLE      2
#define MMUEXT_PIN_L4_TABLE      3
/** @} */

/**
 * @name MMUEXT_UNPIN_TABLE
 * Release the pin on frame `mfn`.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 4 |
 * | Caller         | x86 PV or HVM domains, on a PV domain; XSM: xsm_mmuext_op(), XSM_TARGET |
 * | Argument       | struct mmuext_op |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | do_mmuext_op() in xen/arch/x86/mm.c |
 *
 * Errors:
 * - -XEN_EINVAL: `mfn` is not a frame of the domain of `foreigndom`.
 * - -XEN_EINVAL: the frame is not pinned.
 * @{ */
#define MMUEXT_UNPIN_TABLE       4
/** @} */

/**
 * @name MMUEXT_NEW_BASEPTR
 * Switch the calling vCPU to the page tables rooted at `mfn` (the kernel
 * ones, on x86-64).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 5 |
 * | Caller         | x86 PV domains; XSM: xsm_mmuext_op(), XSM_TARGET |
 * | Argument       | struct mmuext_op |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 PV callers only; an HVM caller gets -XEN_EOPNOTSUPP |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | do_mmuext_op() in xen/arch/x86/mm.c |
 *
 * Errors:
 * - -XEN_EPERM: `foreigndom` names another domain.
 * - an error of new_guest_cr3(): the frame cannot be typed as a root page
 *   table of the caller.
 * @{ */
#define MMUEXT_NEW_BASEPTR       5
/** @} */

/**
 * @name MMUEXT_TLB_FLUSH_LOCAL, MMUEXT_INVLPG_LOCAL
 * Flush the calling vCPU's TLB, or only `linear_addr` from it.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 6, 7 |
 * | Caller         | x86 PV domains; XSM: xsm_mmuext_op(), XSM_TARGET |
 * | Argument       | struct mmuext_op |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 PV callers only; an HVM caller gets -XEN_EOPNOTSUPP |
 * | Since          | Xen 3.0.0 |
 * | Implemented by | do_mmuext_op() in xen/arch/x86/mm.c |
 *
 * Errors:
 * - -XEN_EPERM: `foreigndom` names another domain.
 *
 * A `linear_addr` outside the guest's address range is not flushed; the
 * op still succeeds.
 * @{ */
#define MMUEXT_TLB_FLUSH_LOCAL   6
#define MMUEXT_INVLPG_LOCAL      7
/** @} */

/**
 * @name MMUEXT_TLB_FLUSH_MULTI, MMUEXT_INVLPG_MULTI
 * Flush the TLBs of the caller's vCPUs in `vcpumask`, or only
 * `linear_addr` from them.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 8, 9 |
 * | Caller         | x86 PV domains; XSM: xsm_mmuext_op(), XSM_TARGET |
 * | Argument       | struct mmuext_op |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 PV callers only; an HVM caller gets -XEN_EOPNOTSUPP |
 * | Since          | Xen 3.0.0 |
 * | Implemented by | do_mmuext_op() in xen/arch/x86/mm.c |
 *
 * Errors:
 * - -XEN_EPERM: `foreigndom` names another domain.
 * - -XEN_EINVAL: `vcpumask` cannot be read.
 * @{ */
#define MMUEXT_TLB_FLUSH_MULTI   8
#define MMUEXT_INVLPG_MULTI      9
/** @} */

/**
 * @name MMUEXT_TLB_FLUSH_ALL, MMUEXT_INVLPG_ALL
 * Flush the TLBs of every vCPU of the caller, or only `linear_addr` from
 * them.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 10, 11 |
 * | Caller         | x86 PV domains; XSM: xsm_mmuext_op(), XSM_TARGET |
 * | Argument       | struct mmuext_op |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 PV callers only; an HVM caller gets -XEN_EOPNOTSUPP |
 * | Since          | Xen 3.0.0 |
 * | Implemented by | do_mmuext_op() in xen/arch/x86/mm.c |
 *
 * Errors:
 * - -XEN_EPERM: `foreigndom` names another domain.
 * @{ */
#define MMUEXT_TLB_FLUSH_ALL    10
#define MMUEXT_INVLPG_ALL       11
/** @} */

/**
 * @name MMUEXT_FLUSH_CACHE
 * Write back and invalidate the caches the calling vCPU may have dirtied.
 * Xen does not track where the vCPU ran, so it flushes them on every CPU.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 12 |
 * | Caller         | x86 PV domains; XSM: xsm_mmuext_op(), XSM_TARGET |
 * | Argument       | struct mmuext_op |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 PV callers only; an HVM caller gets -XEN_EOPNOTSUPP |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | do_mmuext_op() in xen/arch/x86/mm.c |
 *
 * Errors:
 * - -XEN_EPERM: `foreigndom` names another domain.
 * - -XEN_EACCES: the caller has no I/O memory, I/O ports or PCI devices
 *   (cache_flush_permitted()).
 * @{ */
#define MMUEXT_FLUSH_CACHE      12
/** @} */

/**
 * @name MMUEXT_SET_LDT
 * Install an LDT of `nr_ents` entries at `linear_addr`; 0 entries removes
 * it.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 13 |
 * | Caller         | x86 PV domains; XSM: xsm_mmuext_op(), XSM_TARGET |
 * | Argument       | struct mmuext_op |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 PV callers only; an HVM caller gets -XEN_EOPNOTSUPP |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | do_mmuext_op() in xen/arch/x86/mm.c |
 *
 * Errors:
 * - -XEN_EPERM: `foreigndom` names another domain.
 * - -XEN_EINVAL: more than 8192 entries, or a non-zero count with a base
 *   that is not page-aligned or not a guest address.
 * @{ */
#define MMUEXT_SET_LDT          13
/** @} */

/**
 * @name MMUEXT_NEW_USER_BASEPTR
 * Set the page-table root the calling vCPU uses in user mode to `mfn`
 * (0: none).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 15 |
 * | Caller         | x86 PV domains; XSM: xsm_mmuext_op(), XSM_TARGET |
 * | Argument       | struct mmuext_op |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 PV callers only; an HVM caller gets -XEN_EOPNOTSUPP |
 * | Since          | Xen 3.0.0 |
 * | Implemented by | do_mmuext_op() in xen/arch/x86/mm.c |
 *
 * Errors:
 * - -XEN_EINVAL: the caller is a 32-bit guest (compat_mmuext_op() in
 *   xen/arch/x86/x86_64/compat/mm.c turns the command away).
 * - -XEN_EPERM: `foreigndom` names another domain.
 * - an error of get_page_and_type_from_mfn(): the frame cannot be typed
 *   as a root page table of the caller.
 * @{ */
#define MMUEXT_NEW_USER_BASEPTR 15
/** @} */

/**
 * @name MMUEXT_CLEAR_PAGE
 * Fill frame `mfn` of the domain of `foreigndom` with zeroes.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 16 |
 * | Caller         | x86 PV domains; XSM: xsm_mmuext_op(), XSM_TARGET |
 * | Argument       | struct mmuext_op |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 PV callers only; an HVM caller gets -XEN_EOPNOTSUPP |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_mmuext_op() in xen/arch/x86/mm.c |
 *
 * Errors:
 * - -XEN_EINVAL: `mfn` is not ordinary RAM of that domain that can be
 *   made writable (a page table, for instance, cannot).
 * @{ */
#define MMUEXT_CLEAR_PAGE       16
/** @} */

/**
 * @name MMUEXT_COPY_PAGE
 * Copy frame `src_mfn` into frame `mfn`, both of the domain of
 * `foreigndom`.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 17 |
 * | Caller         | x86 PV domains; XSM: xsm_mmuext_op(), XSM_TARGET |
 * | Argument       | struct mmuext_op |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 PV callers only; an HVM caller gets -XEN_EOPNOTSUPP |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_mmuext_op() in xen/arch/x86/mm.c |
 *
 * Errors:
 * - -XEN_EINVAL: `src_mfn` is not ordinary RAM of that domain.
 * - -XEN_EINVAL: `mfn` is not ordinary RAM of that domain that can be made
 *   writable.
 * @{ */
#define MMUEXT_COPY_PAGE        17
/** @} */

/**
 * @name MMUEXT_FLUSH_CACHE_GLOBAL
 * Write back and invalidate the caches of every physical CPU.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 18 |
 * | Caller         | x86 PV domains; XSM: xsm_mmuext_op(), XSM_TARGET |
 * | Argument       | struct mmuext_op |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 PV callers only; an HVM caller gets -XEN_EOPNOTSUPP |
 * | Since          | Xen 4.1.0 |
 * | Implemented by | do_mmuext_op() in xen/arch/x86/mm.c |
 *
 * Errors:
 * - -XEN_EPERM: `foreigndom` names another domain.
 * - -XEN_EACCES: the caller has no I/O memory, I/O ports or PCI devices
 *   (cache_flush_permitted()).
 * @{ */
#define MMUEXT_FLUSH_CACHE_GLOBAL 18
/** @} */

/**
 * @name MMUEXT_MARK_SUPER, MMUEXT_UNMARK_SUPER
 * Withdrawn: mark, or unmark, `mfn` as the head of a superpage.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 19, 20 |
 * | Caller         | x86 PV domains; XSM: xsm_mmuext_op(), XSM_TARGET |
 * | Argument       | struct mmuext_op |
 * | Returns        | never succeeds |
 * | Errors         | listed below |
 * | Architectures  | x86 PV callers only; an HVM caller gets -XEN_EOPNOTSUPP |
 * | Since          | Xen 4.1.0 |
 * | Implemented by | do_mmuext_op() in xen/arch/x86/mm.c |
 *
 * Errors:
 * - -XEN_EOPNOTSUPP: always.
 * @{ */
#define MMUEXT_MARK_SUPER       19
#define MMUEXT_UNMARK_SUPER     20
/** @} */

#ifndef __ASSEMBLER__
/** Argument of the MMUEXT_ commands: one element of HYPERVISOR_mmuext_op's
 *  array. Fields a command does not use are ignored. */
struct mmuext_op {
    unsigned int cmd; /**< IN: MMUEXT_* command. */
    /** First argument; which member applies depends on `cmd`. */
    union {
        /** IN: machine frame (pin, unpin, base pointers, clear, copy
         *  destination). */
        xen_pfn_t     mfn;
        /** IN: guest virtual address (INVLPG ops, SET_LDT base). */
        unsigned long linear_addr;
    } arg1;
    /** Second argument; which member applies depends on `cmd`. */
    union {
        unsigned int nr_ents; /**< IN: number of LDT entries, for SET_LDT. */
#if __XEN_INTERFACE_VERSION__ >= 0x00030205
        /** IN: bitmap of target vCPUs, for the MULTI ops. */
        XEN_GUEST_HANDLE(const_void) vcpumask;
#else
        /** IN: bitmap of target vCPUs, for the MULTI ops (pre-0x00030205
         *  pointer form). */
        const void *vcpumask;
#endif
        xen_pfn_t src_mfn; /**< IN: machine frame to copy from, for COPY_PAGE. */
    } arg2;
};
typedef struct mmuext_op mmuext_op_t;
DEFINE_XEN_GUEST_HANDLE(mmuext_op_t);
#endif
/** @} */

/** @defgroup xen_h_uvm HYPERVISOR_update_va_mapping
 *  @ingroup hdr_xen_h
 *  Rewrite the level-1 entry that maps one virtual address of the caller,
 *  then flush TLBs as asked: the cheap path for changing a single mapping
 *  of an x86 PV guest.
 *
 *  `HYPERVISOR_update_va_mapping(va, val, flags)` and
 *  `HYPERVISOR_update_va_mapping_otherdomain(va, val, flags, domid)`:
 *
 *  | Parameter | Meaning |
 *  |-----------|---------|
 *  | `va`      | virtual address whose mapping changes; its L1 table must be in place |
 *  | `val`     | the new 64-bit entry, holding a machine address |
 *  | `flags`   | a UVMF flush type ORed with UVMF_LOCAL, UVMF_ALL or a vCPU bitmap |
 *  | `domid`   | second form: owner of the frame being mapped |
 *
 *  The bitmap form (UVMF_MULTI) ORs the address of an aligned bitmap of
 *  the caller's vCPUs into `flags`. Who may call, on which architectures,
 *  and the errors are in the block of __HYPERVISOR_update_va_mapping
 *  (@ref xen_h_hypercalls), which covers both hypercalls.
 *  @{ */
#define UVMF_NONE           (xen_mk_ulong(0) << 0) /**< Flush type: no TLB flush. */
/** Flush type: flush the whole TLB of each target. */
#define UVMF_TLB_FLUSH      (xen_mk_ulong(1) << 0)
/** Flush type: flush only the entry for `va` on each target. */
#define UVMF_INVLPG         (xen_mk_ulong(2) << 0)
/** Bits of `flags` holding the flush type. */
#define UVMF_FLUSHTYPE_MASK (xen_mk_ulong(3) << 0)
/** Targets: the vCPUs in a bitmap whose (aligned) address is ORed into
 *  `flags`. */
#define UVMF_MULTI          (xen_mk_ulong(0) << 2)
/** Targets: the calling vCPU only (UVMF_MULTI with no bitmap). */
#define UVMF_LOCAL          (xen_mk_ulong(0) << 2)
#define UVMF_ALL            (xen_mk_ulong(1) << 2) /**< Targets: every vCPU of the domain. */
/** @} */

/** @defgroup xen_h_console_io HYPERVISOR_console_io
 *  @ingroup hdr_xen_h
 *  Text I/O on the hypervisor's own console, mostly for early boot
 *  messages and for the hardware domain.
 *
 *  `HYPERVISOR_console_io(cmd, count, buffer)`: `cmd` is one of the
 *  commands below, `buffer` points at `count` bytes of guest memory. Every
 *  architecture and kind of guest has the hypercall. xsm_console_io()
 *  decides who may use it: under the default policy the control domain,
 *  and a domain the boot configuration made a console domain (dom0less
 *  `is_console`); a hypervisor built with CONFIG_VERBOSE_DEBUG also lets
 *  every domain write. A refusal gives -XEN_EPERM, and an unknown `cmd`
 *  -XEN_ENOSYS, both from do_console_io() in xen/drivers/char/console.c.
 *  @{ */

/**
 * @name CONSOLEIO_write
 * Print `count` bytes from `buffer` on the hypervisor console.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 0 |
 * | Caller         | the control domain or a console domain; XSM: xsm_console_io() |
 * | Argument       | `buffer`: the text; `count`: its length in bytes |
 * | Returns        | 0 once all of it is accepted |
 * | Errors         | listed below |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | guest_console_write(), via do_console_io(), in xen/drivers/char/console.c |
 *
 * Errors:
 * - -XEN_EFAULT: a part of `buffer` cannot be read; the parts before it
 *   were printed.
 *
 * The hardware domain's text is printed as it is. Other domains' text is
 * filtered to printable characters and may be held back until a newline
 * arrives.
 * @{ */
#define CONSOLEIO_write         0
/** @} */

/**
 * @name CONSOLEIO_read
 * Take up to `count` bytes of pending console input.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 1 |
 * | Caller         | the control domain or a console domain; XSM: xsm_console_io() |
 * | Argument       | `buffer`: OUT, receives the bytes; `count`: its size in bytes |
 * | Returns        | the number of bytes stored (0 if none are pending) |
 * | Errors         | listed below |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | do_console_io() in xen/drivers/char/console.c |
 *
 * Errors:
 * - -XEN_E2BIG: `count` is above 2^31 - 1 (the count must fit the return
 *   value).
 * - -XEN_EFAULT: `buffer` cannot be written.
 * @{ */
#define CONSOLEIO_read          1
/** @} */

/** @} */

/** @defgroup xen_h_vm_assist HYPERVISOR_vm_assist
 *  @ingroup hdr_xen_h
 *  Optional behaviours of the hypervisor a guest can opt into, with
 *  `HYPERVISOR_vm_assist(cmd, type)`: `cmd` is a VMASST_CMD_* command,
 *  `type` a VMASST_TYPE_* number. Which types a guest may use depends on
 *  the architecture and the kind of guest; the x86 types apply to PV
 *  guests only.
 *  @{ */

/**
 * @name VMASST_CMD_enable, VMASST_CMD_disable
 * Turn the behaviour `type` on, or off, for the calling domain.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 0, 1 |
 * | Caller         | any domain, for itself; no XSM hook |
 * | Argument       | `type`: a VMASST_TYPE_* number (no structure) |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Since          | Xen 2.0.0 or earlier |
 * | Implemented by | do_vm_assist() in xen/common/domain.c |
 *
 * Errors:
 * - -XEN_EINVAL: `type` is not one the caller may use
 *   (arch_vm_assist_valid_mask()).
 * - -XEN_ENOSYS: `cmd` is neither command.
 * @{ */
#define VMASST_CMD_enable                0
#define VMASST_CMD_disable               1
/** @} */

#define VMASST_TYPE_4gb_segments         0 /**< x86-32 PV: emulate flat 4 GiB segment limits. */
/** x86-32 PV: raise vector 15 each time the 4 GiB segment emulation is used. */
#define VMASST_TYPE_4gb_segments_notify  1
/** x86 PV: let the guest write its L1 page-table entries directly; each
 *  write traps and is validated. Higher levels still need mmu_update, and
 *  the guest must still drop every writable mapping of a page table. */
#define VMASST_TYPE_writable_pagetables  2
/** x86 PAE PV: the top-level table may sit above 4 GiB. */
#define VMASST_TYPE_pae_extended_cr3     3
/** x86 PV: a coherent virtual IOPL. The iret hypercall updates it, bounce
 *  frames report it, and the kernel counts as ring 0 when it is checked. */
#define VMASST_TYPE_architectural_iopl   4
/** All guests: while the hypervisor rewrites a registered runstate area
 *  it sets XEN_RUNSTATE_UPDATE in it, so readers can detect a torn copy. */
#define VMASST_TYPE_runstate_update_flag 5
/** x86-64 PV: keep the read-only M2P mapping out of user-mode page tables.
 *  When off, the slot is added whenever an L4 table is used as a kernel
 *  table; when on, it is present from the start and removed when an L4 table
 *  is used as a user table. */
#define VMASST_TYPE_m2p_strict           32

#if __XEN_INTERFACE_VERSION__ < 0x00040600
/** Interfaces before 0x00040600: highest type then defined. */
#define MAX_VMASST_TYPE                  3
#endif
/** @} */

/** @defgroup xen_h_multicall HYPERVISOR_multicall
 *  @ingroup hdr_xen_h
 *  Run several hypercalls in one trap, in array order.
 *
 *  `HYPERVISOR_multicall(calls, nr_calls)`, with `calls` an array of
 *  `nr_calls` struct multicall_entry. Each entry is dispatched, and
 *  checked, as if it were a hypercall of its own, among those the calling
 *  guest has. The call's own facts and errors are in the block of
 *  __HYPERVISOR_multicall (@ref xen_h_hypercalls).
 *
 *  After the call only `result` is meaningful: debug builds of Xen
 *  overwrite the other fields of each entry.
 *  @{ */

#ifndef __ASSEMBLER__
/** One hypercall of a batch. Fields are `xen_ulong_t` so the layout is the
 *  same for 32- and 64-bit callers of an architecture; where that is wider
 *  than the caller's registers the upper bits must be zero. */
struct multicall_entry {
    xen_ulong_t op;      /**< IN: hypercall number (__HYPERVISOR_*). */
    xen_ulong_t result;  /**< OUT: the hypercall's return value. */
    /** IN: arguments, in hypercall order; unused ones are ignored (at most 5 are
     *  used). */
    xen_ulong_t args[6];
};
typedef struct multicall_entry multicall_entry_t;
DEFINE_XEN_GUEST_HANDLE(multicall_entry_t);
#endif /* !__ASSEMBLER__ */
/** @} */

/** @defgroup xen_h_time Per-vCPU time information
 *  @ingroup hdr_xen_h
 *  The record from which a guest derives system time without trapping.
 *  @{ */

#ifndef __ASSEMBLER__
/**
 * Time-keeping parameters of one vCPU, refreshed by the hypervisor.
 *
 * Reading protocol (a sequence lock): read `version`; if it is odd an
 * update is under way, so read again. Copy the fields, then read `version`
 * again; if it changed, start over.
 *
 * System time in ns is
 * `system_time + ((((tsc - tsc_timestamp) << tsc_shift) * tsc_to_system_mul) >> 32)`,
 * with a right shift when `tsc_shift` is negative; the TSC frequency in Hz
 * is `((10^9 << 32) / tsc_to_system_mul) >> tsc_shift`.
 */
struct vcpu_time_info {
    uint32_t version;           /**< OUT: update counter, odd while an update is in progress. */
    uint32_t pad0;              /**< Reserved: ignore on read. */
    uint64_t tsc_timestamp;     /**< OUT: TSC value at which `system_time` was sampled. */
    uint64_t system_time;       /**< OUT: time since the host booted at that TSC value, in ns. */
    uint32_t tsc_to_system_mul; /**< OUT: TSC-to-ns scale, a 32.32 fixed-point fraction. */
    /** OUT: power-of-two shift applied to the TSC delta before scaling. */
    int8_t   tsc_shift;
#if __XEN_INTERFACE_VERSION__ > 0x040600
    uint8_t  flags;             /**< OUT: XEN_PVCLOCK_* bits. */
    uint8_t  pad1[2];           /**< Reserved: ignore on read. */
#else
    int8_t   pad1[3];           /**< Reserved: ignore on read. */
#endif
};
typedef struct vcpu_time_info vcpu_time_info_t;
#endif /* !__ASSEMBLER__ */

/** In `flags`: the host's TSC is reliable and synchronised, so the values
 *  read on one vCPU need no monotonicity check against other vCPUs. The bit
 *  may change from one update to the next, so test it on every read. */
#define XEN_PVCLOCK_TSC_STABLE_BIT     (1 << 0)
/** In `flags`: the vCPU was stopped by the host since the previous update,
 *  so soft-lockup watchdogs should not count the gap (the bit KVM's pvclock
 *  uses; current Xen never sets it). */
#define XEN_PVCLOCK_GUEST_STOPPED      (1 << 1)
/** @} */

/** @defgroup xen_h_shared_info Shared-info page and per-vCPU information
 *  @ingroup hdr_xen_h
 *  The page the hypervisor shares with each domain: event-channel bitmaps,
 *  wall-clock time and one block per early vCPU. A vCPU beyond
 *  XEN_LEGACY_MAX_VCPUS (or any vCPU, by choice) registers its own
 *  vcpu_info elsewhere with VCPUOP_register_vcpu_info.
 *  @{ */

#ifndef __ASSEMBLER__
/**
 * Event and time state of one vCPU.
 *
 * Delivery protocol: the hypervisor sets `evtchn_upcall_pending` and then
 * upcalls the vCPU unless it is masked. The guest clears the pending flag
 * before it scans for work, so that an event arriving during the scan
 * triggers a new upcall. Only the vCPU itself and the physical CPU running
 * it touch these bytes, so plain (non-locked) accesses suffice. The mask
 * holds off upcalls for short critical sections; per-channel masks handle
 * noisy sources. Blocking the vCPU clears the mask, so a wake-up cannot be
 * missed.
 *
 * 64 bytes on x86.
 */
XEN_EXTENSIONS_BEGIN /* arch_vcpu_info may be an empty structure */
struct vcpu_info {
    /** IN/OUT: set by the hypervisor when events are pending; cleared by the guest. */
    uint8_t evtchn_upcall_pending;
#ifdef XEN_HAVE_PV_UPCALL_MASK
    uint8_t evtchn_upcall_mask;    /**< IN: non-zero holds off upcalls to this vCPU (x86 PV). */
#else
    uint8_t pad0;                  /**< Reserved: write zero. */
#endif
    /** IN/OUT: bit N set means word N of `evtchn_pending` may hold pending ports;
     *  the guest clears it (atomically) as it scans. */
    xen_ulong_t evtchn_pending_sel;
    struct arch_vcpu_info arch;    /**< Architecture-specific state. */
    vcpu_time_info_t time;         /**< OUT: this vCPU's time information. */
};
XEN_EXTENSIONS_END
typedef struct vcpu_info vcpu_info_t;

/**
 * Contents of the shared-info page.
 *
 * It always fits within one page and is alone on it, but its size may grow
 * between compatible hypervisor versions: do not depend on `sizeof`.
 *
 * Event channels (2-level ABI): each port has a pending bit and a mask bit.
 * The hypervisor sets pending bits and never writes the masks; the guest
 * clears pending bits as it handles them. When a port becomes pending while
 * unmasked, the bit for its word in the receiving vCPU's
 * `evtchn_pending_sel` is set and an upcall follows. A port that becomes
 * pending while masked raises no upcall, not even when it is unmasked
 * later: the guest must check pending bits itself after unmasking.
 */
XEN_EXTENSIONS_BEGIN /* arch_shared_info may be an empty structure */
struct shared_info {
    /** IN/OUT: per-vCPU blocks of the first vCPUs. */
    struct vcpu_info vcpu_info[XEN_LEGACY_MAX_VCPUS];

    xen_ulong_t evtchn_pending[sizeof(xen_ulong_t) * 8]; /**< IN/OUT: pending bit of each port. */
    /** IN: mask bit of each port, written only by the guest. */
    xen_ulong_t evtchn_mask[sizeof(xen_ulong_t) * 8];

    /*
     * Wall-clock time of the domain's time base, offset by the domain's
     * time offset (XEN_DOMCTL_settimeoffset or guest RTC writes). Read it
     * with the same version protocol as struct vcpu_time_info.
     */
    uint32_t wc_version; /**< OUT: update counter of the wall clock, odd during updates. */
    uint32_t wc_sec;     /**< OUT: seconds since the Unix epoch at system time 0 (low 32 bits). */
    uint32_t wc_nsec;    /**< OUT: nanoseconds to add to `wc_sec`. */
#if !defined(__i386__)
    uint32_t wc_sec_hi;  /**< OUT: high 32 bits of the seconds count. */
#endif

    struct arch_shared_info arch; /**< Architecture-specific state. */
};
XEN_EXTENSIONS_END
typedef struct shared_info shared_info_t;
#endif /* !__ASSEMBLER__ */

#if !defined(__i386__)
/** Member (of struct shared_info) holding the high 32 bits of the
 *  wall-clock seconds, wherever the architecture keeps it. */
#define xen_wc_sec_hi wc_sec_hi
#else
/** Member (of struct shared_info) holding the high 32 bits of the
 *  wall-clock seconds: on x86-32 it lives in the architecture part. */
#define xen_wc_sec_hi arch.wc_sec_hi
#endif

#if __XEN_INTERFACE_VERSION__ < 0x00040400
/** Interfaces before 0x00040400: number of ports of the 2-level ABI
 *  (1024 with a 32-bit `xen_ulong_t`, 4096 with a 64-bit one). */
#define NR_EVENT_CHANNELS EVTCHN_2L_NR_CHANNELS
#endif
/** @} */

/** @defgroup xen_h_start_info Start-of-day information (PV guests)
 *  @ingroup hdr_xen_h
 *  What a PV guest finds when it starts.
 *
 *  Its initial virtual region is contiguous and ends on a 4 MiB boundary.
 *  Inside it, each on a 4 KiB boundary and in this order: the kernel
 *  image; the initial ramdisk, if any (`mod_start`, `mod_len`); the list of
 *  frames given to the domain (`mfn_list`, `nr_pages`), unless the kernel
 *  asked for it elsewhere with XEN_ELFNOTE_INIT_P2M; the start_info page
 *  (in rSI on x86), which for the hardware domain also holds its console
 *  description; for other domains the xenstore and console ring pages;
 *  the bootstrap page tables (`pt_base`, and CR3 on x86); the boot stack
 *  (rSP on x86). At least 512 KiB of mapped space follows the last item.
 *
 *  The frame list makes up the domain's pseudo-physical memory, and the
 *  start of the region maps its first frames one to one. Everything is
 *  mapped writable except the bootstrap page tables, which are read-only.
 *
 *  Hypervisors older than changeset 25833:bb85bbccb1c9 set `pt_base` (and
 *  CR3) two pages too far for a 32-bit hardware domain on a 64-bit
 *  hypervisor, past two of the page tables. Such a kernel should treat the
 *  two pages just below `pt_base` as in use.
 *  @{ */

#ifdef XEN_HAVE_PV_GUEST_ENTRY
/** Length of start_info's `cmd_line` buffer, terminating NUL included. */
#define MAX_GUEST_CMDLINE 1024

#ifndef __ASSEMBLER__
/**
 * The start_info page. The fields up to `console` are valid at first boot
 * and again after every resume; the rest only at first boot.
 */
struct start_info {
    char magic[32];             /**< OUT: NUL-terminated "xen-<version>-<platform>". */
    unsigned long nr_pages;     /**< OUT: pages given to the domain. */
    unsigned long shared_info;  /**< OUT: machine address of the shared-info page. */
    uint32_t flags;             /**< OUT: SIF_* flags. */
    xen_pfn_t store_mfn;        /**< OUT: machine frame of the xenstore ring page. */
    uint32_t store_evtchn;      /**< OUT: event channel of the xenstore ring. */
    /** Console location; which member is valid depends on SIF_INITDOMAIN. */
    union {
        /** Console ring of an ordinary domain. */
        struct {
            xen_pfn_t mfn;      /**< OUT: machine frame of the console ring page. */
            uint32_t  evtchn;   /**< OUT: event channel of the console ring. */
        } domU;
        /** Console description of the hardware domain. */
        struct {
            /** OUT: offset in bytes of a struct dom0_vga_console_info from the start of
             *  this page. */
            uint32_t info_off;
            uint32_t info_size; /**< OUT: size in bytes of that structure as provided. */
        } dom0;
    } console;
    unsigned long pt_base;      /**< OUT: virtual address of the top-level bootstrap page table. */
    unsigned long nr_pt_frames; /**< OUT: number of frames of bootstrap page tables. */
    unsigned long mfn_list;     /**< OUT: virtual address of the frame list. */
    /** OUT: virtual address of the initial module, or its first frame when
     *  SIF_MOD_START_PFN is set. */
    unsigned long mod_start;
    unsigned long mod_len;      /**< OUT: size of the initial module, in bytes. */
    int8_t cmd_line[MAX_GUEST_CMDLINE]; /**< OUT: NUL-terminated kernel command line. */
    /** OUT: first pseudo-physical frame of the initial page tables and P2M table. */
    unsigned long first_p2m_pfn;
    unsigned long nr_p2m_frames; /**< OUT: number of frames from `first_p2m_pfn` they use. */
};
typedef struct start_info start_info_t;
#endif /* !__ASSEMBLER__ */

#if __XEN_INTERFACE_VERSION__ < 0x00030203
/** Interfaces before 0x00030203: the console frame before `console`
 *  became a union. */
#define console_mfn    console.domU.mfn
/** Interfaces before 0x00030203: the console event channel before
 *  `console` became a union. */
#define console_evtchn console.domU.evtchn
#endif
#endif /* XEN_HAVE_PV_GUEST_ENTRY */

#define SIF_PRIVILEGED    (1 << 0) /**< The domain is privileged. */
#define SIF_INITDOMAIN    (1 << 1) /**< The domain is the initial (hardware/control) domain. */
/** The initial module is a list of modules (struct xen_multiboot_mod_list). */
#define SIF_MULTIBOOT_MOD (1 << 2)
#define SIF_MOD_START_PFN (1 << 3) /**< `mod_start` holds a frame number, not a virtual address. */
/** The toolstack can handle a virtually mapped P2M list, so the guest need
 *  not maintain the 3-level frame-list tree in shared_info. */
#define SIF_VIRT_P2M_4TOOLS (1 << 4)
#define SIF_PM_MASK       (0xFF << 8) /**< Byte reserved for power-management options. */

#ifndef __ASSEMBLER__
/**
 * Entry of the descriptor array at the start of a multi-module initial
 * module (SIF_MULTIBOOT_MOD). The layout follows a multiboot module list,
 * but addresses are offsets from the start of the initial module and the
 * array ends at the first entry whose `mod_start` is 0. That lets the list
 * be built once and loaded anywhere: the guest adds the module's address
 * to each offset.
 */
struct xen_multiboot_mod_list {
    uint32_t mod_start; /**< OUT: offset of the module's first byte. */
    uint32_t mod_end;   /**< OUT: offset of the module's last byte (inclusive). */
    uint32_t cmdline;   /**< OUT: offset of the module's NUL-terminated command line. */
    uint32_t pad;       /**< Reserved: write zero. */
};
#endif /* !__ASSEMBLER__ */
/** @} */

/** @defgroup xen_h_dom0_console Hardware-domain console description
 *  @ingroup hdr_xen_h
 *  The video console the hypervisor hands over to the hardware domain,
 *  found through `start_info.console.dom0` by a PV hardware domain and
 *  through XENPF_get_dom0_console (platform.h) by any other.
 *  @{ */
#define XEN_VGATYPE_TEXT_MODE_3 0x03 /**< VGA 80x25 text mode: use `u.text_mode_3`. */
#define XEN_VGATYPE_VESA_LFB    0x23 /**< VESA linear framebuffer: use `u.vesa_lfb`. */
#define XEN_VGATYPE_EFI_LFB     0x70 /**< EFI GOP framebuffer: use `u.vesa_lfb`. */

#ifndef __ASSEMBLER__
/** Description of the console; `video_type` says which union member is
 *  valid. Fields added by later interface versions follow the older ones. */
typedef struct dom0_vga_console_info {
    uint8_t video_type; /**< OUT: XEN_VGATYPE_*. */
    /** Mode-specific description. */
    union {
        /** Text mode. */
        struct {
            uint16_t font_height; /**< OUT: character height, in pixels. */
            uint16_t cursor_x;    /**< OUT: cursor column. */
            uint16_t cursor_y;    /**< OUT: cursor row. */
            uint16_t rows;        /**< OUT: screen height, in characters. */
            uint16_t columns;     /**< OUT: screen width, in characters. */
        } text_mode_3;
        /** Linear framebuffer. */
        struct {
            uint16_t width;          /**< OUT: width, in pixels. */
            uint16_t height;         /**< OUT: height, in pixels. */
            uint16_t bytes_per_line; /**< OUT: distance between scan lines, in bytes. */
            uint16_t bits_per_pixel; /**< OUT: bits per pixel. */
            uint32_t lfb_base;       /**< OUT: physical address of the framebuffer (low 32 bits). */
            uint32_t lfb_size;       /**< OUT: size of the framebuffer, in 64 KiB units. */
            uint8_t  red_pos;        /**< OUT: bit position of red (VBE 1.2+ layout). */
            uint8_t  red_size;       /**< OUT: bits of red. */
            uint8_t  green_pos;      /**< OUT: bit position of green. */
            uint8_t  green_size;     /**< OUT: bits of green. */
            uint8_t  blue_pos;       /**< OUT: bit position of blue. */
            uint8_t  blue_size;      /**< OUT: bits of blue. */
            uint8_t  rsvd_pos;       /**< OUT: bit position of the reserved bits. */
            uint8_t  rsvd_size;      /**< OUT: number of reserved bits. */
#if __XEN_INTERFACE_VERSION__ >= 0x00030206
            /** OUT: VBE controller capabilities (function 0x4f00, offset 0xa). */
            uint32_t gbl_caps;
            uint16_t mode_attrs;     /**< OUT: VBE mode attributes (function 0x4f01, offset 0). */
            uint16_t pad;            /**< Reserved: ignore on read. */
#endif
#if __XEN_INTERFACE_VERSION__ >= 0x00040d00
            uint32_t ext_lfb_base;   /**< OUT: high 32 bits of the framebuffer address. */
#endif
        } vesa_lfb;
    } u;
} dom0_vga_console_info_t;
#endif /* !__ASSEMBLER__ */
/** Architecture-neutral name of struct dom0_vga_console_info. */
#define xen_vga_console_info dom0_vga_console_info
/** Architecture-neutral name of dom0_vga_console_info_t. */
#define xen_vga_console_info_t dom0_vga_console_info_t
/** @} */

/** @defgroup xen_h_ids Handles, UUIDs and sized-integer guest handles
 *  @ingroup hdr_xen_h
 *  @{ */
#ifndef __ASSEMBLER__

/** A domain's 16-byte handle, chosen by the toolstack (usually its UUID). */
typedef uint8_t xen_domain_handle_t[16];

#ifndef XEN_HAVE_GUEST_HANDLE_UINT8
/** Defined once the `uint8` guest handles exist (arch-x86/xen-mca.h also
 *  declares them). */
#define XEN_HAVE_GUEST_HANDLE_UINT8 1
/* Guest handles to `uint8_t`, named `uint8`. */
__DEFINE_XEN_GUEST_HANDLE(uint8, uint8_t);
#endif
/* Guest handles to `uint16_t`, named `uint16`. */
__DEFINE_XEN_GUEST_HANDLE(uint16, uint16_t);
/* Guest handles to `uint32_t`, named `uint32`. */
__DEFINE_XEN_GUEST_HANDLE(uint32, uint32_t);
/* Guest handles to `uint64_t`, named `uint64`. */
__DEFINE_XEN_GUEST_HANDLE(uint64, uint64_t);

/** A UUID, its 16 bytes in the big-endian order of RFC 4122 text. */
typedef struct {
    uint8_t a[16]; /**< The bytes, most significant first. */
} xen_uuid_t;

/**
 * Brace initializer of a xen_uuid_t from the five groups of the UUID's text
 * form: @p a (32 bits), @p b, @p c, @p d (16 bits each) and the six bytes
 * @p e1 .. @p e6 of the last group. The groups are stored most significant
 * byte first, as Linux and libuuid do (not in Microsoft's mixed-endian
 * GUID order).
 */
#define XEN_DEFINE_UUID_(a, b, c, d, e1, e2, e3, e4, e5, e6)            \
    {{((a) >> 24) & 0xFF, ((a) >> 16) & 0xFF,                           \
      ((a) >>  8) & 0xFF, ((a) >>  0) & 0xFF,                           \
      ((b) >>  8) & 0xFF, ((b) >>  0) & 0xFF,                           \
      ((c) >>  8) & 0xFF, ((c) >>  0) & 0xFF,                           \
      ((d) >>  8) & 0xFF, ((d) >>  0) & 0xFF,                           \
      (e1), (e2), (e3), (e4), (e5), (e6)}}

#if (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L) || \
    (!defined(__STDC_VERSION__) && defined(__GNUC__))
/**
 * A xen_uuid_t value with the given groups (see XEN_DEFINE_UUID_). With
 * C99 compound literals (or GNU C) it is an expression usable anywhere;
 * otherwise it is the plain brace initializer, for initializers only.
 * Example: XEN_DEFINE_UUID(0x00112233, 0x4455, 0x6677, 0x8899, 0xaa, 0xbb,
 * 0xcc, 0xdd, 0xee, 0xff) is 00112233-4455-6677-8899-aabbccddeeff.
 */
#define XEN_DEFINE_UUID(a, b, c, d, e1, e2, e3, e4, e5, e6)             \
    ((xen_uuid_t)XEN_DEFINE_UUID_(a, b, c, d, e1, e2, e3, e4, e5, e6))
#else
#define XEN_DEFINE_UUID(a, b, c, d, e1, e2, e3, e4, e5, e6)             \
    XEN_DEFINE_UUID_(a, b, c, d, e1, e2, e3, e4, e5, e6)
#endif
#endif /* !__ASSEMBLER__ */
/** @} */

#endif /* __XEN_PUBLIC_XEN_H__ */
