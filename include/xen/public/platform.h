/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Platform operations: the calls through which dom0 looks after the
 *        physical machine on the hypervisor's behalf.
 *
 * Xen leaves much of the hardware to dom0: dom0's kernel owns ACPI (AML
 * interpretation, processor objects, sleep states), talks to the firmware
 * and manages CPU and memory hotplug, while Xen owns the CPUs, the memory
 * map and the clock. HYPERVISOR_platform_op is where the two meet: dom0
 * sets the wall clock, passes on processor power-management data parsed
 * from ACPI, loads microcode, puts the machine to sleep, calls EFI
 * runtime services through Xen, and reads firmware and CPU information
 * Xen collected at boot.
 *
 * Call: `HYPERVISOR_platform_op(struct xen_platform_op *op)`. `op->cmd`
 * is a XENPF_* command, `op->interface_version` must be
 * XENPF_INTERFACE_VERSION, and `op->u` holds the command's argument; the
 * commands that return data write it back into `op`. Xen serialises
 * platform operations; a call that finds another one running may be
 * restarted transparently.
 *
 * Who may call: every command goes through xsm_platform_op() with
 * XSM_PRIV, so under the default policy only the control domain (usually
 * dom0) may call; an XSM policy may allow others.
 *
 * Errors common to every command, not repeated in the blocks below:
 * - -XEN_EFAULT: `op` cannot be read, or a result cannot be written back
 *   into it;
 * - -XEN_EACCES: `interface_version` is not XENPF_INTERFACE_VERSION;
 * - -XEN_EPERM: the security policy refuses the caller;
 * - -XEN_ENOSYS: unknown command, or one the architecture does not
 *   implement.
 *
 * On Arm only XENPF_settime64 is implemented; everything else is x86.
 * Xen built as a PV shim alone has no platform_op at all.
 *
 * Stability: stable; the commands' layouts are further versioned by
 * XENPF_INTERFACE_VERSION. Callers: dom0 kernels (Linux's Xen ACPI,
 * cpufreq, EFI, MCE and microcode support) and dom0 tools
 * (xen-ucode, xenpm, xen-hptool).
 */
#ifndef __XEN_PUBLIC_PLATFORM_H__
#define __XEN_PUBLIC_PLATFORM_H__
/* Marks this copy as xen-public's: unstable/platform.h adds its toolstack part
 * only then (another copy of the header, included first, has its own). */
#define XEN_PUBLIC_PLATFORM_H

#include "xen.h"

/** @defgroup hdr_platform_h platform.h
 *  @ingroup xen_core */

/** @defgroup platform_h_time Setting the wall clock
 *  @ingroup hdr_platform_h
 *  @{ */

/** Version of the platform-op layouts; the caller puts it in
 *  xen_platform_op::interface_version. */
#define XENPF_INTERFACE_VERSION 0x03000001

/**
 * @name XENPF_settime32
 * Set the wall clock so that, at the given Xen system time, it reads the
 * given time since 1970-01-01 00:00:00 UTC. Superseded by
 * XENPF_settime64, whose seconds do not run out in 2106.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 17 |
 * | Caller         | the control domain; XSM: xsm_platform_op(), XSM_PRIV |
 * | Argument       | struct xenpf_settime32 (`u.settime32`) |
 * | Returns        | 0 |
 * | Errors         | only the common ones |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.6.0 |
 * | Implemented by | do_platform_op() in xen/arch/x86/platform_hypercall.c |
 *
 * The number is older than the name: before interface 0x00040600 it was
 * XENPF_settime, which Xen 3.0.1 to 4.0.0 already had.
 * @{ */
#define XENPF_settime32           17
/** Argument of XENPF_settime32. */
struct xenpf_settime32 {
    uint32_t secs;        /**< IN: seconds since the epoch. */
    uint32_t nsecs;       /**< IN: nanoseconds to add. */
    /** IN: the Xen system time (ns since boot) at which the clock reads
     *  that value. */
    uint64_t system_time;
};
typedef struct xenpf_settime32 xenpf_settime32_t;
/** @} */

/**
 * @name XENPF_settime64
 * As XENPF_settime32, with 64-bit seconds.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 62 |
 * | Caller         | the control domain; XSM: xsm_platform_op(), XSM_PRIV |
 * | Argument       | struct xenpf_settime64 (`u.settime64`) |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Since          | Xen 4.6.0 |
 * | Implemented by | do_platform_op() in xen/arch/x86/ and xen/arch/arm/platform_hypercall.c |
 *
 * Errors:
 * - -XEN_EINVAL: `mbz` is not zero.
 *
 * On Arm, Xen adds the caller's own wall-clock offset (the one its
 * toolstack set for it) to `system_time` before setting the clock.
 * @{ */
#define XENPF_settime64           62
/** Argument of XENPF_settime64. */
struct xenpf_settime64 {
    uint64_t secs;        /**< IN: seconds since the epoch. */
    uint32_t nsecs;       /**< IN: nanoseconds to add. */
    uint32_t mbz;         /**< Reserved: write zero; Xen refuses any other value (-XEN_EINVAL). */
    /** IN: the Xen system time (ns since boot) at which the clock reads
     *  that value. */
    uint64_t system_time;
};
typedef struct xenpf_settime64 xenpf_settime64_t;
/** @} */

#if __XEN_INTERFACE_VERSION__ < 0x00040600
/** The "set time" command of the selected interface: XENPF_settime32
 *  before interface 0x00040600. */
#define XENPF_settime XENPF_settime32
/** The argument of XENPF_settime: struct xenpf_settime32 before
 *  interface 0x00040600. */
#define xenpf_settime xenpf_settime32
#else
/** The "set time" command of the selected interface: XENPF_settime64. */
#define XENPF_settime XENPF_settime64
/** The argument of XENPF_settime: struct xenpf_settime64. */
#define xenpf_settime xenpf_settime64
#endif
/** The argument of XENPF_settime as a type: xenpf_settime32_t or xenpf_settime64_t. */
typedef struct xenpf_settime xenpf_settime_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_settime_t);

/** @} */

/** @defgroup platform_h_mtrr Memory types (x86 MTRRs)
 *  @ingroup hdr_platform_h
 *  Lets dom0 (e.g. a graphics driver) set the cache type of a physical
 *  range through the variable-range MTRRs that Xen owns.
 *  @{ */

/**
 * @name XENPF_add_memtype
 * Give the machine frames `mfn` .. `mfn + nr_mfns - 1` the memory type
 * `type`, using a variable MTRR.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 31 |
 * | Caller         | the control domain; XSM: xsm_platform_op(), XSM_PRIV |
 * | Argument       | struct xenpf_add_memtype (`u.add_memtype`) |
 * | Returns        | 0, with `handle` and `reg` filled in |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | mtrr_add_page() in xen/arch/x86/cpu/mtrr/main.c |
 *
 * Errors:
 * - -XEN_ENXIO: the CPU has no MTRRs.
 * - -XEN_EINVAL: `mfn` is not aligned to the range's size, or the size is
 *   not a power of two.
 * - -XEN_EINVAL: `type` is 7 or above.
 * - -XEN_EOPNOTSUPP: `type` is write-combining (1) and the CPU lacks it.
 * - -XEN_EINVAL: `nr_mfns` is 0, or the range reaches beyond the CPU's
 *   physical address width.
 * - -XEN_EINVAL: the range overlaps an MTRR whose type does not go with
 *   `type`.
 * - -XEN_ENOSPC: no variable MTRR is free.
 *
 * A range lying inside an MTRR of the same type reuses that MTRR and
 * counts one more user of it.
 * @{ */
#define XENPF_add_memtype         31
/** Argument of XENPF_add_memtype. */
struct xenpf_add_memtype {
    xen_pfn_t mfn;    /**< IN: first machine frame. */
    uint64_t nr_mfns; /**< IN: number of frames. */
    uint32_t type;    /**< IN: x86 MTRR memory type (0 UC, 1 WC, 4 WT, 5 WP, 6 WB). */
    uint32_t handle;  /**< OUT: token for XENPF_del_memtype (currently always 0). */
    uint32_t reg;     /**< OUT: index of the MTRR used. */
};
typedef struct xenpf_add_memtype xenpf_add_memtype_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_add_memtype_t);
/** @} */

/**
 * @name XENPF_del_memtype
 * Undo one XENPF_add_memtype on an MTRR. A range added several times
 * stays until it has been deleted as often.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 32 |
 * | Caller         | the control domain; XSM: xsm_platform_op(), XSM_PRIV |
 * | Argument       | struct xenpf_del_memtype (`u.del_memtype`) |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | mtrr_del_page() in xen/arch/x86/cpu/mtrr/main.c |
 *
 * Errors:
 * - -XEN_EINVAL: `handle` is not 0, or `reg` has its top bit set.
 * - -XEN_ENXIO: the CPU has no MTRRs.
 * - -XEN_EINVAL: `reg` is beyond the CPU's variable MTRRs, or that MTRR
 *   is not in use.
 * @{ */
#define XENPF_del_memtype         32
/** Argument of XENPF_del_memtype. */
struct xenpf_del_memtype {
    uint32_t handle; /**< IN: the `handle` XENPF_add_memtype returned, i.e. 0. */
    uint32_t reg;    /**< IN: the MTRR index XENPF_add_memtype returned. */
};
typedef struct xenpf_del_memtype xenpf_del_memtype_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_del_memtype_t);
/** @} */

