/*
 * Code written against upstream Xen's header layout, unchanged: a PV block
 * and network frontend's includes and the ring types they declare. Built
 * with only the legacy layer's directory added to the include path.
 */
#include <xen/xen.h>
#include <xen/grant_table.h>
#include <xen/event_channel.h>
#include <xen/io/ring.h>
#include <xen/io/blkif.h>
#include <xen/io/netif.h>
#include <xen/io/xenbus.h>
#include <xen/hvm/dm_op.h>
#include <xen/hvm/params.h>

int xen_legacy_frontend(blkif_front_ring_t *ring, blkif_sring_t *shared);

int xen_legacy_frontend(blkif_front_ring_t *ring, blkif_sring_t *shared)
{
    blkif_request_t *req;
    struct xen_dm_op op;

    SHARED_RING_INIT(shared);
    FRONT_RING_INIT(ring, shared, 4096);
    req = RING_GET_REQUEST(ring, ring->req_prod_pvt);
    req->operation = BLKIF_OP_READ;
    req->nr_segments = 1;
    ring->req_prod_pvt++;
    op.op = XEN_DMOP_set_irq_level;
    return (int)sizeof(op) + (int)HVM_PARAM_STORE_EVTCHN + (int)XenbusStateConnected;
}
