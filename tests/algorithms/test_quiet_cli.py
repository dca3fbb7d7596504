"""qgis_process (the real binary) runs every clearance algorithm (all ten) with nothing on
stderr and the counts in its --json results.

QGIS's own Python prints a few warnings of its own code before any plugin loads (3.22: its
start-up string's ``setapi() is deprecated``; 3.44 on Python 3.14: ``codecs.open() is
deprecated`` in qgis/utils.py and processing's help); QGIS's utils.py resets the warning
filters to "default", so no environment setting silences them. ``without_qgis_own_warnings``
removes exactly those (by the file they are raised in); everything else on stderr, a
DeprecationWarning of the plugin's own code included, fails the test."""

from __future__ import annotations

import json
import subprocess

from tests.algorithms.imsma_exports import ng_hazards
from tests.qgis_support import (
    QGIS_PROCESS,
    ROOT,
    qgis_own_python_dirs,
    without_qgis_own_warnings,
)

DEMO = ROOT / "resources" / "demo"
GPKG = DEMO / "clearance_demo.gpkg"
FUZULI = "|subset=\"district\" = 'Fuzuli'"


def layer(name: str, subset: str = "") -> str:
    return f"{GPKG}|layername={name}{subset}"


def cases(tmp):
    """(algorithm, parameters, expected count keys) on small parts of the demo data."""
    criteria = {
        "SETTLEMENTS": layer("settlements"),
        "INCIDENTS": layer("incidents"),
    }
    return [
        (
            "prioritise",
            {"PARCELS": layer("hazards", FUZULI), **criteria, "OUTPUT": tmp / "p.gpkg"},
            ("FEATURES", "CLASS_HIGH", "CLASS_MEDIUM", "CLASS_LOW", "NULL_GEOMETRIES"),
        ),
        (
            "sensitivity",
            {
                "PARCELS": layer("hazards", FUZULI),
                **criteria,
                "RUNS": 20,
                "OUTPUT": tmp / "s.gpkg",
            },
            ("FEATURES", "REPAIRED_GEOMETRIES"),
        ),
        (
            "surface",
            {
                "EXTENT": "640000,660000,4380000,4400000 [EPSG:32638]",
                "CRS": "EPSG:32638",
                "CELL_SIZE": 500,
                **criteria,
                "OUTPUT": tmp / "surface.tif",
            },
            ("VALID_CELLS", "SCORE_MAX"),
        ),
        (
            "check_geometry",
            {"INPUT": layer("hazards", FUZULI), "OUTPUT": tmp / "problems.csv"},
            ("FEATURES", "PROBLEMS", "PROBLEMS_BY_RULE"),
        ),
        (
            "records",
            {
                "TABLE": DEMO / "sample_records.csv",
                "REF_CRS": "EPSG:4326",
                "LANDMARKS": DEMO / "sample_landmarks.geojson",
                "BEARING_UNIT": 0,
                "BEARING_REF": 2,
                "DECLINATION": 6.5,
                "OUTPUT": tmp / "records.gpkg",
                "TURNING_POINTS": tmp / "points.gpkg",
                "ERRORS": tmp / "errors.csv",
            },
            ("RECORDS", "RECORDS_OK", "RECORDS_BY_STATUS", "TABLE_ERRORS"),
        ),
        (
            "record_accuracy",
            {
                "RECORDS": layer("minefield_records", FUZULI),
                "CONFIRMED": layer("hazards", FUZULI),
                "OUTPUT": tmp / "accuracy.gpkg",
                "DISTRICT_SUMMARY": tmp / "accuracy.csv",
            },
            ("FEATURES", "DISTRICTS"),
        ),
        (
            "coverage",
            {
                "DISTRICTS": layer("districts", FUZULI),
                "DISTRICT_FIELD": "district",
                "RECORDS": layer("minefield_records", FUZULI),
                "HAZARDS": layer("hazards", FUZULI),
                "INCIDENTS": layer("incidents", FUZULI),
                "OUTPUT": tmp / "coverage.gpkg",
                "GAPS": tmp / "gaps.gpkg",
                "REPORT": tmp / "coverage.html",
                "XLSX": tmp / "coverage.xlsx",
            },
            ("DISTRICTS", "HAZARD_HA", "INCIDENTS", "GAP_PARTS"),
        ),
        (
            "workplan",
            {
                "PARCELS": tmp / "p.gpkg",  # prioritise's output, above
                "METHOD_FIELD": "method",
                "ID_FIELD": "hazard_id",
                "TEAMS": "manual:2,mechanical:1,mdd:1,technical_survey:1,non_technical_survey:1",
                "START_DATE": "2027-03-01",
                "OUTPUT": tmp / "plan.gpkg",
                "SUMMARY": tmp / "summary.csv",
            },
            ("TASKS", "COMPLETION_DATE", "NOT_PLANNED", "FEATURES"),
        ),
        (
            "import_imsma",
            {
                "INPUT": ng_hazards(tmp),
                "KIND": "hazard",
                "OUTPUT": tmp / "imsma.gpkg",
                "REPORT": tmp / "imsma.html",
            },
            ("FEATURES", "GEOMETRY_REPAIRED", "GEOMETRY_NULL", "UNMAPPED_VALUES"),
        ),
        (
            "export",
            {
                "INPUT": f"{tmp / 'plan.gpkg'}|layername=plan",
                "FORMATS": 4,
                "FOLDER": tmp / "field",
            },
            ("TASKS", "OUTSIDE_ZONE", "GEOMETRY_PROBLEMS", "FEATURES"),
        ),
    ]


