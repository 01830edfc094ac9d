#!/bin/sh
# agrees.sh ARCH MANIFEST LOCK
#
# Proves the manifest of ARCH well formed and equal to the ABI lock: checks
# with jq that every entry has the fields doc/manifest.md promises, with their
# types, then writes each fact of the manifest back in the lock's own line
# format and compares that, line for line, with LOCK (minus the members of
# named records nested in others, which the manifest lists under their own
# record). Fails on a missing field, a wrong type, or any fact that is in
# one and not the other. Run by: make check-manifest.
set -eu
arch=$1
manifest=$2
lock=$3
if ! command -v jq > /dev/null 2>&1; then
    [ "${XEN_REQUIRE_ALL:-}" != 1 ] || { echo "manifest: no jq (XEN_REQUIRE_ALL=1)" >&2; exit 1; }
    echo "manifest: $arch: SKIP (jq not found)"
    exit 0
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/xen-manifest-agrees.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

# One jq run: each problem with the schema as a line "! NAME: FIELD ...", then
# the manifest in the lock's words. A value is written in hexadecimal as the
# lock does, with its width and signedness from its C type on ARCH.
jq -r --arg arch "$arch" '
def is_int: type == "number" and . == floor;
def is_value: is_int or (type == "string" and test("^-?[0-9]+$"));
def need(f; test):
    if (has(f) and (.[f] | test)) then empty
    else "! \(.name // "?"): \(f) missing or of the wrong type" end;
def text: type == "string";
def maybe_text: . == null or type == "string";
def where: need("header"; text), need("stability"; . == "stable" or . == "unstable"),
    need("since"; maybe_text);
