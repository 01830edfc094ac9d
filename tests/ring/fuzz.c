/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer target: the input is a script in which an honest frontend and
 * an honest backend, written as io/ring.h documents, share a fixed-size ring
 * and a flex ring while a hostile peer overwrites indices and slots at any
 * point. Each ring lives in a heap block of exactly its size, so ASan sees
 * any access outside it, and UBSan any undefined arithmetic. Checked on
 * every step:
 *   - the documented checks (XEN_RING_*_PROD_INVALID,
 *     XEN_FLEX_RING_IDX_INVALID) agree with a 64-bit model of which
 *     producer indices an honest peer can write;
 *   - as long as the hostile peer has not touched an index, no check fires
 *     and every message arrives intact and in order;
 *   - after a check passes, the consumer loop never runs past the ring
 *     (RING_REQUEST_CONS_OVERFLOW never fires) and reads at most the free
 *     slots; a consumer skipping the check stays inside the ring too;
 *   - the flex helpers return counts within the ring and leave the indices
 *     where the free-running arithmetic says, for any index and length.
 * Any violation aborts.
 */
#include "ring-test.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

DEFINE_XEN_FLEX_RING(hflex);

struct script {
    const uint8_t *p;
    size_t n;
};

static uint8_t u8(struct script *s)
{
    if (!s->n)
        return 0;
    s->n--;
    return *s->p++;
}

static uint32_t u32(struct script *s)
{
    uint32_t v = u8(s);

    v |= (uint32_t)u8(s) << 8;
    v |= (uint32_t)u8(s) << 16;
    return v | (uint32_t)u8(s) << 24;
}

#define CHECK(c) do { if (!(c)) { fprintf(stderr, "violated: %s (line %d)\n", \
                                          #c, __LINE__); abort(); } } while (0)

/* Distance a - b modulo 2^32, computed without RING_IDX arithmetic. */
static uint64_t dist(uint64_t a, uint64_t b)
{
    return (a + (1ULL << 32) - b) & 0xffffffffULL;
}

struct fixed {
    tst_sring_t *s;
    tst_front_ring_t front;
    tst_back_ring_t back;
    RING_IDX base;
    int tampered;          /* hostile peer wrote an index */
    int content_tampered;  /* hostile peer wrote a slot */
};

static void frontend_produce(struct fixed *f, unsigned int k)
{
    int notify;

    while (k-- && !RING_FULL(&f->front)) {
        tst_fill_request(RING_GET_REQUEST(&f->front, f->front.req_prod_pvt),
                         (RING_IDX)(f->front.req_prod_pvt - f->base));
        f->front.req_prod_pvt++;
    }
    RING_PUSH_REQUESTS_AND_CHECK_NOTIFY(&f->front, notify);
    CHECK(notify == 0 || notify == 1);
}

static void backend_consume(struct fixed *f, unsigned int limit)
{
    tst_back_ring_t *b = &f->back;
    RING_IDX prod = xen_ring_idx_read(b->sring->req_prod);
    uint64_t room = RING_SIZE(b) - dist(b->req_cons, b->rsp_prod_pvt);
    int model_bad = dist(prod, b->req_cons) > room;
    RING_IDX n = 0;

    xen_rmb();
    CHECK(dist(b->req_cons, b->rsp_prod_pvt) <= RING_SIZE(b));
    CHECK(!!XEN_RING_REQUEST_PROD_INVALID(b, prod) == model_bad);
    CHECK(XEN_RING_NR_UNCONSUMED_REQUESTS(b) <= room);
    if (model_bad) {
        CHECK(f->tampered);
        return;
    }
    while (b->req_cons != prod && n < limit) {
        struct tst_request req;

        CHECK(!RING_REQUEST_CONS_OVERFLOW(b, b->req_cons));
        RING_COPY_REQUEST(b, b->req_cons, &req);
        if (!f->tampered && !f->content_tampered)
            CHECK(!tst_check_request(&req, (RING_IDX)(b->req_cons - f->base)));
        b->req_cons++;
        n++;
    }
    CHECK(n <= room);
}

