#!/bin/sh
# dist.sh MAKE WORK
#
# Proves `make dist` (run in WORK, from the top of the tree):
# - two runs give the same bytes, tarball and .sha256, though the second has
#   another umask, time zone and git configuration (one that would change the
#   files' modes and line endings if make dist left them to it); the .sha256
#   checks;
# - the tarball holds exactly the files of the last commit under
#   xen-public-VERSION/, every entry owned by root and dated at the commit;
# - unpacked in an empty directory (inside a git repository of its own, as a
#   distribution's packaging may keep it), the tree says the same version,
#   refuses make dist with its message (it is no checkout of xen-public), and
#   its make install into a temporary prefix writes that version into both
#   .pc files and the CMake version file, and serves tests/install/consumer.c
#   through pkg-config.
# Outside a git checkout (a tree unpacked from a tarball) there is no commit
# to archive: it says SKIP and leaves WORK/skipped, so it runs again.
# Run by: make check-release (tests/check.mk), from the top of the tree.
set -eu
make=$1
rm -rf "$2" && mkdir -p "$2"
work=$(cd "$2" && pwd)
unset MAKEFLAGS MFLAGS DESTDIR PREFIX prefix includedir datarootdir pkgconfigdir cmakedir \
      PKG_CONFIG_PATH PKG_CONFIG_SYSROOT_DIR
fail() { echo "release: dist: $*" >&2; exit 1; }
# skip WHY: say SKIP, leave WORK/skipped (so the check runs again) and stop.
skip() {
    echo "release: dist: SKIP ($*)"
    : > "$work/skipped"
    exit 0
}
top=$(git rev-parse --show-prefix 2> /dev/null) && [ -z "$top" ] ||
    skip "not a git checkout: make dist archives the last commit"
if ! command -v pkg-config > /dev/null 2>&1; then
    [ "${XEN_REQUIRE_ALL:-}" != 1 ] || fail "pkg-config not found (XEN_REQUIRE_ALL=1)"
    skip "pkg-config not found"
fi

$make --no-print-directory -s dist XEN_BUILD="$work/one" > /dev/null
mkdir "$work/home"
printf '[tar]\n\tumask = 077\n[core]\n\tautocrlf = true\n' > "$work/home/.gitconfig"
(umask 077 && HOME=$work/home GIT_CONFIG_GLOBAL=$work/home/.gitconfig TZ=Pacific/Kiritimati \
    $make --no-print-directory -s dist XEN_BUILD="$work/two") > /dev/null
set -- "$work"/one/xen-public-*.tar.gz
[ $# -eq 1 ] && [ -f "$1" ] || fail "make dist wrote no single xen-public-*.tar.gz: $*"
tarball=${1##*/}
version=${tarball#xen-public-}
version=${version%.tar.gz}
for f in "$tarball" "$tarball.sha256"; do
    cmp -s "$work/one/$f" "$work/two/$f" || fail "two runs wrote different $f"
done
if command -v sha256sum > /dev/null; then
    sha_check="sha256sum -c"
else
    sha_check="shasum -a 256 -c"
fi
(cd "$work/one" && $sha_check "$tarball.sha256") > /dev/null ||
    fail "$tarball.sha256 does not check"

# The last commit's files, nothing else, owned by root and dated at the commit.
git ls-tree -r --name-only HEAD | sed "s|^|xen-public-$version/|" > "$work/committed"
tar -tzf "$work/one/$tarball" | grep -v '/$' > "$work/archived"
cmp -s "$work/committed" "$work/archived" ||
    { diff "$work/committed" "$work/archived" | head -n 5 >&2; fail "$tarball: not HEAD's files"; }
when=$(TZ=UTC0 git log -1 --format=%cd --date=format-local:'%Y-%m-%d %H:%M:%S')
odd=$(TZ=UTC0 tar --full-time -tvzf "$work/one/$tarball" |
    awk -v when="$when" '$2 != "root/root" || $4 " " $5 != when' | head -n 3)
[ -z "$odd" ] || fail "entries not owned by root/root or not dated $when: $odd"

# The unpacked release, inside another repository: the same version, no
# make dist, an install that serves a consumer.
mkdir "$work/unpacked"
git init -q "$work/unpacked"
(cd "$work/unpacked" && tar -xzf "$work/one/$tarball")
src=$work/unpacked/xen-public-$version
[ "$($make --no-print-directory -s -C "$src" version)" = "$version" ] ||
    fail "the unpacked tree's make version is not $version"
if $make --no-print-directory -s -C "$src" dist XEN_BUILD="$work/again" > "$work/again.log" 2>&1
then
    fail "make dist succeeded in the unpacked tree, which is no git checkout"
fi
grep -q 'not a git checkout' "$work/again.log" ||
    fail "make dist in the unpacked tree said: $(cat "$work/again.log")"
$make --no-print-directory -s -C "$src" install PREFIX="$work/prefix" > /dev/null
PKG_CONFIG_LIBDIR=$work/prefix/share/pkgconfig
export PKG_CONFIG_LIBDIR
for pc in xen-public xen-public-legacy; do
    [ "$(pkg-config --modversion $pc)" = "$version" ] || fail "the installed $pc.pc is not $version"
done
cmake_version=$work/prefix/share/cmake/xen-public/xen-public-config-version.cmake
grep -qx "set(PACKAGE_VERSION \"$version\")" "$cmake_version" ||
    fail "the installed CMake version file does not say $version"
# shellcheck disable=SC2046
${CC:-cc} -std=c99 -Wall -Wextra -Werror $(pkg-config --cflags xen-public) \
    -o "$work/consumer" tests/install/consumer.c || fail "the consumer does not build against it"
"$work/consumer" > /dev/null || fail "the consumer built against the install does not run"
echo "release: dist: $tarball the same from two runs" \
    "($(cut -d ' ' -f 1 "$work/one/$tarball.sha256")), HEAD's $(wc -l < "$work/committed") files;" \
    "unpacked, it installs $version and serves the consumer"
