/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Shared rings: the request/response queues and the byte-stream
 *        rings that the two ends of a PV device exchange through granted
 *        memory.
 *
 * Almost every paravirtual device (block, network, SCSI, USB, sound, ...)
 * moves its traffic over a ring built with the macros of this header. The
 * frontend (in the guest that uses the device) allocates the ring memory,
 * grants it to the backend (in the domain that owns the real device) and
 * announces it in XenStore; both ends then map the same bytes and signal
 * each other through an event channel. Everything below is what the two
 * ends must agree on so that a driver written from this description alone
 * interoperates with existing ones.
 *
 * @par Fixed-size rings: layout
 * DEFINE_RING_TYPES() builds, from a request and a response structure,
 * the shared ring type `NAME_sring_t`. Its first 64 bytes are a header:
 * four 32-bit indices (`req_prod`, `req_event`, `rsp_prod`, `rsp_event`),
 * a 4-byte area some protocols use for their own flags, and 44 bytes of
 * padding. The rest of the shared memory (normally one 4 KiB page, or
 * 2^n pages for multi-page rings) is an array of slots, each the union of
 * one request and one response. The number of slots, RING_SIZE(), is the
 * largest power of two that fits, so a slot number is an index masked
 * with `RING_SIZE() - 1`.
 *
 * @par Indices
 * Indices are RING_IDX values: 32-bit unsigned counters of messages since
 * the ring was set up. They are free-running: they are never reduced to a
 * slot number when stored, and they wrap from 0xffffffff to 0. Only their
 * differences have meaning: `prod - cons`, computed in RING_IDX arithmetic
 * (modulo 2^32), is the number of messages between them, also across the
 * wrap. Code must never order two indices with `<` or `>`.
 * @par
 * Each end keeps two private indices in its own memory (the "front" and
 * "back" structures generated next to the shared type) and publishes one:
 * | Index          | Owner | Meaning |
 * |----------------|-------|---------|
 * | `req_prod_pvt` | front, private | next slot the frontend fills with a request |
 * | `req_prod`     | front, shared  | requests published so far (the backend may read up to here) |
 * | `req_cons`     | back, private  | next request the backend reads |
 * | `rsp_prod_pvt` | back, private  | next slot the backend fills with a response |
 * | `rsp_prod`     | back, shared   | responses published so far |
 * | `rsp_cons`     | front, private | next response the frontend reads |
 * @par
 * A response is written into the slot of a request that has already been
 * read, so the backend's response producer always trails its request
 * consumer. The frontend may have at most RING_SIZE() requests whose
 * responses it has not consumed; RING_FULL() tells it when to stop.
 *
 * @par Producing
 * Fill the slot `RING_GET_REQUEST(r, r->req_prod_pvt)` and increment
 * `req_prod_pvt`, as often as needed, then publish the batch with
 * RING_PUSH_REQUESTS_AND_CHECK_NOTIFY(): it orders the slot contents
 * before the new producer index (a write barrier), so the peer never sees
 * the index ahead of the data. Responses work the same way from the
 * backend with RING_GET_RESPONSE() and RING_PUSH_RESPONSES_AND_CHECK_NOTIFY().
 *
 * @par Consuming: the check every consumer must make
 * The peer can write anything into the shared indices at any time. A
 * consumer (the backend for requests, the frontend for responses):
 * 1. reads the shared producer index once, into a local variable
 *    (`prod = xen_ring_idx_read(r->sring->req_prod)`), then calls
 *    xen_rmb() so that no slot is read before the index;
 * 2. validates that local copy: `XEN_RING_REQUEST_PROD_INVALID(r, prod)`
 *    (backend) or `XEN_RING_RESPONSE_PROD_INVALID(r, prod)` (frontend). A
 *    true result means no honest peer could have written that value: stop
 *    serving the ring and treat the peer as broken (report, disconnect).
 *    These catch every impossible value: an index too far ahead (more
 *    messages than free slots), one that moved backwards, and one exactly
 *    one past the limit. The older checks RING_REQUEST_PROD_OVERFLOW() and
 *    RING_RESPONSE_PROD_OVERFLOW() test only that the distance from the
 *    oldest slot still in use is at most RING_SIZE(); they miss a producer
 *    index that moved backwards by less than the number of messages read
 *    but not yet answered;
 * 3. processes messages from its private consumer index up to the local
 *    copy (never re-reading the shared index inside the loop), copying each
 *    one out with RING_COPY_REQUEST() / RING_COPY_RESPONSE() before looking
 *    at it, because the peer may rewrite the slot at any moment; then
 *    advances its private consumer index;
 * 4. when nothing is left, calls RING_FINAL_CHECK_FOR_REQUESTS() /
 *    RING_FINAL_CHECK_FOR_RESPONSES() before waiting for an event.
 * @par
 * Whatever the indices hold, RING_GET_REQUEST() and RING_GET_RESPONSE()
 * mask them into the slot array, so a consumer built this way never reads
 * outside the ring; the check decides only whether the peer is still
 * trusted.
 *
 * @par Event thresholds and notification
 * `req_event` and `rsp_event` let a consumer say when it wants to be woken:
 * "signal me once the producer index passes this value". The consumer of a
 * direction writes its event index; the producer reads it. After
 * publishing a batch that moved the producer index from `old` to `new`,
 * the producer signals the event channel exactly when the event index lies
 * in `(old, new]`, i.e. when `(RING_IDX)(new - event) < (RING_IDX)(new -
 * old)`; RING_PUSH_REQUESTS_AND_CHECK_NOTIFY() computes this. A consumer
 * that has drained the ring and is about to sleep sets the event index to
 * its consumer index plus one (wake me for the next message), issues a
 * full barrier, and looks at the producer index once more; this is what
 * RING_FINAL_CHECK_FOR_REQUESTS() does. The two full barriers (producer:
 * publish, then read the event index; consumer: write the event index,
 * then re-read the producer index) guarantee that at least one side sees
 * the other's write, so a message is never left without a wake-up. A
 * consumer wanting batches can instead set the event index further ahead.
 * A fresh ring has both event indices at 1, so the first message signals.
 *
 * @par Byte-stream ("flex") rings
 * Some protocols (PV calls, 9pfs, the console helpers) stream bytes
 * instead of fixed-size messages. DEFINE_XEN_FLEX_RING_AND_INTF() builds
 * the shared index page of such a protocol: `in_cons`, `in_prod` (data
 * from the backend to the frontend), `out_cons`, `out_prod` (frontend to
 * backend), the ring order and the grant references of the data area. The
 * data area holds the `in` ring followed by the `out` ring, each
 * XEN_FLEX_RING_SIZE(order) bytes. The writer of a ring owns its producer
 * index, the reader its consumer index; indices are free-running byte
 * offsets (RING_IDX) and the byte at offset `x` lives at `x & (size - 1)`.
 * A reader reads the peer's producer index once, calls xen_rmb(), checks
 * `XEN_FLEX_RING_IDX_INVALID(prod, cons, size)` (a true result means the
 * peer is broken), computes the bytes available with `NAME_queued()`,
 * copies at most that many out with `NAME_read_packet()`, then publishes
 * its consumer index after xen_mb(). A writer does the same with the
 * peer's consumer index: free space is `size - NAME_queued(prod, cons,
 * size)`; it copies with `NAME_write_packet()`, calls xen_wmb(), then
 * publishes its producer index. The ring order is read from shared memory
 * and must be checked against the protocol's maximum before
 * XEN_FLEX_RING_SIZE() is applied to it.
 *
 * @par What the includer may provide
 * Nothing has to be included first: the fixed-width types, `size_t` and
 * `offsetof` come through xen.h. The memory barriers (xen_mb(),
 * xen_rmb(), xen_wmb()), the accessors of shared indices
 * (xen_ring_idx_read(), xen_ring_idx_write()) and the byte copy of the
 * flex rings (xen_ring_memcpy()) have defaults for GCC and Clang; a kernel
 * or a compiler without GNU builtins defines them before including this
 * header (see @ref io_ring_h_hooks).
 *
 * Stability: stable. Callers: every PV frontend and backend (guest kernels,
 * QEMU, xenstored, the console daemon, libvchan users), and the headers of
 * the individual PV protocols.
 */
#ifndef __XEN_PUBLIC_IO_RING_H__
#define __XEN_PUBLIC_IO_RING_H__

#include "../xen.h"

/** @defgroup hdr_io_ring_h io/ring.h
 *  @ingroup xen_io */

/** @defgroup io_ring_h_types Basic types
 *  @ingroup hdr_io_ring_h
 *  The index type and the flexible-array dimension of PV structures.
 *  @{ */

#if __XEN_INTERFACE_VERSION__ < 0x00041300
/** Dimension written between the brackets of the trailing variable-length
 *  arrays of PV protocol structures. Interfaces before 4.19 used 1 (so
 *  `sizeof` counted one element); 4.19 and later use a true flexible array
 *  member (XEN_FLEX_ARRAY_DIM). */
#define XENPV_FLEX_ARRAY_DIM  1
#else
/** Dimension of the trailing variable-length arrays of PV protocol
 *  structures: a true flexible array member (XEN_FLEX_ARRAY_DIM) from
 *  interface 4.19 on; 1 for older interfaces, where `sizeof` counted one
 *  element. */
#define XENPV_FLEX_ARRAY_DIM  XEN_FLEX_ARRAY_DIM
#endif

/** A ring index: a free-running 32-bit unsigned counter (see the file
 *  description). All index arithmetic is done in this type, modulo 2^32. */
typedef unsigned int RING_IDX;

/** @} */

/** @defgroup io_ring_h_hooks Hooks: barriers, index accessors, byte copy
 *  @ingroup hdr_io_ring_h
 *  Operations the ring macros need from their environment. Each one can be
 *  replaced by defining it before this header is included; otherwise GCC
 *  and Clang get the defaults described here. Other compilers must define
 *  the barriers and, for the flex rings, may define xen_ring_memcpy().
 *  @{ */

/* XEN_RING_TSAN_ is 1 when ThreadSanitizer instruments this unit: GCC says
 * so with __SANITIZE_THREAD__, Clang through __has_feature(thread_sanitizer).
 * ThreadSanitizer does not model stand-alone fences, so under it the
 * defaults below take their ordering from the index accessors (acquire and
 * release) instead. It is undefined again at the end of this group. */
/** @cond XEN_INTERNAL */
#if defined(__SANITIZE_THREAD__)
#define XEN_RING_TSAN_ 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define XEN_RING_TSAN_ 1
#endif
#endif
#ifndef XEN_RING_TSAN_
#define XEN_RING_TSAN_ 0
#endif
/** @endcond */

/**
 * @def xen_mb
 * Full barrier: every earlier load and store of this CPU is visible before
 * any later one. Needed where a store must be ordered before a load (the
 * event-index handshake).
 *
 * Which definition of the three barriers (xen_mb(), xen_rmb(), xen_wmb())
 * a build gets, first match wins:
 * - The includer's own, defined before this header: always kept.
 * - An interface version below 0x00030208: the environment's mb(), rmb()
 *   and wmb() where it defines them (Linux, the BSDs), the names those
 *   versions used.
 * - GCC 4.7 or later and every Clang, without ThreadSanitizer (both define
 *   __ATOMIC_SEQ_CST): __atomic_thread_fence() with seq_cst for xen_mb(),
 *   acquire for xen_rmb() and release for xen_wmb(): the weakest fences
 *   that give each ordering, so on x86 the read and write barriers cost
 *   nothing beyond stopping the compiler from moving accesses across them.
 *   This is the definition shown here.
 * - GCC and Clang under ThreadSanitizer, and GCC before 4.7 (no __atomic
 *   builtins): __sync_synchronize(), a full fence, for all three.
 *   ThreadSanitizer does not warn about it, and the acquire and release
 *   index accessors carry the ordering it checks.
 * - Any other compiler: no definition; the includer must define all three.
 *
 * @def xen_rmb
 * Read barrier: earlier loads complete before later loads (read the
 * producer index, then the slots). Chosen as xen_mb() says.
 *
 * @def xen_wmb
 * Write barrier: earlier stores are visible before later stores (fill the
 * slots, then publish the producer index). Chosen as xen_mb() says.
 */
#if __XEN_INTERFACE_VERSION__ < 0x00030208
#if !defined(xen_mb) && defined(mb)
#define xen_mb()  mb()
#endif
#if !defined(xen_rmb) && defined(rmb)
#define xen_rmb() rmb()
#endif
#if !defined(xen_wmb) && defined(wmb)
#define xen_wmb() wmb()
#endif
#endif

#if defined(__GNUC__) || defined(__clang__)
#if XEN_RING_TSAN_ || !defined(__ATOMIC_SEQ_CST)
#ifndef xen_mb
#define xen_mb()  __sync_synchronize()
#endif
#ifndef xen_rmb
#define xen_rmb() __sync_synchronize()
#endif
#ifndef xen_wmb
#define xen_wmb() __sync_synchronize()
#endif
#else
#ifndef xen_mb
#define xen_mb()  __atomic_thread_fence(__ATOMIC_SEQ_CST)
#endif
#ifndef xen_rmb
#define xen_rmb() __atomic_thread_fence(__ATOMIC_ACQUIRE)
#endif
#ifndef xen_wmb
#define xen_wmb() __atomic_thread_fence(__ATOMIC_RELEASE)
#endif
#endif
#endif

/**
 * @def xen_ring_idx_read
 * Read the shared index @p lv (an lvalue of type RING_IDX) exactly once.
 * The compiler may neither repeat nor drop the load, so a value the peer
 * changes meanwhile cannot be seen twice with two different values.
 *
 * Which definition of the two accessors (this one and
 * xen_ring_idx_write()) a build gets, first match wins:
 * - The includer's own, defined before this header: always kept.
 * - GCC and Clang with the __atomic builtins (GCC 4.7 or later, every
 *   Clang), without ThreadSanitizer: a relaxed atomic load and store. They
 *   compile to a plain 32-bit load and store that the compiler may not
 *   split, repeat or drop; the ordering comes from the barriers. This is
 *   the definition shown here.
 * - The same compilers under ThreadSanitizer: an acquire load and a
 *   release store, which give the ordering in a form it checks (it does not
 *   see the barriers).
 * - Any other compiler, and GCC before 4.7: a volatile load and store,
 *   which the compiler may not repeat or drop either.
 *
 * @def xen_ring_idx_write
 * Write @p v to the shared index @p lv exactly once, as one 32-bit store.
 * Chosen as xen_ring_idx_read() says.
 */
#ifndef xen_ring_idx_read
#if (defined(__GNUC__) || defined(__clang__)) && defined(__ATOMIC_ACQUIRE)
#if XEN_RING_TSAN_
#define xen_ring_idx_read(lv) __atomic_load_n(&(lv), __ATOMIC_ACQUIRE)
#else
#define xen_ring_idx_read(lv) __atomic_load_n(&(lv), __ATOMIC_RELAXED)
#endif
#else
#define xen_ring_idx_read(lv) (*(const volatile RING_IDX *)&(lv))
#endif
#endif

#ifndef xen_ring_idx_write
#if (defined(__GNUC__) || defined(__clang__)) && defined(__ATOMIC_RELEASE)
#if XEN_RING_TSAN_
#define xen_ring_idx_write(lv, v) \
    __atomic_store_n(&(lv), (RING_IDX)(v), __ATOMIC_RELEASE)
#else
#define xen_ring_idx_write(lv, v) \
    __atomic_store_n(&(lv), (RING_IDX)(v), __ATOMIC_RELAXED)
#endif
#else
#define xen_ring_idx_write(lv, v) \
    ((void)(*(volatile RING_IDX *)&(lv) = (RING_IDX)(v)))
#endif
#endif

/**
 * @def XEN_RING_INLINE
 * Storage class of the helper functions of this header (and of the
 * functions DEFINE_XEN_FLEX_RING() generates). The includer may define it
 * first; otherwise, first match wins:
 * - C++ and C99 or later: `static inline`.
 * - GCC and Clang in C89 or C90 mode, where `inline` is not a keyword:
 *   `static __inline__`, their own spelling of it.
 * - Any other compiler in C89 or C90 mode: `static`, which is correct but
 *   may leave unused copies of the helpers.
 */
#ifndef XEN_RING_INLINE
#if defined(__cplusplus) || \
    (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L)
#define XEN_RING_INLINE static inline
#elif defined(__GNUC__) || defined(__clang__)
#define XEN_RING_INLINE static __inline__
#else
#define XEN_RING_INLINE static
#endif
#endif

#ifndef __ASSEMBLER__
/** Copy @p xen_n bytes from @p xen_src to @p xen_dst, one byte at a time;
 *  the fallback of xen_ring_memcpy(). */
XEN_RING_INLINE void xen_ring_copy_bytes(void *xen_dst, const void *xen_src,
                                         size_t xen_n)
{
    unsigned char *xen_d = (unsigned char *)xen_dst;
    const unsigned char *xen_s = (const unsigned char *)xen_src;

    while (xen_n-- > 0)
        *xen_d++ = *xen_s++;
}

/**
 * Copy @p xen_n bytes out of shared memory at @p xen_src into the private
 * object at @p xen_dst, single-read: every byte of the private copy gets
 * its value from one read of the shared byte, and no later use of the
 * private copy reads shared memory again. RING_COPY_REQUEST() and
 * RING_COPY_RESPONSE() give the same guarantee (see RING_COPY_()), and
 * this is the copy they use where the compiler is neither GCC nor Clang.
 *
 * With GCC and Clang: the compiler's memcpy builtin (word and vector
 * moves), then an empty `asm volatile` statement that takes @p xen_dst as
 * an operand and clobbers memory; RING_COPY_() explains why that suffices.
 * Elsewhere: a loop of volatile byte loads, correct but slower.
 */
#if defined(__GNUC__) || defined(__clang__)
XEN_RING_INLINE void xen_ring_copy_from_shared(void *xen_dst,
                                               const void *xen_src,
                                               size_t xen_n)
{
    __builtin_memcpy(xen_dst, xen_src, xen_n);
    __asm__ __volatile__("" : : "r"(xen_dst) : "memory");
}
#else
XEN_RING_INLINE void xen_ring_copy_from_shared(void *xen_dst,
                                               const void *xen_src,
                                               size_t xen_n)
{
    unsigned char *xen_d = (unsigned char *)xen_dst;
    const volatile unsigned char *xen_s =
        (const volatile unsigned char *)xen_src;

    while (xen_n-- > 0)
        *xen_d++ = *xen_s++;
}
#endif

/** Set @p xen_n bytes at @p xen_dst to zero (SHARED_RING_INIT()). */
XEN_RING_INLINE void xen_ring_zero(void *xen_dst, size_t xen_n)
{
    unsigned char *xen_d = (unsigned char *)xen_dst;

    while (xen_n-- > 0)
        *xen_d++ = 0;
}

/** The smaller of two counts (XEN_RING_NR_UNCONSUMED_REQUESTS()). */
XEN_RING_INLINE unsigned int xen_ring_min(unsigned int xen_a,
                                          unsigned int xen_b)
{
    return xen_a < xen_b ? xen_a : xen_b;
}
#endif /* __ASSEMBLER__ */

/**
 * @def xen_ring_memcpy
 * Copy @p n bytes between a private buffer and a flex ring, for the
 * functions DEFINE_XEN_FLEX_RING() generates. The includer may define it
 * first; otherwise:
 * - GCC and Clang: the compiler's memcpy builtin, which needs no
 *   declaration (it may still call the environment's `memcpy`). This is
 *   the definition shown here.
 * - Any other compiler: xen_ring_copy_bytes(), a byte loop.
 */
#ifndef xen_ring_memcpy
#if defined(__GNUC__) || defined(__clang__)
#define xen_ring_memcpy(dst, src, n) ((void)__builtin_memcpy((dst), (src), (n)))
#else
#define xen_ring_memcpy(dst, src, n) xen_ring_copy_bytes((dst), (src), (n))
#endif
#endif

#undef XEN_RING_TSAN_

/** @} */

/** @defgroup io_ring_h_size Ring size computation
 *  @ingroup hdr_io_ring_h
 *  How many slots fit into a given amount of shared memory.
 *  @{ */

/** Largest power of two not above @p x, for @p x below 4 (helper of
 *  __RD32()). */
#define __RD2(x)  (((x) & 0x00000002U) ? 0x2U : ((x) & 0x1U))
/** Largest power of two not above @p x, for @p x below 2^4. */
#define __RD4(x)  (((x) & 0x0000000cU) ? __RD2((x) >> 2) << 2 : __RD2(x))
/** Largest power of two not above @p x, for @p x below 2^8. */
#define __RD8(x)  (((x) & 0x000000f0U) ? __RD4((x) >> 4) << 4 : __RD4(x))
/** Largest power of two not above @p x, for @p x below 2^16. */
#define __RD16(x) (((x) & 0x0000ff00U) ? __RD8((x) >> 8) << 8 : __RD8(x))
/** Largest power of two not above the 32-bit value @p x (0 for 0); an
 *  integer constant expression when @p x is one. */
#define __RD32(x) (((x) & 0xffff0000U) ? __RD16((x) >> 16) << 16 : __RD16(x))

/** Number of slots of a ring named @p _s (the DEFINE_RING_TYPES() name)
 *  in @p _sz bytes of shared memory, as a constant expression: what is
 *  left after the header, in whole slots, rounded down to a power of
 *  two. */
#define __CONST_RING_SIZE(_s, _sz) \
    (__RD32(((_sz) - offsetof(struct _s##_sring, ring)) / \
            sizeof(((struct _s##_sring *)0)->ring[0])))

/** Number of slots of the shared ring @p _s (a pointer to it) occupying
 *  @p _sz bytes; the value the *_RING_INIT and *_RING_ATTACH macros
 *  store. */
#define __RING_SIZE(_s, _sz) \
    (__RD32(((_sz) - (size_t)((const char *)(_s)->ring - \
                              (const char *)(_s))) / sizeof((_s)->ring[0])))

/** @} */

/** @defgroup io_ring_h_define Defining a fixed-size ring
 *  @ingroup hdr_io_ring_h
 *  @{ */

/**
 * Declare the types of a fixed-size ring called @p __name whose requests
 * have type @p __req_t and responses type @p __rsp_t. Use at file scope,
 * followed by a semicolon. It declares:
 *
 * - `union __name##_sring_entry`: one slot, members `req` and `rsp`;
 * - `struct __name##_sring` (typedef `__name##_sring_t`), the shared
 *   memory: `req_prod`, `req_event`, `rsp_prod`, `rsp_event` (RING_IDX,
 *   see the file description), `pvt` (4 bytes for the protocol: the
 *   union of `netif.smartpoll_active`, `tapif_user.msg` and
 *   `pvt_pad[4]`), `__pad[44]` (zero), then `ring[]`, the slots;
 * - `struct __name##_front_ring` (typedef `__name##_front_ring_t`), the
 *   frontend's private state: `req_prod_pvt`, `rsp_cons`, `nr_ents` (the
 *   number of slots) and `sring` (its mapping of the shared memory);
 * - `struct __name##_back_ring` (typedef `__name##_back_ring_t`), the
 *   backend's: `rsp_prod_pvt`, `req_cons`, `nr_ents`, `sring`.
 */
