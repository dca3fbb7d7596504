"""The documented qgis_process command digitises the shipped SYNTHETIC sample."""

import subprocess

from qgis.core import QgsVectorLayer

from tests.qgis_support import QGIS_PROCESS, ROOT


def test_documented_command_writes_records_points_and_errors(qgis_process_env, tmp_path):
    out = {
        k: str(tmp_path / n)
        for k, n in (
            ("OUTPUT", "records.gpkg"),
            ("TURNING_POINTS", "points.gpkg"),
            ("ERRORS", "errors.csv"),
        )
    }
    demo = ROOT / "resources" / "demo"
    args = [
        QGIS_PROCESS,
        "run",
        "clearance:records",
        f"--TABLE={demo / 'sample_records.csv'}",
        "--REF_CRS=EPSG:4326",
        f"--LANDMARKS={demo / 'sample_landmarks.geojson'}",
        "--BEARING_UNIT=0",
        "--BEARING_REF=2",
        "--DECLINATION=6.5",
        *(f"--{k}={v}" for k, v in out.items()),
    ]
    done = subprocess.run(args, env=qgis_process_env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr + done.stdout
    assert "Records by status: error 5, ok 4, self-intersecting 1" in done.stdout
    records = QgsVectorLayer(out["OUTPUT"], "records", "ogr")
    assert records.featureCount() == 10
    assert records.crs().authid() == "EPSG:32638"
    errors = QgsVectorLayer(out["ERRORS"], "errors", "ogr")
    assert sorted(int(f["table_row"]) for f in errors.getFeatures()) == [10, 11, 36, 45, 48, 55]
    points = QgsVectorLayer(out["TURNING_POINTS"], "points", "ogr")
    assert points.featureCount() > 20
    # counts in the results; each row error said once (a warning on stdout, not stderr twice)
    assert "RECORDS:\t10" in done.stdout and "RECORDS_OK:\t4" in done.stdout
    assert "TABLE_ERRORS:\t6" in done.stdout
    assert done.stdout.count("row 45, record 'MR-SYN-007', distance: negative distance") == 1
    assert "MR-SYN-007" not in done.stderr