static void backend_careless(struct fixed *f)
{
    tst_back_ring_t *b = &f->back;
    RING_IDX prod = xen_ring_idx_read(b->sring->req_prod), n = 0;

    while (b->req_cons != prod &&
           !RING_REQUEST_CONS_OVERFLOW(b, b->req_cons)) {
        struct tst_request req;

        RING_COPY_REQUEST(b, b->req_cons, &req);
        b->req_cons++;
        n++;
    }
    CHECK(n <= RING_SIZE(b));
}

static void backend_answer(struct fixed *f, unsigned int k)
{
    tst_back_ring_t *b = &f->back;
    int notify;

    while (k-- && b->rsp_prod_pvt != b->req_cons) {
        struct tst_response *rsp = RING_GET_RESPONSE(b, b->rsp_prod_pvt);
        uint64_t id = (RING_IDX)(b->rsp_prod_pvt - f->base);

        rsp->id = id;
        rsp->status = 0;
        rsp->pad = 0;
        rsp->check = tst_response_check(id);
        b->rsp_prod_pvt++;
    }
    RING_PUSH_RESPONSES_AND_CHECK_NOTIFY(b, notify);
    CHECK(notify == 0 || notify == 1);
}

static void frontend_consume(struct fixed *f)
{
    tst_front_ring_t *fr = &f->front;
    RING_IDX prod = xen_ring_idx_read(fr->sring->rsp_prod);
    int model_bad = dist(prod, fr->rsp_cons) >
                    dist(fr->req_prod_pvt, fr->rsp_cons);

    xen_rmb();
    CHECK(!!XEN_RING_RESPONSE_PROD_INVALID(fr, prod) == model_bad);
    if (model_bad) {
        CHECK(f->tampered);
        return;
    }
    while (fr->rsp_cons != prod) {
        struct tst_response rsp;
        uint64_t id = (RING_IDX)(fr->rsp_cons - f->base);

        RING_COPY_RESPONSE(fr, fr->rsp_cons, &rsp);
        if (!f->tampered && !f->content_tampered)
            CHECK(rsp.id == id && rsp.check == tst_response_check(id));
        fr->rsp_cons++;
    }
}

static void hostile_index(struct fixed *f, struct script *sc)
{
    uint8_t which = u8(sc) & 3, how = u8(sc) % 3;
    RING_IDX *field, near, v;

    switch (which) {
    case 0: field = &f->s->req_prod; near = f->back.req_cons; break;
    case 1: field = &f->s->req_event; near = f->back.req_cons; break;
    case 2: field = &f->s->rsp_prod; near = f->front.rsp_cons; break;
    default: field = &f->s->rsp_event; near = f->front.rsp_cons; break;
    }
    if (how == 0)
        v = u32(sc);
    else if (how == 1)
        v = near + (RING_IDX)(int8_t)u8(sc);
    else
        v = near + RING_SIZE(&f->back) + (RING_IDX)(int8_t)u8(sc) % 3;
    if ((which & 1) == 0 && v != *field)
        f->tampered = 1;
    *field = v;
}

