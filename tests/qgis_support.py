"""QGIS fixtures and helpers for tests/algorithms and tests/gui (pytest-qgis 2.1.0 or 5.x)."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingFeedback,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant

ROOT = Path(__file__).resolve().parents[1]
DEMO_GPKG = ROOT / "resources" / "demo" / "clearance_demo.gpkg"


@pytest.fixture(autouse=True)
def nothing_left_running(qgis_canvas):
    """pytest-qgis's canvas never draws (it follows the project's layers, and no test looks
    at it: maps are rendered with QgsMapRendererParallelJob or in a real QGIS desktop), and
    after every test no background task runs. A canvas drawing while a Processing task runs
    rebuilds the project's expression scope, which crashes QGIS now and then whatever the
    algorithm (``scripts/stress_project_scope.py`` crashes QGIS 3.22 with native:centroids);
    and the next test's ``qgis_new_project`` removes every layer at once, which QGIS itself
    does only after cancelling the canvas's jobs."""
    qgis_canvas.freeze(True)
    yield
    manager, deadline = QgsApplication.taskManager(), time.monotonic() + 30
    while manager.countActiveTasks() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    qgis_canvas.stopRendering()
    assert manager.countActiveTasks() == 0, "a background task outlived its test"


@pytest.fixture(scope="session")
def clearance_provider(qgis_processing):
    """The plugin loaded as ``qgis_process`` does: classFactory(None).initProcessing()."""
    import clearance_planner

    plugin = clearance_planner.classFactory(None)
    plugin.initProcessing()
    assert plugin.provider is not None
    yield plugin.provider
    plugin.unload()


QGIS_PROCESS = "/usr/bin/qgis_process.bin"


@pytest.fixture(params=["return codes", "exceptions"])
def gdal_mode(request):
    """Each error mode a user's GDAL bindings may be in when the plugin runs: QGIS 3.22 leaves
    return codes, QGIS >= 3.40's Processing turns exceptions on (restored after the test)."""
    from osgeo import gdal, ogr, osr

    from clearance_planner.qgis_io.gdal_calls import exceptions_back, exceptions_off

    modules = (gdal, ogr, osr)
    switched = exceptions_off(modules)  # from the state Processing left, whichever it is
    if request.param == "exceptions":
        for module in modules:
            module.UseExceptions()
    yield request.param
    exceptions_off(modules)
    exceptions_back(switched)


@pytest.fixture(scope="session")
def qgis_process_env(tmp_path_factory):
    """Environment in which ``qgis_process.bin`` loads the staged plugin (enabled once)."""
    import os
    import subprocess

    if not Path(QGIS_PROCESS).exists():
        pytest.skip("qgis_process.bin not installed")
    home = tmp_path_factory.mktemp("home")
    env = dict(
        os.environ,
        QGIS_PLUGINPATH=str(ROOT / "build"),
        HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        XDG_RUNTIME_DIR=str(home),
    )
    done = subprocess.run(
        [QGIS_PROCESS, "plugins", "enable", "clearance_planner"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0 or "already enabled" in done.stderr, done.stdout + done.stderr
    return env


WARNING_LINE = re.compile(r"^(?P<file>.+?):\d+: \w*Warning: (?P<message>.*)$")


def qgis_own_python_dirs() -> tuple[str, ...]:
    """Folders of QGIS's own Python code (its bindings and its bundled plugins)."""
    import qgis
    from qgis.core import QgsApplication

    bundled = Path(QgsApplication.pkgDataPath()) / "python"
    return (str(Path(qgis.__file__).resolve().parent) + "/", str(bundled) + "/")


def without_qgis_own_warnings(stderr: str, own_dirs: tuple[str, ...]) -> str:
    """``stderr`` without the Python warnings that QGIS's own code prints and no plugin can
    silence: a warning raised in a file under ``own_dirs`` (QGIS 3.44 on Python 3.14:
    ``codecs.open() is deprecated`` in qgis/utils.py and processing's help loader; QGIS's
    utils.py resets the warning filters, so PYTHONWARNINGS cannot) or QGIS 3.22's start-up
    string calling ``sip.setapi()``, each with its quoted source line. Everything else stays,
    the plugin's own warnings among it."""
    kept, skipping = [], False
    for line in stderr.splitlines(keepends=True):
        if skipping and line[:1] in (" ", "\t"):
            continue
        match = WARNING_LINE.match(line.rstrip("\n"))
        skipping = bool(match) and (
            match["file"].startswith(own_dirs)
            or (match["file"] == "<string>" and match["message"] == "setapi() is deprecated")
        )
        if not skipping:
            kept.append(line)
    return "".join(kept)


def memory_layer(geometry: str, wkts: list, crs: str = "EPSG:32638", fields=(), rows=()):
    """A memory layer from WKT strings or QgsGeometry (None = null geometry) and optional
    attributes.

    ``fields`` are ``(name, QVariant type)`` pairs; ``rows`` the attribute lists.
    """
    layer = QgsVectorLayer(f"{geometry}?crs={crs}", "test", "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField(name, kind) for name, kind in fields])
    layer.updateFields()
    features = []
    for i, wkt in enumerate(wkts):
        feature = QgsFeature(layer.fields())
        if isinstance(wkt, QgsGeometry):
            feature.setGeometry(wkt)
        elif wkt is not None:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        if rows:
            feature.setAttributes(list(rows[i]))
        features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    return layer


def demo_layer(name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{DEMO_GPKG}|layername={name}", name, "ogr")
    assert layer.isValid(), f"demo layer {name} missing: run make demo-data"
    return layer


def nan_polygon(x0: float, y0: float, size: float = 40.0) -> QgsGeometry:
    """A square polygon with one NaN vertex (WKT cannot hold NaN)."""
    ring = [
        QgsPointXY(x0, y0),
        QgsPointXY(float("nan"), y0 + 1),
        QgsPointXY(x0 + size, y0 + size),
        QgsPointXY(x0, y0 + size),
    ]
    return QgsGeometry.fromPolygonXY([[*ring, ring[0]]])


def folder_state(folder: Path) -> dict[str, str]:
    """File name -> SHA-256 of every file in ``folder`` (to show inputs stay untouched)."""
    import hashlib

    return {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in Path(folder).iterdir()}


class WarningFeedback(QgsProcessingFeedback):
    """Processing feedback that keeps the warnings pushed (``.warnings``)."""

    def __init__(self) -> None:
        super().__init__()
        self.warnings: list[str] = []

    def pushWarning(self, warning: str) -> None:
        self.warnings.append(warning)
        super().pushWarning(warning)


def registry():
    return QgsApplication.processingRegistry()


__all__ = [
    "QGIS_PROCESS",
    "QVariant",
    "clearance_provider",
    "demo_layer",
    "memory_layer",
    "qgis_process_env",
    "registry",
]
