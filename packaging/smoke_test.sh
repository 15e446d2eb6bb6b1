#!/usr/bin/env bash
# Smoke test of a frozen quizapp: packaging/smoke_test.sh DIST_BINARY [PACKAGE.deb]
#   DIST_BINARY  the console program of a built app: dist/quizapp/quizapp, dist/quizapp/quizapp.exe (run this
#                script in Git Bash on Windows), dist/quizapp.app/Contents/MacOS/quizapp
#   PACKAGE.deb  optional: unpack it into a scratch root (dpkg -x) and run its /usr/bin/quizapp launcher
# Runs offscreen with a fresh HOME / XDG folders and database in a temp folder; each step must exit 0 and print
# what it should. Every command is bounded by a timeout (SMOKE_TIMEOUT seconds, default 120).
set -euo pipefail
binary=${1:?usage: smoke_test.sh DIST_BINARY [PACKAGE.deb]}
deb=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
binary=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")
limit=${SMOKE_TIMEOUT:-120}
started=$(date +%s)

work=$(mktemp -d "${TMPDIR:-/tmp}/quizapp-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
windows=false
if command -v cygpath >/dev/null; then  # Git Bash: hand the Windows programs C:/... paths
  windows=true
  work=$(cygpath -m "$work")
fi
export QT_QPA_PLATFORM=offscreen HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" \
  XDG_CACHE_HOME="$work/cache" XDG_STATE_HOME="$work/state" TMPDIR="$work/tmp" LANG=C.UTF-8 LC_ALL=C.UTF-8
unset QUIZAPP_DB DISPLAY WAYLAND_DISPLAY
mkdir -p "$HOME" "$TMPDIR"
db="sqlite:///$work/db/smoke.sqlite3"

step=0
fail() { echo "smoke FAILED at step $step: $*" >&2; exit 1; }
# GNU timeout where there is one (not Windows' own timeout.exe, which only waits; macOS has none by default)
if timeout --version >/dev/null 2>&1; then has_timeout=true; else has_timeout=false; fi
bounded() { if $has_timeout; then timeout "$limit" "$@"; else "$@"; fi; }
# run NAME EXPECTED-REGEX COMMAND...: the command must exit 0 and its output must match the regex
run() {
  local name=$1 expect=$2; shift 2
  step=$((step + 1))
  local out="$work/out.$step" status=0
  bounded "$@" >"$out" 2>&1 || status=$?
  if [ "$status" != 0 ]; then sed 's/^/    /' "$out" >&2; fail "$name: exit $status"; fi
  if [ -z "$expect" ]; then echo "ok $step $name"; return; fi
  grep -Eq -- "$expect" "$out" || { sed 's/^/    /' "$out" >&2; fail "$name: output lacks /$expect/"; }
  echo "ok $step $name: $(grep -Em1 -- "$expect" "$out" | cut -c1-100)"
}
png_ok() {  # FILE: a real PNG of some size
  [ -s "$1" ] && [ "$(head -c 8 "$1" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] \
    && [ "$(wc -c <"$1")" -gt 10000 ] || fail "screenshot $1 is missing or not a PNG"
}

# version from the checkout (the smoke test ships with it), else only its shape
version=$(sed -n 's/^version *= *"\([^"]*\)".*/\1/p' "$here/../pyproject.toml" 2>/dev/null | head -1)
version_re="^quizapp ${version:-[0-9][^ ]*}\$"

# the bundled data folder: _internal/ next to the program, or the .app's Resources/Frameworks
app_dir=$(dirname "$binary")
for candidate in "$app_dir/_internal" "$app_dir/../Resources" "$app_dir/../Frameworks"; do
  if compgen -G "$candidate/questions/*.json" >/dev/null; then data_dir=$(cd "$candidate" && pwd); break; fi
done
[ -n "${data_dir:-}" ] || fail "no questions/*.json in the bundle next to $binary"
bank_file="$data_dir/questions/外蒙古独立.json"  # the main article's bank, else whichever is bundled
[ -f "$bank_file" ] || bank_file=$(ls "$data_dir"/questions/*.json | head -1)
install_listing() { find "$app_dir" "$data_dir" -newer "$work/.start" -print 2>/dev/null | head -5; }
touch "$work/.start"

run "version" "$version_re" "$binary" --version
run "help lists the commands" "import" "$binary" --help
run "check the bundled bank" ": ok$" "$binary" check "$bank_file"
run "import the bundled bank" "^imported [0-9]+ questions into bank" "$binary" import "$bank_file" --db "$db" --bank smoke
run "screenshot (home)" "" "$binary" gui --db "$db" --screenshot "$work/home.png"
png_ok "$work/home.png"
run "screenshot (reader, Traditional)" "" "$binary" gui --db "$db" --script tw --show reader --screenshot "$work/reader.png"
png_ok "$work/reader.png"
# GIFT round trip. Until the GIFT exporter is registered (quizapp/commands/export.py), the app answers
# "not available in this build yet": then the round trip runs on JSON and says so (SMOKE_REQUIRE_GIFT=1: fail).
fmt=gift
if ! bounded "$binary" export smoke --format gift --out "$work/probe.gift" --db "$db" >"$work/probe" 2>&1 \
    && grep -q "not available in this build yet" "$work/probe"; then
  [ "${SMOKE_REQUIRE_GIFT:-0}" = 1 ] && fail "GIFT export is not registered: $(cat "$work/probe")"
  echo "NOTE: GIFT is not registered in this build yet; round trip with json instead"
  fmt=json
fi
run "export $fmt" "^exported [0-9]+ questions" "$binary" export smoke --format "$fmt" --out "$work/smoke.$fmt" --db "$db"
run "import $fmt" "^imported [0-9]+ questions into bank" "$binary" import "$work/smoke.$fmt" --bank "smoke-$fmt" --db "$db"
run "export after the round trip" "^exported [0-9]+ questions" "$binary" export "smoke-$fmt" --format json --out "$work/rt.json" --db "$db"

# default database: created in the user-data folder on first use, reused by the next launch. Linux and macOS
# find it under the temporary HOME/XDG folders; Windows asks the shell for %LOCALAPPDATA%, so there the step
# touches the real user's folder and runs only on CI (a throw-away runner).
if ! $windows || [ "${CI:-}" = true ]; then
  run "first launch, default database" "^imported [0-9]+ questions" "$binary" import "$bank_file" --bank first-launch
  if $windows; then
    found="$(cygpath -m "$LOCALAPPDATA")/quizapp/quizapp.sqlite3"
    [ -f "$found" ] || fail "the default database is not in %LOCALAPPDATA%\\quizapp"
  else
    found=$(find "$work" -name quizapp.sqlite3 -not -path "$work/db/*" | head -1)
    [ -n "$found" ] || fail "the default database was not created in the user-data folder under $work"
    case "$found" in "$work/data/quizapp/"* | "$work/home/"*) ;; *) fail "default database in an odd place: $found" ;; esac
  fi
  run "second launch reuses the data" "^exported [0-9]+ questions" "$binary" export first-launch --format json --out "$work/again.json"
  echo "ok default database: $found"
fi

# the windowed program (Windows, macOS): no console, its messages go to the user's log folder
for gui in "$app_dir/quizapp-gui.exe" "$app_dir/quizapp-gui"; do
  if [ -x "$gui" ]; then
    run "windowed program screenshot" "" "$gui" --db "$db" --screenshot "$work/windowed.png"
    png_ok "$work/windowed.png"
  fi
done

# nothing may be written into the install folder (a Program Files or /opt install is read-only for users)
written=$(install_listing)
[ -z "$written" ] || fail "the app wrote into its install folder: $written"

if [ -n "$deb" ]; then
  command -v dpkg-deb >/dev/null || fail "dpkg-deb is needed to test $deb"
  root="$work/root"
  dpkg-deb -x "$deb" "$root"
  fields=$(dpkg-deb -f "$deb" Package Version Depends)
  grep -q "^Version: ${version:-.}" <<<"$fields" || fail "deb version: $fields"
  for dep in libxcb-cursor0 libxkbcommon-x11-0 libegl1 fonts-noto-cjk; do
    grep -q "$dep" <<<"$fields" || fail "deb does not depend on $dep"
  done
  for file in usr/share/applications/quizapp.desktop usr/share/icons/hicolor/256x256/apps/quizapp.png \
      opt/quizapp/quizapp; do
    [ -e "$root/$file" ] || fail "deb lacks /$file"
  done
  exec_line=$(sed -n 's/^Exec=//p' "$root/usr/share/applications/quizapp.desktop")
  [ "$exec_line" = "/opt/quizapp/quizapp gui" ] || fail "desktop entry runs '$exec_line'"
  if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/quizapp.desktop" || fail "desktop file invalid"
  fi
  run "deb launcher --version" "$version_re" "$root/usr/bin/quizapp" --version
  run "deb launcher screenshot" "" "$root/usr/bin/quizapp" gui --db "$db" --screenshot "$work/deb.png"
  png_ok "$work/deb.png"
  run "deb menu entry's command, screenshot" "" "$root/opt/quizapp/quizapp" gui --db "$db" --screenshot "$work/deb-gui.png"
  png_ok "$work/deb-gui.png"
fi

echo "smoke test passed: $step steps in $(($(date +%s) - started)) s"
