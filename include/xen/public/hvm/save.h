/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief HVM save records: the format in which Xen hands out, and takes back,
 *        the virtual-hardware state it keeps for an HVM guest.
 *
 * Saving, migrating or checkpointing an HVM guest needs more than its memory
 * and the device model's state: the vCPU registers and the devices Xen
 * emulates itself (interrupt controllers, timers, MTRRs...) live inside the
 * hypervisor. A toolstack fetches them as one buffer with
 * XEN_DOMCTL_gethvmcontext (or a single record with
 * XEN_DOMCTL_gethvmcontext_partial) and loads them into the new domain with
 * XEN_DOMCTL_sethvmcontext.
 *
 * The buffer is a sequence of records. Each starts with a struct
 * hvm_save_descriptor naming its type and instance and giving the length of
 * the body that follows; the body is the structure bound to that type code.
 * A descriptor of type 0 (the END record) and length 0 closes the sequence.
 * Bodies are built from fixed-width fields, each aligned to its size, with
 * sizes that are multiples of 8 bytes, so that 32-bit and 64-bit tools see
 * one layout and, in a buffer that starts 8-byte aligned, every descriptor
 * and body stays 8-byte aligned. The stream always has the layout of the
 * 64-bit hypervisor; the few x86 structures a 32-bit compiler lays out
 * differently say so.
 *
 * This header holds the part common to every architecture: the descriptor,
 * the END record and the macros that bind a short record name (`CPU`,
 * `PIC`...) to its type code and body structure. It then includes the
 * records of the architecture being compiled: arch-x86/hvm/save.h on x86
 * and arch-arm/hvm/save.h on Arm. RISC-V and 64-bit PowerPC define no
 * records of their own, so there only the common part is offered; any
 * other architecture is already refused by xen.h.
 *
 * Because saved images are restored by later hypervisors, a released
 * field never moves or changes meaning. A record that has to grow gains
 * fields at its end (the hypervisor then accepts the older, shorter body
 * and treats the missing tail as zero), is given an explicit conversion
 * from its older form (see DECLARE_HVM_SAVE_TYPE_COMPAT), or is replaced
 * by a record with a new type code.
 *
 * Stability: stable (the records are part of the migration stream, which
 * must stay readable across hypervisor versions). Callers: toolstacks
 * (the save/restore code of libxenctrl and libxenguest, xen-hvmctx),
 * debuggers and introspection tools reading a guest's CPU state.
 */
#ifndef __XEN_PUBLIC_HVM_SAVE_H__
#define __XEN_PUBLIC_HVM_SAVE_H__

#include "../xen.h"

/** @defgroup hdr_hvm_save_h hvm/save.h
 *  @ingroup xen_hvm */

/** @defgroup hvm_save_h_stream Record framing
 *  @ingroup hdr_hvm_save_h
 *  The descriptor that introduces every record, and the record that ends
 *  the sequence.
 *  @{ */

/**
 * Header of one save record, immediately followed by `length` bytes of
 * body. 8 bytes on every architecture.
 */
struct hvm_save_descriptor {
    /** IN/OUT: record type: the HVM_SAVE_CODE() of the body's structure; 0 ends the sequence. */
    uint16_t typecode;
    /** IN/OUT: which copy of the state: the vCPU number for per-vCPU records, the device index
     *  (e.g. 0/1 for the two PICs) otherwise, 0 when there is only one. */
    uint16_t instance;
    uint32_t length;   /**< IN/OUT: size of the body in bytes, descriptor excluded. */
};

XEN_EXTENSIONS_BEGIN /* an empty structure */
/**
 * Body of the END record (type code 0): empty, size 0, so the closing
 * descriptor has a length of 0.
 */
struct hvm_save_end {
    XEN_EMPTY_STRUCT_BODY
};
XEN_EXTENSIONS_END

/** @} */

