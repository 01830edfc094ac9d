#!/bin/sh
# cmake.sh MAKE WORKDIR
#
# Proves the CMake side. CMakeLists.txt's install (`cmake --install --prefix`,
# which overrides the configured prefix) puts in place exactly what `make
# install` does (the same files, contents and modes); that tree, moved
# elsewhere, is found by find_package(xen-public 4.22 CONFIG REQUIRED) through
# CMAKE_PREFIX_PATH alone, whose version file accepts only 4.22 requests
# (cmake-find/); add_subdirectory and FetchContent of this checkout give
# xen-public::headers without installing anything (cmake-subdir/). Each
# consumer builds consumer.c with the expected include directory and runs it.
# SKIP without cmake, FAIL then under XEN_REQUIRE_ALL=1. Run by: make check-install.
set -eu
here=$(cd "${0%/*}" && pwd)
. "$here/common.sh"
need cmake cmake || exit 0
gen=
if command -v ninja > /dev/null 2>&1; then gen=Ninja; else gen="Unix Makefiles"; fi

# consumer NAME DIR INCLUDE [CMAKE-ARG...]: configures DIR's project (with
# consumer.c) in $work/NAME, builds and runs it; INCLUDE must be on its
# compile line.
consumer() {
    c_name=$1 c_dir=$2 c_inc=$3
    shift 3
    mkdir -p "$work/$c_name"
    cp "$here/consumer.c" "$here/../legacy/upstream-layout.c" "$here/$c_dir/CMakeLists.txt" "$work/$c_name/"
    cmake -G "$gen" -S "$work/$c_name" -B "$work/$c_name/build" -DCMAKE_EXPORT_COMPILE_COMMANDS=ON \
        -DCMAKE_C_FLAGS="-std=c99 -Wall -Wextra -Werror -pedantic" "$@"
    cmake --build "$work/$c_name/build"
    grep -F -q -e "-I$c_inc " -e "-isystem $c_inc " "$work/$c_name/build/compile_commands.json" \
        || fail "$c_name: $c_inc is not on the compile line"
    "$work/$c_name/build/consumer"
}

installed() {
    # The prefix given to --install wins over the one configured.
    cmake -S "$src" -B "$work/self" -DCMAKE_INSTALL_PREFIX=/nonexistent/configured
    cmake --install "$work/self" --prefix "$work/prefix"
    $make --no-print-directory install DESTDIR="$work/make" PREFIX="$work/prefix"
    same_tree "$work/make$work/prefix" "$work/prefix"
    mv "$work/prefix" "$work/moved"
    consumer find cmake-find "$work/moved/include" -DCMAKE_PREFIX_PATH="$work/moved" \
        -DCMAKE_PROJECT_INCLUDE="$here/isolate.cmake" \
        -DXEN_PUBLIC_EXPECT_DIR="$work/moved/share/cmake/xen-public"
}

subdir() {
    s_name=$1 s_dir=$2
    shift 2
    consumer "$s_name" "$s_dir" "$src/include" "$@"
    DESTDIR="$work/$s_name/dest" cmake --install "$work/$s_name/build"
    left=$(find "$work/$s_name/dest" ! -type d 2> /dev/null | head -n 3)
    [ -z "$left" ] || fail "$s_name: installing the consumer installed $left"
}

bg cmake-installed installed
bg cmake-subdir subdir subdir cmake-subdir -DXEN_PUBLIC_SOURCE_DIR="$src"
bg cmake-fetchcontent subdir fetchcontent cmake-subdir -DCONSUMER_FETCHCONTENT=ON \
    -DFETCHCONTENT_SOURCE_DIR_XEN-PUBLIC="$src" -DFETCHCONTENT_FULLY_DISCONNECTED=ON
wait_bg
echo "install: cmake $(cmake --version | awk '{ print $3; exit }'): its install equals make install's;" \
     "find_package(xen-public 4.22) found the moved tree (4.21, 4.23, 4.22.1, 5.0 refused);" \
     "add_subdirectory and FetchContent built the consumer and installed nothing"