/**
 * @name XENPF_read_memtype
 * Read the range and type of one variable MTRR.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 33 |
 * | Caller         | the control domain; XSM: xsm_platform_op(), XSM_PRIV |
 * | Argument       | struct xenpf_read_memtype (`u.read_memtype`) |
 * | Returns        | 0, with the OUT fields filled in |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_platform_op() in xen/arch/x86/platform_hypercall.c |
 *
 * Errors:
 * - -XEN_EINVAL: `reg` is beyond the CPU's variable MTRRs (every value,
 *   on a CPU without MTRRs).
 * @{ */
#define XENPF_read_memtype        33
/** Argument of XENPF_read_memtype. */
struct xenpf_read_memtype {
    uint32_t reg;     /**< IN: MTRR index. */
    xen_pfn_t mfn;    /**< OUT: first machine frame of the range. */
    uint64_t nr_mfns; /**< OUT: number of frames; 0 if the MTRR is unused. */
    uint32_t type;    /**< OUT: memory type. */
};
typedef struct xenpf_read_memtype xenpf_read_memtype_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_read_memtype_t);
/** @} */

/** @} */

/** @defgroup platform_h_ucode Microcode
 *  @ingroup hdr_platform_h
 *  Loading CPU microcode at run time, and reading the revision in use.
 *  @{ */

/**
 * @name XENPF_microcode_update
 * Load microcode on every online CPU. The blob is in the vendor's
 * container format; Xen picks the patch matching the CPUs and applies it
 * only if it is newer than what they run.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 35 |
 * | Caller         | the control domain; XSM: xsm_platform_op(), XSM_PRIV |
 * | Argument       | struct xenpf_microcode_update (`u.microcode`) |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | ucode_update_hcall() in xen/arch/x86/cpu/microcode/core.c |
 *
 * Errors:
 * - -XEN_EOPNOTSUPP: Xen was built without microcode loading
 *   (CONFIG_MICROCODE_LOADING).
 * - -XEN_EINVAL: Xen has no microcode loader for this CPU.
 * - -XEN_ENOMEM: no memory for Xen's copy of the blob.
 * - -XEN_EFAULT: the blob cannot be read.
 * - -XEN_ENOMEM: no memory to move the call to CPU 0.
 * - -XEN_EBUSY: CPUs are being brought on- or offline.
 * - -XEN_EPERM: the first online CPU is not the one Xen prepared to lead
 *   the update.
 * - -XEN_EINVAL or -XEN_ENOMEM: the vendor's parser refuses the blob or
 *   runs out of memory.
 * - -XEN_ENOENT: the blob holds no patch for these CPUs.
 * - -XEN_EEXIST: the patch is not newer than the one already applied.
 * - an error of the load itself: -XEN_EBUSY when the CPUs cannot be
 *   stopped (another stop-machine run is under way) or do not meet in
 *   time, or the vendor loader's (-XEN_EINVAL, -XEN_EEXIST, -XEN_ENXIO,
 *   -XEN_EIO).
 * @{ */
#define XENPF_microcode_update    35
/** Argument of XENPF_microcode_update. */
struct xenpf_microcode_update {
    XEN_GUEST_HANDLE(const_void) data; /**< IN: the microcode blob. */
    uint32_t length;                   /**< IN: its size, in bytes. */
};
typedef struct xenpf_microcode_update xenpf_microcode_update_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_microcode_update_t);
/** @} */

/**
 * @name XENPF_microcode_update2
 * XENPF_microcode_update with flags.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 66 |
 * | Caller         | the control domain; XSM: xsm_platform_op(), XSM_PRIV |
 * | Argument       | struct xenpf_microcode_update2 (`u.microcode2`) |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.20.0 |
 * | Implemented by | ucode_update_hcall() in xen/arch/x86/cpu/microcode/core.c |
 *
 * Errors:
 * - -XEN_EOPNOTSUPP: Xen was built without microcode loading.
 * - -XEN_EINVAL: `flags` has a bit other than XENPF_UCODE_FORCE.
 * - then those of XENPF_microcode_update, in its order; with
 *   XENPF_UCODE_FORCE a patch that is not newer is loaded instead of
 *   refused with -XEN_EEXIST.
 * @{ */
#define XENPF_microcode_update2    66
/** Flag of XENPF_microcode_update2: load the patch even if it is not
 *  newer than the running one. */
#define XENPF_UCODE_FORCE           1
/** Argument of XENPF_microcode_update2. */
struct xenpf_microcode_update2 {
    uint32_t flags;                    /**< IN: XENPF_UCODE_* flags. */
    uint32_t length;                   /**< IN: size of the blob, in bytes. */
    XEN_GUEST_HANDLE(const_void) data; /**< IN: the microcode blob. */
};
typedef struct xenpf_microcode_update2 xenpf_microcode_update2_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_microcode_update2_t);
/** @} */

/**
 * @name XENPF_get_ucode_revision
 * Read the signature and microcode revision of one CPU.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 65 |
 * | Caller         | the control domain; XSM: xsm_platform_op(), XSM_PRIV |
 * | Argument       | struct xenpf_ucode_revision (`u.ucode_revision`) |
 * | Returns        | 0, with the OUT fields filled in |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.18.0 |
 * | Implemented by | do_platform_op() in xen/arch/x86/platform_hypercall.c |
 *
 * Errors:
 * - -XEN_EBUSY: CPUs are being brought on- or offline; retry.
 * - -XEN_ENOENT: `cpu` does not exist or is offline (parked CPUs too).
 * @{ */
#define XENPF_get_ucode_revision 65
/** Argument of XENPF_get_ucode_revision. */
struct xenpf_ucode_revision {
    uint32_t cpu;       /**< IN: Xen's number of the CPU. */
    uint32_t signature; /**< OUT: CPU signature (CPUID leaf 1, EAX). */
    uint32_t pf;        /**< OUT: platform flags (Intel only; 0 otherwise). */
    uint32_t revision;  /**< OUT: microcode revision. */
};
typedef struct xenpf_ucode_revision xenpf_ucode_revision_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_ucode_revision_t);
/** @} */

/** @} */

/** @defgroup platform_h_quirk Platform quirks
 *  @ingroup hdr_platform_h
 *  @{ */

/**
 * @name XENPF_platform_quirk
 * Tell Xen about a quirk of the machine that dom0 detected.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 39 |
 * | Caller         | the control domain; XSM: xsm_platform_op(), XSM_PRIV |
 * | Argument       | struct xenpf_platform_quirk (`u.platform_quirk`) |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_platform_op() in xen/arch/x86/platform_hypercall.c |
 *
 * Errors:
 * - -XEN_EINVAL: `quirk_id` is not a QUIRK_* value.
 * @{ */
#define XENPF_platform_quirk      39
/** Stop balancing IRQs: leave IO-APIC entries on the CPUs they point at. */
#define QUIRK_NOIRQBALANCING      1
/** The IO-APIC's index register does not keep its value (only logged). */
#define QUIRK_IOAPIC_BAD_REGSEL   2
#define QUIRK_IOAPIC_GOOD_REGSEL  3 /**< The IO-APIC's index register behaves (no action). */
/** Argument of XENPF_platform_quirk. */
struct xenpf_platform_quirk {
    uint32_t quirk_id; /**< IN: QUIRK_* value. */
};
typedef struct xenpf_platform_quirk xenpf_platform_quirk_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_platform_quirk_t);
/** @} */

/** @} */

/** @defgroup platform_h_efi EFI runtime services
 *  @ingroup hdr_platform_h
 *  @{ */

/**
 * @name XENPF_efi_runtime_call
 * Have Xen call an EFI runtime service for dom0, which cannot call the
 * firmware itself. The service's EFI status comes back in `status`; the
 * hypercall's own result only says whether the call could be made.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 49 |
 * | Caller         | the control domain; XSM: xsm_platform_op(), XSM_PRIV |
 * | Argument       | struct xenpf_efi_runtime_call (`u.efi_runtime_call`) |
 * | Returns        | 0, then see `status` and the service's OUT fields |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.2.0 |
 * | Implemented by | efi_runtime_call() in xen/common/efi/runtime.c |
 *
 * Errors:
 * - -XEN_ENOSYS: Xen was not booted through EFI (always so when it was
 *   built without EFI support).
 * - -XEN_EOPNOTSUPP: EFI runtime services are not available to Xen.
 * - -XEN_EINVAL: `misc` holds a flag the service does not take.
 * - -XEN_EINVAL: XEN_EFI_query_variable_info with
 *   XEN_EFI_VARINFO_BOOT_SNAPSHOT asks about attributes other than
 *   non-volatile, boot-service and runtime access together (an
 *   append-write bit aside).
 * - -XEN_EOPNOTSUPP: XEN_EFI_query_variable_info without the snapshot
 *   flag, or a capsule service, and the runtime services are older than
 *   EFI 2.0.
 * - -XEN_EFAULT: a variable's name cannot be read while Xen measures it,
 *   or (XEN_EFI_get_next_variable_name) copied; a variable's data cannot
 *   be read (set) or written back (get).
 * - -XEN_ENOMEM: no memory for Xen's copy of a name or of data.
 * - -XEN_EIO: XEN_EFI_get_variable or XEN_EFI_set_variable, and the name
 *   cannot be copied once measured, or changed length meanwhile.
 * - -XEN_EOPNOTSUPP: Xen has no page tables for calling the firmware.
 * - -XEN_ENOSYS: the capsule services (Xen does not implement them) or an
 *   unknown `function`.
 *
 * Xen writes the results back into `op` only when the call returns 0.
 * @{ */
