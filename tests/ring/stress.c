/* SPDX-License-Identifier: MIT */
/*
 * stress [FIXED_REQUESTS [FLEX_MESSAGES]]
 *
 * A frontend thread and a backend thread talk over one shared ring page,
 * first with a fixed-size ring (DEFINE_RING_TYPES, block-like requests and
 * responses), then with the byte-stream ring of io/9pfs.h (the xen_9pfs_*
 * helpers DEFINE_XEN_FLEX_RING_AND_INTF gives it, variable-length messages
 * in both directions). Indices start just below 2^32 so that they wrap
 * during the run. Every message is checked on
 * arrival against the pattern its sequence number determines, so a lost,
 * duplicated, reordered or torn message fails the test; so does a missed
 * wake-up (a thread that waits 30 s for an event that never comes), and any
 * index the documented checks reject. The two sides wake each other through
 * semaphores standing in for event channels, and only when the ring macros
 * say a notification is needed.
 *
 * Built with ASan+UBSan and with TSan by ring.mk. Prints what it exchanged.
 */
#define _GNU_SOURCE 1
#include "ring-test.h"

#include <xen/public/io/9pfs.h> /* a real byte-stream protocol: xen_9pfs_* */

#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <time.h>

#define START_FIXED 0xfffffc18u /* 2^32 - 1000 */
#define START_FLEX  0xfffff000u /* 2^32 - 4096 */
#define FLEX_ORDER  1           /* two rings of 4096 bytes */
#define HDR         8u          /* flex message header: seq, len */
#ifndef WAIT_SECONDS
#define WAIT_SECONDS 30
#endif

static sem_t front_evt, back_evt;

struct stats {
    unsigned long notify, waits;
};

/* Wait for an event; a long silence means a lost wake-up. */
static void wait_event(sem_t *s, const char *who)
{
    struct timespec ts;

    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_sec += WAIT_SECONDS;
    while (sem_timedwait(s, &ts) != 0) {
        if (errno == EINTR)
            continue;
        tst_die("%s: no event for %d s: lost wake-up", who, WAIT_SECONDS);
    }
}

/* Deterministic per-thread pseudo-random numbers. */
static unsigned int rnd(uint64_t *state, unsigned int bound)
{
    *state = tst_mix(*state);
    return (unsigned int)(*state % bound);
}

/* ------------------------------------------------------------------ */
/* Fixed-size ring                                                     */

static tst_sring_t *sring;
static unsigned long n_fixed;
static struct stats fstat_front, fstat_back;

static void *fixed_front(void *arg)
{
    tst_front_ring_t front;
    unsigned long sent = 0, received = 0;
    uint64_t seed = 1;
    int notify, more;

    (void)arg;
    FRONT_RING_ATTACH(&front, sring, START_FIXED, TST_PAGE);
    while (received < n_fixed) {
        unsigned int batch = 1 + rnd(&seed, RING_SIZE(&front)), k = 0;
        /* An eighth of the run goes in lock-step (one request, then wait
         * for its response), where a single missed wake-up stalls. */
        int lockstep = ((sent >> 12) & 7) == 0;

        if (lockstep)
            batch = received == sent;
        while (sent < n_fixed && !RING_FULL(&front) && k < batch) {
            tst_fill_request(RING_GET_REQUEST(&front, front.req_prod_pvt),
                             sent);
            front.req_prod_pvt++;
            sent++;
            k++;
        }
        if (k) {
            RING_PUSH_REQUESTS_AND_CHECK_NOTIFY(&front, notify);
            if (notify) {
                fstat_front.notify++;
                sem_post(&back_evt);
            }
        }
        for (;;) {
            RING_IDX prod = xen_ring_idx_read(front.sring->rsp_prod);

            xen_rmb();
            if (XEN_RING_RESPONSE_PROD_INVALID(&front, prod) ||
                RING_RESPONSE_PROD_OVERFLOW(&front, prod))
                tst_die("frontend: honest backend's rsp_prod %#x rejected",
                        prod);
            while (front.rsp_cons != prod) {
                struct tst_response rsp;

                RING_COPY_RESPONSE(&front, front.rsp_cons, &rsp);
                if (rsp.id != received || rsp.status != 0 ||
                    rsp.check != tst_response_check(received))
                    tst_die("frontend: response %lu wrong (id %llu)",
                            received, (unsigned long long)rsp.id);
                front.rsp_cons++;
                received++;
            }
            if (received == n_fixed ||
                (sent < n_fixed && !RING_FULL(&front) &&
                 !(lockstep && received != sent)))
                break;
            RING_FINAL_CHECK_FOR_RESPONSES(&front, more);
            if (more)
                continue;
            fstat_front.waits++;
            wait_event(&front_evt, "frontend");
        }
    }
    if (front.req_prod_pvt != (RING_IDX)(START_FIXED + n_fixed) ||
        front.rsp_cons != front.req_prod_pvt)
        tst_die("frontend: final indices %#x/%#x", front.req_prod_pvt,
                front.rsp_cons);
    return NULL;
}

