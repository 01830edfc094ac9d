# xen-public: header-only. `make check` runs every test; `make install` installs.
# GNU conventions: PREFIX/prefix, includedir, DESTDIR.

XEN_VERSION := 4.22.0
PREFIX      ?= /usr/local
prefix      ?= $(PREFIX)
includedir  ?= $(prefix)/include
datarootdir ?= $(prefix)/share
pkgconfigdir ?= $(datarootdir)/pkgconfig
INSTALL     ?= install
DOXYGEN     ?= doxygen
CLANG       ?= clang

XEN_TOP   :=
XEN_BUILD ?= build
XEN_ARCHES_LOCKED := x86_64 x86_32 arm64 arm32 riscv64 ppc64le
XEN_INSTALLED_HEADERS = $(shell cd include && find xen -name '*.h' | LC_ALL=C sort)

.PHONY: all check check-compile check-abi check-docs check-install docs \
        abi-update install uninstall clean matrix
.DELETE_ON_ERROR:

all:
	@echo "xen-public is header-only: see README.md (make install, make check)."

include tests/compile/matrix.mk
include tests/ring/ring.mk
include tests/xs_wire/xs_wire.mk

check: check-compile check-abi check-docs check-install check-ring check-xs-wire

# --- compile matrix ---------------------------------------------------------
matrix: $(XEN_MATRIX_RESULTS)

check-compile:
	@rm -rf $(XEN_MATRIX)
	@$(MAKE) --no-print-directory matrix
	@tests/compile/summary.sh $(XEN_MATRIX)

# --- ABI lock ---------------------------------------------------------------
abi-update:
	@mkdir -p tests/abi
	@for a in $(XEN_ARCHES_LOCKED); do \
	    CLANG=$(CLANG) scripts/abi-lock.sh $$a include > tests/abi/$$a.lock || exit 1; \
	    echo "wrote tests/abi/$$a.lock ($$(wc -l < tests/abi/$$a.lock) lines)"; done

check-abi: $(patsubst %,$(XEN_BUILD)/abi/%.check,$(XEN_ARCHES_LOCKED))
	@echo "ABI lock: all $(words $(XEN_ARCHES_LOCKED)) architectures match"

$(XEN_BUILD)/abi/%.check: FORCE
	@mkdir -p $(@D)
	@CLANG=$(CLANG) scripts/abi-lock.sh $* include > $(XEN_BUILD)/abi/$*.lock
	@if diff -u tests/abi/$*.lock $(XEN_BUILD)/abi/$*.lock > $(XEN_BUILD)/abi/$*.diff; then touch $@; else \
	    echo "ABI lock mismatch on $*: '-' is the committed lock, '+' the headers now."; \
	    echo "An intended change to an unstable interface: run make abi-update and commit the lock."; \
	    sed -n '3,$$p' $(XEN_BUILD)/abi/$*.diff | grep '^[-+]' | head -n 60; exit 1; fi
	@tests/abi/cxx-agrees.sh $* tests/abi/$*.lock include
	@tests/abi/constexpr-macros.sh $* tests/abi/$*.lock include
	@tests/abi/views-agree.sh $* tests/abi/$*.lock include
FORCE:

# --- documentation ----------------------------------------------------------
docs check-docs:
	@mkdir -p $(XEN_BUILD)/doc
	@( cat doc/Doxyfile; echo "OUTPUT_DIRECTORY = $(XEN_BUILD)/doc" ) | $(DOXYGEN) - > $(XEN_BUILD)/doc/doxygen.log 2>&1 \
	    || { cat $(XEN_BUILD)/doc/doxygen.log; exit 1; }
	@echo "docs: $(XEN_BUILD)/doc/html/index.html (no warnings)"

# --- install ----------------------------------------------------------------
$(XEN_BUILD)/xen-public.pc: xen-public.pc.in Makefile
	@mkdir -p $(@D)
	@sed -e 's|@prefix@|$(prefix)|' -e 's|@includedir@|$(includedir)|' \
	     -e 's|@version@|$(XEN_VERSION)|' xen-public.pc.in > $@

install: $(XEN_BUILD)/xen-public.pc
	@for h in $(XEN_INSTALLED_HEADERS); do \
	    $(INSTALL) -d "$(DESTDIR)$(includedir)/$$(dirname $$h)" && \
	    $(INSTALL) -m 644 include/$$h "$(DESTDIR)$(includedir)/$$h" || exit 1; done
	@$(INSTALL) -d "$(DESTDIR)$(pkgconfigdir)"
	@$(INSTALL) -m 644 $(XEN_BUILD)/xen-public.pc "$(DESTDIR)$(pkgconfigdir)/xen-public.pc"
	@echo "installed $(words $(XEN_INSTALLED_HEADERS)) headers under $(DESTDIR)$(includedir)/xen/public"

uninstall:
	@if [ -d "$(DESTDIR)$(includedir)" ]; then cd "$(DESTDIR)$(includedir)" && rm -f $(XEN_INSTALLED_HEADERS); fi
	@rm -f "$(DESTDIR)$(pkgconfigdir)/xen-public.pc"
	@for d in $$(printf "%s\n" $(patsubst %/,%,$(sort $(dir $(XEN_INSTALLED_HEADERS)))) xen | LC_ALL=C sort -r); do \
	    rmdir "$(DESTDIR)$(includedir)/$$d" 2>/dev/null || true; done

check-install:
	@tests/install/run.sh "$(MAKE)" "$(XEN_BUILD)/install-test"

clean:
	rm -rf $(XEN_BUILD)
