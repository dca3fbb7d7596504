#!/usr/bin/env bash
# Qt6 readiness: QGIS's migration tool qgis-pyqt5to6 (PyPI) must leave the code unchanged.
# The tool needs Python >= 3.12 and PyQt6; it gets its own venv (build/pyqt5to6-venv), since the
# dev venv sits on Debian's Python. Without QGIS classes importable next to PyQt6 the tool does a
# "partial upgrade" (Qt names only); QGIS enums are covered by the scoped-enum rule and tests.
#   scripts/check_pyqt5to6.sh [DIR...]   (default: plugin scripts tests: all code that runs in QGIS)
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
VENV=${PYQT5TO6_VENV:-build/pyqt5to6-venv}
[ $# -gt 0 ] || set -- plugin scripts tests

find_python() {
	local c
	for c in python3.14 python3.13 python3.12 /usr/bin/python3 \
		"${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.1[2-9]*/bin/python3; do
		if "$c" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then
			echo "$c"
			return
		fi
	done
	echo "check_pyqt5to6: no Python >= 3.12 found (qgis-pyqt5to6 needs it)" >&2
	return 1
}

if [ ! -f "$VENV/.done" ]; then
	rm -rf "$VENV"
	"$(find_python)" -m venv "$VENV"
	"$VENV/bin/pip" install -q --disable-pip-version-check qgis-pyqt5to6==0.0.0.dev0 \
		PyQt6==6.11.0 PyQt6-QScintilla==2.14.1 2>"$VENV/pip.log" \
		|| { cat "$VENV/pip.log" >&2; exit 1; }
	touch "$VENV/.done"
fi

TOOL=$(cd "$VENV" && pwd)/bin/pyqt5to6
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for d in "$@"; do
	mkdir -p "$work/$(dirname "$d")"
	cp -r "$d" "$work/$d"
	find "$work/$d" -name '__pycache__' -prune -exec rm -rf {} +
	(cd "$work" && QT_QPA_PLATFORM=offscreen "$TOOL" "$d" >/dev/null 2>&1) || true
done
changed=0
for d in "$@"; do
	(cd "$work" && diff -ru "$REPO/$d" "$d") >>"$work.diff" || changed=1
done
if [ $changed = 1 ]; then
	cat "$work.diff"
	rm -f "$work.diff"
	echo "check_pyqt5to6: qgis-pyqt5to6 would rewrite the lines above (Qt5-only names)" >&2
	exit 1
fi
rm -f "$work.diff"
echo "check_pyqt5to6: qgis-pyqt5to6 leaves $* unchanged"
