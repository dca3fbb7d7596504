"""Test set-up shared by every test: import the *staged* plugin (what QGIS loads).

``make test`` stages the plugin first; running pytest directly after a change needs
``make stage`` too. Nothing here imports QGIS, so ``tests/engine`` runs without it.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"
if not (BUILD / "clearance_planner" / "__init__.py").exists():
    raise RuntimeError("build/clearance_planner is missing: run `make stage` first")
sys.path.insert(0, str(BUILD))

try:  # QGIS fixtures for tests/algorithms and tests/gui; tests/engine needs none of them
    import qgis.core  # noqa: F401

    pytest_plugins = ["tests.qgis_support", "tests.postgis_support"]
except ImportError:  # pragma: no cover - engine tests on a machine without QGIS
    pytest_plugins = []
