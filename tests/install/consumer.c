/* A program built against the installed package through pkg-config only. */
#include <stdio.h>
#include <xen/public/xen.h>
#include <xen/public/version.h>
#include <xen/public/unstable/xen.h>

int main(void)
{
    struct xenctl_bitmap map;
    map.nr_bits = 64;
    printf("interface 0x%08x, shared_info %u bytes, bitmap of %u bits\n",
           (unsigned)__XEN_LATEST_INTERFACE_VERSION__,
           (unsigned)sizeof(struct shared_info), (unsigned)map.nr_bits);
    return 0;
}
