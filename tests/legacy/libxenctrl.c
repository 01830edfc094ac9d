/*
 * A toolstack that uses the system's libxenctrl and friends (Debian's
 * libxen-dev) and xen-public together, by the recipe of doc/migrating.md: the
 * legacy layer's directory comes before the system's, so <xenctrl.h> reaches
 * xen-public's headers for every <xen/...> it includes.
 */
#include <xenctrl.h>
#include <xenstore.h>
#include <xendevicemodel.h>
#include <xenforeignmemory.h>
#include <xen/public/io/blkif.h>
#include <xen/public/unstable/domctl.h>

int main(void)
{
    grant_entry_v2_t entry;
    xen_kexec_segment_t segment;

    entry.hdr.flags = 0;
    segment.buf_size = 0;
    return (int)entry.hdr.flags + (int)segment.buf_size + (XEN_DOMCTL_INTERFACE_VERSION > 0 ? 0 : 1) +
           (int)sizeof(blkif_request_t) * 0;
}
