/* SPDX-License-Identifier: MIT */
/*
 * Toolstack-style code written against upstream Xen's tools view of
 * struct cpu_user_regs (what __XEN_TOOLS__ gives there), built against
 * xen-public with XEN_X86_TOOLS_REG_NAMES. The offsets and sizes below are
 * literals worked out from upstream 4.22.0's declaration, not from this
 * package, so a drift in either the names, the widths or the layout fails
 * the build. In a hosted build main() also checks at run time that a store
 * to a narrow name touches only its own bytes.
 *
 * Build: tests/regs/run.sh (always with -DXEN_X86_TOOLS_REG_NAMES).
 */
#ifndef XEN_X86_TOOLS_REG_NAMES
#error "tests/regs/tools-view.c: build it with -DXEN_X86_TOOLS_REG_NAMES"
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

/* Member `m` lies at byte `off` and is `size` bytes wide. */
#define REGS_AT(m, off, size) \
    REGS_ASSERT(offsetof(struct cpu_user_regs, m) == (off) && \
                sizeof(((struct cpu_user_regs *)0)->m) == (size))

#if defined(__x86_64__)

REGS_ASSERT(sizeof(struct cpu_user_regs) == 200);
REGS_AT(r15, 0, 8);
REGS_AT(r15d, 0, 4);
REGS_AT(r15w, 0, 2);
REGS_AT(r15b, 0, 1);
REGS_AT(r14, 8, 8);
REGS_AT(r13, 16, 8);
REGS_AT(r12, 24, 8);
REGS_AT(r12d, 24, 4);
REGS_AT(rbp, 32, 8);
REGS_AT(ebp, 32, 4);
REGS_AT(bp, 32, 2);
REGS_AT(bpl, 32, 1);
REGS_AT(rbx, 40, 8);
REGS_AT(ebx, 40, 4);
REGS_AT(bx, 40, 2);
REGS_AT(bl, 40, 1);
REGS_AT(bh, 41, 1);
REGS_AT(r11, 48, 8);
REGS_AT(r10, 56, 8);
REGS_AT(r9, 64, 8);
REGS_AT(r9b, 64, 1);
REGS_AT(r8, 72, 8);
REGS_AT(r8d, 72, 4);
REGS_AT(r8w, 72, 2);
REGS_AT(r8b, 72, 1);
REGS_AT(rax, 80, 8);
REGS_AT(eax, 80, 4);
REGS_AT(ax, 80, 2);
REGS_AT(al, 80, 1);
REGS_AT(ah, 81, 1);
REGS_AT(rcx, 88, 8);
REGS_AT(ecx, 88, 4);
REGS_AT(cx, 88, 2);
REGS_AT(cl, 88, 1);
REGS_AT(ch, 89, 1);
REGS_AT(rdx, 96, 8);
REGS_AT(edx, 96, 4);
REGS_AT(dx, 96, 2);
REGS_AT(dl, 96, 1);
REGS_AT(dh, 97, 1);
REGS_AT(rsi, 104, 8);
REGS_AT(esi, 104, 4);
REGS_AT(si, 104, 2);
REGS_AT(sil, 104, 1);
REGS_AT(rdi, 112, 8);
REGS_AT(edi, 112, 4);
REGS_AT(di, 112, 2);
REGS_AT(dil, 112, 1);
REGS_AT(error_code, 120, 4);
REGS_AT(entry_vector, 124, 4);
REGS_AT(rip, 128, 8);
REGS_AT(eip, 128, 4);
REGS_AT(ip, 128, 2);
REGS_AT(cs, 136, 2);
REGS_AT(_pad0, 138, 2);
REGS_AT(saved_upcall_mask, 140, 1);
REGS_AT(_pad1, 141, 3);
REGS_AT(rflags, 144, 8);
REGS_AT(eflags, 144, 4);
REGS_AT(flags, 144, 2);
REGS_AT(rsp, 152, 8);
REGS_AT(esp, 152, 4);
REGS_AT(sp, 152, 2);
REGS_AT(spl, 152, 1);
REGS_AT(ss, 160, 2);
REGS_AT(_pad2, 162, 6);
REGS_AT(es, 168, 2);
REGS_AT(ds, 176, 2);
REGS_AT(fs, 184, 2);
REGS_AT(gs, 192, 2);
REGS_AT(_pad6, 194, 6);

