# xen-public: header-only. `make install` installs, `make check` runs every test,
# `make help` lists the goals. GNU conventions: PREFIX/prefix, includedir,
# datarootdir, DESTDIR; pkgconfigdir and cmakedir for the two package files.
# Compilers: CC, CXX, CLANG, CLANGXX.

# The version is written in one place, XEN_PUBLIC_VERSION in xen-compat.h
# (doc/stability.md, "Versions"); xen_version_in reads it from that header's
# text on standard input.
XEN_VERSION_HEADER := include/xen/public/xen-compat.h
xen_version_in = awk -F'"' '$$1 == "\#define XEN_PUBLIC_VERSION " { print $$2 }'
XEN_VERSION := $(shell $(xen_version_in) < $(XEN_VERSION_HEADER))
PREFIX      ?= /usr/local
prefix      ?= $(PREFIX)
includedir  ?= $(prefix)/include
datarootdir ?= $(prefix)/share
pkgconfigdir ?= $(datarootdir)/pkgconfig
cmakedir    ?= $(datarootdir)/cmake/xen-public
INSTALL     ?= install
DOXYGEN     ?= doxygen
ifeq ($(origin CC),default)
CC := gcc
endif
ifeq ($(origin CXX),default)
CXX := g++
endif
CLANG       ?= clang
CLANGXX     ?= clang++
export CC CXX CLANG CLANGXX

