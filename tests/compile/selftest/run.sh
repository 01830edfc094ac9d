#!/bin/sh
# selftest/run.sh OUT
#
# Proves the compile matrix's machinery reports what it must: runs prepare.sh
# and run-config.sh on the small tree in include/ (headers that fail alone, fail
# only under -pedantic outside a pragma region, fail when included twice, need a
# header they do not include, reach into unstable/, or leave non-assembly
# text), with clang through parse-many (its stable and other cells as two
# groups of one process, as the matrix runs them) and with gcc in C, and clang as
# assembly (gcc's assembly cells take the plain one-cell path), and
# requires exactly the results of expected.txt. Then runs again with nothing
# changed (nothing may be compiled, same results), and again after editing
# good.h (only the cells that reach it may be compiled).
# Run by: make check (tests/compile/compile.mk).
set -eu
out=$1
here=$(cd "${0%/*}" && pwd)
rm -rf "$out" && mkdir -p "$out"
cp -R "$here/include" "$out/root"
export XEN_ASM_HEADERS="$here/asm-headers.txt"

run() {
    "$here/../prepare.sh" "$out/root" "$out/m"
    cp "$here/configs.txt" "$out/m/configs.txt"
    # All configurations in one call, as the matrix runs them (one parse-many).
    # shellcheck disable=SC2046
    "$here/../run-config.sh" "$out/m" "$out/root" $(awk '{ print $1 }' "$here/configs.txt")
    for c in $(awk '{ print $1 }' "$here/configs.txt"); do
        awk -v c="$c" '{ print c, $1, $2 }' "$out/m/$c/results.txt"
    done | LC_ALL=C sort > "$out/results.txt"
    diff -u "$here/expected.txt" "$out/results.txt" >&2 ||
        { echo "selftest: the matrix machinery reported other results than expected.txt ($1)" >&2; exit 1; }
    cat "$out"/m/*/compiled | awk '{ n += $1 } END { print n + 0 }'
}
first=$(run "first run")
again=$(run "nothing changed")
[ "$again" -eq 0 ] || { echo "selftest: $again cells compiled again with nothing changed"; exit 1; }
echo '/* edited */' >> "$out/root/xen/public/good.h"
edited=$(run "good.h edited")
# good.h in all three configurations, unstable/extra.h and leaks.h (which reach
# it) and the all-* cells in the two C ones; needs-other.h does not reach it.
[ "$edited" -eq 11 ] ||
    { echo "selftest: $edited cells compiled after editing good.h, expected 11"; exit 1; }
echo "selftest: $(wc -l < "$out/results.txt") planted results reported exactly; $first cells compiled," \
     "then 0 with nothing changed and $edited after editing one header"
