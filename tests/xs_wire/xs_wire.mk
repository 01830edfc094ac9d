# tests/xs_wire: io/xs_wire.h against the XenStore protocol documents (the
# expected values are literals in xs_wire_test.c). Read by tests/check.mk;
# builds in $(XEN_BUILD)/xs_wire.
# make check-xs-wire builds the test as C (clang, UBSan) and as C++ (g++)
# and runs both.

XEN_XS     := $(XEN_BUILD)/xs_wire
XEN_XS_SRC := tests/xs_wire/xs_wire_test.c
XEN_XS_HDRS := $(addprefix include/xen/public/,io/xs_wire.h xen-compat.h)

.PHONY: check-xs-wire

check-xs-wire: $(XEN_XS)/ok
$(XEN_XS)/ok: $(XEN_XS)/xs_wire-c $(XEN_XS)/xs_wire-cxx
	$(XEN_TIMED) xs_wire $(XEN_XS)/xs_wire-c > $(XEN_XS)/c.out && sed 's/^/C: /' $(XEN_XS)/c.out
	$(XEN_TIMED) xs_wire $(XEN_XS)/xs_wire-cxx > $(XEN_XS)/cxx.out && sed 's/^/C++: /' $(XEN_XS)/cxx.out
	@touch $@

$(XEN_XS)/xs_wire-c: $(XEN_XS_SRC) $(XEN_XS_HDRS)
	@mkdir -p $(@D)
	$(XEN_TIMED) xs_wire $(CLANG) -x c -std=c11 -O1 -g -fsanitize=undefined -fno-sanitize-recover=all \
	    -Wall -Wextra -Werror -pedantic -Wshadow -Iinclude -o $@ $<
$(XEN_XS)/xs_wire-cxx: $(XEN_XS_SRC) $(XEN_XS_HDRS)
	@mkdir -p $(@D)
	$(XEN_TIMED) xs_wire $(CXX) -x c++ -std=c++11 -O1 -Wall -Wextra -Werror -pedantic -Wshadow \
	    -Iinclude -o $@ $<