#define XENPF_efi_runtime_call    49

#define XEN_EFI_get_time                      1  /**< GetTime(): `u.get_time`. */
#define XEN_EFI_set_time                      2  /**< SetTime(): `u.set_time`. */
#define XEN_EFI_get_wakeup_time               3  /**< GetWakeupTime(): `u.get_wakeup_time`. */
#define XEN_EFI_set_wakeup_time               4  /**< SetWakeupTime(): `u.set_wakeup_time`. */
/** GetNextHighMonotonicCount(): the result is in `misc`. */
#define XEN_EFI_get_next_high_monotonic_count 5
#define XEN_EFI_get_variable                  6  /**< GetVariable(): `u.get_variable`. */
#define XEN_EFI_set_variable                  7  /**< SetVariable(): `u.set_variable`. */
/** GetNextVariableName(): `u.get_next_variable_name`. */
#define XEN_EFI_get_next_variable_name        8
/** QueryVariableInfo(): `u.query_variable_info`. */
#define XEN_EFI_query_variable_info           9
/** QueryCapsuleCapabilities() (not implemented by Xen). */
#define XEN_EFI_query_capsule_capabilities   10
#define XEN_EFI_update_capsule               11  /**< UpdateCapsule() (not implemented by Xen). */

/** An EFI_TIME value. */
struct xenpf_efi_time {
    uint16_t year;    /**< Year, 1900-9999. */
    uint8_t month;    /**< Month, 1-12. */
    uint8_t day;      /**< Day of the month, 1-31. */
    uint8_t hour;     /**< Hour, 0-23. */
    uint8_t min;      /**< Minute, 0-59. */
    uint8_t sec;      /**< Second, 0-59. */
    uint32_t ns;      /**< Nanoseconds. */
    int16_t tz;       /**< Offset from UTC in minutes, or 2047 for local time. */
    uint8_t daylight; /**< EFI daylight-saving flags. */
};

/** An EFI_GUID value. */
struct xenpf_efi_guid {
    uint32_t data1;    /**< First group. */
    uint16_t data2;    /**< Second group. */
    uint16_t data3;    /**< Third group. */
    uint8_t data4[8];  /**< Last eight bytes. */
};

/** `misc` on return from XEN_EFI_get_time: the clock resets the
 *  nanoseconds to 0 when it is set. */
#define XEN_EFI_GET_TIME_SET_CLEARS_NS 0x00000001
/** `misc` on return from XEN_EFI_get_wakeup_time: the alarm is on. */
#define XEN_EFI_GET_WAKEUP_TIME_ENABLED 0x00000001
/** `misc` on return from XEN_EFI_get_wakeup_time: the alarm has fired. */
#define XEN_EFI_GET_WAKEUP_TIME_PENDING 0x00000002
/** `misc` for XEN_EFI_set_wakeup_time: turn the alarm on (off if clear). */
#define XEN_EFI_SET_WAKEUP_TIME_ENABLE      0x00000001
/** `misc` for XEN_EFI_set_wakeup_time: change only the on/off state,
 *  not the time. */
#define XEN_EFI_SET_WAKEUP_TIME_ENABLE_ONLY 0x00000002
/** Variable attribute: kept across resets. */
#define XEN_EFI_VARIABLE_NON_VOLATILE       0x00000001
/** Variable attribute: accessible during boot services. */
#define XEN_EFI_VARIABLE_BOOTSERVICE_ACCESS 0x00000002
/** Variable attribute: accessible at run time. */
#define XEN_EFI_VARIABLE_RUNTIME_ACCESS     0x00000004
/** `misc` for XEN_EFI_query_variable_info: return the figures Xen
 *  recorded at boot for non-volatile boot-and-runtime variables instead of
 *  calling the firmware. */
#define XEN_EFI_VARINFO_BOOT_SNAPSHOT       0x00000001

/** Argument of XENPF_efi_runtime_call. */
struct xenpf_efi_runtime_call {
    uint32_t function;   /**< IN: XEN_EFI_* service. */
    /** IN/OUT: the service's XEN_EFI_* flags, or for XEN_EFI_get_next_high_monotonic_count, OUT
     *  the count. */
    uint32_t misc;
    xen_ulong_t status;  /**< OUT: EFI status returned by the service. */
    /** The service's arguments and results. */
    union {
        /** XEN_EFI_get_time. */
        struct {
            struct xenpf_efi_time time; /**< OUT: current time. */
            uint32_t resolution;        /**< OUT: clock resolution, in counts per second. */
            /** OUT: clock error rate, in units of 10^-6 parts per million. */
            uint32_t accuracy;
        } get_time;

        struct xenpf_efi_time set_time;        /**< IN: XEN_EFI_set_time: the new time. */
        struct xenpf_efi_time get_wakeup_time; /**< OUT: XEN_EFI_get_wakeup_time: the alarm time. */
        struct xenpf_efi_time set_wakeup_time; /**< IN: XEN_EFI_set_wakeup_time: the alarm time. */

        /** XEN_EFI_get_variable and XEN_EFI_set_variable (`misc` holds the
         *  XEN_EFI_VARIABLE_* attributes: OUT for get, IN for set). */
        struct {
            XEN_GUEST_HANDLE(void) name;       /**< IN: NUL-terminated UCS-2 name. */
            /** IN: size of `data` in bytes; OUT (get): size of the value. */
            xen_ulong_t size;
            XEN_GUEST_HANDLE(void) data;       /**< OUT (get) or IN (set): the value. */
            struct xenpf_efi_guid vendor_guid; /**< IN: vendor GUID of the variable. */
        } get_variable, set_variable;

        /** XEN_EFI_get_next_variable_name. */
        struct {
            /** IN: size of `name` in bytes; OUT: size of the name returned (or needed). */
            xen_ulong_t size;
            /** IN: the previous name (empty to start); OUT: the next one, UCS-2. */
            XEN_GUEST_HANDLE(void) name;
            struct xenpf_efi_guid vendor_guid; /**< IN: the previous GUID; OUT: the next one. */
        } get_next_variable_name;

        /** XEN_EFI_query_variable_info. */
        struct {
            uint32_t attr;              /**< IN: XEN_EFI_VARIABLE_* attributes asked about. */
            uint64_t max_store_size;    /**< OUT: storage for such variables, in bytes. */
            uint64_t remain_store_size; /**< OUT: storage left, in bytes. */
            uint64_t max_size;          /**< OUT: largest single variable, in bytes. */
        } query_variable_info;

        /** XEN_EFI_query_capsule_capabilities. */
        struct {
            XEN_GUEST_HANDLE(void) capsule_header_array; /**< IN: the capsule headers. */
            xen_ulong_t capsule_count;                   /**< IN: number of capsules. */
            /** OUT: largest capsule accepted, in bytes. */
            uint64_t max_capsule_size;
            uint32_t reset_type;                         /**< OUT: reset the update needs. */
        } query_capsule_capabilities;

        /** XEN_EFI_update_capsule. */
        struct {
            XEN_GUEST_HANDLE(void) capsule_header_array; /**< IN: the capsule headers. */
            xen_ulong_t capsule_count;                   /**< IN: number of capsules. */
            /** IN: machine address of the scatter-gather list. */
            uint64_t sg_list;
        } update_capsule;
    } u;
};
typedef struct xenpf_efi_runtime_call xenpf_efi_runtime_call_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_efi_runtime_call_t);
/** @} */

/** @} */

/** @defgroup platform_h_firmware Firmware information
 *  @ingroup hdr_platform_h
 *  @{ */

/**
 * @name XENPF_firmware_info
 * Read information Xen collected from the firmware at boot (BIOS calls
 * made before leaving real mode, or EFI tables).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 50 |
 * | Caller         | the control domain; XSM: xsm_platform_op(), XSM_PRIV |
 * | Argument       | struct xenpf_firmware_info (`u.firmware_info`) |
 * | Returns        | 0, with the member of `u` filled in |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_platform_op() in xen/arch/x86/platform_hypercall.c |
 *
 * Errors:
 * - -XEN_ESRCH: XEN_FW_DISK_INFO or XEN_FW_DISK_MBR_SIGNATURE, and `index`
 *   is not below the number of disks found at boot.
 * - -XEN_EFAULT: XEN_FW_DISK_INFO, and `edd_params` cannot be read or
 *   written.
 * - -XEN_ESRCH: XEN_FW_VBEDDC_INFO, and Xen was built without video
 *   support, `index` is not 0, or no EDID was read at boot.
 * - -XEN_ENOSYS: XEN_FW_EFI_INFO, and Xen was not booted through EFI.
 * - -XEN_EOPNOTSUPP: XEN_FW_EFI_RT_VERSION without EFI runtime services,
 *   or XEN_FW_EFI_VENDOR when the firmware named no vendor.
 * - -XEN_EFAULT: XEN_FW_EFI_VENDOR, and `vendor.name` cannot be written.
 * - -XEN_ESRCH: XEN_FW_EFI_MEM_INFO, and no memory-map entry holds
 *   `mem.addr`; or XEN_FW_EFI_PCI_ROM, and Xen kept no ROM of that device.
 * - -XEN_ENODATA: XEN_FW_EFI_APPLE_PROPERTIES, and there are none.
 * - -XEN_EINVAL: XEN_FW_EFI_INFO with an `index` that is no XEN_FW_EFI_*
 *   item.
 * - -XEN_ESRCH: XEN_FW_KBD_SHIFT_FLAGS, and `index` is not 0.
 * - -XEN_EINVAL: `type` is not a XEN_FW_* value.
 * @{ */
