#!/bin/sh
# misuse/run.sh ROOT OUT
#
# Proves that misuse stops the build with a message saying what to do: compiles
# each case of cases.txt with clang (the CLANG variable), freestanding, against
# the headers under ROOT; a case passes only when the compile fails and its
# diagnostics match the case's pattern. Then three checks of the stable tree
# itself: no __XEN_TOOLS__ or __XEN__ guard anywhere in it, errno.h's XEN_ERRNO
# table agrees with enum xen_errno (errno-table.c), and the stable
# XEN_DOMCTL_get_domain_state is usable without unstable/
# (domctl-stable-consumer.c, compiled with CC) and, on every architecture,
# has the request envelope of struct xen_domctl (domctl-envelope.c). Last,
# the interface version a unit gets, by how it reaches the headers
# (version-rule.c), and that the headers upstream keeps free of the version
# choice leave it alone (tests/upstream/xen-4.22.0/version-free.txt).
# Writes: OUT/NAME.log per case; prints failures and a summary line.
# Exits:  1 if any case failed.
# Run by: make check (tests/compile/compile.mk).
set -eu
root=$1
out=$2
here=$(cd "${0%/*}" && pwd)
top=$(cd "$here/../../.." && pwd)
clang=${CLANG:-clang}
cc=${CC:-cc}
mkdir -p "$out"
failed=0 passed=0
fail() { echo "FAIL misuse/$1: $2"; failed=$((failed + 1)); }

# must_compile NAME MESSAGE FILE FLAGS...: queues a unit that must compile with
# clang; run_queued compiles the queue in one parse-many process (XEN_PARSE_MANY,
# when set) and gives a unit that does not pass there to the driver, whose
# verdict and message count. parse-many answers in the order of the queue.
queue=$out/queue
: > "$queue"
must_compile() {
    mc_name=$1 mc_msg=$2 mc_file=$3
    shift 3
    printf '%s|%s|%s|%s\n' "$mc_name" "$mc_msg" "$mc_file" "$*" >> "$queue"
}
run_queued() {
    : > "$queue.verdicts"
    if [ -n "${XEN_PARSE_MANY:-}" ]; then
        # shellcheck disable=SC2046
        "$XEN_PARSE_MANY" $(awk -F '|' '{ printf "%s%s -- %s", (NR > 1 ? " --- " : ""), $4, $3 }' \
            "$queue") > "$queue.verdicts" 2> /dev/null || true
    fi
    awk 'FILENAME == ARGV[1] { v[FNR] = $1; next }
         { print (v[FNR] == "pass" ? "pass" : "retry") "|" $0 }' \
        "$queue.verdicts" "$queue" > "$queue.todo"
    while IFS='|' read -r rq_verdict rq_name rq_msg rq_file rq_flags; do
        # shellcheck disable=SC2086
        if [ "$rq_verdict" = pass ] ||
           "$clang" $rq_flags -fsyntax-only "$rq_file" > "$out/$rq_name.log" 2>&1; then
            passed=$((passed + 1))
        else
            fail "$rq_name" "$rq_msg"; head -n 5 "$out/$rq_name.log"
        fi
    done < "$queue.todo"
}

stage=$out/stable
rm -rf "$stage" && mkdir -p "$stage"
cp -R "$root/xen" "$stage/" && rm -rf "$stage/xen/public/unstable"

while IFS='|' read -r name arch header before pattern; do
    case $name in ''|'#'*) continue ;; esac
    target=$("$top/scripts/arch-target.sh" "$arch" 2> /dev/null || echo "$arch")
    [ "$before" = - ] && before=
    if printf '%s\n#include <%s>\n' "$before" "$header" |
        "$clang" --target="$target" -ffreestanding -x c -I"$root" -fsyntax-only - \
            > "$out/$name.log" 2>&1; then
        fail "$name" "compiled, but should not have"
    elif ! grep -Eq "$pattern" "$out/$name.log"; then
        fail "$name" "no message matching \"$pattern\""; sed -n 1,3p "$out/$name.log"
    else
        passed=$((passed + 1))
    fi