static void run_fixed(struct script *sc)
{
    struct fixed f;
    int work;

    memset(&f, 0, sizeof(f));
    f.s = (tst_sring_t *)malloc(TST_PAGE);
    CHECK(f.s != NULL);
    memset(f.s, 0xa5, TST_PAGE);
    f.base = u32(sc);
    SHARED_RING_INIT(f.s);
    f.s->req_prod = f.s->rsp_prod = f.base;
    f.s->req_event = f.s->rsp_event = f.base + 1;
    FRONT_RING_ATTACH(&f.front, f.s, f.base, TST_PAGE);
    BACK_RING_ATTACH(&f.back, f.s, f.base, TST_PAGE);
    CHECK(RING_SIZE(&f.front) == 32);

    while (sc->n) {
        uint8_t op = u8(sc);

        if (op == 0xff)
            break; /* rest of the input drives the flex ring */
        switch (op % 9) {
        case 0: frontend_produce(&f, u8(sc) % 40); break;
        case 1: backend_consume(&f, u8(sc) % 40 + 1); break;
        case 2: backend_answer(&f, u8(sc) % 40); break;
        case 3: frontend_consume(&f); break;
        case 4: hostile_index(&f, sc); break;
        case 5: {
            unsigned int slot = u8(sc) % 32, off = u8(sc) % 72;

            ((unsigned char *)&f.s->ring[slot])[off] = u8(sc);
            f.content_tampered = 1;
            break;
        }
        case 6:
            RING_FINAL_CHECK_FOR_REQUESTS(&f.back, work);
            CHECK((unsigned int)work <= RING_SIZE(&f.back));
            RING_FINAL_CHECK_FOR_RESPONSES(&f.front, work);
            if (!f.tampered)
                CHECK((RING_IDX)work <=
                      (RING_IDX)(f.front.req_prod_pvt - f.front.rsp_cons));
            break;
        case 7: backend_careless(&f); break;
        default:
            CHECK(RING_FREE_REQUESTS(&f.front) <= RING_SIZE(&f.front));
            (void)RING_HAS_UNCONSUMED_RESPONSES(&f.front);
            break;
        }
    }
    free(f.s);
}

static void run_flex(struct script *sc)
{
    unsigned int order = u8(sc) % 3;            /* 2, 4 or 8 KiB rings */
    RING_IDX size = (RING_IDX)XEN_FLEX_RING_SIZE(order);
    unsigned char *ring = (unsigned char *)malloc(size);
    unsigned char *buf = (unsigned char *)malloc(4 * (size_t)size + 1);
    RING_IDX cons = u32(sc);
    unsigned int i;

    CHECK(ring && buf);
    for (i = 0; i < size; i++)
        ring[i] = (unsigned char)i;
    while (sc->n) {
        uint8_t op = u8(sc);
        RING_IDX prod, q, mc, mp, start;
        size_t len, j;

        switch (op % 4) {
        case 0: /* documented reader against a producer index */
            prod = (op & 4) ? u32(sc) : cons + (RING_IDX)(u8(sc) * 37u);
            CHECK(!!XEN_FLEX_RING_IDX_INVALID(prod, cons, size) ==
                  (dist(prod, cons) > size));
            q = hflex_queued(prod, cons, size);
            CHECK(q <= size);
            if (XEN_FLEX_RING_IDX_INVALID(prod, cons, size))
                break; /* a real reader stops here; q stays bounded */
            CHECK(q == (RING_IDX)(prod - cons));
            len = q ? u8(sc) % (q + 1) : 0;
            mc = hflex_mask(cons, size);
            hflex_read_packet(buf, ring, len, hflex_mask(prod, size), &mc,
                              size);
            for (j = 0; j < len; j++)
                CHECK(buf[j] == (unsigned char)hflex_mask(cons + (RING_IDX)j,
                                                         size));
            CHECK(mc == hflex_mask(cons + (RING_IDX)len, size));
            cons += (RING_IDX)len;
            break;
        case 1: /* oversized, unmasked misuse: still inside the ring */
            start = u32(sc);
            len = u32(sc) % (4 * (size_t)size + 1);
            mc = start;
            hflex_read_packet(buf, ring, len, u32(sc), &mc, size);
            CHECK(mc == hflex_mask(start + (RING_IDX)len, size));
            mp = start;
            hflex_write_packet(ring, buf, len, &mp, u32(sc), size);
            CHECK(mp == mc);
            for (i = 0; i < size; i++)
                ring[i] = (unsigned char)i;
            break;
        case 2:
            prod = u32(sc);
            CHECK(hflex_get_ring_ptr(ring, prod, size) <= ring + size - 1);
            (void)XEN_FLEX_RING_SIZE(u32(sc)); /* any order: no UB */
            break;
        default:
            cons = u32(sc);
            break;
        }
    }
    free(buf);
    free(ring);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct script sc;

    sc.p = data;
    sc.n = size;
    run_fixed(&sc);
    run_flex(&sc);
    return 0;
}
