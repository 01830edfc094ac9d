#!/bin/sh
# prepare.sh ROOT OUT
#
# Sets up what every configuration of the compile matrix shares, under OUT:
#   stage/          a copy of ROOT/xen without unstable/: stable headers are
#                   compiled from it, so one that reaches into unstable/ fails;
#   tu/PATH.c       for each header PATH, the translation unit that includes
#                   it twice and nothing else;
#   tu/all-forward-ARCH.c, tu/all-reverse-ARCH.c
#                   every header of ARCH together, in both orders;
#   headers-ARCH.txt the headers of ARCH (scripts/headers-for-arch.sh);
#   keys.txt        "PATH KEY" for each header, KEY a digest of the contents
#                   of every file the header can reach through #include "...",
#                   followed by "all KEY" over the whole tree. A result whose
#                   key has not changed is reused by run-config.sh.
# Run by: tests/compile/compile.mk whenever a header changes.
set -eu
root=$1
out=$2
top=$(cd "${0%/*}/../.." && pwd)
rm -rf "$out/stage" "$out/tu"
mkdir -p "$out/stage" "$out/tu"
cp -R "$root/xen" "$out/stage/"
rm -rf "$out/stage/xen/public/unstable"
headers=$(cd "$root" && find xen -name '*.h' | LC_ALL=C sort)
(cd "$root" && find xen -type d) | while read -r d; do mkdir -p "$out/tu/$d"; done
# One unit per header: the header included twice.
echo "$headers" | awk -v tu="$out/tu/" '{
    f = tu $0 ".c"
    printf "#include <%s>\n#include <%s>\n", $0, $0 > f
    close(f)
}'
for a in $("$top/scripts/arch-target.sh" --list); do
    "$top/scripts/headers-for-arch.sh" "$a" "$root" > "$out/headers-$a.txt"
    sed 's/.*/#include <&>/' "$out/headers-$a.txt" > "$out/tu/all-forward-$a.c"
    LC_ALL=C sort -r "$out/headers-$a.txt" | sed 's/.*/#include <&>/' > "$out/tu/all-reverse-$a.c"
done

# Each header's reach: its own "..." includes, resolved against its directory,
# closed transitively; the key combines the CRC and size of every file reached.
# shellcheck disable=SC2086
(cd "$root" && cksum $headers) | awk -v root="$root" '
function norm(p,   n, i, part, out, k) {
    n = split(p, part, "/"); k = 0
    for (i = 1; i <= n; i++) {
        if (part[i] == "..") k--
        else if (part[i] != ".") out[++k] = part[i]
    }
    p = out[1]; for (i = 2; i <= k; i++) p = p "/" out[i]
    return p
}
function reach(h, from,   i) {
    if ((from SUBSEP h) in seen) return
    seen[from, h] = 1; members[from] = members[from] " " h
    for (i = 1; i <= ninc[h]; i++) reach(inc[h, i], from)
}
{
    file = $3; sum[file] = $1 ":" $2; order[++n] = file
    dir = file; sub(/[^\/]*$/, "", dir)
    while ((getline line < (root "/" file)) > 0)
        if (line ~ /^[ \t]*#[ \t]*include[ \t]*"/) {
            t = line; sub(/^[^"]*"/, "", t); sub(/".*/, "", t)
            inc[file, ++ninc[file]] = norm(dir t)
        }
    close(root "/" file)
}
END {
    total = 0
    for (i = 1; i <= n; i++) {
        h = order[i]; reach(h, h)
        key = 0; m = split(members[h], list, " ")
        for (j = 1; j <= m; j++) if (list[j] in sum) {
            split(sum[list[j]], s, ":")
            key = (key * 31 + s[1] + s[2] * 7) % 4294967291
        } else key = (key * 31 + 1) % 4294967291
        printf "%s %.0f-%d\n", h, key, m
        split(sum[h], s, ":"); total = (total * 31 + s[1] + s[2] * 7) % 4294967291
    }
    printf "all %.0f-%d\n", total, n
}' > "$out/keys.txt"
