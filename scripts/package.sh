#!/usr/bin/env bash
# Builds the Debian package of PanelDesk (docs/packaging.md): installs what is missing,
# configures and builds in build-package/ (or $PANELDESK_PACKAGE_BUILD_DIR), checks the
# installed files with the validators (tests/package/check-install.sh: desktop-file-validate,
# appstreamcli validate --no-net, man, the MIME type, the completion), runs cpack -G DEB,
# lists the package, unpacks it into a scratch root with dpkg -x and runs its paneldesk-cli.
#   scripts/package.sh          then: sudo apt install ./build-package/paneldesk_*.deb
# Build type: $PANELDESK_PACKAGE_BUILD_TYPE, RelWithDebInfo by default (the compile flags of
# scripts/test.sh, warnings as errors, so ccache reuses its objects; cpack strips the debug
# information), or Release (warnings not as errors: GCC 12 at -O3 reports a false
# -Wnull-dereference inside std::vector::insert in models/provenance/GgufReader.cpp).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=deps.sh
source "$root/scripts/deps.sh"

case ${1:-} in -h|--help) sed -n '2,11p' "$0"; exit 0 ;; "") ;; *) echo "package.sh: no arguments (see --help)" >&2; exit 2 ;; esac

ensure_packages
build_dir=${PANELDESK_PACKAGE_BUILD_DIR:-$root/build-package}
build_type=${PANELDESK_PACKAGE_BUILD_TYPE:-RelWithDebInfo}
echo "== configure ($build_type) in $build_dir"
werror=OFF
[ "$build_type" = RelWithDebInfo ] && werror=ON
configure "$build_dir" -DCMAKE_BUILD_TYPE="$build_type" -DPANELDESK_WERROR=$werror \
  -DPANELDESK_BUILD_BENCH=OFF -DCMAKE_INSTALL_PREFIX=/usr \
  -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON >/dev/null
echo "== build"
build "$build_dir" paneldesk paneldesk-cli paneldesk_icons paneldesk_cli_docs >/dev/null

echo "== validators and the installed files"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
bash "$root/tests/package/check-install.sh" "$build_dir" "$scratch/install"

echo "== cpack -G DEB"
rm -f "$build_dir"/paneldesk_*.deb
(cd "$build_dir" && cpack -G DEB -B "$build_dir/_cpack" >/dev/null)
mv "$build_dir"/_cpack/paneldesk_*.deb "$build_dir"/
deb=$(ls "$build_dir"/paneldesk_*.deb)
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
echo "== dpkg-deb -c"
dpkg-deb -c "$deb" | awk '{print $1, $6}'
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6core6 libqt6widgets6 libsodium23 libsqlite3-0 libc6 libqt6sql6-sqlite; do
  [[ $depends == *"$lib"* ]] || { echo "package.sh: Depends lacks $lib: $depends" >&2; exit 1; }
done
for f in ./usr/bin/paneldesk ./usr/bin/paneldesk-cli ./usr/share/applications/org.paneldesk.PanelDesk.desktop \
         ./usr/share/man/man1/paneldesk-cli.1.gz ./usr/share/mime/packages/paneldesk.xml; do
  dpkg-deb -c "$deb" | awk '{print $6}' | grep -qx "$f" || { echo "package.sh: $f is not in the package" >&2; exit 1; }
done

echo "== dpkg -x into a scratch root, and its paneldesk-cli"
dpkg -x "$deb" "$scratch/root"
cli=$scratch/root/usr/bin/paneldesk-cli
"$cli" --help | head -3
"$cli" demo --db "$scratch/demo.paneldesk"
"$cli" standings --db "$scratch/demo.paneldesk" | head -5
echo
echo "Package: $deb ($(du -h "$deb" | cut -f1))"
echo "Install it with: sudo apt install $deb"
