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
blocked=$(cat "$upstream"/*.left-out | sed -n 's|^plain view: <xen/public/\(.*\)>$|\1|p' | LC_ALL=C sort -u)
while read -r path; do
    up=$(echo "$path" | sed -e 's|[^/]*/|../|g' -e 's|[^/]*$||')../../
    stable=no unstable=no
    [ -f "$root/xen/public/$path" ] && stable=yes
    [ -f "$root/xen/public/unstable/$path" ] && unstable=yes
    if [ $stable = no ] && [ $unstable = no ]; then
        echo "legacy-layer.sh: xen-public has no header for upstream's $path" >&2
        exit 1
    fi
    mkdir -p "$out/xen/$(dirname "$path")"
    {
        echo '/* SPDX-License-Identifier: MIT */'
        echo '/*'
        echo " * <xen/$path> of upstream Xen's layout, in xen-public's legacy layer"
        echo ' * (doc/migrating.md). Written by scripts/legacy-layer.sh: do not edit.'
        echo ' */'
        echo '#if defined(__XEN_TOOLS__) && !defined(XEN_X86_TOOLS_REG_NAMES)'
        echo '#define XEN_X86_TOOLS_REG_NAMES 1'
        echo '#endif'
        [ $stable = no ] || echo "#include \"${up}xen/public/$path\""
        if [ $unstable = yes ]; then
            echo '#if defined(__XEN_TOOLS__) || defined(__XEN__)'
            echo "#include \"${up}xen/public/unstable/$path\""
            if [ $stable = no ] && echo "$blocked" | grep -qxF "$path"; then
                echo '#else'
                echo "#error \"xen-public: <xen/$path> needs __XEN_TOOLS__ (or include <xen/public/unstable/$path>)\""
            fi
            echo '#endif'
        fi
    } > "$out/xen/$path"
done < "$upstream/headers.txt"
