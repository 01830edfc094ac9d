#!/bin/sh
# meson.sh MAKE WORKDIR
#
# Proves the Meson side. `meson install` puts in place exactly what `make
# install` does (the same files, contents and modes); dependency('xen-public')
# finds that tree through its xen-public.pc (meson-installed/); a project with
# this checkout as subprojects/xen-public gets it from the subproject
# (meson-subproject/). Each consumer builds consumer.c with the expected
# include directory and runs it. SKIP without meson, ninja or pkg-config,
# FAIL then under XEN_REQUIRE_ALL=1. Run by: make check-install.
set -eu
here=$(cd "${0%/*}" && pwd)
. "$here/common.sh"
need meson meson ninja pkg-config || exit 0

# consumer NAME DIR INCLUDE [MESON-ARG...]: sets DIR's project (with
# consumer.c) up in $work/NAME, builds and runs it; INCLUDE must be on its
# compile line.
consumer() {
    c_name=$1 c_dir=$2 c_inc=$3
    shift 3
    mkdir -p "$work/$c_name"
    cp "$here/consumer.c" "$here/../legacy/upstream-layout.c" "$here/$c_dir/meson.build" "$work/$c_name/"
    meson setup "$work/$c_name/build" "$work/$c_name" "$@"
    ninja -C "$work/$c_name/build"
    grep -F -q -e "-I$c_inc " "$work/$c_name/build/compile_commands.json" \
        || fail "$c_name: $c_inc is not on the compile line"
    "$work/$c_name/build/consumer"
}

# Meson's install and make's, both with prefix /usr, must be the same trees.
self() {
    meson setup "$work/self" "$src" --prefix=/usr
    meson install -C "$work/self" --destdir "$work/meson-root"
    $make --no-print-directory install DESTDIR="$work/make-root" PREFIX=/usr
    same_tree "$work/make-root" "$work/meson-root"
}

installed() {
    $make --no-print-directory install PREFIX="$work/prefix"
    PKG_CONFIG_LIBDIR="$work/prefix/share/pkgconfig" consumer installed meson-installed "$work/prefix/include"
}

subproject() {
    mkdir -p "$work/subproject/subprojects"
    ln -s "$src" "$work/subproject/subprojects/xen-public"
    consumer subproject meson-subproject ../subprojects/xen-public/include --force-fallback-for=xen-public
}

bg meson-self self
bg meson-installed installed
bg meson-subproject subproject
wait_bg
echo "install: meson $(meson --version): its install equals make install's;" \
     "dependency('xen-public') found the installed tree through xen-public.pc, and the subproject"
