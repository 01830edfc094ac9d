#!/bin/sh
# legacy/run.sh ROOT WORK
#
# Proves the legacy layer (ROOT/xen-public-legacy, the forwarders of upstream's
# <xen/...> paths):
# - it is exactly what scripts/legacy-layer.sh writes from the committed list
#   of upstream 4.22.0's header paths (tests/upstream/xen-4.22.0), one
#   forwarder for each;
# - every forwarder compiles alone (included twice) on an architecture it
#   applies to, with and without __XEN_TOOLS__ (clang, freestanding, C11,
#   -Wall -Wextra -Werror -pedantic), except that the ones upstream refuses to
#   plain builds must stop them with xen-public's message;
# - code written for upstream's layout builds unchanged (upstream-layout.c), a
#   __XEN_TOOLS__ build gets what upstream gives it (toolstack.c), with gcc
#   and clang, C and C++ where it applies;
# - a unit using the system's libxenctrl, xenstore, xendevicemodel and
#   xenforeignmemory headers (Debian's libxen-dev) and xen-public together
#   compiles by doc/migrating.md's recipe (libxenctrl.c); without libxen-dev
#   that case is skipped, or fails under XEN_REQUIRE_ALL=1.
# Run by: make check (tests/check.mk).
set -eu
root=$1
work=$2
here=$(cd "${0%/*}" && pwd)
top=$(cd "$here/../.." && pwd)
cc=${CC:-gcc}
cxx=${CXX:-g++}
clang=${CLANG:-clang}
legacy=$root/xen-public-legacy
rm -rf "$work" && mkdir -p "$work"
failed=0 passed=0 notes=
fail() { echo "FAIL legacy: $*"; failed=$((failed + 1)); }

"$top/scripts/legacy-layer.sh" "$root" "$top/tests/upstream/xen-4.22.0" "$work/fresh"
if diff -r "$work/fresh" "$legacy" > "$work/layer.diff"; then
    passed=$((passed + 1))
else
    fail "include/xen-public-legacy differs from what scripts/legacy-layer.sh writes (make legacy-layer):"
    head -n 10 "$work/layer.diff"
fi
forwarders=$(cd "$legacy" && find xen -name '*.h' | wc -l)
[ "$forwarders" -eq "$(wc -l < "$top/tests/upstream/xen-4.22.0/headers.txt")" ] ||
    fail "$forwarders forwarders for $(wc -l < "$top/tests/upstream/xen-4.22.0/headers.txt") upstream paths"

blocked=$(grep -l '^#error' -r "$legacy/xen" | sed "s|^$legacy/||" | LC_ALL=C sort)
alone=0
# Each forwarder once, on the first architecture it applies to (the headers it
# reaches are compiled on every architecture by the compile matrix).
: > "$work/done"
: > "$work/units"
batch=
for arch in $("$top/scripts/arch-target.sh" --list); do
    target=$("$top/scripts/arch-target.sh" "$arch")
    "$top/scripts/headers-for-arch.sh" "$arch" "$legacy" | grep -vxF -f "$work/done" > "$work/$arch.list" || true
    cat "$work/$arch.list" >> "$work/done"
    [ -s "$work/$arch.list" ] || continue
    for tools in plain tools; do
        define=; [ $tools = tools ] && define=-D__XEN_TOOLS__
        # The forwarders a plain build must not get past are checked apart.
        if [ $tools = plain ]; then
            echo "$blocked" | grep -xF -f - "$work/$arch.list" > "$work/blocked" || true
            while read -r h; do
                if printf '#include <%s>\n' "$h" | "$clang" --target="$target" -ffreestanding -x c \
                    -I"$legacy" -fsyntax-only - > "$work/blocked.log" 2>&1; then
                    fail "<$h> compiles in a plain build; upstream's stops it"
                elif ! grep -q 'xen-public: .*__XEN_TOOLS__' "$work/blocked.log"; then
                    fail "<$h> stops a plain build without xen-public's message"
                fi
            done < "$work/blocked"
        else
            : > "$work/blocked"
        fi
        # Each unit also declares something, so that a forwarder that rightly
        # gives a plain build nothing is not an (invalid) empty unit.
        (cd "$legacy" && find xen -type d) | sed "s|^|$work/tu/$tools/|" | xargs mkdir -p
        grep -vxF -f "$work/blocked" "$work/$arch.list" | awk -v dir="$work/tu/$tools/" '{
            f = dir $0 ".c"
            printf "#include <%s>\n#include <%s>\ntypedef int xen_legacy_unit;\n", $0, $0 > f; close(f); print f
        }' > "$work/tus"
        alone=$((alone + $(wc -l < "$work/tus")))
        flags="--target=$target -ffreestanding -x c -std=c11 -Wall -Wextra -Werror -pedantic $define -I$legacy"
        # Every architecture and view goes into one parse-many run, below.
        batch="$batch $flags -- $(tr '\n' ' ' < "$work/tus") ---"
        sed "s|\$|	$arch $tools $flags|" "$work/tus" >> "$work/units"
    done
