/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief The x86 featureset: a number for every processor feature that Xen
 *        and its toolstack know about, by CPUID word and bit.
 *
 * A featureset is an array of 32-bit words, each a copy of one register of
 * one CPUID leaf (or of another feature register, such as half of
 * MSR_ARCH_CAPS), exactly as the vendor's manual defines it. Feature
 * `value` is bit `value % 32` of word `value / 32`. Nothing Xen synthesises
 * is put in a word, and words are only ever added at the end, so the
 * numbers stay valid. The toolstack exchanges featuresets with Xen through
 * the CPU-policy sysctls and domctls, and names features by these numbers
 * in domain configuration.
 *
 * The header can be included in two ways:
 *
 * 1. Plainly. It then behaves like any other header (an include guard, no
 *    other requirement) and declares, in C and C++, an anonymous enumeration
 *    with one constant `XEN_X86_FEATURE_<name>` = word * 32 + bit for each
 *    feature listed below, e.g. XEN_X86_FEATURE_FPU (0) or
 *    XEN_X86_FEATURE_AVX2 (5 * 32 + 5). Under `__ASSEMBLER__` it declares
 *    nothing.
 * 2. As an X-macro. If XEN_CPUFEATURE(name, value) is defined when the
 *    header is included, the header expands it once for every feature, in
 *    ascending word order, and does nothing else: no include guard
 *    applies, nothing else is declared or included, and the includer's
 *    XEN_CPUFEATURE stays defined. `name` is the bare feature name (FPU,
 *    AVX2, ... some start with a digit, such as 3DNOW, so paste it onto a
 *    prefix) and `value` an integer constant expression of the form
 *    `word*32+bit`, so the expansion may stand in whatever context the
 *    includer's definition suits (an initialiser list, assembler
 *    directives, and so on), as often as needed.
 *
 * The list is the interface; the comment after each entry is only a
 * reminder of what the feature is. Which features a given domain may see
 * is a matter of policy, decided by Xen and the toolstack, and not part of
 * this ABI.
 *
 * Stability: stable (a feature keeps its number for ever). Callers: the
 * toolstack (libxenguest, libxl, xen-cpuid) and other tools that name x86
 * features.
 */
#if !defined(__i386__) && !defined(__x86_64__)
#error "xen-public: arch-x86/cpufeatureset.h is for x86 only; build for i386 or x86_64"
#endif

/*
 * No include guard around the whole file: with a caller-supplied
 * XEN_CPUFEATURE the list must expand again at every inclusion.
 */
#ifndef XEN_CPUFEATURE
#ifndef __XEN_PUBLIC_ARCH_X86_CPUFEATURESET_H__
#define __XEN_PUBLIC_ARCH_X86_CPUFEATURESET_H__

#include "../xen-public-base.h"

/** @defgroup hdr_arch_x86_cpufeatureset_h arch-x86/cpufeatureset.h
 *  @ingroup xen_arch */

/** @defgroup arch_x86_cpufeatureset_h_features x86 feature numbers
 *  @ingroup hdr_arch_x86_cpufeatureset_h
 *  @{ */

/** Defined while this header expands its own (plain) inclusion; it is
 *  undefined again at the end of the header. */
#define XEN_CPUFEATURESET_DEFAULT_INCLUDE

#ifndef __ASSEMBLER__
/**
 * The header's own definition, for a plain inclusion: each feature becomes
 * the enumerator `XEN_X86_FEATURE_<name>` with value @p value. It is
 * undefined again at the end of the header; an includer that wants the list
 * for another purpose defines its own before including the header.
 */
#define XEN_CPUFEATURE(name, value) XEN_X86_FEATURE_##name = (value),
XEN_EXTENSIONS_BEGIN
/**
 * The feature numbers: `XEN_X86_FEATURE_<name>` = word * 32 + bit for every
 * feature of the list in this header (see the file overview).
 */