#define DEFINE_RING_TYPES(__name, __req_t, __rsp_t)                     \
XEN_EXTENSIONS_BEGIN                                                    \
union __name##_sring_entry {                                            \
    __req_t req;                                                        \
    __rsp_t rsp;                                                        \
};                                                                      \
                                                                        \
struct __name##_sring {                                                 \
    RING_IDX req_prod, req_event;                                       \
    RING_IDX rsp_prod, rsp_event;                                       \
    union {                                                             \
        struct {                                                        \
            uint8_t smartpoll_active;                                   \
        } netif;                                                        \
        struct {                                                        \
            uint8_t msg;                                                \
        } tapif_user;                                                   \
        uint8_t pvt_pad[4];                                             \
    } pvt;                                                              \
    uint8_t __pad[44];                                                  \
    union __name##_sring_entry ring[XENPV_FLEX_ARRAY_DIM];              \
};                                                                      \
XEN_EXTENSIONS_END                                                      \
                                                                        \
struct __name##_front_ring {                                            \
    RING_IDX req_prod_pvt;                                              \
    RING_IDX rsp_cons;                                                  \
    unsigned int nr_ents;                                               \
    struct __name##_sring *sring;                                       \
};                                                                      \
                                                                        \
struct __name##_back_ring {                                             \
    RING_IDX rsp_prod_pvt;                                              \
    RING_IDX req_cons;                                                  \
    unsigned int nr_ents;                                               \
    struct __name##_sring *sring;                                       \
};                                                                      \
                                                                        \
