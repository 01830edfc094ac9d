#!/bin/sh
# implemented-by.sh ROOT XEN_SRC
#
# Proves the per-op blocks under ROOT point at code that exists: every
# function named `name()` in an "Implemented by" row is a word of the C
# sources under XEN_SRC/xen, and every path `xen/...` named in a header's
# comments is a file of XEN_SRC. XEN_SRC is an upstream Xen tree of the
# release the package describes (`git archive RELEASE-4.22.0 xen | tar -x`).
# Prints each name or path it cannot find; fails on any, and when it found
# no row at all. It cannot read the function for you: whether the row is
# true is for the reviewer (doc/per-op-form.md, "Checking a block").
# Run by: make check-implemented XEN_SRC=DIR (tests/check.mk).
set -eu
root=$1
src=$2
[ -d "$src/xen/common" ] || { echo "implemented-by: $src/xen/common is missing" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/xen-implemented.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
headers=$(find "$root" -name '*.h' | LC_ALL=C sort)
# shellcheck disable=SC2086
grep -h '| Implemented by |' $headers | grep -oE '[A-Za-z_][A-Za-z0-9_]*\(\)' |
    tr -d '()' | LC_ALL=C sort -u > "$work/functions"
# shellcheck disable=SC2086
grep -ohE 'xen/(common|arch|drivers|xsm|include|lib)/[A-Za-z0-9_/.-]+\.[chS]' $headers |
    LC_ALL=C sort -u > "$work/paths"
[ -s "$work/functions" ] || { echo "implemented-by: no Implemented by row found" >&2; exit 1; }
find "$src/xen" -name '*.[chS]' -exec cat {} + | grep -oE '[A-Za-z_][A-Za-z0-9_]*' |
    LC_ALL=C sort -u > "$work/words"
status=0
for f in $(LC_ALL=C comm -23 "$work/functions" "$work/words"); do
    echo "implemented-by: $f() is not in $src/xen"; status=1
done
while read -r p; do
    [ -f "$src/$p" ] || { echo "implemented-by: $p is not a file of $src"; status=1; }
done < "$work/paths"
echo "implemented-by: $(wc -l < "$work/functions") functions, $(wc -l < "$work/paths") paths checked"
exit $status