enum {
#else
#define XEN_CPUFEATURE(name, value)
#endif /* __ASSEMBLER__ */

#endif /* __XEN_PUBLIC_ARCH_X86_CPUFEATURESET_H__ */
#endif /* !XEN_CPUFEATURE */

/** @cond XEN_CPUFEATURESET_LIST */
#ifdef XEN_CPUFEATURE
/* Word 0: CPUID leaf 0x00000001, EDX (Intel). */
XEN_CPUFEATURE(FPU,                 0*32+0)   /* x87 floating point on chip */
XEN_CPUFEATURE(VME,                 0*32+1)   /* virtual-8086 mode enhancements */
XEN_CPUFEATURE(DE,                  0*32+2)   /* debugging extensions (CR4.DE, I/O breakpoints) */
XEN_CPUFEATURE(PSE,                 0*32+3)   /* 4 MiB pages with 32-bit paging */
XEN_CPUFEATURE(TSC,                 0*32+4)   /* RDTSC and the time-stamp counter */
XEN_CPUFEATURE(MSR,                 0*32+5)   /* RDMSR and WRMSR */
XEN_CPUFEATURE(PAE,                 0*32+6)   /* physical address extension (PAE paging) */
XEN_CPUFEATURE(MCE,                 0*32+7)   /* machine-check exception (vector 18) */
XEN_CPUFEATURE(CX8,                 0*32+8)   /* CMPXCHG8B */
XEN_CPUFEATURE(APIC,                0*32+9)   /* local APIC present and enabled */
XEN_CPUFEATURE(SEP,                 0*32+11)  /* SYSENTER and SYSEXIT */
XEN_CPUFEATURE(MTRR,                0*32+12)  /* memory type range registers */
XEN_CPUFEATURE(PGE,                 0*32+13)  /* global pages (CR4.PGE) */
XEN_CPUFEATURE(MCA,                 0*32+14)  /* machine-check architecture (MCG_CAP and banks) */
XEN_CPUFEATURE(CMOV,                0*32+15)  /* CMOVcc (with an FPU, also FCMOVcc and FCOMI) */
XEN_CPUFEATURE(PAT,                 0*32+16)  /* page attribute table */
XEN_CPUFEATURE(PSE36,               0*32+17)  /* 36-bit physical addresses in 4 MiB pages */
XEN_CPUFEATURE(CLFLUSH,             0*32+19)  /* CLFLUSH */
XEN_CPUFEATURE(DS,                  0*32+21)  /* debug store (branch trace buffer) */
XEN_CPUFEATURE(ACPI,                0*32+22)  /* thermal monitor and clock control MSRs */
XEN_CPUFEATURE(MMX,                 0*32+23)  /* MMX */
XEN_CPUFEATURE(FXSR,                0*32+24)  /* FXSAVE and FXRSTOR */
XEN_CPUFEATURE(SSE,                 0*32+25)  /* SSE */
XEN_CPUFEATURE(SSE2,                0*32+26)  /* SSE2 */
XEN_CPUFEATURE(SS,                  0*32+27)  /* self snoop */
XEN_CPUFEATURE(HTT,                 0*32+28)  /* more than one logical processor per package */
XEN_CPUFEATURE(TM1,                 0*32+29)  /* thermal monitor, first version */
XEN_CPUFEATURE(PBE,                 0*32+31)  /* pending break enable (FERR#/PBE# pin) */

/* Word 1: CPUID leaf 0x00000001, ECX (Intel). */
XEN_CPUFEATURE(SSE3,                1*32+0)   /* SSE3 */
XEN_CPUFEATURE(PCLMULQDQ,           1*32+1)   /* PCLMULQDQ (carry-less multiply) */
XEN_CPUFEATURE(DTES64,              1*32+2)   /* debug store with 64-bit addresses */
XEN_CPUFEATURE(MONITOR,             1*32+3)   /* MONITOR and MWAIT */
XEN_CPUFEATURE(DSCPL,               1*32+4)   /* debug store qualified by privilege level */
XEN_CPUFEATURE(VMX,                 1*32+5)   /* Intel VT-x (VMX) */
XEN_CPUFEATURE(SMX,                 1*32+6)   /* safer mode extensions (GETSEC) */
XEN_CPUFEATURE(EIST,                1*32+7)   /* enhanced SpeedStep */
XEN_CPUFEATURE(TM2,                 1*32+8)   /* thermal monitor, second version */
XEN_CPUFEATURE(SSSE3,               1*32+9)   /* supplemental SSE3 */
XEN_CPUFEATURE(SDBG,                1*32+11)  /* silicon debug MSR (IA32_DEBUG_INTERFACE) */
XEN_CPUFEATURE(FMA,                 1*32+12)  /* FMA3 fused multiply-add */
XEN_CPUFEATURE(CX16,                1*32+13)  /* CMPXCHG16B */
XEN_CPUFEATURE(XTPR,                1*32+14)  /* xTPR update control */
XEN_CPUFEATURE(PDCM,                1*32+15)  /* IA32_PERF_CAPABILITIES MSR */
XEN_CPUFEATURE(PCID,                1*32+17)  /* process-context identifiers */
XEN_CPUFEATURE(DCA,                 1*32+18)  /* direct cache access */
XEN_CPUFEATURE(SSE4_1,              1*32+19)  /* SSE4.1 */
XEN_CPUFEATURE(SSE4_2,              1*32+20)  /* SSE4.2 */
XEN_CPUFEATURE(X2APIC,              1*32+21)  /* x2APIC mode */
XEN_CPUFEATURE(MOVBE,               1*32+22)  /* MOVBE (byte-swapping move) */
XEN_CPUFEATURE(POPCNT,              1*32+23)  /* POPCNT */
XEN_CPUFEATURE(TSC_DEADLINE,        1*32+24)  /* APIC timer TSC-deadline mode */
XEN_CPUFEATURE(AESNI,               1*32+25)  /* AES-NI */
XEN_CPUFEATURE(XSAVE,               1*32+26)  /* XSAVE family and XCR0 */
XEN_CPUFEATURE(OSXSAVE,             1*32+27)  /* CR4.OSXSAVE as set by the OS */
XEN_CPUFEATURE(AVX,                 1*32+28)  /* AVX */
XEN_CPUFEATURE(F16C,                1*32+29)  /* half-precision conversions */
XEN_CPUFEATURE(RDRAND,              1*32+30)  /* RDRAND */
XEN_CPUFEATURE(HYPERVISOR,          1*32+31)  /* running under a hypervisor */

/* Word 2: CPUID leaf 0x80000001, EDX (AMD). */
XEN_CPUFEATURE(SYSCALL,             2*32+11)  /* SYSCALL and SYSRET */
XEN_CPUFEATURE(NX,                  2*32+20)  /* no-execute page protection */
XEN_CPUFEATURE(MMXEXT,              2*32+22)  /* AMD extensions to MMX */
XEN_CPUFEATURE(FFXSR,               2*32+25)  /* fast FXSAVE/FXRSTOR (EFER.FFXSR) */
XEN_CPUFEATURE(PAGE1GB,             2*32+26)  /* 1 GiB pages */
XEN_CPUFEATURE(RDTSCP,              2*32+27)  /* RDTSCP */
XEN_CPUFEATURE(LM,                  2*32+29)  /* long mode (64-bit) */
XEN_CPUFEATURE(3DNOWEXT,            2*32+30)  /* extensions to 3DNow! */
XEN_CPUFEATURE(3DNOW,               2*32+31)  /* 3DNow! */

/* Word 3: CPUID leaf 0x80000001, ECX (AMD). */
XEN_CPUFEATURE(LAHF_LM,             3*32+0)   /* LAHF and SAHF in 64-bit mode */
XEN_CPUFEATURE(CMP_LEGACY,          3*32+1)   /* core multi-processing legacy mode */
XEN_CPUFEATURE(SVM,                 3*32+2)   /* AMD-V (SVM) */
XEN_CPUFEATURE(EXTAPIC,             3*32+3)   /* extended APIC register space */
XEN_CPUFEATURE(CR8_LEGACY,          3*32+4)   /* CR8 reachable outside 64-bit mode (LOCK MOV CR0) */
XEN_CPUFEATURE(ABM,                 3*32+5)   /* LZCNT (advanced bit manipulation) */
XEN_CPUFEATURE(SSE4A,               3*32+6)   /* SSE4a */
XEN_CPUFEATURE(MISALIGNSSE,         3*32+7)   /* misaligned SSE operands allowed */
XEN_CPUFEATURE(3DNOWPREFETCH,       3*32+8)   /* PREFETCH and PREFETCHW */
XEN_CPUFEATURE(OSVW,                3*32+9)   /* OS-visible workaround MSRs */
XEN_CPUFEATURE(IBS,                 3*32+10)  /* instruction-based sampling */
XEN_CPUFEATURE(XOP,                 3*32+11)  /* XOP instructions */
XEN_CPUFEATURE(SKINIT,              3*32+12)  /* SKINIT and STGI */
XEN_CPUFEATURE(WDT,                 3*32+13)  /* watchdog timer */
XEN_CPUFEATURE(LWP,                 3*32+15)  /* lightweight profiling */
XEN_CPUFEATURE(FMA4,                3*32+16)  /* FMA4 four-operand fused multiply-add */
XEN_CPUFEATURE(NODEID_MSR,          3*32+19)  /* node ID MSR */
XEN_CPUFEATURE(TBM,                 3*32+21)  /* trailing bit manipulation */
XEN_CPUFEATURE(TOPOEXT,             3*32+22)  /* topology extension leaves */
XEN_CPUFEATURE(DBEXT,               3*32+26)  /* data breakpoint address masks */
XEN_CPUFEATURE(MONITORX,            3*32+29)  /* MONITORX and MWAITX */
XEN_CPUFEATURE(ADDR_MSK_EXT,        3*32+30)  /* extended breakpoint address masks */

/* Word 4: CPUID leaf 0x0000000d subleaf 1, EAX (Intel). */
XEN_CPUFEATURE(XSAVEOPT,            4*32+0)   /* XSAVEOPT */
XEN_CPUFEATURE(XSAVEC,              4*32+1)   /* XSAVEC (compacted format) */
XEN_CPUFEATURE(XGETBV1,             4*32+2)   /* XGETBV with ECX = 1 */
XEN_CPUFEATURE(XSAVES,              4*32+3)   /* XSAVES and XRSTORS (supervisor state) */
XEN_CPUFEATURE(XFD,                 4*32+4)   /* extended feature disable (MSR_XFD, MSR_XFD_ERR) */

/* Word 5: CPUID leaf 0x00000007 subleaf 0, EBX (Intel). */
XEN_CPUFEATURE(FSGSBASE,            5*32+0)   /* RDFSBASE, WRFSBASE, RDGSBASE, WRGSBASE */
XEN_CPUFEATURE(TSC_ADJUST,          5*32+1)   /* IA32_TSC_ADJUST MSR */
XEN_CPUFEATURE(SGX,                 5*32+2)   /* software guard extensions */
XEN_CPUFEATURE(BMI1,                5*32+3)   /* bit manipulation, first set */
XEN_CPUFEATURE(HLE,                 5*32+4)   /* hardware lock elision prefixes */
XEN_CPUFEATURE(AVX2,                5*32+5)   /* AVX2 */
XEN_CPUFEATURE(FDP_EXCP_ONLY,       5*32+6)   /* x87 FDP written only on unmasked exceptions */
XEN_CPUFEATURE(SMEP,                5*32+7)   /* supervisor-mode execution prevention */
XEN_CPUFEATURE(BMI2,                5*32+8)   /* bit manipulation, second set */
XEN_CPUFEATURE(ERMS,                5*32+9)   /* fast REP MOVSB and REP STOSB */
XEN_CPUFEATURE(INVPCID,             5*32+10)  /* INVPCID */
XEN_CPUFEATURE(RTM,                 5*32+11)  /* restricted transactional memory (XBEGIN/XEND) */
XEN_CPUFEATURE(PQM,                 5*32+12)  /* resource monitoring (RDT-M) */
XEN_CPUFEATURE(NO_FPU_SEL,          5*32+13)  /* x87 CS and DS selectors no longer saved */
XEN_CPUFEATURE(MPX,                 5*32+14)  /* memory protection extensions */
XEN_CPUFEATURE(PQE,                 5*32+15)  /* resource allocation (RDT-A) */
XEN_CPUFEATURE(AVX512F,             5*32+16)  /* AVX-512 foundation */
XEN_CPUFEATURE(AVX512DQ,            5*32+17)  /* AVX-512 doubleword and quadword */
XEN_CPUFEATURE(RDSEED,              5*32+18)  /* RDSEED */
XEN_CPUFEATURE(ADX,                 5*32+19)  /* ADCX and ADOX */
XEN_CPUFEATURE(SMAP,                5*32+20)  /* supervisor-mode access prevention */
XEN_CPUFEATURE(AVX512_IFMA,         5*32+21)  /* AVX-512 integer fused multiply-add */
XEN_CPUFEATURE(CLFLUSHOPT,          5*32+23)  /* CLFLUSHOPT */
XEN_CPUFEATURE(CLWB,                5*32+24)  /* CLWB */
XEN_CPUFEATURE(PROC_TRACE,          5*32+25)  /* Intel processor trace */
XEN_CPUFEATURE(AVX512PF,            5*32+26)  /* AVX-512 prefetch (Xeon Phi) */
XEN_CPUFEATURE(AVX512ER,            5*32+27)  /* AVX-512 exponential and reciprocal (Xeon Phi) */
XEN_CPUFEATURE(AVX512CD,            5*32+28)  /* AVX-512 conflict detection */
XEN_CPUFEATURE(SHA,                 5*32+29)  /* SHA-1 and SHA-256 */
XEN_CPUFEATURE(AVX512BW,            5*32+30)  /* AVX-512 byte and word */
XEN_CPUFEATURE(AVX512VL,            5*32+31)  /* AVX-512 on 128- and 256-bit vectors */

/* Word 6: CPUID leaf 0x00000007 subleaf 0, ECX (Intel). */
XEN_CPUFEATURE(PREFETCHWT1,         6*32+0)   /* PREFETCHWT1 */
XEN_CPUFEATURE(AVX512_VBMI,         6*32+1)   /* AVX-512 byte permutes (VBMI) */
XEN_CPUFEATURE(UMIP,                6*32+2)   /* user-mode instruction prevention */
XEN_CPUFEATURE(PKU,                 6*32+3)   /* protection keys for user pages */
XEN_CPUFEATURE(OSPKE,               6*32+4)   /* CR4.PKE as set by the OS */
XEN_CPUFEATURE(WAITPKG,             6*32+5)   /* UMONITOR, UMWAIT and TPAUSE */
XEN_CPUFEATURE(AVX512_VBMI2,        6*32+6)   /* AVX-512 byte manipulation, second set */
XEN_CPUFEATURE(CET_SS,              6*32+7)   /* CET shadow stacks */
XEN_CPUFEATURE(GFNI,                6*32+8)   /* Galois-field arithmetic */
XEN_CPUFEATURE(VAES,                6*32+9)   /* AES on wide vectors */
XEN_CPUFEATURE(VPCLMULQDQ,          6*32+10)  /* carry-less multiply on wide vectors */
XEN_CPUFEATURE(AVX512_VNNI,         6*32+11)  /* AVX-512 neural-network dot products */
XEN_CPUFEATURE(AVX512_BITALG,       6*32+12)  /* AVX-512 BITALG (VPOPCNTB/W, VPSHUFBITQMB) */
XEN_CPUFEATURE(TME,                 6*32+13)  /* total memory encryption */
XEN_CPUFEATURE(AVX512_VPOPCNTDQ,    6*32+14)  /* AVX-512 VPOPCNTD and VPOPCNTQ */
XEN_CPUFEATURE(LA57,                6*32+16)  /* 57-bit linear addresses (5-level paging) */
XEN_CPUFEATURE(RDPID,               6*32+22)  /* RDPID */
XEN_CPUFEATURE(BLD,                 6*32+24)  /* bus-lock detection (debug trap) */
XEN_CPUFEATURE(CLDEMOTE,            6*32+25)  /* CLDEMOTE */
XEN_CPUFEATURE(MOVDIRI,             6*32+27)  /* MOVDIRI */
XEN_CPUFEATURE(MOVDIR64B,           6*32+28)  /* MOVDIR64B */
XEN_CPUFEATURE(ENQCMD,              6*32+29)  /* ENQCMD and ENQCMDS */
XEN_CPUFEATURE(SGX_LC,              6*32+30)  /* SGX launch control */
XEN_CPUFEATURE(PKS,                 6*32+31)  /* protection keys for supervisor pages */

/* Word 7: CPUID leaf 0x80000007, EDX (AMD). */
XEN_CPUFEATURE(HW_PSTATE,           7*32+7)   /* hardware P-state control */
XEN_CPUFEATURE(ITSC,                7*32+8)   /* invariant TSC */
XEN_CPUFEATURE(CPB,                 7*32+9)   /* core performance boost */
XEN_CPUFEATURE(EFRO,                7*32+10)  /* read-only APERF/MPERF aliases */

/* Word 8: CPUID leaf 0x80000008, EBX (AMD). */
XEN_CPUFEATURE(CLZERO,              8*32+0)   /* CLZERO */
XEN_CPUFEATURE(RSTR_FP_ERR_PTRS,    8*32+2)   /* x87 error pointers always saved and restored */
XEN_CPUFEATURE(WBNOINVD,            8*32+9)   /* WBNOINVD */
XEN_CPUFEATURE(IBPB,                8*32+12)  /* IBPB (without IBRS), AMD enumeration */
XEN_CPUFEATURE(IBRS,                8*32+14)  /* MSR_SPEC_CTRL.IBRS, AMD enumeration */
XEN_CPUFEATURE(AMD_STIBP,           8*32+15)  /* MSR_SPEC_CTRL.STIBP, AMD enumeration */
XEN_CPUFEATURE(IBRS_ALWAYS,         8*32+16)  /* best left with IBRS on all the time */
XEN_CPUFEATURE(STIBP_ALWAYS,        8*32+17)  /* best left with STIBP on all the time */
XEN_CPUFEATURE(IBRS_FAST,           8*32+18)  /* IBRS cheaper than software mitigations */
XEN_CPUFEATURE(IBRS_SAME_MODE,      8*32+19)  /* IBRS also protects within one mode */
XEN_CPUFEATURE(NO_LMSL,             8*32+20)  /* EFER.LMSLE withdrawn */
XEN_CPUFEATURE(AMD_PPIN,            8*32+23)  /* protected processor inventory number, AMD */
XEN_CPUFEATURE(AMD_SSBD,            8*32+24)  /* MSR_SPEC_CTRL.SSBD, AMD enumeration */
XEN_CPUFEATURE(VIRT_SSBD,           8*32+25)  /* MSR_VIRT_SPEC_CTRL.SSBD */
XEN_CPUFEATURE(SSB_NO,              8*32+26)  /* immune to speculative store bypass, AMD */
XEN_CPUFEATURE(CPPC,                8*32+27)  /* collaborative performance control */
XEN_CPUFEATURE(PSFD,                8*32+28)  /* MSR_SPEC_CTRL.PSFD, AMD enumeration */
XEN_CPUFEATURE(BTC_NO,              8*32+29)  /* immune to branch type confusion */
XEN_CPUFEATURE(IBPB_RET,            8*32+30)  /* IBPB also flushes return predictions */

/* Word 9: CPUID leaf 0x00000007 subleaf 0, EDX (Intel). */
XEN_CPUFEATURE(SGX_KEYS,            9*32+1)   /* SGX attestation services */
XEN_CPUFEATURE(AVX512_4VNNIW,       9*32+2)   /* AVX-512 4-iteration word dot products (Xeon Phi) */
XEN_CPUFEATURE(AVX512_4FMAPS,       9*32+3)   /* AVX-512 4-iteration single FMA (Xeon Phi) */
XEN_CPUFEATURE(FSRM,                9*32+4)   /* fast short REP MOVSB */
XEN_CPUFEATURE(UINTR,               9*32+5)   /* user interrupts */
XEN_CPUFEATURE(AVX512_VP2INTERSECT, 9*32+8)   /* AVX-512 VP2INTERSECTD/Q */
XEN_CPUFEATURE(SRBDS_CTRL,          9*32+9)   /* MSR_MCU_OPT_CTRL with RNGDS_MITG_DIS */
XEN_CPUFEATURE(MD_CLEAR,            9*32+10)  /* VERW flushes microarchitectural buffers, Intel */
XEN_CPUFEATURE(RTM_ALWAYS_ABORT,    9*32+11)  /* XBEGIN always aborts (without faulting) */
XEN_CPUFEATURE(TSX_FORCE_ABORT,     9*32+13)  /* MSR_TSX_FORCE_ABORT.RTM_ABORT */
XEN_CPUFEATURE(SERIALIZE,           9*32+14)  /* SERIALIZE */
XEN_CPUFEATURE(HYBRID,              9*32+15)  /* mix of core types in the package */
XEN_CPUFEATURE(TSXLDTRK,            9*32+16)  /* XSUSLDTRK and XRESLDTRK */
XEN_CPUFEATURE(PCONFIG,             9*32+18)  /* PCONFIG */
XEN_CPUFEATURE(ARCH_LBR,            9*32+19)  /* architectural last-branch records */
XEN_CPUFEATURE(CET_IBT,             9*32+20)  /* CET indirect-branch tracking */
XEN_CPUFEATURE(AMX_BF16,            9*32+22)  /* AMX with bfloat16 */
XEN_CPUFEATURE(AVX512_FP16,         9*32+23)  /* AVX-512 with half precision */
XEN_CPUFEATURE(AMX_TILE,            9*32+24)  /* AMX tile registers */
XEN_CPUFEATURE(AMX_INT8,            9*32+25)  /* AMX with 8-bit integers */
XEN_CPUFEATURE(IBRSB,               9*32+26)  /* IBRS and IBPB, Intel enumeration */
XEN_CPUFEATURE(STIBP,               9*32+27)  /* STIBP, Intel enumeration */
XEN_CPUFEATURE(L1D_FLUSH,           9*32+28)  /* MSR_FLUSH_CMD L1D flush */
XEN_CPUFEATURE(ARCH_CAPS,           9*32+29)  /* IA32_ARCH_CAPABILITIES MSR */
XEN_CPUFEATURE(CORE_CAPS,           9*32+30)  /* IA32_CORE_CAPABILITIES MSR */
XEN_CPUFEATURE(SSBD,                9*32+31)  /* MSR_SPEC_CTRL.SSBD, Intel enumeration */

/* Word 10: CPUID leaf 0x00000007 subleaf 1, EAX (Intel). */
XEN_CPUFEATURE(SHA512,              10*32+0)  /* SHA-512 */
XEN_CPUFEATURE(SM3,                 10*32+1)  /* SM3 hash */
XEN_CPUFEATURE(SM4,                 10*32+2)  /* SM4 cipher */
XEN_CPUFEATURE(AVX_VNNI,            10*32+4)  /* VEX-encoded neural-network dot products */
XEN_CPUFEATURE(AVX512_BF16,         10*32+5)  /* AVX-512 with bfloat16 */
XEN_CPUFEATURE(LASS,                10*32+6)  /* linear address space separation */
XEN_CPUFEATURE(CMPCCXADD,           10*32+7)  /* CMPccXADD */
XEN_CPUFEATURE(ARCH_PERF_MON,       10*32+8)  /* extended arch. perfmon enumeration (leaf 0x23) */
XEN_CPUFEATURE(FZRM,                10*32+10) /* fast zero-length REP MOVSB */
XEN_CPUFEATURE(FSRS,                10*32+11) /* fast short REP STOSB */
XEN_CPUFEATURE(FSRCS,               10*32+12) /* fast short REP CMPSB and REP SCASB */
XEN_CPUFEATURE(FRED,                10*32+17) /* FRED event delivery and return (ERETU/ERETS) */
XEN_CPUFEATURE(LKGS,                10*32+18) /* LKGS */
XEN_CPUFEATURE(WRMSRNS,             10*32+19) /* WRMSRNS (non-serialising WRMSR) */
XEN_CPUFEATURE(NMI_SRC,             10*32+20) /* NMI source reporting */
XEN_CPUFEATURE(AMX_FP16,            10*32+21) /* AMX with half precision */
XEN_CPUFEATURE(AVX_IFMA,            10*32+23) /* VEX-encoded integer fused multiply-add */
XEN_CPUFEATURE(LAM,                 10*32+26) /* linear address masking */
XEN_CPUFEATURE(MSRLIST,             10*32+27) /* RDMSRLIST and WRMSRLIST */
XEN_CPUFEATURE(NO_INVD,             10*32+30) /* INVD may not be used */

/* Word 11: CPUID leaf 0x80000021, EAX (AMD). */
XEN_CPUFEATURE(NO_NEST_BP,          11*32+0)  /* no nested data breakpoints */
XEN_CPUFEATURE(FS_GS_NS,            11*32+1)  /* FS and GS base MSR writes do not serialise */
XEN_CPUFEATURE(LFENCE_DISPATCH,     11*32+2)  /* LFENCE is dispatch serialising */
XEN_CPUFEATURE(VERW_CLEAR,          11*32+5)  /* VERW flushes microarchitectural buffers, AMD */
XEN_CPUFEATURE(NSCB,                11*32+6)  /* null selector load clears base and limit */
XEN_CPUFEATURE(AUTO_IBRS,           11*32+8)  /* automatic IBRS */
XEN_CPUFEATURE(AMD_FSRS,            11*32+10) /* fast short REP STOSB, AMD */
XEN_CPUFEATURE(AMD_FSRC,            11*32+11) /* fast short REP CMPSB, AMD */
XEN_CPUFEATURE(CPUID_USER_DIS,      11*32+17) /* CPUID can be made to fault outside ring 0 */
XEN_CPUFEATURE(EPSF,                11*32+18) /* enhanced predictive store forwarding */
XEN_CPUFEATURE(FSRSC,               11*32+19) /* fast short REP SCASB */
XEN_CPUFEATURE(AMD_PREFETCHI,       11*32+20) /* PREFETCHIT0 and PREFETCHIT1, AMD */
XEN_CPUFEATURE(AVX512_BMM,          11*32+23) /* AVX-512 bitmap manipulation */
XEN_CPUFEATURE(SBPB,                11*32+27) /* selective branch predictor barrier */
XEN_CPUFEATURE(IBPB_BRTYPE,         11*32+28) /* IBPB also flushes branch type predictions */
XEN_CPUFEATURE(SRSO_NO,             11*32+29) /* immune to speculative return stack overflow */
XEN_CPUFEATURE(SRSO_US_NO,          11*32+30) /* immune to SRSO between user and supervisor */
XEN_CPUFEATURE(SRSO_MSR_FIX,        11*32+31) /* MSR_BP_CFG.BP_SPEC_REDUCE */

/* Word 12: CPUID leaf 0x00000007 subleaf 1, EBX (Intel). */
XEN_CPUFEATURE(INTEL_PPIN,          12*32+0)  /* protected processor inventory number, Intel */

/* Word 13: CPUID leaf 0x00000007 subleaf 2, EDX (Intel). */
XEN_CPUFEATURE(INTEL_PSFD,          13*32+0)  /* MSR_SPEC_CTRL.PSFD, Intel enumeration */
XEN_CPUFEATURE(IPRED_CTRL,          13*32+1)  /* MSR_SPEC_CTRL.IPRED_DIS_U and _S */
XEN_CPUFEATURE(RRSBA_CTRL,          13*32+2)  /* MSR_SPEC_CTRL.RRSBA_DIS_U and _S */
XEN_CPUFEATURE(DDP_CTRL,            13*32+3)  /* MSR_SPEC_CTRL.DDP_DIS_U */
XEN_CPUFEATURE(BHI_CTRL,            13*32+4)  /* MSR_SPEC_CTRL.BHI_DIS_S */
XEN_CPUFEATURE(MCDT_NO,             13*32+5)  /* immune to MXCSR configuration dependent timing */
XEN_CPUFEATURE(UC_LOCK_DIS,         13*32+6)  /* locked accesses to UC memory can be disabled */

/* Word 14: CPUID leaf 0x00000007 subleaf 1, ECX (Intel); no feature named yet. */

/* Word 15: CPUID leaf 0x00000007 subleaf 1, EDX (Intel). */
XEN_CPUFEATURE(AVX_VNNI_INT8,       15*32+4)  /* VEX-encoded 8-bit dot products */
XEN_CPUFEATURE(AVX_NE_CONVERT,      15*32+5)  /* VEX-encoded bfloat16 and FP16 conversions */
XEN_CPUFEATURE(AMX_COMPLEX,         15*32+8)  /* AMX with complex numbers */
XEN_CPUFEATURE(AVX_VNNI_INT16,      15*32+10) /* VEX-encoded 16-bit dot products */
XEN_CPUFEATURE(PREFETCHI,           15*32+14) /* PREFETCHIT0 and PREFETCHIT1, Intel */
XEN_CPUFEATURE(UIRET_UIF,           15*32+17) /* UIRET sets the user interrupt flag */
XEN_CPUFEATURE(CET_SSS,             15*32+18) /* supervisor shadow stacks safe to use */
XEN_CPUFEATURE(SLSM,                15*32+24) /* static lockstep mode */

/* Word 16: MSR_ARCH_CAPS (0x10a) bits 31:0 (Intel). */
XEN_CPUFEATURE(RDCL_NO,             16*32+0)  /* immune to rogue data cache load (Meltdown) */
XEN_CPUFEATURE(EIBRS,               16*32+1)  /* enhanced IBRS */
XEN_CPUFEATURE(RSBA,                16*32+2)  /* RSB underflow may use other predictors */
XEN_CPUFEATURE(SKIP_L1DFL,          16*32+3)  /* no L1D flush needed on VM entry */
XEN_CPUFEATURE(INTEL_SSB_NO,        16*32+4)  /* immune to speculative store bypass, Intel */
XEN_CPUFEATURE(MDS_NO,              16*32+5)  /* immune to microarchitectural data sampling */
XEN_CPUFEATURE(IF_PSCHANGE_MC_NO,   16*32+6)  /* page-size changes cannot cause ifetch #MC */
XEN_CPUFEATURE(TSX_CTRL,            16*32+7)  /* MSR_TSX_CTRL */
XEN_CPUFEATURE(TAA_NO,              16*32+8)  /* immune to TSX asynchronous abort */
XEN_CPUFEATURE(MCU_CTRL,            16*32+9)  /* MSR_MCU_CTRL */
XEN_CPUFEATURE(MISC_PKG_CTRL,       16*32+10) /* MSR_MISC_PKG_CTRL */
XEN_CPUFEATURE(ENERGY_FILTERING,    16*32+11) /* MSR_MISC_PKG_CTRL.ENERGY_FILTERING */
XEN_CPUFEATURE(DOITM,               16*32+12) /* data operand independent timing mode */
XEN_CPUFEATURE(SBDR_SSDP_NO,        16*32+13) /* immune to SBDR and SSDP */
XEN_CPUFEATURE(FBSDP_NO,            16*32+14) /* immune to fill buffer stale data propagation */
XEN_CPUFEATURE(PSDP_NO,             16*32+15) /* immune to primary stale data propagation */
XEN_CPUFEATURE(MCU_EXT,             16*32+16) /* MCU_STATUS and MCU_ENUM MSRs */
XEN_CPUFEATURE(FB_CLEAR,            16*32+17) /* VERW clears fill buffers */
XEN_CPUFEATURE(FB_CLEAR_CTRL,       16*32+18) /* MSR_OPT_CPU_CTRL.FB_CLEAR_DIS */
XEN_CPUFEATURE(RRSBA,               16*32+19) /* restricted RSB alternative behaviour */
XEN_CPUFEATURE(BHI_NO,              16*32+20) /* immune to branch history injection */
XEN_CPUFEATURE(XAPIC_STATUS,        16*32+21) /* MSR_XAPIC_DISABLE_STATUS */
XEN_CPUFEATURE(OVRCLK_STATUS,       16*32+23) /* MSR_OVERCLOCKING_STATUS */
XEN_CPUFEATURE(PBRSB_NO,            16*32+24) /* no post-barrier RSB predictions */
XEN_CPUFEATURE(GDS_CTRL,            16*32+25) /* MCU_OPT_CTRL.GDS_MIT_DIS and GDS_MIT_LOCK */
XEN_CPUFEATURE(GDS_NO,              16*32+26) /* immune to gather data sampling */
XEN_CPUFEATURE(RFDS_NO,             16*32+27) /* immune to register file data sampling */
XEN_CPUFEATURE(RFDS_CLEAR,          16*32+28) /* VERW clears register files */
XEN_CPUFEATURE(IGN_UMONITOR,        16*32+29) /* MCU_OPT_CTRL.IGN_UMONITOR */
XEN_CPUFEATURE(MON_UMON_MITG,       16*32+30) /* MCU_OPT_CTRL.MON_UMON_MITG */

/* Word 17: MSR_ARCH_CAPS (0x10a) bits 63:32 (Intel), numbered on from word 16. */
XEN_CPUFEATURE(PB_OPT_CTRL,         16*32+32) /* MSR_PB_OPT_CTRL.IBPB_ALT */
XEN_CPUFEATURE(ITS_NO,              16*32+62) /* immune to indirect target selection */

/* Word 18: CPUID leaf 0x80000021, ECX (AMD). */
XEN_CPUFEATURE(TSA_SQ_NO,           18*32+1)  /* immune to store-queue TSA */
XEN_CPUFEATURE(TSA_L1_NO,           18*32+2)  /* immune to L1D transient scheduler attacks */
#endif /* XEN_CPUFEATURE */
/** @endcond */

/* End of a plain inclusion: close the enumeration and clean up. */
#ifdef XEN_CPUFEATURESET_DEFAULT_INCLUDE
#undef XEN_CPUFEATURESET_DEFAULT_INCLUDE
#undef XEN_CPUFEATURE
#ifndef __ASSEMBLER__
};
XEN_EXTENSIONS_END
#endif /* !__ASSEMBLER__ */
/** @} */
#endif /* XEN_CPUFEATURESET_DEFAULT_INCLUDE */