done < "$here/cases.txt"

# Outside comments, the one mention allowed is xen-compat.h's version default.
allowed='xen/public/xen-compat.h:#if defined(__XEN__) || defined(__XEN_TOOLS__)'
word='(^|[^A-Za-z0-9_])(__XEN_TOOLS__|__XEN__)([^A-Za-z0-9_]|$)'
(cd "$stage" && grep -rE "$word" xen) | grep -vE '^[^:]*:[[:space:]]*(/?\*|\*)' |
    grep -vxF "$allowed" > "$out/guards.log" || true
if [ -s "$out/guards.log" ]; then
    fail stable-tree-guards "guard macro in the stable tree:"; head -n 5 "$out/guards.log"
elif ! (cd "$stage" && grep -xF "${allowed#*:}" xen/public/xen-compat.h) > /dev/null; then
    fail stable-tree-guards "xen-compat.h no longer gives __XEN_TOOLS__ builds the latest version"
elif [ -z "$(find "$stage" -name '*.h')" ]; then
    fail stable-tree-guards "empty stable tree"
else
    passed=$((passed + 1))
fi

enumerators=$(grep -c '^stable enumerator XEN_E' "$top/tests/abi/x86_64.lock" || true)
if "$cc" -x c -std=c11 -Wall -Werror -fsyntax-only -DXEN_ERRNO_ENUMERATORS="$enumerators" \
    -I"$stage" "$here/errno-table.c" > "$out/errno-table.log" 2>&1 && [ "$enumerators" -gt 0 ]; then
    passed=$((passed + 1))
else
    fail errno-table "the XEN_ERRNO table and enum xen_errno differ"
    head -n 5 "$out/errno-table.log"
fi

if "$cc" -x c -std=c99 -Wall -Wextra -Werror -pedantic -fsyntax-only -I"$stage" \
    "$here/domctl-stable-consumer.c" > "$out/domctl.log" 2>&1; then
    passed=$((passed + 1))
else
    fail domctl-stable-consumer "XEN_DOMCTL_get_domain_state is not usable without unstable/"
    head -n 5 "$out/domctl.log"
fi

for arch in $("$top/scripts/arch-target.sh" --list); do
    must_compile "domctl-envelope-$arch" "struct xen_domctl_stable is not struct xen_domctl's layout" \
        "$here/domctl-envelope.c" --target="$("$top/scripts/arch-target.sh" "$arch")" \
        -ffreestanding -x c -std=c11 -Wall -Wextra -Werror -I"$root"
done

# A kernel-style build without the C library's headers and no types header of
# its own must be told how to give one.
if printf '#include <xen/public/xen.h>\n' |
    "$clang" --target="$("$top/scripts/arch-target.sh" x86_64)" -ffreestanding -nostdinc \
    -x c -I"$root" -fsyntax-only - > "$out/nostdinc.log" 2>&1; then
    fail nostdinc "compiled with -nostdinc and no XEN_STDINT_HEADER"
elif ! grep -q 'xen-public: .*XEN_STDINT_HEADER' "$out/nostdinc.log"; then
    fail nostdinc "no message naming XEN_STDINT_HEADER"; head -n 3 "$out/nostdinc.log"
else
    passed=$((passed + 1))
fi

# The interface version a unit gets (version-rule.c): header first, defines, expected.
latest=$(sed -n 's/^#define __XEN_LATEST_INTERFACE_VERSION__ //p' "$root/xen/public/xen-compat.h")
while read -r first defines expect; do
    # shellcheck disable=SC2046
    must_compile "version-rule-$(echo "$first $defines" | tr -c 'A-Za-z0-9_\n' -)" \
        "$first with $defines did not get version $expect" "$here/version-rule.c" \
        -x c -std=c99 -Wall -Werror -I"$root" -DXEN_FIRST_HEADER="<$first>" \
        $(echo "$defines" | tr , ' ' | sed 's/^-$//') -DXEN_EXPECT_VERSION="$expect"
