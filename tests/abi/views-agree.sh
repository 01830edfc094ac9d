#!/bin/sh
# views-agree.sh ARCH LOCK [ROOT]
#
# Proves that no macro a consumer may set changes the ABI:
# - with __XEN_TOOLS__ defined (as upstream's toolstack builds do), the
#   headers of ARCH must preprocess to exactly the same text: nothing tests it;
# - at the legacy interface version (what a consumer that sets none gets),
#   every record and typedef both views have must keep the same alignment
#   and member offsets (sizes may differ: before interface 0x00041300 a
#   trailing variable-length array is declared with one element; member types
#   and names may differ: old versions spell some members and handles
#   differently), except the types
#   upstream versions on purpose, listed in versioned-types.txt.
# Run by: make check (tests/abi/abi.mk).
set -eu
arch=$1
lock=$2
root=${3:-include}
here=$(cd "${0%/*}" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/xen-views.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

# __XEN_TOOLS__ must change nothing at all: the headers, preprocessed with and
# without it (macro definitions kept), must give the same text, so they declare
# the same ABI. The line defining __XEN_TOOLS__ itself is left out.
target=$("$here/../../scripts/arch-target.sh" "$arch")
"$here/../../scripts/headers-for-arch.sh" "$arch" "$root" | sed 's/.*/#include <&>/' > "$work/all.h"
for view in plain tools; do
    "${CLANG:-clang}" --target="$target" -ffreestanding -std=gnu11 -x c -E -dD -P \
        -D__XEN_INTERFACE_VERSION__=__XEN_LATEST_INTERFACE_VERSION__ \
        $([ $view = tools ] && echo -D__XEN_TOOLS__) -I"$root" "$work/all.h" |
        grep -v '^#define __XEN_TOOLS__ ' > "$work/$view.i"
done
if ! diff -u "$work/plain.i" "$work/tools.i" > "$work/tools.diff"; then
    echo "views-agree: defining __XEN_TOOLS__ changes the headers on $arch:" >&2
    grep '^[-+][^-+]' "$work/tools.diff" | head -n 20 >&2
    exit 1
fi

# Layout lines reduced to key and top-level member offset; size lines to alignment.
shape() {
    sed -e '/^#/d' -e 's/^[a-z]* //' "$1" | awk '
    $1 == "typedef" && $3 ~ /^size=/ { print "typedef " $2 "\t" $4; next }
    $1 != "layout" { next }
    {
        key = ($2 == "struct" || $2 == "union") ? $2 " " $3 : "typedef " $2
        rest = ($2 == "struct" || $2 == "union") ? $4 : $3
        if (rest ~ /^size=/) { print key "\t" (($2 == "struct" || $2 == "union") ? $5 : $4); next }
        # Top-level members only: nested ones are compared with their own type.
        if (key !~ /^typedef / && $0 ~ / @[0-9:-]+   [^ ]/) print key "\t" rest
    }'
}
XEN_LOCK_LAYOUTS_ONLY=1 XEN_LOCK_VERSION=0x00000000 "$here/../../scripts/abi-lock.sh" "$arch" "$root" > "$work/legacy.lock"
shape "$lock" > "$work/latest.shape"
shape "$work/legacy.lock" > "$work/legacy.shape"
cut -f1 "$work/latest.shape" | sort -u |
    grep -vxF -f "$here/versioned-types.txt" > "$work/latest.keys" || true
cut -f1 "$work/legacy.shape" | sort -u > "$work/legacy.keys"
comm -12 "$work/latest.keys" "$work/legacy.keys" > "$work/common.keys"
for v in latest legacy; do
    awk -F '\t' 'FILENAME == ARGV[1] { k[$1] = 1; next } ($1 in k)' "$work/common.keys" "$work/$v.shape" > "$work/$v.common"
done
if ! diff -u "$work/latest.common" "$work/legacy.common" > "$work/legacy.diff"; then
    echo "views-agree: the legacy interface version lays out some types differently on $arch:" >&2
    grep '^[-+][^-+]' "$work/legacy.diff" | head -n 20 >&2
    exit 1
fi
echo "views agree on $arch: __XEN_TOOLS__ changes nothing; $(wc -l < "$work/common.keys") types keep their layout at the legacy version"
