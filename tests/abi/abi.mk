# The ABI lock (see README.md in this folder). Read by tests/check.mk. For
# each architecture: the lock generated from the headers must match the
# committed one; C++ must agree with it; every stable integer macro must
# evaluate, UB-free, to its value; __XEN_TOOLS__ and the legacy interface
# version must keep the layouts; and a lock generated from a copy of the tree
# with its declarations moved must be identical.

XEN_ABI := $(XEN_BUILD)/abi
XEN_ABI_TOOLS := scripts/abi-lock.sh scripts/headers-for-arch.sh scripts/arch-target.sh scripts/arches.txt

$(XEN_ABI)/.dir:
	@mkdir -p $(@D) && touch $@

$(XEN_ABI)/%.lock: $(XEN_HEADER_FILES) $(XEN_ABI_TOOLS) | $(XEN_ABI)/.dir
	@mkdir -p $(XEN_ABI)/facts-$*
	$(XEN_TIMED) abi env XEN_LOCK_FACTS=$(XEN_ABI)/facts-$* scripts/abi-lock.sh $* include > $@.tmp && mv $@.tmp $@

$(XEN_ABI)/%.matches: $(XEN_ABI)/%.lock tests/abi/%.lock tests/abi/lock-matches.sh scripts/abi-diff.sh
	$(XEN_TIMED) abi tests/abi/lock-matches.sh $* tests/abi/$*.lock $(XEN_ABI)/$*.lock
	@touch $@

# The checks derived from the committed lock run once it is known to match,
# so a changed ABI is reported as such first.
$(XEN_ABI)/%.cxx: $(XEN_ABI)/%.matches tests/abi/cxx-agrees.sh $(XEN_HEADER_FILES) $(XEN_ABI_TOOLS) | $(XEN_ABI)/.dir
	$(XEN_TIMED) abi tests/abi/cxx-agrees.sh $* tests/abi/$*.lock include
	@touch $@

$(XEN_ABI)/%.constexpr: $(XEN_ABI)/%.matches tests/abi/constexpr-macros.sh $(XEN_HEADER_FILES) $(XEN_ABI_TOOLS) | $(XEN_ABI)/.dir
	$(XEN_TIMED) abi tests/abi/constexpr-macros.sh $* tests/abi/$*.lock include
	@touch $@

$(XEN_ABI)/%.views: $(XEN_ABI)/%.matches tests/abi/views-agree.sh tests/abi/versioned-types.txt \
                    $(XEN_HEADER_FILES) $(XEN_ABI_TOOLS) | $(XEN_ABI)/.dir
	$(XEN_TIMED) abi tests/abi/views-agree.sh $* tests/abi/$*.lock include
	@touch $@

$(XEN_ABI)/%.positions: tests/abi/no-positions.sh tests/abi/%.lock $(XEN_ABI)/%.lock
	$(XEN_TIMED) abi tests/abi/no-positions.sh include $(XEN_ABI)/moved-$* $(XEN_ABI)/$*.lock $*
	@touch $@

# Moving declarations is proved on one architecture of each big family of
# arch-* headers; the others share the generic headers, where most anonymous
# members are. Every committed lock is searched for source positions by
# lock-matches.sh.
XEN_ABI_MOVED_ARCHES := x86_32 arm64
XEN_ABI_CHECKS := $(foreach a,$(XEN_ARCHES),$(addprefix $(XEN_ABI)/$(a),.matches .cxx .constexpr .views)) \
                  $(foreach a,$(XEN_ABI_MOVED_ARCHES),$(XEN_ABI)/$(a).positions)
check-abi: $(XEN_ABI_CHECKS) check-upstream-lock

abi-update: $(foreach a,$(XEN_ARCHES),$(XEN_ABI)/$(a).lock)
	@scripts/abi-update.sh $(XEN_ABI) $(XEN_ARCHES)
