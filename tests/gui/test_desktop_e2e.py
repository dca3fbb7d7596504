"""End to end: the real QGIS desktop under Xvfb with the staged plugin (marker ``desktop``)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.qgis_support import DEMO_GPKG, ROOT

pytestmark = pytest.mark.desktop


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is missing")
@pytest.mark.skipif(shutil.which("qgis") is None, reason="QGIS desktop is missing")
@pytest.mark.skipif(not DEMO_GPKG.exists(), reason="run make demo-data")
def test_demo_dock_prioritisation_in_real_qgis(tmp_path):
    profiles = tmp_path / "profiles"
    ini = profiles / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[PythonPlugins]\nclearance_planner=true\n", encoding="utf-8")
    out = ROOT / "output"
    out.mkdir(exist_ok=True)
    shot = out / "desktop.png"
    shot.unlink(missing_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(QGIS_PLUGINPATH=str(ROOT / "build"), CLEARANCE_SHOT=str(shot))
    command = [
        "xvfb-run",
        "-a",
        "-s",
        "-screen 0 1400x900x24",
        "qgis",
        "--noversioncheck",
        "--nologo",
        "--profiles-path",
        str(profiles),
        "--code",
        str(Path(__file__).with_name("desktop_script.py")),
    ]
    subprocess.run(command, env=env, timeout=240, check=False, capture_output=True)
    state = json.loads(Path(f"{shot}.json").read_text(encoding="utf-8"))
    assert "error" not in state, state.get("error")
    assert state["parcels"] == 3000
    assert len(state["top"]) == 5 and state["live_layer"].startswith("Live priority")
    assert shot.stat().st_size > 50_000  # a real screenshot, not a blank image
