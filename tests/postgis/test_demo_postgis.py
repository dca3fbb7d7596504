"""make demo-postgis: the demo schema on the real server, and a project whose layers read
from the database."""

from __future__ import annotations

import os
import subprocess
import sys

from qgis.core import QgsProject

from tests.postgis_support import ROOT, server_env
from tests.qgis_support import DEMO_GPKG


def test_demo_postgis_project_opens_with_database_layers(pg_server, tmp_path):
    env_file = os.environ.get("CLEARANCE_PG_ENV", str(ROOT / "build" / "pg" / "env"))
    done = subprocess.run(
        [
            sys.executable,
            "scripts/demo_postgis.py",
            "--gpkg",
            str(DEMO_GPKG),
            "--env",
            env_file,
            "--out",
            str(tmp_path),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env=dict(os.environ, PYTHONPATH=str(ROOT / "build")),
    )
    assert done.returncode == 0, done.stderr
    project = QgsProject()
    assert project.read(str(tmp_path / "clearance_demo_postgis.qgz"))
    layers = list(project.mapLayers().values())
    assert len(layers) == 6
    for layer in layers:
        assert layer.isValid(), layer.name()
        assert layer.providerType() == "postgres", layer.name()
        assert layer.featureCount() > 0, layer.name()
    assert (tmp_path / "postgis_map.png").stat().st_size > 50_000
    from tests.postgis_support import psql

    env = server_env()
    comment = psql(env, "SELECT obj_description('clearance_demo.hazards'::regclass)")
    assert comment.startswith("SYNTHETIC")
    runs = psql(env, "SELECT DISTINCT algorithm FROM clearance_demo.clearance_runs ORDER BY 1")
    assert runs.split() == ["clearance:coverage", "clearance:prioritise", "clearance:workplan"]
