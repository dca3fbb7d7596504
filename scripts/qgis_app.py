"""Start a headless QGIS application with Processing and the staged plugin (for scripts)."""

from __future__ import annotations

import os
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def quiet_runtime_dir() -> None:
    """A private XDG_RUNTIME_DIR when none is set (Qt warns on stderr otherwise)."""
    if os.environ.get("XDG_RUNTIME_DIR"):
        return
    path = Path(f"/tmp/runtime-{os.getuid()}")
    path.mkdir(mode=0o700, exist_ok=True)
    os.environ["XDG_RUNTIME_DIR"] = str(path)


def start_qgis():
    """Return the running ``QgsApplication`` with Processing and the clearance provider."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    quiet_runtime_dir()
    sys.path.insert(0, str(ROOT / "build"))
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    import qgis.utils  # noqa: F401  (resets the warning filters to "default")

    # QGIS 3.44 on Python 3.14: processing's help loader (run when Processing is imported) calls
    # codecs.open(); that warning is QGIS's code, and the demo's stderr holds only the plugin's
    warnings.filterwarnings(
        "ignore", r"codecs\.open\(\) is deprecated", DeprecationWarning, r"processing\."
    )
    from processing.core.Processing import Processing

    Processing.initialize()
    import clearance_planner

    plugin = clearance_planner.classFactory(None)
    plugin.initProcessing()
    app._clearance_plugin = plugin  # keep alive
    return app
