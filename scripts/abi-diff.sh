#!/bin/sh
# abi-diff.sh OLD NEW
#
# Compares two ABI locks of one architecture (scripts/abi-lock.sh) entry by
# entry. An entry is a name (struct, union, typedef, enumerator, macro) with
# all its lines; it is stable when either lock marks it stable.
# Writes: one line per changed entry, "KIND CHANGE NAME" with KIND stable or
#         unstable and CHANGE changed, removed or added, each followed by its
#         differing lines ("  - old", "  + new"); nothing when they agree.
# Exits:  0 when the locks agree, 1 when they differ.
# Used by: make check (tests/abi/abi.mk) and make abi-update (scripts/abi-update.sh).
set -eu
awk '
function key(line,   w, n) {
    n = split(line, w, " ")
    if (w[2] == "layout") return (w[3] == "struct" || w[3] == "union") ? w[3] " " w[4] : "typedef " w[3]
    if (w[2] == "fmacro") { sub(/\(.*/, "", w[3]); return "fmacro " w[3] }
    return w[2] " " w[3]
}
{ file = (FILENAME == ARGV[1]) ? 1 : 2 }
/^#/ { next }
{
    k = key($0)
    if (file == 1) { old[k] = old[k] "\n" $0; if ($1 == "stable") stab[k] = 1 }
    else { new[k] = new[k] "\n" $0; if ($1 == "stable") stab[k] = 1 }
    seen[k] = 1
}
function show(sign, text,   n, l, i, r) {
    n = split(substr(text, 2), l, "\n"); r = ""
    for (i = 1; i <= n && i <= 12; i++) r = r "\037  " sign " " l[i]
    if (n > 12) r = r "\037  " sign " ... (" n - 12 " more lines)"
    return r
}
END {
    for (k in seen) {
        change = !(k in old) ? "added" : !(k in new) ? "removed" : old[k] == new[k] ? "" : "changed"
        if (change == "") continue
        entry = ((k in stab) ? "stable" : "unstable") " " change " " k
        if (change == "changed") {
            # Only the lines that differ.
            no = split(substr(old[k], 2), o, "\n"); nn = split(substr(new[k], 2), m, "\n")
            split("", ino); split("", inn); ot = ""; nt = ""
            for (i = 1; i <= no; i++) ino[o[i]] = 1
            for (i = 1; i <= nn; i++) inn[m[i]] = 1
            for (i = 1; i <= no; i++) if (!(o[i] in inn)) ot = ot "\n" o[i]
            for (i = 1; i <= nn; i++) if (!(m[i] in ino)) nt = nt "\n" m[i]
            entry = entry show("-", ot) show("+", nt)
        } else entry = entry show(change == "added" ? "+" : "-", change == "added" ? new[k] : old[k])
        print entry
        differ = 1
    }
    exit differ
}' "$1" "$2" > "$2.entries" || status=$?
# Stable entries first, then by name; one entry per line until here.
LC_ALL=C sort "$2.entries" | tr '\037' '\n'
rm -f "$2.entries"
exit "${status:-0}"
