# The test rules, read by ../Makefile only for the test goals. `make check`
# runs every part; each part's results are kept in $(XEN_BUILD) and redone only
# when something they depend on changed. Every job appends its times to
# $(XEN_TIMES) (tests/timed.sh), and `make check` ends with each part's time.
#
#   compile   the compile matrix (tests/compile/compile.mk)
#   abi       the ABI lock and what is derived from it (tests/abi/abi.mk)
#   upstream  the package against upstream Xen 4.22.0's lock (tests/upstream/upstream.mk)
#   docs      Doxygen, zero warnings; README.md's C examples compile; the per-op blocks
#             in their one form, no operation without one (tests/docs/per-op-blocks.sh);
#             no header line over 100 columns (tests/docs/long-lines.sh)
#   install   install and uninstall (headers, package files, share/xen-public);
#             consumers through pkg-config, CMake and Meson
#             (tests/install/run.sh, cmake.sh, meson.sh)
#   ring      io/ring.h run, stressed and fuzzed (tests/ring/ring.mk)
#   xs_wire   io/xs_wire.h against the protocol (tests/xs_wire/xs_wire.mk)
#   regs      the x86 toolstack register names (tests/regs/run.sh)
#   legacy    the legacy layer of upstream's <xen/...> paths (tests/legacy/run.sh)
#   vendor    make vendor: the copies it makes, and builds against them (tests/vendor/run.sh)
#   coexist   another copy of the headers (upstream guards) and the package skip each other
#             (tests/coexist/run.sh)
#   manifest  the ABI manifests abi/ARCH.json against the lock and the headers
#             (tests/manifest/manifest.mk)
#   release   the version in one place; make dist reproducible, its tarball installed
#             and serving a consumer (tests/release/versions.sh, dist.sh)
#
# Not in `make check` (tens of CPU seconds; .ci/run runs it after make check):
#   bindgen   Rust bindings of the stable headers, compiled and tested (tests/bindgen/bindgen.mk)

XEN_ARCHES   := $(shell scripts/arch-target.sh --list)
XEN_TARGETS  := $(foreach a,$(XEN_ARCHES),$(shell scripts/arch-target.sh $(a)))
XEN_HEADER_FILES := $(shell find include -name '*.h' | LC_ALL=C sort)
XEN_RUN_ID   := $(shell date +%s%N)
XEN_TIMES    := $(XEN_BUILD)/times/$(XEN_RUN_ID)
XEN_TIMED     = @tests/timed.sh $(XEN_TIMES)
XEN_STAMP    := $(XEN_BUILD)/stamps

.PHONY: check check-implemented check-compile check-abi check-upstream check-docs check-install check-regs \
        check-legacy check-vendor check-coexist check-manifest manifest-update \
        check-bindgen legacy-layer check-release FORCE

include tests/compile/compile.mk
include tests/abi/abi.mk
include tests/manifest/manifest.mk
include tests/bindgen/bindgen.mk
include tests/upstream/upstream.mk
include tests/ring/ring.mk
include tests/ring/bench.mk
include tests/xs_wire/xs_wire.mk

# The longest chains (ring: build, then run for seconds; the install and
# legacy jobs) first; the compile matrix's many short jobs fill the gaps.
check: check-ring check-install check-legacy check-abi check-compile check-docs check-xs-wire \
       check-regs check-vendor check-release check-manifest check-coexist
	@tests/times.sh $(XEN_TIMES)
	@find $(XEN_BUILD)/times -type f ! -name $(XEN_RUN_ID) -delete

$(XEN_STAMP)/.dir:
	@mkdir -p $(@D) && touch $@

check-docs: $(XEN_STAMP)/docs $(XEN_STAMP)/readme-examples $(XEN_STAMP)/per-op-blocks \
            $(XEN_STAMP)/long-lines
XEN_PER_OP_INPUTS = $(XEN_HEADER_FILES) abi/since.txt tests/docs/op-families.txt \
                    tests/docs/per-op-blocks.sh tests/docs/per-op-blocks-fails.sh
