#!/bin/sh
# coexist/run.sh ROOT WORK
#
# Proves that xen-public's headers and another copy of Xen's public headers
# skip each other, in either order, as upstream's copies do (a kernel's, QEMU's
# include/hw/xen/interface/, a system's /usr/include/xen): they share
# upstream's include guards, so whichever copy comes first is the one compiled.
#
# The other copy is made here, from the package's own stable headers, as such
# copies are: the same guards, the same definitions, laid out under
# WORK/copy/xen/interface/, and without the markers by which the package's
# unstable/ headers recognise the package's own copy. Then, on x86_64 and
# arm64, for every stable header H that applies there, two units must compile
# (clang, C11, freestanding, -Wall -Wextra -Werror -pedantic):
#   the copy's H first, then xen-public's H and its unstable/ counterpart:
#     nothing is defined twice (the package adds nothing on top of a copy);
#   xen-public's H and its unstable/ counterpart first, then the copy's H:
#     the copy is skipped.
# A header that is compiled twice fails with redefinitions. XEN_PARSE_MANY
# (tests/compile/parse-many.c) parses the units in one process when set.
# Run by: make check (tests/check.mk).
set -eu
root=$1
work=$2
here=$(cd "${0%/*}" && pwd)
top=$(cd "$here/../.." && pwd)
clang=${CLANG:-clang}
rm -rf "$work" && mkdir -p "$work/copy/xen/interface"
work=$(cd "$work" && pwd)
copy=$work/copy/xen/interface

# The copy: every stable header with upstream's include guard in place of the
# package's own guard (tests/upstream/xen-4.22.0/guards.txt: facts of
# upstream's tree), and without the package's markers (XEN_PUBLIC_*_H). A
# header upstream does not guard keeps its text.
(cd "$root/xen/public" && find . -path ./unstable -prune -o -type d -print) |
    sed "s|^\.|$copy|" | while read -r d; do mkdir -p "$d"; done
find "$root/xen/public" -path "$root/xen/public/unstable" -prune -o -name '*.h' -print |
    LC_ALL=C sort | awk -v root="$root/xen/public/" -v copy="$copy/" '
    FILENAME == ARGV[1] { if ($0 !~ /^#/) guard[$1] = $2; next }
    { file[++n] = $0 }
    END {
        for (i = 1; i <= n; i++) {
            h = substr(file[i], length(root) + 1)
            m = 0
            while ((getline line < file[i]) > 0) text[++m] = line
            close(file[i])
            own = ""; first = 0; last = 0
            for (j = 1; j < m; j++)
                if (text[j] ~ /^#ifndef [A-Za-z0-9_]+$/ &&
                    text[j + 1] == "#define " substr(text[j], 9)) {
                    own = substr(text[j], 9); first = j; break
                }
            for (j = m; j > first; j--) if (text[j] ~ /^#endif/) { last = j; break }
            out = copy h
            if (h in guard) print "#ifndef " guard[h] "\n#define " guard[h] > out
            for (j = 1; j <= m; j++) {
                if ((h in guard) && own != "" &&
                    (j == first || j == first + 1 || j == last)) continue
                if (text[j] ~ /^#define XEN_PUBLIC_[A-Z0-9_]+_H$/ &&
                    text[j] != "#define " own) continue
                print text[j] > out
            }
            if (h in guard) print "#endif" > out
            close(out)
        }
    }' "$top/tests/upstream/xen-4.22.0/guards.txt" -
[ -n "$(find "$copy" -name '*.h')" ] || { echo "coexist: no headers under $root"; exit 1; }

failed=0 units=0
for arch in x86_64 arm64; do
    target=$("$top/scripts/arch-target.sh" "$arch")
    "$top/scripts/headers-for-arch.sh" --stable "$arch" "$root" > "$work/$arch.list"
    mkdir -p "$work/$arch"
    while read -r h; do
        u=
        rel=${h#xen/public/}
        [ -f "$root/xen/public/unstable/$rel" ] && u="#include <xen/public/unstable/$rel>"
        name=$(echo "$h" | tr / _)
        printf '#include "%s"\n#include <%s>\n%s\ntypedef int xen_coexist_unit;\n' \
            "$copy/${h#xen/public/}" "$h" "$u" > "$work/$arch/copy-first-$name.c"
        printf '#include <%s>\n%s\n#include "%s"\ntypedef int xen_coexist_unit;\n' \
            "$h" "$u" "$copy/${h#xen/public/}" > "$work/$arch/package-first-$name.c"
    done < "$work/$arch.list"
    flags="--target=$target -ffreestanding -x c -std=c11 -Wall -Wextra -Werror -pedantic -I$root"
    # shellcheck disable=SC2086
    if [ -n "${XEN_PARSE_MANY:-}" ]; then
        "$XEN_PARSE_MANY" $flags -- "$work/$arch"/*.c > "$work/$arch.parsed" 2>&1 || true
        sed -n 's/^fail //p' "$work/$arch.parsed" > "$work/$arch.failed"
    else
        for t in "$work/$arch"/*.c; do
            "$clang" $flags -fsyntax-only "$t" > /dev/null 2>&1 || echo "$t"
        done > "$work/$arch.failed"
    fi
    # A unit parse-many did not pass is judged by the driver, whose message is shown.
    while read -r t; do
        # shellcheck disable=SC2086
        if ! "$clang" $flags -fsyntax-only "$t" > "$work/unit.log" 2>&1; then
            echo "FAIL coexist: $arch: ${t##*/}"; grep -m 3 'error' "$work/unit.log"
            failed=$((failed + 1))
        fi
    done < "$work/$arch.failed"
    units=$((units + $(find "$work/$arch" -name '*.c' | wc -l)))
done
[ "$units" -gt 0 ] || { echo "coexist: no units compiled"; exit 1; }
echo "coexist: another copy of the headers and xen-public's skip each other, either first:" \
     "$((units - failed)) of $units units compiled (x86_64, arm64)"
[ "$failed" -eq 0 ]