/** @defgroup hvm_save_h_decl Binding record names to codes and types
 *  @ingroup hdr_hvm_save_h
 *  Each record type has a short name `X` (`END`, `CPU`, `PIC`...). One
 *  DECLARE_HVM_SAVE_TYPE(X, code, type) line ties it to its type code and
 *  body structure by declaring the carrier `struct __HVM_SAVE_TYPE_X`;
 *  HVM_SAVE_TYPE(X), HVM_SAVE_LENGTH(X) and HVM_SAVE_CODE(X) read the
 *  binding back at compile time. The carrier is never instantiated: it only
 *  appears inside `sizeof` and `__typeof__`, so nothing is ever read
 *  through its null pointer.
 *
 *  Carrier layout: member `t` has the body type, member `c` is an array of
 *  `code` chars (so its size is the type code) and member `cpt` is 1 char
 *  long, or 2 when the record also has an older form that the hypervisor
 *  converts on restore.
 *  @{ */

/**
 * Bind the record name @p x to type code @p code and body type @p type:
 * declares `struct __HVM_SAVE_TYPE_<x>`. Use at file scope, followed by a
 * semicolon. A code of 0 (END only) makes a zero-length array, a GNU
 * extension.
 */
#define DECLARE_HVM_SAVE_TYPE(x, code, type) \
    struct __HVM_SAVE_TYPE_ ## x { type t; char c[(code)]; char cpt[1]; }

/**
 * Like DECLARE_HVM_SAVE_TYPE(), for a record the hypervisor also accepts
 * in an older, shorter layout @p ctype, which its routine @p fix upgrades
 * in place on restore. Outside the hypervisor @p ctype and @p fix are not
 * used; the carrier's `cpt` is 2 chars long to mark the record.
 */
#define DECLARE_HVM_SAVE_TYPE_COMPAT(x, code, type, ctype, fix) \
    struct __HVM_SAVE_TYPE_ ## x { type t; char c[(code)]; char cpt[2]; }

#if defined(__GNUC__) || defined(__clang__)
/**
 * The body type of record @p x (e.g. `HVM_SAVE_TYPE(CPU)` is
 * `struct hvm_hw_cpu`), usable wherever a type name is. Needs `__typeof__`
 * (GNU C and C++), C++11 `decltype` or C23 `typeof`; with none of them it
 * is not defined.
 */
#define HVM_SAVE_TYPE(x) __typeof__(((struct __HVM_SAVE_TYPE_ ## x *)0)->t)
#elif defined(__cplusplus) && __cplusplus >= 201103L
#define HVM_SAVE_TYPE(x) decltype(((struct __HVM_SAVE_TYPE_ ## x *)0)->t)
#elif defined(__STDC_VERSION__) && __STDC_VERSION__ >= 202311L
#define HVM_SAVE_TYPE(x) typeof(((struct __HVM_SAVE_TYPE_ ## x *)0)->t)
#endif

/**
 * Size in bytes (a `size_t`) of the body of record @p x: the `length` its
 * descriptor carries, for records of fixed size.
 */
#define HVM_SAVE_LENGTH(x) (sizeof(((struct __HVM_SAVE_TYPE_ ## x *)0)->t))

/**
 * Type code (a `size_t`) of record @p x: the `typecode` of its descriptor.
 * A constant expression (a `case` label, an array size), though not one
 * the preprocessor can evaluate.
 */
#define HVM_SAVE_CODE(x) (sizeof(((struct __HVM_SAVE_TYPE_ ## x *)0)->c))

XEN_EXTENSIONS_BEGIN /* an empty body and a zero-length array */
/** Record END, code 0: the empty body of the descriptor closing a sequence. */
DECLARE_HVM_SAVE_TYPE(END, 0, struct hvm_save_end);
XEN_EXTENSIONS_END

/** @} */

#if defined(__i386__) || defined(__x86_64__)
#include "../arch-x86/hvm/save.h"
#elif defined(__arm__) || defined(__aarch64__)
#include "../arch-arm/hvm/save.h"
#endif
/* RISC-V and 64-bit PowerPC: no architecture records; xen.h rejects others. */

#endif /* __XEN_PUBLIC_HVM_SAVE_H__ */
