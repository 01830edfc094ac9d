/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Xenoprof: the former system-wide profiling interface built on the
 *        hardware performance counters.
 *
 * Xenoprof let an OProfile-based profiler in dom0 program the physical
 * performance counters and collect samples for the whole system: the
 * hypervisor, the profiling domain itself ("active" domains, which also
 * collected their own samples) and other domains ("passive" domains,
 * whose samples dom0 decoded). Each profiled vCPU had a sample buffer
 * shared with the hypervisor, and VIRQ_XENOPROF announced new samples.
 *
 * Xen 4.22 no longer implements it: HYPERVISOR_xenoprof_op fails with
 * -XEN_ENOSYS on every hypervisor this package describes. The definitions
 * stay so that existing code keeps compiling; new code should use the
 * virtual PMU (pmu.h) instead.
 *
 * Call (historical): `HYPERVISOR_xenoprof_op(cmd, arg)`, with `cmd` a
 * XENOPROF_* command and `arg` a handle to the command's structure, if it
 * has one.
 *
 * Stability: stable (frozen; the hypercall is withdrawn). Callers:
 * formerly the OProfile support of dom0 kernels.
 */
#ifndef __XEN_PUBLIC_XENOPROF_H__
#define __XEN_PUBLIC_XENOPROF_H__
/* Marks this copy as xen-public's: unstable/xenoprof.h adds its toolstack part
 * only then (another copy of the header, included first, has its own). */
#define XEN_PUBLIC_XENOPROF_H

#include "xen.h"

/** @defgroup hdr_xenoprof_h xenoprof.h
 *  @ingroup xen_core */

/** @defgroup xenoprof_h_cmds Commands
 *  @ingroup hdr_xenoprof_h
 *  Values of `cmd`. Xen 4.22.0 has no handler for HYPERVISOR_xenoprof_op
 *  (xen/include/hypercall-defs.c lists none), so the generated hypercall
 *  dispatch answers every command, from every caller, with -XEN_ENOSYS;
 *  Xen 4.21.0 was the last release to implement them. The blocks
 *  below say what each command was for; the arguments follow in
 *  @ref xenoprof_h_args.
 *  @{ */

/**
 * @name XENOPROF_init
 * Formerly: start a session and learn the counters and CPU type.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 0 |
 * | Caller         | none: Xen 4.22.0 has no xenoprof handler |
 * | Argument       | struct xenoprof_init (OUT) |
 * | Returns        | never succeeds on Xen 4.22.0 |
 * | Errors         | -XEN_ENOSYS from every caller (see the overview) |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | nothing in Xen 4.22.0; the hypercall returns -XEN_ENOSYS |
 * @{ */
#define XENOPROF_init                0
/** @} */

/**
 * @name XENOPROF_reset_active_list, XENOPROF_reset_passive_list
 * Formerly: empty the list of active, or of passive, domains.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 1, 2 |
 * | Caller         | none: Xen 4.22.0 has no xenoprof handler |
 * | Argument       | none |
 * | Returns        | never succeeds on Xen 4.22.0 |
 * | Errors         | -XEN_ENOSYS from every caller (see the overview) |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | nothing in Xen 4.22.0; the hypercall returns -XEN_ENOSYS |
 * @{ */
#define XENOPROF_reset_active_list   1
#define XENOPROF_reset_passive_list  2
/** @} */

/**
 * @name XENOPROF_set_active
 * Formerly: add a domain to the active list.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 3 |
 * | Caller         | none: Xen 4.22.0 has no xenoprof handler |
 * | Argument       | a domid_t (IN) |
 * | Returns        | never succeeds on Xen 4.22.0 |
 * | Errors         | -XEN_ENOSYS from every caller (see the overview) |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | nothing in Xen 4.22.0; the hypercall returns -XEN_ENOSYS |
 * @{ */
#define XENOPROF_set_active          3
/** @} */

/**
 * @name XENOPROF_set_passive
 * Formerly: add a passive domain and map its sample buffers.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 4 |
 * | Caller         | none: Xen 4.22.0 has no xenoprof handler |
 * | Argument       | struct xenoprof_passive (IN/OUT) |
 * | Returns        | never succeeds on Xen 4.22.0 |
 * | Errors         | -XEN_ENOSYS from every caller (see the overview) |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | nothing in Xen 4.22.0; the hypercall returns -XEN_ENOSYS |
 * @{ */
#define XENOPROF_set_passive         4
/** @} */

/**
 * @name XENOPROF_reserve_counters
 * Formerly: take ownership of the hardware counters.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 5 |
 * | Caller         | none: Xen 4.22.0 has no xenoprof handler |
 * | Argument       | none |
 * | Returns        | never succeeds on Xen 4.22.0 |
 * | Errors         | -XEN_ENOSYS from every caller (see the overview) |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | nothing in Xen 4.22.0; the hypercall returns -XEN_ENOSYS |
 * @{ */
#define XENOPROF_reserve_counters    5
/** @} */

