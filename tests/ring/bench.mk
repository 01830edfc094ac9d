# tests/ring/bench.mk: make bench, what io/ring.h costs a PV backend. Read by
# tests/check.mk; not part of make check (timings are not pass/fail).
#
# make bench builds tests/ring/bench.c at -O2 with $(CC) and $(CLANG) and runs
# every loop (blkif, netif and a 9pfs byte stream; one thread and two), then
# builds it in each language standard of the compile matrix (C89..C2x with
# $(CC) and $(CLANG), C++98..C++20 with $(CXX) and $(CLANGXX)) and runs the
# one-thread blkif and netif loops. Each row: ns per message with
# RING_COPY_*(), the floor (the same loop with plain struct assignment), the
# ratio, and bytes/s for the byte stream. Benchmarks run one at a time, on the
# host's own architecture only. About 20 s.

XEN_BENCH        := $(XEN_RING)/bench
XEN_BENCH_FLAGS  := -O2 -g -Wall -Wextra -Werror -Wshadow -Iinclude -MMD -MP
XEN_BENCH_SRC    := $(XEN_RING_SRC)/bench.c
XEN_BENCH_MAIN   := $(CC):gnu11 $(CLANG):gnu11
XEN_BENCH_SWEEP  := $(foreach s,c89 c99 c11 c17 c2x,$(CC):$(s) $(CLANG):$(s)) \
                    $(foreach s,c++98 c++11 c++17 c++20,$(CXX):$(s) $(CLANGXX):$(s))

# Program name for compiler:standard, e.g. gcc:c89 -> bench/gcc-c89.
xen_bench_prog = $(XEN_BENCH)/$(notdir $(firstword $(subst :, ,$(1))))-$(lastword $(subst :, ,$(1)))

.PHONY: bench

define xen_bench_rule
$(call xen_bench_prog,$(1)): $(XEN_BENCH_SRC) | $(XEN_RING)/.dir
	@mkdir -p $(XEN_BENCH)
	$(firstword $(subst :, ,$(1))) $(if $(filter c++%,$(lastword $(subst :, ,$(1)))),-x c++) \
	    -std=$(lastword $(subst :, ,$(1))) $(XEN_BENCH_FLAGS) -o $$@ $$< -lpthread
endef
$(foreach c,$(sort $(XEN_BENCH_MAIN) $(XEN_BENCH_SWEEP)),$(eval $(call xen_bench_rule,$(c))))

-include $(wildcard $(XEN_BENCH)/*.d)

bench: $(foreach c,$(XEN_BENCH_MAIN) $(XEN_BENCH_SWEEP),$(call xen_bench_prog,$(c)))
	@echo "io/ring.h benchmarks, $$(uname -m), -O2; ns per message, median of 9 runs;"
	@echo "floor = the same loop with plain struct assignment (flex: plain memcpy);"
	@echo "ratio = median of the copy/floor ratios of runs made back to back"
	@printf '%-22s %-22s %8s %8s %7s\n' benchmark compiler copy floor ratio
	@set -e; for c in $(XEN_BENCH_MAIN); do \
	    p=$(XEN_BENCH)/$$(basename $${c%%:*})-$${c##*:}; \
	    $$p "$$(basename $${c%%:*}) -std=$${c##*:}"; done
	@echo "each language standard, one thread:"
	@set -e; for c in $(XEN_BENCH_SWEEP); do \
	    p=$(XEN_BENCH)/$$(basename $${c%%:*})-$${c##*:}; \
	    $$p "$$(basename $${c%%:*}) -std=$${c##*:}" quick; done
	@case "$$(uname -m)" in aarch64|arm64) ;; \
	    *) echo "arm64: not measured (this host is $$(uname -m) and runs no arm64 binaries)";; esac
