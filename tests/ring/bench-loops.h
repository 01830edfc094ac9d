/* SPDX-License-Identifier: MIT */
/*
 * The measured loops of bench.c, included twice: once with BENCH_VARIANT
 * `copy` (slots taken with RING_COPY_REQUEST()/RING_COPY_RESPONSE(), flex
 * data with the xen_9pfs_* helpers) and once with BENCH_VARIANT `floor`
 * (plain struct assignment from RING_GET_*(), plain memcpy from the flex
 * ring). Everything else is the same code, so the difference between the
 * two is the cost of the copy alone. BENCH_COPY_REQ and BENCH_COPY_RSP name
 * the copy; BENCH_FLEX_READ the flex read.
 *
 * Written in the common subset of C89 and C++98, like bench.c.
 */
#define BENCH_N3_(a, b) a##_##b
#define BENCH_N2_(a, b) BENCH_N3_(a, b)
#define BENCH_N(a) BENCH_N2_(a, BENCH_VARIANT)

/* ---- blkif -------------------------------------------------------------- */

/* Backend: take every request published, answer each. */
static void BENCH_N(blk_back)(blkif_back_ring_t *back, uint64_t *acc)
{
    RING_IDX prod = xen_ring_idx_read(back->sring->req_prod);
    int notify;

    xen_rmb();
    if (XEN_RING_REQUEST_PROD_INVALID(back, prod))
        bench_die("blkif backend: req_prod rejected");
    while (back->req_cons != prod) {
        struct blkif_request req;
        struct blkif_response *rsp;
        int16_t st;

        BENCH_COPY_REQ(back, back->req_cons, &req);
        back->req_cons++;
        st = blk_handle(&req, acc);
        rsp = RING_GET_RESPONSE(back, back->rsp_prod_pvt);
        rsp->id = req.id;
        rsp->operation = req.operation;
        rsp->status = st;
        back->rsp_prod_pvt++;
    }
    RING_PUSH_RESPONSES_AND_CHECK_NOTIFY(back, notify);
    *acc += (uint64_t)notify;
}

/* Frontend: take every response published; 0 when there were none. */
static unsigned int BENCH_N(blk_front_rsp)(blkif_front_ring_t *front,
                                           uint64_t *acc)
{
    RING_IDX prod = xen_ring_idx_read(front->sring->rsp_prod);
    unsigned int n = 0;

    xen_rmb();
    if (XEN_RING_RESPONSE_PROD_INVALID(front, prod))
        bench_die("blkif frontend: rsp_prod rejected");
    while (front->rsp_cons != prod) {
        struct blkif_response rsp;

        BENCH_COPY_RSP(front, front->rsp_cons, &rsp);
        front->rsp_cons++;
        *acc += rsp.id ^ (uint64_t)(uint16_t)rsp.status;
        n++;
    }
    return n;
}

/* Frontend: fill and publish up to BENCH_BURST requests. */
static unsigned int BENCH_N(blk_front_req)(blkif_front_ring_t *front,
                                           unsigned long left, uint64_t *acc)
{
    unsigned int k = 0;
    int notify;

    while (k < BENCH_BURST && k < left && !RING_FULL(front)) {
        blk_fill(RING_GET_REQUEST(front, front->req_prod_pvt),
                 front->req_prod_pvt);
        front->req_prod_pvt++;
        k++;
    }
    if (k) {
        RING_PUSH_REQUESTS_AND_CHECK_NOTIFY(front, notify);
        *acc += (uint64_t)notify;
    }
    return k;
}

/* One thread: n requests, BENCH_BURST at a time, each answered. */
static uint64_t BENCH_N(blk_st)(void *shared, unsigned long n)
{
    blkif_sring_t *s = (blkif_sring_t *)shared;
    blkif_front_ring_t front;
    blkif_back_ring_t back;
    unsigned long sent = 0;
    uint64_t acc = 0;
    int more;

    SHARED_RING_INIT(s);
    FRONT_RING_INIT(&front, s, BENCH_PAGE);
    BACK_RING_INIT(&back, s, BENCH_PAGE);
    while (sent < n) {
        sent += BENCH_N(blk_front_req)(&front, n - sent, &acc);
        BENCH_N(blk_back)(&back, &acc);
        RING_FINAL_CHECK_FOR_REQUESTS(&back, more);
        acc += (uint64_t)more;
        BENCH_N(blk_front_rsp)(&front, &acc);
        RING_FINAL_CHECK_FOR_RESPONSES(&front, more);
        acc += (uint64_t)more;
    }
    return acc;
}

static void *BENCH_N(blk_mt_front)(void *arg)
{
    struct bench_mt *m = (struct bench_mt *)arg;
    blkif_front_ring_t front;
    unsigned long sent = 0, got = 0;
    unsigned int idle = 0;
    uint64_t acc = 0;

    FRONT_RING_INIT(&front, (blkif_sring_t *)m->shared, BENCH_PAGE);
    while (got < m->n) {
        unsigned int k = BENCH_N(blk_front_req)(&front, m->n - sent, &acc);
        unsigned int r = BENCH_N(blk_front_rsp)(&front, &acc);

        sent += k;
        got += r;
        bench_idle(k + r ? (idle = 0) : ++idle);
    }
    m->acc_front = acc;
    return NULL;
}

