#!/usr/bin/env bash
# ctest package.install: installs a built tree into a scratch root (DESTDIR, prefix /usr)
# and checks what a package would hold (docs/packaging.md): the file list, the desktop
# entry, the MIME type, the AppStream metainfo, the manual pages (every command of the
# CLI's help), the bash completion, and that the installed paneldesk-cli runs.
# With --deb, also packs that root with cpack -G DEB (the settings of packaging/CMakeLists.txt,
# Depends from dpkg-shlibdeps), lists it with dpkg-deb -c, unpacks it with dpkg -x into
# another scratch root and runs the paneldesk-cli found there (scripts/package.sh makes the
# real package from the build tree instead, stripped).
#   check-install.sh BUILD_DIR SCRATCH_ROOT [--deb]
set -euo pipefail
build=$1 root=$2 deb_stage=${3:-}
share=$root/usr/share
app_id=org.paneldesk.PanelDesk
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }

rm -rf "$root"
DESTDIR=$root cmake --install "$build" --prefix /usr >/dev/null
cli=$root/usr/bin/paneldesk-cli
gui=$root/usr/bin/paneldesk

# ---- the file list: everything expected is there, nothing else is
expected=(
  usr/bin/paneldesk usr/bin/paneldesk-cli
  "usr/share/applications/$app_id.desktop"
  "usr/share/metainfo/$app_id.metainfo.xml"
  usr/share/mime/packages/paneldesk.xml
  usr/share/icons/hicolor/scalable/apps/paneldesk.svg
  usr/share/man/man1/paneldesk.1.gz usr/share/man/man1/paneldesk-cli.1.gz
  usr/share/bash-completion/completions/paneldesk-cli
  usr/share/paneldesk/translations/paneldesk_ko.qm usr/share/paneldesk/translations/paneldesk_en.qm
  usr/share/doc/paneldesk/README.md
)
for size in 16 22 24 32 48 64 128 256; do
  expected+=("usr/share/icons/hicolor/${size}x${size}/apps/paneldesk.png")
