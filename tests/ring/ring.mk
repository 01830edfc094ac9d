# tests/ring: io/ring.h is code people run, so it is run here, not only
# compiled. Read by tests/check.mk. Everything is built in $(XEN_BUILD)/ring;
# each program's header dependencies come from the compiler (-MMD), and each
# run leaves a stamp, so a run is repeated only when its program changed.
#
# make check-ring runs:
#   expand   every macro of ring.h expanded, with nothing included before
#            it, under gcc and clang in C89..C2x and C++98..C++20, hosted and
#            freestanding on the six architectures, -Wall -Wextra -pedantic;
#   stress   a frontend and a backend thread over one shared page: 1,000,000
#            fixed-size requests and responses, then 1,000,000 byte-stream
#            messages each way, indices starting just below 2^32, every
#            message checked (ASan+UBSan build, TSan build, and gcc -O2 with
#            fewer messages);
#   single-read  a writer thread rewrites a slot while the backend copies it
#            with RING_COPY_REQUEST(); every copy, read twice with a compiler
#            barrier between, must read back the same (gcc and clang -O2); the
#            same program with a copy that re-reads the slot must fail;
#   hostile  impossible producer indices (ahead, behind, consumer + size + 1)
#            against rings bordered by guard pages (ASan+UBSan);
#   fuzz     the libFuzzer target for XEN_RING_FUZZ_TIME seconds, seeded
#            from tests/ring/corpus (ASan+UBSan).
# make fuzz-ring-corpus fuzzes longer (XEN_RING_FUZZ_LONG seconds) and merges
# what it finds into tests/ring/corpus, pruned with -merge=1 to one input per
# covered edge (-use_counters=0), which keeps the corpus a few dozen files.

XEN_RING          := $(XEN_BUILD)/ring
XEN_RING_SRC      := tests/ring
XEN_RING_CC       ?= $(CLANG)
XEN_RING_FUZZ_TIME ?= 4
XEN_RING_FUZZ_LONG ?= 600
XEN_RING_CFLAGS   := -std=gnu11 -g -fno-omit-frame-pointer -Wall -Wextra \
                     -Werror -Wshadow -Iinclude -MMD -MP
XEN_RING_ASAN     := -O1 -fsanitize=address,undefined -fno-sanitize-recover=all
XEN_RING_TSAN     := -O1 -fsanitize=thread
XEN_RING_RUN      := $(XEN_RING_SRC)/run.sh
XEN_RING_TIMED     = $(XEN_TIMED) ring

.PHONY: check-ring fuzz-ring-corpus

check-ring: $(addprefix $(XEN_RING)/,expand.ok stress-asan.ok stress-tsan.ok stress-gcc.ok single-read.ok \
              hostile.ok fuzz.ok)
	@echo "check-ring: passed"

$(XEN_RING)/.dir:
	@mkdir -p $(@D) && touch $@

