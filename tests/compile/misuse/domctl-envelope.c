/*
 * domctl.h's stable request envelope (struct xen_domctl_stable) must be
 * struct xen_domctl under another name: same size and alignment, same offset
 * of every header field, of the union and of its stable members. Compiled for
 * every architecture by run.sh; a mismatch makes an array size negative.
 */
#include <xen/public/unstable/domctl.h>

#define XEN_SAME_OFFSET(member) \
    (offsetof(struct xen_domctl_stable, member) == offsetof(struct xen_domctl, member))
#define XEN_SAME_SIZE(member) \
    (sizeof(((struct xen_domctl_stable *)0)->member) == sizeof(((struct xen_domctl *)0)->member))

typedef char xen_check_envelope[
    (sizeof(struct xen_domctl_stable) == sizeof(struct xen_domctl) &&
     _Alignof(struct xen_domctl_stable) == _Alignof(struct xen_domctl) &&
     XEN_SAME_OFFSET(cmd) && XEN_SAME_OFFSET(interface_version) &&
     XEN_SAME_OFFSET(domain) && XEN_SAME_OFFSET(_pad) && XEN_SAME_OFFSET(u) &&
     XEN_SAME_SIZE(u) && XEN_SAME_OFFSET(u.get_domain_state) &&
     XEN_SAME_SIZE(u.get_domain_state) && XEN_SAME_OFFSET(u.pad) && XEN_SAME_SIZE(u.pad))
    ? 1 : -1];
