#!/usr/bin/env bash
# Installs what is missing, builds PanelDesk and opens the demo panel (or --db PATH).
# The demo database lives in the user's data folder. Without a display, prints the
# standings in the terminal instead.
#   scripts/run.sh               open the demo panel
#   scripts/run.sh --db PATH     open a panel database
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=deps.sh
source "$root/scripts/deps.sh"

db=""
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db=${2:?--db needs a path}; shift 2 ;;
    --db=*) db=${1#--db=}; shift ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

ensure_packages
build_dir=${PANELDESK_BUILD_DIR:-$root/build}
echo "PanelDesk: building in $build_dir (the first time takes a few minutes)"
configure "$build_dir" >/dev/null
build "$build_dir" paneldesk paneldesk-cli >/dev/null

if [ -z "$db" ]; then
  data_dir=${XDG_DATA_HOME:-$HOME/.local/share}/PanelDesk/PanelDesk
  mkdir -p "$data_dir"
  db="$data_dir/demo.paneldesk"
  [ -f "$db" ] || "$build_dir/app/paneldesk-cli" demo --db "$db"
fi

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$build_dir/app/paneldesk" --db "$db"
fi
echo "No display found: printing the standings of $db instead of opening the window."
echo
exec "$build_dir/app/paneldesk-cli" standings --db "$db"