done
for f in "${expected[@]}"; do [ -s "$root/$f" ] || fail "not installed: /$f"; done
while IFS= read -r f; do
  case $f in
    usr/bin/paneldesk|usr/bin/paneldesk-cli|usr/share/applications/*|usr/share/metainfo/*|\
    usr/share/mime/packages/*|usr/share/icons/hicolor/*/apps/paneldesk.*|usr/share/man/man1/*|\
    usr/share/bash-completion/completions/*|usr/share/paneldesk/translations/*.qm|\
    usr/share/doc/paneldesk/*.md) ;;
    *) fail "unexpected file installed: /$f" ;;
  esac
done < <(cd "$root" && find . -type f | sed 's|^\./||' | sort)
[ -x "$cli" ] && [ -x "$gui" ] || fail "the executables are not executable"
for size in 16 48 256; do   # a PNG's width and height are bytes 16-23 of its header
  png=$share/icons/hicolor/${size}x${size}/apps/paneldesk.png
  [ -s "$png" ] || continue
  dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
  [ "$dims" = "${size}x${size}" ] || fail "$png is $dims"
done
ok "file list ($(cd "$root" && find . -type f | wc -l) files)"

# ---- the desktop entry
desktop=$share/applications/$app_id.desktop
out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $out"
[ -z "$out" ] || fail "desktop-file-validate says: $out"
for line in "Exec=paneldesk %f" "MimeType=application/x-paneldesk;" "Icon=paneldesk" "Type=Application"; do
  grep -qxF "$line" "$desktop" || fail "desktop entry lacks '$line'"
done
grep -q '^Categories=.*Office;' "$desktop" || fail "desktop entry lacks the Office category"
grep -q '^Name\[ko\]=..' "$desktop" && grep -q '^Comment\[ko\]=..' "$desktop" ||
  fail "desktop entry lacks Name[ko] or Comment[ko]"
ok "desktop entry"

# ---- the MIME type: compiled into a scratch MIME database
mime=$(mktemp -d)
trap 'rm -rf "$mime"' EXIT
mkdir -p "$mime/packages"
cp "$share/mime/packages/paneldesk.xml" "$mime/packages/"
xmllint --noout "$mime/packages/paneldesk.xml" 2>/dev/null || true
update-mime-database "$mime" >/dev/null 2>&1 || fail "update-mime-database refused paneldesk.xml"
grep -q '^50:application/x-paneldesk:\*\.paneldesk$' "$mime/globs2" || fail "*.paneldesk glob missing: $(cat "$mime/globs2")"
grep -qx 'application/x-paneldesk application/vnd.sqlite3' "$mime/subclasses" ||
  fail "application/x-paneldesk is not a sub-class of application/vnd.sqlite3"
ok "MIME type"

# ---- the AppStream metainfo
metainfo=$share/metainfo/$app_id.metainfo.xml
out=$(appstreamcli validate --no-net "$metainfo" 2>&1) || fail "appstreamcli validate --no-net: $out"
# validate-tree also checks the metainfo against the installed desktop entry it launches
out=$(appstreamcli validate-tree --no-net "$root" 2>&1) || fail "appstreamcli validate-tree --no-net: $out"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" || fail "metainfo: launchable"
grep -q '<mediatype>application/x-paneldesk</mediatype>' "$metainfo" || fail "metainfo: mediatype"
[ "$(grep -c '<image>https://' "$metainfo")" -ge 1 ] || fail "metainfo: no screenshot"
ok "AppStream metainfo"

# ---- the manual pages: no warnings, and every command, subcommand and option of the help
mkdir -m 700 "$mime/runtime"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$mime/runtime
for page in paneldesk paneldesk-cli; do
  gz=$share/man/man1/$page.1.gz
  [ -s "$gz" ] || continue
  out=$(zcat "$gz" | groff -z -ww -man -k 2>&1) || fail "groff $page.1: $out"
  [ -z "$out" ] || fail "groff warns on $page.1: $out"
  out=$(MANWIDTH=80 man --warnings -l "$gz" 2>&1 >/dev/null) || fail "man -l $page.1: $out"
  [ -z "$out" ] || fail "man warns on $page.1: $out"
  MANWIDTH=80 man -l "$gz" 2>/dev/null >"$mime/$page.txt"
done
cli_page=$mime/paneldesk-cli.txt
help=$("$cli" --help)
commands=$(sed -n '/^Commands:$/,/^$/s/^  \([a-z][a-z0-9-]*\) .*/\1/p' <<<"$help")
[ "$(wc -l <<<"$commands")" -ge 20 ] || fail "paneldesk-cli --help lists only: $commands"
checked=0
while read -r c; do
  grep -qE "^       $c( |$)" "$cli_page" || fail "paneldesk-cli.1 lists no command $c"
  text=$("$cli" "$c" --help 2>/dev/null)
  sections=("$c")
  for s in $(sed -n '/^Subcommands:$/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p' <<<"$text"); do sections+=("$c $s"); done
  for section in "${sections[@]}"; do
    # the text of the page's section "cmd" or "cmd sub": up to the next section title
    body=$(awk -v t="   $section" '$0 == t {on = 1; next} on && /^   [a-z]/ {exit} on' "$cli_page")
    [ -n "$body" ] || { fail "paneldesk-cli.1 has no section '$section'"; continue; }
    # shellcheck disable=SC2086
    for o in $("$cli" $section --help 2>/dev/null | grep -oE '^  (-[a-zA-Z], )?--[a-z0-9-]+' | sed 's/.*--/--/'); do
      grep -qE "^       (-[a-zA-Z], )?$o( |$)" <<<"$body" || fail "paneldesk-cli.1: '$section' lacks $o"
      checked=$((checked + 1))
    done
  done
done <<<"$commands"
ok "paneldesk-cli.1: $(wc -l <<<"$commands") commands, $checked options"
for o in $("$gui" --help 2>/dev/null | grep -oE '^  (-[a-zA-Z], )?--[a-z-]+' | sed 's/.*--/--/'); do
  grep -qE "^       (-[a-zA-Z], )?$o( |$)" "$mime/paneldesk.txt" || fail "paneldesk.1 lacks $o"
done
grep -qE '^       PANEL' "$mime/paneldesk.txt" || fail "paneldesk.1 lacks the PANEL argument"
ok "paneldesk.1"