static void *fixed_back(void *arg)
{
    tst_back_ring_t back;
    unsigned long consumed = 0;
    uint64_t seed = 2;
    int notify, more;

    (void)arg;
    BACK_RING_ATTACH(&back, sring, START_FIXED, TST_PAGE);
    while (back.rsp_prod_pvt != (RING_IDX)(START_FIXED + n_fixed)) {
        RING_IDX prod = xen_ring_idx_read(back.sring->req_prod);
        RING_IDX pending;
        unsigned int answer;

        xen_rmb();
        if (XEN_RING_REQUEST_PROD_INVALID(&back, prod) ||
            RING_REQUEST_PROD_OVERFLOW(&back, prod))
            tst_die("backend: honest frontend's req_prod %#x rejected", prod);
        /* Read what is there, keeping the slots (responses come later). */
        while (back.req_cons != prod) {
            struct tst_request req;

            if (RING_REQUEST_CONS_OVERFLOW(&back, back.req_cons))
                tst_die("backend: consumer overflow at %#x", back.req_cons);
            RING_COPY_REQUEST(&back, back.req_cons, &req);
            if (tst_check_request(&req, consumed))
                tst_die("backend: request %lu wrong (id %llu)", consumed,
                        (unsigned long long)req.id);
            back.req_cons++;
            consumed++;
        }
        /* Answer some of the requests read (all of them when idle), in
         * order; a response reuses the slot of a request already read. */
        pending = back.req_cons - back.rsp_prod_pvt;
        answer = pending ? 1 + rnd(&seed, pending) : 0;
        if (rnd(&seed, 4) == 0)
            answer = pending;
        while (answer--) {
            struct tst_response *rsp =
                RING_GET_RESPONSE(&back, back.rsp_prod_pvt);
            uint64_t id = (RING_IDX)(back.rsp_prod_pvt - START_FIXED);

            rsp->id = id;
            rsp->status = 0;
            rsp->pad = 0;
            rsp->check = tst_response_check(id);
            back.rsp_prod_pvt++;
        }
        RING_PUSH_RESPONSES_AND_CHECK_NOTIFY(&back, notify);
        if (notify) {
            fstat_back.notify++;
            sem_post(&front_evt);
        }
        if (back.req_cons != back.rsp_prod_pvt)
            continue; /* still holding requests: answer them first */
        RING_FINAL_CHECK_FOR_REQUESTS(&back, more);
        if (!more && back.rsp_prod_pvt != (RING_IDX)(START_FIXED + n_fixed)) {
            fstat_back.waits++;
            wait_event(&back_evt, "backend");
        }
    }
    if (consumed != n_fixed)
        tst_die("backend: consumed %lu of %lu", consumed, n_fixed);
    return NULL;
}

static void run_fixed(void)
{
    pthread_t f, b;
    RING_IDX end = (RING_IDX)(START_FIXED + n_fixed);

    sring = (tst_sring_t *)tst_guarded(1);
    SHARED_RING_INIT(sring);
    /* Move the fresh ring's indices to just below 2^32. */
    sring->req_prod = sring->rsp_prod = START_FIXED;
    sring->req_event = sring->rsp_event = START_FIXED + 1;
    if (__CONST_RING_SIZE(tst, TST_PAGE) != 32)
        tst_die("unexpected ring size %u", (unsigned int)__CONST_RING_SIZE(tst, TST_PAGE));
    if (pthread_create(&f, NULL, fixed_front, NULL) ||
        pthread_create(&b, NULL, fixed_back, NULL))
        tst_die("pthread_create");
    pthread_join(f, NULL);
    pthread_join(b, NULL);
    if (sring->req_prod != end || sring->rsp_prod != end)
        tst_die("fixed ring: shared indices %#x/%#x, want %#x",
                sring->req_prod, sring->rsp_prod, end);
    printf("fixed ring: %lu requests and %lu responses exchanged over 32 "
           "slots, all checked; indices 0x%08x -> 0x%08x (%lu wrap%s of "
           "2^32); notifications front->back %lu, back->front %lu; "
           "waits %lu/%lu\n", n_fixed, n_fixed, START_FIXED, end,
           (unsigned long)(((uint64_t)START_FIXED + n_fixed) >> 32),
           (((uint64_t)START_FIXED + n_fixed) >> 32) == 1 ? "" : "s",
           fstat_front.notify, fstat_back.notify, fstat_front.waits,
           fstat_back.waits);
}

