#!/bin/sh
# times.sh LOG
#
# Prints, from the lines tests/timed.sh appended to LOG during one
# `make check`, each part's wall-clock span (first start to last end), the
# time its jobs were running in total (more than the span when jobs ran side
# by side) and their number, then the span of the whole run. A part that
# had nothing to redo has no line. Run by `make check`, last.
[ -s "$1" ] || { echo "times: nothing was redone"; exit 0; }
awk '
{
    p = $1; n[p]++; busy[p] += $3 - $2
    if (!(p in first) || $2 < first[p]) first[p] = $2
    if ($3 > last[p]) last[p] = $3
    if (!all0 || $2 < all0) all0 = $2
    if ($3 > all1) all1 = $3
}
END {
    for (p in n) printf "times: %-8s %6.1f s wall, %6.1f s in %d job(s)\n", p, (last[p] - first[p]) / 1000, busy[p] / 1000, n[p]
    printf "times: %-8s %6.1f s wall\n", "all", (all1 - all0) / 1000
}' "$1" | LC_ALL=C sort