#define XENPF_firmware_info       50
/** `u.disk_info`: a BIOS disk, from INT 13h functions 08h, 41h and 48h; `index` numbers the
 *  disks. */
#define XEN_FW_DISK_INFO          1
/** `u.disk_mbr_signature`: a disk's MBR signature (bytes 0x1b8-0x1bb); `index` numbers the
 *  disks. */
#define XEN_FW_DISK_MBR_SIGNATURE 2
/** `u.vbeddc_info`: the monitor's EDID, from VBE/DDC (INT 10h, AX=4F15h); `index` must be 0. */
#define XEN_FW_VBEDDC_INFO        3
/** `u.efi_info`: EFI information; `index` is a XEN_FW_EFI_* item. */
#define XEN_FW_EFI_INFO           4
#define  XEN_FW_EFI_VERSION        0 /**< XEN_FW_EFI_INFO item: the EFI version, in `version`. */
/** XEN_FW_EFI_INFO item: the configuration table, in `cfg`. */
#define  XEN_FW_EFI_CONFIG_TABLE   1
#define  XEN_FW_EFI_VENDOR         2 /**< XEN_FW_EFI_INFO item: the firmware vendor, in `vendor`. */
/** XEN_FW_EFI_INFO item: type and attributes of the memory-map entry holding `mem.addr`, in
 *  `mem`. */
#define  XEN_FW_EFI_MEM_INFO       3
/** XEN_FW_EFI_INFO item: the runtime services' revision, in `version`. */
#define  XEN_FW_EFI_RT_VERSION     4
/** XEN_FW_EFI_INFO item: a PCI option ROM the firmware kept, in `pci_rom`. */
#define  XEN_FW_EFI_PCI_ROM        5
/** XEN_FW_EFI_INFO item: Apple's device properties, in `apple_properties`. */
#define  XEN_FW_EFI_APPLE_PROPERTIES 6
/** `u.kbd_shift_flags`: the keyboard shift state, from INT 16h function 02h; `index` must be 0. */
#define XEN_FW_KBD_SHIFT_FLAGS    5

/** Argument of XENPF_firmware_info. */
struct xenpf_firmware_info {
    uint32_t type;  /**< IN: XEN_FW_* kind of information. */
    uint32_t index; /**< IN: which item of that kind. */
    /** The information; the member is chosen by `type`. */
    union {
        /** XEN_FW_DISK_INFO. */
        struct {
            uint8_t device;                   /**< OUT: BIOS drive number (DL). */
            uint8_t version;                  /**< OUT: EDD major version (AH of function 41h). */
            /** OUT: EDD interface bitmap (CX of function 41h). */
            uint16_t interface_support;
            /** OUT: highest cylinder (function 08h: CL bits 7-6 and CH). */
            uint16_t legacy_max_cylinder;
            uint8_t legacy_max_head;          /**< OUT: highest head (function 08h: DH). */
            /** OUT: sectors per track (function 08h: CL bits 5-0). */
            uint8_t legacy_sectors_per_track;
            /** IN/OUT: buffer receiving the function 48h parameter block; its first 16-bit word
             *  must hold the buffer's size in bytes. */
            XEN_GUEST_HANDLE(void) edd_params;
        } disk_info;
        /** XEN_FW_DISK_MBR_SIGNATURE. */
        struct {
            uint8_t device;         /**< OUT: BIOS drive number. */
            uint32_t mbr_signature; /**< OUT: the 32-bit signature at offset 0x1b8 of the MBR. */
        } disk_mbr_signature;
        /** XEN_FW_VBEDDC_INFO. */
        struct {
            uint8_t capabilities;        /**< OUT: DDC capabilities (BL of the capability call). */
            uint8_t edid_transfer_time;  /**< OUT: seconds one EDID transfer takes (BH). */
            XEN_GUEST_HANDLE(uint8) edid; /**< OUT: 128-byte buffer receiving the EDID block. */
        } vbeddc_info;
        /** XEN_FW_EFI_INFO; the member is chosen by `index`. */
        union xenpf_efi_info {
            uint32_t version; /**< OUT: XEN_FW_EFI_VERSION or XEN_FW_EFI_RT_VERSION. */
            /** XEN_FW_EFI_CONFIG_TABLE. */
            struct {
                uint64_t addr; /**< OUT: physical address of the EFI_CONFIGURATION_TABLE array. */
                uint32_t nent; /**< OUT: number of entries. */
            } cfg;
            /** XEN_FW_EFI_VENDOR. */
            struct {
                uint32_t revision;           /**< OUT: firmware revision. */
                uint32_t bufsz;              /**< IN: size of `name`, in bytes. */
                XEN_GUEST_HANDLE(void) name; /**< OUT: vendor name, UCS-2, NUL-terminated. */
            } vendor;
            /** XEN_FW_EFI_MEM_INFO. */
            struct {
                uint64_t addr; /**< IN: a physical address. */
                /** IN: length of the range of interest, in bytes; OUT: cut down to what the
                 *  memory-map entry containing `addr` covers from `addr` on. */
                uint64_t size;
                uint64_t attr; /**< OUT: EFI memory attributes. */
                uint32_t type; /**< OUT: EFI memory type. */
            } mem;
            /** XEN_FW_EFI_PCI_ROM. */
            struct {
                uint16_t segment;  /**< IN: PCI segment of the device. */
                uint8_t bus;       /**< IN: bus. */
                uint8_t devfn;     /**< IN: device and function. */
                uint16_t vendor;   /**< IN: vendor ID. */
                uint16_t devid;    /**< IN: device ID. */
                uint64_t address;  /**< OUT: physical address of the ROM image. */
                xen_ulong_t size;  /**< OUT: its size, in bytes. */
            } pci_rom;
            /** XEN_FW_EFI_APPLE_PROPERTIES. */
            struct {
                uint64_t address;  /**< OUT: physical address of the properties. */
                xen_ulong_t size;  /**< OUT: their size, in bytes. */
            } apple_properties;
        } efi_info;

        uint8_t kbd_shift_flags; /**< OUT: XEN_FW_KBD_SHIFT_FLAGS: the BIOS shift-flags byte. */
    } u;
};
typedef struct xenpf_firmware_info xenpf_firmware_info_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_firmware_info_t);
/** @} */

/** @} */

/** @defgroup platform_h_sleep ACPI sleep
 *  @ingroup hdr_platform_h
 *  @{ */

/**
 * @name XENPF_enter_acpi_sleep
 * Put the machine into an ACPI sleep state. Dom0 evaluates the ACPI
 * objects and passes the register values; Xen saves its state and writes
 * them. The call returns after wake-up.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 51 |
 * | Caller         | the control domain; XSM: xsm_platform_op(), XSM_PRIV |
 * | Argument       | struct xenpf_enter_acpi_sleep (`u.enter_acpi_sleep`) |
 * | Returns        | 0 after resuming |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | acpi_enter_sleep(), enter_state() in xen/arch/x86/acpi/power.c |
 *
 * Errors:
 * - -XEN_EOPNOTSUPP: `sleep_state` is 3 (S3) and the firmware gave no
 *   usable wake-up vector.
 * - -XEN_EPERM: with XENPF_ACPI_SLEEP_EXTENDED, the FADT has no sleep
 *   control or sleep status register.
 * - -XEN_EINVAL: with XENPF_ACPI_SLEEP_EXTENDED, `flags` has other bits.
 * - -XEN_ERANGE: with XENPF_ACPI_SLEEP_EXTENDED, `val_a` is above 7, or
 *   `val_b` is above 7 and not 0xff (no type B).
 * - -XEN_EPERM: without it, Xen knows no PM1a control register.
 * - -XEN_EINVAL: without it, `val_b` is not zero and its SLP_EN bit
 *   differs from `val_a`'s.
 * - -XEN_EINVAL: without it, `flags` is not zero.
 * - -XEN_ENOMEM: no memory to move the call to CPU 0.
 * - -XEN_EINVAL: `sleep_state` is 0 or above 5.
 * - -XEN_EBUSY: another sleep is under way.
 * - an error of cpu_down() in xen/common/cpu.c while taking the other
 *   CPUs offline (a subsystem refused to release one).
 * - -XEN_EIO: a device failed to power down.
 * - -XEN_EINVAL: `sleep_state` is 1, 2 or 4; Xen finds that out only
 *   after it has prepared the machine, and then resumes.
 *
 * Under tboot, a failed memory-integrity check on resume from S3 is no
 * error: Xen panics.
 * @{ */
#define XENPF_enter_acpi_sleep    51
/** Flag: use the ACPI 5 reduced-hardware sleep registers; `val_a` and
 *  `val_b` are then sleep types, not PM1 control values. */
#define XENPF_ACPI_SLEEP_EXTENDED 0x00000001
/** Argument of XENPF_enter_acpi_sleep. */
struct xenpf_enter_acpi_sleep {
#if __XEN_INTERFACE_VERSION__ < 0x00040300
    /** IN: value for the PM1a control register (interfaces before 0x00040300). */
    uint16_t pm1a_cnt_val;
    /** IN: value for the PM1b control register (interfaces before 0x00040300). */
    uint16_t pm1b_cnt_val;
#else
    /** IN: PM1a control value, or sleep type A with XENPF_ACPI_SLEEP_EXTENDED. */
    uint16_t val_a;
    /** IN: PM1b control value, or sleep type B with XENPF_ACPI_SLEEP_EXTENDED. */
    uint16_t val_b;
#endif
    uint32_t sleep_state;       /**< IN: the state to enter: N for Sn. */
    uint32_t flags;             /**< IN: XENPF_ACPI_SLEEP_* flags. */
};
typedef struct xenpf_enter_acpi_sleep xenpf_enter_acpi_sleep_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_enter_acpi_sleep_t);
/** @} */

