# The compile matrix: every header alone (included twice, as the first lines of
# its own translation unit) and all headers together in two orders, in every
# configuration of configs.mk. Stable headers are compiled from a staged copy of
# the tree without unstable/, so a stable header reaching into unstable/ fails.
# Each compile leaves XEN_MATRIX/CONFIG/HEADER.res holding pass, fail or skip,
# and its diagnostics in .log; summary.sh counts them. Included by ../../Makefile,
# which defines XEN_TOP (the project root, ending in /) and XEN_BUILD.

include $(XEN_TOP)tests/compile/configs.mk

XEN_MATRIX ?= $(XEN_BUILD)/compile
XEN_STAGE  := $(XEN_BUILD)/stage/stable
XEN_HEADERS_ALL := $(shell cd $(XEN_TOP)include && find xen -name '*.h' | LC_ALL=C sort)
XEN_ASM_HEADERS := $(shell sed -e 's/\#.*//' -e '/^ *$$/d' $(XEN_TOP)tests/compile/asm-headers.txt)
$(foreach a,$(XEN_ARCHES),$(eval xen_headers_$(a) := $(shell $(XEN_TOP)scripts/headers-for-arch.sh $(a) $(XEN_TOP)include)))

# The headers a configuration compiles, and its result files.
xen_headers_of = $(if $(filter asm,$($(1)_HDRS)),$(filter $(XEN_ASM_HEADERS),$(xen_headers_$($(1)_ARCH))),$(xen_headers_$($(1)_ARCH)))
xen_results_of = $(patsubst %,$(XEN_MATRIX)/$(1)/%.res,$(call xen_headers_of,$(1))) \
                 $(if $(filter asm,$($(1)_HDRS)),,$(XEN_MATRIX)/$(1)/all-forward.res $(XEN_MATRIX)/$(1)/all-reverse.res)
XEN_MATRIX_RESULTS := $(foreach c,$(XEN_CONFIGS),$(call xen_results_of,$(c)))

# XEN_FLOOR=1 compiles an empty translation unit in place of each header: the
# same number of compiler runs through the same machinery, to measure the cost
# of the headers themselves against.
ifeq ($(XEN_FLOOR),1)
xen_tu = :
else
xen_tu = printf '\#include <%s>\n' $(1)
endif
xen_action = $(if $(filter asm,$($(1)_HDRS)),-c -o /dev/null,-fsyntax-only)
xen_have = $($(1)_HAVE)
xen_incdir = $(if $(findstring /unstable/,$(1)),$(XEN_TOP)include,$(XEN_STAGE))

# compile CONFIG OUTPUT INCDIR HEADERS...
define xen_compile
	@if [ -z '$(call xen_have,$(1))' ]; then echo 'skip: $($(1)_CC) not found' > $(2); \
	elif { $(call xen_tu,$(4)); } | $($(1)_CC) $($(1)_FLAGS) -I$(3) $(call xen_action,$(1)) - > $(2).log 2>&1; \
	then echo pass > $(2); else echo fail > $(2); fi
endef

define xen_config_rules
$(XEN_MATRIX)/$(1)/%.res: $(XEN_TOP)include/% $(XEN_STAGE).stamp | $(XEN_MATRIX)/.dirs
	$$(call xen_compile,$(1),$$@,$$(call xen_incdir,$$*),$$* $$*)
$(XEN_MATRIX)/$(1)/all-forward.res: $(XEN_STAGE).stamp | $(XEN_MATRIX)/.dirs
	$$(call xen_compile,$(1),$$@,$(XEN_TOP)include,$(call xen_headers_of,$(1)))
$(XEN_MATRIX)/$(1)/all-reverse.res: $(XEN_STAGE).stamp | $(XEN_MATRIX)/.dirs
	$$(call xen_compile,$(1),$$@,$(XEN_TOP)include,$(shell printf '%s\n' $(call xen_headers_of,$(1)) | LC_ALL=C sort -r))
endef
$(foreach c,$(XEN_CONFIGS),$(eval $(call xen_config_rules,$(c))))

