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
 *  Values of `cmd`. All fail with -XEN_ENOSYS since Xen 4.22.
 *  @{ */
#define XENOPROF_init                0 /**< Initialise; argument: struct xenoprof_init. */
#define XENOPROF_reset_active_list   1 /**< Empty the list of active domains. */
#define XENOPROF_reset_passive_list  2 /**< Empty the list of passive domains. */
#define XENOPROF_set_active          3 /**< Add a domain (domid_t) to the active list. */
#define XENOPROF_set_passive         4 /**< Add a passive domain; argument: struct xenoprof_passive. */
#define XENOPROF_reserve_counters    5 /**< Take ownership of the hardware counters. */
#define XENOPROF_counter             6 /**< Program one counter; argument: struct xenoprof_counter. */
#define XENOPROF_setup_events        7 /**< Load the programmed counters into the hardware. */
#define XENOPROF_enable_virq         8 /**< Start delivering VIRQ_XENOPROF. */
#define XENOPROF_start               9 /**< Start sampling. */
#define XENOPROF_stop               10 /**< Stop sampling. */
#define XENOPROF_disable_virq       11 /**< Stop delivering VIRQ_XENOPROF. */
#define XENOPROF_release_counters   12 /**< Give the hardware counters back. */
#define XENOPROF_shutdown           13 /**< End the profiling session. */
#define XENOPROF_get_buffer         14 /**< Obtain the sample buffers; argument: struct xenoprof_get_buffer. */
#define XENOPROF_set_backtrace      15 /**< Set the call-chain depth recorded with each sample. */

#define XENOPROF_get_ibs_caps       16 /**< Query AMD Instruction-Based Sampling capabilities. */
#define XENOPROF_ibs_counter        17 /**< Program AMD IBS; argument: struct xenoprof_ibs_counter. */
#define XENOPROF_last_op            17 /**< The highest command number. */
/** @} */

/** @defgroup xenoprof_h_buffers Samples and buffers
 *  @ingroup hdr_xenoprof_h
 *  @{ */

#define MAX_OPROF_EVENTS    32 /**< The most counters (events) one session could program. */
#define MAX_OPROF_DOMAINS   25 /**< The most domains one active or passive list could hold. */
#define XENOPROF_CPU_TYPE_SIZE 64 /**< Size of xenoprof_init::cpu_type, in bytes. */

/** One sample. */
struct event_log {
    uint64_t eip;  /**< OUT: sampled instruction pointer, or XENOPROF_ESCAPE_CODE. */
    uint8_t mode;  /**< OUT: where the sample was taken: user, kernel or hypervisor. */
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
    struct event_log event_log[1]; /**< OUT: the ring of samples; really `event_size` entries long. */
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
    char cpu_type[XENOPROF_CPU_TYPE_SIZE]; /**< OUT: NUL-terminated OProfile name of the CPU type. */
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
    uint64_t dispatched_ops; /**< IN: non-zero to count dispatched rather than clock-cycle operations. */
};
typedef struct xenoprof_ibs_counter xenoprof_ibs_counter_t;
DEFINE_XEN_GUEST_HANDLE(xenoprof_ibs_counter_t);

/** @} */

#endif /* __XEN_PUBLIC_XENOPROF_H__ */
