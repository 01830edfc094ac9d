# The ABI manifests, abi/ARCH.json (doc/manifest.md). Read by tests/check.mk.
# For each architecture: the manifest generated from this run's lock (and the
# facts abi-lock.sh kept beside it) must equal the committed one; the
# committed one must be well formed and say what the committed lock says
# (agrees.sh); and C assertions made from it must hold against the headers
# (assertions.sh). `make abi-update` rewrites the manifests with the locks.

XEN_MANIFEST := $(XEN_BUILD)/manifest
XEN_MANIFEST_TOOLS := scripts/abi-manifest.sh scripts/arch-target.sh scripts/arches.txt \
                      $(wildcard abi/since.txt)

$(XEN_MANIFEST)/.dir:
	@mkdir -p $(@D) && touch $@

# A lock made before abi-lock.sh kept its facts is made again.
$(foreach a,$(XEN_ARCHES),$(if $(wildcard $(XEN_ABI)/facts-$(a)/all.ast),,\
    $(eval $(XEN_ABI)/$(a).lock: FORCE)))

$(XEN_MANIFEST)/%.json: $(XEN_ABI)/%.lock $(XEN_MANIFEST_TOOLS) | $(XEN_MANIFEST)/.dir
	$(XEN_TIMED) manifest scripts/abi-manifest.sh $* $(XEN_ABI)/$*.lock $(XEN_ABI)/facts-$* include \
	    > $@.tmp
	@mv $@.tmp $@

$(XEN_MANIFEST)/%.current: $(XEN_MANIFEST)/%.json abi/%.json
	@cmp -s $< abi/$*.json || { \
	    echo "manifest: abi/$*.json is not the one the headers give (run make abi-update):" >&2; \
	    diff abi/$*.json $< | cut -c 1-150 | head -n 10 >&2; exit 1; }
	@touch $@

# Each job leaves no stamp when it skipped for want of jq.
$(XEN_MANIFEST)/%.agrees: abi/%.json tests/abi/%.lock tests/manifest/agrees.sh \
                          | $(XEN_MANIFEST)/.dir
	$(XEN_TIMED) manifest env XEN_REQUIRE_ALL=$(XEN_REQUIRE_ALL) \
	    tests/manifest/agrees.sh $* abi/$*.json tests/abi/$*.lock
	@! command -v jq > /dev/null || touch $@

$(XEN_MANIFEST)/%.asserts: abi/%.json tests/manifest/assertions.sh $(XEN_HEADER_FILES) \
                           $(XEN_ABI_TOOLS) \
                           | $(XEN_MANIFEST)/.dir
	$(XEN_TIMED) manifest env XEN_REQUIRE_ALL=$(XEN_REQUIRE_ALL) \
	    tests/manifest/assertions.sh $* abi/$*.json include
	@! command -v jq > /dev/null || touch $@

check-manifest: $(foreach a,$(XEN_ARCHES),\
                    $(addprefix $(XEN_MANIFEST)/$(a),.current .agrees .asserts))

manifest-update: $(foreach a,$(XEN_ARCHES),$(XEN_MANIFEST)/$(a).json)
	@for a in $(XEN_ARCHES); do cp $(XEN_MANIFEST)/$$a.json abi/$$a.json || exit 1; done
abi-update: manifest-update