static void *BENCH_N(blk_mt_back)(void *arg)
{
    struct bench_mt *m = (struct bench_mt *)arg;
    blkif_back_ring_t back;
    unsigned int idle = 0;
    uint64_t acc = 0;

    BACK_RING_INIT(&back, (blkif_sring_t *)m->shared, BENCH_PAGE);
    while (back.rsp_prod_pvt != (RING_IDX)m->n) {
        RING_IDX before = back.req_cons;

        BENCH_N(blk_back)(&back, &acc);
        bench_idle(back.req_cons != before ? (idle = 0) : ++idle);
    }
    m->acc_back = acc;
    return NULL;
}

static uint64_t BENCH_N(blk_mt)(void *shared, unsigned long n)
{
    SHARED_RING_INIT((blkif_sring_t *)shared);
    return bench_threads(shared, n, BENCH_N(blk_mt_front),
                         BENCH_N(blk_mt_back));
}

/* ---- netif (transmit ring) ---------------------------------------------- */

static void BENCH_N(net_back)(netif_tx_back_ring_t *back, uint64_t *acc)
{
    RING_IDX prod = xen_ring_idx_read(back->sring->req_prod);
    int notify;

    xen_rmb();
    if (XEN_RING_REQUEST_PROD_INVALID(back, prod))
        bench_die("netif backend: req_prod rejected");
    while (back->req_cons != prod) {
        struct netif_tx_request req;
        struct netif_tx_response *rsp;

        BENCH_COPY_REQ(back, back->req_cons, &req);
        back->req_cons++;
        rsp = RING_GET_RESPONSE(back, back->rsp_prod_pvt);
        rsp->id = req.id;
        rsp->status = net_handle(&req, acc);
        back->rsp_prod_pvt++;
    }
    RING_PUSH_RESPONSES_AND_CHECK_NOTIFY(back, notify);
    *acc += (uint64_t)notify;
}

static unsigned int BENCH_N(net_front_rsp)(netif_tx_front_ring_t *front,
                                           uint64_t *acc)
{
    RING_IDX prod = xen_ring_idx_read(front->sring->rsp_prod);
    unsigned int n = 0;

    xen_rmb();
    if (XEN_RING_RESPONSE_PROD_INVALID(front, prod))
        bench_die("netif frontend: rsp_prod rejected");
    while (front->rsp_cons != prod) {
        struct netif_tx_response rsp;

        BENCH_COPY_RSP(front, front->rsp_cons, &rsp);
        front->rsp_cons++;
        *acc += (uint64_t)rsp.id + (uint64_t)(uint16_t)rsp.status;
        n++;
    }
    return n;
}

static unsigned int BENCH_N(net_front_req)(netif_tx_front_ring_t *front,
                                           unsigned long left, uint64_t *acc)
{
    unsigned int k = 0;
    int notify;

    while (k < BENCH_BURST && k < left && !RING_FULL(front)) {
        net_fill(RING_GET_REQUEST(front, front->req_prod_pvt),
                 front->req_prod_pvt);
        front->req_prod_pvt++;
        k++;
    }
    if (k) {
        RING_PUSH_REQUESTS_AND_CHECK_NOTIFY(front, notify);
        *acc += (uint64_t)notify;
    }
    return k;
}

static uint64_t BENCH_N(net_st)(void *shared, unsigned long n)
{
    netif_tx_sring_t *s = (netif_tx_sring_t *)shared;
    netif_tx_front_ring_t front;
    netif_tx_back_ring_t back;
    unsigned long sent = 0;
    uint64_t acc = 0;
    int more;

    SHARED_RING_INIT(s);
    FRONT_RING_INIT(&front, s, BENCH_PAGE);
    BACK_RING_INIT(&back, s, BENCH_PAGE);
    while (sent < n) {
        sent += BENCH_N(net_front_req)(&front, n - sent, &acc);
        BENCH_N(net_back)(&back, &acc);
        RING_FINAL_CHECK_FOR_REQUESTS(&back, more);
        acc += (uint64_t)more;
        BENCH_N(net_front_rsp)(&front, &acc);
        RING_FINAL_CHECK_FOR_RESPONSES(&front, more);
        acc += (uint64_t)more;
    }
    return acc;
}

static void *BENCH_N(net_mt_front)(void *arg)
{
    struct bench_mt *m = (struct bench_mt *)arg;
    netif_tx_front_ring_t front;
    unsigned long sent = 0, got = 0;
    unsigned int idle = 0;
    uint64_t acc = 0;

    FRONT_RING_INIT(&front, (netif_tx_sring_t *)m->shared, BENCH_PAGE);
    while (got < m->n) {
        unsigned int k = BENCH_N(net_front_req)(&front, m->n - sent, &acc);
        unsigned int r = BENCH_N(net_front_rsp)(&front, &acc);

        sent += k;
        got += r;
        bench_idle(k + r ? (idle = 0) : ++idle);
    }
    m->acc_front = acc;
    return NULL;
}

