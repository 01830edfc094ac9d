#!/bin/sh
# vendor/run.sh MAKE WORK
#
# Proves `make vendor` (scripts/vendor.sh), each copy made under WORK:
# - a PV block frontend's set (io/blkif.h io/xenbus.h grant_table.h
#   event_channel.h) for every architecture: the copy holds exactly the
#   headers the compiler opens for blkfront.c on the six architectures
#   together, its MANIFEST names the version, what was asked and every file
#   with a sha256 that checks; blkfront.c builds against the copy alone with
#   clang on each architecture (freestanding, C99, -Wall -Wextra -Werror
#   -pedantic), with gcc hosted and with gcc -m32;
# - the copy serves the chosen architectures only: one made for x86_64
#   builds there and not for arm64 or -m32; one for x86_64 and x86_32 builds
#   for both and holds no other architecture's header;
# - an unstable/ header is refused without UNSTABLE=1, with a message naming
#   it, and copied with it; an unknown header or architecture is refused;
# - LEGACY=1 adds the legacy forwarders, through which code written for
#   upstream's layout (tests/legacy/upstream-layout.c) builds;
# - vendoring again into the same place drops what is no longer asked for.
# Run by: make check (tests/check.mk).
set -eu
make=$1
work=$2
here=$(cd "${0%/*}" && pwd)
top=$(cd "$here/../.." && pwd)
cc=${CC:-gcc}
clang=${CLANG:-clang}
unset MAKEFLAGS MFLAGS DEST HEADERS ARCHES UNSTABLE LEGACY
rm -rf "$work" && mkdir -p "$work"
work=$(cd "$work" && pwd)
fail() { echo "FAIL vendor: $*" >&2; exit 1; }
vendor() { $make --no-print-directory -C "$top" vendor "$@"; }
arches=$("$top/scripts/arch-target.sh" --list)
warn="-std=c99 -Wall -Wextra -Werror -pedantic"
# syntax ARCH COPY FILE [FLAGS...]: clang, freestanding, for ARCH, against COPY
# only (FLAGS default to -fsyntax-only).
syntax() {
    syntax_arch=$1 syntax_copy=$2 syntax_file=$3
    shift 3
    [ $# -gt 0 ] || set -- -fsyntax-only
    # shellcheck disable=SC2086
    "$clang" --target="$("$top/scripts/arch-target.sh" "$syntax_arch")" -ffreestanding $warn \
        "$@" -I"$syntax_copy/include" "$syntax_file"
}
# on_each_arch FN MSG: runs FN ARCH for every architecture at once; fails
# with MSG, naming the architectures where FN failed.
on_each_arch() {
    each_jobs= each_bad=
    for a in $arches; do
        "$1" "$a" > "$work/$1-$a.log" 2>&1 &
        each_jobs="$each_jobs $a:$!"
    done
    for each_job in $each_jobs; do
        wait "${each_job#*:}" || { cat "$work/$1-${each_job%:*}.log" >&2; each_bad="$each_bad ${each_job%:*}"; }
    done
    [ -z "$each_bad" ] || fail "$2 on$each_bad"
}

# Every copy is made at once, in the background; each is checked below.
blk="io/blkif.h io/xenbus.h grant_table.h event_channel.h"
full=$work/blkfront
legacy=$work/legacy
jobs=
bg() {
    bg_name=$1
    shift
    ( vendor "$@" ) > "$work/$bg_name.log" 2>&1 &
    jobs="$jobs $bg_name:$!"
}
# status NAME: the exit status of the copy NAME (waits for it).
status() {
    for status_job in $jobs; do
        [ "${status_job%:*}" = "$1" ] || continue
        wait "${status_job#*:}" && return 0 || return 1
    done
    fail "no job $1"
}
made() { status "$1" || { cat "$work/$1.log" >&2; fail "make vendor failed for the $1 copy"; }; }
bg blkfront DEST="$full" HEADERS="$blk"
bg x86_64 DEST="$work/x86_64" HEADERS="$blk" ARCHES=x86_64
bg x86 DEST="$work/x86" HEADERS="$blk" ARCHES="x86_64 x86_32"
bg unstable-refused DEST="$work/unstable-refused" HEADERS="unstable/domctl.h"
bg unstable DEST="$work/unstable" HEADERS="unstable/domctl.h" ARCHES=x86_64 UNSTABLE=1
bg nosuch DEST="$work/bad" HEADERS=io/nosuch.h
bg sparc64 DEST="$work/bad" HEADERS=io/blkif.h ARCHES=sparc64
bg legacy DEST="$legacy" HEADERS="io/blkif.h io/netif.h io/xenbus.h event_channel.h hvm/dm_op.h hvm/params.h" LEGACY=1

# The block frontend's set, every architecture.
made blkfront
m=$full/MANIFEST
[ -f "$full/LICENSE" ] || fail "no LICENSE in the copy"
version=$($make --no-print-directory -s -C "$top" version)
head -n 1 "$m" | grep -q "^xen-public $version:" ||
    fail "MANIFEST does not start with the version: $(head -n 1 "$m")"
grep -qx "headers: $blk" "$m" || fail "MANIFEST does not name the headers asked for"
grep -qx "arches: $(echo $arches)" "$m" || fail "MANIFEST does not name the six architectures"
grep -q '^commit: ' "$m" || fail "MANIFEST names no commit"
grep -E '^[0-9a-f]{64}  ' "$m" | sed 's/^[0-9a-f]*  //' | LC_ALL=C sort > "$work/listed"
(cd "$full" && find . -type f ! -name MANIFEST | sed 's|^\./||' | LC_ALL=C sort) > "$work/present"
cmp -s "$work/listed" "$work/present" || { diff "$work/listed" "$work/present" >&2; fail "MANIFEST does not list exactly the copied files"; }
(cd "$full" && grep -E '^[0-9a-f]{64}  ' MANIFEST | sha256sum -c - > "$work/sums.log") || fail "a checksum of MANIFEST does not match"
# Exactly what a build needs: the files the compiler opens on the six
# architectures, taken together.
full_on() { syntax "$1" "$full" "$here/blkfront.c" -fsyntax-only -MD -MT x -MF "$work/deps-$1"; }
on_each_arch full_on "blkfront.c does not build against the copy"
cat "$work"/deps-* | tr ' \\' '\n\n' | awk '/^[^ ]*\/include\/xen\/public\// {
    sub(/.*\/include\//, ""); n = split($0, p, "/"); k = 0
    for (i = 1; i <= n; i++) if (p[i] == "..") k--; else if (p[i] != ".") o[++k] = p[i]
    s = o[1]; for (i = 2; i <= k; i++) s = s "/" o[i]; print "include/" s
}' | LC_ALL=C sort -u > "$work/opened"
grep '^include/' "$work/present" > "$work/copied"
cmp -s "$work/opened" "$work/copied" || { diff "$work/opened" "$work/copied" >&2; fail "the copy is not exactly what blkfront.c opens on the six architectures"; }
"$cc" $warn -fsyntax-only -I"$full/include" "$here/blkfront.c" || fail "blkfront.c does not build with $cc against the copy"
"$cc" -m32 -ffreestanding $warn -fsyntax-only -I"$full/include" "$here/blkfront.c" || fail "blkfront.c does not build with $cc -m32 against the copy"
nfull=$(wc -l < "$work/copied" | tr -d ' ')

# A copy serves the architectures it was made for, and only them.
made x86_64
syntax x86_64 "$work/x86_64" "$here/blkfront.c" || fail "the x86_64 copy does not build for x86_64"
if syntax arm64 "$work/x86_64" "$here/blkfront.c" > "$work/arm64.log" 2>&1; then
    fail "the x86_64 copy builds for arm64: nothing was filtered"
fi
grep -q 'arch-arm.h' "$work/arm64.log" || { cat "$work/arm64.log" >&2; fail "the x86_64 copy fails for arm64, but not for want of arch-arm.h"; }
if syntax x86_32 "$work/x86_64" "$here/blkfront.c" > /dev/null 2>&1; then
    fail "the x86_64 copy builds for x86_32"
fi
made x86
syntax x86_32 "$work/x86" "$here/blkfront.c" || fail "the x86_64+x86_32 copy does not build for x86_32"
"$cc" -m32 -ffreestanding $warn -fsyntax-only -I"$work/x86/include" "$here/blkfront.c" ||
    fail "the x86_64+x86_32 copy does not build with $cc -m32"
! find "$work/x86" -name 'arch-arm*' -o -name 'arch-ppc*' -o -name 'arch-riscv*' | grep -q . ||
    fail "the x86_64+x86_32 copy holds another architecture's headers"

# unstable/ only on request; unknown names refused, nothing written.
! status unstable-refused || fail "unstable/domctl.h was copied without UNSTABLE=1"
grep -q 'vendor: xen/public/unstable/domctl.h .*UNSTABLE=1' "$work/unstable-refused.log" ||
    { cat "$work/unstable-refused.log" >&2; fail "refusing unstable/domctl.h did not say why"; }
[ ! -e "$work/unstable-refused" ] || fail "a refused copy wrote its destination"
made unstable
echo '#include <xen/public/unstable/domctl.h>' > "$work/domctl.c"
syntax x86_64 "$work/unstable" "$work/domctl.c" || fail "the copy of unstable/domctl.h does not build"
for bad in nosuch sparc64; do
    ! status $bad || fail "make vendor succeeded with $bad"
    grep -q '^vendor: ' "$work/$bad.log" || { cat "$work/$bad.log" >&2; fail "make vendor failed without a message for $bad"; }
done
[ ! -e "$work/bad" ] || fail "a refused copy wrote its destination"

# The legacy layer, for code written against upstream's layout.
made legacy
[ -f "$legacy/include/xen-public-legacy/xen/io/blkif.h" ] || fail "LEGACY=1 copied no forwarder of <xen/io/blkif.h>"
legacy_on() { syntax "$1" "$legacy" "$top/tests/legacy/upstream-layout.c" -fsyntax-only -I"$legacy/include/xen-public-legacy"; }
on_each_arch legacy_on "upstream-layout.c does not build against the LEGACY=1 copy"
"$cc" $warn -fsyntax-only -I"$legacy/include/xen-public-legacy" -I"$legacy/include" "$top/tests/legacy/upstream-layout.c" ||
    fail "upstream-layout.c does not build with $cc against the LEGACY=1 copy"

# Vendoring again replaces the copy.
vendor DEST="$full" HEADERS="grant_table.h" ARCHES=x86_64 > /dev/null
[ ! -e "$full/include/xen/public/io/blkif.h" ] || fail "vendoring again left io/blkif.h from the earlier copy"

echo "vendor: the block frontend's set is $nfull headers for six architectures, exactly what its build opens; built against the copy alone on each (clang), with $cc and $cc -m32; an x86_64 copy fails on arm64 and -m32, an x86_64+x86_32 one serves both; unstable/ only with UNSTABLE=1; LEGACY=1 builds upstream-layout.c"
