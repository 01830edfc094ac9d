#!/bin/sh
# vendor.sh [-a "ARCH..."] [-u] [-l] DEST HEADER...
#
# Copies into DEST the part of the package a project needs for HEADER...
# (paths under xen/public/, e.g. io/blkif.h; a leading xen/public/ is
# accepted) on the architectures -a names (default: every one of
# scripts/arches.txt):
#   DEST/include/xen/public/...  each named header and every header it reaches
#                                through #include "..." (followed to the end),
#                                keeping only the headers that apply to at
#                                least one chosen architecture
#                                (scripts/headers-for-arch.sh);
#   DEST/include/xen-public-legacy/xen/...
#                                with -l, the legacy layer's forwarder of each
#                                upstream path whose header was copied;
#   DEST/LICENSE                 the package's licence;
#   DEST/MANIFEST                package and version, commit, what was asked
#                                for, and each copied file with its sha256.
# Headers under unstable/ may be named only with -u. An unknown header or
# architecture, or a header that applies to none of the chosen
# architectures, stops the copy before DEST is touched. A copy already in
# DEST (its include/xen/public and include/xen-public-legacy) is replaced.
# XEN_VERSION in the environment is the version the MANIFEST names.
# Run by: make vendor (Makefile), which sets XEN_VERSION; tested by tests/vendor/run.sh.
set -eu
top=$(cd "${0%/*}/.." && pwd)
scripts=$top/scripts
root=$top/include
arches= unstable=no legacy=no
die() { echo "vendor: $*" >&2; exit 2; }
[ -n "${XEN_VERSION:-}" ] || die "XEN_VERSION is not set (make vendor sets it)"
while getopts a:ul opt; do
    case $opt in
    a) arches=$OPTARG ;;
    u) unstable=yes ;;
    l) legacy=yes ;;
    *) die "usage: vendor.sh [-a \"ARCH...\"] [-u] [-l] DEST HEADER..." ;;
    esac
done
shift $((OPTIND - 1))
[ $# -ge 2 ] || die "usage: make vendor DEST=DIR HEADERS=\"io/blkif.h ...\" [ARCHES=\"x86_64 ...\"] [UNSTABLE=1] [LEGACY=1]"
dest=$1
shift
[ -n "$dest" ] || die "DEST is empty"

known=$("$scripts/arch-target.sh" --list)
[ -n "$(echo $arches)" ] || arches=$known
arches=$(echo $arches)
for a in $arches; do
    echo "$known" | grep -qxF "$a" || die "unknown architecture '$a' (known: $(echo $known))"
done

# The named headers, checked and written relative to xen/public.
asked=
for h; do
    h=${h#./}
    h=${h#xen/public/}
    case $h in
    *.h) ;;
    *) die "'$h' is not a header (want a path under xen/public, e.g. io/blkif.h)" ;;
    esac
    [ -f "$root/xen/public/$h" ] || die "no header xen/public/$h in xen-public"
    case $h in
    unstable/*) [ $unstable = yes ] ||
        die "xen/public/$h is an unstable (toolstack) interface, which changes with every Xen release; set UNSTABLE=1 to vendor it" ;;
    esac
    asked="$asked $h"
done
asked=${asked# }

work=$(mktemp -d "${TMPDIR:-/tmp}/xen-vendor.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

# The headers that apply to at least one chosen architecture.
for a in $arches; do
    "$scripts/headers-for-arch.sh" "$a" "$root"
done | LC_ALL=C sort -u > "$work/applies"

# The include closure of the named headers, as paths relative to include/.
printf '%s\n' $asked | awk -v root="$root" '
function norm(p,   n, i, part, out, k, r) {
    n = split(p, part, "/"); k = 0
    for (i = 1; i <= n; i++) {
        if (part[i] == "..") k--
        else if (part[i] != ".") out[++k] = part[i]
    }
    r = out[1]; for (i = 2; i <= k; i++) r = r "/" out[i]
    return r
}
{ q[++n] = "xen/public/" $0; seen[q[n]] = 1 }
END {
    for (i = 1; i <= n; i++) {
        f = q[i]; dir = f; sub(/[^\/]*$/, "", dir)
        while ((getline line < (root "/" f)) > 0) {
            if (line !~ /^[ \t]*#[ \t]*include[ \t]*"/) continue
            t = line; sub(/^[^"]*"/, "", t); sub(/".*/, "", t)
            t = norm(dir t)
            if (t in seen) continue
            if ((getline probe < (root "/" t)) < 0) {
                printf "vendor: %s includes \"%s\", which is not in the tree\n", f, t > "/dev/stderr"
                exit 1
            }
            close(root "/" t)
            seen[t] = 1; q[++n] = t
        }
        close(root "/" f)
    }
    for (i = 1; i <= n; i++) print q[i]
}' | LC_ALL=C sort -u > "$work/closure"