static void *BENCH_N(net_mt_back)(void *arg)
{
    struct bench_mt *m = (struct bench_mt *)arg;
    netif_tx_back_ring_t back;
    unsigned int idle = 0;
    uint64_t acc = 0;

    BACK_RING_INIT(&back, (netif_tx_sring_t *)m->shared, BENCH_PAGE);
    while (back.rsp_prod_pvt != (RING_IDX)m->n) {
        RING_IDX before = back.req_cons;

        BENCH_N(net_back)(&back, &acc);
        bench_idle(back.req_cons != before ? (idle = 0) : ++idle);
    }
    m->acc_back = acc;
    return NULL;
}

static uint64_t BENCH_N(net_mt)(void *shared, unsigned long n)
{
    SHARED_RING_INIT((netif_tx_sring_t *)shared);
    return bench_threads(shared, n, BENCH_N(net_mt_front),
                         BENCH_N(net_mt_back));
}

/* ---- byte stream over a 9pfs flex ring ---------------------------------- */

/* Writer: as many whole messages as fit, then publish; returns the count. */
static unsigned long BENCH_N(flex_write)(struct bench_flex *f, unsigned long left)
{
    RING_IDX prod = f->intf->out_prod; /* only the writer writes it */
    RING_IDX cons = xen_ring_idx_read(f->intf->out_cons);
    RING_IDX mprod = xen_9pfs_mask(prod, f->size);
    unsigned long k = 0;

    xen_rmb();
    if (XEN_FLEX_RING_IDX_INVALID(prod, cons, f->size))
        bench_die("flex writer: out_cons rejected");
    while (k < left &&
           f->size - xen_9pfs_queued(prod, cons, f->size) >= BENCH_MSG) {
        xen_9pfs_write_packet(f->out, f->msg, BENCH_MSG, &mprod,
                              xen_9pfs_mask(cons, f->size), f->size);
        prod += BENCH_MSG;
        k++;
    }
    if (k) {
        xen_wmb();
        xen_ring_idx_write(f->intf->out_prod, prod);
    }
    return k;
}

/* Reader: every whole message queued, then publish; returns the count. */
static unsigned long BENCH_N(flex_read)(struct bench_flex *f, uint64_t *acc)
{
    RING_IDX cons = f->intf->out_cons; /* only the reader writes it */
    RING_IDX prod = xen_ring_idx_read(f->intf->out_prod);
    RING_IDX mcons = xen_9pfs_mask(cons, f->size);
    unsigned long k = 0;
    unsigned char buf[BENCH_MSG];

    xen_rmb();
    if (XEN_FLEX_RING_IDX_INVALID(prod, cons, f->size))
        bench_die("flex reader: out_prod rejected");
    while (xen_9pfs_queued(prod, cons, f->size) >= BENCH_MSG) {
        BENCH_FLEX_READ(f, buf, &mcons);
        *acc += bench_use(buf);
        cons += BENCH_MSG;
        k++;
    }
    if (k) {
        xen_mb();
        xen_ring_idx_write(f->intf->out_cons, cons);
    }
    return k;
}

static uint64_t BENCH_N(flex_st)(void *shared, unsigned long n)
{
    struct bench_flex *f = bench_flex_init(shared);
    unsigned long sent = 0;
    uint64_t acc = 0;

    while (sent < n) {
        sent += BENCH_N(flex_write)(f, n - sent);
        (void)BENCH_N(flex_read)(f, &acc);
    }
    return acc;
}

static void *BENCH_N(flex_mt_front)(void *arg)
{
    struct bench_mt *m = (struct bench_mt *)arg;
    struct bench_flex *f = (struct bench_flex *)m->shared;
    unsigned long sent = 0;
    unsigned int idle = 0;

    while (sent < m->n) {
        unsigned long k = BENCH_N(flex_write)(f, m->n - sent);

        sent += k;
        bench_idle(k ? (idle = 0) : ++idle);
    }
    return NULL;
}

static void *BENCH_N(flex_mt_back)(void *arg)
{
    struct bench_mt *m = (struct bench_mt *)arg;
    struct bench_flex *f = (struct bench_flex *)m->shared;
    unsigned long got = 0;
    unsigned int idle = 0;
    uint64_t acc = 0;

    while (got < m->n) {
        unsigned long k = BENCH_N(flex_read)(f, &acc);

        got += k;
        bench_idle(k ? (idle = 0) : ++idle);
    }
    m->acc_back = acc;
    return NULL;
}

static uint64_t BENCH_N(flex_mt)(void *shared, unsigned long n)
{
    return bench_threads(bench_flex_init(shared), n, BENCH_N(flex_mt_front),
                         BENCH_N(flex_mt_back));
}

#undef BENCH_N
#undef BENCH_N2_
#undef BENCH_N3_
