/* SPDX-License-Identifier: MIT */
/*
 * The default (guest) view of struct cpu_user_regs, built without
 * XEN_X86_TOOLS_REG_NAMES: the macro's existence must not change it. On
 * x86_64 with a GNU-compatible compiler `eax` is still a 64-bit alias of
 * `rax` and `_eax` its low half; on i386 every register is one 32-bit
 * member. Compile-time checks only.
 *
 * Build: tests/regs/run.sh.
 */
#ifdef XEN_X86_TOOLS_REG_NAMES
#error "tests/regs/guest-view.c: build it without XEN_X86_TOOLS_REG_NAMES"
#endif

#include <xen/public/xen.h>

#if defined(__cplusplus) && __cplusplus >= 201103L
#define REGS_ASSERT(c) static_assert(c, #c)
#elif defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
#define REGS_ASSERT(c) _Static_assert(c, #c)
#else
#define REGS_CAT2(a, b) a ## b
#define REGS_CAT(a, b) REGS_CAT2(a, b)
#define REGS_ASSERT(c) typedef char REGS_CAT(regs_assert_line_, __LINE__)[(c) ? 1 : -1]
#endif

#define REGS_AT(m, off, size) \
    REGS_ASSERT(offsetof(struct cpu_user_regs, m) == (off) && \
                sizeof(((struct cpu_user_regs *)0)->m) == (size))

#if defined(__x86_64__)
REGS_ASSERT(sizeof(struct cpu_user_regs) == 200);
REGS_AT(r15, 0, 8);
REGS_AT(rbp, 32, 8);
REGS_AT(r8, 72, 8);
REGS_AT(rax, 80, 8);
REGS_AT(rip, 128, 8);
REGS_AT(rflags, 144, 8);
REGS_AT(rsp, 152, 8);
REGS_AT(gs, 192, 2);
#if defined(__GNUC__)
REGS_AT(eax, 80, 8);
REGS_AT(_eax, 80, 4);
REGS_AT(eflags, 144, 8);
REGS_AT(_eflags, 144, 4);
REGS_AT(esp, 152, 8);

/* eflags is still a 64-bit member: a uint64_t * takes its address. */
uint64_t *guest_view_eflags(struct cpu_user_regs *regs);
uint64_t *guest_view_eflags(struct cpu_user_regs *regs)
{
    return &regs->eflags;
}
#endif
#elif defined(__i386__)
REGS_ASSERT(sizeof(struct cpu_user_regs) == 68);
REGS_AT(ebx, 0, 4);
REGS_AT(esi, 12, 4);
REGS_AT(eax, 24, 4);
REGS_AT(error_code, 28, 2);
REGS_AT(eip, 32, 4);
REGS_AT(eflags, 40, 4);
REGS_AT(esp, 44, 4);
REGS_AT(gs, 64, 2);
#else
#error "tests/regs/guest-view.c: build for x86_64 or i386"
#endif