#elif defined(__i386__)

REGS_ASSERT(sizeof(struct cpu_user_regs) == 68);
REGS_AT(ebx, 0, 4);
REGS_AT(bx, 0, 2);
REGS_AT(bl, 0, 1);
REGS_AT(bh, 1, 1);
REGS_AT(ecx, 4, 4);
REGS_AT(cx, 4, 2);
REGS_AT(cl, 4, 1);
REGS_AT(ch, 5, 1);
REGS_AT(edx, 8, 4);
REGS_AT(dx, 8, 2);
REGS_AT(dl, 8, 1);
REGS_AT(dh, 9, 1);
REGS_AT(esi, 12, 4);
REGS_AT(_esi, 12, 4);
REGS_AT(si, 12, 2);
REGS_AT(edi, 16, 4);
REGS_AT(_edi, 16, 4);
REGS_AT(di, 16, 2);
REGS_AT(ebp, 20, 4);
REGS_AT(_ebp, 20, 4);
REGS_AT(bp, 20, 2);
REGS_AT(eax, 24, 4);
REGS_AT(ax, 24, 2);
REGS_AT(al, 24, 1);
REGS_AT(ah, 25, 1);
REGS_AT(error_code, 28, 2);
REGS_AT(entry_vector, 30, 2);
REGS_AT(eip, 32, 4);
REGS_AT(_eip, 32, 4);
REGS_AT(ip, 32, 2);
REGS_AT(cs, 36, 2);
REGS_AT(saved_upcall_mask, 38, 1);
REGS_AT(_pad0, 39, 1);
REGS_AT(eflags, 40, 4);
REGS_AT(_eflags, 40, 4);
REGS_AT(flags, 40, 2);
REGS_AT(esp, 44, 4);
REGS_AT(_esp, 44, 4);
REGS_AT(sp, 44, 2);
REGS_AT(ss, 48, 2);
REGS_AT(es, 52, 2);
REGS_AT(ds, 56, 2);
REGS_AT(fs, 60, 2);
REGS_AT(gs, 64, 2);
REGS_AT(_pad5, 66, 2);

#else
#error "tests/regs/tools-view.c: build for x86_64 or i386"
#endif

/* The names every x86 toolstack uses: eax is 32 bits wide on both. */
REGS_ASSERT(sizeof(((struct cpu_user_regs *)0)->eax) == 4);
REGS_ASSERT(sizeof(((cpu_user_regs_t *)0)->eflags) == 4);

/*
 * Helpers in the style of an instruction emulator: they take the exact
 * pointer types upstream's tools view gives, so a wider or narrower member
 * is a type error (an error in C++, a -Werror diagnostic in C).
 */
static void set_u32(uint32_t *p, uint32_t v)
{
    *p = v;
}

static void set_u16(uint16_t *p, uint16_t v)
{
    *p = v;
}

static void set_u8(uint8_t *p, uint8_t v)
{
    *p = v;
}

static uint32_t or_flags(uint32_t *eflags, uint32_t bits)
{
    *eflags |= bits;
    return *eflags;
}

/* Byte `i` of the register file, read through its object representation. */
static unsigned int byte_at(const struct cpu_user_regs *regs, unsigned int i)
{
    return ((const unsigned char *)regs)[i];
}

/* Bytes [off, off + n) as a little-endian number. */
static uint64_t bytes_at(const struct cpu_user_regs *regs, unsigned int off, unsigned int n)
{
    uint64_t v = 0;

    while (n--)
        v = (v << 8) | byte_at(regs, off + n);
    return v;
}

static void clear(struct cpu_user_regs *regs)
{
    unsigned char *p = (unsigned char *)regs;
    unsigned int i;

    for (i = 0; i < sizeof(*regs); i++)
        p[i] = 0;
}

int tools_view_check(void);

/*
 * Exercise the names the way emulator code does; return 0 when every
 * store landed on exactly its bytes, else the number of the first failed
 * check.
 */
