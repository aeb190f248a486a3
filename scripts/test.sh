#!/usr/bin/env bash
# Installs what is missing, builds PanelDesk with warnings as errors and runs every test
# (all ctest labels, the heavy ones included). Build folder: $PANELDESK_BUILD_DIR or build/.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=deps.sh
source "$root/scripts/deps.sh"

ensure_packages
build_dir=${PANELDESK_BUILD_DIR:-$root/build}
configure "$build_dir" -DPANELDESK_WERROR=ON
build "$build_dir"
cd "$build_dir"
ctest --output-on-failure -j"${PANELDESK_JOBS:-2}" --timeout 900 "$@"