/**
 * @name XENOPROF_counter
 * Formerly: program one counter.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 6 |
 * | Caller         | none: Xen 4.22.0 has no xenoprof handler |
 * | Argument       | struct xenoprof_counter (IN) |
 * | Returns        | never succeeds on Xen 4.22.0 |
 * | Errors         | -XEN_ENOSYS from every caller (see the overview) |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | nothing in Xen 4.22.0; the hypercall returns -XEN_ENOSYS |
 * @{ */
#define XENOPROF_counter             6
/** @} */

/**
 * @name XENOPROF_setup_events, XENOPROF_enable_virq, XENOPROF_start
 * Formerly: load the programmed counters into the hardware, start
 * delivering VIRQ_XENOPROF, start sampling.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 7, 8, 9 |
 * | Caller         | none: Xen 4.22.0 has no xenoprof handler |
 * | Argument       | none |
 * | Returns        | never succeeds on Xen 4.22.0 |
 * | Errors         | -XEN_ENOSYS from every caller (see the overview) |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | nothing in Xen 4.22.0; the hypercall returns -XEN_ENOSYS |
 * @{ */
#define XENOPROF_setup_events        7
#define XENOPROF_enable_virq         8
#define XENOPROF_start               9
/** @} */

/**
 * @name XENOPROF_stop, XENOPROF_disable_virq, XENOPROF_release_counters, XENOPROF_shutdown
 * Formerly: stop sampling, stop delivering VIRQ_XENOPROF, give the
 * counters back, end the session.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 10, 11, 12, 13 |
 * | Caller         | none: Xen 4.22.0 has no xenoprof handler |
 * | Argument       | none |
 * | Returns        | never succeeds on Xen 4.22.0 |
 * | Errors         | -XEN_ENOSYS from every caller (see the overview) |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | nothing in Xen 4.22.0; the hypercall returns -XEN_ENOSYS |
 * @{ */
#define XENOPROF_stop               10
#define XENOPROF_disable_virq       11
#define XENOPROF_release_counters   12
#define XENOPROF_shutdown           13
/** @} */

/**
 * @name XENOPROF_get_buffer
 * Formerly: map the caller's own sample buffers.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 14 |
 * | Caller         | none: Xen 4.22.0 has no xenoprof handler |
 * | Argument       | struct xenoprof_get_buffer (IN/OUT) |
 * | Returns        | never succeeds on Xen 4.22.0 |
 * | Errors         | -XEN_ENOSYS from every caller (see the overview) |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | nothing in Xen 4.22.0; the hypercall returns -XEN_ENOSYS |
 * @{ */
#define XENOPROF_get_buffer         14
/** @} */

/**
 * @name XENOPROF_set_backtrace
 * Formerly: set the call-chain depth recorded with each sample.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 15 |
 * | Caller         | none: Xen 4.22.0 has no xenoprof handler |
 * | Argument       | the depth, an unsigned long (IN) |
 * | Returns        | never succeeds on Xen 4.22.0 |
 * | Errors         | -XEN_ENOSYS from every caller (see the overview) |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | nothing in Xen 4.22.0; the hypercall returns -XEN_ENOSYS |
 * @{ */
#define XENOPROF_set_backtrace      15
/** @} */

/**
 * @name XENOPROF_get_ibs_caps
 * Formerly: report the AMD Instruction-Based Sampling capabilities.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 16 |
 * | Caller         | none: Xen 4.22.0 has no xenoprof handler |
 * | Argument       | none |
 * | Returns        | never succeeds on Xen 4.22.0 |
 * | Errors         | -XEN_ENOSYS from every caller (see the overview) |
 * | Since          | Xen 4.1.0 |
 * | Implemented by | nothing in Xen 4.22.0; the hypercall returns -XEN_ENOSYS |
 * @{ */
#define XENOPROF_get_ibs_caps       16
/** @} */

/**
 * @name XENOPROF_ibs_counter
 * Formerly: program AMD Instruction-Based Sampling.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 17 |
 * | Caller         | none: Xen 4.22.0 has no xenoprof handler |
 * | Argument       | struct xenoprof_ibs_counter (IN) |
 * | Returns        | never succeeds on Xen 4.22.0 |
 * | Errors         | -XEN_ENOSYS from every caller (see the overview) |
 * | Since          | Xen 4.1.0 |
 * | Implemented by | nothing in Xen 4.22.0; the hypercall returns -XEN_ENOSYS |
 * @{ */
#define XENOPROF_ibs_counter        17
#define XENOPROF_last_op            17 /**< No command: the highest command number. */
/** @} */

/** @} */

/** @defgroup xenoprof_h_buffers Samples and buffers
 *  @ingroup hdr_xenoprof_h
 *  @{ */

#define MAX_OPROF_EVENTS    32 /**< The most counters (events) one session could program. */
#define MAX_OPROF_DOMAINS   25 /**< The most domains one active or passive list could hold. */
#define XENOPROF_CPU_TYPE_SIZE 64 /**< Size of xenoprof_init::cpu_type, in bytes. */

