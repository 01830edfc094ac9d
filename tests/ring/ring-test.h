/* SPDX-License-Identifier: MIT */
/*
 * Shared by the ring tests: the blkif-like and pvcalls-like protocols they
 * define with io/ring.h, the payload patterns every message is checked
 * against, and guard-page allocation.
 */
#ifndef XEN_TEST_RING_TEST_H
#define XEN_TEST_RING_TEST_H

#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#include <xen/public/io/ring.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define TST_PAGE 4096u

/* A block-like request: 72 bytes, so 56 fit in a page and the ring gets 32
 * slots. Every field is a function of `id`. */
struct tst_request {
    uint64_t id;
    uint64_t sector;
    uint8_t operation;
    uint8_t nr_segments;
    uint16_t pad;
    uint32_t handle;
    uint32_t seg[11];
};

struct tst_response {
    uint64_t id;
    int16_t status;
    uint16_t pad;
    uint32_t check;
};

DEFINE_RING_TYPES(tst, struct tst_request, struct tst_response);

static inline uint64_t tst_mix(uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

static inline void tst_fill_request(struct tst_request *r, uint64_t id)
{
    uint64_t m = tst_mix(id);
    unsigned int i;

    r->id = id;
    r->sector = m;
    r->operation = (uint8_t)(m >> 8);
    r->nr_segments = (uint8_t)(m % 12);
    r->pad = 0;
    r->handle = (uint32_t)(m >> 32);
    for (i = 0; i < 11; i++)
        r->seg[i] = (uint32_t)tst_mix(id * 16 + i);
}

/* 0 when `r` is exactly what tst_fill_request(r, id) writes. */
static inline int tst_check_request(const struct tst_request *r, uint64_t id)
{
    struct tst_request want;
    unsigned int i;

    tst_fill_request(&want, id);
    for (i = 0; i < 11; i++)
        if (r->seg[i] != want.seg[i])
            return 1;
    return r->id != want.id || r->sector != want.sector ||
           r->operation != want.operation ||
           r->nr_segments != want.nr_segments || r->pad != want.pad ||
           r->handle != want.handle;
}

static inline uint32_t tst_response_check(uint64_t id)
{
    return (uint32_t)tst_mix(~id);
}

/* Byte `i` of the payload of flex message `seq` (direction `dir`). */
static inline unsigned char tst_byte(uint32_t seq, uint32_t i, unsigned int dir)
{
    return (unsigned char)(tst_mix(((uint64_t)seq << 20) ^ i ^
                                   ((uint64_t)dir << 60)) >> 24);
}

/* Payload length of flex message `seq`: 0 .. 255, mostly short. */
static inline uint32_t tst_len(uint32_t seq, unsigned int dir)
{
    uint64_t m = tst_mix(seq * 2ULL + dir);

    return (m & 3) ? (uint32_t)(m >> 8) % 48 : (uint32_t)(m >> 8) % 256;
}

static inline void tst_die(const char *fmt, ...)
    __attribute__((noreturn, format(printf, 1, 2)));
static inline void tst_die(const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    fputs("FAIL: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

/*
 * `pages` pages of read-write memory between two inaccessible guard pages:
 * any access before or after the region faults.
 */
static inline void *tst_guarded(size_t pages)
{
    size_t pg = (size_t)sysconf(_SC_PAGESIZE);
    size_t len = pages * TST_PAGE;
    size_t span = (len + pg - 1) / pg * pg;
    unsigned char *base;

    base = (unsigned char *)mmap(NULL, span + 2 * pg, PROT_NONE,
                                 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (base == MAP_FAILED)
        tst_die("mmap");
    if (mprotect(base + pg, span, PROT_READ | PROT_WRITE) != 0)
        tst_die("mprotect");
    /* Put the region's end against the upper guard page. */
    return base + pg + (span - len);
}

#endif /* XEN_TEST_RING_TEST_H */
