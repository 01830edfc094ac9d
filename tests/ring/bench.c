/* SPDX-License-Identifier: MIT */
/*
 * bench LABEL [quick]
 *
 * What io/ring.h costs a PV backend, measured as one uses it: each loop
 * runs twice, once taking slots with RING_COPY_REQUEST()/RING_COPY_RESPONSE()
 * and once with plain struct assignment from RING_GET_*() (the floor: the
 * same code without the single-read copy), and prints both and their ratio.
 *
 *   blkif  struct blkif_request/blkif_response round trips over a one-page
 *          ring: the frontend publishes 16 requests at a time, the backend
 *          copies each, checks it the way a block backend does (operation,
 *          segment count, every segment) and answers it, the frontend
 *          copies the responses;
 *   netif  the same with the transmit ring (netif_tx_request, 12 bytes);
 *   flex   a byte stream of 480-byte messages through a 9pfs flex ring
 *          (xen_9pfs_write_packet/read_packet; the floor reads with plain
 *          memcpy);
 * each in one thread (front and back alternating) and in two (front and
 * back spinning on the indices, as the stress test runs them but without
 * semaphores). Times come from CLOCK_MONOTONIC; each time is the median of
 * BENCH_REPS runs, copy and floor run back to back, and the ratio is the
 * median of the BENCH_REPS ratios of such pairs (steadier than the ratio of
 * the medians when other work shares the machine). `quick` runs only the
 * one-thread blkif and netif loops (the standards sweep of bench.mk).
 *
 * The common subset of C89 and C++98, so that bench.mk can build it in every
 * language standard the compile matrix uses. Built by tests/ring/bench.mk
 * (make bench), never by make check.
 */
#define _GNU_SOURCE 1
#include <stdint.h>
#include <string.h>
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#include <xen/public/io/blkif.h>
#include <xen/public/io/netif.h>
#include <xen/public/io/9pfs.h>

#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <time.h>

#define BENCH_PAGE   4096u
#define BENCH_BURST  16u
#define BENCH_MSG    480u
#define BENCH_ORDER  3           /* two 16 KiB flex rings */
#define BENCH_REPS   9

static void bench_die(const char *what) __attribute__((noreturn));
static void bench_die(const char *what)
{
    fprintf(stderr, "bench: %s\n", what);
    exit(1);
}

/* A spinning thread with nothing to do: pause, and yield after a while. */
static void bench_idle(unsigned int idle)
{
    if (idle == 0)
        return;
    if (idle < 2000) {
#if defined(__x86_64__) || defined(__i386__)
        __asm__ __volatile__("pause");
#elif defined(__aarch64__)
        __asm__ __volatile__("yield");
#endif
    } else {
        sched_yield();
    }
}

/* Make the bytes of a received message count, whatever the copy was. */
static uint64_t bench_use(const unsigned char *buf)
{
    __asm__ __volatile__("" : : "r"(buf) : "memory");
    return (uint64_t)buf[0] + buf[BENCH_MSG / 2] + buf[BENCH_MSG - 1];
}

/* ---- what the two ends do with a message -------------------------------- */

static void blk_fill(struct blkif_request *r, RING_IDX i)
{
    unsigned int k, nseg = 1 + i % BLKIF_MAX_SEGMENTS_PER_REQUEST;

    r->operation = (i & 1) ? BLKIF_OP_WRITE : BLKIF_OP_READ;
    r->nr_segments = (uint8_t)nseg;
    r->handle = 0;
    r->id = i;
    r->sector_number = (uint64_t)i * 8;
    for (k = 0; k < nseg; k++) {
        r->seg[k].gref = i + k;
        r->seg[k].first_sect = 0;
        r->seg[k].last_sect = 7;
    }
}

