"""Test set-up shared by every test: import the *staged* plugin (what QGIS loads).

``make test`` stages the plugin first; running pytest directly after a change needs
``make stage`` too. Nothing here imports QGIS, so ``tests/engine`` runs without it.
"""

import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# every property-based test: the same examples every run (derandomized, no example database),
# no deadline (a loaded CI machine), fixtures allowed; each test sets only its example count
settings.register_profile(
    "clearance",
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.load_profile("clearance")

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

_EXIT = pytest.StashKey[int]()  # pytest's exit status, kept for pytest_unconfigure


def pytest_sessionfinish(session, exitstatus):
    session.config.stash[_EXIT] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """End the process once pytest is done (summary written, QGIS exited by pytest-qgis),
    with pytest's exit status. The interpreter's own teardown after that, which destroys the
    remaining Python wrappers of QGIS and GDAL objects in no fixed order, crashed now and then
    (SIGSEGV after every test had passed: gdb shows the pytest-qgis canvas's refresh timer
    firing into a destroyed project), and would fail ``make test`` for nothing the tests check."""
    if _EXIT in config.stash:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(config.stash[_EXIT])
