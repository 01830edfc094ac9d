# The compile matrix: every header alone (included twice, as the first lines of
# its own translation unit) and all headers together in both orders, in every
# configuration configs.sh lists; then the misuse cases (misuse/) and a
# self-test proving the batching machinery reports a planted failure
# (selftest/). Stable headers are compiled from a copy of the tree without
# unstable/, so a stable header reaching into unstable/ fails. Read by
# tests/check.mk; see README.md in this folder.

XEN_MATRIX       := $(XEN_BUILD)/compile
XEN_CONFIG_NAMES := $(shell tests/compile/configs.sh | awk '{ print $$1 }')
XEN_COMPILERS    := $(foreach v,CC CXX CLANG CLANGXX,$(shell command -v $($(v)) 2>/dev/null))

# parse-many needs libclang's C API, from the same LLVM as $(CLANG).
XEN_LLVM_DIR   := $(shell c=$$(command -v $(CLANG)) && dirname "$$(dirname "$$(readlink -f "$$c")")")
XEN_PARSE_MANY := $(if $(wildcard $(XEN_LLVM_DIR)/include/clang-c/Index.h),$(XEN_BUILD)/parse-many)

$(XEN_BUILD)/parse-many: tests/compile/parse-many.c
	@mkdir -p $(@D)
	@$(CC) -std=c99 -O2 -Wall -Wextra -Werror -I$(XEN_LLVM_DIR)/include -o $@ $< \
	    -L$(XEN_LLVM_DIR)/lib -lclang -Wl,-rpath,$(XEN_LLVM_DIR)/lib

$(XEN_MATRIX)/prepared: $(XEN_HEADER_FILES) tests/compile/prepare.sh tests/compile/configs.sh \
                        scripts/arches.txt scripts/arch-target.sh scripts/headers-for-arch.sh
	$(XEN_TIMED) compile tests/compile/prepare.sh include $(XEN_MATRIX)
	@tests/compile/configs.sh > $(XEN_MATRIX)/configs.txt
	@touch $@

# The clang configurations of one architecture run as one job, so that one
# parse-many process parses all their cells; every other configuration is a
# job of its own, started after them (the long jobs first). A job is named
# after its first configuration.
comma := ,
XEN_CONFIG_JOBS := $(shell tests/compile/configs.sh | awk ' \
    $$2 ~ /^CLANG/ && $$4 == "all" { job[$$3] = job[$$3] (job[$$3] == "" ? "" : ",") $$1; next } \
    { rest = rest " " $$1 } END { for (a in job) print job[a]; print rest }')
xen_job_id = $(firstword $(subst $(comma), ,$(1)))
$(foreach j,$(XEN_CONFIG_JOBS),$(eval XEN_JOB_$(call xen_job_id,$(j)) := $(subst $(comma), ,$(j))))
XEN_JOB_STAMPS := $(foreach j,$(XEN_CONFIG_JOBS),$(XEN_MATRIX)/$(call xen_job_id,$(j))/job.done)
$(XEN_JOB_STAMPS): $(XEN_MATRIX)/%/job.done: $(XEN_MATRIX)/prepared tests/compile/run-config.sh \
        tests/compile/asm-headers.txt examples/xen-kernel-types.h $(XEN_PARSE_MANY) $(XEN_COMPILERS)
	$(XEN_TIMED) compile env XEN_PARSE_MANY=$(XEN_PARSE_MANY) tests/compile/run-config.sh $(XEN_MATRIX) \
	    include $(XEN_JOB_$*)
	@touch $@

$(XEN_MATRIX)/misuse.res: $(XEN_HEADER_FILES) $(wildcard tests/compile/misuse/*) tests/abi/x86_64.lock \
                          tests/upstream/xen-4.22.0/version-free.txt \
                          scripts/arches.txt $(XEN_PARSE_MANY)
	$(XEN_TIMED) compile env XEN_PARSE_MANY=$(XEN_PARSE_MANY) tests/compile/misuse/run.sh include \
	    $(XEN_MATRIX)/misuse > $@.log 2>&1 \
	    && mv $@.log $@ || { cat $@.log; exit 1; }

$(XEN_MATRIX)/selftest.res: $(wildcard tests/compile/selftest/* tests/compile/selftest/*/*) \
        tests/compile/prepare.sh tests/compile/run-config.sh $(XEN_PARSE_MANY)
	$(XEN_TIMED) compile env XEN_PARSE_MANY=$(XEN_PARSE_MANY) tests/compile/selftest/run.sh \
	    $(XEN_MATRIX)/selftest > $@.log 2>&1 && mv $@.log $@ || { cat $@.log; exit 1; }

check-compile: $(XEN_JOB_STAMPS) $(XEN_MATRIX)/misuse.res $(XEN_MATRIX)/selftest.res
	@$(if $(XEN_PARSE_MANY),,echo "compile: libclang's headers not found next to $(CLANG): one clang process per cell (slow; Debian: libclang-dev)"; \
	    if [ "$(XEN_REQUIRE_ALL)" = 1 ]; then exit 1; fi;)
	@cat $(XEN_MATRIX)/selftest.res $(XEN_MATRIX)/misuse.res
	@tests/compile/summary.sh $(XEN_MATRIX) $(XEN_CONFIG_NAMES)
