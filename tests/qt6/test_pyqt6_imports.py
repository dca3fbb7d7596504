"""Every plugin module imports with qgis.PyQt resolved to PyQt6, and names no Qt5-only Qt
attribute (tests/qt6/pyqt6_shim.py says what this covers and what it cannot)."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHIM = Path(__file__).with_name("pyqt6_shim.py")
# deliberate: QVariant.Type is read only where Qgis.versionInt() < 33800 (QGIS 3.22-3.36 on
# Qt5); on QGIS 4 that branch never runs (the import under the shim takes the QMetaType one)
ALLOWED = {"clearance_planner/qgis_io/fields.py:24 QVariant.Type (no such name in PyQt6)"}

# find_spec, not import: PyQt6 imported into this process would make matplotlib's Qt backend
# (the dock's charts) pick it instead of QGIS's PyQt5
if importlib.util.find_spec("PyQt6") is None:
    pytest.fail("PyQt6 is missing: it is in requirements-dev.txt (make venv)", pytrace=False)


def shim_report(build: Path) -> dict:
    done = subprocess.run(
        [sys.executable, str(SHIM), str(build)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def test_every_plugin_module_imports_with_pyqt6_and_names_no_qt5_only_attribute():
    report = shim_report(ROOT / "build")
    assert report["import_errors"] == {}
    assert set(report["unknown_names"]) == ALLOWED


def test_the_shim_catches_qt5_only_names(tmp_path):
    """A module with the Qt5 spellings qgis-pyqt5to6 rewrites: each is reported."""
    build = tmp_path / "build"
    shutil.copytree(ROOT / "build" / "clearance_planner", build / "clearance_planner")
    (build / "clearance_planner" / "qt5_probe.py").write_text(
        "from qgis.PyQt.QtCore import Qt, QVariant\n"
        "from qgis.PyQt.QtWidgets import QDialog, QSizePolicy\n"
        "ALIGN = Qt.AlignmentFlag.AlignRight\n"
        "def run(dialog):\n"
        "    dialog.exec_()\n"
        "    return Qt.AlignRight, QVariant.String, QSizePolicy.Expanding, QDialog.Accepted\n",
        encoding="utf-8",
    )
    (build / "clearance_planner" / "qt5_import.py").write_text(
        "from qgis.PyQt.QtWidgets import QAction\n", encoding="utf-8"
    )
    report = shim_report(build)
    assert list(report["import_errors"]) == ["clearance_planner.qt5_import"]
    assert "cannot import name 'QAction'" in report["import_errors"]["clearance_planner.qt5_import"]
    probe = sorted(n for n in report["unknown_names"] if "qt5_probe" in n)
    assert probe == [
        "clearance_planner/qt5_probe.py:5 .exec_ (gone in PyQt6)",
        "clearance_planner/qt5_probe.py:6 QDialog.Accepted (no such name in PyQt6)",
        "clearance_planner/qt5_probe.py:6 QSizePolicy.Expanding (no such name in PyQt6)",
        "clearance_planner/qt5_probe.py:6 QVariant.String (no such name in PyQt6)",
        "clearance_planner/qt5_probe.py:6 Qt.AlignRight (no such name in PyQt6)",
    ]
