#!/bin/sh
# assertions.sh ARCH MANIFEST [ROOT]
#
# Proves the manifest of ARCH right without the tools that wrote it: turns it
# with jq into C11 _Static_asserts (the size and alignment of every record
# and typedef, the offset and size of every member C can name, each
# enumerator's value, each integer constant's value and C type) and compiles
# them with clang for ARCH against every header under ROOT (default: include)
# that applies to ARCH. Bit-fields and unnamed members have no C name to
# assert on; agrees.sh holds them to the lock. A wrong fact in the manifest
# fails the compile, naming it. Run by: make check-manifest.
set -eu
arch=$1
manifest=$2
root=${3:-include}
here=$(cd "${0%/*}" && pwd)
if ! command -v jq > /dev/null 2>&1; then
    [ "${XEN_REQUIRE_ALL:-}" != 1 ] || { echo "manifest: no jq (XEN_REQUIRE_ALL=1)" >&2; exit 1; }
    echo "manifest: $arch: SKIP (jq not found)"
    exit 0
fi
target=$("$here/../../scripts/arch-target.sh" "$arch")
tu=$(mktemp "${TMPDIR:-/tmp}/xen-manifest-asserts.XXXXXX")
trap 'rm -f "$tu" "$tu.body"' EXIT INT TERM

jq -r '
# A value compared without C conversions: its sign first, then its magnitude.
def equals($c): (.value | tostring) as $v
    | if ($v | startswith("-"))
      then "(\($c)) < 0 && -(unsigned long long)(\($c)) == \($v | ltrimstr("-"))ULL"
      else "(\($c)) >= 0 && (unsigned long long)(\($c)) == \($v)ULL" end;
def check($what; $name): "_Static_assert(\($what), \"\($name)\");";
# The named members below a record: PATH is how C reaches them, BASE the
# offset their offset_bits count from (an array element starts again at 0).
def members($rec; $path; $base):
    .[] | if .name == null then (.members // [] | members($rec; $path; $base))
          elif .bitfield then empty
          else "\($path)\(.name)" as $p
               | "offsetof(\($rec), \($p)) * 8 - \($base) == \(.offset_bits)" as $at
               | (if (.type | endswith("[]")) then check($at; "\($rec) \($p)")
                  else check("\($at) && sizeof(((\($rec) *)0)->\($p)) * 8 == \(.size_bits)";
                             "\($rec) \($p)") end),
                 (if (.type | test("\\(anonymous\\)\\[[0-9]+\\]$")) then
                      .members // [] | members($rec; "\($p)[0]."; "offsetof(\($rec), \($p)) * 8")
                  else .members // [] | members($rec; "\($p)."; $base) end)
          end;
def layout($type): check("sizeof(\($type)) == \(.size) && _Alignof(\($type)) == \(.align)"; $type);
(.records[] | (if .tagged then "\(.kind) \(.name)" else .name end) as $rec
    | layout($rec), (.members | members($rec; ""; 0))),
(.typedefs[] | select(.size != null) | layout(.name)),
(.enums[].enumerators[] | check(equals(.name); .name)),
(.constants[] | check("_Generic((\(.name)), \(.type): 1, default: 0) && \(equals(.name))"; .name))
' "$manifest" > "$tu.body"
{
    printf '#include <stddef.h>\n#include <stdint.h>\n'
    "$here/../../scripts/headers-for-arch.sh" "$arch" "$root" | sed 's/.*/#include <&>/'
    cat "$tu.body"
} > "$tu"
"${CLANG:-clang}" --target="$target" -ffreestanding -std=gnu11 -w -ferror-limit=10 \
    -fno-color-diagnostics -D__XEN_INTERFACE_VERSION__=__XEN_LATEST_INTERFACE_VERSION__ \
    -I"$root" -x c -fsyntax-only "$tu" || {
    echo "manifest: $manifest: the assertions above do not hold against the headers of $root" >&2
    exit 1
}
echo "manifest: $arch: $(grep -c '^_Static_assert' "$tu.body") assertions from the manifest hold"