/* A block backend's checks on a read or write request. */
static int16_t blk_handle(const struct blkif_request *q, uint64_t *acc)
{
    unsigned int k, n = q->nr_segments;
    uint64_t sum = q->sector_number + q->handle;

    if (q->operation != BLKIF_OP_READ && q->operation != BLKIF_OP_WRITE)
        return BLKIF_RSP_EOPNOTSUPP;
    if (n == 0 || n > BLKIF_MAX_SEGMENTS_PER_REQUEST)
        return BLKIF_RSP_ERROR;
    for (k = 0; k < n; k++) {
        if (q->seg[k].first_sect > q->seg[k].last_sect ||
            q->seg[k].last_sect > 7)
            return BLKIF_RSP_ERROR;
        sum += q->seg[k].gref + (unsigned int)(q->seg[k].last_sect -
                                               q->seg[k].first_sect + 1);
    }
    *acc += sum;
    return BLKIF_RSP_OKAY;
}

static void net_fill(struct netif_tx_request *r, RING_IDX i)
{
    r->gref = i;
    r->offset = (uint16_t)((i * 64) & 4095);
    r->flags = (i & 3) ? NETTXF_csum_blank : 0;
    r->id = (uint16_t)i;
    r->size = (uint16_t)(60 + (i & 1023));
}

/* A network backend's checks on one transmit slot. */
static int16_t net_handle(const struct netif_tx_request *q, uint64_t *acc)
{
    if (q->size == 0 || (unsigned int)q->offset + q->size > BENCH_PAGE)
        return NETIF_RSP_ERROR;
    *acc += q->gref + q->offset + (unsigned int)q->flags;
    return NETIF_RSP_OKAY;
}

/* ---- two threads --------------------------------------------------------- */

struct bench_mt {
    void *shared;
    unsigned long n;
    uint64_t acc_front, acc_back;
};

static uint64_t bench_threads(void *shared, unsigned long n,
                              void *(*front)(void *), void *(*back)(void *))
{
    struct bench_mt m;
    pthread_t f, b;

    m.shared = shared;
    m.n = n;
    m.acc_front = m.acc_back = 0;
    if (pthread_create(&f, NULL, front, &m) ||
        pthread_create(&b, NULL, back, &m))
        bench_die("pthread_create");
    pthread_join(f, NULL);
    pthread_join(b, NULL);
    return m.acc_front + m.acc_back;
}

/* ---- the flex ring ------------------------------------------------------- */

struct bench_flex {
    struct xen_9pfs_data_intf *intf;
    unsigned char *out;
    RING_IDX size;
    unsigned char msg[BENCH_MSG];
};

static struct bench_flex bench_flex_state;

/* The index page at `shared`, the data area after it; only `out` is used. */
static struct bench_flex *bench_flex_init(void *shared)
{
    struct bench_flex *f = &bench_flex_state;
    unsigned int i;

    f->intf = (struct xen_9pfs_data_intf *)shared;
    f->size = (RING_IDX)XEN_FLEX_RING_SIZE(BENCH_ORDER);
    f->out = (unsigned char *)shared + BENCH_PAGE + f->size;
    memset(f->intf, 0, BENCH_PAGE);
    f->intf->ring_order = BENCH_ORDER;
    for (i = 0; i < BENCH_MSG; i++)
        f->msg[i] = (unsigned char)(i * 7 + 1);
    return f;
}

/* ---- the two variants ---------------------------------------------------- */

#define BENCH_VARIANT copy
#define BENCH_COPY_REQ(r, i, d) RING_COPY_REQUEST(r, i, d)
#define BENCH_COPY_RSP(r, i, d) RING_COPY_RESPONSE(r, i, d)
#define BENCH_FLEX_READ(f, buf, mcons) \
    xen_9pfs_read_packet(buf, (f)->out, BENCH_MSG, 0, mcons, (f)->size)
#include "bench-loops.h"
#undef BENCH_VARIANT
#undef BENCH_COPY_REQ
#undef BENCH_COPY_RSP
#undef BENCH_FLEX_READ

