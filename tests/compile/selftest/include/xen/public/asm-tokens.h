/* Self-test: leaves text that is not assembly when included by assembly. */
#ifndef XEN_SELFTEST_ASM_TOKENS_H
#define XEN_SELFTEST_ASM_TOKENS_H
#ifdef __ASSEMBLER__
this is not assembly
#else
struct xen_selftest_asm_tokens { int value; };
#endif
#endif
