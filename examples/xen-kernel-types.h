/*
 * What a kernel built with -nostdinc hands xen-public through
 * -DXEN_STDINT_HEADER='"xen-kernel-types.h"': the fixed-width types, size_t
 * and offsetof, from the compiler's own predefined macros instead of the C
 * library. The compile matrix's kernel configurations prove the headers need
 * nothing more. `make install` puts it in $(datarootdir)/xen-public/; copy it
 * into your tree, or map the names onto your kernel's own types instead.
 */
#ifndef XEN_KERNEL_TYPES_H
#define XEN_KERNEL_TYPES_H

typedef __INT8_TYPE__ int8_t;
typedef __INT16_TYPE__ int16_t;
typedef __INT32_TYPE__ int32_t;
typedef __INT64_TYPE__ int64_t;
typedef __UINT8_TYPE__ uint8_t;
typedef __UINT16_TYPE__ uint16_t;
typedef __UINT32_TYPE__ uint32_t;
typedef __UINT64_TYPE__ uint64_t;
typedef __SIZE_TYPE__ size_t;
#define offsetof(type, member) __builtin_offsetof(type, member)

#endif