typedef struct __name##_sring __name##_sring_t;                         \
typedef struct __name##_front_ring __name##_front_ring_t;               \
typedef struct __name##_back_ring __name##_back_ring_t

/** @} */

/** @defgroup io_ring_h_init Setting up and attaching
 *  @ingroup hdr_io_ring_h
 *  The frontend initialises the shared memory, then both ends attach their
 *  private state to it. These macros do no locking and no flow control.
 *  @{ */

/** Initialise the shared ring @p _s (frontend, before granting it): both
 *  producer indices 0, both event indices 1, private area and padding
 *  zero. */
#define SHARED_RING_INIT(_s) do {                                       \
    xen_ring_idx_write((_s)->req_prod, 0);                              \
    xen_ring_idx_write((_s)->rsp_prod, 0);                              \
    xen_ring_idx_write((_s)->req_event, 1);                             \
    xen_ring_idx_write((_s)->rsp_event, 1);                             \
    xen_ring_zero((_s)->pvt.pvt_pad, sizeof((_s)->pvt.pvt_pad));        \
    xen_ring_zero((_s)->__pad, sizeof((_s)->__pad));                    \
} while (0)

/** Attach the frontend state @p _r to the shared ring @p _s of @p _sz
 *  bytes, whose indices currently stand at @p _i (e.g. after a
 *  reconnection that keeps the ring). */
