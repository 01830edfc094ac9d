/* SPDX-License-Identifier: MIT */
/*
 * Expands every macro of io/ring.h (and the console flex-ring opt-in) in a
 * translation unit that includes nothing else, so that each C and C++
 * standard, compiler and architecture of the ring suite proves the macros
 * need no prior include and stay quiet under -Wall -Wextra -pedantic.
 * Compiled only (-fsyntax-only), never run.
 */
#define XEN_WANT_FLEX_CONSOLE_RING
#include <xen/public/io/console.h>
#include <xen/public/io/ring.h>

#ifndef XENPV_FLEX_ARRAY_DIM
#error XENPV_FLEX_ARRAY_DIM missing
#endif

struct xexp_request { uint64_t id; uint8_t op; uint8_t pad[7]; };
struct xexp_response { uint64_t id; int16_t status; };

DEFINE_RING_TYPES(xexp, struct xexp_request, struct xexp_response);
DEFINE_XEN_FLEX_RING_AND_INTF(xexpflex);

enum { xexp_slots = __CONST_RING_SIZE(xexp, 4096) };
typedef char xexp_slots_is_128[(xexp_slots == 128) ? 1 : -1];
typedef char xexp_rd32[(__RD32(0x80000001U) == 0x80000000U &&
                        __RD32(1U) == 1U && __RD32(0U) == 0U) ? 1 : -1];
typedef char xexp_flex_size[(XEN_FLEX_RING_SIZE(1) == 4096UL) ? 1 : -1];

int xexp_use(xexp_sring_t *s, unsigned char *data, unsigned char *tmp);

int xexp_use(xexp_sring_t *s, unsigned char *data, unsigned char *tmp)
{
    xexp_front_ring_t front;
    xexp_back_ring_t back;
    struct xexp_request req;
    struct xexp_response rsp;
    struct xexp_request *rq;
    struct xexp_response *rs;
    struct xexpflex_data_intf *intf = (struct xexpflex_data_intf *)data;
    RING_IDX prod, cons, mprod, mcons;
    int notify, work, bad = 0;
    unsigned int n = 0;

    XEN_FRONT_RING_INIT(&front, s, 4096);
    SHARED_RING_INIT(s);
    FRONT_RING_INIT(&front, s, 4096);
    FRONT_RING_ATTACH(&front, s, 7U, 4096);
    BACK_RING_INIT(&back, s, 4096);
    BACK_RING_ATTACH(&back, s, 7U, 4096);

    n += RING_SIZE(&front) + RING_FREE_REQUESTS(&front);
    if (!RING_FULL(&front)) {
        rq = RING_GET_REQUEST(&front, front.req_prod_pvt);
        rq->id = 1;
        front.req_prod_pvt++;
    }
    RING_PUSH_REQUESTS(&front);
    RING_PUSH_REQUESTS_AND_CHECK_NOTIFY(&front, notify);
    n += (unsigned int)notify;

    prod = xen_ring_idx_read(s->req_prod);
    xen_rmb();
    bad |= XEN_RING_REQUEST_PROD_INVALID(&back, prod);
    bad |= RING_REQUEST_PROD_OVERFLOW(&back, prod);
    while (back.req_cons != prod &&
           !RING_REQUEST_CONS_OVERFLOW(&back, back.req_cons)) {
        RING_COPY_REQUEST(&back, back.req_cons, &req);
        back.req_cons++;
        rs = RING_GET_RESPONSE(&back, back.rsp_prod_pvt);
        rs->id = req.id;
        rs->status = 0;
        back.rsp_prod_pvt++;
    }
    RING_PUSH_RESPONSES(&back);
    RING_PUSH_RESPONSES_AND_CHECK_NOTIFY(&back, notify);
    n += (unsigned int)notify;
    RING_FINAL_CHECK_FOR_REQUESTS(&back, work);
    n += (unsigned int)work;
    n += XEN_RING_NR_UNCONSUMED_REQUESTS(&back);
    n += RING_HAS_UNCONSUMED_REQUESTS(&back);

    prod = xen_ring_idx_read(s->rsp_prod);
    xen_rmb();
    bad |= XEN_RING_RESPONSE_PROD_INVALID(&front, prod);
    bad |= RING_RESPONSE_PROD_OVERFLOW(&front, prod);
    n += XEN_RING_NR_UNCONSUMED_RESPONSES(&front);
    n += RING_HAS_UNCONSUMED_RESPONSES(&front);
    RING_COPY_RESPONSE(&front, front.rsp_cons, &rsp);
    front.rsp_cons++;
    RING_FINAL_CHECK_FOR_RESPONSES(&front, work);
    n += (unsigned int)work + (unsigned int)rsp.status;
    xen_mb();
    xen_wmb();

    /* Flex ring. */
    prod = xen_ring_idx_read(intf->out_prod);
    cons = intf->out_cons;
    bad |= XEN_FLEX_RING_IDX_INVALID(prod, cons, XEN_FLEX_RING_SIZE(1));
    n += xexpflex_queued(prod, cons, (RING_IDX)XEN_FLEX_RING_SIZE(1));
    mprod = xexpflex_mask(prod, 4096);
    mcons = xexpflex_mask(cons, 4096);
    xexpflex_read_packet(tmp, data + 4096, 8, mprod, &mcons, 4096);
    xexpflex_write_packet(data, tmp, 8, &mprod, mcons, 4096);
    n += (unsigned int)*xexpflex_get_ring_ptr(data, prod, 4096);
    xen_ring_idx_write(intf->out_cons, cons + 8);
    {
        struct xexpflex_data d;
        d.in = data;
        d.out = data + 4096;
        n += (unsigned int)(d.out - d.in);
    }
    n += xencons_queued(prod, cons, 1024);
    xencons_read_packet(tmp, data, 4, mprod, &mcons, 1024);
    xencons_write_packet(data, tmp, 4, &mprod, mcons, 1024);
    n += (unsigned int)*xencons_get_ring_ptr(data, 3, 1024) + xencons_mask(5, 4);
    {
        struct xencons_data cd;
        cd.in = data;
        cd.out = data;
        n += (unsigned int)(cd.in == cd.out);
    }
    n += (unsigned int)sizeof(intf->ref[0]);
    return bad ? -1 : (int)n;
}