#define BENCH_VARIANT floor
#define BENCH_COPY_REQ(r, i, d) (*(d) = *RING_GET_REQUEST(r, i))
#define BENCH_COPY_RSP(r, i, d) (*(d) = *RING_GET_RESPONSE(r, i))
#define BENCH_FLEX_READ(f, buf, mcons) do {                                 \
    RING_IDX bench_n1_ = (f)->size - *(mcons);                              \
                                                                            \
    if (bench_n1_ >= BENCH_MSG) {                                           \
        memcpy((buf), (f)->out + *(mcons), BENCH_MSG);                      \
    } else {                                                                \
        memcpy((buf), (f)->out + *(mcons), bench_n1_);                      \
        memcpy((buf) + bench_n1_, (f)->out, BENCH_MSG - bench_n1_);         \
    }                                                                       \
    *(mcons) = (*(mcons) + BENCH_MSG) & ((f)->size - 1);                    \
} while (0)
#include "bench-loops.h"

/* ---- measuring ----------------------------------------------------------- */

typedef uint64_t (*bench_fn)(void *shared, unsigned long n);

struct bench {
    const char *name;
    bench_fn copy, floor_;
    unsigned long n;        /* messages per run */
    unsigned int bytes;     /* payload bytes per message, for bytes/s */
    int quick;              /* part of the `quick` set */
};

static const struct bench benches[] = {
    { "blkif, 1 thread", blk_st_copy, blk_st_floor, 1000000, 0, 1 },
    { "netif, 1 thread", net_st_copy, net_st_floor, 2000000, 0, 1 },
    { "flex 480 B, 1 thread", flex_st_copy, flex_st_floor, 400000, BENCH_MSG, 0 },
    { "blkif, 2 threads", blk_mt_copy, blk_mt_floor, 300000, 0, 0 },
    { "netif, 2 threads", net_mt_copy, net_mt_floor, 300000, 0, 0 },
    { "flex 480 B, 2 threads", flex_mt_copy, flex_mt_floor, 200000, BENCH_MSG, 0 },
};

static volatile uint64_t bench_sink;

static double bench_now(void)
{
    struct timespec t;

    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

static double bench_run(bench_fn fn, void *shared, unsigned long n)
{
    double t0 = bench_now();

    bench_sink = bench_sink + fn(shared, n);
    return (bench_now() - t0) / (double)n;
}

static int bench_cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;

    return x < y ? -1 : x > y;
}

static double bench_median(double *v)
{
    qsort(v, BENCH_REPS, sizeof(*v), bench_cmp);
    return v[BENCH_REPS / 2];
}

int main(int argc, char **argv)
{
    const char *label = argc > 1 ? argv[1] : "?";
    int quick = argc > 2 && strcmp(argv[2], "quick") == 0;
    size_t len = BENCH_PAGE + 2 * (size_t)XEN_FLEX_RING_SIZE(BENCH_ORDER);
    void *shared;
    unsigned int b, i;

    shared = mmap(NULL, len, PROT_READ | PROT_WRITE,
                  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (shared == MAP_FAILED)
        bench_die("mmap");
    for (b = 0; b < sizeof(benches) / sizeof(benches[0]); b++) {
        const struct bench *t = &benches[b];
        double c[BENCH_REPS], f[BENCH_REPS], q[BENCH_REPS], mc, mf;

        if (quick && !t->quick)
            continue;
        bench_run(t->copy, shared, t->n / 8);
        bench_run(t->floor_, shared, t->n / 8);
        for (i = 0; i < BENCH_REPS; i++) {
            c[i] = bench_run(t->copy, shared, t->n);
            f[i] = bench_run(t->floor_, shared, t->n);
            q[i] = c[i] / f[i];
        }
        mc = bench_median(c);
        mf = bench_median(f);
        printf("%-22s %-22s %8.2f %8.2f %6.2fx", t->name, label, mc, mf,
               bench_median(q));
        if (t->bytes)
            printf("  %6.0f / %6.0f MB/s", t->bytes * 1e3 / mc,
                   t->bytes * 1e3 / mf);
        printf("\n");
    }
    return 0;
}