#define FRONT_RING_ATTACH(_r, _s, _i, _sz) do {                         \
    (_r)->req_prod_pvt = (_i);                                          \
    (_r)->rsp_cons = (_i);                                              \
    (_r)->nr_ents = __RING_SIZE(_s, _sz);                               \
    (_r)->sring = (_s);                                                 \
} while (0)

/** Attach the frontend state @p _r to a freshly initialised shared ring
 *  @p _s of @p _sz bytes. */
#define FRONT_RING_INIT(_r, _s, _sz) FRONT_RING_ATTACH(_r, _s, 0, _sz)

/** SHARED_RING_INIT() followed by FRONT_RING_INIT(): what a frontend
 *  normally calls on a new ring. */
#define XEN_FRONT_RING_INIT(r, s, size) do {                            \
    SHARED_RING_INIT(s);                                                \
    FRONT_RING_INIT(r, s, size);                                        \
} while (0)

/** Attach the backend state @p _r to the shared ring @p _s of @p _sz
 *  bytes, whose indices currently stand at @p _i. */
#define BACK_RING_ATTACH(_r, _s, _i, _sz) do {                          \
    (_r)->rsp_prod_pvt = (_i);                                          \
    (_r)->req_cons = (_i);                                              \
    (_r)->nr_ents = __RING_SIZE(_s, _sz);                               \
    (_r)->sring = (_s);                                                 \
} while (0)

