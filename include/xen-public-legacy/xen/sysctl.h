/* SPDX-License-Identifier: MIT */
/*
 * <xen/sysctl.h> of upstream Xen's layout, in xen-public's legacy layer
 * (doc/migrating.md). Written by scripts/legacy-layer.sh: do not edit.
 */
#if defined(__XEN_TOOLS__) && !defined(XEN_X86_TOOLS_REG_NAMES)
#define XEN_X86_TOOLS_REG_NAMES 1
#endif
#if defined(__XEN_TOOLS__) || defined(__XEN__)
#include "../../xen/public/unstable/sysctl.h"
#else
#error "xen-public: <xen/sysctl.h> needs __XEN_TOOLS__ (or include <xen/public/unstable/sysctl.h>)"
#endif
