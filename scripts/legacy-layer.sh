#!/bin/sh
# legacy-layer.sh ROOT UPSTREAM OUT
#
# Writes the legacy layer: for every public header path of upstream Xen
# (UPSTREAM/headers.txt, from tests/upstream/lock-upstream.sh), a forwarder
# OUT/xen/PATH that includes the package's header(s) for that path from ROOT
# (the include/ directory OUT sits in, so the relative paths hold wherever the
# two are installed or vendored side by side):
#   - the stable ROOT/xen/public/PATH, when the package has one;
#   - with __XEN_TOOLS__ or __XEN__ defined, also ROOT/xen/public/unstable/PATH,
#     when the package has one, as upstream shows those parts to such builds;
#   - a path only unstable/ has gives nothing to other builds, or an #error
#     naming what to do when upstream's own header stops such a build
#     (UPSTREAM/*.left-out, plain view).
# A forwarder reached in a __XEN_TOOLS__ build also selects upstream's
# toolstack names for the x86 registers (XEN_X86_TOOLS_REG_NAMES).
# Run by: make legacy-layer (regenerates include/xen-public-legacy) and
# make check (which requires the committed layer to equal a fresh one).
set -eu
root=$1
upstream=$2
out=$3
awk -F/ 'NF > 1 { sub("/[^/]*$", ""); print }' "$upstream/headers.txt" | LC_ALL=C sort -u |
    while read -r dir; do mkdir -p "$out/xen/$dir"; done
mkdir -p "$out/xen"
# One awk run writes every forwarder from three lists on its input: the
# package's headers ("have PATH"), the paths upstream stops plain builds at
# ("blocked PATH") and upstream's paths ("path PATH").
{
    (cd "$root/xen/public" && find . -name '*.h') | sed 's|^\./|have |'
    cat "$upstream"/*.left-out | sed -n 's|^plain view: <xen/public/\(.*\)>$|blocked \1|p'
    sed 's|^|path |' "$upstream/headers.txt"
} | awk -v out="$out" '
$1 == "have" { have[$2] = 1; next }
$1 == "blocked" { blocked[$2] = 1; next }
{
    path = $2
    stable = path in have
    unstable = ("unstable/" path) in have
    if (!stable && !unstable) {
        print "legacy-layer.sh: xen-public has no header for upstream'\''s " path | "cat 1>&2"
        exit 1
    }
    up = path
    gsub(/[^\/]*\//, "../", up)
    sub(/[^\/]*$/, "", up)
    up = up "../../"
    f = out "/xen/" path
    print "/* SPDX-License-Identifier: MIT */" > f
    print "/*" > f
    print " * <xen/" path "> of upstream Xen'\''s layout, in xen-public'\''s legacy layer" > f
    print " * (doc/migrating.md). Written by scripts/legacy-layer.sh: do not edit." > f
    print " */" > f
    print "#if defined(__XEN_TOOLS__) && !defined(XEN_X86_TOOLS_REG_NAMES)" > f
    print "#define XEN_X86_TOOLS_REG_NAMES 1" > f
    print "#endif" > f
    if (stable)
        print "#include \"" up "xen/public/" path "\"" > f
    if (unstable) {
        print "#if defined(__XEN_TOOLS__) || defined(__XEN__)" > f
        print "#include \"" up "xen/public/unstable/" path "\"" > f
        if (!stable && (path in blocked)) {
            print "#else" > f
            print "#error \"xen-public: <xen/" path "> needs __XEN_TOOLS__ (or include " \
                "<xen/public/unstable/" path ">)\"" > f
        }
        print "#endif" > f
    }
    close(f)
}'