/** Attach the backend state @p _r to the shared ring @p _s of @p _sz
 *  bytes, which the frontend initialised. The backend never initialises
 *  the shared memory itself. */
#define BACK_RING_INIT(_r, _s, _sz) BACK_RING_ATTACH(_r, _s, 0, _sz)

/** @} */

/** @defgroup io_ring_h_state Ring state
 *  @ingroup hdr_io_ring_h
 *  Counts derived from the indices. @p _r is a front or back ring.
 *  @{ */

/** Number of slots of the ring @p _r (a power of two). */
#define RING_SIZE(_r)                                                   \
    ((_r)->nr_ents)

/** Frontend only: slots it may still fill, RING_SIZE() minus the requests
 *  whose responses it has not consumed. */
#define RING_FREE_REQUESTS(_r)                                          \
    (RING_SIZE(_r) - (RING_IDX)((_r)->req_prod_pvt - (_r)->rsp_cons))

/** Frontend only: non-zero when no slot is free for a new request. */
#define RING_FULL(_r)                                                   \
    (RING_FREE_REQUESTS(_r) == 0)

/** Frontend: published responses not yet consumed, as the backend's
 *  index claims (RING_IDX; not bounded, see XEN_RING_RESPONSE_PROD_INVALID()). */
#define XEN_RING_NR_UNCONSUMED_RESPONSES(_r)                            \
    ((RING_IDX)(xen_ring_idx_read((_r)->sring->rsp_prod) - (_r)->rsp_cons))

/** Backend: published requests not yet consumed, never more than the
 *  frontend can legitimately have queued (the slots not holding a request
 *  the backend has read but not answered), whatever `req_prod` holds. */
#define XEN_RING_NR_UNCONSUMED_REQUESTS(_r)                             \
    xen_ring_min((RING_IDX)(xen_ring_idx_read((_r)->sring->req_prod) -  \
                            (_r)->req_cons),                            \
                 (RING_IDX)(RING_SIZE(_r) -                             \
                            (RING_IDX)((_r)->req_cons -                 \
                                       (_r)->rsp_prod_pvt)))

#ifdef XEN_RING_HAS_UNCONSUMED_IS_BOOL
#define RING_HAS_UNCONSUMED_RESPONSES(_r) \
    (!!XEN_RING_NR_UNCONSUMED_RESPONSES(_r))
#define RING_HAS_UNCONSUMED_REQUESTS(_r)  \
    (!!XEN_RING_NR_UNCONSUMED_REQUESTS(_r))
#else
/** Frontend: non-zero when a response is waiting. By default this is the
 *  count XEN_RING_NR_UNCONSUMED_RESPONSES(), which old callers rely on;
 *  an includer defining `XEN_RING_HAS_UNCONSUMED_IS_BOOL` gets 1 or 0. */
#define RING_HAS_UNCONSUMED_RESPONSES(_r) XEN_RING_NR_UNCONSUMED_RESPONSES(_r)
/** Backend: non-zero when a request is waiting; the count
 *  XEN_RING_NR_UNCONSUMED_REQUESTS(), or 1 or 0 with
 *  `XEN_RING_HAS_UNCONSUMED_IS_BOOL`. */
#define RING_HAS_UNCONSUMED_REQUESTS(_r)  XEN_RING_NR_UNCONSUMED_REQUESTS(_r)
#endif

/** @} */

/** @defgroup io_ring_h_access Slot access
 *  @ingroup hdr_io_ring_h
 *  @{ */

/** Pointer to the request slot of index @p _idx (any RING_IDX value; it is
 *  masked into the slot array). */
#define RING_GET_REQUEST(_r, _idx)                                      \
    (&((_r)->sring->ring[((_idx) & (RING_SIZE(_r) - 1))].req))

/** Pointer to the response slot of index @p _idx. */
#define RING_GET_RESPONSE(_r, _idx)                                     \
    (&((_r)->sring->ring[((_idx) & (RING_SIZE(_r) - 1))].rsp))

