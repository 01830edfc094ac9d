#!/bin/sh
# readme-examples.sh ROOT WORK
#
# Proves README.md's C examples are true: each ```c block is written out as a
# translation unit of its own and compiled against the headers under ROOT
# (and the legacy layer) with gcc and clang, -std=c11 -Wall -Wextra -Werror.
# Fails when one does not compile, or when README.md has no C example.
# Run by: make check (tests/check.mk).
set -eu
root=$1
work=$2
rm -rf "$work" && mkdir -p "$work"
awk -v dir="$work" '
/^```c$/ { n++; f = sprintf("%s/example-%02d.c", dir, n); inside = 1; next }
/^```/ && inside { inside = 0; close(f); next }
inside { print > f }' README.md
count=$(find "$work" -name 'example-*.c' | wc -l)
[ "$count" -gt 0 ] || { echo "readme-examples: README.md has no C example" >&2; exit 1; }
status=0
for f in "$work"/example-*.c; do
    for compiler in "${CC:-gcc}" "${CLANG:-clang}"; do
        "$compiler" -x c -std=c11 -Wall -Wextra -Werror -Wno-missing-prototypes -I"$root" \
            -I"$root/xen-public-legacy" -fsyntax-only "$f" > "$f.log" 2>&1 ||
            { echo "readme-examples: README.md's C example $(basename "$f" .c) fails with $compiler:"; head -n 5 "$f.log"; status=1; }
    done
done
[ $status -eq 0 ] && echo "readme-examples: all $count C examples of README.md compile with gcc and clang"
exit $status