/** @} */

/** @defgroup platform_h_cpufreq Frequency control by dom0
 *  @ingroup hdr_platform_h
 *  Only available when Xen leaves frequency scaling to dom0's kernel
 *  (`cpufreq=dom0-kernel`); otherwise both fail with -XEN_ENOSYS.
 *  @{ */

/**
 * @name XENPF_change_freq
 * Tell Xen that a CPU now runs at a new frequency, so that it rescales
 * its time keeping on that CPU.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 52 |
 * | Caller         | the control domain; XSM: xsm_platform_op(), XSM_PRIV |
 * | Argument       | struct xenpf_change_freq (`u.change_freq`) |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | cpu_frequency_change() in xen/arch/x86/time.c |
 *
 * Errors:
 * - -XEN_ENOSYS: Xen was not told to leave frequency control to dom0
 *   (`cpufreq=dom0-kernel`).
 * - -XEN_EINVAL: `flags` is not zero, or `cpu` is not online.
 * - -XEN_ENOMEM: no memory to move the call to that CPU.
 * - -XEN_EINVAL: `freq` is below 1 MHz.
 * @{ */
#define XENPF_change_freq         52
/** Argument of XENPF_change_freq. */
struct xenpf_change_freq {
    uint32_t flags; /**< IN: no flags are defined: write zero; Xen refuses any other value. */
    uint32_t cpu;   /**< IN: physical CPU. */
    uint64_t freq;  /**< IN: the new frequency, in Hz. */
};
typedef struct xenpf_change_freq xenpf_change_freq_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_change_freq_t);
/** @} */

/**
 * @name XENPF_getidletime
 * Read how long physical CPUs have been idle. For each CPU N set in the
 * bitmap, Xen writes its idle time to `idletime[N]`; CPUs that are not
 * online are cleared from the bitmap on return, and get no entry.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 53 |
 * | Caller         | the control domain; XSM: xsm_platform_op(), XSM_PRIV |
 * | Argument       | struct xenpf_getidletime (`u.getidletime`) |
 * | Returns        | 0, with the OUT fields filled in |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_platform_op() in xen/arch/x86/platform_hypercall.c |
 *
 * Errors:
 * - -XEN_ENOSYS: Xen was not told to leave frequency control to dom0
 *   (`cpufreq=dom0-kernel`).
 * - -XEN_ENOMEM: no memory for Xen's copy of the bitmap.
 * - -XEN_EFAULT: the bitmap cannot be read, or `idletime` or the bitmap
 *   cannot be written.
 * @{ */
#define XENPF_getidletime         53
/** Argument of XENPF_getidletime. */
struct xenpf_getidletime {
    /** IN: CPUs to report on; OUT: those of them that are online. */
    XEN_GUEST_HANDLE(uint8) cpumap_bitmap;
    uint32_t cpumap_nr_cpus;               /**< IN: number of bits in the bitmap. */
    /** OUT: array indexed by CPU number, long enough for every CPU in the bitmap: idle time in
     *  ns since boot. */
    XEN_GUEST_HANDLE(uint64) idletime;
    /** OUT: Xen system time (ns) at which the values were read. */
    uint64_t now;
};
typedef struct xenpf_getidletime xenpf_getidletime_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_getidletime_t);
/** @} */

/** @} */

/** @defgroup platform_h_pminfo Processor power-management data
 *  @ingroup hdr_platform_h
 *  Dom0 evaluates the ACPI processor objects (_CST, _CSD, _PCT, _PSS,
 *  _PPC, _PSD, _PDC, _CPC) and hands the results to Xen, which does the
 *  C-state, P-state and CPPC management itself.
 *  @{ */

/**
 * @name XENPF_set_processor_pminfo
 * Pass one kind of power-management data for one processor. Data of a
 * kind the active cpufreq driver does not use (P-states under a CPPC
 * driver, and the reverse) are accepted and ignored.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 54 |
 * | Caller         | the control domain; XSM: xsm_platform_op(), XSM_PRIV |
 * | Argument       | struct xenpf_set_processor_pminfo (`u.set_pminfo`) |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | set_px_pminfo(), set_cppc_pminfo() in xen/drivers/cpufreq/cpufreq.c |
 *
 * XEN_PM_CX data goes to set_cx_pminfo() in xen/arch/x86/acpi/cpu_idle.c,
 * XEN_PM_PDC to acpi_set_pdc_bits() in xen/drivers/cpufreq/cpufreq.c.
 *
 * Errors:
 * - -XEN_EINVAL: XEN_PM_PX, and `id` is no known ACPI processor ID.
 * - -XEN_ENOMEM: XEN_PM_PX, and no memory for Xen's record of the CPU.
 * - -XEN_EINVAL: XEN_PM_PX with XEN_PX_PCT, and the control and status
 *   registers are in different address spaces.
 * - -XEN_EINVAL: XEN_PM_PX with XEN_PX_PSS, and fewer than 2 P-states.
 * - -XEN_ENOMEM: XEN_PM_PX with XEN_PX_PSS, and no memory for Xen's copy
 *   of `states`.
 * - -XEN_EFAULT: XEN_PM_PX, and `states` cannot be read.
 * - -XEN_EINVAL: XEN_PM_PX with XEN_PX_PSD, and `shared_type` is not a
 *   XEN_CPUPERF_SHARED_TYPE_* value.
 * - XEN_PM_PX with XEN_PX_PPC once the CPU's P-states are set up:
 *   -XEN_ENODEV when the CPU is offline or has no cpufreq policy,
 *   -XEN_EINVAL when `platform_limit` is not below the number of
 *   P-states, else an error of applying the new limit.
 * - XEN_PM_PX with `flags` exactly the four XEN_PX_* bits (the CPU's
 *   P-states are then set up): -XEN_EOPNOTSUPP on a CPU not made by
 *   Intel, AMD or Hygon, else an error of cpufreq_add_cpu().
 * - -XEN_ENOSYS: XEN_PM_CX, and Xen does not manage C-states.
 * - -XEN_EFAULT: XEN_PM_CX, and `states` does not give `count`
 *   accessible entries.
 * - -XEN_EINVAL: XEN_PM_CX, and `id` is no known ACPI processor ID.
 * - -XEN_ENOMEM: XEN_PM_CX, and no memory for Xen's record of the CPU's
 *   idle states.
 * - -XEN_EFAULT: XEN_PM_CX, and an entry of `states` cannot be read.
 * - -XEN_ENOSYS: XEN_PM_TX, and Xen does not manage T-states; otherwise
 *   -XEN_EINVAL, always.
 * - -XEN_EFAULT: XEN_PM_PDC, and the buffer's first two words cannot be
 *   read.
 * - -XEN_EINVAL: XEN_PM_PDC, and the buffer's revision is not 1 or its
 *   count is 0.
 * - -XEN_EFAULT: XEN_PM_PDC, and the capabilities word cannot be read.
 * - -XEN_EINVAL: XEN_PM_PDC, and `id` is neither 0xffffffff (the boot
 *   CPU) nor the ACPI ID of an online CPU.
 * - -XEN_EFAULT: XEN_PM_PDC, and the adjusted capabilities word cannot be
 *   written back.
 * - -XEN_EINVAL: XEN_PM_CPPC, and `id` is no known ACPI processor ID, or
 *   `pad` is not zero.
 * - -XEN_ENOMEM: XEN_PM_CPPC, and no memory for Xen's record of the CPU.
 * - -XEN_EINVAL: XEN_PM_CPPC, and `shared_type` is not
 *   XEN_CPUPERF_SHARED_TYPE_HW, whatever `flags` says.
 * - XEN_PM_CPPC with `flags` exactly both XEN_CPPC_* bits: -XEN_EOPNOTSUPP
 *   on a CPU not made by Intel, AMD or Hygon, else an error of
 *   cpufreq_add_cpu().
 * - -XEN_EINVAL: `type` is not a XEN_PM_* value.
 *
 * cpufreq_add_cpu() is in xen/drivers/cpufreq/cpufreq.c. XEN_PM_CX data
 * are accepted and ignored while Xen idles the CPUs without them
 * (mwait-idle, or Xen's built-in table for recent AMD and Hygon
 * families). Of XEN_PX_PSS data Xen keeps the first it accepts for a CPU
 * and ignores later ones.
 * @{ */
#define XENPF_set_processor_pminfo      54

#define XEN_PROCESSOR_PM_CX 1 /**< Bit for dom0's _PDC negotiation: Xen manages C-states. */
#define XEN_PROCESSOR_PM_PX 2 /**< Bit for dom0's _PDC negotiation: Xen manages P-states. */
#define XEN_PROCESSOR_PM_TX 4 /**< Bit for dom0's _PDC negotiation: Xen manages T-states. */

#define XEN_PM_CX   0 /**< `type`: C-state data (_CST, _CSD) in `u.power`. */
#define XEN_PM_PX   1 /**< `type`: P-state data (_PCT, _PSS, _PPC, _PSD) in `u.perf`. */
#define XEN_PM_TX   2 /**< `type`: T-state data (not supported: -XEN_EINVAL or -XEN_ENOSYS). */
#define XEN_PM_PDC  3 /**< `type`: the _PDC capability buffer, in `u.pdc`. */
#define XEN_PM_CPPC 4 /**< `type`: CPPC data (_CPC, _PSD) in `u.cppc_data`. */

