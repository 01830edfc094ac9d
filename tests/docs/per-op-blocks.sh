#!/bin/sh
# per-op-blocks.sh SINCE FAMILIES ROOT [HEADER...]
#
# Proves the per-operation blocks of the headers keep the one form of
# doc/per-op-form.md, and that no operation lacks one:
#   - a block is a Doxygen comment with `@name OP[, OP...]` and the table
#     `| Field | Value |`; its rows are Number, Caller, Argument, Returns,
#     Errors, Architectures (optional), Since, Implemented by, in that
#     order, none empty, no other;
#   - Number gives the values the block's macros are defined to, in order;
#   - Since gives, for each macro, its release in SINCE (abi/since.txt),
#     written as the form says; prefixed by the macro's name when the
#     block's macros have different releases;
#   - Errors "listed below" is followed by a list (a line ending in
#     "Errors...:" then "- " items);
#   - Implemented by names a function, `name()`, and a file under xen/, or
#     says Xen 4.22.0 has nothing for the operation;
#   - every operation macro of FAMILIES (tests/docs/op-families.txt: a
#     header, a pattern of its operation macros, names excepted) that the
#     header defines sits in a block of that header.
# ROOT is the include directory; HEADERs, paths under it, narrow the check
# to those headers (all of ROOT's otherwise). Prints each fault as
# FILE:LINE: what; fails on any, and when it found no block at all.
# Run by: make check (tests/check.mk).
set -eu
absolute() { case $1 in /*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }
since=$(absolute "$1")
families=$(absolute "$2")
root=$3
shift 3
cd "$root"
# Every header is read, for the values of the macros a block names (the x86
# hypercalls are numbered in xen.h, documented in arch-x86/xen.h); the
# blocks and the families are checked in the HEADERs asked for (all when none).
asked=" $* "
set -- $(find xen -name '*.h' | LC_ALL=C sort)
awk -v families="$families" -v asked="$asked" '
function trim(s) { gsub(/^[ \t]+|[ \t]+$/, "", s); return s }
function render(r) {
    if (r == "<=2.0.0") return "Xen 2.0.0 or earlier"
    if (r == "4.0.0") return "Xen 3.0.1 to 4.0.0"
    return "Xen " r
}
function fault(file, line, what) { print file ":" line ": " what; faults++ }
# At the end of a block comment: keep what the checks need; the macros the
# block documents are defined after it, so the checks wait for END.
function record_block(   i, order) {
    blocks++
    bfile[blocks] = FILENAME; bline[blocks] = start; btitle[blocks] = title
    order = ""
    for (i = 1; i <= nrows; i++) {
        if (rowname[i] != "Architectures") order = order (order == "" ? "" : " ") rowname[i]
        else if (i < 2 || rowname[i - 1] != "Errors")
            fault(FILENAME, start, "Architectures must follow Errors")
        if (rowval[i] == "") fault(FILENAME, start, "row " rowname[i] " is empty")
    }
    if (order != "Number Caller Argument Returns Errors Since Implemented by")
        fault(FILENAME, start, "rows are \"" order "\", want Number Caller Argument " \
              "Returns Errors [Architectures] Since Implemented by")
    if (row["Errors"] ~ /^listed below/ && !errlist)
        fault(FILENAME, start, "Errors says listed below, but no Errors: list follows")
    if (row["Implemented by"] !~ /[A-Za-z0-9_]\(\).* xen\/[A-Za-z0-9_\/.-]+/ &&
        row["Implemented by"] !~ /^nothing in Xen 4\.22\.0/)
        fault(FILENAME, start, "Implemented by must name a function() and its file under xen/")
    bnumber[blocks] = row["Number"]; bsince[blocks] = row["Since"]
}
function check_block(b,   f, l, i, n, names, vals, k, r, v, distinct, seen) {
    f = bfile[b]; l = bline[b]
    n = split(btitle[b], names, /[ \t]*,[ \t]*/)
    distinct = 0
    for (i = 1; i <= n; i++) {
        if (!((f, names[i]) in value) && !(names[i] in anyvalue)) {
            fault(f, l, names[i] " is not defined in any header"); continue
        }
        # A name the since-data lacks is one offered only to older interface
        # versions, which the manifests (and so abi/since.txt) do not
        # describe: its Since row cannot be checked here.
        if (!(names[i] in release)) continue
        r = render(release[names[i]])
        if (!((b, r) in seen)) { seen[b, r] = 1; distinct++ }
    }
    for (i = 1; i <= n; i++) {
        if (!(names[i] in release)) continue
        r = render(release[names[i]])
        if (distinct > 1) r = names[i] ": " r
        if (index(bsince[b], r) == 0) fault(f, l, "Since must say \"" r "\" (abi/since.txt)")
    }
    k = split(bnumber[b], vals, /[ \t]*,[ \t]*/)
    if (k != n) fault(f, l, "Number has " k " values for " n " macros")
    else for (i = 1; i <= n; i++) {
        v = ((f, names[i]) in value) ? value[f, names[i]] : anyvalue[names[i]]
        if (v != "" && trim(vals[i]) != v)
            fault(f, l, "Number says " trim(vals[i]) " for " names[i] ", defined as " v)
    }
}
BEGIN {
    while ((getline line < families) > 0) {
        if (line ~ /^#/ || line ~ /^[ \t]*$/) continue
        nf = split(line, w, /[ \t]+/)
        fam++; famfile[fam] = w[1]; fampat[fam] = w[2]
        for (i = 3; i <= nf; i++) except[w[1], w[i]] = 1
    }
}
FILENAME == ARGV[1] { if ($1 == "macro") release[$2] = $3; next }
FNR == 1 {
    checked = asked == "  " || index(asked, " " FILENAME " ") > 0
    if (checked) files[FILENAME] = 1
    incomment = 0; depth = 0
}
/@\{/ { depth++ }
/@\}/ { if (opdepth[FILENAME] == depth) opdepth[FILENAME] = 0; depth-- }
/^#[ \t]*define[ \t]+[A-Za-z_][A-Za-z0-9_]*[ \t]+/ {
    # A macro defined on both sides of an #if (an alias for old interfaces)
    # counts by its first numeric definition.
    v = $3; sub(/^\(/, "", v); sub(/\)$/, "", v)
    if (!((FILENAME, $2) in value) || value[FILENAME, $2] !~ /^(0x)?[0-9]/) {
        value[FILENAME, $2] = v; defline[FILENAME, $2] = FNR
    }
    if (!($2 in anyvalue) || anyvalue[$2] !~ /^(0x)?[0-9]/) anyvalue[$2] = v
    if (opdepth[FILENAME] && depth >= opdepth[FILENAME]) inblock[FILENAME, $2] = 1
}
/^[ \t]*\/\*\*/ && !/\*\// {
    incomment = 1; isblock = 0; title = ""; nrows = 0; errlist = 0; errhead = 0
    split("", row); start = FNR
}
incomment && /@name[ \t]/ { t = $0; sub(/.*@name[ \t]+/, "", t); title = trim(t) }
incomment && /^[ \t]*\*[ \t]*\|[ \t]*Field[ \t]*\|[ \t]*Value[ \t]*\|/ { isblock = 1; next }
incomment && isblock && /^[ \t]*\*[ \t]*\|/ && !/^[ \t]*\*[ \t]*\|[ \t-]*\|[ \t-]*\|/ {
    t = $0; sub(/^[ \t]*\*[ \t]*\|/, "", t); sub(/\|[ \t]*$/, "", t)
    nrows++; rowname[nrows] = trim(substr(t, 1, index(t, "|") - 1))
    rowval[nrows] = trim(substr(t, index(t, "|") + 1)); row[rowname[nrows]] = rowval[nrows]
    next
}
incomment && isblock && /^[ \t]*\*[ \t]*Errors[ ,:(]/ { errhead = 1 }
incomment && isblock && errhead && /^[ \t]*\*[ \t]*- / { errlist = 1 }
incomment && /\*\// {
    incomment = 0
    if (!checked && isblock && title != "") {
        n = split(title, names, /[ \t]*,[ \t]*/)
        for (i = 1; i <= n; i++) block_of[names[i]] = 1
    }
    if (!checked) isblock = 0
    if (isblock && title == "") fault(FILENAME, start, "a per-op table outside an @name block")
    else if (isblock) { record_block(); if ($0 ~ /@\{/) opdepth[FILENAME] = depth }
}
END {
    for (b = 1; b <= blocks; b++) {
        check_block(b)
        n = split(btitle[b], names, /[ \t]*,[ \t]*/)
        for (i = 1; i <= n; i++) block_of[names[i]] = 1
    }
    for (i = 1; i <= fam; i++) {
        file = famfile[i]
        if (!(file in files)) continue
        for (k in value) {
            split(k, p, SUBSEP)
            if (p[1] != file || p[2] !~ fampat[i] || ((file, p[2]) in except)) continue
            if (value[k] !~ /^[0-9]+[UuLl]*$/ && value[k] !~ /^0x[0-9a-fA-F]+[UuLl]*$/) continue
            if (!(p[2] in block_of) && !((file, p[2]) in inblock))
                fault(file, defline[k], "operation " p[2] " has no per-op block")
        }
    }
    if (blocks == 0) { print "per-op-blocks: no per-op block found"; exit 1 }
    printf "per-op-blocks: %d blocks, %d faults\n", blocks, faults
    exit faults > 0
}' "$since" "$@"
