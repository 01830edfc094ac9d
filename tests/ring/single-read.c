/* SPDX-License-Identifier: MIT */
/*
 * single-read [COPIES]
 *
 * RING_COPY_REQUEST() must leave the backend a private copy that later
 * code can read any number of times with the same result, while the
 * frontend keeps rewriting the slot. A writer thread rewrites one request
 * slot without pause, each time with a new pattern; the backend copies the
 * slot COPIES times (default 300000) and from each copy derives a checksum
 * twice: once right after the copy, and once after a compiler barrier
 * that discards every value the compiler holds in registers and a short
 * delay. The barrier stands for register pressure: the second checksum
 * has to load the copy again, and those loads must find the private copy,
 * not the slot. The two checksums must always agree. The writer's patterns
 * are not checked against the copy: a copy may be torn between two
 * patterns (the peer may write during a copy); the program counts such
 * copies to show that the writer really raced with the copies.
 *
 * Built with -DXEN_RING_TEST_REREAD, RING_COPY_() is replaced by a "copy"
 * that leaves the request in the slot, so that every later read of the copy
 * reads the slot (what a compiler may legally do with a plain struct
 * assignment): the test must then fail, and ring.mk checks that it does.
 * Run by tests/ring/ring.mk (make check-ring), gcc and clang at -O2.
 */
#define _GNU_SOURCE 1
#include "ring-test.h"

#include <pthread.h>

#ifdef XEN_RING_TEST_REREAD
#undef RING_COPY_
#define RING_COPY_(type, r, idx, dest) ((dest) = RING_GET_##type(r, idx))
#endif

#define WORDS (sizeof(struct tst_request) / sizeof(uint32_t))
/* Word `i` of the writer's pattern number `g`. */
#define PATTERN(g, i) ((uint32_t)((g) + (i) * 0x9e3779b9u))

static tst_sring_t *sring;
static volatile int stop;
static volatile unsigned long generations;

/* The frontend gone bad: every word of slot 0 rewritten, over and over. */
static void *writer(void *arg)
{
    volatile uint32_t *w = (volatile uint32_t *)&sring->ring[0].req;
    uint32_t g = 0;
    unsigned int i;

    (void)arg;
    while (!stop) {
        g++;
        for (i = 0; i < WORDS; i++)
            w[i] = PATTERN(g, i);
        generations = g;
    }
    return NULL;
}

/* Checksum of a request, read member by member. */
static uint64_t checksum(const struct tst_request *r)
{
    uint64_t s = r->id * 3 + r->sector * 5 + r->operation +
                 ((uint64_t)r->nr_segments << 8) + ((uint64_t)r->pad << 16) +
                 ((uint64_t)r->handle << 24);
    unsigned int i;

    for (i = 0; i < 11; i++)
        s = s * 31 + r->seg[i];
    return s;
}

/* 1 when a copy holds words of two different patterns. */
static int torn(const struct tst_request *r)
{
    const unsigned char *b = (const unsigned char *)r;
    uint32_t w0, w;
    unsigned int i;

    memcpy(&w0, b, sizeof(w0));
    for (i = 1; i < WORDS; i++) {
        memcpy(&w, b + i * sizeof(w), sizeof(w));
        if ((uint32_t)(w - PATTERN(0, i)) != w0)
            return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    unsigned long copies = argc > 1 ? strtoul(argv[1], NULL, 0) : 300000;
    unsigned long n, n_torn = 0, g0;
    tst_back_ring_t back;
    pthread_t t;
    unsigned int k;

    sring = (tst_sring_t *)tst_guarded(1);
    SHARED_RING_INIT(sring);
    BACK_RING_INIT(&back, sring, TST_PAGE);
    xen_ring_idx_write(sring->req_prod, 1);
    if (pthread_create(&t, NULL, writer, NULL))
        tst_die("pthread_create");
    while (generations < 1000)
        sched_yield();
    g0 = generations;
    for (n = 0; n < copies || generations - g0 < 100000; n++) {
        struct tst_request req, *rq = &req;
        uint64_t c1, c2;

        if (XEN_RING_REQUEST_PROD_INVALID(&back,
                                          xen_ring_idx_read(sring->req_prod)))
            tst_die("req_prod rejected");
        xen_rmb();
        RING_COPY_REQUEST(&back, back.req_cons, rq);
        c1 = checksum(rq);
        __asm__ __volatile__("" : : : "memory");
        for (k = 0; k < 16; k++)
            __asm__ __volatile__("");
        c2 = checksum(rq);
        if (c1 != c2) {
            stop = 1;
            tst_die("copy %lu changed after it was made (checksum %#llx, "
                    "then %#llx): a later read of the copy read the slot",
                    n, (unsigned long long)c1, (unsigned long long)c2);
        }
        n_torn += torn(rq);
    }
    stop = 1;
    pthread_join(t, NULL);
    printf("%lu copies of a slot rewritten %lu times meanwhile (%lu copies "
           "caught mid-rewrite); every copy read back unchanged\n", n,
           generations - g0, n_torn);
    return 0;
}