def test_every_algorithm_runs_quietly_and_returns_its_counts(
    qgis_process_env, clearance_provider, tmp_path
):
    env = qgis_process_env
    own = qgis_own_python_dirs()
    for algorithm, params, keys in cases(tmp_path):
        args = [QGIS_PROCESS, "--json", "run", f"clearance:{algorithm}", "--"]
        args += [f"{k}={v}" for k, v in params.items()]
        done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, (algorithm, done.stderr, done.stdout[-2000:])
        assert without_qgis_own_warnings(done.stderr, own) == "", (algorithm, done.stderr)
        results = json.loads(done.stdout)["results"]
        for key in keys:
            assert key in results, (algorithm, key, results)
        assert not any("partial-" in str(v) for v in results.values()), (algorithm, results)
        if algorithm == "coverage":
            check_coverage_workbook(results)


def test_only_warnings_raised_in_qgis_own_code_are_ignored():
    own = ("/usr/lib/python3/dist-packages/qgis/", "/usr/share/qgis/python/")
    stderr = (
        "<string>:1: DeprecationWarning: setapi() is deprecated\n"
        "/usr/lib/python3/dist-packages/qgis/utils.py:294: DeprecationWarning: codecs.open() "
        "is deprecated. Use open() instead.\n"
        '  with codecs.open(metadataFile, "r", "utf8") as f:\n'
        "/usr/share/qgis/python/plugins/processing/algs/help/__init__.py:40: "
        "DeprecationWarning: codecs.open() is deprecated. Use open() instead.\n"
        '  with codecs.open(filename, encoding="utf-8") as stream:\n'
        "/x/build/clearance_planner/engine/nearest.py:12: DeprecationWarning: old call\n"
        "  tree.query(points)\n"
        "<string>:1: UserWarning: something else\n"
        "ERROR 1: a GDAL error\n"
    )
    assert without_qgis_own_warnings(stderr, own) == (
        "/x/build/clearance_planner/engine/nearest.py:12: DeprecationWarning: old call\n"
        "  tree.query(points)\n"
        "<string>:1: UserWarning: something else\n"
        "ERROR 1: a GDAL error\n"
    )


def check_coverage_workbook(results: dict) -> None:
    """The coverage XLSX: one row per district plus Total, typed, HAZARD_HA = its total."""
    from osgeo import ogr

    ds = ogr.Open(results["XLSX"])
    sheet = ds.GetLayerByName("districts")
    defn = sheet.GetLayerDefn()
    types = {
        defn.GetFieldDefn(i).GetName(): defn.GetFieldDefn(i).GetTypeName()
        for i in range(defn.GetFieldCount())
    }
    assert types["district"] == "String" and types["hazard (ha)"] == "Real"
    assert types["hazard_mapped (%)"] == "Real"
    rows = {f["district"]: f for f in sheet}
    assert "Total" in rows and len(rows) >= results["DISTRICTS"] + 1
    assert rows["Total"]["hazard (ha)"] == results["HAZARD_HA"]
    assert ds.GetLayerByName("README") is not None