XEN_BUILD ?= build
XEN_INSTALLED_HEADERS = $(shell cd include && find xen xen-public-legacy -name '*.h' | LC_ALL=C sort)
XEN_DOC_INPUTS = doc/Doxyfile scripts/doxygen-filter.awk README.md $(wildcard doc/*.md) $(shell find include -name '*.h') \
                 abi/since.txt scripts/since-page.sh

.PHONY: all help version install uninstall docs clean vendor dist
.DELETE_ON_ERROR:

all:
	@echo "xen-public is header-only: see README.md (make install, make check, make help)."

help:
	@echo "make install [PREFIX=/usr/local] [DESTDIR=]  install the headers, xen-public.pc, the CMake package, and in"
	@echo "                                             \$$(datarootdir)/xen-public xen-kernel-types.h and headers-ARCH[-unstable].txt, abi/ARCH.json"
	@echo "make uninstall                               remove what install put there"
	@echo "make vendor DEST= HEADERS= [ARCHES=] [UNSTABLE=1] [LEGACY=1]"
	@echo "                                             copy HEADERS (e.g. \"io/blkif.h grant_table.h\") and what they"
	@echo "                                             include, for ARCHES (default: all), into DEST (doc/kernel-and-vendoring.md)"
	@echo "make version                                 print the version (from xen-compat.h)"
	@echo "make docs                                    HTML reference in $(XEN_BUILD)/doc/html"
	@echo "make check                                   every test; reruns only what changed"
	@echo "make abi-update [ALLOW_STABLE_BREAK=1]       rewrite tests/abi/*.lock and abi/*.json from the headers"
	@echo "make check-upstream XEN_SRC=DIR              compare with an upstream Xen tree"
	@echo "make check-implemented XEN_SRC=DIR           the functions and files the per-op blocks name exist in DIR"
	@echo "make fuzz-ring-corpus                        fuzz io/ring.h longer, keep new inputs"
	@echo "make legacy-layer                            rewrite include/xen-public-legacy (upstream's <xen/...> paths)"
	@echo "make bench                                  time io/ring.h against a plain copy (not in check)"
	@echo "make dist                                    xen-public-VERSION.tar.gz and .sha256"
	@echo "                                             of the last commit, in $(XEN_BUILD)/"
	@echo "make clean                                   remove $(XEN_BUILD)/"
	@echo
	@echo "install and uninstall take (GNU names; the defaults shown):"
	@echo "  PREFIX=/usr/local  prefix=\$$(PREFIX)  includedir=\$$(prefix)/include  datarootdir=\$$(prefix)/share"
	@echo "  pkgconfigdir=\$$(datarootdir)/pkgconfig  cmakedir=\$$(datarootdir)/cmake/xen-public  DESTDIR=  INSTALL=install"
	@echo "check takes: CC CXX CLANG CLANGXX (compilers), XEN_REQUIRE_ALL=1 (a missing tool fails instead of"
	@echo "  skipping), XEN_BUILD=build (where results are kept); DOXYGEN for docs"

version:
	@echo $(XEN_VERSION)

# The test rules are read only for the goals that need them.
XEN_TEST_GOALS := check check-% abi-update fuzz-ring-corpus bench legacy-layer
ifneq ($(filter $(XEN_TEST_GOALS),$(MAKECMDGOALS)),)
include tests/check.mk
endif

# --- documentation ----------------------------------------------------------

docs: $(XEN_BUILD)/doc/html/index.html

$(XEN_BUILD)/doc/html/index.html: $(XEN_DOC_INPUTS)
	@mkdir -p $(XEN_BUILD)/doc
	@scripts/since-page.sh abi/since.txt > $(XEN_BUILD)/doc/since.md
	@( cat doc/Doxyfile; echo "PROJECT_NUMBER = $(XEN_VERSION)"; echo "OUTPUT_DIRECTORY = $(XEN_BUILD)/doc"; \
	    echo "INPUT += $(XEN_BUILD)/doc/since.md" ) | $(DOXYGEN) - > $(XEN_BUILD)/doc/doxygen.log 2>&1 \
	    || { cat $(XEN_BUILD)/doc/doxygen.log; exit 1; }
	@touch $@
	@echo "docs: $@ (no warnings)"

# --- vendoring --------------------------------------------------------------
# A copy of the headers a project uses, with what they include, for the
# architectures it builds on (scripts/vendor.sh).

vendor:
	@[ -n "$(DEST)" ] && [ -n "$(strip $(HEADERS))" ] || \
	    { echo 'usage: make vendor DEST=DIR HEADERS="io/blkif.h grant_table.h" [ARCHES="x86_64 x86_32"] [UNSTABLE=1] [LEGACY=1]' >&2; exit 2; }
	@XEN_VERSION=$(XEN_VERSION) scripts/vendor.sh -a "$(ARCHES)" \
	    $(if $(filter-out 0,$(UNSTABLE)),-u) $(if $(filter-out 0,$(LEGACY)),-l) \
	    "$(DEST)" $(HEADERS)

# --- release tarball --------------------------------------------------------
# xen-public-VERSION.tar.gz holds the last commit, nothing else, and is the same
# byte for byte wherever it is made: git archive writes the files in a fixed
# order, owned by root, dated at the commit; the umask and line endings are set
# here so that no one's git settings change them; gzip -n stores no name or
# time. The version is the one of that commit.
XEN_DIST_GIT = git -C "$(CURDIR)" -c tar.umask=022 -c core.autocrlf=false -c core.eol=lf
XEN_SHA256 = $(shell command -v sha256sum || echo shasum -a 256)

dist:
	@top=$$(git -C "$(CURDIR)" rev-parse --show-prefix 2> /dev/null) && [ -z "$$top" ] || \
	    { echo "make dist: not a git checkout; releases are made from a clone" >&2; exit 2; }
	@v=$$($(XEN_DIST_GIT) show HEAD:$(XEN_VERSION_HEADER) | $(xen_version_in)); \
	[ -n "$$v" ] || { echo "make dist: HEAD has no XEN_PUBLIC_VERSION" >&2; exit 2; }; \
	n=xen-public-$$v.tar.gz; mkdir -p $(XEN_BUILD) && \
	$(XEN_DIST_GIT) archive --prefix=xen-public-$$v/ -o $(XEN_BUILD)/$$n.tar HEAD && \
	gzip -n < $(XEN_BUILD)/$$n.tar > $(XEN_BUILD)/$$n && rm $(XEN_BUILD)/$$n.tar && \
	(cd $(XEN_BUILD) && $(XEN_SHA256) $$n) > $(XEN_BUILD)/$$n.sha256 && \
	echo "dist: $(XEN_BUILD)/$$n, sha256 $$(cut -d ' ' -f 1 $(XEN_BUILD)/$$n.sha256)"

# --- install ----------------------------------------------------------------
# xen-public.pc and the CMake package are written from their templates at every
# install, naming this install's directories: relative to the prefix when they
# are under it, so an installed tree can be moved (`pkg-config --define-prefix`;
# the CMake package finds the prefix from its own place), literally when not.
# CMakeLists.txt and meson.build fill the same templates the same way.
xen_under = $(patsubst $(prefix)/%,%,$(filter $(prefix)/%,$(1)))
xen_space := $(subst x,,x x)
XEN_INC_REL   = $(call xen_under,$(includedir))
XEN_CMAKE_REL = $(call xen_under,$(cmakedir))
XEN_INSTALL_SUBST = -e 's|@prefix@|$(prefix)|g' -e 's|@version@|$(XEN_VERSION)|g' \
    -e 's|@includedir@|$(if $(XEN_INC_REL),$${prefix}/$(XEN_INC_REL),$(includedir))|g' \
    -e 's|@cmake_prefix@|$(if $(XEN_CMAKE_REL),$${CMAKE_CURRENT_LIST_DIR}/$(subst $(xen_space),/,$(patsubst %,..,$(subst /, ,$(XEN_CMAKE_REL)))),$(prefix))|g' \
    -e 's|@cmake_includedir@|$(if $(XEN_INC_REL),$${_xen_public_prefix}/$(XEN_INC_REL),$(includedir))|g'
XEN_INSTALLED_DIRS = $(patsubst %/,%,$(sort $(dir $(XEN_INSTALLED_HEADERS))))
# Data beside the headers: the example types header for -nostdinc builds, and
# each architecture's lists of headers (stable, unstable), which
# scripts/headers-for-arch.sh writes at install time, and in abi/ each
# architecture's ABI manifest (doc/manifest.md).
XEN_DATADIR   = $(datarootdir)/xen-public
XEN_LIST_ARCHES = $(shell scripts/arch-target.sh --list)
XEN_DATA_FILES = xen-kernel-types.h $(foreach a,$(XEN_LIST_ARCHES),headers-$(a).txt headers-$(a)-unstable.txt abi/$(a).json)
XEN_PACKAGE_FILES  = "$(DESTDIR)$(pkgconfigdir)/xen-public.pc" "$(DESTDIR)$(pkgconfigdir)/xen-public-legacy.pc" \
    "$(DESTDIR)$(cmakedir)/xen-public-config.cmake" "$(DESTDIR)$(cmakedir)/xen-public-config-version.cmake"

install:
	@for d in $(XEN_INSTALLED_DIRS); do $(INSTALL) -d "$(DESTDIR)$(includedir)/$$d" && \
	    $(INSTALL) -m 644 include/$$d/*.h "$(DESTDIR)$(includedir)/$$d" || exit 1; done
	@$(INSTALL) -d "$(DESTDIR)$(pkgconfigdir)" "$(DESTDIR)$(cmakedir)"
	@for f in xen-public.pc.in:"$(DESTDIR)$(pkgconfigdir)/xen-public.pc" \
	          xen-public-legacy.pc.in:"$(DESTDIR)$(pkgconfigdir)/xen-public-legacy.pc" \
	          cmake/xen-public-config.cmake.in:"$(DESTDIR)$(cmakedir)/xen-public-config.cmake" \
	          cmake/xen-public-config-version.cmake.in:"$(DESTDIR)$(cmakedir)/xen-public-config-version.cmake"; do \
	    sed $(XEN_INSTALL_SUBST) "$${f%%:*}" > "$${f#*:}" && chmod 644 "$${f#*:}" || exit 1; done
	@$(INSTALL) -d "$(DESTDIR)$(XEN_DATADIR)"
	@$(INSTALL) -m 644 examples/xen-kernel-types.h "$(DESTDIR)$(XEN_DATADIR)"
	@$(INSTALL) -d "$(DESTDIR)$(XEN_DATADIR)/abi"
	@$(INSTALL) -m 644 $(foreach a,$(XEN_LIST_ARCHES),abi/$(a).json) "$(DESTDIR)$(XEN_DATADIR)/abi"
	@for a in $(XEN_LIST_ARCHES); do \
	    scripts/headers-for-arch.sh --stable $$a include > "$(DESTDIR)$(XEN_DATADIR)/headers-$$a.txt" && \
	    scripts/headers-for-arch.sh --unstable $$a include > "$(DESTDIR)$(XEN_DATADIR)/headers-$$a-unstable.txt" && \
	    chmod 644 "$(DESTDIR)$(XEN_DATADIR)/headers-$$a.txt" "$(DESTDIR)$(XEN_DATADIR)/headers-$$a-unstable.txt" || exit 1; done
	@echo "installed $(words $(XEN_INSTALLED_HEADERS)) headers under $(DESTDIR)$(includedir) (xen/public, and the legacy layer in xen-public-legacy), xen-public.pc and xen-public-legacy.pc $(XEN_VERSION), the CMake package in $(DESTDIR)$(cmakedir), xen-kernel-types.h, the per-architecture header lists and ABI manifests (abi/) in $(DESTDIR)$(XEN_DATADIR)"

uninstall:
	@if [ -d "$(DESTDIR)$(includedir)" ]; then cd "$(DESTDIR)$(includedir)" && rm -f $(XEN_INSTALLED_HEADERS); fi
	@rm -f $(XEN_PACKAGE_FILES)
	@rmdir "$(DESTDIR)$(cmakedir)" 2>/dev/null || true
	@if [ -d "$(DESTDIR)$(XEN_DATADIR)" ]; then cd "$(DESTDIR)$(XEN_DATADIR)" && rm -f $(XEN_DATA_FILES); fi
	@rmdir "$(DESTDIR)$(XEN_DATADIR)/abi" 2>/dev/null || true
	@rmdir "$(DESTDIR)$(XEN_DATADIR)" 2>/dev/null || true
	@for d in $$(printf "%s\n" $(XEN_INSTALLED_DIRS) xen xen-public-legacy | LC_ALL=C sort -r); do \
	    rmdir "$(DESTDIR)$(includedir)/$$d" 2>/dev/null || true; done

clean:
	rm -rf $(XEN_BUILD)