/* ------------------------------------------------------------------ */
/* Byte-stream ring                                                    */

static struct xen_9pfs_data_intf *intf;
static unsigned char *data_in, *data_out;
static RING_IDX flex_size;
static unsigned long n_flex;
static struct stats xstat_front, xstat_back;
static uint64_t bytes_out, bytes_in;

/* Peer index, read once and validated against our own. */
static RING_IDX peer_index(RING_IDX *shared, RING_IDX mine, int peer_is_prod,
                           const char *who)
{
    RING_IDX v = xen_ring_idx_read(*shared);

    xen_rmb();
    if (peer_is_prod ? XEN_FLEX_RING_IDX_INVALID(v, mine, flex_size)
                     : XEN_FLEX_RING_IDX_INVALID(mine, v, flex_size))
        tst_die("%s: honest peer's index %#x rejected (mine %#x)", who, v,
                mine);
    return v;
}

/* Try to read one whole message from a ring; 1 if done. */
static int flex_read_msg(unsigned char *ring, RING_IDX *cons_shared,
                         RING_IDX *prod_shared, uint32_t want_seq,
                         unsigned int dir, const char *who, uint64_t *bytes)
{
    RING_IDX cons = *cons_shared; /* we are its only writer */
    RING_IDX prod = peer_index(prod_shared, cons, 1, who);
    RING_IDX avail = xen_9pfs_queued(prod, cons, flex_size);
    RING_IDX mcons = xen_9pfs_mask(cons, flex_size), peek = mcons;
    uint32_t hdr[2] = { 0, 0 }, i;
    unsigned char payload[256];

    if (avail > flex_size)
        tst_die("%s: queued %u > ring size", who, avail);
    if (avail < HDR)
        return 0;
    xen_9pfs_read_packet(hdr, ring, HDR, xen_9pfs_mask(prod, flex_size),
                         &peek, flex_size);
    if (hdr[1] > sizeof(payload))
        tst_die("%s: message length %u", who, hdr[1]);
    if (avail < HDR + hdr[1])
        return 0;
    mcons = peek;
    xen_9pfs_read_packet(payload, ring, hdr[1],
                         xen_9pfs_mask(prod, flex_size), &mcons, flex_size);
    if (hdr[0] != want_seq || hdr[1] != tst_len(want_seq, dir))
        tst_die("%s: message %u arrived as %u (len %u)", who, want_seq,
                hdr[0], hdr[1]);
    for (i = 0; i < hdr[1]; i++)
        if (payload[i] != tst_byte(want_seq, i, dir))
            tst_die("%s: message %u byte %u corrupt", who, want_seq, i);
    if (mcons != xen_9pfs_mask(cons + HDR + hdr[1], flex_size))
        tst_die("%s: read_packet left the consumer at %u", who, mcons);
    xen_mb(); /* done with the bytes before the writer may reuse them */
    xen_ring_idx_write(*cons_shared, cons + HDR + hdr[1]);
    *bytes += HDR + hdr[1];
    return 1;
}

/* Try to write message `seq` to a ring; 1 if done. */
static int flex_write_msg(unsigned char *ring, RING_IDX *prod_shared,
                          RING_IDX *cons_shared, uint32_t seq,
                          unsigned int dir, const char *who)
{
    RING_IDX prod = *prod_shared; /* we are its only writer */
    RING_IDX cons = peer_index(cons_shared, prod, 0, who);
    RING_IDX space = flex_size - xen_9pfs_queued(prod, cons, flex_size);
    uint32_t len = tst_len(seq, dir), hdr[2], i;
    unsigned char msg[HDR + 256];
    RING_IDX mprod = xen_9pfs_mask(prod, flex_size);

    if (space < HDR + len)
        return 0;
    hdr[0] = seq;
    hdr[1] = len;
    memcpy(msg, hdr, HDR);
    for (i = 0; i < len; i++)
        msg[HDR + i] = tst_byte(seq, i, dir);
    xen_9pfs_write_packet(ring, msg, HDR + len, &mprod,
                          xen_9pfs_mask(cons, flex_size), flex_size);
    xen_wmb(); /* bytes before the index */
    xen_ring_idx_write(*prod_shared, prod + HDR + len);
    return 1;
}