/**
 * Copy the slot of index @p idx, viewed as @p type (REQUEST or RESPONSE),
 * into `*dest`, single-read: what the caller then checks and what it later
 * uses are the same bytes, whatever the peer writes into the slot
 * meanwhile. @p dest must point to an object of the slot's request or
 * response type, and is evaluated once.
 *
 * With GCC and Clang the copy is `__builtin_memcpy()` from the slot into
 * `*dest`, which the compiler turns into the same word and vector moves as
 * a plain struct assignment, followed by the empty statement
 * `__asm__ __volatile__("" : "+m"(*dest))`. To the compiler that statement
 * is opaque code which reads all of `*dest` and may leave anything in it.
 * Hence:
 * - when the statement runs, `*dest` must hold the whole copy: the copy
 *   can be neither dropped, nor reduced to the members used later, nor
 *   delayed past the statement (nor, because of the barrier the consumer
 *   issues after reading the producer index, moved before it);
 * - after the statement the compiler no longer knows that `*dest` equals
 *   the slot, so it can never serve a later read of `*dest` by reading the
 *   slot, which is what it may do after a plain struct assignment (the
 *   "double fetch" through which a peer changes a request between its
 *   check and its use). Later reads go to `*dest` or to registers loaded
 *   from it.
 *
 * The memcpy may move some bytes twice (two overlapping 8-byte moves for a
 * 12-byte struct, say); the last store decides, so each byte of `*dest`
 * still holds one value the slot had. Only `*dest` is named by the
 * statement, so the compiler keeps everything else it holds in registers:
 * the copy costs what a plain struct assignment that is really stored
 * costs (like any memcpy builtin it may become a call to the environment's
 * `memcpy`, for instance at -O0). Other compilers call
 * xen_ring_copy_from_shared(), whose byte loop is slower. The package's
 * `make bench` times the copy against a plain struct assignment.
 */
#if defined(__GNUC__) || defined(__clang__)
#define RING_COPY_(type, r, idx, dest) do {                             \
    __typeof__(&*(dest)) xen_dest_ = (dest);                            \
    (void)sizeof(0 ? xen_dest_ : RING_GET_##type(r, idx));              \
    __builtin_memcpy(xen_dest_, RING_GET_##type(r, idx),                \
                     sizeof(*xen_dest_));                               \
    __asm__ __volatile__("" : "+m"(*xen_dest_));                        \
} while (0)
#else
#define RING_COPY_(type, r, idx, dest) do {                             \
    (void)sizeof(0 ? (dest) : RING_GET_##type(r, idx));                 \
    xen_ring_copy_from_shared((dest), RING_GET_##type(r, idx),          \
                              sizeof(*(dest)));                         \
} while (0)
#endif

/** Copy request @p idx into `*req`. Prefer this to using the slot in
 *  place: all later checks then apply to a copy the peer cannot change. */
#define RING_COPY_REQUEST(r, idx, req)  RING_COPY_(REQUEST, r, idx, req)
/** Copy response @p idx into `*rsp` (see RING_COPY_REQUEST()). */
#define RING_COPY_RESPONSE(r, idx, rsp) RING_COPY_(RESPONSE, r, idx, rsp)

/** @} */

/** @defgroup io_ring_h_checks Checks against a misbehaving peer
 *  @ingroup hdr_io_ring_h
 *  Index arguments are RING_IDX values (wider types are reduced modulo
 *  2^32). The file description gives the order in which a consumer uses
 *  them.
 *  @{ */

/** Backend: non-zero when request index @p _cons lies RING_SIZE() or more
 *  past the oldest unanswered slot, so reading it would overtake the
 *  responses; a bound for request-processing loops. */
#define RING_REQUEST_CONS_OVERFLOW(_r, _cons)                           \
    ((RING_IDX)((_cons) - (_r)->rsp_prod_pvt) >= RING_SIZE(_r))

/** Backend: non-zero when the request producer index @p _prod lies more
 *  than RING_SIZE() past the backend's response producer, which no honest
 *  frontend can cause. Misses an index moved back by less than the number
 *  of requests read but not answered: prefer
 *  XEN_RING_REQUEST_PROD_INVALID(). */
#define RING_REQUEST_PROD_OVERFLOW(_r, _prod)                           \
    ((RING_IDX)((_prod) - (_r)->rsp_prod_pvt) > RING_SIZE(_r))

/** Frontend: non-zero when the response producer index @p _prod lies more
 *  than RING_SIZE() past the frontend's response consumer. Prefer
 *  XEN_RING_RESPONSE_PROD_INVALID(). */
#define RING_RESPONSE_PROD_OVERFLOW(_r, _prod)                          \
    ((RING_IDX)((_prod) - (_r)->rsp_cons) > RING_SIZE(_r))

/** Backend: non-zero when the request producer index @p _prod (a local
 *  copy of `req_prod`) is impossible: it announces more unread requests
 *  than the frontend may have queued (RING_SIZE() minus the requests read
 *  but not answered), which includes every index behind `req_cons`. */
#define XEN_RING_REQUEST_PROD_INVALID(_r, _prod)                        \
    ((RING_IDX)((_prod) - (_r)->req_cons) >                             \
     (RING_IDX)(RING_SIZE(_r) -                                         \
                (RING_IDX)((_r)->req_cons - (_r)->rsp_prod_pvt)))

/** Frontend: non-zero when the response producer index @p _prod (a local
 *  copy of `rsp_prod`) is impossible: it announces more unread responses
 *  than requests outstanding, which includes every index behind
 *  `rsp_cons`. */
#define XEN_RING_RESPONSE_PROD_INVALID(_r, _prod)                       \
    ((RING_IDX)((_prod) - (_r)->rsp_cons) >                             \
     (RING_IDX)((_r)->req_prod_pvt - (_r)->rsp_cons))

/** @} */

/** @defgroup io_ring_h_push Publishing and notification
 *  @ingroup hdr_io_ring_h
 *  See "Event thresholds and notification" in the file description.
 *  @{ */

/** Frontend: publish the requests filled so far (write barrier, then the
 *  new `req_prod`). Does not tell whether to signal the backend. */
#define RING_PUSH_REQUESTS(_r) do {                                     \
    xen_wmb();                                                          \
    xen_ring_idx_write((_r)->sring->req_prod, (_r)->req_prod_pvt);      \
} while (0)

/** Backend: publish the responses filled so far. */
#define RING_PUSH_RESPONSES(_r) do {                                    \
    xen_wmb();                                                          \
    xen_ring_idx_write((_r)->sring->rsp_prod, (_r)->rsp_prod_pvt);      \
} while (0)

