/*
 * Toolstack code written against upstream's layout: it defines __XEN_TOOLS__,
 * names no interface version and uses what upstream shows such builds (the
 * latest version's names, domctl, sysctl, the x86 registers' toolstack names).
 */
#define __XEN_TOOLS__ 1
#include <xen/xen.h>
#include <xen/domctl.h>
#include <xen/sysctl.h>
#include <xen/grant_table.h>
#include <xen/kexec.h>
#include <xen/vm_event.h>

#if __XEN_INTERFACE_VERSION__ != __XEN_LATEST_INTERFACE_VERSION__
#error "xen-public test: a __XEN_TOOLS__ build must get the latest interface version"
#endif

int xen_legacy_toolstack(struct xen_domctl *domctl, struct xen_sysctl *sysctl);

int xen_legacy_toolstack(struct xen_domctl *domctl, struct xen_sysctl *sysctl)
{
    grant_entry_v2_t entry;
    xen_kexec_segment_t segment;

    domctl->cmd = XEN_DOMCTL_getdomaininfo;
    domctl->interface_version = XEN_DOMCTL_INTERFACE_VERSION;
    sysctl->cmd = XEN_SYSCTL_physinfo;
    sysctl->interface_version = XEN_SYSCTL_INTERFACE_VERSION;
    entry.hdr.flags = 0;
    segment.buf_size = 0;
#if defined(__x86_64__) || defined(__i386__)
    {
        struct cpu_user_regs regs;
        uint32_t *flags = &regs.eflags;

        regs.al = 1;
        regs.eax = 2;
        *flags = 0;
        return (int)entry.hdr.flags + (int)segment.buf_size + (int)regs.al + (int)VM_EVENT_INTERFACE_VERSION;
    }
#else
    return (int)entry.hdr.flags + (int)segment.buf_size + (int)VM_EVENT_INTERFACE_VERSION;
#endif
}