def member: need("name"; maybe_text), need("offset_bits"; is_int), need("size_bits"; is_int),
    need("type"; text), need("bitfield"; type == "boolean"),
    (if .name != null then need("since"; maybe_text) else empty end),
    (.members // [] | .[] | member);
def schema:
    need("xen_version"; text), need("interface_version"; is_int), need("arch"; . == $arch),
    need("unstable_interfaces"; type == "object"),
    (.unstable_interfaces | to_entries[] | .value | need("macro"; text), need("value"; is_int),
        need("since"; maybe_text)),
    (.records[] | need("name"; text), need("kind"; . == "struct" or . == "union"),
        need("tagged"; type == "boolean"), need("size"; is_int), need("align"; is_int), where,
        need("members"; type == "array"), (.members[] | member)),
    (.typedefs[] | need("name"; text), need("type"; text), need("size"; . == null or is_int),
        need("align"; . == null or is_int), where),
    (.enums[] | need("name"; maybe_text), where, need("enumerators"; type == "array"),
        (.enumerators[] | need("name"; text), need("value"; is_value), need("since"; maybe_text))),
    (.constants[] | need("name"; text), need("value"; is_value), need("type"; text), where),
    (.strings[] | need("name"; text), need("value"; text), where),
    (.macros[] | need("name"; text), need("parameters"; . == null or is_int), where);
# Decimal digits, most significant first, to hexadecimal.
def hex:
    def divide:
        reduce .[] as $d ({q: [], r: 0};
                          (.r * 10 + $d) as $n | .q += [$n / 16 | floor] | .r = $n % 16);
    [divide | recurse(if (.q | any(. > 0)) then .q | divide else empty end) | .r] | reverse
    | map("0123456789abcdef"[.:. + 1]) | add;
def lockvalue: (if tostring | startswith("-") then "-" else "" end) + "0x"
    + (tostring | ltrimstr("-") | explode | map(. - 48) | hex);
def indent($depth; $element): " " * (if $element then 2 * $depth - 1 else 2 * $depth + 1 end);
def offset:
    if .bitfield then
        "\(.offset_bits / 8 | floor):\(.offset_bits % 8)-\(.offset_bits % 8 + .size_bits - 1)"
    else "\(.offset_bits / 8)" end;
def members($head; $depth; $element):
    .[] | ($head + "@" + offset + indent($depth; $element) + .type
           + (if .name then " " + .name else "" end)),
          (if (.type | test("\\(anonymous\\)\\[[0-9]+\\]$")) then
               "@\(offset) \(.name)[]: " as $at | .members // [] | members($head + $at; 1; true)
           else .members // [] | members($head; $depth + 1; $element) end);
def lock:
    (if $arch == "x86_32" or $arch == "arm32" then 32 else 64 end) as $long
    | (if $arch == "x86_64" or $arch == "x86_32" then "s" else "u" end) as $char
    | {"_Bool": "u8", "char": "\($char)8", "signed char": "s8", "unsigned char": "u8",
       "short": "s16", "unsigned short": "u16", "int": "s32", "unsigned int": "u32",
       "long": "s\($long)", "unsigned long": "u\($long)", "long long": "s64",
       "unsigned long long": "u64"} as $width
    | (.records[] | .stability as $s
        | (if .tagged then "\($s) layout \(.kind) \(.name) size=\(.size) align=\(.align)"
           else "\($s) typedef \(.name) size=\(.size) align=\(.align)" end),
          ((if .tagged then "\(.kind) \(.name) " else "\(.name) " end) as $rec
           | .members | members("\($s) layout \($rec)"; 1; false))),
      (.typedefs[] | select(.type | test("^(struct|union) \\(anonymous\\)$") | not)
        | if .size == null then "\(.stability) typedef \(.name) (no size)"
          else "\(.stability) typedef \(.name) size=\(.size) align=\(.align)" end),
      (.enums[] | .stability as $s | .enumerators[] | "\($s) enumerator \(.name) = \(.value)"),
      (.constants[] | "\(.stability) macro \(.name) = \(.value | lockvalue) (\($width[.type]))"),
      (.strings[] | "\(.stability) macro \(.name) = \(.value)"),
      (.macros[] | if .parameters == null
                   then "\(.stability) macro \(.name) (not an integer constant)"
                   else "\(.stability) fmacro \(.name)(\(.parameters))" end);
[schema] as $problems | if ($problems | length) > 0 then $problems[] else lock end
' "$manifest" > "$work/out"
if grep -q '^! ' "$work/out"; then
    echo "manifest: $manifest does not follow doc/manifest.md:" >&2
    sed -n 's/^! //p' "$work/out" | head -n 20 >&2
    exit 1
fi
LC_ALL=C sort "$work/out" > "$work/from-manifest"

# The lock without what lies below a member of named type (or of an array
# type): those members are their own record's.
sed -e '/^#/d' "$lock" | awk '
$2 != "layout" { print; next }
{
    at = index($0, " @"); if (!at) { print; next }
    rest = substr($0, at + 2); element = 0
    if (match(rest, /^[0-9]+ [A-Za-z_0-9]+\[\]: @/)) {
        rest = substr(rest, RLENGTH + 1); element = 1
    }
    off = rest; sub(/ .*/, "", off); body = substr(rest, length(off) + 1)
    spaces = body; sub(/[^ ].*/, "", spaces)
    depth = element ? (length(spaces) + 1) / 2 + 1 : (length(spaces) - 1) / 2
    if (!element) in_element = 0
    else if (!in_element) { open[1] = 1; in_element = 1 }
    if (depth > 1 && !open[depth - 1]) { open[depth] = 0; next }
    open[depth] = body ~ /\(anonymous\)( [A-Za-z_0-9]+)?$/
    print
}' | LC_ALL=C sort > "$work/from-lock"

if ! cmp -s "$work/from-lock" "$work/from-manifest"; then
    echo "manifest: $manifest and $lock disagree (< lock, > manifest):" >&2
    diff "$work/from-lock" "$work/from-manifest" | grep '^[<>]' | head -n 20 >&2
    exit 1
fi
echo "manifest: $arch: well formed, and its $(wc -l < "$work/from-lock") facts are the lock's"