/** One sample. */
struct event_log {
    /** OUT: sampled instruction pointer, or XENOPROF_ESCAPE_CODE. */
    uint64_t eip;
    /** OUT: where the sample was taken: user, kernel or hypervisor. */
    uint8_t mode;
    uint8_t event; /**< OUT: index of the counter that overflowed. */
};

/** Instruction-pointer value marking a sample as a special code, not an
 *  address. */
#define XENOPROF_ESCAPE_CODE (~xen_mk_ullong(0))
/** Special code: the start of a call-chain (backtrace) in the samples. */
#define XENOPROF_TRACE_BEGIN 1

/** A vCPU's sample buffer, shared between Xen and the profiling domain. */
struct xenoprof_buf {
    uint32_t event_head;      /**< OUT: index where Xen writes the next sample. */
    uint32_t event_tail;      /**< IN: index of the next sample the domain reads. */
    uint32_t event_size;      /**< OUT: number of entries in `event_log`. */
    uint32_t vcpu_id;         /**< OUT: the vCPU the buffer belongs to. */
    uint64_t xen_samples;     /**< OUT: samples taken in the hypervisor. */
    uint64_t kernel_samples;  /**< OUT: samples taken in guest kernel mode. */
    uint64_t user_samples;    /**< OUT: samples taken in guest user mode. */
    uint64_t lost_samples;    /**< OUT: samples dropped because the buffer was full. */
    /** OUT: the ring of samples; really `event_size` entries long. */
    struct event_log event_log[1];
};
typedef struct xenoprof_buf xenoprof_buf_t;
DEFINE_XEN_GUEST_HANDLE(xenoprof_buf_t);

/** @} */

/** @defgroup xenoprof_h_args Command arguments
 *  @ingroup hdr_xenoprof_h
 *  @{ */

/** Argument of XENOPROF_init. */
struct xenoprof_init {
    int32_t  num_events;  /**< OUT: number of hardware counters. */
    int32_t  is_primary;  /**< OUT: non-zero if the caller is the primary profiler. */
    /** OUT: NUL-terminated OProfile name of the CPU type. */
    char cpu_type[XENOPROF_CPU_TYPE_SIZE];
};
typedef struct xenoprof_init xenoprof_init_t;
DEFINE_XEN_GUEST_HANDLE(xenoprof_init_t);

/** Argument of XENOPROF_get_buffer. */
struct xenoprof_get_buffer {
    int32_t  max_samples; /**< IN: samples each buffer should hold. */
    int32_t  nbuf;        /**< OUT: number of buffers (one per vCPU). */
    int32_t  bufsize;     /**< OUT: size of each buffer, in bytes. */
    uint64_t buf_gmaddr;  /**< OUT: address of the first buffer. */
};
typedef struct xenoprof_get_buffer xenoprof_get_buffer_t;
DEFINE_XEN_GUEST_HANDLE(xenoprof_get_buffer_t);

/** Argument of XENOPROF_counter. */
struct xenoprof_counter {
    uint32_t ind;        /**< IN: counter index. */
    uint64_t count;      /**< IN: events between two samples. */
    uint32_t enabled;    /**< IN: non-zero to use the counter. */
    uint32_t event;      /**< IN: hardware event to count. */
    uint32_t hypervisor; /**< IN: non-zero to count in the hypervisor. */
    uint32_t kernel;     /**< IN: non-zero to count in kernel mode. */
    uint32_t user;       /**< IN: non-zero to count in user mode. */
    uint64_t unit_mask;  /**< IN: event qualifier (unit mask). */
};
typedef struct xenoprof_counter xenoprof_counter_t;
DEFINE_XEN_GUEST_HANDLE(xenoprof_counter_t);

/** Argument of XENOPROF_set_passive. */
typedef struct xenoprof_passive {
    uint16_t domain_id;   /**< IN: the passive domain. */
    int32_t  max_samples; /**< IN: samples each of its buffers should hold. */
    int32_t  nbuf;        /**< OUT: number of buffers. */
    int32_t  bufsize;     /**< OUT: size of each buffer, in bytes. */
    uint64_t buf_gmaddr;  /**< OUT: address of the first buffer. */
} xenoprof_passive_t;
DEFINE_XEN_GUEST_HANDLE(xenoprof_passive_t);

/** Argument of XENOPROF_ibs_counter (AMD Instruction-Based Sampling). */
struct xenoprof_ibs_counter {
    uint64_t op_enabled;     /**< IN: non-zero to sample executed operations. */
    uint64_t fetch_enabled;  /**< IN: non-zero to sample instruction fetches. */
    uint64_t max_cnt_fetch;  /**< IN: fetch sampling period. */
    uint64_t max_cnt_op;     /**< IN: operation sampling period. */
    uint64_t rand_en;        /**< IN: non-zero to randomise the fetch period. */
    /** IN: non-zero to count dispatched rather than clock-cycle operations. */
    uint64_t dispatched_ops;
};
typedef struct xenoprof_ibs_counter xenoprof_ibs_counter_t;
DEFINE_XEN_GUEST_HANDLE(xenoprof_ibs_counter_t);

/** @} */

#endif /* __XEN_PUBLIC_XENOPROF_H__ */
