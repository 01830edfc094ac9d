/* SPDX-License-Identifier: MIT */
/*
 * hostile: the peer writes impossible indices.
 *
 * Each ring sits in memory whose last byte touches an inaccessible guard
 * page (and whose first byte follows one), so any read or write outside it
 * faults. For fixed rings (backend reading requests, frontend reading
 * responses) and for flex rings, with the consumer at many positions
 * (around 0, 2^31 and 2^32) and with 0 to RING_SIZE messages in flight, the
 * peer's producer index is set:
 *   - to every value an honest peer could write: it must be accepted, and
 *     exactly that many messages read;
 *   - one past the limit (consumer + free slots + 1, which with nothing in
 *     flight is consumer + ring size + 1), far ahead, and behind the
 *     consumer: the documented check (XEN_RING_REQUEST_PROD_INVALID,
 *     XEN_RING_RESPONSE_PROD_INVALID, XEN_FLEX_RING_IDX_INVALID) must
 *     reject it.
 * A consumer that skips the check, bounded only by the older macros, is run
 * on the same values to show that it still stays inside the ring. The
 * notification test, the unconsumed counts and the flex-ring helpers are
 * also driven with arbitrary values; UBSan must stay silent throughout.
 */
#include "ring-test.h"

/* 126-byte slots: 32 of them fill a 4096-byte page exactly, so the last
 * slot ends against the guard page. */
struct h_request { uint16_t id; uint8_t body[124]; };
struct h_response { uint16_t id; uint8_t body[124]; };
DEFINE_RING_TYPES(h, struct h_request, struct h_response);
DEFINE_XEN_FLEX_RING(hflex);

#define SLOTS 32u

static unsigned long n_checked, n_rejected, n_accepted, n_upstream_missed;

static const RING_IDX bases[] = {
    0, 1, 31, 32, 0x7fffffe0u, 0x7fffffffu, 0x80000000u, 0xffffffc0u,
    0xffffffe0u, 0xfffffff0u, 0xffffffffu, 0x12345678u
};
#define NBASES (sizeof(bases) / sizeof(bases[0]))

/* Distances from the consumer that no honest peer can produce, given
 * `room` free slots. */
static unsigned int bogus(RING_IDX room, RING_IDX inflight, RING_IDX *out)
{
    unsigned int n = 0;

    out[n++] = room + 1;                  /* one past the limit */
    out[n++] = SLOTS + 1;                 /* consumer + ring size + 1 */
    out[n++] = 2 * SLOTS;
    out[n++] = 0x40000000u;               /* far ahead */
    out[n++] = 0x7fffffffu;
    out[n++] = 0x80000000u;
    out[n++] = 0xffffffffu;               /* one behind */
    out[n++] = 0xfffffff0u;               /* behind */
    out[n++] = (RING_IDX)0 - SLOTS;
    if (inflight)
        out[n++] = (RING_IDX)0 - inflight; /* back to the oldest slot held */
    return n;
}

static uint16_t fill_ring(h_sring_t *s)
{
    unsigned int i;

    for (i = 0; i < SLOTS; i++) {
        s->ring[i].req.id = (uint16_t)(100 + i);
        memset(s->ring[i].req.body, (int)i, sizeof(s->ring[i].req.body));
    }
    return 0;
}

/* The consumer the header documents (backend side). Returns -1 when the
 * producer index is rejected, else the number of requests read. */
static long backend_pass(h_back_ring_t *b)
{
    RING_IDX prod = xen_ring_idx_read(b->sring->req_prod);
    long n = 0;

    xen_rmb();
    if (XEN_RING_REQUEST_PROD_INVALID(b, prod))
        return -1;
    while (b->req_cons != prod) {
        struct h_request r;

        if (RING_REQUEST_CONS_OVERFLOW(b, b->req_cons))
            tst_die("backend: accepted index %#x overflows at %#x", prod,
                    b->req_cons);
        RING_COPY_REQUEST(b, b->req_cons, &r);
        if (r.id != 100 + (b->req_cons & (SLOTS - 1)))
            tst_die("backend: slot content wrong");
        b->req_cons++;
        n++;
    }
    return n;
}

/* A careless backend: no validation, only the older loop bound. */
static long backend_careless(h_back_ring_t *b)
{
    RING_IDX prod = xen_ring_idx_read(b->sring->req_prod);
    long n = 0;

    xen_rmb();
    while (b->req_cons != prod &&
           !RING_REQUEST_CONS_OVERFLOW(b, b->req_cons)) {
        struct h_request r;

        RING_COPY_REQUEST(b, b->req_cons, &r);
        b->req_cons++;
        n++;
    }
    return n;
}