$(XEN_STAMP)/per-op-blocks: $(XEN_PER_OP_INPUTS) | $(XEN_STAMP)/.dir
	$(XEN_TIMED) docs tests/docs/per-op-blocks.sh abi/since.txt tests/docs/op-families.txt include
	$(XEN_TIMED) docs tests/docs/per-op-blocks-fails.sh include $(XEN_BUILD)/per-op-blocks-fails
	@touch $@
$(XEN_STAMP)/long-lines: $(XEN_HEADER_FILES) tests/docs/long-lines.sh | $(XEN_STAMP)/.dir
	$(XEN_TIMED) docs tests/docs/long-lines.sh include
	@touch $@
$(XEN_STAMP)/readme-examples: README.md tests/docs/readme-examples.sh $(XEN_HEADER_FILES) | $(XEN_STAMP)/.dir
	$(XEN_TIMED) docs tests/docs/readme-examples.sh include $(XEN_BUILD)/readme-examples
	@touch $@
$(XEN_STAMP)/docs: $(XEN_DOC_INPUTS) | $(XEN_STAMP)/.dir
	$(XEN_TIMED) docs $(MAKE) --no-print-directory docs
	@touch $@

# One job per build system; a job that skipped for want of a tool leaves
# skipped in its directory, and its stamp is not made, so it runs again.
check-install: $(XEN_STAMP)/install $(XEN_STAMP)/install-cmake $(XEN_STAMP)/install-meson
XEN_INSTALL_INPUTS = $(XEN_HEADER_FILES) Makefile xen-public.pc.in xen-public-legacy.pc.in \
                     $(wildcard cmake/*) tests/install/common.sh tests/install/consumer.c \
                     tests/legacy/upstream-layout.c examples/xen-kernel-types.h \
                     scripts/headers-for-arch.sh scripts/arch-target.sh scripts/arches.txt $(wildcard abi/*.json)
$(XEN_STAMP)/install: $(XEN_INSTALL_INPUTS) tests/install/run.sh | $(XEN_STAMP)/.dir
	$(XEN_TIMED) install env XEN_REQUIRE_ALL=$(XEN_REQUIRE_ALL) tests/install/run.sh "$(MAKE)" "$(XEN_BUILD)/install-test"
	@[ -e $(XEN_BUILD)/install-test/skipped ] || touch $@
$(XEN_STAMP)/install-cmake: $(XEN_INSTALL_INPUTS) CMakeLists.txt tests/install/cmake.sh \
                            tests/install/isolate.cmake $(wildcard tests/install/cmake-*/*) | $(XEN_STAMP)/.dir
	$(XEN_TIMED) install env XEN_REQUIRE_ALL=$(XEN_REQUIRE_ALL) tests/install/cmake.sh "$(MAKE)" "$(XEN_BUILD)/install-cmake"
	@[ -e $(XEN_BUILD)/install-cmake/skipped ] || touch $@