done
passed=$((passed + alone))
# A unit parse-many did not pass (or that ran without it) is compiled by the
# driver, whose verdict and message count.
: > "$work/passed"
# shellcheck disable=SC2086
[ -z "${XEN_PARSE_MANY:-}" ] || [ -z "$batch" ] ||
    "$XEN_PARSE_MANY" ${batch% ---} 2> /dev/null | sed -n 's/^pass //p' > "$work/passed" || true
awk -F '\t' 'FILENAME == ARGV[1] { ok[$0] = 1; next } !($1 in ok)' "$work/passed" "$work/units" |
    while IFS="$(printf '\t')" read -r t how; do
        set -- $how
        arch=$1 tools=$2
        shift 2
        # shellcheck disable=SC2086
        "$clang" "$@" -fsyntax-only "$t" > "$work/alone.log" 2>&1 && continue
        echo "FAIL legacy: $arch $tools: ${t#"$work/tu/$tools/"} does not compile alone"
        head -n 3 "$work/alone.log"
    done > "$work/alone.fail"
if [ -s "$work/alone.fail" ]; then
    cat "$work/alone.fail"
    n=$(grep -c '^FAIL' "$work/alone.fail")
    failed=$((failed + n)) passed=$((passed - n))
fi

consumer() { # NAME COMPILER FLAGS...: compile tests/legacy/NAME.c (or as C++)
    name=$1 compiler=$2; shift 2
    # shellcheck disable=SC2086
    if "$compiler" "$@" -Wall -Wextra -Werror -I"$legacy" -I"$root" -c -o /dev/null "$here/$name.c" \
        > "$work/$name.log" 2>&1; then
        passed=$((passed + 1))
    else
        fail "$name.c with $compiler $*"; head -n 5 "$work/$name.log"
    fi
}
for c in "$cc" "$clang"; do
    consumer upstream-layout "$c" -x c -std=c99 -pedantic
    consumer toolstack "$c" -x c -std=c11 -pedantic
done
consumer upstream-layout "$cxx" -x c++ -std=c++11 -pedantic
consumer upstream-layout "$clang" --target="$("$top/scripts/arch-target.sh" arm64)" -ffreestanding -x c -std=c99 -pedantic
consumer toolstack "$clang" --target="$("$top/scripts/arch-target.sh" arm64)" -ffreestanding -x c -std=c11 -pedantic
consumer toolstack "$cc" -m32 -ffreestanding -x c -std=c11 -pedantic
if [ -f /usr/include/xenctrl.h ]; then
    consumer libxenctrl "$cc" -x c -std=gnu11
    consumer libxenctrl "$clang" -x c -std=gnu11
elif [ "${XEN_REQUIRE_ALL:-}" = 1 ]; then
    fail "libxenctrl.c: <xenctrl.h> not found (Debian: libxen-dev), required by XEN_REQUIRE_ALL=1"
else
    notes=" (skipped: libxenctrl.c, no <xenctrl.h>)"
fi
echo "legacy layer: $forwarders forwarders; $passed checks passed, $failed failed$notes"
[ "$failed" -eq 0 ]