static void fixed_backend(h_sring_t *s)
{
    unsigned int bi;
    RING_IDX k;

    for (bi = 0; bi < NBASES; bi++) {
        for (k = 0; k <= SLOTS; k++) {
            RING_IDX base = bases[bi], room = SLOTS - k, d[16], v;
            unsigned int nb, i;
            h_back_ring_t b;

            /* Honest values: 0 .. room requests waiting. */
            for (v = 0; v <= room; v++) {
                BACK_RING_ATTACH(&b, s, base, TST_PAGE);
                b.req_cons = base + k;    /* k requests read, unanswered */
                s->req_prod = b.req_cons + v;
                if (XEN_RING_NR_UNCONSUMED_REQUESTS(&b) != v ||
                    RING_REQUEST_PROD_OVERFLOW(&b, s->req_prod))
                    tst_die("backend: honest count wrong");
                if (backend_pass(&b) != (long)v)
                    tst_die("backend: base %#x, %u in flight: honest %u "
                            "requests not accepted", base, k, v);
                n_checked++;
                n_accepted++;
            }
            nb = bogus(room, k, d);
            for (i = 0; i < nb; i++) {
                long n;

                BACK_RING_ATTACH(&b, s, base, TST_PAGE);
                b.req_cons = base + k;
                s->req_prod = b.req_cons + d[i];
                if (XEN_RING_NR_UNCONSUMED_REQUESTS(&b) > room)
                    tst_die("backend: unconsumed count exceeds free slots");
                if (backend_pass(&b) != -1 || b.req_cons != base + k)
                    tst_die("backend: base %#x, %u in flight: producer at "
                            "consumer%+d accepted", base, k, (int)d[i]);
                if (!RING_REQUEST_PROD_OVERFLOW(&b, s->req_prod))
                    n_upstream_missed++;
                n = backend_careless(&b);
                if (n < 0 || (RING_IDX)n > room)
                    tst_die("backend: careless loop read %ld", n);
                n_checked++;
                n_rejected++;
            }
        }
    }
}

/* The documented consumer, frontend side. */
static long frontend_pass(h_front_ring_t *f)
{
    RING_IDX prod = xen_ring_idx_read(f->sring->rsp_prod);
    long n = 0;

    xen_rmb();
    if (XEN_RING_RESPONSE_PROD_INVALID(f, prod))
        return -1;
    while (f->rsp_cons != prod) {
        struct h_response r;

        RING_COPY_RESPONSE(f, f->rsp_cons, &r);
        f->rsp_cons++;
        n++;
    }
    return n;
}

static void fixed_frontend(h_sring_t *s)
{
    unsigned int bi;
    RING_IDX k;

    for (bi = 0; bi < NBASES; bi++) {
        for (k = 0; k <= SLOTS; k++) {
            RING_IDX base = bases[bi], d[16], v;
            unsigned int nb, i;
            h_front_ring_t f;

            /* k requests outstanding: 0 .. k responses may be waiting. */
            for (v = 0; v <= k; v++) {
                FRONT_RING_ATTACH(&f, s, base, TST_PAGE);
                f.req_prod_pvt = base + k;
                s->rsp_prod = base + v;
                if (RING_RESPONSE_PROD_OVERFLOW(&f, s->rsp_prod) ||
                    XEN_RING_NR_UNCONSUMED_RESPONSES(&f) != v ||
                    frontend_pass(&f) != (long)v)
                    tst_die("frontend: base %#x: honest %u responses "
                            "rejected", base, v);
                n_checked++;
                n_accepted++;
            }
            nb = bogus(k, 0, d);
            for (i = 0; i < nb; i++) {
                FRONT_RING_ATTACH(&f, s, base, TST_PAGE);
                f.req_prod_pvt = base + k;
                s->rsp_prod = base + d[i];
                if (frontend_pass(&f) != -1 || f.rsp_cons != base)
                    tst_die("frontend: base %#x, %u outstanding: producer "
                            "at consumer%+d accepted", base, k, (int)d[i]);
                if (!RING_RESPONSE_PROD_OVERFLOW(&f, s->rsp_prod))
                    n_upstream_missed++;
                n_checked++;
                n_rejected++;
            }
        }
    }
}