done <<CASES
xen/public/xen.h - 0x00000000
xen/public/xen.h -D__XEN_TOOLS__ $latest
xen/public/xen.h -D__XEN__ $latest
xen/public/xen.h -D__XEN_TOOLS__,-D__XEN_INTERFACE_VERSION__=0x00040400 0x00040400
xen/public/io/blkif.h -D__XEN_TOOLS__ $latest
xen/public/unstable/domctl.h - $latest
xen/public/unstable/xen.h - $latest
xen/public/unstable/domctl.h -D__XEN_INTERFACE_VERSION__=0x00040e00 0x00040e00
CASES


# The headers upstream keeps free of the interface-version selection
# (tests/upstream/xen-4.22.0/version-free.txt, derived from upstream's tree)
# leave __XEN_INTERFACE_VERSION__ alone here too: undefined stays undefined,
# in a plain and in a __XEN_TOOLS__ build, and a consumer's value stays as it
# was. (Their unstable/ counterparts are a toolstack's opt-in and select the
# latest version, as every unstable header does.) One unit per architecture
# and view includes them in turn, checking after each, so the first one that
# sets the version is named. -Wundef catches a version test that assumes a value.
sed -e '/^#/d' -e 's|^|xen/public/|' "$top/tests/upstream/xen-4.22.0/version-free.txt" |
    LC_ALL=C sort > "$out/version-free"
for arch in $("$top/scripts/arch-target.sh" --list); do
    "$top/scripts/headers-for-arch.sh" "$arch" "$root" | LC_ALL=C sort |
        LC_ALL=C comm -12 - "$out/version-free" > "$out/version-free-$arch"
    [ -s "$out/version-free-$arch" ] || fail "version-free-$arch" "no header to check"
    for view in plain tools explicit; do
        define=
        [ $view = tools ] && define=-D__XEN_TOOLS__
        [ $view = explicit ] && define=-D__XEN_INTERFACE_VERSION__=0x00040400
        unit=$out/version-free-$arch-$view.c
        awk -v view=$view '{
            printf "#include <%s>\n", $0
            if (view == "explicit") printf "#if __XEN_INTERFACE_VERSION__ != 0x00040400\n"
            else printf "#ifdef __XEN_INTERFACE_VERSION__\n"
            printf "#error \"xen-public: %s changed __XEN_INTERFACE_VERSION__\"\n#endif\n", $0
        } END { print "typedef int xen_version_free_unit;" }' "$out/version-free-$arch" > "$unit"
        must_compile "version-free-$arch-$view" \
            "a header upstream keeps version-free touches the version (see its #error)" "$unit" \
            --target="$("$top/scripts/arch-target.sh" "$arch")" -ffreestanding -x c -std=c11 \
            -Wall -Wextra -Werror -pedantic -Wundef $define -I"$root"
    done
done


# A unit that defines upstream's guard of xen.h on purpose (to keep xen.h out,
# as QEMU's XenStore unit test does) and then includes io/xs_wire.h is one
# upstream's headers accept, so it must compile.
if printf '#define __XEN_PUBLIC_XEN_H__\n#include <xen/public/io/xs_wire.h>\nint xen_unit;\n' |
    "$clang" --target="$("$top/scripts/arch-target.sh" x86_64)" -ffreestanding -x c -std=c11 \
        -Wall -Wextra -Werror -pedantic -I"$root" -fsyntax-only - \
        > "$out/xen-h-kept-out.log" 2>&1; then
    passed=$((passed + 1))
else
    fail xen-h-kept-out "io/xs_wire.h stops a unit that keeps xen.h out by its guard"
    head -n 3 "$out/xen-h-kept-out.log"
fi

run_queued

echo "misuse: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
