#!/usr/bin/env bash
# Smoke test of a built DebtDesk: the bundle's own program, run as a user would, in a home
# folder of its own.   packaging/smoke.sh [dist/debtdesk/debtdesk | /usr/bin/debtdesk]
# Checks --version, demo, a Chinese letter with the budget chart as PDF (fonts embedded,
# matplotlib's cache kept in ~/.cache/DebtDesk), and the window painting offscreen for a
# few seconds, opened the way the desktop entry opens a file (`debtdesk FILE`).
set -euo pipefail
EXE=${1:-dist/debtdesk/debtdesk}
[ -x "$EXE" ] || { echo "smoke.sh: $EXE is not a program" >&2; exit 1; }
EXE=$(cd "$(dirname "$EXE")" && pwd)/$(basename "$EXE")
WORK=$(mktemp -d) && trap 'rm -rf "$WORK"' EXIT
export HOME=$WORK/home LANG=C.UTF-8
unset XDG_CACHE_HOME XDG_DATA_HOME XDG_CONFIG_HOME MPLCONFIGDIR PYTHONPATH PYTHONHOME
mkdir -p "$HOME" && cd "$WORK"
fail() { echo "smoke.sh: $*" >&2; exit 1; }
ok() { printf 'smoke: ok  %s\n' "$*"; }

out=$("$EXE" --version) && [[ $out == "DebtDesk "* ]] || fail "--version said: $out"
ok "$out"

"$EXE" demo --db "$WORK/家里 的.debtdesk" --as-of 2026-11-23 >/dev/null
ok "demo file written"

"$EXE" letter --db "$WORK/家里 的.debtdesk" --debt 1 --lang zh-Hans --appendix --out "$WORK/letter.pdf" \
  --as-of 2026-11-23 >/dev/null
[ "$(head -c 5 "$WORK/letter.pdf")" = "%PDF-" ] || fail "the letter is not a PDF"
if command -v pdffonts >/dev/null; then
  pdffonts "$WORK/letter.pdf" | grep -q "WenQuanYi.* yes yes" || fail "the bundled font is not embedded"
fi
ls "$HOME"/.cache/DebtDesk/DebtDesk/matplotlib/fontlist-*.json >/dev/null 2>&1 \
  || fail "matplotlib's font cache is not in ~/.cache/DebtDesk/DebtDesk/matplotlib"
ok "letter with chart as PDF ($(stat -c %s "$WORK/letter.pdf") bytes), matplotlib cache kept"

set +e
QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="qt.widgets.painting.debug=true" \
  timeout 6 "$EXE" "$WORK/家里 的.debtdesk" 2>"$WORK/window.log"
status=$?
set -e
[ $status = 124 ] || { cat "$WORK/window.log" >&2; fail "the window exited with status $status before 6 s"; }
grep -q "Flushing .* of MainWindow" "$WORK/window.log" || fail "the main window never painted"
! grep -q -E "Traceback|Error|Could not" "$WORK/window.log" || { grep -E "Traceback|Error|Could not" "$WORK/window.log" >&2; fail "errors while the window was open"; }
ok "window painted and stayed open 6 s (offscreen), file given as a bare path"
echo "smoke: all passed ($EXE)"