/** Frontend: publish the requests filled so far, then set @p _notify
 *  (an lvalue) to non-zero if the backend's `req_event` lies among the
 *  requests just published, i.e. the backend asked to be signalled. */
#define RING_PUSH_REQUESTS_AND_CHECK_NOTIFY(_r, _notify) do {           \
    RING_IDX xen_old_ = xen_ring_idx_read((_r)->sring->req_prod);       \
    RING_IDX xen_new_ = (_r)->req_prod_pvt;                             \
    xen_wmb();                                                          \
    xen_ring_idx_write((_r)->sring->req_prod, xen_new_);                \
    xen_mb();                                                           \
    (_notify) = ((RING_IDX)(xen_new_ -                                  \
                            xen_ring_idx_read((_r)->sring->req_event)) < \
                 (RING_IDX)(xen_new_ - xen_old_));                      \
} while (0)

/** Backend: publish the responses filled so far, then set @p _notify if
 *  the frontend's `rsp_event` lies among them. */
#define RING_PUSH_RESPONSES_AND_CHECK_NOTIFY(_r, _notify) do {          \
    RING_IDX xen_old_ = xen_ring_idx_read((_r)->sring->rsp_prod);       \
    RING_IDX xen_new_ = (_r)->rsp_prod_pvt;                             \
    xen_wmb();                                                          \
    xen_ring_idx_write((_r)->sring->rsp_prod, xen_new_);                \
    xen_mb();                                                           \
    (_notify) = ((RING_IDX)(xen_new_ -                                  \
                            xen_ring_idx_read((_r)->sring->rsp_event)) < \
                 (RING_IDX)(xen_new_ - xen_old_));                      \
} while (0)

/** Backend, before waiting for an event: set @p _work_to_do (an lvalue)
 *  to the requests waiting; if there are none, ask to be signalled for
 *  the next one (`req_event = req_cons + 1`), issue a full barrier and
 *  look again, so a request published meanwhile is not missed. */
#define RING_FINAL_CHECK_FOR_REQUESTS(_r, _work_to_do) do {             \
    (_work_to_do) = RING_HAS_UNCONSUMED_REQUESTS(_r);                   \
    if (_work_to_do) break;                                             \
    xen_ring_idx_write((_r)->sring->req_event, (_r)->req_cons + 1);     \
    xen_mb();                                                           \
    (_work_to_do) = RING_HAS_UNCONSUMED_REQUESTS(_r);                   \
} while (0)

/** Frontend, before waiting for an event: the same for responses, with
 *  `rsp_event = rsp_cons + 1`. */
#define RING_FINAL_CHECK_FOR_RESPONSES(_r, _work_to_do) do {            \
    (_work_to_do) = RING_HAS_UNCONSUMED_RESPONSES(_r);                  \
    if (_work_to_do) break;                                             \
    xen_ring_idx_write((_r)->sring->rsp_event, (_r)->rsp_cons + 1);     \
    xen_mb();                                                           \
    (_work_to_do) = RING_HAS_UNCONSUMED_RESPONSES(_r);                  \
} while (0)

/** @} */

/** @defgroup io_ring_h_flex Byte-stream (flex) rings
 *  @ingroup hdr_io_ring_h
 *  See "Byte-stream rings" in the file description.
 *  @{ */

#ifndef XEN_PAGE_SHIFT
/** log2 of the page size of ring protocols: 4 KiB on every architecture,
 *  whatever page size the guest's own kernel uses. */
#define XEN_PAGE_SHIFT 12
#endif

/** Bytes in each of the two data rings of a flex ring of order @p order
 *  (the data area is 2^order pages, split in halves): 2^(order +
 *  XEN_PAGE_SHIFT - 1), as unsigned long. Orders are read from shared
 *  memory: validate them first; an order too large for unsigned long gives
 *  a meaningless size, never undefined behaviour. */
#define XEN_FLEX_RING_SIZE(order)                                             \
    ((1UL << (XEN_PAGE_SHIFT - 1)) <<                                         \
     ((unsigned int)(order) & (sizeof(unsigned long) * 8 - 1)))

/** Non-zero when a producer index @p prod and consumer index @p cons of a
 *  flex ring of @p ring_size bytes cannot both be genuine: more than
 *  @p ring_size bytes apart, or the consumer ahead of the producer. A
 *  reader checks the peer's producer index with it, a writer the peer's
 *  consumer index. */
#define XEN_FLEX_RING_IDX_INVALID(prod, cons, ring_size)                      \
    ((RING_IDX)((RING_IDX)(prod) - (RING_IDX)(cons)) > (RING_IDX)(ring_size))

/**
 * Define the helpers of a byte-stream ring called @p name (at file scope,
 * followed by a semicolon); below, NAME stands for @p name. `ring_size`
 * arguments are the size of one data ring in bytes, a power of two;
 * `masked_*` arguments are indices already reduced with `NAME_mask()`. It
 * defines:
 *
 * - `RING_IDX NAME_mask(RING_IDX idx, RING_IDX ring_size)`: offset of
 *   index @p idx in the ring, `idx & (ring_size - 1)`;
 * - `unsigned char *NAME_get_ring_ptr(unsigned char *buf, RING_IDX idx,
 *   RING_IDX ring_size)`: address of index @p idx in the ring at @p buf;
 * - `void NAME_read_packet(void *opaque, const unsigned char *buf, size_t
 *   size, RING_IDX masked_prod, RING_IDX *masked_cons, RING_IDX
 *   ring_size)`: copy @p size bytes starting at `*masked_cons` out of the
 *   ring at @p buf into @p opaque, wrapping at the end of the ring, and
 *   advance `*masked_cons`. The caller keeps @p size at most
 *   `NAME_queued()`; the copy never leaves the ring even if it does not
 *   (`masked_prod` is accepted for compatibility and not needed);
 * - `void NAME_write_packet(unsigned char *buf, const void *opaque,
 *   size_t size, RING_IDX *masked_prod, RING_IDX masked_cons, RING_IDX
 *   ring_size)`: copy @p size bytes from @p opaque into the ring at
 *   `*masked_prod` and advance it; the caller keeps @p size at most the
 *   free space, `ring_size - NAME_queued()`;
 * - `RING_IDX NAME_queued(RING_IDX prod, RING_IDX cons, RING_IDX
 *   ring_size)`: bytes between the free-running indices, from 0 to
 *   @p ring_size (equal indices mean empty; indices that differ but mask
 *   to the same offset mean full). Check XEN_FLEX_RING_IDX_INVALID()
 *   first: the result is only meaningful for genuine indices;
 * - `struct NAME_data`: a ring user's mapping of the data area, `in`
 *   and `out` pointing at the two halves.
 */
