#!/bin/sh
# run.sh ARCH MANIFEST WORKDIR [ROOT]
#
# Proves the stable headers usable from Rust as bindgen makes them: runs
# bindgen over every stable header of ARCH under ROOT (default: include) with
# no flag but the target (and -ffreestanding when ARCH is not this machine's,
# whose C library headers would not fit), adds the constants bindgen cannot
# evaluate from MANIFEST (abi/ARCH.json), then compiles the result with
# `rustc --test` and runs it: every layout test bindgen wrote, and a test that
# every stable constant of the manifest has its manifest value in Rust.
# The bindings are built and run on this machine: those of arm64 too, whose
# data model (LP64, natural alignment) x86_64 shares. Fails when bindgen
# cannot parse a header, the bindings do not compile, or a test fails. RUSTC
# names the compiler (default rustc).
#
# Known bindgen defects, worked around here and nowhere else:
# - A bit-field that shares its storage unit with an earlier ordinary member
#   gets a unit of its own, so struct buf_ioreq (hvm/ioreq.h) comes out 12
#   bytes instead of 8, and struct buffered_iopage, which holds an array of
#   them, too big as well: their two layout tests are skipped.
#   https://github.com/rust-lang/rust-bindgen/issues/1377
# - A macro whose value comes through a function-like macro (xen_mk_uint(),
#   xen_mk_ulong(), ...) yields no constant: DOMID_SELF, NR_EVENT_CHANNELS
#   and the others are taken from the manifest, as doc/manifest.md shows.
#   https://github.com/rust-lang/rust-bindgen/issues/753
# - A macro whose unsigned value is above i64's range (HYPERVISOR_VIRT_START
#   on x86_64, or ~0UL) comes out negative in a signed type: its value is
#   compared by its 64 bits.
#   https://github.com/rust-lang/rust-bindgen/issues/1875
# Run by: make check-bindgen (not part of make check: it takes tens of CPU
# seconds), which .ci/run runs after make check.
set -eu
arch=$1
manifest=$2
work=$3
root=${4:-include}
here=$(cd "${0%/*}" && pwd)
rustc=${RUSTC:-rustc}
for tool in bindgen "$rustc" jq; do
    command -v "$tool" > /dev/null 2>&1 && continue
    [ "${XEN_REQUIRE_ALL:-}" != 1 ] || { echo "bindgen: no $tool (XEN_REQUIRE_ALL=1)" >&2; exit 1; }
    echo "bindgen: $arch: SKIP ($tool not found)"
    mkdir -p "$work" && : > "$work/skipped"
    exit 0
done
target=$("$here/../../scripts/arch-target.sh" "$arch")
freestanding=
[ "${target%%-*}" = "$(uname -m)" ] || freestanding=-ffreestanding
rm -rf "$work"
mkdir -p "$work"

# The wrapper asks for the interface version the manifest describes, as a
# Rust crate's wrapper header would ask for the one it targets.
{
    echo '#define __XEN_INTERFACE_VERSION__ __XEN_LATEST_INTERFACE_VERSION__'
    "$here/../../scripts/headers-for-arch.sh" --stable "$arch" "$root" | sed 's/.*/#include <&>/'
} > "$work/stable.h"
# shellcheck disable=SC2086
bindgen "$work/stable.h" -o "$work/bindings.rs" -- --target="$target" $freestanding -I"$root" \
    2> "$work/bindgen.log" ||
    { cat "$work/bindgen.log" >&2; echo "bindgen: $arch: bindgen failed" >&2; exit 1; }

# The constants bindgen wrote, then from the manifest the stable ones it did
# not, and one test of every stable constant's value.
sed -n "s/^pub const \([A-Za-z_0-9]*\): .*/\1/p" "$work/bindings.rs" | LC_ALL=C sort -u \
    > "$work/have"
jq -r --rawfile have "$work/have" '
{"_Bool": "bool", "char": "c_char", "signed char": "c_schar", "unsigned char": "c_uchar",
 "short": "c_short", "unsigned short": "c_ushort", "int": "c_int", "unsigned int": "c_uint",
 "long": "c_long", "unsigned long": "c_ulong", "long long": "c_longlong",
 "unsigned long long": "c_ulonglong"} as $rust
| ($have | split("\n") | map({key: ., value: true}) | from_entries) as $bindgen
| [.constants[] | select(.stability == "stable")] as $stable
| ($stable[] | select($bindgen[.name] | not)
   | "pub const \(.name): std::os::raw::\($rust[.type]) = \(.value);"),
  "// Equal, or one of bindgen issue 1875: an unsigned value above i64::MAX as a negative.",
  "fn same(rust: i128, c: i128) -> bool {",
  "    rust == c || (rust < 0 && c > 0 && rust as u64 == c as u64)",
  "}",
  "#[test]", "fn manifest_constants() {", "    let mut wrong: Vec<&str> = Vec::new();",
  ($stable[] | "    if !same(\(.name) as i128, \(.value)) { wrong.push(\"\(.name)\"); }"),
  "    assert!(wrong.is_empty(), \"not the manifest value: {:?}\", wrong);", "}"
' "$manifest" > "$work/constants.rs"
printf 'include!("bindings.rs");\ninclude!("constants.rs");\n' > "$work/all.rs"

"$rustc" --test --edition 2018 -A warnings -o "$work/tests" "$work/all.rs" 2> "$work/rustc.log" ||
    { head -n 40 "$work/rustc.log" >&2; echo "bindgen: $arch: the bindings do not compile" >&2
      exit 1; }
"$work/tests" --exact \
    --skip bindgen_test_layout_buf_ioreq --skip bindgen_test_layout_buffered_iopage \
    > "$work/tests.log" 2>&1 ||
    { grep -v "^test .* ok$" "$work/tests.log" | head -n 40 >&2; exit 1; }
passed=$(sed -n 's/^test result: ok\. \([0-9]*\) passed.*/\1/p' "$work/tests.log")
echo "bindgen: $arch: $(grep -c include "$work/stable.h") stable headers parsed;" \
    "$((passed - 1)) layout tests passed (2 skipped: bindgen issue 1377);" \
    "$(grep -c "^pub const" "$work/constants.rs") constants from the manifest (issue 753)," \
    "$(grep -c "if !same" "$work/constants.rs") constant values checked"
