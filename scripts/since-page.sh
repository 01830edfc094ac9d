#!/bin/sh
# since-page.sh SINCE
#
# Writes to stdout the Doxygen page "Since": for each Xen release, newest
# first, the names the package offers that first appeared in that release's
# public headers, from SINCE (abi/since.txt, written by scripts/since.sh).
# Run by: make docs (the page is a build output, never committed).
set -eu
awk '
$1 ~ /^#/ || NF < 3 { next }
$1 == "version" { ver[$NF] = ver[$NF] sep($NF, "v") "`" $2 " = " $3 "`"; rel[$NF] = 1; next }
{
    r = $NF
    kind = ($1 == "member") ? "Members" : ($1 == "macro") ? "Macros" : \
           ($1 == "enumerator") ? "Enumerators" : ($1 == "typedef") ? "Typedefs" : "Types"
    name = ($1 == "struct" || $1 == "union" || $1 == "enum") ? $1 " " $2 : $2
    list[r, kind] = list[r, kind] (list[r, kind] == "" ? "" : ", ") "`" name "`"
    rel[r] = 1
}
function sep(r, k) { return (ver[r] == "") ? "" : ", " }
function newer(a, b,   x, y, n, i) {
    # 1 when release a sorts after release b (numeric fields; words last).
    n = split(a, x, "."); split(b, y, ".")
    for (i = 1; i <= n; i++) if (x[i] + 0 != y[i] + 0) return x[i] + 0 > y[i] + 0
    return 0
}
END {
    print "# Since: the Xen release of every name {#since}"
    print ""
    print "For each Xen release, newest first, the names of this package that first"
    print "appeared in that release'"'"'s public headers (`abi/since.txt`, computed from"
    print "upstream'"'"'s release tags by `scripts/since.sh`; the ABI manifests carry the"
    print "same value for every name). A name listed under a point release reached it"
    print "as a backport. Names under xen-public are the package'"'"'s own. Xen'"'"'s"
    print "repository tags no release between 3.0.0 and 4.0.0, so a name under 4.0.0"
    print "first appeared in one of 3.0.1 to 4.0.0, and one under <=2.0.0 was"
    print "already in 2.0.0, the oldest tag."
    n = 0
    for (r in rel) order[++n] = r
    for (i = 2; i <= n; i++) {
        v = order[i]
        for (j = i - 1; j >= 1 && newer(v, order[j]); j--) order[j + 1] = order[j]
        order[j + 1] = v
    }
    split("Types Typedefs Enumerators Macros Members", kinds, " ")
    for (i = 1; i <= n; i++) {
        r = order[i]
        print ""
        title = r ~ /^[0-9]/ ? "Xen " r : r ~ /^<=/ ? "Xen " substr(r, 3) " or older" : \
                r " (the package\047s own)"
        print "## " title
        if (ver[r] != "") { print ""; print "- Unstable interface versions: " ver[r] }
        for (k = 1; k <= 5; k++)
            if (list[r, kinds[k]] != "") { print ""; print "- " kinds[k] ": " list[r, kinds[k]] }
    }
}' "$1"
