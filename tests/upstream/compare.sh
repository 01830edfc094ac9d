#!/bin/sh
# compare.sh UPSTREAM_DIR ALLOWLIST ARCH...
#
# Compares the package's ABI lock (tests/abi/ARCH.lock) with upstream's
# (UPSTREAM_DIR/ARCH.lock, from lock-upstream.sh) entry by entry. Kinds of
# difference, each "KIND ENTRY" (ENTRY as in the locks: "struct NAME",
# "typedef NAME", "macro NAME", ...):
#   differs   both have the entry, in the same view, with other lines (the
#             package's stable lines are held against upstream's plain view,
#             its unstable ones against the __XEN_TOOLS__ view);
#   promoted  stable here, upstream shows it only to __XEN_TOOLS__ builds;
#   demoted   unstable here, upstream shows it to plain builds;
#   added     only the package has it;
#   missing   only upstream has it.
# Each difference allowed by a line of ALLOWLIST ("KIND ; ENTRY regex ;
# ARCHES or * ; reason") is counted, not shown. Writes the other differences
# with their lines, then a summary per architecture, and, with
# XEN_UPSTREAM_STRICT=1, fails on allowlist lines that allowed nothing.
# Exits: 1 when a difference is not allowed (or, strict, a line is stale).
# Run by: make check (against tests/upstream/xen-4.22.0, strict) and
# make check-upstream XEN_SRC=DIR.
set -eu
up=$1
allow=$2
shift 2
here=$(cd "${0%/*}" && pwd)
status=0
: > "${TMPDIR:-/tmp}/xen-allow-used.$$"
trap 'rm -f "${TMPDIR:-/tmp}/xen-allow-used.$$"' EXIT INT TERM
for arch in "$@"; do
    awk -v arch="$arch" -v allowf="$allow" -v used="${TMPDIR:-/tmp}/xen-allow-used.$$" '
    function key(line,   w) {
        split(line, w, " ")
        if (w[2] == "layout") return (w[3] == "struct" || w[3] == "union") ? w[3] " " w[4] : "typedef " w[3]
        if (w[2] == "fmacro") { sub(/\(.*/, "", w[3]); return "fmacro " w[3] }
        return w[2] " " w[3]
    }
    function body(line) { sub(/^[a-z]+ /, "", line); return line }
    function allowed(kind, k,   i) {
        for (i = 1; i <= na; i++)
            if (akind[i] == kind && k ~ are[i] && (aarch[i] == "*" || ("," aarch[i] ",") ~ ("," arch ","))) {
                print i >> used; return 1
            }
        return 0
    }
    # The lines of a that b lacks, at most six.
    function only(a, b, who,   n, l, m, r, i, c) {
        n = split(substr(a, 2), l, "\n"); m = split(substr(b, 2), r, "\n")
        split("", inb); for (i = 1; i <= m; i++) inb[r[i]] = 1
        for (i = 1; i <= n; i++) if (!(l[i] in inb) && ++c <= 6) print "    " who l[i]
    }
    function report(kind, k, a, b) {
        if (allowed(kind, k)) { ok[kind]++; return }
        bad++; print arch ": " kind " " k
        only(a, b, "package:  "); only(b, a, "upstream: ")
    }
    BEGIN {
        while ((getline l < allowf) > 0) {
            if (l ~ /^[ \t]*(#|$)/) continue
            n = split(l, f, ";"); if (n < 4) continue
            na++
            for (i = 1; i <= 3; i++) { gsub(/^[ \t]+|[ \t]+$/, "", f[i]) }
            akind[na] = f[1]; are[na] = f[2]; aarch[na] = f[3]
        }
    }
    { file = (FILENAME == ARGV[1]) ? 1 : 2 }
    /^#/ { next }
    file == 1 { k = key($0); seen[k] = 1; pk[k] = $1; pl[k] = pl[k] "\n" body($0); next }
    {
        k = key($0); seen[k] = 1
        if ($1 == "tools") ut[k] = ut[k] "\n" body($0)
        else { uk[k] = $1; ul[k] = ul[k] "\n" body($0) }
    }
    END {
        for (k in seen) {
            if (!(k in pk)) { if (k in uk) report("missing", k, "", ul[k]); continue }
            if (!(k in uk)) { report("added", k, pl[k], ""); continue }
            if (pk[k] == "stable" && uk[k] == "unstable") { report("promoted", k, pl[k], ul[k]); continue }
            if (pk[k] == "unstable" && uk[k] == "stable") {
                # Upstream also has it in its tools view, changed or not.
                report("demoted", k, pl[k], (k in ut) ? ut[k] : ul[k]); continue
            }
            want = (pk[k] == "unstable" && (k in ut)) ? ut[k] : ul[k]
            if (pl[k] != want) report("differs", k, pl[k], want)
        }
        s = ""; for (kind in ok) s = s sprintf(" %d %s", ok[kind], kind)
        printf "%s: %d difference(s) outside the allowlist; allowed:%s\n", arch, bad, (s == "" ? " none" : s)
        exit bad > 0
    }' "$here/../abi/$arch.lock" "$up/$arch.lock" || status=1
done
if [ "${XEN_UPSTREAM_STRICT:-}" = 1 ]; then
    stale=$(awk -v used="${TMPDIR:-/tmp}/xen-allow-used.$$" '
        BEGIN { while ((getline l < used) > 0) u[l] = 1 }
        /^[ \t]*(#|$)/ { next }
        { n++; if (!(n in u)) print "    " $0 }' "$allow")
    if [ -n "$stale" ]; then
        echo "allowlist lines that allowed nothing (remove them):"
        echo "$stale"
        status=1
    fi
fi
exit $status
