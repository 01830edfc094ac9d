#!/bin/sh
# abi-manifest.sh ARCH LOCK FACTS [ROOT [SINCE]]
#
# Reads:  LOCK, the ABI lock of ARCH that scripts/abi-lock.sh wrote, and
#         FACTS, the directory the same run filled under XEN_LOCK_FACTS (the
#         unit it compiled, its AST dump, its preprocessed text), the headers
#         under ROOT (default: include) that it compiled, and SINCE (default:
#         abi/since.txt), the first release of each name.
# Writes: to stdout the ABI manifest of ARCH, JSON, one entry a line; its
#         schema is doc/manifest.md. Sizes, alignments, offsets, values and
#         stability are the lock's; this adds what the lock leaves out: the
#         header of each name, member sizes and nesting, the C type of each
#         constant, which enum each enumerator belongs to, what each typedef
#         names, and "since". Every fact it adds comes from FACTS, or from one
#         probe compiled with that same unit (member sizes and alignments, C
#         types of constants).
# Run by: make check (tests/manifest/manifest.mk) and make abi-update, which
#         writes abi/ARCH.json with the locks.
# Needs:  clang with ARCH's target, POSIX sh, awk, sort.
set -eu
arch=$1
lock=$2
facts=$3
root=${4:-include}
since=${5:-abi/since.txt}
CLANG=${CLANG:-clang}
here=$(cd "${0%/*}" && pwd)
target=$("$here/arch-target.sh" "$arch")
work=$(mktemp -d "${TMPDIR:-/tmp}/xen-abi-manifest.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
[ -s "$facts/all.ast" ] && [ -s "$facts/all.macros" ] ||
    { echo "abi-manifest.sh: no all.ast or all.macros in $facts (see XEN_LOCK_FACTS)" >&2; exit 1; }
[ -e "$since" ] || since=/dev/null
# Where a header path is read: the part after xen/public/, with "dir/../" folded.
normalise='
function header(path,   n, i, k, part, stack, out) {
    n = split(path, part, "/"); k = 0
    for (i = 1; i <= n; i++)
        if (part[i] == "..") { if (k) k-- }
        else if (part[i] != "." && part[i] != "") stack[++k] = part[i]
    out = ""
    for (i = 1; i <= k; i++) out = out "/" stack[i]
    return match(out, /\/xen\/public\//) ? substr(out, RSTART + RLENGTH) : "-"
}'

# Declarations: "record struct NAME HEADER", "typedef NAME HEADER TYPE",
# "enum ID TAG HEADER", "enumerator NAME ID". A location is printed in the
# AST dump with its file only when the file changes, so the current file is
# the last one named; a name pasted by a macro lives in "<scratch space>", and
# takes the header where its first token appears in the preprocessed text.
awk "$normalise"'
{
    text = $0; gsub(/\047[^\047]*\047/, "", text)
    while (match(text, /(<scratch space>|<built-in>|[^ <>:,]+):[0-9]+:[0-9]+/)) {
        file = substr(text, RSTART, RLENGTH); text = substr(text, RSTART + RLENGTH)
        sub(/:[0-9]+:[0-9]+$/, "", file)
        if (file != "line") current = (file == "<scratch space>") ? "?" : header(file)
    }
}
/-RecordDecl / && / definition$/ {
    n = split($0, w, " ")
    if (w[n-1] != "struct" && w[n-1] != "union") print "record", w[n-2], w[n-1], current
    next
}
/-TypedefDecl / && !/ implicit / {
    head = substr($0, 1, index($0, "\047") - 1); n = split(head, w, " ")
    type = substr($0, index($0, "\047") + 1); sub(/\047.*/, "", type)
    canonical = $0; sub(/^[^\047]*\047[^\047]*\047/, "", canonical)
    # A record or enum without a tag is spelled by clang with the typedef name.
    if (type ~ /^(struct|union|enum) / && canonical !~ /^:\047(struct|union|enum) /)
        sub(/ .*/, " (anonymous)", type)
    print "typedef", w[n], current, type
    next
}
/-EnumDecl / {
    n = split($0, w, " ")
    print "enum", ++enums, (w[n] ~ /^[A-Za-z_][A-Za-z0-9_]*$/ ? w[n] : "-"), current
    next
}
/-EnumConstantDecl / {
    head = substr($0, 1, index($0, "\047") - 1); n = split(head, w, " ")
    print "enumerator", w[n], enums
}' "$facts/all.ast" > "$work/decls"

# Headers of the macros, and of the names a macro pasted together.
awk 'FILENAME == ARGV[1] { if ($1 == "record" && $4 == "?") want[$3] = 1
                           if ($1 == "typedef" && $3 == "?") want[$2] = 1; next }
'"$normalise"'
/^# [0-9]+ "/ { file = $3; gsub(/"/, "", file); current = header(file); next }
/^#define / {
    name = $2; sub(/\(.*/, "", name)
    if (!(name in defined)) { defined[name] = 1; print "macro", name, current }
    next
}
/^#/ { next }
{
    text = $0; gsub(/[^A-Za-z0-9_]+/, " ", text); n = split(text, w, " ")
    for (i = 1; i <= n; i++)
        if ((w[i] in want) && !(w[i] in found)) { found[w[i]] = 1; print "pasted", w[i], current }
}' "$work/decls" "$facts/all.macros" > "$work/macros"

# The members the manifest lists, from the lock: the top-level members of
# each record, and below a member of anonymous type, its members. One line
# each: RECORD TAB DEPTH TAB OFFSET_BITS TAB WIDTH (bit-fields, else -) TAB
# TYPE TAB NAME (- when unnamed) TAB PATH (how C names it from the record;
# - when unnamed). Below an array of anonymous records, the members of its
# first element, with offsets from the start of the element.
sed -e '/^#/d' "$lock" | awk -F '\t' '
BEGIN { open[0] = 1 }
{
    split($0, f, " "); if (f[2] != "layout") next
    if (f[3] == "struct" || f[3] == "union") { record = f[3] " " f[4] } else record = f[3]
    at = index($0, " @"); if (!at) next
    rest = substr($0, at + 2); element = 0
    if (match(rest, /^[0-9]+ [A-Za-z_0-9]+\[\]: @/)) {
        array = substr(rest, index(rest, " ") + 1); sub(/\[\].*/, "", array)
        rest = substr(rest, RLENGTH + 1); element = 1
    }
    off = rest; sub(/ .*/, "", off); body = substr(rest, length(off) + 1)
    spaces = body; sub(/[^ ].*/, "", spaces); body = substr(body, length(spaces) + 1)
    depth = element ? (length(spaces) + 1) / 2 : (length(spaces) - 1) / 2
    if (element) {
        # The members of one element sit below the array member.
        depth++
        if (!in_element) { open[1] = 1; prefix[1] = array "[0]."; in_element = 1 }
    } else in_element = 0
    if (!open[depth - 1]) { open[depth] = 0; next }
    if (body ~ /\(anonymous\)$/) { type = body; name = "-" }
    else {
        name = body; sub(/.* /, "", name)
        type = substr(body, 1, length(body) - length(name) - 1)
    }
    open[depth] = type ~ /\(anonymous\)$/
    prefix[depth] = name == "-" ? prefix[depth - 1] : prefix[depth - 1] name "."
    if (off ~ /:/) {
        split(off, o, /[:-]/); bits = o[1] * 8 + o[2]; width = o[3] - o[2] + 1
    } else { bits = off * 8; width = "-" }
    path = name == "-" ? "-" : prefix[depth - 1] name
    print record "\t" depth "\t" bits "\t" width "\t" type "\t" name "\t" path
}' > "$work/members"

# One probe: the size and alignment of every named member (a flexible array
# has size 0, a bit-field the alignment of its type), and the C type of every
# integer constant.
awk -F '\t' '
BEGIN {
    types = "_Bool: 1, char: 2, signed char: 3, unsigned char: 4, short: 5, unsigned short: 6, " \
            "int: 7, unsigned int: 8, long: 9, unsigned long: 10, long long: 11, " \
            "unsigned long long: 12"
}
FILENAME == ARGV[1] {
    head = "const unsigned long long xen_manifest_member_" FNR "[2] = { "
    member = "((" $1 " *)0)->" $7
    if ($6 != "-" && $4 == "-" && $5 ~ /\[\]$/)
        print head "0, _Alignof(__typeof__(" member "[0])) };"
    else if ($6 != "-" && $4 == "-")
        print head "sizeof(" member "), _Alignof(__typeof__(" member ")) };"
    else if ($4 != "-") print head "0, _Alignof(" $5 ") };"
    next
}
$2 == "macro" && $4 == "=" && $5 ~ /^-?0x/ {
    print "const int xen_manifest_ctype_" $3 " = _Generic((" $3 "), " types ");"
}' "$work/members" FS=' ' "$lock" > "$work/probe.body"
{ cat "$facts/all.h"; echo '#line 1 "probe"'; cat "$work/probe.body"; } > "$work/probe.c"
# shellcheck disable=SC2086
$CLANG --target="$target" -ffreestanding -std=gnu11 -ferror-limit=20 -fno-color-diagnostics \
    -Wno-everything -D__XEN_INTERFACE_VERSION__=__XEN_LATEST_INTERFACE_VERSION__ \
    ${XEN_LOCK_CPPFLAGS:-} -I"$root" -S -emit-llvm -o "$work/probe.ll" "$work/probe.c" \
    2> "$work/errors" ||
    { echo "abi-manifest.sh: the probe for $arch does not compile:" >&2
      head -n 20 "$work/errors" >&2; exit 1; }
awk '/^@xen_manifest_/ {
    name = $1; sub(/^@xen_manifest_/, "", name)
    body = $0; sub(/.*constant /, "", body); sub(/, align [0-9]+$/, "", body)
    sub(/^\[[0-9]+ x i64\] /, "", body); gsub(/i(32|64) /, "", body); gsub(/[][,]/, " ", body)
    print name, body
}' "$work/probe.ll" > "$work/probed"