#define XEN_PX_PCT   1 /**< xen_processor_performance::flags: the _PCT registers are valid. */
#define XEN_PX_PSS   2 /**< xen_processor_performance::flags: the _PSS states are valid. */
#define XEN_PX_PPC   4 /**< xen_processor_performance::flags: the _PPC limit is valid. */
#define XEN_PX_PSD   8 /**< xen_processor_performance::flags: the _PSD dependencies are valid. */

#define XEN_CPPC_PSD   (1U << 0) /**< xen_processor_cppc::flags: the _PSD dependencies are valid. */
#define XEN_CPPC_CPC   (1U << 1) /**< xen_processor_cppc::flags: the _CPC values are valid. */

/** An ACPI Generic Address Structure. */
struct xen_power_register {
    uint32_t     space_id;    /**< IN: address space (ACPI GAS encoding). */
    uint32_t     bit_width;   /**< IN: register width, in bits. */
    uint32_t     bit_offset;  /**< IN: offset of the field, in bits. */
    uint32_t     access_size; /**< IN: access size (ACPI GAS encoding). */
    uint64_t     address;     /**< IN: address of the register. */
};

/** A C-state dependency (_CSD). */
struct xen_processor_csd {
    uint32_t    domain;      /**< IN: number of the dependency domain. */
    uint32_t    coord_type;  /**< IN: coordination type. */
    uint32_t    num;         /**< IN: number of processors in the domain. */
};
typedef struct xen_processor_csd xen_processor_csd_t;
DEFINE_XEN_GUEST_HANDLE(xen_processor_csd_t);

/** One C-state (_CST entry). */
struct xen_processor_cx {
    struct xen_power_register  reg; /**< IN: the register that enters the state. */
    uint8_t     type;     /**< IN: C-state number (1 for C1, ...). */
    uint32_t    latency;  /**< IN: worst-case entry plus exit latency, in microseconds. */
    uint32_t    power;    /**< IN: average power consumption, in mW. */
    uint32_t    dpcnt;    /**< IN: number of entries in `dp`. */
    XEN_GUEST_HANDLE(xen_processor_csd_t) dp; /**< IN: dependencies; null if none. */
};
typedef struct xen_processor_cx xen_processor_cx_t;
DEFINE_XEN_GUEST_HANDLE(xen_processor_cx_t);

/** Per-processor C-state flags dom0 derived from ACPI. */
XEN_EXTENSIONS_BEGIN /* bit-fields of type uint32_t */
struct xen_processor_flags {
    uint32_t bm_control:1;       /**< IN: bus-master arbitration control is available. */
    uint32_t bm_check:1;         /**< IN: bus-master activity must be checked before deep states. */
    uint32_t has_cst:1;          /**< IN: the processor has a _CST object. */
    uint32_t power_setup_done:1; /**< IN: dom0 finished setting up the C-states. */
    uint32_t bm_rld_set:1;       /**< IN: bus-master activity wakes the processor from C3. */
};
XEN_EXTENSIONS_END

/** XEN_PM_CX data. */
struct xen_processor_power {
    uint32_t count;                   /**< IN: number of entries in `states`. */
    struct xen_processor_flags flags; /**< IN: the processor's flags. */
    XEN_GUEST_HANDLE(xen_processor_cx_t) states; /**< IN: the C-states. */
};

/** A _PCT register (ACPI Generic Register descriptor). */
struct xen_pct_register {
    uint8_t  descriptor; /**< IN: descriptor type. */
    uint16_t length;     /**< IN: descriptor length. */
    uint8_t  space_id;   /**< IN: address space. */
    uint8_t  bit_width;  /**< IN: register width, in bits. */
    uint8_t  bit_offset; /**< IN: offset of the field, in bits. */
    uint8_t  reserved;   /**< IN: reserved (access size in later ACPI). */
    uint64_t address;    /**< IN: address of the register. */
};

/** One P-state (_PSS entry). */
struct xen_processor_px {
    uint64_t core_frequency;     /**< IN: frequency, in MHz. */
    uint64_t power;              /**< IN: power consumption, in mW. */
    uint64_t transition_latency; /**< IN: worst-case switching latency, in microseconds. */
    /** IN: time bus masters are blocked while switching, in microseconds. */
    uint64_t bus_master_latency;
    uint64_t control;            /**< IN: value to write to the control register. */
    /** IN: value the status register reads once the state is reached. */
    uint64_t status;
};
typedef struct xen_processor_px xen_processor_px_t;
DEFINE_XEN_GUEST_HANDLE(xen_processor_px_t);

/** A _PSD package: the processor's frequency dependencies. */
struct xen_psd_package {
    uint64_t num_entries;    /**< IN: number of entries in the package (5). */
    uint64_t revision;       /**< IN: package revision. */
    uint64_t domain;         /**< IN: number of the dependency domain. */
    uint64_t coord_type;     /**< IN: coordination type (ACPI encoding). */
    uint64_t num_processors; /**< IN: number of processors in the domain. */
};

#define XEN_CPUPERF_SHARED_TYPE_HW   1 /**< Frequency coordination is done by the hardware. */
#define XEN_CPUPERF_SHARED_TYPE_ALL  2 /**< Every processor of a domain must request the change. */
/** Any processor of a domain may change the frequency for all. */
#define XEN_CPUPERF_SHARED_TYPE_ANY  3

/** XEN_PM_PX data. */
struct xen_processor_performance {
    /** IN: XEN_PX_* bits saying which parts are valid. */
    uint32_t flags;
    /** IN: _PPC: index of the highest P-state allowed. */
    uint32_t platform_limit;
    struct xen_pct_register control_register; /**< IN: _PCT control register. */
    struct xen_pct_register status_register;  /**< IN: _PCT status register. */
    uint32_t state_count;                     /**< IN: number of entries in `states`. */
    XEN_GUEST_HANDLE(xen_processor_px_t) states; /**< IN: the P-states, fastest first. */
    struct xen_psd_package domain_info;       /**< IN: _PSD dependencies. */
    uint32_t shared_type;                     /**< IN: XEN_CPUPERF_SHARED_TYPE_* coordination. */
};
typedef struct xen_processor_performance xen_processor_performance_t;
DEFINE_XEN_GUEST_HANDLE(xen_processor_performance_t);

/** XEN_PM_CPPC data. */
struct xen_processor_cppc {
    uint8_t flags;  /**< IN: XEN_CPPC_* bits saying which parts are valid. */
    uint8_t pad[3]; /**< Padding: write zero; Xen refuses any other value (-XEN_EINVAL). */
    /** The _CPC values a CPPC frequency driver needs to start. */
    struct {
        uint32_t highest_perf;          /**< IN: highest performance level. */
        uint32_t nominal_perf;          /**< IN: nominal (sustained) performance level. */
        uint32_t lowest_nonlinear_perf; /**< IN: lowest level with non-linear power savings. */
        uint32_t lowest_perf;           /**< IN: lowest performance level. */
        uint32_t lowest_mhz;            /**< IN: frequency at `lowest_perf`, in MHz. */
        uint32_t nominal_mhz;           /**< IN: frequency at `nominal_perf`, in MHz. */
    } cpc;
    /** IN: XEN_CPUPERF_SHARED_TYPE_* (only ..._HW is accepted). */
    uint32_t shared_type;
    struct xen_psd_package domain_info; /**< IN: _PSD dependencies. */
};
typedef struct xen_processor_cppc xen_processor_cppc_t;

/** Argument of XENPF_set_processor_pminfo. */
struct xenpf_set_processor_pminfo {
    uint32_t id;   /**< IN: ACPI processor ID. */
    uint32_t type; /**< IN: XEN_PM_* kind of data. */
    /** The data; the member is chosen by `type`. */
    union {
        struct xen_processor_power          power;     /**< IN: XEN_PM_CX. */
        struct xen_processor_performance    perf;      /**< IN: XEN_PM_PX. */
        /** IN/OUT: XEN_PM_PDC: the three-word _PDC buffer (revision, count, capabilities); Xen
         *  adjusts the capabilities word. */
        XEN_GUEST_HANDLE(uint32)            pdc;
        xen_processor_cppc_t                cppc_data; /**< IN: XEN_PM_CPPC. */
    } u;
};
typedef struct xenpf_set_processor_pminfo xenpf_set_processor_pminfo_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_set_processor_pminfo_t);
/** @} */

/** @} */

/** @defgroup platform_h_cpu Physical CPUs and memory hotplug
 *  @ingroup hdr_platform_h
 *  @{ */

/**
 * @name XENPF_get_cpuinfo
 * Describe one physical CPU, by Xen's CPU number.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 55 |
 * | Caller         | the control domain; XSM: xsm_platform_op(), XSM_PRIV |
 * | Argument       | struct xenpf_pcpuinfo (`u.pcpu_info`) |
 * | Returns        | 0, with the OUT fields filled in |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | do_platform_op() in xen/arch/x86/platform_hypercall.c |
 *
 * Errors:
 * - -XEN_EBUSY: CPUs are being brought on- or offline; retry.
 *
 * For a number that names no present CPU, only `flags`
 * (XEN_PCPU_FLAGS_INVALID) and `max_present` are written.
 * @{ */