#define DEFINE_XEN_FLEX_RING(name)                                            \
XEN_RING_INLINE RING_IDX name##_mask(RING_IDX xen_idx, RING_IDX xen_ring_size)\
{                                                                             \
    return xen_idx & (xen_ring_size - 1);                                     \
}                                                                             \
                                                                              \
XEN_RING_INLINE unsigned char *name##_get_ring_ptr(unsigned char *xen_buf,    \
                                                   RING_IDX xen_idx,          \
                                                   RING_IDX xen_ring_size)    \
{                                                                             \
    return xen_buf + name##_mask(xen_idx, xen_ring_size);                     \
}                                                                             \
                                                                              \
XEN_RING_INLINE void name##_read_packet(void *xen_opaque,                     \
                                        const unsigned char *xen_buf,         \
                                        size_t xen_size,                      \
                                        RING_IDX xen_masked_prod,             \
                                        RING_IDX *xen_masked_cons,            \
                                        RING_IDX xen_ring_size)               \
{                                                                             \
    unsigned char *xen_dst = (unsigned char *)xen_opaque;                     \
    RING_IDX xen_cons = name##_mask(*xen_masked_cons, xen_ring_size);         \
                                                                              \
    (void)xen_masked_prod;                                                    \
    if (xen_ring_size == 0)                                                   \
        return;                                                               \
    while (xen_size > 0) {                                                    \
        size_t xen_n = xen_ring_size - xen_cons;                              \
                                                                              \
        if (xen_n > xen_size)                                                 \
            xen_n = xen_size;                                                 \
        xen_ring_memcpy(xen_dst, xen_buf + xen_cons, xen_n);                  \
        xen_dst += xen_n;                                                     \
        xen_size -= xen_n;                                                    \
        xen_cons = name##_mask((RING_IDX)(xen_cons + xen_n), xen_ring_size);  \
    }                                                                         \
    *xen_masked_cons = xen_cons;                                              \
}                                                                             \
                                                                              \
XEN_RING_INLINE void name##_write_packet(unsigned char *xen_buf,              \
                                         const void *xen_opaque,              \
                                         size_t xen_size,                     \
                                         RING_IDX *xen_masked_prod,           \
                                         RING_IDX xen_masked_cons,            \
                                         RING_IDX xen_ring_size)              \
{                                                                             \
    const unsigned char *xen_src = (const unsigned char *)xen_opaque;         \
    RING_IDX xen_prod = name##_mask(*xen_masked_prod, xen_ring_size);         \
                                                                              \
    (void)xen_masked_cons;                                                    \
    if (xen_ring_size == 0)                                                   \
        return;                                                               \
    while (xen_size > 0) {                                                    \
        size_t xen_n = xen_ring_size - xen_prod;                              \
                                                                              \
        if (xen_n > xen_size)                                                 \
            xen_n = xen_size;                                                 \
        xen_ring_memcpy(xen_buf + xen_prod, xen_src, xen_n);                  \
        xen_src += xen_n;                                                     \
        xen_size -= xen_n;                                                    \
        xen_prod = name##_mask((RING_IDX)(xen_prod + xen_n), xen_ring_size);  \
    }                                                                         \
    *xen_masked_prod = xen_prod;                                              \
}                                                                             \
                                                                              \
XEN_RING_INLINE RING_IDX name##_queued(RING_IDX xen_prod,                     \
                                       RING_IDX xen_cons,                     \
                                       RING_IDX xen_ring_size)                \
{                                                                             \
    if (xen_prod == xen_cons)                                                 \
        return 0;                                                             \
                                                                              \
    xen_prod = name##_mask(xen_prod, xen_ring_size);                          \
    xen_cons = name##_mask(xen_cons, xen_ring_size);                          \
                                                                              \
    if (xen_prod == xen_cons)                                                 \
        return xen_ring_size;                                                 \
                                                                              \
    if (xen_prod > xen_cons)                                                  \
        return xen_prod - xen_cons;                                           \
    return xen_ring_size - (xen_cons - xen_prod);                             \
}                                                                             \
                                                                              \
struct name##_data {                                                          \
    unsigned char *in;                                                        \
    unsigned char *out;                                                       \
}

/**
 * DEFINE_XEN_FLEX_RING() plus the shared index page of the protocol,
 * `struct NAME_data_intf` (NAME standing for @p name):
 *
 * | Offset | Member | Written by |
 * |--------|--------|------------|
 * | 0   | `RING_IDX in_cons`  | frontend (it reads `in`) |
 * | 4   | `RING_IDX in_prod`  | backend (it writes `in`) |
 * | 8   | `uint8_t pad1[56]`  | nobody (zero) |
 * | 64  | `RING_IDX out_cons` | backend (it reads `out`) |
 * | 68  | `RING_IDX out_prod` | frontend (it writes `out`) |
 * | 72  | `uint8_t pad2[56]`  | nobody (zero) |
 * | 128 | `RING_IDX ring_order` | frontend: the data area is 2^ring_order pages |
 * | 132 | `uint32_t ref[]` | frontend: grant references (grant_ref_t) of the data pages, in order |
 *
 * The two index pairs sit in separate 64-byte lines so that the two
 * directions do not share a cache line.
 */
#define DEFINE_XEN_FLEX_RING_AND_INTF(name)                                   \
XEN_EXTENSIONS_BEGIN                                                          \
struct name##_data_intf {                                                     \
    RING_IDX in_cons, in_prod;                                                \
                                                                              \
    uint8_t pad1[56];                                                         \
                                                                              \
    RING_IDX out_cons, out_prod;                                              \
                                                                              \
    uint8_t pad2[56];                                                         \
                                                                              \
    RING_IDX ring_order;                                                      \
    uint32_t ref[XEN_FLEX_ARRAY_DIM];                                         \
};                                                                            \
XEN_EXTENSIONS_END                                                            \
DEFINE_XEN_FLEX_RING(name)

/** @} */

#endif /* __XEN_PUBLIC_IO_RING_H__ */
