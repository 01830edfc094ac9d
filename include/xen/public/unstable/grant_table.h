/* SPDX-License-Identifier: MIT */
/**
 * @file
 * @brief Toolstack-only complement of grant_table.h: the 64-bit guest
 *        handles of its types.
 *
 * A 32-bit x86 toolstack that drives a 64-bit hypervisor needs, for every
 * guest handle, a variant that occupies 64 bits whatever its own word size
 * (XEN_GUEST_HANDLE_64(), unstable/xen.h). This header declares those
 * variants, `__guest_handle_64_<name>` and
 * `__guest_handle_64_const_<name>`, for each handle that grant_table.h
 * defines. They only need declarations of their own on 32-bit x86;
 * elsewhere XEN_GUEST_HANDLE_64() names handle types that already exist,
 * and this header adds nothing.
 *
 * Stability: unstable (part of the toolstack interface, whose layout may
 * change between Xen releases). Callers: 32-bit toolstack libraries.
 */
#ifndef XEN_PUBLIC_UNSTABLE_GRANT_TABLE_H
#define XEN_PUBLIC_UNSTABLE_GRANT_TABLE_H

/*
 * Reaching an unstable header makes this a toolstack build: unless the
 * consumer named an interface version, it gets the newest, as upstream gives
 * __XEN_TOOLS__ builds (xen-compat.h holds the number).
 */
#ifndef __XEN_INTERFACE_VERSION__
#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__
#endif

#include "../grant_table.h"
/* The toolstack part, on top of xen-public's own copy of the stable header
 * only: another copy, included first, brings its own. */
#ifdef XEN_PUBLIC_GRANT_TABLE_H
#include "xen.h"

/** @defgroup hdr_unstable_grant_table_h unstable/grant_table.h
 *  @ingroup xen_unstable */

/** @defgroup unstable_grant_table_h_handles 64-bit guest handles of grant_table.h
 *  @ingroup hdr_unstable_grant_table_h
 *  One XEN_DEFINE_GUEST_HANDLE_64() per handle of grant_table.h.
 *  @{ */

XEN_DEFINE_GUEST_HANDLE_64(gnttab_map_grant_ref_t, gnttab_map_grant_ref_t)
XEN_DEFINE_GUEST_HANDLE_64(gnttab_unmap_grant_ref_t, gnttab_unmap_grant_ref_t)
XEN_DEFINE_GUEST_HANDLE_64(gnttab_setup_table_t, gnttab_setup_table_t)
XEN_DEFINE_GUEST_HANDLE_64(gnttab_dump_table_t, gnttab_dump_table_t)
XEN_DEFINE_GUEST_HANDLE_64(gnttab_transfer_t, gnttab_transfer_t)
XEN_DEFINE_GUEST_HANDLE_64(gnttab_copy_t, gnttab_copy_t)
XEN_DEFINE_GUEST_HANDLE_64(gnttab_query_size_t, gnttab_query_size_t)
XEN_DEFINE_GUEST_HANDLE_64(gnttab_unmap_and_replace_t, gnttab_unmap_and_replace_t)
#if __XEN_INTERFACE_VERSION__ >= 0x0003020a
XEN_DEFINE_GUEST_HANDLE_64(gnttab_set_version_t, gnttab_set_version_t)
XEN_DEFINE_GUEST_HANDLE_64(gnttab_get_status_frames_t, gnttab_get_status_frames_t)
XEN_DEFINE_GUEST_HANDLE_64(gnttab_get_version_t, gnttab_get_version_t)
XEN_DEFINE_GUEST_HANDLE_64(gnttab_swap_grant_ref_t, gnttab_swap_grant_ref_t)
XEN_DEFINE_GUEST_HANDLE_64(gnttab_cache_flush_t, gnttab_cache_flush_t)
#endif

/** @} */

#endif /* XEN_PUBLIC_GRANT_TABLE_H */

#endif /* XEN_PUBLIC_UNSTABLE_GRANT_TABLE_H */
