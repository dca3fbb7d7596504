"""qgis_process (the real binary) loads the staged plugin and runs clearance:prioritise."""

import json
import subprocess
from pathlib import Path

import pytest
from qgis.core import QgsGeometry, QgsVectorLayer

from tests.qgis_support import QGIS_PROCESS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def env(qgis_process_env):
    return qgis_process_env


def write_geojson(path: Path, features: list[dict], crs: str | None = None) -> str:
    doc = {"type": "FeatureCollection", "features": features}
    path.write_text(json.dumps(doc))
    return str(path)


def test_qgis_process_runs_prioritise_on_unseen_files(env, tmp_path):
    parcels = write_geojson(
        tmp_path / "parcels.geojson",
        [
            {
                "type": "Feature",
                "properties": {"pid": "A"},
                "geometry": {
                    "type": "Polygon",
                    "coordinates": [
                        [
                            [46.80, 39.80],
                            [46.81, 39.80],
                            [46.81, 39.81],
                            [46.80, 39.81],
                            [46.80, 39.80],
                        ]
                    ],
                },
            },
            {
                "type": "Feature",
                "properties": {"pid": "B"},
                "geometry": {
                    "type": "Polygon",
                    "coordinates": [
                        [
                            [46.90, 39.80],
                            [46.91, 39.80],
                            [46.91, 39.81],
                            [46.90, 39.81],
                            [46.90, 39.80],
                        ]
                    ],
                },
            },
        ],
    )
    towns = write_geojson(
        tmp_path / "towns.geojson",
        [
            {
                "type": "Feature",
                "properties": {},
                "geometry": {"type": "Point", "coordinates": [46.92, 39.805]},
            },
        ],
    )
    out = tmp_path / "result.gpkg"
    proc = subprocess.run(
        [
            QGIS_PROCESS,
            "run",
            "clearance:prioritise",
            "--",
            f"PARCELS={parcels}",
            f"SETTLEMENTS={towns}",
            "SETTLEMENTS_DISTANCE=10000",
            f"OUTPUT={out}",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    layer = QgsVectorLayer(str(out), "r", "ogr")
    ranks = {f["pid"]: f["priority_rank"] for f in layer.getFeatures()}
    assert ranks == {"B": 1, "A": 2}
    b = next(f for f in layer.getFeatures() if f["pid"] == "B")
    # 0.01° of longitude east of B's edge at 39.805° N, measured in UTM 38N
    assert 850 < b["dist_settlements_m"] < 860
    assert QgsGeometry(b.geometry()).area() > 0


def test_qgis_process_reports_bad_input_without_traceback(env, tmp_path):
    towns = write_geojson(
        tmp_path / "towns.geojson",
        [
            {
                "type": "Feature",
                "properties": {},
                "geometry": {"type": "Point", "coordinates": [46.92, 39.805]},
            },
        ],
    )
    proc = subprocess.run(
        [
            QGIS_PROCESS,
            "run",
            "clearance:prioritise",
            "--",
            f"PARCELS={towns}",
            f"SETTLEMENTS={towns}",
            f"OUTPUT={tmp_path / 'x.gpkg'}",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode != 0
    assert "(PARCELS) holds points; PARCELS takes polygons" in proc.stdout + proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    assert not (tmp_path / "x.gpkg").exists()
