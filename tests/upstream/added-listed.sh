#!/bin/sh
# added-listed.sh REF DOC ARCH...
#
# Proves that doc/stability.md (DOC) names every name the package offers that
# upstream does not: the names of the package's ABI locks (tests/abi/ARCH.lock)
# that are in none of upstream's (REF/ARCH.lock, both views), less upstream's
# include guards (REF/guards.txt), must each appear in DOC in backquotes
# (`NAME`, `NAME()` or `struct NAME`). Prints the count, or the names missing.
# Run by: make check (tests/upstream/upstream.mk).
set -eu
ref=$1
doc=$2
shift 2
here=$(cd "${0%/*}" && pwd)
locks= refs=
for a; do
    locks="$locks $here/../abi/$a.lock"
    refs="$refs $ref/$a.lock"
done
# names LOCK...: one name per line, whatever the kind of entry.
names() {
    # shellcheck disable=SC2086
    sed -e '/^#/d' -e 's/^[a-z]* //' "$@" | awk '{
        if ($1 == "layout") n = ($2 == "struct" || $2 == "union") ? $3 : $2
        else { n = $2; sub(/\(.*/, "", n) }
        print n
    }' | LC_ALL=C sort -u
}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/xen-added.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
# shellcheck disable=SC2086
names $refs > "$tmp/upstream"
sed -n 's/^[^#][^ ]* //p' "$ref/guards.txt" >> "$tmp/upstream"
LC_ALL=C sort -u -o "$tmp/upstream" "$tmp/upstream"
# shellcheck disable=SC2086
names $locks | LC_ALL=C comm -23 - "$tmp/upstream" |
    grep -v '^XEN_PUBLIC_[A-Z0-9_]*_H$' > "$tmp/own" || true
missing=$(awk 'FILENAME == ARGV[1] { doc = doc $0 "\n"; next }
    index(doc, "`" $0 "`") == 0 && index(doc, "`" $0 "()`") == 0 &&
    index(doc, "`struct " $0 "`") == 0 { print }' "$doc" "$tmp/own")
count=$(wc -l < "$tmp/own" | tr -d ' ')
if [ -n "$missing" ]; then
    echo "added-listed: names the package adds to upstream's, not listed in $doc:" >&2
    echo "$missing" | sed 's/^/    /' >&2
    exit 1
fi
[ "$count" -gt 0 ] || { echo "added-listed: no name of the package's own found" >&2; exit 1; }
echo "added-listed: $doc lists all $count names the package adds to upstream's"