$(XEN_STAGE).stamp: $(addprefix $(XEN_TOP)include/,$(XEN_HEADERS_ALL))
	@rm -rf $(XEN_STAGE) && mkdir -p $(XEN_STAGE)
	@cp -R $(XEN_TOP)include/xen $(XEN_STAGE)/ && rm -rf $(XEN_STAGE)/xen/public/unstable
	@touch $@

$(XEN_MATRIX)/.dirs:
	@mkdir -p $(sort $(dir $(XEN_MATRIX_RESULTS)))
	@touch $@

# Misuse must stop the build with a message that says what to do. Each check
# passes only when the compile fails AND the diagnostics hold the expected text.
# xen_expect_error NAME CC FLAGS HEADER PREAMBLE MESSAGE
define xen_expect_error
XEN_MATRIX_RESULTS += $(XEN_MATRIX)/misuse/$(1).res
$(XEN_MATRIX)/misuse/$(1).res: $(XEN_STAGE).stamp | $(XEN_MATRIX)/.dirs
	@mkdir -p $$(@D); if ! command -v $(2) > /dev/null; then echo 'skip: $(2) not found' > $$@; \
	elif printf '$(5)\n#include <%s>\n' $(4) | $(2) $(3) -I$(XEN_TOP)include -fsyntax-only - > $$@.log 2>&1; \
	then echo 'fail: compiled, but should not have' > $$@; \
	elif grep -q '$(6)' $$@.log; then echo pass > $$@; \
	else echo 'fail: no message matching "$(6)"' > $$@; fi
endef
xen_x86_64 := --target=x86_64-linux-gnu -ffreestanding -x c
xen_i386   := --target=i386-linux-gnu -ffreestanding -x c
xen_arm64  := --target=aarch64-linux-gnu -ffreestanding -x c
$(eval $(call xen_expect_error,other-copy-first,clang,$(xen_x86_64),xen/public/xen.h,\043define __XEN_PUBLIC_XEN_H__,another copy of Xen))
$(eval $(call xen_expect_error,other-compat-first,clang,$(xen_x86_64),xen/public/xen-compat.h,\043define __XEN_PUBLIC_XEN_COMPAT_H__,another copy of Xen))
$(eval $(call xen_expect_error,version-too-new,clang,$(xen_x86_64) -D__XEN_INTERFACE_VERSION__=0x00050000,xen/public/xen.h,,newer than these headers))
$(eval $(call xen_expect_error,unknown-arch,clang,--target=mips-linux-gnu -ffreestanding -x c,xen/public/xen.h,,xen-public: .*architecture))
$(eval $(call xen_expect_error,x86-on-arm64,clang,$(xen_arm64),xen/public/arch-x86/xen.h,,error: .*xen-public))
$(eval $(call xen_expect_error,x86_32-on-x86_64,clang,$(xen_x86_64),xen/public/arch-x86/xen-x86_32.h,,error: .*xen-public))
$(eval $(call xen_expect_error,x86_64-on-x86_32,clang,$(xen_i386),xen/public/arch-x86/xen-x86_64.h,,error: .*xen-public))
$(eval $(call xen_expect_error,arch-x86_32-on-x86_64,clang,$(xen_x86_64),xen/public/arch-x86_32.h,,error: .*xen-public))
$(eval $(call xen_expect_error,arch-x86_64-on-x86_32,clang,$(xen_i386),xen/public/arch-x86_64.h,,error: .*xen-public))
$(eval $(call xen_expect_error,arm-on-x86_64,clang,$(xen_x86_64),xen/public/arch-arm.h,,error: .*xen-public))
$(eval $(call xen_expect_error,riscv-on-arm64,clang,$(xen_arm64),xen/public/arch-riscv.h,,error: .*xen-public))
$(eval $(call xen_expect_error,ppc-on-x86_64,clang,$(xen_x86_64),xen/public/arch-ppc.h,,error: .*xen-public))

