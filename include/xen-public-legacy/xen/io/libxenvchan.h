/* SPDX-License-Identifier: MIT */
/*
 * <xen/io/libxenvchan.h> of upstream Xen's layout, in xen-public's legacy layer
 * (doc/migrating.md). Written by scripts/legacy-layer.sh: do not edit.
 */
#if defined(__XEN_TOOLS__) && !defined(XEN_X86_TOOLS_REG_NAMES)
#define XEN_X86_TOOLS_REG_NAMES 1
#endif
#include "../../../xen/public/io/libxenvchan.h"
