/*
 * A PV block frontend's use of the interface, built by tests/vendor/run.sh
 * against nothing but a copy made by `make vendor` for io/blkif.h,
 * io/xenbus.h, grant_table.h and event_channel.h: the shared ring and its
 * macros, a grant entry for the data page, the event channel it notifies
 * through, and the xenbus state it moves to.
 */
#include <xen/public/io/blkif.h>
#include <xen/public/io/xenbus.h>
#include <xen/public/grant_table.h>
#include <xen/public/event_channel.h>

struct blkfront {
    blkif_front_ring_t ring;
    evtchn_port_t port;
    XenbusState state;
};

int blkfront_connect(struct blkfront *f, blkif_sring_t *shared, grant_entry_v1_t *gnttab,
                     grant_ref_t ref, domid_t backend, xen_pfn_t page,
                     struct evtchn_alloc_unbound *alloc);
int blkfront_read(struct blkfront *f, grant_ref_t data, blkif_sector_t sector,
                  struct evtchn_send *send);
int blkfront_complete(struct blkfront *f);

int blkfront_connect(struct blkfront *f, blkif_sring_t *shared, grant_entry_v1_t *gnttab,
                     grant_ref_t ref, domid_t backend, xen_pfn_t page,
                     struct evtchn_alloc_unbound *alloc)
{
    SHARED_RING_INIT(shared);
    FRONT_RING_INIT(&f->ring, shared, 1UL << XEN_PAGE_SHIFT);
    gnttab[ref].domid = backend;
    gnttab[ref].frame = (uint32_t)page;
    gnttab[ref].flags = GTF_permit_access;
    alloc->dom = DOMID_SELF;
    alloc->remote_dom = backend;
    alloc->port = 0;
    f->state = XenbusStateInitialised;
    return EVTCHNOP_alloc_unbound;
}

int blkfront_read(struct blkfront *f, grant_ref_t data, blkif_sector_t sector,
                  struct evtchn_send *send)
{
    blkif_request_t *req;
    int notify;

    if (RING_FULL(&f->ring))
        return -1;
    req = RING_GET_REQUEST(&f->ring, f->ring.req_prod_pvt);
    req->operation = BLKIF_OP_READ;
    req->nr_segments = 1;
    req->handle = 0;
    req->id = f->ring.req_prod_pvt;
    req->sector_number = sector;
    req->seg[0].gref = data;
    req->seg[0].first_sect = 0;
    req->seg[0].last_sect = 7;
    f->ring.req_prod_pvt++;
    RING_PUSH_REQUESTS_AND_CHECK_NOTIFY(&f->ring, notify);
    send->port = f->port;
    return notify ? EVTCHNOP_send : 0;
}

int blkfront_complete(struct blkfront *f)
{
    int more, errors = 0;

    do {
        while (RING_HAS_UNCONSUMED_RESPONSES(&f->ring)) {
            blkif_response_t *rsp = RING_GET_RESPONSE(&f->ring, f->ring.rsp_cons);
            if (rsp->status != BLKIF_RSP_OKAY)
                errors++;
            f->ring.rsp_cons++;
        }
        RING_FINAL_CHECK_FOR_RESPONSES(&f->ring, more);
    } while (more);
    if (f->state == XenbusStateClosing)
        f->state = XenbusStateClosed;
    return errors;
}
