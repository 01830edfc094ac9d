# xen-public: header-only. `make install` installs, `make check` runs every test,
# `make help` lists the goals. GNU conventions: PREFIX/prefix, includedir,
# datarootdir, DESTDIR. Compilers: CC, CXX, CLANG, CLANGXX.

XEN_VERSION := 4.22.0
PREFIX      ?= /usr/local
prefix      ?= $(PREFIX)
includedir  ?= $(prefix)/include
datarootdir ?= $(prefix)/share
pkgconfigdir ?= $(datarootdir)/pkgconfig
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
XEN_INSTALLED_HEADERS = $(shell cd include && find xen -name '*.h' | LC_ALL=C sort)
XEN_DOC_INPUTS = doc/Doxyfile README.md $(wildcard doc/*.md) $(shell find include -name '*.h')

.PHONY: all help install uninstall docs clean
.DELETE_ON_ERROR:

all:
	@echo "xen-public is header-only: see README.md (make install, make check, make help)."

help:
	@echo "make install [PREFIX=/usr/local] [DESTDIR=]  install the headers and xen-public.pc"
	@echo "make uninstall                               remove what install put there"
	@echo "make docs                                    HTML reference in $(XEN_BUILD)/doc/html"
	@echo "make check                                   every test; reruns only what changed"
	@echo "make abi-update [ALLOW_STABLE_BREAK=1]       rewrite tests/abi/*.lock from the headers"
	@echo "make check-upstream XEN_SRC=DIR              compare with an upstream Xen tree"
	@echo "make fuzz-ring-corpus                        fuzz io/ring.h longer, keep new inputs"
	@echo "make bench                                  time io/ring.h against a plain copy (not in check)"
	@echo "make clean                                   remove $(XEN_BUILD)/"

# The test rules are read only for the goals that need them.
XEN_TEST_GOALS := check check-% abi-update fuzz-ring-corpus bench
ifneq ($(filter $(XEN_TEST_GOALS),$(MAKECMDGOALS)),)
include tests/check.mk
endif

# --- documentation ----------------------------------------------------------

docs: $(XEN_BUILD)/doc/html/index.html

$(XEN_BUILD)/doc/html/index.html: $(XEN_DOC_INPUTS)
	@mkdir -p $(XEN_BUILD)/doc
	@( cat doc/Doxyfile; echo "OUTPUT_DIRECTORY = $(XEN_BUILD)/doc" ) | $(DOXYGEN) - > $(XEN_BUILD)/doc/doxygen.log 2>&1 \
	    || { cat $(XEN_BUILD)/doc/doxygen.log; exit 1; }
	@touch $@
	@echo "docs: $@ (no warnings)"

# --- install ----------------------------------------------------------------
# The .pc file is rewritten on every install: it must name this install's
# prefix, not an earlier one's.
install:
	@for h in $(XEN_INSTALLED_HEADERS); do \
	    $(INSTALL) -d "$(DESTDIR)$(includedir)/$$(dirname $$h)" && \
	    $(INSTALL) -m 644 include/$$h "$(DESTDIR)$(includedir)/$$h" || exit 1; done
	@$(INSTALL) -d "$(DESTDIR)$(pkgconfigdir)" $(XEN_BUILD)
	@sed -e 's|@prefix@|$(prefix)|' -e 's|@includedir@|$(includedir)|' \
	     -e 's|@version@|$(XEN_VERSION)|' xen-public.pc.in > $(XEN_BUILD)/xen-public.pc.tmp
	@$(INSTALL) -m 644 $(XEN_BUILD)/xen-public.pc.tmp "$(DESTDIR)$(pkgconfigdir)/xen-public.pc"
	@rm -f $(XEN_BUILD)/xen-public.pc.tmp
	@echo "installed $(words $(XEN_INSTALLED_HEADERS)) headers under $(DESTDIR)$(includedir)/xen/public"

uninstall:
	@if [ -d "$(DESTDIR)$(includedir)" ]; then cd "$(DESTDIR)$(includedir)" && rm -f $(XEN_INSTALLED_HEADERS); fi
	@rm -f "$(DESTDIR)$(pkgconfigdir)/xen-public.pc"
	@for d in $$(printf "%s\n" $(patsubst %/,%,$(sort $(dir $(XEN_INSTALLED_HEADERS)))) xen | LC_ALL=C sort -r); do \
	    rmdir "$(DESTDIR)$(includedir)/$$d" 2>/dev/null || true; done

clean:
	rm -rf $(XEN_BUILD)
