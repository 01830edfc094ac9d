#!/bin/sh
# lock-upstream.sh XEN_SRC OUT ARCH...
#
# Locks the public headers of an upstream Xen tree (XEN_SRC/xen/include/public)
# with the package's own tool (scripts/abi-lock.sh), in both of upstream's
# views, and merges them into OUT/ARCH.lock for each ARCH:
#   "stable ..."    what a plain build sees;
#   "unstable ..."  names only a build defining __XEN_TOOLS__ sees;
#   "tools ..."     the __XEN_TOOLS__ view of a name both see, where it differs.
# Headers that stop a view with #error (domctl.h without __XEN_TOOLS__, for
# instance) are left out of that view, as upstream intends; abi-lock.sh notes
# each, and OUT/ARCH.left-out lists them (a header reached through another,
# such as arch-x86/hvm/save.h through hvm/save.h, is still locked).
# OUT/headers.txt lists every public header path of the tree; OUT/version-free.txt
# those that leave __XEN_INTERFACE_VERSION__ alone and OUT/guards.txt each
# header's include guard (see the end of this script).
# Run by: make check-upstream (tests/upstream/upstream.mk); its output for
# Xen 4.22.0 is committed as tests/upstream/xen-4.22.0/.
set -eu
src=$1
out=$2
shift 2
here=$(cd "${0%/*}" && pwd)
public=$(cd "$src/xen/include/public" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/xen-upstream.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
mkdir -p "$out" "$work/tree/xen" "$work/shim/sys"
cp -R "$public" "$work/tree/xen/public"
ln -s xen/public "$work/tree/public"
# Every public header path upstream has (the legacy layer forwards each).
(cd "$public" && find . -name '*.h' | sed 's|^\./||' | LC_ALL=C sort) > "$out/headers.txt"
# io/libxenvchan.h includes <sys/types.h>, which a freestanding build lacks.
: > "$work/shim/sys/types.h"
for arch in "$@"; do
    XEN_LOCK_DROP_FAILING=1 XEN_LOCK_CPPFLAGS="-I$work/shim" \
        "$here/../../scripts/abi-lock.sh" "$arch" "$work/tree" > "$work/$arch.plain" 2> "$work/$arch.plain.log"
    XEN_LOCK_DROP_FAILING=1 XEN_LOCK_CPPFLAGS="-I$work/shim -D__XEN_TOOLS__" \
        "$here/../../scripts/abi-lock.sh" "$arch" "$work/tree" > "$work/$arch.tools" 2> "$work/$arch.tools.log"
    {
        sed -n 's/^abi-lock.sh: [^:]*: left out /plain view: /p' "$work/$arch.plain.log"
        sed -n 's/^abi-lock.sh: [^:]*: left out /tools view: /p' "$work/$arch.tools.log"
    } > "$out/$arch.left-out"
    awk '
    function key(line,   w) {
        split(line, w, " ")
        if (w[2] == "layout") return (w[3] == "struct" || w[3] == "union") ? w[3] " " w[4] : "typedef " w[3]
        if (w[2] == "fmacro") { sub(/\(.*/, "", w[3]); return "fmacro " w[3] }
        return w[2] " " w[3]
    }
    { file = (FILENAME == ARGV[1]) ? 1 : 2 }
    /^#/ { next }
    { sub(/^[a-z]+ /, ""); k = key("x " $0) }
    file == 1 { plain[k] = plain[k] "\n" $0; next }
    { tools[k] = tools[k] "\n" $0; order[++n] = k }
    END {
        for (k in plain) { m = split(substr(plain[k], 2), l, "\n"); for (i = 1; i <= m; i++) print k "\tstable " l[i] }
        for (k in tools) {
            if ((k in plain) && plain[k] == tools[k]) continue
            m = split(substr(tools[k], 2), l, "\n")
            for (i = 1; i <= m; i++) print k "\t" ((k in plain) ? "tools " : "unstable ") l[i]
        }
    }' "$work/$arch.plain" "$work/$arch.tools" | LC_ALL=C sort -s -t "$(printf '\t')" -k1,1 | cut -f2- > "$work/$arch.merged"
    {
        echo "# Upstream Xen's ABI lock for $arch, made by tests/upstream/lock-upstream.sh: do not edit."
        echo "# Each line: stable (plain view), unstable (__XEN_TOOLS__ only) or tools (the __XEN_TOOLS__"
        echo "# variant of a name both views have), then the entry as scripts/abi-lock.sh writes it."
        cat "$work/$arch.merged"
    } > "$out/$arch.lock"
done

# The headers that leave the interface version alone: included first in a
# plain build, each is asked whether __XEN_INTERFACE_VERSION__ is defined
# afterwards, on every architecture. A header that compiles alone on at least
# one architecture and answers "no" on every one where it compiles is listed.
for arch in "$@"; do
    target=$("$here/../../scripts/arch-target.sh" "$arch")
    while read -r h; do
        answer=$(printf '#include <xen/public/%s>\n#ifdef __XEN_INTERFACE_VERSION__\nxen_version_set\n#endif\n' "$h" |
            "${CLANG:-clang}" --target="$target" -ffreestanding -x c -E -P -I"$work/tree" -I"$work/shim" - \
                2> /dev/null) || { echo "$h fails"; continue; }
        case $answer in *xen_version_set*) echo "$h sets" ;; *) echo "$h free" ;; esac
    done < "$out/headers.txt"
done | awk '
$2 == "sets" { sets[$1] = 1 } $2 == "free" { free[$1] = 1 }
END { for (h in free) if (!(h in sets)) print h }' | LC_ALL=C sort > "$work/version-free"
{
    echo "# Upstream's headers that do not select the interface version: included alone"
    echo "# in a plain build, each leaves __XEN_INTERFACE_VERSION__ undefined on every"
    echo "# architecture where it compiles. Made by tests/upstream/lock-upstream.sh: do not edit."
    cat "$work/version-free"
} > "$out/version-free.txt"

# Each header's include guard: the macro of its first "#ifndef X" that the
# next line defines. Copies of the headers share these, which is how they skip
# each other; tests/coexist holds the package to them.
while read -r h; do
    awk -v h="$h" '
    prev != "" && $1 == "#define" && $2 == prev { print h, prev; exit }
    { prev = ($1 == "#ifndef" && NF == 2) ? $2 : "" }' "$public/$h"
done < "$out/headers.txt" > "$work/guards"
{
    echo "# Upstream's include guard of each header that has one. Made by"
    echo "# tests/upstream/lock-upstream.sh: do not edit."
    cat "$work/guards"
} > "$out/guards.txt"
