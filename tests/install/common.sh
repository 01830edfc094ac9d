# common.sh: sourced by the scripts of tests/install, whose arguments are
# MAKE WORKDIR. Sets $make, $src (the checkout) and $work (WORKDIR, emptied,
# absolute). Keeps a user's earlier installs and settings out of the tests: drops the
# parent make's command-line variables and the install variables of the
# environment, and points pkg-config and CMake at nothing, so every search
# names a temporary tree. Defines:
#   fail MSG             print MSG, exit 1
#   need WAY TOOL...     return 1 after printing SKIP when a tool is missing
#                        (leaving $work/skipped, so the check reruns once it is
#                        there); under XEN_REQUIRE_ALL=1, fail instead
#   same_tree A B        fail unless trees A and B hold the same files, with
#                        the same contents and modes
#   bg NAME CMD...       run CMD in the background, output in $work/NAME.log
#   wait_bg              wait for every bg job; fail, showing its log, if one failed
make=$1
src=$(pwd)
rm -rf "$2"
mkdir -p "$2"
work=$(cd "$2" && pwd)

unset MAKEFLAGS MFLAGS DESTDIR PREFIX prefix includedir datarootdir pkgconfigdir cmakedir \
      PKG_CONFIG_PATH PKG_CONFIG_SYSROOT_DIR CMAKE_PREFIX_PATH CMAKE_INSTALL_PREFIX
PKG_CONFIG_LIBDIR=/nonexistent/xen-public-test
export PKG_CONFIG_LIBDIR

fail() {
    echo "install: $*" >&2
    exit 1
}

need() {
    need_way=$1
    shift
    for need_tool; do
        command -v "$need_tool" > /dev/null 2>&1 && continue
        [ "${XEN_REQUIRE_ALL:-}" != 1 ] || fail "$need_way: $need_tool not found (XEN_REQUIRE_ALL=1)"
        echo "install: $need_way: SKIP ($need_tool not found)"
        : > "$work/skipped"
        return 1
    done
}

same_tree() {
    diff -r "$1" "$2" > "$work/diff.log" 2>&1 || { cat "$work/diff.log" >&2; fail "$1 and $2 differ"; }
    (cd "$1" && find . -exec ls -ld {} + | awk '{ print $1, $NF }' | LC_ALL=C sort) > "$work/modes.1"
    (cd "$2" && find . -exec ls -ld {} + | awk '{ print $1, $NF }' | LC_ALL=C sort) > "$work/modes.2"
    cmp -s "$work/modes.1" "$work/modes.2" || { diff "$work/modes.1" "$work/modes.2" >&2; fail "$1 and $2 differ in modes"; }
}

bg_jobs=
bg() {
    bg_name=$1
    shift
    ( "$@" ) > "$work/$bg_name.log" 2>&1 &
    bg_jobs="$bg_jobs $bg_name:$!"
}

wait_bg() {
    bg_failed=
    for bg_job in $bg_jobs; do
        wait "${bg_job#*:}" && continue
        echo "install: ${bg_job%:*} failed:" >&2
        sed 's/^/    /' "$work/${bg_job%:*}.log" >&2
        bg_failed=1
    done
    bg_jobs=
    [ -z "$bg_failed" ] || exit 1
}
