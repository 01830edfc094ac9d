/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief x86 machine-check architecture (MCA): how the hardware domain
 *        collects the hardware errors Xen logs, learns about the host's
 *        processors, and injects test errors.
 *
 * Xen owns the processors' machine-check banks. It reads them when the
 * hardware raises a machine-check exception (\#MC), when a corrected-error
 * interrupt (CMCI) arrives, and when its periodic poll finds something, and
 * turns what it reads into telemetry records (struct mc_info). Records sit
 * in two queues: urgent ones (from \#MC) and non-urgent ones (corrected
 * errors found by CMCI or polling).
 *
 * How errors reach the guests:
 * - New records raise the global virtual interrupt VIRQ_MCA, which the
 *   hardware domain binds to an event channel (EVTCHNOP_bind_virq). It then
 *   fetches the records of both queues with XEN_MC_fetch and acknowledges
 *   each, which frees it. While nobody has bound VIRQ_MCA, Xen prints
 *   corrected errors on its console instead of queueing them.
 * - An uncorrected error that touches a guest's memory is passed to that
 *   guest as a virtual \#MC, delivered to the handler it installed for vector
 *   18 (the PV trap table, or the IDT of an HVM guest). Urgent records are
 *   also queued for the hardware domain, to log.
 * - Where Xen takes a recovery action itself, such as taking a broken page
 *   out of use, the record says so (struct mcinfo_recovery), so that the
 *   hardware domain can remember the page across reboots.
 *
 * A record is a header followed by a packed sequence of entries, each
 * starting with a struct mcinfo_common that gives its type and size; the
 * x86_mcinfo_*() macros walk it. They are macros, not functions, so that
 * assembly sources can include this header: under `__ASSEMBLER__` only the
 * macros remain.
 *
 * All operations go through one hypercall, HYPERVISOR_mca (number
 * __HYPERVISOR_mca), whose one argument is a struct xen_mc: `cmd` (an
 * XEN_MC_ operation), `interface_version` (XEN_MCA_INTERFACE_VERSION) and
 * the operation's structure in `u`. Results are written back into that
 * struct. In Xen 4.22.0 do_mca() in xen/arch/x86/cpu/mcheck/mce.c
 * implements it, for PV callers only; the security policy asks
 * xsm_do_mca() first, XSM_PRIV under the default policy, so the caller is
 * the control domain (normally also the hardware domain, where the
 * toolstack's error-injection tool runs too).
 *
 * Errors every operation can give, in the order they are checked, not
 * repeated in the blocks:
 * - -XEN_ENOSYS: the caller is an HVM or PVH guest, or Xen was built
 *   without PV support;
 * - -XEN_EPERM: refused by the security policy;
 * - -XEN_EFAULT: the struct xen_mc cannot be read, or written back;
 * - -XEN_EACCES: `interface_version` is not XEN_MCA_INTERFACE_VERSION;
 * - -XEN_EINVAL: `cmd` is not an operation.
 *
 * The structure of the XEN_MC_inject_v2 operation is part of this header,
 * although the operation and its constants are toolstack-only (see
 * unstable/arch-x86/xen-mca.h): it is a member of the union in struct
 * xen_mc, and a structure has one layout for every caller. With it comes
 * struct xenctl_bitmap, unless unstable/xen.h has already supplied it.
 *
 * Stability: stable. Callers: the hardware domain's kernel (e.g. Linux's
 * mcelog support under Xen); the toolstack's error-injection tools.
 */
#if !defined(__i386__) && !defined(__x86_64__)
#error "xen-public: arch-x86/xen-mca.h is for x86 only; build for i386 or x86_64"
#endif

#ifndef __XEN_PUBLIC_ARCH_X86_MCA_H__
#define __XEN_PUBLIC_ARCH_X86_MCA_H__
/* Marks this copy as xen-public's: unstable/arch-x86/xen-mca.h adds its toolstack part
 * only then (another copy of the header, included first, has its own). */
#define XEN_PUBLIC_ARCH_X86_XEN_MCA_H

#include "xen.h"

/** @defgroup hdr_arch_x86_xen_mca_h arch-x86/xen-mca.h
 *  @ingroup xen_arch */

/** @defgroup arch_x86_xen_mca_h_call HYPERVISOR_mca
 *  @ingroup hdr_arch_x86_xen_mca_h
 *  The hypercall, its interface version and the flags of the fetch and
 *  notify operations.
 *  @{ */

/** Number of the machine-check hypercall (the first architecture-specific
 *  one). */
#define __HYPERVISOR_mca __HYPERVISOR_arch_0

/**
 * The value every caller puts in xen_mc.interface_version. It was chosen
 * below 0x03000001, the version of an earlier and incompatible design of
 * this interface, so that the two can never be mistaken for each other.
 */
#define XEN_MCA_INTERFACE_VERSION 0x01ecc003

/** Fetch, IN: take a record from the non-urgent queue (corrected errors). */
#define XEN_MC_NONURGENT  0x0001
/** Fetch, IN: take a record from the urgent queue (errors found by \#MC). */
#define XEN_MC_URGENT     0x0002
/** Fetch, IN: acknowledge (and so free) the record named by `fetch_id`. */
#define XEN_MC_ACK        0x0004

/** OUT: the operation succeeded. */
#define XEN_MC_OK           0x0
/** Fetch, OUT: a record was waiting but could not be copied to `data`. */
#define XEN_MC_FETCHFAILED  0x1
/** Fetch, OUT: the queue was empty. */
#define XEN_MC_NODATA       0x2
/**
 * OUT: another error (most likely a corrected one) was logged after the
 * notification that prompted the call, so the record returned is not the
 * one the notification was about.
 */
#define XEN_MC_NOMATCH      0x4

/** Notify, OUT: the target guest has no machine-check handler; deal with the
 *  error another way. Never together with XEN_MC_NOTDELIVERED. */
#define XEN_MC_CANNOTHANDLE 0x8
/** Notify, OUT: the notification could not be delivered; retry later or deal
 *  with the error another way. Never together with XEN_MC_CANNOTHANDLE. */
#define XEN_MC_NOTDELIVERED 0x10

/** A `mc_vcpuid` field with this value names no vCPU. */
#define XEN_MC_VCPUID_INVALID 0xffff

/** Global virtual interrupt raised for the hardware domain when new
 *  records are queued (after polling, a CMCI or a \#MC). */
#define VIRQ_MCA VIRQ_ARCH_0

/** @} */

/** @defgroup arch_x86_xen_mca_h_entries Telemetry entries
 *  @ingroup hdr_arch_x86_xen_mca_h
 *  The entries a struct mc_info record is made of. Every entry starts with
 *  struct mcinfo_common; its `type` says which structure follows.
 *  @{ */

#define MC_TYPE_GLOBAL          0 /**< struct mcinfo_global. */
#define MC_TYPE_BANK            1 /**< struct mcinfo_bank. */
#define MC_TYPE_EXTENDED        2 /**< struct mcinfo_extended. */
#define MC_TYPE_RECOVERY        3 /**< struct mcinfo_recovery. */

#ifndef __ASSEMBLER__
/** The header of every entry. */
struct mcinfo_common {
    uint16_t type; /**< OUT: MC_TYPE_* value. */
    /** OUT: size of the whole entry, this header included, in bytes; the
     *  next entry starts that far on. */
    uint16_t size;
};
typedef struct mcinfo_common xen_mcinfo_common_t;
#endif /* !__ASSEMBLER__ */

#define MC_FLAG_CORRECTABLE     (1 << 0) /**< `mc_flags`: the hardware corrected the error. */
#define MC_FLAG_UNCORRECTABLE   (1 << 1) /**< `mc_flags`: the error was not corrected. */
/** `mc_flags`: uncorrected, but software can recover from it. */
#define MC_FLAG_RECOVERABLE     (1 << 2)
/** `mc_flags`: found by Xen's periodic poll of the banks. */
#define MC_FLAG_POLLED          (1 << 3)
/** `mc_flags`: found in the banks at start-up, left from before the last reset. */
#define MC_FLAG_RESET           (1 << 4)
/** `mc_flags`: reported by a corrected machine-check interrupt. */
#define MC_FLAG_CMCI            (1 << 5)
#define MC_FLAG_MCE             (1 << 6) /**< `mc_flags`: reported by a machine-check exception. */

#ifndef __ASSEMBLER__
/** What was running, and where, when the error was logged. */
struct mcinfo_global {
    xen_mcinfo_common_t common; /**< OUT: type MC_TYPE_GLOBAL. */
    /** OUT: domain running on the CPU at the time (the one most likely affected); DOMID_INVALID if
     *  none. */
    uint16_t mc_domid;
    uint16_t mc_vcpuid;         /**< OUT: its vCPU that was running, or XEN_MC_VCPUID_INVALID. */
    uint32_t mc_socketid;       /**< OUT: physical package of the CPU that logged the error. */
    uint16_t mc_coreid;         /**< OUT: core within the package. */
    uint16_t mc_core_threadid;  /**< OUT: hardware thread within the core. */
    uint32_t mc_apicid;         /**< OUT: APIC id of that CPU. */
    uint32_t mc_flags;          /**< OUT: MC_FLAG_* bits. */
    uint64_t mc_gstatus;        /**< OUT: the IA32_MCG_STATUS MSR. */
};

/** The registers of one machine-check bank that reported an error. */
struct mcinfo_bank {
    xen_mcinfo_common_t common; /**< OUT: type MC_TYPE_BANK. */
    uint16_t mc_bank;           /**< OUT: bank number. */
    /**
     * OUT: owner of the memory at `mc_addr` when that address is valid and
     * names memory (filled in for polled and CMCI errors in the hardware
     * domain's view only); otherwise DOMID_INVALID.
     */
    uint16_t mc_domid;
    uint64_t mc_status;         /**< OUT: the bank's MCi_STATUS MSR. */
    /** OUT: MCi_ADDR; meaningful only when `mc_status` has its ADDRV bit set. */
    uint64_t mc_addr;
    /** OUT: MCi_MISC; meaningful only when `mc_status` has its MISCV bit set. */
    uint64_t mc_misc;
    /** OUT: MCi_CTL2, recorded for errors reported by CMCI; zero otherwise. */
    uint64_t mc_ctrl2;
    /** OUT: time-stamp counter when the bank was read, recorded for CMCI; zero otherwise. */
    uint64_t mc_tsc;
};

/** One model-specific register and its value. */
struct mcinfo_msr {
    uint64_t reg;   /**< The MSR's index. */
    uint64_t value; /**< Its value. */
};
typedef struct mcinfo_msr xen_mcinfo_msr_t;

/**
 * Further registers the processor provides about an error (vendor-specific:
 * on Intel, the extended machine-check state with the general registers
 * and flags at the time). A record may hold several such entries when more
 * registers are needed.
 */
struct mcinfo_extended {
    xen_mcinfo_common_t common; /**< OUT: type MC_TYPE_EXTENDED. */
    uint32_t mc_msrs;           /**< OUT: number of valid entries in `mc_msr`. */
    xen_mcinfo_msr_t mc_msr[32]; /**< OUT: the registers, the first `mc_msrs` valid. */
};
#endif /* !__ASSEMBLER__ */

/** `action_flags`: the action succeeded and the error is dealt with. */
#define REC_ACTION_RECOVERED (0x1 << 0)
/** `action_flags`: Xen took no action. */
#define REC_ACTION_NONE (0x1 << 1)
/** `action_flags`: a reset may be needed; the hardware domain may decide. */
#define REC_ACTION_NEED_RESET (0x1 << 2)

/** `action_types`: a page was taken out of use (`page_retire` is valid). */
#define MC_ACTION_PAGE_OFFLINE (0x1 << 0)
/** `action_types`: a CPU was taken offline (`cpu_offline` is valid). */
#define MC_ACTION_CPU_OFFLINE (0x1 << 1)
/** `action_types`: part of the L3 cache was disabled. */
#define MC_ACTION_CACHE_SHRINK (0x1 << 2)

/** Size of the `action_info` union of struct mcinfo_recovery, in bytes. */
#define MAX_UNION_SIZE 16

#ifndef __ASSEMBLER__
/** The page a recovery action took out of use. */
struct page_offline_action
{
    uint64_t mfn;    /**< OUT: machine frame number of the page. */
    /** OUT: outcome, as the PG_OFFLINE_* status bits of XEN_SYSCTL_page_offline_op. */
    uint64_t status;
};
typedef struct page_offline_action xen_page_offline_action_t;

/** The CPU a recovery action took offline. */
struct cpu_offline_action
{
    uint32_t mc_socketid;      /**< OUT: its physical package. */
    uint16_t mc_coreid;        /**< OUT: its core within the package. */
    uint16_t mc_core_threadid; /**< OUT: its thread within the core. */
};
typedef struct cpu_offline_action xen_cpu_offline_action_t;

/**
 * An action Xen took about an error, for the hardware domain to keep (in
 * non-volatile storage, say) and act upon, e.g. by taking a failing page
 * out of use early on the next boot.
 */
struct mcinfo_recovery
{
    xen_mcinfo_common_t common; /**< OUT: type MC_TYPE_RECOVERY. */
    uint16_t mc_bank;           /**< OUT: bank that reported the error. */
    uint8_t action_flags;       /**< OUT: REC_ACTION_* bits. */
    uint8_t action_types;       /**< OUT: MC_ACTION_* value: the action taken. */
    /** OUT: details of the action, selected by `action_types`. */
    union {
        xen_page_offline_action_t page_retire; /**< MC_ACTION_PAGE_OFFLINE. */
        xen_cpu_offline_action_t cpu_offline;  /**< MC_ACTION_CPU_OFFLINE. */
        uint8_t pad[MAX_UNION_SIZE];           /**< Fixes the size of the union. */
    } action_info;
};
#endif /* !__ASSEMBLER__ */

/** @} */

/** @defgroup arch_x86_xen_mca_h_record Telemetry records
 *  @ingroup hdr_arch_x86_xen_mca_h
 *  @{ */

/** An upper bound, in bytes, historically set for a machine-check
 *  hypercall's data. */
#define MCINFO_HYPERCALLSIZE	1024
/** Size of struct mc_info, in bytes: the room for a record's entries. */
#define MCINFO_MAXSIZE		768

/** `flags`: the record ran out of room and entries were left out. */
#define MCINFO_FLAGS_UNCOMPLETE 0x1

#ifndef __ASSEMBLER__
/** One telemetry record: a header and its entries, packed in `mi_data`. */
struct mc_info {
    uint32_t mi_nentries;                         /**< OUT: number of entries in `mi_data`. */
    uint32_t flags;                               /**< OUT: MCINFO_FLAGS_* bits. */
    /** OUT: the entries, each starting with struct mcinfo_common. */
    uint64_t mi_data[(MCINFO_MAXSIZE - 1) / 8];
};
typedef struct mc_info mc_info_t;
DEFINE_XEN_GUEST_HANDLE(mc_info_t);
#endif /* !__ASSEMBLER__ */

/**
 * Number of entries in the record @p mi (a `struct mc_info *`), as a
 * `uint32_t`.
 */
#define x86_mcinfo_nentries(mi)    \
    ((mi)->mi_nentries)
/** The first entry of the record @p mi, as a `struct mcinfo_common *`. */
#define x86_mcinfo_first(mi)       \
    ((struct mcinfo_common *)(mi)->mi_data)
/** The entry after @p mic (a `struct mcinfo_common *`) in its record. */
#define x86_mcinfo_next(mic)       \
    ((struct mcinfo_common *)((uint8_t *)(mic) + (mic)->size))

/**
 * Set the pointer lvalue @p ret to the first entry of type @p mc_type
 * (MC_TYPE_*) in the record @p mi, or to NULL when there is none (or when
 * @p mi is NULL). A statement; use it instead of writing another loop.
 */
#define x86_mcinfo_lookup(ret, mi, mc_type)                     \
    do {                                                        \
        uint32_t found_, i_;                                    \
        struct mcinfo_common *mic_;                             \
                                                                \
        found_ = 0;                                             \
        (ret) = NULL;                                           \
        if ((mi) == NULL) break;                                \
        mic_ = x86_mcinfo_first(mi);                            \
        for (i_ = 0; i_ < x86_mcinfo_nentries(mi); i_++) {      \
            if (mic_->type == (mc_type)) {                      \
                found_ = 1;                                     \
                break;                                          \
            }                                                   \
            mic_ = x86_mcinfo_next(mic_);                       \
        }                                                       \
        (ret) = found_ ? mic_ : NULL;                           \
    } while (0)

/** @} */

/** @defgroup arch_x86_xen_mca_h_cpu Physical CPU description
 *  @ingroup hdr_arch_x86_xen_mca_h
 *  @{ */

/** Capacity of the `mc_msrvalues` array of struct mcinfo_logical_cpu. */
#define __MC_MSR_ARRAYSIZE 8
#if !defined(__XEN_INTERFACE_VERSION__) || __XEN_INTERFACE_VERSION__ <= 0x00040d00
/** Former name for how many `mc_msrvalues` entries were filled
 *  (interfaces up to 0x00040d00). */
#define __MC_NMSRS 1
#endif
/** Number of feature words in `mc_cpu_caps`. */
#define MC_NCAPS	7
#define MC_CAPS_STD_EDX	0 /**< `mc_cpu_caps` index: CPUID 0x00000001, EDX. */
#define MC_CAPS_AMD_EDX	1 /**< `mc_cpu_caps` index: CPUID 0x80000001, EDX. */
#define MC_CAPS_TM	2 /**< `mc_cpu_caps` index: CPUID 0x80860001 (Transmeta). */
#define MC_CAPS_LINUX	3 /**< `mc_cpu_caps` index: flags that Linux synthesises. */
#define MC_CAPS_STD_ECX	4 /**< `mc_cpu_caps` index: CPUID 0x00000001, ECX. */
#define MC_CAPS_VIA	5 /**< `mc_cpu_caps` index: CPUID 0xc0000001 (VIA). */
#define MC_CAPS_AMD_ECX	6 /**< `mc_cpu_caps` index: CPUID 0x80000001, ECX. */

#ifndef __ASSEMBLER__
/** Identity and topology of one online physical CPU. */
struct mcinfo_logical_cpu {
    uint32_t mc_cpunr;           /**< OUT: Xen's number for the CPU. */
    uint32_t mc_chipid;          /**< OUT: physical package. */
    uint16_t mc_coreid;          /**< OUT: core within the package. */
    uint16_t mc_threadid;        /**< OUT: hardware thread within the core. */
    uint32_t mc_apicid;          /**< OUT: APIC id. */
    /** OUT: the initial APIC id reported by CPUID leaf 1 (EBX bits 31:24). */
    uint32_t mc_clusterid;
    uint32_t mc_ncores;          /**< OUT: cores in the package. */
    uint32_t mc_ncores_active;   /**< OUT: cores of the package in use. */
    uint32_t mc_nthreads;        /**< OUT: threads per core. */
    int32_t mc_cpuid_level;      /**< OUT: highest standard CPUID leaf. */
    uint32_t mc_family;          /**< OUT: processor family. */
    uint32_t mc_vendor;          /**< OUT: vendor, numbered as Linux's X86_VENDOR_* constants. */
    uint32_t mc_model;           /**< OUT: model. */
    uint32_t mc_step;            /**< OUT: stepping. */
    char mc_vendorid[16];        /**< OUT: the CPUID vendor string, NUL-padded. */
    char mc_brandid[64];         /**< OUT: the CPUID brand string, NUL-padded. */
    uint32_t mc_cpu_caps[MC_NCAPS]; /**< OUT: feature words (MC_CAPS_* give the index of each). */
    uint32_t mc_cache_size;      /**< OUT: size of the largest cache, in KiB. */
    uint32_t mc_cache_alignment; /**< OUT: cache line size, in bytes. */
    int32_t mc_nmsrvals;         /**< OUT: number of valid entries in `mc_msrvalues`. */
    /** OUT: machine-check MSRs of the CPU, IA32_MCG_CAP first (then the
     *  PPIN, where there is one). */
    xen_mcinfo_msr_t mc_msrvalues[__MC_MSR_ARRAYSIZE];
};
typedef struct mcinfo_logical_cpu xen_mc_logical_cpu_t;
DEFINE_XEN_GUEST_HANDLE(xen_mc_logical_cpu_t);
#endif /* !__ASSEMBLER__ */

/** @} */

/** @defgroup arch_x86_xen_mca_h_ops Operations
 *  @ingroup hdr_arch_x86_xen_mca_h
 *  The `cmd` values of struct xen_mc and their structures.
 *  @{ */

/**
 * @name XEN_MC_fetch
 * Take the oldest record of a queue, or acknowledge a record fetched
 * before so Xen can free it. A record fetched but not acknowledged is
 * returned again by the next fetch.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 1 |
 * | Caller         | a PV control domain; XSM: xsm_do_mca(), XSM_PRIV |
 * | Argument       | struct xen_mc_fetch, in xen_mc.u.mc_fetch |
 * | Returns        | 0, with `flags` and `fetch_id` filled (see below) |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_mca() in xen/arch/x86/cpu/mcheck/mce.c |
 *
 * A fetch returns `flags` XEN_MC_OK with the record in `data` and its
 * `fetch_id`, or XEN_MC_OK | XEN_MC_NODATA and `fetch_id` 0 when the
 * queue is empty. An acknowledgement returns 0 and writes nothing back.
 *
 * Errors:
 * - -XEN_EINVAL: `flags` names neither queue, or both.
 * - -XEN_EINVAL: a fetch (no XEN_MC_ACK) with a null `data` handle.
 * - -XEN_EFAULT: the record could not be written to `data`; `flags` comes
 *   back with XEN_MC_FETCHFAILED and `fetch_id` 0.
 * @{ */
#define XEN_MC_fetch            1

#ifndef __ASSEMBLER__
/** Argument of XEN_MC_fetch. */
struct xen_mc_fetch {
    /**
     * IN: XEN_MC_NONURGENT or XEN_MC_URGENT, plus XEN_MC_ACK to
     * acknowledge an earlier fetch from that queue. OUT: XEN_MC_OK,
     * possibly with XEN_MC_FETCHFAILED or XEN_MC_NODATA.
     */
    uint32_t flags;
    uint32_t _pad0;                 /**< Padding: write zero. */
    /** OUT: identifier of the record returned (0 if none); IN, with
     *  XEN_MC_ACK: the record to acknowledge. */
    uint64_t fetch_id;
    XEN_GUEST_HANDLE(mc_info_t) data; /**< IN: buffer for one record; OUT: filled with it. */
};
typedef struct xen_mc_fetch xen_mc_fetch_t;
DEFINE_XEN_GUEST_HANDLE(xen_mc_fetch_t);
#endif /* !__ASSEMBLER__ */

/** @} */

/**
 * @name XEN_MC_notifydomain
 * Meant to let the hardware domain have Xen tell another domain about an
 * error. Xen 4.22.0 refuses it.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 2 |
 * | Caller         | a PV control domain; XSM: xsm_do_mca(), XSM_PRIV |
 * | Argument       | struct xen_mc_notifydomain, in xen_mc.u.mc_notifydomain |
 * | Returns        | never succeeds |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_mca() in xen/arch/x86/cpu/mcheck/mce.c, which refuses it |
 *
 * Errors:
 * - -XEN_EINVAL: always.
 * @{ */
#define XEN_MC_notifydomain     2

#ifndef __ASSEMBLER__
/** Argument of XEN_MC_notifydomain. */
struct xen_mc_notifydomain {
    uint16_t mc_domid;  /**< IN: the guest that should hear about the error. */
    /** IN: its vCPU to notify, normally the one named in the fetched record. */
    uint16_t mc_vcpuid;
    /** OUT: XEN_MC_OK, XEN_MC_CANNOTHANDLE, XEN_MC_NOTDELIVERED or
     *  XEN_MC_NOMATCH. */
    uint32_t flags;
};
typedef struct xen_mc_notifydomain xen_mc_notifydomain_t;
DEFINE_XEN_GUEST_HANDLE(xen_mc_notifydomain_t);
#endif /* !__ASSEMBLER__ */

/** @} */

/**
 * @name XEN_MC_physcpuinfo
 * Describe the host's online physical CPUs, so that the CPU numbers and
 * APIC ids in records can be interpreted. With a null `info` handle, only
 * the number of CPUs is returned.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 3 |
 * | Caller         | a PV control domain; XSM: xsm_do_mca(), XSM_PRIV |
 * | Argument       | struct xen_mc_physcpuinfo, in xen_mc.u.mc_physcpuinfo |
 * | Returns        | 0, with `ncpus` set (see the member) |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_mca() in xen/arch/x86/cpu/mcheck/mce.c |
 *
 * Errors:
 * - -XEN_EINVAL: `ncpus` is 0 with a non-null `info`.
 * - -XEN_ENOMEM: Xen could not allocate the CPU descriptions.
 * - -XEN_EFAULT: `info` cannot be written (`ncpus` is still updated).
 * @{ */
#define XEN_MC_physcpuinfo 3

#ifndef __ASSEMBLER__
/** Argument of XEN_MC_physcpuinfo. */
struct xen_mc_physcpuinfo {
    /** IN: capacity of `info`, in entries; OUT: the entries written (the
     *  smaller of that and the online CPUs), or with a null `info` the
     *  number of online CPUs. */
    uint32_t ncpus;
    uint32_t _pad0;                              /**< Padding: write zero. */
    /** IN: array to fill, or a null handle; OUT: one entry per online CPU. */
    XEN_GUEST_HANDLE(xen_mc_logical_cpu_t) info;
};
typedef struct xen_mc_physcpuinfo xen_mc_physcpuinfo_t;
#endif /* !__ASSEMBLER__ */

/** @} */

/**
 * @name XEN_MC_msrinject
 * Test facility: load values into the machine-check MSRs of one CPU (or
 * make Xen believe they are there), typically before XEN_MC_mceinject.
 * It taints the hypervisor.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 4 |
 * | Caller         | a PV control domain; XSM: xsm_do_mca(), XSM_PRIV |
 * | Argument       | struct xen_mc_msrinject, in xen_mc.u.mc_msrinject |
 * | Returns        | 0 once the values are in place (at once when `mcinj_count` is 0) |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_mca() in xen/arch/x86/cpu/mcheck/mce.c |
 *
 * Errors:
 * - -XEN_ENODEV: the host has no machine-check banks.
 * - -XEN_EINVAL: `mcinj_cpunr` is not a CPU number of this host.
 * - -XEN_EINVAL: that CPU is offline.
 * - -XEN_ENOENT: that CPU has no banks.
 * - -XEN_EINVAL: with MC_MSRINJ_F_GPADDR, `mcinj_domid` names no domain.
 * - -XEN_EINVAL: with MC_MSRINJ_F_GPADDR, a value's frame has no machine
 *   frame in that domain.
 * - -XEN_EINVAL: an MSR Xen does not inject: anything but MCi_STATUS,
 *   MCi_ADDR or MCi_MISC of one of the target CPU's banks, MCG_STATUS, or
 *   (AMD family 10h on) MC4_MISC1 to MC4_MISC3; on other than AMD CPUs
 *   (Hygon ones included) a bank register needs MC_MSRINJ_F_INTERPOSE.
 *
 * Xen does not refuse a `mcinj_count` above MC_MSRINJ_MAXMSRS; never
 * pass one.
 * @{ */
#define XEN_MC_msrinject    4
/** Capacity of `mcinj_msr`. */
#define MC_MSRINJ_MAXMSRS       8

#ifndef __ASSEMBLER__
/*
 * The domain identifier type of xen.h, declared here too so that this header
 * stands alone without selecting an interface version (see xen-public-base.h).
 */
/** @cond */
#ifndef XEN_HAVE_DOMID_T
#define XEN_HAVE_DOMID_T 1
typedef uint16_t domid_t;
#endif
/** @endcond */

/** Argument of XEN_MC_msrinject. */
struct xen_mc_msrinject {
    uint32_t mcinj_cpunr;     /**< IN: the target physical CPU. */
    uint32_t mcinj_flags;     /**< IN: MC_MSRINJ_F_* bits; bits 16 to 31 are reserved. */
    uint32_t mcinj_count;     /**< IN: number of valid entries in `mcinj_msr`. */
    /** IN: with MC_MSRINJ_F_GPADDR, the domain whose guest-physical
     *  addresses the values are; ignored otherwise. */
    domid_t  mcinj_domid;
    uint16_t _pad0;           /**< Padding: write zero. */
    /** IN: the MSRs and the values to give them. */
    xen_mcinfo_msr_t mcinj_msr[MC_MSRINJ_MAXMSRS];
};
typedef struct xen_mc_msrinject xen_mc_msrinject_t;
#endif /* !__ASSEMBLER__ */

/** `mcinj_flags`: do not write the hardware; Xen's own reads of these MSRs
 *  return the injected values instead. */
#define MC_MSRINJ_F_INTERPOSE   0x1
/** `mcinj_flags`: every value is a guest-physical address in `mcinj_domid`,
 *  which Xen turns into the machine address before injecting it. */
#define MC_MSRINJ_F_GPADDR      0x2

/** @} */

/**
 * @name XEN_MC_mceinject
 * Test facility: raise a machine-check exception on a CPU (on every CPU
 * when Xen is set to broadcast them), which then handles the banks' state
 * as a real error. It taints the hypervisor.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 5 |
 * | Caller         | a PV control domain; XSM: xsm_do_mca(), XSM_PRIV |
 * | Argument       | struct xen_mc_mceinject, in xen_mc.u.mc_mceinject |
 * | Returns        | 0 once the exception has been raised |
 * | Errors         | listed below |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_mca() in xen/arch/x86/cpu/mcheck/mce.c |
 *
 * Errors:
 * - -XEN_ENODEV: the host has no machine-check banks.
 * - -XEN_EINVAL: `mceinj_cpunr` is not a CPU number of this host.
 * - -XEN_EINVAL: that CPU is offline.
 * - -XEN_ENOENT: that CPU has no banks.
 * @{ */
#define XEN_MC_mceinject    5

#ifndef __ASSEMBLER__
/** Argument of XEN_MC_mceinject. */
struct xen_mc_mceinject {
    unsigned int mceinj_cpunr; /**< IN: the target physical CPU. */
};
typedef struct xen_mc_mceinject xen_mc_mceinject_t;
#endif /* !__ASSEMBLER__ */

/** @} */

/** @} */

#ifndef __ASSEMBLER__
/** @defgroup arch_x86_xen_mca_h_inject_v2 Structure of XEN_MC_inject_v2
 *  @ingroup hdr_arch_x86_xen_mca_h
 *  The operation, its number and its flags are toolstack-only and live in
 *  unstable/arch-x86/xen-mca.h. Its structure is defined here because it
 *  is a member of struct xen_mc.
 *  @{ */

#if !defined(XEN_HAVE_XENCTL_BITMAP) && !defined(XEN_PUBLIC_UNSTABLE_XEN_H)
/**
 * Defined once struct xenctl_bitmap and xenctl_bitmap_t exist, whichever
 * header supplied them (this one, or unstable/xen.h): the other then
 * leaves them alone.
 */
#define XEN_HAVE_XENCTL_BITMAP 1

#if defined(__i386__)
/*
 * The bitmap's handle is 64 bits wide for every caller, as in the
 * toolstack's 64-bit handles (unstable/arch-x86/xen-x86_32.h): the pointer
 * shares an 8-byte aligned field with a 64-bit integer.
 */
#if defined(__GNUC__)
#define XEN_MCA_U64_ALIGNED_ uint64_t __attribute__((aligned(8)))
#elif defined(__cplusplus) && __cplusplus >= 201103L
#define XEN_MCA_U64_ALIGNED_ alignas(8) uint64_t
#elif defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
#define XEN_MCA_U64_ALIGNED_ _Alignas(8) uint64_t
#else
#error "xen-public: xenctl_bitmap needs 8-byte alignment on i386: use GCC, Clang, C11 or C++11"
#endif
XEN_EXTENSIONS_BEGIN
/** 64-bit-wide guest handle to `uint8_t` (32-bit x86). */
typedef struct { union { uint8_t *p; XEN_MCA_U64_ALIGNED_ q; }; }
    __guest_handle_64_uint8;
/** 64-bit-wide guest handle to `const uint8_t` (32-bit x86). */
typedef struct { union { const uint8_t *p; XEN_MCA_U64_ALIGNED_ q; }; }
    __guest_handle_64_const_uint8;
XEN_EXTENSIONS_END
#undef XEN_MCA_U64_ALIGNED_
#else
/* The guest handles of xen.h, declared here too (see domid_t above). */
/** @cond */
#ifndef XEN_HAVE_GUEST_HANDLE_UINT8
#define XEN_HAVE_GUEST_HANDLE_UINT8 1
__DEFINE_XEN_GUEST_HANDLE(uint8, uint8_t);
#endif
/** @endcond */
#endif /* __i386__ */

/**
 * A bitmap of CPUs passed by reference; the same structure as the
 * toolstack's (unstable/xen.h), whose description applies. Bit N of byte B
 * stands for CPU 8 * B + N.
 */
struct xenctl_bitmap {
#if defined(__i386__)
    /** IN: buffer of (nr_bits + 7) / 8 bytes holding the bitmap. */
    __guest_handle_64_uint8 bitmap;
#else
    /** IN: buffer of (nr_bits + 7) / 8 bytes holding the bitmap. */
    XEN_GUEST_HANDLE(uint8) bitmap;
#endif
    uint32_t nr_bits;                /**< IN: number of bits the buffer holds. */
};
typedef struct xenctl_bitmap xenctl_bitmap_t;
#endif /* !XEN_HAVE_XENCTL_BITMAP && !XEN_PUBLIC_UNSTABLE_XEN_H */

/** Argument of XEN_MC_inject_v2 (see unstable/arch-x86/xen-mca.h). */
struct xen_mc_inject_v2 {
    /** IN: an XEN_MC_INJECT_TYPE_* value, optionally with XEN_MC_INJECT_CPU_BROADCAST. */
    uint32_t flags;
    /** IN: the target physical CPUs; ignored with XEN_MC_INJECT_CPU_BROADCAST. */
    xenctl_bitmap_t cpumap;
};
typedef struct xen_mc_inject_v2 xen_mc_inject_v2_t;

/** @} */

/** @defgroup arch_x86_xen_mca_h_xen_mc The hypercall argument
 *  @ingroup hdr_arch_x86_xen_mca_h
 *  @{ */

/** Argument of HYPERVISOR_mca: one operation and its data. */
struct xen_mc {
    uint32_t cmd;               /**< IN: the operation, XEN_MC_*. */
    uint32_t interface_version; /**< IN: XEN_MCA_INTERFACE_VERSION. */
    /** IN/OUT: the operation's structure, selected by `cmd`. */
    union {
        xen_mc_fetch_t             mc_fetch;        /**< XEN_MC_fetch. */
        xen_mc_notifydomain_t      mc_notifydomain; /**< XEN_MC_notifydomain. */
        xen_mc_physcpuinfo_t       mc_physcpuinfo;  /**< XEN_MC_physcpuinfo. */
        xen_mc_msrinject_t         mc_msrinject;    /**< XEN_MC_msrinject. */
        xen_mc_mceinject_t         mc_mceinject;    /**< XEN_MC_mceinject. */
        /** XEN_MC_inject_v2 (toolstack-only operation). */
        xen_mc_inject_v2_t         mc_inject_v2;
    } u;
};
typedef struct xen_mc xen_mc_t;
DEFINE_XEN_GUEST_HANDLE(xen_mc_t);

/** @} */
#endif /* !__ASSEMBLER__ */

#endif /* __XEN_PUBLIC_ARCH_X86_MCA_H__ */