int tools_view_check(void)
{
    struct cpu_user_regs r;
    struct cpu_user_regs *regs = &r;

    clear(regs);
#if defined(__x86_64__)
    /* A store to eax writes 32 bits and keeps rax's upper half. */
    regs->rax = 0x1122334455667788ULL;
    regs->eax = 0xdeadbeefU;
    if (regs->rax != 0x11223344deadbeefULL)
        return 1;
    if (bytes_at(regs, 80, 8) != 0x11223344deadbeefULL)
        return 2;
    set_u32(&regs->eax, 0x01020304U);
    if (regs->rax != 0x1122334401020304ULL)
        return 3;

    set_u16(&regs->ax, 0xa5a5);
    set_u8(&regs->al, 0x11);
    set_u8(&regs->ah, 0x22);
    if (regs->rax != 0x1122334401022211ULL || regs->ax != 0x2211)
        return 4;

    regs->r8 = ~(uint64_t)0;
    set_u32(&regs->r8d, 0);
    if (regs->r8 != 0xffffffff00000000ULL)
        return 5;
    set_u16(&regs->r8w, 0x1234);
    set_u8(&regs->r8b, 0x56);
    if (regs->r8 != 0xffffffff00001256ULL || regs->r8d != 0x1256)
        return 6;
    regs->r15b = 0x7f;
    if (regs->r15 != 0x7f || bytes_at(regs, 0, 8) != 0x7f)
        return 7;

    set_u8(&regs->bpl, 0x01);
    set_u8(&regs->sil, 0x02);
    set_u8(&regs->dil, 0x03);
    set_u8(&regs->spl, 0x04);
    if (regs->rbp != 1 || regs->rsi != 2 || regs->rdi != 3 || regs->rsp != 4)
        return 8;
    regs->bh = 0x80;
    if (regs->rbx != 0x8000 || regs->ebx != 0x8000 || regs->bx != 0x8000)
        return 9;

    regs->rip = 0xffff800000001000ULL;
    regs->ip = 0x2000;
    if (regs->rip != 0xffff800000002000ULL || regs->eip != 0x2000)
        return 10;

    regs->rflags = 0xf00000000ULL;
    if (or_flags(&regs->eflags, 0x202) != 0x202 || regs->rflags != 0xf00000202ULL)
        return 11;
    regs->flags = 0x46;
    if (regs->rflags != 0xf00000046ULL || bytes_at(regs, 144, 8) != 0xf00000046ULL)
        return 12;
#else
    /* A store to ax writes 16 bits and keeps eax's upper half. */
    regs->eax = 0x11223344U;
    set_u16(&regs->ax, 0xbeef);
    if (regs->eax != 0x1122beefU || bytes_at(regs, 24, 4) != 0x1122beefU)
        return 1;
    set_u8(&regs->al, 0x11);
    set_u8(&regs->ah, 0x22);
    if (regs->eax != 0x11222211U)
        return 2;
    set_u32(&regs->eax, 5);
    if (regs->ax != 5 || regs->ah != 0)
        return 3;

    regs->esi = 0xaaaa5555U;
    set_u16(&regs->si, 0x1234);
    if (regs->_esi != 0xaaaa1234U)
        return 4;
    set_u32(&regs->_edi, 7);
    if (regs->edi != 7 || regs->di != 7)
        return 5;

    regs->eip = 0xc0001000U;
    regs->ip = 0x2000;
    if (regs->_eip != 0xc0002000U)
        return 6;

    regs->eflags = 0x00200000U;
    if (or_flags(&regs->eflags, 0x202) != 0x00200202U || regs->flags != 0x202)
        return 7;
    set_u32(&regs->_esp, 0x1000);
    if (regs->esp != 0x1000 || regs->sp != 0x1000)
        return 8;
#endif
    return 0;
}

#if defined(__STDC_HOSTED__) && __STDC_HOSTED__
#include <stdio.h>

int main(void)
{
    int failed = tools_view_check();

    if (failed) {
        fprintf(stderr, "tools-view: check %d failed\n", failed);
        return 1;
    }
    return 0;
}
#endif