/* Notification decisions with arbitrary event and old producer values
 * agree with "event lies in (old, new]" computed in 64 bits. */
static void notify_and_final_check(h_sring_t *s)
{
    uint64_t seed = 7;
    unsigned int i;

    for (i = 0; i < 200000; i++) {
        h_front_ring_t f;
        h_back_ring_t b;
        RING_IDX old, new_, ev;
        uint64_t span, off;
        int notify, want, work;

        seed = tst_mix(seed);
        old = (RING_IDX)seed;
        new_ = (i & 1) ? old + (RING_IDX)(seed >> 32) % 40 :
                         (RING_IDX)(seed >> 32);
        ev = (i & 2) ? old + (RING_IDX)(tst_mix(seed) % 50) - 5 :
                       (RING_IDX)tst_mix(seed);
        FRONT_RING_ATTACH(&f, s, old, TST_PAGE);
        s->req_prod = old;
        s->req_event = ev;
        f.req_prod_pvt = new_;
        RING_PUSH_REQUESTS_AND_CHECK_NOTIFY(&f, notify);
        span = ((uint64_t)new_ + (1ULL << 32) - old) & 0xffffffffULL;
        off = ((uint64_t)ev + (1ULL << 32) - old - 1) & 0xffffffffULL;
        want = off < span;
        if (notify != want || s->req_prod != new_)
            tst_die("notify(old %#x new %#x event %#x) = %d", old, new_, ev,
                    notify);
        BACK_RING_ATTACH(&b, s, old, TST_PAGE);
        s->rsp_prod = old;
        s->rsp_event = ev;
        b.rsp_prod_pvt = new_;
        RING_PUSH_RESPONSES_AND_CHECK_NOTIFY(&b, notify);
        if (notify != want || s->rsp_prod != new_)
            tst_die("response notify(old %#x new %#x event %#x)", old, new_,
                    ev);
        /* Final check with a hostile req_prod: bounded, event re-armed. */
        BACK_RING_ATTACH(&b, s, old, TST_PAGE);
        s->req_prod = (RING_IDX)tst_mix(seed + 1);
        RING_FINAL_CHECK_FOR_REQUESTS(&b, work);
        if ((unsigned int)work > SLOTS)
            tst_die("final check: %d requests", work);
        if (!work && s->req_event != old + 1)
            tst_die("final check did not re-arm req_event");
        FRONT_RING_ATTACH(&f, s, old, TST_PAGE);
        f.req_prod_pvt = old + 3;
        s->rsp_prod = (i & 4) ? old : (RING_IDX)tst_mix(seed + 2);
        RING_FINAL_CHECK_FOR_RESPONSES(&f, work);
        if ((s->rsp_prod == old) != !work)
            tst_die("final check for responses: %d", work);
        if (!work && s->rsp_event != old + 1)
            tst_die("final check did not re-arm rsp_event");
        n_checked++;
    }
}