-include $(wildcard $(XEN_RING)/*.d)

$(XEN_RING)/stress-asan: $(XEN_RING_SRC)/stress.c | $(XEN_RING)/.dir
	$(XEN_RING_TIMED) $(XEN_RING_CC) $(XEN_RING_CFLAGS) $(XEN_RING_ASAN) -o $@ $< -lpthread
$(XEN_RING)/stress-tsan: $(XEN_RING_SRC)/stress.c | $(XEN_RING)/.dir
	$(XEN_RING_TIMED) $(XEN_RING_CC) $(XEN_RING_CFLAGS) $(XEN_RING_TSAN) -o $@ $< -lpthread
$(XEN_RING)/stress-gcc: $(XEN_RING_SRC)/stress.c | $(XEN_RING)/.dir
	$(XEN_RING_TIMED) $(CC) $(XEN_RING_CFLAGS) -O2 -o $@ $< -lpthread
$(XEN_RING)/single-read-gcc: $(XEN_RING_SRC)/single-read.c | $(XEN_RING)/.dir
	$(XEN_RING_TIMED) $(CC) $(XEN_RING_CFLAGS) -O2 -o $@ $< -lpthread
$(XEN_RING)/single-read-clang: $(XEN_RING_SRC)/single-read.c | $(XEN_RING)/.dir
	$(XEN_RING_TIMED) $(CLANG) $(XEN_RING_CFLAGS) -O2 -o $@ $< -lpthread
$(XEN_RING)/single-read-reread: $(XEN_RING_SRC)/single-read.c | $(XEN_RING)/.dir
	$(XEN_RING_TIMED) $(CC) $(XEN_RING_CFLAGS) -O2 -DXEN_RING_TEST_REREAD -o $@ $< -lpthread
$(XEN_RING)/hostile: $(XEN_RING_SRC)/hostile.c | $(XEN_RING)/.dir
	$(XEN_RING_TIMED) $(XEN_RING_CC) $(XEN_RING_CFLAGS) $(XEN_RING_ASAN) -o $@ $<
$(XEN_RING)/fuzz: $(XEN_RING_SRC)/fuzz.c | $(XEN_RING)/.dir
	$(XEN_RING_TIMED) $(XEN_RING_CC) $(XEN_RING_CFLAGS) -O1 -fsanitize=fuzzer,address,undefined \
	    -fno-sanitize-recover=all -o $@ $<

$(XEN_RING)/stress-asan.ok: $(XEN_RING)/stress-asan $(XEN_RING_RUN)
	$(XEN_RING_TIMED) $(XEN_RING_RUN) $(XEN_RING)/stress-asan.log 'stress (ASan+UBSan): ' $< 300000 300000
	@touch $@
$(XEN_RING)/stress-tsan.ok: $(XEN_RING)/stress-tsan $(XEN_RING_RUN)
	$(XEN_RING_TIMED) $(XEN_RING_RUN) $(XEN_RING)/stress-tsan.log 'stress (TSan): ' $< 300000 300000
	@touch $@
$(XEN_RING)/stress-gcc.ok: $(XEN_RING)/stress-gcc $(XEN_RING_RUN)
	$(XEN_RING_TIMED) $(XEN_RING_RUN) $(XEN_RING)/stress-gcc.log 'stress (gcc -O2): ' $< 200000 200000
	@touch $@
# The single-read test must pass with both compilers, and must catch the
# re-reading copy it is built with under -DXEN_RING_TEST_REREAD (three tries,
# in case the writer thread hardly ran).
$(XEN_RING)/single-read.ok: $(addprefix $(XEN_RING)/single-read-,gcc clang reread) $(XEN_RING_RUN)
	$(XEN_RING_TIMED) $(XEN_RING_RUN) $(XEN_RING)/single-read-gcc.log 'single-read (gcc -O2): ' $(XEN_RING)/single-read-gcc
	$(XEN_RING_TIMED) $(XEN_RING_RUN) $(XEN_RING)/single-read-clang.log 'single-read (clang -O2): ' $(XEN_RING)/single-read-clang
	@for try in 1 2 3; do \
	    $(XEN_RING)/single-read-reread > $(XEN_RING)/single-read-reread.log 2>&1 || exit 0; done; \
	    echo "single-read: a copy that re-reads the slot went unnoticed" >&2; exit 1
	@echo "single-read: a copy that re-reads the slot is caught: $$(cat $(XEN_RING)/single-read-reread.log)"
	@touch $@
$(XEN_RING)/hostile.ok: $(XEN_RING)/hostile $(XEN_RING_RUN)
	$(XEN_RING_TIMED) $(XEN_RING_RUN) $(XEN_RING)/hostile.log '' $<
	@touch $@

$(XEN_RING)/fuzz.ok: $(XEN_RING)/fuzz $(XEN_RING_RUN) $(wildcard $(XEN_RING_SRC)/corpus/*)
	@rm -rf $(XEN_RING)/fuzz-corpus && mkdir -p $(XEN_RING)/fuzz-corpus
	$(XEN_RING_TIMED) $(XEN_RING_RUN) $(XEN_RING)/fuzz.log '' $< -max_total_time=$(XEN_RING_FUZZ_TIME) \
	    -timeout=10 -print_final_stats=1 -artifact_prefix=$(XEN_RING)/ \
	    $(XEN_RING)/fuzz-corpus $(XEN_RING_SRC)/corpus > /dev/null
	@awk -v seeds=$$(ls $(XEN_RING_SRC)/corpus | wc -l) \
	    '/^stat::number_of_executed_units:/ { n = $$2 } \
	     /^Done [0-9]+ runs in/ { t = $$5 } \
	     /^stat::new_units_added:/ { u = $$2 } \
	     END { printf "fuzz: %d executions in %d s (ASan+UBSan), no failure; %d seed inputs, %d new\n", n, t, seeds, u }' \
	    $(XEN_RING)/fuzz.log
	@touch $@

# Each configuration: compiler:flags, with @ standing for a space.
xen_ring_expand_configs := \
    $(foreach s,c89 c99 c11 c17 c2x,$(CC):-x@c@-std=$(s)@-Wstrict-prototypes \
      $(CLANG):-x@c@-std=$(s)@-Wstrict-prototypes) \
    $(foreach s,c++98 c++11 c++17 c++20,$(CXX):-x@c++@-std=$(s) $(CLANGXX):-x@c++@-std=$(s)) \
    $(foreach t,$(XEN_TARGETS), \
      $(foreach s,c89 c2x,$(CLANG):-x@c@-std=$(s)@--target=$(t)@-ffreestanding) \
      $(foreach s,c++98 c++20,$(CLANGXX):-x@c++@-std=$(s)@--target=$(t)@-ffreestanding)) \
    $(CC):-x@c@-std=c89@-m32@-ffreestanding $(CXX):-x@c++@-std=c++98@-m32@-ffreestanding

# clang's configurations go through one parse-many process (tests/ring/expand.sh).
$(XEN_RING)/expand.d: $(XEN_RING_SRC)/expand.c | $(XEN_RING)/.dir
	@{ $(call xen_deps,$(XEN_RING)/expand.ok,$<); } > $@.tmp && mv $@.tmp $@
$(XEN_RING)/expand.ok: $(XEN_RING_SRC)/expand.c $(XEN_RING)/expand.d $(XEN_RING_SRC)/expand.sh \
                       $(XEN_PARSE_MANY) | $(XEN_RING)/.dir
	$(XEN_RING_TIMED) env XEN_PARSE_MANY=$(XEN_PARSE_MANY) CLANG=$(CLANG) CLANGXX=$(CLANGXX) \
	    $(XEN_RING_SRC)/expand.sh $< $(xen_ring_expand_configs)
	@touch $@

fuzz-ring-corpus: $(XEN_RING)/fuzz
	@rm -rf $(XEN_RING)/long-corpus && mkdir -p $(XEN_RING)/long-corpus
	@$< -max_total_time=$(XEN_RING_FUZZ_LONG) -timeout=10 -artifact_prefix=$(XEN_RING)/ \
	    $(XEN_RING)/long-corpus $(XEN_RING_SRC)/corpus > $(XEN_RING)/long.log 2>&1 \
	    || { tail -n 40 $(XEN_RING)/long.log; exit 1; }
	@rm -rf $(XEN_RING)/merged && mkdir -p $(XEN_RING)/merged
	@$< -merge=1 -use_counters=0 $(XEN_RING)/merged $(XEN_RING_SRC)/corpus $(XEN_RING)/long-corpus \
	    > $(XEN_RING)/merge.log 2>&1 || { tail -n 40 $(XEN_RING)/merge.log; exit 1; }
	@rm -rf $(XEN_RING_SRC)/corpus && cp -R $(XEN_RING)/merged $(XEN_RING_SRC)/corpus
	@echo "fuzz-ring-corpus: tests/ring/corpus now holds $$(ls $(XEN_RING_SRC)/corpus | wc -l) inputs"
