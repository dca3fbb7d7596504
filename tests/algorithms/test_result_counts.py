"""The counts every algorithm returns in its results, by value (hand-counted inputs)."""

from __future__ import annotations

import json

import pytest
from qgis import processing

from tests.qgis_support import QVariant, memory_layer

pytestmark = pytest.mark.usefixtures("clearance_provider")

SQUARE = "POLYGON((0 0, 100 0, 100 100, 0 100, 0 0))"
FAR_SQUARE = "POLYGON((1000 0, 1100 0, 1100 100, 1000 100, 1000 0))"
BOWTIE = "POLYGON((0 0, 100 100, 100 0, 0 100, 0 0))"
LINE_LIKE = "POLYGON((0 0, 10 0, 20 0, 0 0))"  # no area: degenerate


def square(x0, y0, side):
    x1, y1 = x0 + side, y0 + side
    return f"POLYGON(({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))"


def test_prioritise_counts_geometries_and_classes():
    parcels = memory_layer(
        "Polygon",
        [SQUARE, FAR_SQUARE, None, BOWTIE, LINE_LIKE, square(3000, 0, 50)],
        fields=[("id", QVariant.Int)],
        rows=[(i,) for i in range(6)],
    )
    settlements = memory_layer("Point", ["POINT(50 150)"])
    out = processing.run(
        "clearance:prioritise",
        {
            "PARCELS": parcels,
            "SETTLEMENTS": settlements,
            "SETTLEMENTS_DECAY": 0,
            "SETTLEMENTS_DISTANCE": 900,
            "CLASS_THRESHOLDS": "60,30",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    assert (out["FEATURES"], out["REPAIRED_GEOMETRIES"]) == (6, 1)
    assert (out["NULL_GEOMETRIES"], out["DEGENERATE_GEOMETRIES"]) == (1, 1)
    # scores: square 94.4 and bowtie 94.4 (50 m) High; far square and the 3 km one 0: Low;
    # null and degenerate: Unknown
    assert (out["CLASS_HIGH"], out["CLASS_MEDIUM"], out["CLASS_LOW"]) == (2, 0, 2)
    assert (out["CLASS_GATED"], out["CLASS_UNKNOWN"]) == (0, 2)
    classes = [f["priority_class"] for f in out["OUTPUT"].getFeatures()]
    assert classes.count("High") == out["CLASS_HIGH"]


def test_workplan_counts_tasks_and_completion_date():
    parcels = memory_layer(
        "Polygon",
        [square(0, 0, 40), square(1000, 0, 40), None],
        fields=[("hazard_id", QVariant.String), ("priority_rank", QVariant.Int)],
        rows=[["A", 1], ["B", 2], ["C", 3]],
    )
    out = processing.run(
        "clearance:workplan",
        {
            "PARCELS": parcels,
            "START_DATE": "2027-03-01",
            "TEAMS": "manual:1",
            "LAND_RELEASE": False,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "SUMMARY": "TEMPORARY_OUTPUT",
        },
    )
    # 1,600 m² manual at 240 m²/team-day: 7 working days each, one team: A 03-01..03-09,
    # B 03-10..03-18; C has no geometry and is not planned
    assert (out["TASKS"], out["NOT_PLANNED"]) == (2, 1)
    assert out["COMPLETION_DATE"] == "2027-03-18"
    assert (out["FEATURES"], out["NULL_GEOMETRIES"]) == (3, 1)


def test_check_geometry_counts_problems_by_rule(tmp_path):
    layer = memory_layer(
        "Polygon",
        [SQUARE, SQUARE, BOWTIE],
        fields=[("id", QVariant.Int)],
        rows=[(1,), (2,), (3,)],
    )
    out = processing.run(
        "clearance:check_geometry",
        {"INPUT": layer, "ID_FIELD": "id", "OUTPUT": str(tmp_path / "p.csv")},
    )
    by_rule = json.loads(out["PROBLEMS_BY_RULE"])
    assert by_rule["invalid"] == 1  # the bow-tie
    assert by_rule["duplicate geometry"] == 2  # each of the two squares
    assert out["PROBLEMS"] == sum(by_rule.values()) and out["FEATURES"] == 3


def test_export_counts_tasks_and_outside_zone(tmp_path):
    layer = memory_layer(
        "Polygon",
        [square(650000, 4430000, 100), square(650300, 4430000, 50), None],
        fields=[("task_id", QVariant.String)],
        rows=[["T1"], ["T2"], ["T3"]],
    )
    layer.setName("plan")
    out = processing.run(
        "clearance:export",
        {"INPUT": layer, "FOLDER": str(tmp_path / "f"), "FORMATS": [4]},
    )
    assert (out["TASKS"], out["OUTSIDE_ZONE"]) == (2, 0)
    assert (out["FEATURES"], out["NULL_GEOMETRIES"]) == (3, 1)


def test_sensitivity_counts_the_parcels_geometries():
    parcels = memory_layer(
        "Polygon",
        [SQUARE, FAR_SQUARE, None, BOWTIE],
        fields=[("id", QVariant.Int)],
        rows=[(i,) for i in range(4)],
    )
    out = processing.run(
        "clearance:sensitivity",
        {
            "PARCELS": parcels,
            "SETTLEMENTS": memory_layer("Point", ["POINT(50 150)"]),
            "RUNS": 10,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    assert (out["FEATURES"], out["NULL_GEOMETRIES"], out["REPAIRED_GEOMETRIES"]) == (4, 1, 1)
    assert out["DEGENERATE_GEOMETRIES"] == 0
