# The compile matrix's configurations. Each NAME in XEN_CONFIGS has:
#   NAME_CC     the compiler (a missing one makes NAME's results "skip")
#   NAME_ARCH   the architecture whose headers it compiles (headers-for-arch.sh)
#   NAME_FLAGS  language, standard, target and warning flags
#   NAME_HDRS   "all" (default) or "asm" (only tests/compile/asm-headers.txt)

XEN_WARN   := -Wall -Wextra -Werror -pedantic -Wundef -Wshadow
XEN_C      := -x c $(XEN_WARN) -Wstrict-prototypes
XEN_CXX    := -x c++ $(XEN_WARN)
XEN_C_STDS := c89 c99 c11 c17 c2x
XEN_CXX_STDS := c++98 c++11 c++17 c++20
XEN_ARCHES := x86_64 x86_32 arm64 arm32 riscv64 ppc64le
xen_target_x86_64  := x86_64-linux-gnu
xen_target_x86_32  := i386-linux-gnu
xen_target_arm64   := aarch64-linux-gnu
xen_target_arm32   := arm-linux-gnueabihf
xen_target_riscv64 := riscv64-linux-gnu
xen_target_ppc64le := powerpc64le-linux-gnu

# xen_config NAME CC ARCH FLAGS [HDRS]
define xen_config
XEN_CONFIGS += $(1)
$(1)_CC    := $(2)
$(1)_ARCH  := $(3)
$(1)_FLAGS := $(4)
$(1)_HDRS  := $(if $(5),$(5),all)
$(1)_HAVE  := $$(shell command -v $(2) 2>/dev/null)
endef

# Hosted, on the build machine (x86_64): both compilers, every standard.
$(foreach s,$(XEN_C_STDS),$(eval $(call xen_config,gcc-$(s),gcc,x86_64,$(XEN_C) -std=$(s))))
$(foreach s,$(XEN_C_STDS),$(eval $(call xen_config,clang-$(s),clang,x86_64,$(XEN_C) -std=$(s))))
$(foreach s,$(XEN_CXX_STDS),$(eval $(call xen_config,g++-$(s),g++,x86_64,$(XEN_CXX) -std=$(s))))
$(foreach s,$(XEN_CXX_STDS),$(eval $(call xen_config,clang++-$(s),clang++,x86_64,$(XEN_CXX) -std=$(s))))

# Freestanding, every architecture, the oldest and newest standards.
$(foreach a,$(XEN_ARCHES),$(foreach s,c89 c2x,$(eval $(call xen_config,clang-$(a)-$(s),clang,$(a),$(XEN_C) -std=$(s) --target=$(xen_target_$(a)) -ffreestanding))))
$(foreach a,$(XEN_ARCHES),$(foreach s,c++98 c++20,$(eval $(call xen_config,clang++-$(a)-$(s),clang++,$(a),$(XEN_CXX) -std=$(s) --target=$(xen_target_$(a)) -ffreestanding))))
$(foreach s,c89 c11,$(eval $(call xen_config,gcc-m32-$(s),gcc,x86_32,$(XEN_C) -std=$(s) -m32 -ffreestanding)))
$(foreach s,c++98 c++17,$(eval $(call xen_config,g++-m32-$(s),g++,x86_32,$(XEN_CXX) -std=$(s) -m32 -ffreestanding)))

# Kernel style: no system headers at all; the consumer's own header supplies
# the fixed-width types through XEN_STDINT_HEADER.
XEN_KERNEL := -nostdinc -ffreestanding -DXEN_STDINT_HEADER='"xen-kernel-types.h"' -I$(XEN_TOP)tests/compile/kernel
$(foreach a,$(XEN_ARCHES),$(eval $(call xen_config,kernel-clang-$(a),clang,$(a),$(XEN_C) -std=c11 --target=$(xen_target_$(a)) $(XEN_KERNEL))))
$(eval $(call xen_config,kernel-gcc-x86_64,gcc,x86_64,$(XEN_C) -std=gnu11 $(XEN_KERNEL)))

# Assembly: the headers assembly sources may include, preprocessed and assembled.
XEN_ASM := -x assembler-with-cpp -Werror
$(foreach a,$(XEN_ARCHES),$(eval $(call xen_config,asm-clang-$(a),clang,$(a),$(XEN_ASM) --target=$(xen_target_$(a)),asm)))
$(eval $(call xen_config,asm-gcc-x86_64,gcc,x86_64,$(XEN_ASM),asm))