# The stable tree is usable by anyone: no toolstack or hypervisor guard in it.
XEN_MATRIX_RESULTS += $(XEN_MATRIX)/misuse/stable-tree-guards.res
$(XEN_MATRIX)/misuse/stable-tree-guards.res: $(XEN_STAGE).stamp | $(XEN_MATRIX)/.dirs
	@mkdir -p $(@D); if grep -rnE '__XEN_TOOLS__|__XEN__' $(XEN_STAGE) > $@.log; \
	then echo 'fail: guard macro in the stable tree' > $@; \
	elif [ -z "$$(find $(XEN_STAGE) -name '*.h')" ]; then echo 'fail: empty stable tree' > $@; \
	else echo pass > $@; fi

# errno.h keeps its numbers twice: as enumerators (documented one by one) and as
# the XEN_ERRNO table. Every table entry must name an enumerator of the same
# value, and the table must have as many entries as the lock has enumerators.
XEN_MATRIX_RESULTS += $(XEN_MATRIX)/misuse/errno-table-matches-enum.res
$(XEN_MATRIX)/misuse/errno-table-matches-enum.res: $(XEN_STAGE).stamp | $(XEN_MATRIX)/.dirs
	@mkdir -p $(@D); n=$$(grep -c '^enumerator XEN_E' $(XEN_TOP)tests/abi/x86_64.lock); \
	if printf '%s\n' '#include <xen/public/errno.h>' \
	    '#define XEN_ERRNO(name, value) typedef char xen_check_##name[(XEN_##name == (value)) ? 1 : -1];' \
	    '#include <xen/public/errno.h>' \
	    '#define XEN_ERRNO(name, value) + 1' 'enum { xen_table_size = 0' '#include <xen/public/errno.h>' '};' \
	    "typedef char xen_check_count[(xen_table_size == $$n) ? 1 : -1];" \
	    | gcc -x c -std=c11 -Wall -Werror -fsyntax-only -I$(XEN_STAGE) - > $@.log 2>&1; \
	then echo pass > $@; else echo 'fail: the XEN_ERRNO table and enum xen_errno differ' > $@; fi

# XEN_DOMCTL_get_domain_state is stable: a xenstored uses it through domctl.h
# alone. Fill the stable envelope and read the result against the stable tree
# (unstable/ absent), warnings as errors.
XEN_MATRIX_RESULTS += $(XEN_MATRIX)/misuse/domctl-stable-consumer.res
$(XEN_MATRIX)/misuse/domctl-stable-consumer.res: $(XEN_STAGE).stamp | $(XEN_MATRIX)/.dirs
	@mkdir -p $(@D); if printf '%s\n' '#include <xen/public/domctl.h>' '#include <string.h>' \
	    'int xen_next_changed(struct xen_domctl_stable *op, uint64_t *id);' \
	    'int xen_next_changed(struct xen_domctl_stable *op, uint64_t *id)' '{' \
	    '    memset(op, 0, sizeof(*op));' \
	    '    op->cmd = XEN_DOMCTL_get_domain_state;' \
	    '    op->interface_version = 0;' \
	    '    op->domain = DOMID_INVALID;' \
	    '    op->u.get_domain_state.pad0 = 0;' \
	    '    *id = op->u.get_domain_state.unique_id;' \
	    '    if (!(op->u.get_domain_state.state & XEN_DOMCTL_GETDOMSTATE_STATE_EXIST) ||' \
	    '        (op->u.get_domain_state.state & (XEN_DOMCTL_GETDOMSTATE_STATE_SHUTDOWN | XEN_DOMCTL_GETDOMSTATE_STATE_DYING | XEN_DOMCTL_GETDOMSTATE_STATE_DEAD)))' \
	    '        return -1;' \
	    '    return (op->u.get_domain_state.caps & (XEN_DOMCTL_GETDOMSTATE_CAP_CONTROL | XEN_DOMCTL_GETDOMSTATE_CAP_HARDWARE | XEN_DOMCTL_GETDOMSTATE_CAP_XENSTORE)) ? 1 : (int)op->domain;' \
	    '}' \
	    | gcc -x c -std=c99 -Wall -Wextra -Werror -pedantic -fsyntax-only -I$(XEN_STAGE) - > $@.log 2>&1; \
	then echo pass > $@; else echo 'fail: the stable XEN_DOMCTL_get_domain_state interface is not usable without unstable/' > $@; fi
