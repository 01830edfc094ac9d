# make check-bindgen (tests/bindgen/run.sh): bindgen's Rust bindings of every
# stable header, for x86_64 and arm64, compiled with rustc and their tests run.
# Read by tests/check.mk. Not part of make check: rustc takes some 15 CPU
# seconds an architecture; .ci/run runs it after make check.

XEN_BINDGEN_ARCHES := x86_64 arm64

check-bindgen: $(foreach a,$(XEN_BINDGEN_ARCHES),$(XEN_STAMP)/bindgen-$(a))

# A job that skipped for want of a tool leaves no stamp, so it runs again.
$(XEN_STAMP)/bindgen-%: abi/%.json tests/bindgen/run.sh $(XEN_HEADER_FILES) \
                        scripts/headers-for-arch.sh scripts/arch-target.sh | $(XEN_STAMP)/.dir
	$(XEN_TIMED) bindgen env XEN_REQUIRE_ALL=$(XEN_REQUIRE_ALL) \
	    tests/bindgen/run.sh $* abi/$*.json $(XEN_BUILD)/bindgen/$*
	@[ -e $(XEN_BUILD)/bindgen/$*/skipped ] || touch $@