awk -v arch="$arch" -v decls="$work/decls" -v macro_file="$work/macros" \
    -v members="$work/members" -v probed="$work/probed" -v since="$since" '
function q(s) {
    gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); gsub(/\t/, "\\t", s); return "\"" s "\""
}
function qn(s) { return s == "-" || s == "" ? "null" : q(s) }
function field(key, json) { return ", \"" key "\": " json }
# A lock value (decimal, or hexadecimal after an optional "-") as JSON: a
# number while every JSON reader holds it exactly (at most 2^53 - 1 in
# magnitude), else a string of its decimal digits.
function value(text,   negative, hex, d, n, i, j, carry, v, out) {
    negative = text ~ /^-/; sub(/^-/, "", text)
    if (text !~ /^0x/) out = text
    else {
        hex = substr(text, 3); n = 1; d[1] = 0
        for (i = 1; i <= length(hex); i++) {
            carry = index("0123456789abcdef", substr(hex, i, 1)) - 1
            for (j = 1; j <= n; j++) { v = d[j] * 16 + carry; d[j] = v % 10; carry = int(v / 10) }
            while (carry) { d[++n] = carry % 10; carry = int(carry / 10) }
        }
        out = ""; for (j = n; j >= 1; j--) out = out d[j]
    }
    if (length(out) < 16 || (length(out) == 16 && out <= "9007199254740991"))
        return (negative && out != "0" ? "-" : "") out
    return "\"" (negative ? "-" : "") out "\""
}
function bare(record) { sub(/^(struct|union) /, "", record); return record }
function stamp(kind, name) { return ((kind " " name) in first) ? q(first[kind " " name]) : "null" }
function where(kind, name,   h) {
    h = from[kind " " name]
    if (h == "?") h = pasted[bare(name)]
    return qn(h)
}
# The fields every entry ends with.
function origin(header, since) {
    return field("header", header) field("stability", q(stability)) field("since", since)
}
# The members of a record from line I of the member table on, at DEPTH, as a
# JSON list.
function list(i, depth,   out, sep, record) {
    record = m_record[i]; out = "["; sep = ""
    for (; i <= n_members && m_record[i] == record && m_depth[i] >= depth; i++)
        if (m_depth[i] == depth) { out = out sep member(i); sep = ", " }
    return out "]"
}
function below(i, j) {
    return j <= n_members && m_record[j] == m_record[i] && m_depth[j] > m_depth[i]
}
function member(i,   out, children, j, end, align, a) {
    children = below(i, i + 1) ? field("members", list(i + 1, m_depth[i] + 1)) : ""
    if (("member_" i) in probe) split(probe["member_" i], a, " ")
    if (m_width[i] != "-") { m_size[i] = m_width[i]; m_align[i] = a[2] }
    else if (("member_" i) in probe) { m_size[i] = a[1] * 8; m_align[i] = a[2] }
    else {
        # An unnamed member: the extent of its members, rounded up to their
        # largest alignment.
        end = m_bits[i]; align = 1
        for (j = i + 1; below(i, j); j++) {
            if (m_depth[j] != m_depth[i] + 1) continue
            if (m_align[j] > align) align = m_align[j]
            if (m_bits[j] + m_size[j] > end) end = m_bits[j] + m_size[j]
        }
        m_align[i] = align; align *= 8
        m_size[i] = int((end - m_bits[i] + align - 1) / align) * align
    }
    out = "{\"name\": " qn(m_name[i]) field("offset_bits", m_bits[i]) \
        field("size_bits", m_size[i]) \
        field("type", q(m_type[i])) field("bitfield", m_width[i] != "-" ? "true" : "false")
    if (m_name[i] != "-") out = out field("since", stamp("member", bare(m_record[i]) "." m_name[i]))
    return out children "}"
}
function record(name, kind, tagged, size, align, header, since,   key) {
    key = tagged == "true" ? kind " " name : name
    return "{\"name\": " q(name) field("kind", q(kind)) field("tagged", tagged) \
        field("size", size) \
        field("align", align) origin(header, since) \
        field("members", key in first_member ? list(first_member[key], 1) : "[]") "}"
}
BEGIN {
    while ((getline l < decls) > 0) {
        split(l, w, " ")
        if (w[1] == "record" && !(("record " w[2] " " w[3]) in from))
            from["record " w[2] " " w[3]] = w[4]
        else if (w[1] == "typedef" && !(("typedef " w[2]) in from)) {
            from["typedef " w[2]] = w[3]
            t = l; sub(/^typedef [^ ]* [^ ]* /, "", t); names_type[w[2]] = t
        } else if (w[1] == "enum") { e_tag[w[2]] = w[3]; e_header[w[2]] = w[4] }
        else if (w[1] == "enumerator") of_enum[w[2]] = w[3]
    }
    while ((getline l < macro_file) > 0) {
        split(l, w, " ")
        if (w[1] == "macro") from["macro " w[2]] = w[3]; else pasted[w[2]] = w[3]
    }
    while ((getline l < members) > 0) {
        split(l, w, "\t"); n = ++n_members
        m_record[n] = w[1]; m_depth[n] = w[2]; m_bits[n] = w[3]; m_width[n] = w[4]
        m_type[n] = w[5]; m_name[n] = w[6]; m_path[n] = w[7]
        if (!(w[1] in first_member)) first_member[w[1]] = n
    }
    while ((getline l < probed) > 0) {
        k = l; sub(/ .*/, "", k); probe[k] = substr(l, length(k) + 2)
    }
    # "KIND NAME RELEASE", and "version MACRO VALUE RELEASE" (hexadecimal VALUE).
    while ((getline l < since) > 0) {
        n = split(l, w, " ")
        if (l ~ /^#/) continue
        if (n == 3) first[w[1] " " w[2]] = w[3]
        if (n == 4) { sub(/^0x0*/, "0x", w[3]); first[w[1] " " w[2] " " tolower(w[3])] = w[4] }
    }
    interface_of["XEN_DOMCTL_INTERFACE_VERSION"] = "domctl"
    interface_of["XEN_SYSCTL_INTERFACE_VERSION"] = "sysctl"
    interface_of["VM_EVENT_INTERFACE_VERSION"] = "vm_event"
    split("_Bool,char,signed char,unsigned char,short,unsigned short,int,unsigned int,long," \
          "unsigned long,long long,unsigned long long", ctype, ",")
}
/^#/ { next }
{ stability = $1 }
$2 == "layout" && ($3 == "struct" || $3 == "union") && $5 ~ /^size=/ {
    sub(/size=/, "", $5); sub(/align=/, "", $6)
    records[++n_records] = record($4, $3, "true", $5, $6, where("record", $3 " " $4), stamp($3, $4))
    next
}
$2 == "layout" && $4 ~ /^@/ && !($3 in untagged) &&
    names_type[$3] ~ /^(struct|union) \(anonymous\)$/ {
    untagged[$3] = 1; kind = names_type[$3]; sub(/ .*/, "", kind)
    records[++n_records] = record($3, kind, "false", t_size[$3], t_align[$3], where("typedef", $3),
                                  stamp("typedef", $3))
    next
}
$2 == "typedef" {
    size = "null"; align = "null"
    if ($4 ~ /^size=/) { size = $4; sub(/size=/, "", size); align = $5; sub(/align=/, "", align) }
    t_size[$3] = size; t_align[$3] = align
    typedefs[++n_typedefs] = "{\"name\": " q($3) field("type", qn(names_type[$3])) \
        field("size", size) \
        field("align", align) origin(where("typedef", $3), stamp("typedef", $3)) "}"
    next
}
$2 == "enumerator" {
    e = of_enum[$3]; e_stability[e] = stability
    sep = (e in enumerators) ? ", " : ""
    enumerators[e] = enumerators[e] sep "{\"name\": " q($3) field("value", value($5)) \
        field("since", stamp("enumerator", $3)) "}"
    next
}
$2 == "macro" && $4 == "=" && $5 ~ /^-?0x/ {
    constants[++n_constants] = "{\"name\": " q($3) field("value", value($5)) \
        field("type", q(ctype[probe["ctype_" $3]])) \
        origin(where("macro", $3), stamp("macro", $3)) "}"
    if ($3 == "__XEN_LATEST_INTERFACE_VERSION__") interface = value($5)
    if ($3 == "XEN_PUBLIC_XEN_RELEASE") {
        v = value($5); release = int(v / 65536) "." int(v / 256) % 256 "." v % 256
    }
    if ($3 in interface_of)
        unstable[interface_of[$3]] = $3 " " value($5) " " stamp("version", $3 " " $5)
    next
}
$2 == "macro" && $4 == "=" {
    text = $0; sub(/^[a-z]+ macro [^ ]* = /, "", text)
    strings[++n_strings] = "{\"name\": " q($3) field("value", q(text)) \
        origin(where("macro", $3), stamp("macro", $3)) "}"
    next
}
$2 == "macro" || $2 == "fmacro" {
    name = $3; params = "null"
    if ($2 == "fmacro") {
        params = name; sub(/.*\(/, "", params); sub(/\).*/, "", params); sub(/\(.*/, "", name)
    }
    macros[++n_macros] = "{\"name\": " q(name) field("parameters", params) \
        origin(where("macro", name), stamp("macro", name)) "}"
}
function section(name, items, n, last,   i) {
    print "\"" name "\": ["
    for (i = 1; i <= n; i++) print items[i] (i < n ? "," : "")
    print "]" (last ? "}" : ",")
}
END {
    print "{\"schema\": 1" field("xen_version", q(release)) field("interface_version", interface) \
        field("arch", q(arch)) ","
    printf "\"unstable_interfaces\": {"
    split("domctl sysctl vm_event", interfaces, " "); sep = ""
    for (k = 1; k <= 3; k++) if (interfaces[k] in unstable) {
        split(unstable[interfaces[k]], w, " ")
        printf "%s%s: {\"macro\": %s, \"value\": %s, \"since\": %s}", sep, q(interfaces[k]),
            q(w[1]), w[2], w[3]
        sep = ", "
    }
    print "},"
    section("records", records, n_records)
    section("typedefs", typedefs, n_typedefs)
    for (e = 1; e in e_tag; e++) if (e in enumerators) {
        since = e_tag[e] == "-" ? "null" : stamp("enum", e_tag[e]); stability = e_stability[e]
        enums[++n_enums] = "{\"name\": " qn(e_tag[e]) origin(qn(e_header[e]), since) \
            field("enumerators", "[" enumerators[e] "]") "}"
    }
    section("enums", enums, n_enums)
    section("constants", constants, n_constants)
    section("strings", strings, n_strings)
    section("macros", macros, n_macros, 1)
}' "$lock"