/* Frontend: sends on `out`, receives the backend's replies on `in`. */
static void *flex_front(void *arg)
{
    unsigned long sent = 0, received = 0;

    (void)arg;
    while (received < n_flex) {
        int progress = 0;

        while (sent < n_flex &&
               flex_write_msg(data_out, &intf->out_prod, &intf->out_cons,
                              (uint32_t)sent, 0, "flex frontend")) {
            sent++;
            progress = 1;
        }
        while (received < sent &&
               flex_read_msg(data_in, &intf->in_cons, &intf->in_prod,
                             (uint32_t)received, 1, "flex frontend",
                             &bytes_in)) {
            received++;
            progress = 1;
        }
        if (progress) {
            xstat_front.notify++;
            sem_post(&back_evt);
        } else {
            xstat_front.waits++;
            wait_event(&front_evt, "flex frontend");
        }
    }
    return NULL;
}

/* Backend: reads a message from `out` only when its reply fits in `in`. */
static void *flex_back(void *arg)
{
    unsigned long handled = 0;

    (void)arg;
    while (handled < n_flex) {
        int progress = 0;

        for (;;) {
            RING_IDX prod = intf->in_prod;
            RING_IDX cons = peer_index(&intf->in_cons, prod, 0, "flex backend");
            uint32_t need = HDR + tst_len((uint32_t)handled, 1);

            if (handled == n_flex ||
                flex_size - xen_9pfs_queued(prod, cons, flex_size) < need)
                break;
            if (!flex_read_msg(data_out, &intf->out_cons, &intf->out_prod,
                               (uint32_t)handled, 0, "flex backend",
                               &bytes_out))
                break;
            if (!flex_write_msg(data_in, &intf->in_prod, &intf->in_cons,
                                (uint32_t)handled, 1, "flex backend"))
                tst_die("flex backend: reply space vanished");
            handled++;
            progress = 1;
        }
        if (progress) {
            xstat_back.notify++;
            sem_post(&front_evt);
        } else if (handled < n_flex) {
            xstat_back.waits++;
            wait_event(&back_evt, "flex backend");
        }
    }
    return NULL;
}

static void run_flex(void)
{
    pthread_t f, b;
    unsigned char *area;
    unsigned int i;

    intf = (struct xen_9pfs_data_intf *)tst_guarded(1);
    flex_size = (RING_IDX)XEN_FLEX_RING_SIZE(FLEX_ORDER);
    area = (unsigned char *)tst_guarded(1u << FLEX_ORDER);
    data_in = area;
    data_out = area + flex_size;
    intf->ring_order = FLEX_ORDER;
    for (i = 0; i < (1u << FLEX_ORDER); i++)
        intf->ref[i] = 8 + i;
    intf->in_cons = intf->in_prod = START_FLEX;
    intf->out_cons = intf->out_prod = START_FLEX;
    if (pthread_create(&f, NULL, flex_front, NULL) ||
        pthread_create(&b, NULL, flex_back, NULL))
        tst_die("pthread_create");
    pthread_join(f, NULL);
    pthread_join(b, NULL);
    if ((RING_IDX)(intf->out_prod - START_FLEX) != (RING_IDX)bytes_out ||
        intf->out_cons != intf->out_prod ||
        (RING_IDX)(intf->in_prod - START_FLEX) != (RING_IDX)bytes_in ||
        intf->in_cons != intf->in_prod)
        tst_die("flex ring: final indices do not match the bytes moved");
    printf("flex ring: %lu messages each way (%llu + %llu bytes) over two "
           "%u-byte rings, all checked; out index 0x%08x -> 0x%08x, in index "
           "0x%08x -> 0x%08x (%u and %u wraps of 2^32); events %lu/%lu, "
           "waits %lu/%lu\n", n_flex, (unsigned long long)bytes_out,
           (unsigned long long)bytes_in, flex_size, START_FLEX,
           intf->out_prod, START_FLEX, intf->in_prod,
           (unsigned int)(((uint64_t)START_FLEX + bytes_out) >> 32),
           (unsigned int)(((uint64_t)START_FLEX + bytes_in) >> 32),
           xstat_front.notify, xstat_back.notify, xstat_front.waits,
           xstat_back.waits);
}

int main(int argc, char **argv)
{
    n_fixed = argc > 1 ? strtoul(argv[1], NULL, 0) : 1000000;
    n_flex = argc > 2 ? strtoul(argv[2], NULL, 0) : 1000000;
    if (sem_init(&front_evt, 0, 0) || sem_init(&back_evt, 0, 0))
        tst_die("sem_init");
    run_fixed();
    if (sem_destroy(&front_evt) || sem_destroy(&back_evt) ||
        sem_init(&front_evt, 0, 0) || sem_init(&back_evt, 0, 0))
        tst_die("sem_init");
    run_flex();
    return 0;
}
