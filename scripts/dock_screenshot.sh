#!/usr/bin/env bash
# The prioritisation dock in real QGIS under Xvfb, QGIS set to LANGUAGE (locale/userLocale):
#   scripts/dock_screenshot.sh az docs/dock_az.png      (make stage demo-data first)
set -euo pipefail
cd "$(dirname "$0")/.."
language=$1
shot=$(realpath -m "$2")
profiles=$(mktemp -d)
trap 'rm -rf "$profiles"' EXIT
mkdir -p "$profiles/profiles/default/QGIS"
printf '[PythonPlugins]\nclearance_planner=true\n\n[locale]\noverrideFlag=true\nuserLocale=%s\n' \
	"$language" >"$profiles/profiles/default/QGIS/QGIS3.ini"
rm -f "$shot" "$shot.json"
env -u QT_QPA_PLATFORM QGIS_PLUGINPATH="$PWD/build" CLEARANCE_SHOT="$shot" \
	timeout 240 xvfb-run -a -s "-screen 0 1400x1000x24" qgis --noversioncheck --nologo \
	--profiles-path "$profiles" --code scripts/dock_screenshot_code.py >/dev/null 2>&1 || true
cat "$shot.json"
echo
rm -f "$shot.json"
[ -s "$shot" ]
