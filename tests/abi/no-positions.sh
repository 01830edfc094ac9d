#!/bin/sh
# no-positions.sh ROOT WORK LOCK ARCH
#
# Proves the ABI lock records ABI, not source positions (lock-matches.sh
# searches the committed locks for positions):
# a copy of the tree under ROOT (in WORK), with three comment lines put
#   before every header's first line, one after every line that opens a
#   struct, union or enum, and nested ones indented further (so every
#   declaration moves, by line and by column), locks exactly as the tree
#   itself (LOCK, generated from ROOT) on ARCH.
# Run by: make check (tests/abi/abi.mk).
set -eu
root=$1
work=$2
lock=$3
arch=$4
here=$(cd "${0%/*}" && pwd)
status=0
rm -rf "$work" && mkdir -p "$work"
cp -R "$root/xen" "$work/"
# awk rewrites the copy's headers from the originals, many per process.
find "$root/xen" -name '*.h' -exec awk -v root="$root" -v work="$work" '
FNR == 1 {
    close(out)
    out = work substr(FILENAME, length(root) + 1)
    print "/* moved */" > out; print "/* moved */" > out; print "/* moved */" > out
}
/^[ \t]+(struct|union)/ { $0 = " " $0 }
{ print > out }
/^[ \t]*(typedef[ \t]+)?(struct|union|enum)[^;*]*[{][ \t]*$/ { print "    /* moved */" > out }' {} +
"$here/../../scripts/abi-lock.sh" "$arch" "$work" > "$work/$arch.lock"
if ! cmp -s "$lock" "$work/$arch.lock"; then
    echo "no-positions: moving declarations changes the $arch lock:"
    diff "$lock" "$work/$arch.lock" | head -n 10
    status=1
fi
[ $status -eq 0 ] && echo "no-positions: on $arch, declarations moved by line and column lock identically"
exit $status