# ---- the bash completion: commands, subcommands, options and option values
completion=$share/bash-completion/completions/paneldesk-cli
complete_line() {   # the completions bash offers for a command line (the cursor at its end)
  bash --norc --noprofile -c '
    source /usr/share/bash-completion/bash_completion 2>/dev/null
    source "$1"
    COMP_LINE=$2; COMP_POINT=${#COMP_LINE}
    read -r -a COMP_WORDS <<<"$COMP_LINE"
    [[ $COMP_LINE == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    _paneldesk_cli paneldesk-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    printf "%s\n" "${COMPREPLY[@]}" | sort' _ "$completion" "$1"
}
[ -f /usr/share/bash-completion/bash_completion ] || fail "bash-completion is not installed"
got=$(complete_line "paneldesk-cli " | grep -v '^--')
[ "$got" = "$(sort <<<"$commands")" ] || fail "completing the command: got '$got'"
[ "$(complete_line "paneldesk-cli imp")" = "$(printf 'import-benchmarks\nimport-panel\nimport-ratings\nimport-sheets')" ] ||
  fail "completing 'imp': $(complete_line "paneldesk-cli imp")"
[ "$(complete_line "paneldesk-cli member " | tr '\n' ' ')" = "--help add list passphrase " ] ||
  fail "completing member's subcommands: $(complete_line "paneldesk-cli member ")"
[ "$(complete_line "paneldesk-cli export --fo")" = "--format" ] || fail "completing export --fo"
[ "$(complete_line "paneldesk-cli export --format " | tr '\n' ' ')" = "csv json xlsx " ] ||
  fail "completing --format's values"
complete_line "paneldesk-cli sheet set --" | grep -qx -- '--score' || fail "completing sheet set's options"
ok "bash completion"

# ---- the installed program runs
"$cli" --help | grep -q '^Commands:' || fail "installed paneldesk-cli --help"
"$cli" --version | grep -q '^paneldesk-cli [0-9]' || fail "installed paneldesk-cli --version"
db=$mime/demo.paneldesk
"$cli" demo --db "$db" >/dev/null || fail "installed paneldesk-cli demo"
"$cli" standings --db "$db" >/dev/null || fail "installed paneldesk-cli standings"
ok "installed paneldesk-cli demo and standings"

# ---- the .deb: cpack over the scratch root, dpkg-deb -c, dpkg -x, and its paneldesk-cli
if [ "$deb_stage" = --deb ]; then
  debdir=$root.deb
  rm -rf "$debdir"
  cpack -G DEB --config "$build/CPackConfig.cmake" -B "$debdir" -D CPACK_INSTALL_CMAKE_PROJECTS= \
    -D "CPACK_INSTALLED_DIRECTORIES=$root/usr;usr" >"$mime/cpack.log" 2>&1 ||
    fail "cpack -G DEB: $(cat "$mime/cpack.log")"
  deb=$(ls "$debdir"/paneldesk_*.deb 2>/dev/null | head -1)
  if [ -n "$deb" ]; then
    listed=$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./||' | grep -v '/$' | sort)
    installed=$(cd "$root" && find . -type f | sed 's|^\./||' | sort)
    [ "$listed" = "$installed" ] || fail "dpkg-deb -c differs from the install: $(diff <(echo "$listed") <(echo "$installed"))"
    depends=$(dpkg-deb -f "$deb" Depends)
    for lib in libqt6core6 libqt6widgets6 libsodium23 libsqlite3-0 libc6 libqt6sql6-sqlite qt6-qpa-plugins; do
      [[ $depends == *"$lib"* ]] || fail "Depends lacks $lib: $depends"
    done
    for field in Maintainer Section Description; do
      [ -n "$(dpkg-deb -f "$deb" "$field")" ] || fail "the package has no $field"
    done
    dpkg -x "$deb" "$debdir/root"
    "$debdir/root/usr/bin/paneldesk-cli" --help | grep -q '^Commands:' || fail "unpacked paneldesk-cli --help"
    "$debdir/root/usr/bin/paneldesk-cli" demo --db "$mime/deb-demo.paneldesk" >/dev/null ||
      fail "unpacked paneldesk-cli demo"
    rm -rf "$debdir"
    ok "cpack -G DEB, dpkg-deb -c ($(wc -l <<<"$listed") files), dpkg -x and its paneldesk-cli demo"
  else
    fail "cpack made no .deb"
  fi
fi

[ "$failures" -eq 0 ] || { echo "$failures check(s) failed" >&2; exit 1; }
rm -rf "$root"
echo "package.install: all checks passed"