#define XENPF_get_cpuinfo 55
#define XEN_PCPU_FLAGS_ONLINE   1 /**< The CPU is online. */
#define XEN_PCPU_FLAGS_INVALID  2 /**< No CPU has the number asked for. */
/** Argument of XENPF_get_cpuinfo. */
struct xenpf_pcpuinfo {
    uint32_t xen_cpuid;   /**< IN: Xen's CPU number. */
    uint32_t max_present; /**< OUT: highest CPU number present. */
    uint32_t flags;       /**< OUT: XEN_PCPU_FLAGS_* bits. */
    uint32_t apic_id;     /**< OUT: the CPU's APIC ID. */
    uint32_t acpi_id;     /**< OUT: the CPU's ACPI processor ID. */
};
typedef struct xenpf_pcpuinfo xenpf_pcpuinfo_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_pcpuinfo_t);
/** @} */

/**
 * @name XENPF_get_cpu_version
 * Identify one physical CPU. For a CPU that is absent or offline, the
 * identification fields come back zero.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 48 |
 * | Caller         | the control domain; XSM: xsm_platform_op(), XSM_PRIV |
 * | Argument       | struct xenpf_pcpu_version (`u.pcpu_version`) |
 * | Returns        | 0, with the OUT fields filled in |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.2.0 |
 * | Implemented by | do_platform_op() in xen/arch/x86/platform_hypercall.c |
 *
 * Errors:
 * - -XEN_EBUSY: CPUs are being brought on- or offline; retry.
 * @{ */
#define XENPF_get_cpu_version 48
/** Argument of XENPF_get_cpu_version. */
struct xenpf_pcpu_version {
    uint32_t xen_cpuid;   /**< IN: Xen's CPU number. */
    uint32_t max_present; /**< OUT: highest CPU number present. */
    char vendor_id[12];   /**< OUT: CPUID vendor string, not NUL-terminated. */
    uint32_t family;      /**< OUT: CPU family. */
    uint32_t model;       /**< OUT: CPU model. */
    uint32_t stepping;    /**< OUT: CPU stepping. */
};
typedef struct xenpf_pcpu_version xenpf_pcpu_version_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_pcpu_version_t);
/** @} */

/**
 * @name XENPF_cpu_online, XENPF_cpu_offline
 * Bring a present physical CPU online, or take it offline (its vCPUs
 * move elsewhere first). Doing either to a CPU already in that state
 * succeeds.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 56, 57 |
 * | Caller         | the control domain; XSM: xsm_platform_op(), XSM_PRIV |
 * | Argument       | struct xenpf_cpu_ol (`u.cpu_ol`) |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | cpu_up_helper(), cpu_down_helper() in xen/arch/x86/smp.c |
 *
 * Errors of XENPF_cpu_online:
 * - -XEN_EINVAL: `cpuid` is not a present CPU, or Xen's clock source is
 *   the TSC, which rules out adding CPUs.
 * - -XEN_ENOMEM: no memory to move the call to CPU 0.
 * - -XEN_EEXIST: the CPU came online in the meantime.
 * - an error of cpu_up() in xen/common/cpu.c: a subsystem refused the
 *   CPU, or it did not start.
 * - -XEN_EPERM: SMT is off (`smt=0`) and the CPU is a secondary thread;
 *   Xen takes it offline again (and gives that step's error instead if it
 *   fails).
 *
 * Errors of XENPF_cpu_offline:
 * - -XEN_EOPNOTSUPP: `cpuid` is 0.
 * - -XEN_EINVAL: `cpuid` is not a present CPU.
 * - -XEN_ENOMEM: no memory to move the call to CPU 0.
 * - -XEN_EEXIST: the CPU went offline in the meantime.
 * - an error of cpu_down() in xen/common/cpu.c: a subsystem (the
 *   scheduler or CPU pools among them) refused to release the CPU, or
 *   Xen could not stop the machine to take it down (-XEN_EBUSY); Xen
 *   tries a second time after -XEN_EBUSY.
 * @{ */
#define XENPF_cpu_online    56
#define XENPF_cpu_offline   57
/** Argument of XENPF_cpu_online and XENPF_cpu_offline. */
struct xenpf_cpu_ol
{
    uint32_t cpuid; /**< IN: Xen's CPU number. */
};
typedef struct xenpf_cpu_ol xenpf_cpu_ol_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_cpu_ol_t);
/** @} */

/**
 * @name XENPF_cpu_hotadd
 * Make a hot-plugged physical CPU known to Xen, as reported to dom0 by
 * ACPI. The CPU is present but offline afterwards.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 58 |
 * | Caller         | the control domain; XSM: xsm_platform_op(), XSM_PRIV |
 * | Argument       | struct xenpf_cpu_hotadd (`u.cpu_add`) |
 * | Returns        | Xen's number for the CPU (>= 0) |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | cpu_add() in xen/arch/x86/smpboot.c |
 *
 * Errors:
 * - -XEN_EINVAL: `acpi_id` or `apic_id` is beyond what Xen tracks, or
 *   `pxm` is 256 or above.
 * - -XEN_EINVAL: Xen knows the ACPI ID with another APIC ID.
 * - -XEN_EEXIST: Xen knows the ACPI ID with this APIC ID, or already has
 *   a CPU with this APIC ID.
 * - -XEN_ENOSPC: Xen has no CPU number left for it.
 * - -XEN_ENOSPC: NUMA is on and no node can be set up for `pxm`.
 * @{ */
#define XENPF_cpu_hotadd    58
/** Argument of XENPF_cpu_hotadd. */
struct xenpf_cpu_hotadd
{
    uint32_t apic_id; /**< IN: the CPU's APIC ID. */
    uint32_t acpi_id; /**< IN: the CPU's ACPI processor ID. */
    uint32_t pxm;     /**< IN: its ACPI proximity domain. */
};
typedef struct xenpf_cpu_hotadd xenpf_cpu_hotadd_t;
/** @} */

/**
 * @name XENPF_mem_hotadd
 * Give Xen a range of hot-plugged memory reported by ACPI.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 59 |
 * | Caller         | the control domain; XSM: xsm_platform_op(), XSM_PRIV |
 * | Argument       | struct xenpf_mem_hotadd (`u.mem_add`) |
 * | Returns        | 0 |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 3.0.1 to 4.0.0 |
 * | Implemented by | memory_add() in xen/arch/x86/x86_64/mm.c |
 *
 * Errors:
 * - -XEN_EINVAL: the range is empty, lies beyond what the frame table can
 *   cover, does not start and end on a 2 MiB boundary, does not fit
 *   Xen's frame-number compression, covers no whole group of frames Xen
 *   tracks together, overlaps memory Xen already has, or is too small to
 *   hold Xen's own tables for it.
 * - -XEN_EINVAL: no NUMA node can be set up for `pxm` (too many
 *   proximity domains), or no memory block the firmware gave that node
 *   holds the whole range.
 * - -XEN_ENOMEM: no memory for the page tables that map the range, its
 *   frame-table entries or its M2P entries.
 *
 * One failure goes unreported: when the hardware domain's IOMMU page
 * tables are neither shared with its CPU ones nor kept in sync and Xen
 * cannot map the range there, Xen undoes the addition but returns 0.
 * @{ */
#define XENPF_mem_hotadd    59
/** Argument of XENPF_mem_hotadd. */
struct xenpf_mem_hotadd
{
    uint64_t spfn;  /**< IN: first frame of the range. */
    uint64_t epfn;  /**< IN: first frame after the range. */
    uint32_t pxm;   /**< IN: ACPI proximity domain of the range. */
    uint32_t flags; /**< IN: ignored; write zero. */
};
typedef struct xenpf_mem_hotadd xenpf_mem_hotadd_t;
/** @} */

/**
 * @name XENPF_core_parking
 * Set or read how many CPUs are parked (kept offline) to save power, as
 * an ACPI processor aggregator device requests.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 60 |
 * | Caller         | the control domain; XSM: xsm_platform_op(), XSM_PRIV |
 * | Argument       | struct xenpf_core_parking (`u.core_parking`) |
 * | Returns        | 0; for XEN_CORE_PARKING_GET, `idle_nums` |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.2.0 |
 * | Implemented by | core_parking_helper() in xen/common/core_parking.c |
 *
 * Errors:
 * - -XEN_ENOMEM: XEN_CORE_PARKING_SET, and no memory to move the call to
 *   CPU 0.
 * - -XEN_EINVAL: XEN_CORE_PARKING_SET, and Xen has no core-parking policy.
 * - XEN_CORE_PARKING_SET: an error of taking a CPU offline or bringing
 *   one back; the CPUs handled before it stay as they are.
 * - -XEN_EINVAL: `type` is neither XEN_CORE_PARKING_SET nor
 *   XEN_CORE_PARKING_GET.
 * @{ */
#define XENPF_core_parking  60
#define XEN_CORE_PARKING_SET 1 /**< `type`: ask for `idle_nums` parked CPUs. */
#define XEN_CORE_PARKING_GET 2 /**< `type`: read the number of CPUs parked. */
/** Argument of XENPF_core_parking. */
struct xenpf_core_parking {
    uint32_t type;      /**< IN: XEN_CORE_PARKING_SET or XEN_CORE_PARKING_GET. */
    /** IN (SET): CPUs to park, capped at all but one; OUT (GET): CPUs parked. */
    uint32_t idle_nums;
};
typedef struct xenpf_core_parking xenpf_core_parking_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_core_parking_t);
/** @} */

