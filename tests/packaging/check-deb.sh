#!/usr/bin/env bash
# Builds the DEB with CPack and checks what it holds.
#   check-deb.sh <build dir> <output dir> <version>
set -euo pipefail

build="$1" out="$2" version="$3"
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

rm -rf "$out"
mkdir -p "$out"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" >"$out/cpack.log" 2>&1 \
    || { cat "$out/cpack.log" >&2; fail "cpack -G DEB failed"; }

shopt -s nullglob
debs=("$out"/retort_"$version"_*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one retort_${version}_<arch>.deb in $out, found: $(ls "$out")"
deb="${debs[0]}"
echo "built $(basename "$deb")"

dpkg-deb -c "$deb" | awk '{ print $NF }' >"$out/contents.txt"
expected=(
    ./usr/bin/retort
    ./usr/bin/retort-gui
    ./usr/share/applications/io.github.retort.Retort.desktop
    ./usr/share/metainfo/io.github.retort.Retort.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/io.github.retort.Retort.svg
)
for path in "${expected[@]}"; do
    grep -qxF "$path" "$out/contents.txt" || { cat "$out/contents.txt" >&2; fail "$path is not in the package"; }
    echo "contains $path"
done

[ "$(dpkg-deb -f "$deb" Package)" = retort ] || fail "package name is not 'retort'"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version is not $version"
depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
# (Ubuntu 24.04 names the libraries with a t64 suffix: libqt6core6t64.)
for lib in libqt6core6 libqt6widgets6 libqt6sql6-sqlite; do
    re=", ${lib}(t64)?[ ,(]"
    [[ ", $depends," =~ $re ]] || fail "Depends lacks $lib"
done

# The packaged binaries are real executables and the installed desktop file is still valid.
dpkg-deb -x "$deb" "$out/root"
for bin in retort retort-gui; do
    file -b "$out/root/usr/bin/$bin" | grep -q ELF || fail "/usr/bin/$bin is not an ELF executable"
done
desktop-file-validate "$out/root/usr/share/applications/io.github.retort.Retort.desktop" \
    || fail "the packaged desktop file does not validate"
echo "OK"
