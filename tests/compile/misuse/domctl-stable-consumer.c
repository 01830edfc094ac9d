/*
 * XEN_DOMCTL_get_domain_state is stable: a xenstored watches domains with it
 * through domctl.h alone. Fill the stable request envelope and read the
 * result, against the stable tree (unstable/ absent), warnings as errors.
 */
#include <xen/public/domctl.h>
#include <string.h>

int xen_next_changed(struct xen_domctl_stable *op, uint64_t *id);

int xen_next_changed(struct xen_domctl_stable *op, uint64_t *id)
{
    const uint32_t gone = XEN_DOMCTL_GETDOMSTATE_STATE_SHUTDOWN |
                          XEN_DOMCTL_GETDOMSTATE_STATE_DYING |
                          XEN_DOMCTL_GETDOMSTATE_STATE_DEAD;
    const uint32_t caps = XEN_DOMCTL_GETDOMSTATE_CAP_CONTROL |
                          XEN_DOMCTL_GETDOMSTATE_CAP_HARDWARE |
                          XEN_DOMCTL_GETDOMSTATE_CAP_XENSTORE;

    memset(op, 0, sizeof(*op));
    op->cmd = XEN_DOMCTL_get_domain_state;
    op->interface_version = 0;
    op->domain = DOMID_INVALID;
    op->u.get_domain_state.pad0 = 0;
    *id = op->u.get_domain_state.unique_id;
    if (!(op->u.get_domain_state.state & XEN_DOMCTL_GETDOMSTATE_STATE_EXIST) ||
        (op->u.get_domain_state.state & gone))
        return -1;
    return (op->u.get_domain_state.caps & caps) ? 1 : (int)op->domain;
}