for h in $asked; do
    grep -qxF "xen/public/$h" "$work/applies" || die "xen/public/$h applies to none of the chosen architectures ($arches)"
done
grep -xF -f "$work/applies" "$work/closure" > "$work/files" || true
if [ $unstable = no ] && grep -q '^xen/public/unstable/' "$work/files"; then
    die "the headers asked for reach into unstable/ ($(grep '^xen/public/unstable/' "$work/files" | head -n 1)); set UNSTABLE=1"
fi

# The legacy forwarders whose header (the first one each includes) is copied.
: > "$work/legacy"
if [ $legacy = yes ]; then
    (cd "$root/xen-public-legacy" && find xen -name '*.h') | LC_ALL=C sort |
    awk -v files="$work/files" -v dir="$root/xen-public-legacy" '
    BEGIN { while ((getline f < files) > 0) copied[f] = 1 }
    {
        while ((getline line < (dir "/" $0)) > 0)
            if (line ~ /^[ \t]*#[ \t]*include[ \t]*"/) {
                sub(/^[^"]*"/, "", line); sub(/".*/, "", line)
                while (sub(/^\.\.\//, "", line)) ;
                if (line in copied) print "xen-public-legacy/" $0
                break
            }
        close(dir "/" $0)
    }' > "$work/legacy"
fi

if command -v sha256sum > /dev/null 2>&1; then
    sha() { sha256sum "$@"; }
elif command -v shasum > /dev/null 2>&1; then
    sha() { shasum -a 256 "$@"; }
else
    die "neither sha256sum nor shasum is available for the manifest"
fi

commit=unknown
if command -v git > /dev/null 2>&1 && c=$(git -C "$top" rev-parse --short HEAD 2> /dev/null); then
    commit=$c
    git -C "$top" diff --quiet HEAD -- include LICENSE 2> /dev/null || commit="$commit (with uncommitted changes to include/)"
fi

# Everything is known to be right: write the copy.
mkdir -p "$dest"
rm -rf "$dest/include/xen/public" "$dest/include/xen-public-legacy"
mkdir -p "$dest/include"
# shellcheck disable=SC2046
(cd "$root" && tar cf - $(cat "$work/files" "$work/legacy")) | (cd "$dest/include" && tar xf -)
cp "$top/LICENSE" "$dest/LICENSE"
{
    echo "xen-public $XEN_VERSION: Xen's public ABI headers, vendored with make vendor"
    echo "commit: $commit"
    echo "headers: $asked"
    echo "arches: $arches"
    echo "unstable: $unstable"
    echo "legacy: $legacy"
    echo "This copy serves the architectures above only; vendor again to add one."
    echo "files (sha256, relative to this directory):"
    (cd "$dest" && sha $(sed 's|^|include/|' "$work/files" "$work/legacy") LICENSE)
} > "$dest/MANIFEST"
echo "vendor: copied $(cat "$work/files" "$work/legacy" | wc -l | tr -d ' ') headers for $arches into $dest (see $dest/MANIFEST)"