$(XEN_STAMP)/install-meson: $(XEN_INSTALL_INPUTS) meson.build tests/install/meson.sh \
                            $(wildcard tests/install/meson-*/*) | $(XEN_STAMP)/.dir
	$(XEN_TIMED) install env XEN_REQUIRE_ALL=$(XEN_REQUIRE_ALL) tests/install/meson.sh "$(MAKE)" "$(XEN_BUILD)/install-meson"
	@[ -e $(XEN_BUILD)/install-meson/skipped ] || touch $@

check-regs: $(XEN_STAMP)/regs
# Test programs that read only some headers depend on just those: xen_deps
# TARGET SOURCE [FLAGS] prints make rules naming the headers SOURCE reaches,
# on x86_64 and i386 (the architectures of these tests).
xen_deps = for m in -m64 -m32; do $(CC) $$m -ffreestanding -MM -MT $(1) -Iinclude $(3) $(2) || exit 1; done
$(XEN_STAMP)/regs.d: $(wildcard tests/regs/*.c) | $(XEN_STAMP)/.dir
	@{ $(call xen_deps,$(XEN_STAMP)/regs,tests/regs/tools-view.c,-DXEN_X86_TOOLS_REG_NAMES); \
	   $(call xen_deps,$(XEN_STAMP)/regs,tests/regs/guest-view.c); } > $@.tmp && mv $@.tmp $@
-include $(XEN_STAMP)/regs.d
$(XEN_STAMP)/regs: $(wildcard tests/regs/*) | $(XEN_STAMP)/.dir
	$(XEN_TIMED) regs tests/regs/run.sh include
	@touch $@

check-legacy: $(XEN_STAMP)/legacy
$(XEN_STAMP)/legacy: $(XEN_HEADER_FILES) $(wildcard tests/legacy/*) scripts/legacy-layer.sh \
        $(wildcard tests/upstream/xen-4.22.0/*) $(XEN_PARSE_MANY) | $(XEN_STAMP)/.dir
	$(XEN_TIMED) legacy env XEN_PARSE_MANY=$(XEN_PARSE_MANY) tests/legacy/run.sh include $(XEN_BUILD)/legacy
	@touch $@

check-coexist: $(XEN_STAMP)/coexist
$(XEN_STAMP)/coexist: $(XEN_HEADER_FILES) tests/coexist/run.sh tests/upstream/xen-4.22.0/guards.txt \
        scripts/arch-target.sh scripts/headers-for-arch.sh $(XEN_PARSE_MANY) | $(XEN_STAMP)/.dir
	$(XEN_TIMED) coexist env XEN_PARSE_MANY=$(XEN_PARSE_MANY) tests/coexist/run.sh include $(XEN_BUILD)/coexist
	@touch $@

check-vendor: $(XEN_STAMP)/vendor
$(XEN_STAMP)/vendor: $(XEN_HEADER_FILES) Makefile LICENSE scripts/vendor.sh scripts/arches.txt \
        scripts/arch-target.sh scripts/headers-for-arch.sh $(wildcard tests/vendor/*) \
        tests/legacy/upstream-layout.c | $(XEN_STAMP)/.dir
	$(XEN_TIMED) vendor tests/vendor/run.sh "$(MAKE)" $(XEN_BUILD)/vendor
	@touch $@

# The version in one place; make dist, which archives the last commit, so its
# test reruns when HEAD moves ($(XEN_STAMP)/head holds HEAD, rewritten only
# when it changed). Outside a git checkout the dist test skips, and reruns.
check-release: $(XEN_STAMP)/versions $(XEN_STAMP)/dist
$(XEN_STAMP)/versions: $(XEN_HEADER_FILES) Makefile debian/changelog NEWS.md \
                       tests/release/versions.sh | $(XEN_STAMP)/.dir
	$(XEN_TIMED) release tests/release/versions.sh "$(MAKE)"
	@touch $@
$(XEN_STAMP)/head: FORCE | $(XEN_STAMP)/.dir
	@h=$$(git rev-parse -q --verify HEAD 2> /dev/null || echo none); \
	[ "$$h" = "$$(cat $@ 2> /dev/null)" ] || echo "$$h" > $@
$(XEN_STAMP)/dist: $(XEN_STAMP)/head Makefile tests/release/dist.sh tests/install/consumer.c \
                   | $(XEN_STAMP)/.dir
	$(XEN_TIMED) release env XEN_REQUIRE_ALL=$(XEN_REQUIRE_ALL) tests/release/dist.sh "$(MAKE)" \
	    $(XEN_BUILD)/dist-test
	@[ -e $(XEN_BUILD)/dist-test/skipped ] || touch $@
FORCE:

# The forwarders of include/xen-public-legacy, one per upstream header path.
legacy-layer:
	@rm -rf include/xen-public-legacy
	@scripts/legacy-layer.sh include tests/upstream/xen-4.22.0 include/xen-public-legacy
	@echo "wrote $$(find include/xen-public-legacy -name '*.h' | wc -l) forwarders under include/xen-public-legacy"

# Not in `make check` (it needs Xen's source): the functions and files the
# per-op blocks name exist in an upstream tree of the release described.
check-implemented:
	@[ -d "$(XEN_SRC)/xen/common" ] || { echo "check-implemented: give XEN_SRC=DIR, an upstream Xen tree"; exit 2; }
	@tests/docs/implemented-by.sh include/xen/public "$(XEN_SRC)"