/** @} */

/** @defgroup platform_h_resource Platform resource access
 *  @ingroup hdr_platform_h
 *  @{ */

/**
 * @name XENPF_resource_op
 * Read or write a few platform resources (so far: MSRs that Xen allows
 * dom0 to see, e.g. for power and cache monitoring) on one physical CPU.
 * The entries run in order, without preemption, and stop at the first
 * failure, whose error is stored in that entry's `u.ret`. A read of the
 * TSC MSR returns Xen's scaled system time in ns instead; when it
 * directly follows another read, both are taken together with interrupts
 * off.
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 61 |
 * | Caller         | the control domain; XSM: xsm_platform_op(), XSM_PRIV |
 * | Argument       | struct xenpf_resource_op (`u.resource_op`) |
 * | Returns        | the number of entries that succeeded |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.5.0 |
 * | Implemented by | do_platform_op(), resource_access() in xen/arch/x86/platform_hypercall.c |
 *
 * Errors:
 * - -XEN_EINVAL: `nr_entries` is above 3.
 * - -XEN_ENOMEM: no memory for Xen's copy of the entries.
 * - -XEN_EFAULT: `entries` cannot be read or written back.
 * - -XEN_ENODEV: `cpu` does not exist or is offline (checked only when
 *   the first entry passed the checks below).
 *
 * Errors, per element (in `u.ret` of the entry where the work stopped):
 * - -XEN_EINVAL: `rsvd` is not zero, or `idx` does not fit in 32 bits.
 * - -XEN_EPERM: Xen does not allow that MSR (reads and writes have
 *   separate lists).
 * - -XEN_EOPNOTSUPP: `u.cmd` is not a XEN_RESOURCE_OP_* command.
 * - -XEN_EFAULT: the MSR access faulted.
 *
 * Xen checks every entry before it accesses any; when the first one
 * fails the checks, the call returns 0 and only that entry is written
 * back. Zero entries return 0 at once.
 * @{ */
#define XENPF_resource_op   61

#define XEN_RESOURCE_OP_MSR_READ  0 /**< Entry command: read the MSR `idx` into `val`. */
#define XEN_RESOURCE_OP_MSR_WRITE 1 /**< Entry command: write `val` to the MSR `idx`. */

/** One access of XENPF_resource_op. */
struct xenpf_resource_entry {
    /** Command going in, error coming out. */
    union {
        uint32_t cmd;   /**< IN: XEN_RESOURCE_OP_* command. */
        int32_t  ret;   /**< OUT: the error, in the entry that failed. */
    } u;
    uint32_t rsvd;      /**< Reserved: write zero; Xen refuses any other value (-XEN_EINVAL). */
    uint64_t idx;       /**< IN: the resource (MSR index). */
    uint64_t val;       /**< IN (write) or OUT (read): the value. */
};
typedef struct xenpf_resource_entry xenpf_resource_entry_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_resource_entry_t);

/** Argument of XENPF_resource_op. */
struct xenpf_resource_op {
    uint32_t nr_entries; /**< IN: number of entries (0 does nothing). */
    uint32_t cpu;        /**< IN: physical CPU to access them on. */
    /** IN/OUT: the accesses; written back up to and including the one that failed. */
    XEN_GUEST_HANDLE(xenpf_resource_entry_t) entries;
};
typedef struct xenpf_resource_op xenpf_resource_op_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_resource_op_t);
/** @} */

/** @} */

/** @defgroup platform_h_symbols Hypervisor symbols
 *  @ingroup hdr_platform_h
 *  @{ */

/**
 * @name XENPF_get_symbol
 * Read the hypervisor's symbol table one entry at a time (for profilers
 * such as perf, to resolve addresses inside Xen).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 63 |
 * | Caller         | the control domain; XSM: xsm_platform_op(), XSM_PRIV |
 * | Argument       | struct xenpf_symdata (`u.symdata`) |
 * | Returns        | 0, with the OUT fields filled in |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.6.0 |
 * | Implemented by | xensyms_read() in xen/common/symbols.c |
 *
 * Errors:
 * - -XEN_ERANGE: `symnum` is above the number of symbols.
 * - -XEN_EFAULT: `name` cannot be written.
 * @{ */
#define XENPF_get_symbol   63
/** Argument of XENPF_get_symbol. */
struct xenpf_symdata {
    /** IN: size of `name` in bytes; OUT: size of the symbol's name, NUL included, which may
     *  exceed what was copied. */
    uint32_t namelen;
    /** IN: index of the symbol to read; OUT: index of the next one. At the end of the table it
     *  comes back unchanged, with an empty name. */
    uint32_t symnum;
    XEN_GUEST_HANDLE(char) name; /**< OUT: the name, truncated to `namelen` bytes. */
    uint64_t address; /**< OUT: the symbol's address. */
    char type;        /**< OUT: the symbol's type letter, as nm prints it. */
};
typedef struct xenpf_symdata xenpf_symdata_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_symdata_t);
/** @} */

/** @} */

/** @defgroup platform_h_console Boot console
 *  @ingroup hdr_platform_h
 *  @{ */

/**
 * @name XENPF_get_dom0_console
 * Read the description of the video console Xen set up at boot, for a
 * dom0 that does not get it in start_info (PVH).
 *
 * | Field          | Value |
 * |----------------|-------|
 * | Number         | 64 |
 * | Caller         | the control domain; XSM: xsm_platform_op(), XSM_PRIV |
 * | Argument       | xenpf_dom0_console_t (`u.dom0_console`), OUT |
 * | Returns        | the size of struct dom0_vga_console_info, in bytes |
 * | Errors         | listed below |
 * | Architectures  | x86 only; Arm gives -XEN_ENOSYS |
 * | Since          | Xen 4.18.0 |
 * | Implemented by | fill_console_start_info() in xen/drivers/video/vga.c |
 *
 * Errors:
 * - -XEN_ENODEV: Xen was built without video support (CONFIG_VIDEO).
 *
 * Xen does not check that it set up a console: it hands back what it
 * recorded at boot (all zero when it found no video mode).
 * @{ */
#define XENPF_get_dom0_console 64
/** Argument of XENPF_get_dom0_console: the console description of xen.h. */
typedef struct dom0_vga_console_info xenpf_dom0_console_t;
DEFINE_XEN_GUEST_HANDLE(xenpf_dom0_console_t);
/** @} */

/** @} */

/** @defgroup platform_h_op The platform_op argument
 *  @ingroup hdr_platform_h
 *  @{ */

/** What HYPERVISOR_platform_op points at. */
struct xen_platform_op {
    uint32_t cmd;               /**< IN: XENPF_* command. */
    uint32_t interface_version; /**< IN: XENPF_INTERFACE_VERSION. */
    /** The command's argument; each command's table names the member. */
    union {
        xenpf_settime_t               settime;          /**< XENPF_settime. */
        xenpf_settime32_t             settime32;        /**< XENPF_settime32. */
        xenpf_settime64_t             settime64;        /**< XENPF_settime64. */
        xenpf_add_memtype_t           add_memtype;      /**< XENPF_add_memtype. */
        xenpf_del_memtype_t           del_memtype;      /**< XENPF_del_memtype. */
        xenpf_read_memtype_t          read_memtype;     /**< XENPF_read_memtype. */
        xenpf_microcode_update_t      microcode;        /**< XENPF_microcode_update. */
        xenpf_platform_quirk_t        platform_quirk;   /**< XENPF_platform_quirk. */
        xenpf_efi_runtime_call_t      efi_runtime_call; /**< XENPF_efi_runtime_call. */
        xenpf_firmware_info_t         firmware_info;    /**< XENPF_firmware_info. */
        xenpf_enter_acpi_sleep_t      enter_acpi_sleep; /**< XENPF_enter_acpi_sleep. */
        xenpf_change_freq_t           change_freq;      /**< XENPF_change_freq. */
        xenpf_getidletime_t           getidletime;      /**< XENPF_getidletime. */
        xenpf_set_processor_pminfo_t  set_pminfo;       /**< XENPF_set_processor_pminfo. */
        xenpf_pcpuinfo_t              pcpu_info;        /**< XENPF_get_cpuinfo. */
        xenpf_pcpu_version_t          pcpu_version;     /**< XENPF_get_cpu_version. */
        /** XENPF_cpu_online and XENPF_cpu_offline. */
        xenpf_cpu_ol_t                cpu_ol;
        xenpf_cpu_hotadd_t            cpu_add;          /**< XENPF_cpu_hotadd. */
        xenpf_mem_hotadd_t            mem_add;          /**< XENPF_mem_hotadd. */
        xenpf_core_parking_t          core_parking;     /**< XENPF_core_parking. */
        xenpf_resource_op_t           resource_op;      /**< XENPF_resource_op. */
        xenpf_symdata_t               symdata;          /**< XENPF_get_symbol. */
        xenpf_dom0_console_t          dom0_console;     /**< XENPF_get_dom0_console. */
        xenpf_ucode_revision_t        ucode_revision;   /**< XENPF_get_ucode_revision. */
        xenpf_microcode_update2_t     microcode2;       /**< XENPF_microcode_update2. */
        /** Fixes the union's size at 128 bytes; commands may grow up to it. */
        uint8_t                       pad[128];
    } u;
};
typedef struct xen_platform_op xen_platform_op_t;
DEFINE_XEN_GUEST_HANDLE(xen_platform_op_t);

/** @} */

#endif /* __XEN_PUBLIC_PLATFORM_H__ */
