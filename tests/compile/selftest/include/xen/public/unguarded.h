/* Self-test: no include guard, so including it twice redefines the struct. */
#ifndef __ASSEMBLER__
struct xen_selftest_unguarded { int value; };
#endif