/* Flex ring: one 4096-byte ring (order 1) between guard pages. */
static void flex(void)
{
    const RING_IDX size = (RING_IDX)XEN_FLEX_RING_SIZE(1);
    unsigned char *ring = (unsigned char *)tst_guarded(1);
    unsigned char *big = (unsigned char *)malloc(5 * size);
    unsigned int bi, i, order;
    uint64_t seed = 11;

    if (size != 4096 || !big)
        tst_die("flex setup");
    for (i = 0; i < size; i++)
        ring[i] = (unsigned char)(i * 7 + 3);
    for (bi = 0; bi < NBASES; bi++) {
        RING_IDX cons = bases[bi];
        RING_IDX good[] = { 0, 1, 7, size - 1, size };
        RING_IDX bad[] = { size + 1, 2 * size, 0x40000000u, 0x7fffffffu,
                           0x80000000u, 0xffffffffu, 0xfffff000u };

        for (i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
            RING_IDX prod = cons + good[i], mc = hflex_mask(cons, size);

            if (XEN_FLEX_RING_IDX_INVALID(prod, cons, size) ||
                hflex_queued(prod, cons, size) != good[i])
                tst_die("flex: honest distance %u rejected", good[i]);
            hflex_read_packet(big, ring, good[i], hflex_mask(prod, size), &mc,
                              size);
            if (mc != hflex_mask(prod, size))
                tst_die("flex: consumer not advanced to the producer");
            n_checked++;
            n_accepted++;
        }
        for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
            RING_IDX prod = cons + bad[i], q, mc = hflex_mask(cons, size);

            /* As reader (peer's producer ahead by bad[i]) and as writer
             * (peer's consumer behind our producer by bad[i]). */
            if (!XEN_FLEX_RING_IDX_INVALID(prod, cons, size) ||
                !XEN_FLEX_RING_IDX_INVALID(cons, cons - bad[i], size))
                tst_die("flex: producer at consumer%+d accepted",
                        (int)bad[i]);
            /* Careless reader: trusts queued(), still inside the ring. */
            q = hflex_queued(prod, cons, size);
            if (q > size)
                tst_die("flex: queued %u", q);
            hflex_read_packet(big, ring, q, hflex_mask(prod, size), &mc, size);
            n_checked++;
            n_rejected++;
        }
    }
    /* Arbitrary indices and oversized copies never leave the ring, and
     * wrap the way the free-running offsets say. */
    for (i = 0; i < 20000; i++) {
        RING_IDX prod, cons, mc, mc0, mp, q, j;
        size_t len;

        seed = tst_mix(seed);
        prod = (RING_IDX)seed;
        cons = (i & 1) ? (RING_IDX)(seed >> 32) : prod - (RING_IDX)(seed >> 52);
        q = hflex_queued(prod, cons, size);
        if (q > size ||
            (!XEN_FLEX_RING_IDX_INVALID(prod, cons, size) &&
             q != (RING_IDX)(prod - cons)))
            tst_die("flex: queued(%#x, %#x) = %u", prod, cons, q);
        len = (size_t)(tst_mix(seed) % (5 * size));
        mc0 = (RING_IDX)tst_mix(seed + 1);
        mc = mc0; /* not even masked */
        hflex_read_packet(big, ring, len, prod, &mc, size);
        for (j = 0; j < len; j++)
            if (big[j] != (unsigned char)(hflex_mask(mc0 + j, size) * 7 + 3))
                tst_die("flex: read_packet byte %u wrong", j);
        if (mc != hflex_mask(mc0 + (RING_IDX)len, size))
            tst_die("flex: read_packet consumer %#x", mc);
        mp = (RING_IDX)tst_mix(seed + 2);
        hflex_write_packet(ring, big, len, &mp, cons, size);
        if (mp != hflex_mask((RING_IDX)tst_mix(seed + 2) + (RING_IDX)len, size))
            tst_die("flex: write_packet producer %#x", mp);
        /* Restore the pattern the checks above rely on. */
        for (j = 0; j < size; j++)
            ring[j] = (unsigned char)(j * 7 + 3);
        if (hflex_get_ring_ptr(ring, prod, size) != ring + (prod & (size - 1)))
            tst_die("flex: get_ring_ptr");
        n_checked++;
    }
    /* Ring orders straight from shared memory: no undefined behaviour. */
    for (order = 0; order < 300; order++) {
        unsigned long sz = XEN_FLEX_RING_SIZE(order);
        unsigned long neg = XEN_FLEX_RING_SIZE(-(int)order);

        if (order + 11 < sizeof(unsigned long) * 8 && sz != 1UL << (order + 11))
            tst_die("XEN_FLEX_RING_SIZE(%u) = %lu", order, sz);
        (void)neg;
    }
    /* A zero ring size (an unvalidated huge order) copies nothing. */
    {
        RING_IDX mc = 5, mp = 5;

        hflex_read_packet(big, ring, 100, 0, &mc, 0);
        hflex_write_packet(ring, big, 100, &mp, 0, 0);
    }
    free(big);
}

int main(void)
{
    h_sring_t *s = (h_sring_t *)tst_guarded(1);

    if (sizeof(*s) != 64 || __CONST_RING_SIZE(h, TST_PAGE) != SLOTS ||
        (char *)&s->ring[SLOTS] != (char *)s + TST_PAGE)
        tst_die("layout: the ring must end exactly at the guard page");
    SHARED_RING_INIT(s);
    fill_ring(s);
    fixed_backend(s);
    fixed_frontend(s);
    notify_and_final_check(s);
    flex();
    printf("hostile: %lu index situations checked: %lu impossible producer "
           "indices (ahead, behind, consumer + size + 1) all rejected, %lu "
           "possible ones all accepted; the older *_PROD_OVERFLOW checks "
           "alone miss %lu of the impossible ones; no access outside the "
           "ring\n", n_checked, n_rejected, n_accepted, n_upstream_missed);
    return 0;
}
