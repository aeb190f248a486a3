#!/usr/bin/env bash
# Installs the Debian 12 packages PanelDesk needs, only those that are missing.
# Sourced by scripts/run.sh and scripts/test.sh; usage: ensure_packages [extra packages...]
set -euo pipefail

PANELDESK_PACKAGES=(
  build-essential cmake pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libqt6sql6-sqlite qt6-qpa-plugins libgl-dev
  qt6-translations-l10n
  sqlite3 libsqlite3-dev libsodium-dev libssl-dev fonts-noto-cjk libboost-dev libxlsxwriter-dev unzip fonts-dejavu-core
  clang libclang-rt-14-dev      # the libFuzzer harnesses of the importers (fuzz/, test T7)
  postgresql-15 postgresql-common libqt6sql6-psql libpq-dev   # the shared server (models/server/, tests/server/)
  libopenblas-dev               # the cosine matrices of weight provenance (models/provenance/CosineMatrix.cpp)
  librsvg2-bin desktop-file-utils appstream shared-mime-info bash-completion man-db groff-base dpkg-dev   # the package (packaging/, scripts/package.sh, tests/package/)
)

ensure_packages() {
  local wanted=("${PANELDESK_PACKAGES[@]}" "$@") missing=() p
  for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "PanelDesk: installing missing Debian packages: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "PanelDesk: please run as root or install: apt-get install ${missing[*]}" >&2
      return 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# configure BUILD_DIR [extra cmake args...]
configure() {
  local build_dir=$1; shift
  local root; root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  cmake -S "$root" -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
}

# build BUILD_DIR [targets...]   (all targets when none are named)
build() {
  local build_dir=$1; shift
  local targets=()
  [ $# -gt 0 ] && targets=(--target "$@")
  cmake --build "$build_dir" -j"${PANELDESK_JOBS:-2}" "${targets[@]}"
}
