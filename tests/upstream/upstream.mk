# The package held against upstream Xen (see README.md in this folder). Read by
# tests/check.mk.
#   make check            the package's locks against upstream 4.22.0's
#                         committed lock (xen-4.22.0/), allowlist only, and
#                         doc/stability.md's list of the names the package
#                         adds (added-listed.sh);
#   make check-upstream XEN_SRC=DIR
#                         locks DIR/xen/include/public the same way, compares
#                         the package with it, and lists what changed in DIR
#                         since 4.22.0 (build/upstream/changes-ARCH.txt).

XEN_UPSTREAM_REF := tests/upstream/xen-4.22.0
XEN_UPSTREAM     := $(XEN_BUILD)/upstream

check-upstream-lock: $(XEN_STAMP)/upstream
$(XEN_STAMP)/upstream: $(addprefix tests/abi/,$(addsuffix .lock,$(XEN_ARCHES))) \
        $(wildcard $(XEN_UPSTREAM_REF)/*) tests/upstream/allowlist.txt tests/upstream/compare.sh \
        tests/upstream/added-listed.sh doc/stability.md \
        | $(XEN_STAMP)/.dir
	$(XEN_TIMED) upstream env XEN_UPSTREAM_STRICT=1 tests/upstream/compare.sh \
	    $(XEN_UPSTREAM_REF) tests/upstream/allowlist.txt $(XEN_ARCHES)
	$(XEN_TIMED) upstream tests/upstream/added-listed.sh $(XEN_UPSTREAM_REF) doc/stability.md $(XEN_ARCHES)
	@touch $@

check-upstream:
	@[ -d "$(XEN_SRC)/xen/include/public" ] || { echo "check-upstream: give XEN_SRC=DIR, an upstream Xen tree"; exit 2; }
	@rm -rf $(XEN_UPSTREAM) && mkdir -p $(XEN_UPSTREAM)
	@tests/upstream/lock-upstream.sh "$(XEN_SRC)" $(XEN_UPSTREAM) $(XEN_ARCHES)
	@echo "== the package against $(XEN_SRC)"
	@tests/upstream/compare.sh $(XEN_UPSTREAM) tests/upstream/allowlist.txt $(XEN_ARCHES) || true
	@echo "== what changed in $(XEN_SRC) since Xen 4.22.0 (entries; details in $(XEN_UPSTREAM)/changes-ARCH.txt)"
	@for a in $(XEN_ARCHES); do \
	    sed 's/^tools /unstable /' $(XEN_UPSTREAM_REF)/$$a.lock > $(XEN_UPSTREAM)/ref-$$a.lock; \
	    sed 's/^tools /unstable /' $(XEN_UPSTREAM)/$$a.lock > $(XEN_UPSTREAM)/new-$$a.lock; \
	    scripts/abi-diff.sh $(XEN_UPSTREAM)/ref-$$a.lock $(XEN_UPSTREAM)/new-$$a.lock > $(XEN_UPSTREAM)/changes-$$a.txt || true; \
	    echo "$$a: $$(grep -c '^[a-z]' $(XEN_UPSTREAM)/changes-$$a.txt) entries changed"; \
	    grep '^[a-z]' $(XEN_UPSTREAM)/changes-$$a.txt | sed 's/^/    /' | head -n 200; done
