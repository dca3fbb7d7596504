"""One id per feature from prioritise to sensitivity, workplan and export; ID_FIELD guessed,
duplicates and blanks reported by value; the WRITE_BACK table joins back on the id."""

from __future__ import annotations

import csv
import re
import sqlite3
import subprocess
import xml.etree.ElementTree as ET

import pytest
from PIL import Image
from qgis import processing
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from clearance_planner.qgis_io.fields import TYPES
from tests.qgis_support import DEMO_GPKG, WarningFeedback, demo_layer, memory_layer

pytestmark = [
    pytest.mark.usefixtures("clearance_provider"),
    pytest.mark.skipif(not DEMO_GPKG.exists(), reason="run make demo-data"),
]
N = 40  # demo hazards used (the first N)
KML = "{http://www.opengis.net/kml/2.2}"
TEAMS = "manual:1,mdd:1,mechanical:1,technical_survey:1,non_technical_survey:1"


def localid(i: int) -> str:
    """A programme's own ids: every 7th with trailing spaces, as real exports have them."""
    return f"BH-{i:04d}" + ("  " if i % 7 == 0 else "")


def shapefile(tmp_path, name: str, with_localid: bool = True) -> QgsVectorLayer:
    """The first N demo hazards as a shapefile (feature ids from 0), without hazard_id:
    ``localid`` (custom values) or no id-like field at all."""
    hazards = demo_layer("hazards")
    fields = QgsFields()
    for field_name, kind in (
        ("localid", TYPES["string"]),
        ("hazard_typ", TYPES["string"]),
        ("status", TYPES["string"]),
        ("method", TYPES["string"]),
    )[0 if with_localid else 1 :]:
        fields.append(QgsField(field_name, kind, len=40))
    path = str(tmp_path / f"{name}.shp")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "ESRI Shapefile"
    writer = QgsVectorFileWriter.create(
        path, fields, hazards.wkbType(), hazards.crs(), QgsCoordinateTransformContext(), options
    )
    request = QgsFeatureRequest().setFilterExpression(f"fid <= {N}")
    for i, source in enumerate(hazards.getFeatures(request)):
        feature = QgsFeature(fields)
        feature.setGeometry(source.geometry())
        values = [source["hazard_type"], source["status"], source["method"]]
        feature.setAttributes(([localid(i)] if with_localid else []) + values)
        assert writer.addFeature(feature)
    del writer
    layer = QgsVectorLayer(path, name, "ogr")
    assert layer.isValid() and layer.featureCount() == N
    return layer


def criteria() -> dict:
    return {
        "SETTLEMENTS": demo_layer("settlements"),
        "INCIDENTS": demo_layer("incidents"),
        "SETTLEMENTS_DISTANCE": 20000,
        "INCIDENTS_DISTANCE": 10000,
    }


def chart_ranks(path) -> dict[int, str]:
    """Rank → parcel label as the sensitivity chart draws them (its PNG Description)."""
    text = Image.open(path).text["Description"]
    return {int(r): label for r, label in re.findall(r"rank (\d+): ([^;]+)", text)}


def by_rank(layer, field: str) -> dict[int, str]:
    return {f["priority_rank"]: str(f[field]).strip() for f in layer.getFeatures()}


def test_one_id_from_prioritise_to_sensitivity_workplan_and_export(tmp_path):
    parcels = shapefile(tmp_path, "BHMAC_SHA_2023")
    feedback = WarningFeedback()
    infos = []
    feedback.pushInfo = infos.append
    prioritised = processing.run(
        "clearance:prioritise",
        {"PARCELS": parcels, **criteria(), "OUTPUT": str(tmp_path / "priority.gpkg")},
        feedback=feedback,
    )["OUTPUT"]
    assert "Layer 'BHMAC_SHA_2023': features named by localid." in infos  # guessed
    saved = QgsVectorLayer(prioritised, "p", "ogr")
    ranked = by_rank(saved, "localid")
    assert sorted(ranked) == list(range(1, N + 1))
    assert sorted(ranked.values()) == sorted(localid(i).strip() for i in range(N))

    chart = tmp_path / "chart.png"
    processing.run(
        "clearance:sensitivity",
        {
            "PARCELS": parcels,
            "ID_FIELD": "localid",
            **criteria(),
            "RUNS": 20,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "CHART": str(chart),
        },
    )
    drawn = chart_ranks(chart)
    assert len(drawn) == 30  # the chart's 30 most urgent parcels
    assert all(drawn[r] == ranked[r] for r in drawn)  # same weights: same ranks, same ids

    top = QgsVectorLayer(prioritised, "top", "ogr")
    top.setSubsetString('"priority_rank" <= 4')
    plan = processing.run(
        "clearance:workplan",
        {
            "PARCELS": top,
            "START_DATE": "2027-03-01",
            "TEAMS": TEAMS,
            "METHOD_FIELD": "method",
            "LAND_RELEASE": False,
            "OUTPUT": str(tmp_path / "plan.gpkg"),
            "SUMMARY": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    tasks = QgsVectorLayer(plan, "plan", "ogr")
    planned = {f["priority_rank"]: f["task_id"] for f in tasks.getFeatures()}
    assert planned == {r: ranked[r] for r in range(1, 5)}  # trailing spaces gone

    folder = tmp_path / "field"
    processing.run(
        "clearance:export",
        {"INPUT": tasks, "FOLDER": str(folder), "TITLE": "SYNTHETIC", "FORMATS": [1, 4, 5]},
    )
    with open(folder / "plan.csv", newline="", encoding="utf-8") as f:
        assert sorted(r["task_id"] for r in csv.DictReader(f)) == sorted(planned.values())
    kml = ET.parse(folder / "plan.kml").getroot()
    names = [p.findtext(f"{KML}name") for p in kml.iter(f"{KML}Placemark")]
    assert sorted(names) == sorted(planned.values())
    pdf = folder / "plan_atlas.pdf"
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    titles = re.findall(r"SYNTHETIC — (\S+)", text)  # one per task page, in page order
    in_sequence = sorted(tasks.getFeatures(), key=lambda f: f["sequence"])
    assert titles == [f["task_id"] for f in in_sequence]
    continued = set(re.findall(r"Turning points of (\S+) \(continued\)", text))
    assert continued <= set(planned.values())  # continuation pages name the task alike


def test_without_an_id_field_the_chart_and_the_saved_layer_name_a_parcel_alike(tmp_path):
    parcels = shapefile(tmp_path, "no_ids", with_localid=False)  # feature ids 0 … N-1
    chart = tmp_path / "chart.png"
    result = processing.run(
        "clearance:sensitivity",
        {
            "PARCELS": parcels,
            **criteria(),
            "RUNS": 20,
            "OUTPUT": str(tmp_path / "s.gpkg"),
            "CHART": str(chart),
        },
    )
    saved = QgsVectorLayer(result["OUTPUT"], "s", "ogr")
    rows = {f["priority_rank"]: f for f in saved.getFeatures()}
    # the GeoPackage numbers its rows from 1, the shapefile from 0: the id is source_fid
    assert sorted(f["source_fid"] for f in rows.values()) == list(range(N))
    assert all(f.id() == f["source_fid"] + 1 for f in rows.values())
    drawn = chart_ranks(chart)
    assert drawn[1] == str(rows[1]["source_fid"]) != str(rows[1].id())
    assert all(drawn[r] == str(rows[r]["source_fid"]) for r in drawn)
    plan = processing.run(
        "clearance:workplan",
        {
            "PARCELS": saved,
            "START_DATE": "2027-03-01",
            "TEAMS": TEAMS,
            "LAND_RELEASE": False,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "SUMMARY": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    named = {f["priority_rank"]: f["task_id"] for f in plan.getFeatures()}
    assert named == {r: str(f["source_fid"]) for r, f in rows.items()}


def square(x: float, y: float, side: float = 50) -> str:
    return f"POLYGON(({x} {y}, {x + side} {y}, {x + side} {y + side}, {x} {y + side}, {x} {y}))"


def duplicated_layer():
    return memory_layer(
        "Polygon",
        [square(650000 + x, 4430000) for x in range(0, 500, 100)],  # UTM 38N, 100 m apart
        fields=[("localid", TYPES["string"]), ("note", TYPES["string"])],
        rows=[("A-1", "a"), ("a-1 ", "b"), (None, "c"), ("=HYPERLINK(1)", "d"), ("B", "e")],
    )


def test_a_chosen_id_field_with_repeats_and_blanks_warns_by_value_and_keeps_every_parcel(
    tmp_path,
):
    parcels = duplicated_layer()
    fids = [f.id() for f in parcels.getFeatures()]
    feedback = WarningFeedback()
    result = processing.run(
        "clearance:prioritise",
        {
            "PARCELS": parcels,
            "ID_FIELD": "localid",
            "SETTLEMENTS": memory_layer("Point", ["POINT(649990 4430025)"]),
            "OUTPUT": "TEMPORARY_OUTPUT",
            "WRITE_BACK": str(tmp_path / "wb.csv"),
        },
        feedback=feedback,
    )
    text = " ".join(feedback.warnings)
    assert f"localid 'A-1' appears on features {fids[0]} and {fids[1]}" in text
    assert f"localid is NULL or blank on features {fids[2]}" in text
    assert "all features are kept, labelled 'A-1 #2' from the second occurrence" in text
    assert f"all features are kept, labelled 'fid {fids[2]}'" in text
    assert result["OUTPUT"].featureCount() == 5
    with open(tmp_path / "wb.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    # one row per parcel, keys as in the input (the formula escaped, NULL empty)
    assert [r["localid"] for r in rows] == ["A-1", "a-1 ", "", "'=HYPERLINK(1)", "B"]
    assert [int(r["priority_rank"]) for r in rows] == [1, 2, 3, 4, 5]  # nearest first


def test_without_id_field_a_candidate_with_repeats_is_skipped_and_said_so():
    feedback = WarningFeedback()
    infos = []
    feedback.pushInfo = infos.append
    result = processing.run(
        "clearance:check_geometry",
        {"INPUT": duplicated_layer(), "OUTPUT": "TEMPORARY_OUTPUT"},
        feedback=feedback,
    )
    assert any("localid is not used as id: localid 'A-1' appears on features" in i for i in infos)
    assert any("no field of unique, non-empty ids (tried: localid)" in i for i in infos)
    assert result["PROBLEMS"] == 0


def test_a_missing_id_field_is_an_error_naming_the_layer_and_its_fields():
    from qgis.core import QgsProcessingException

    layer = duplicated_layer()
    layer.setName("hazards")
    with pytest.raises(QgsProcessingException, match="Layer 'hazards' has no field 'nosuch'"):
        processing.run(
            "clearance:prioritise",
            {
                "PARCELS": layer,
                "ID_FIELD": "nosuch",
                "SETTLEMENTS": memory_layer("Point", ["POINT(0 0)"]),
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )


@pytest.mark.parametrize("suffix", ["csv", "gpkg"])
def test_write_back_joins_back_on_the_id_every_input_id_once(tmp_path, suffix):
    parcels = shapefile(tmp_path, "BHMAC_SHA_2023")
    out = tmp_path / "priority.gpkg"
    table = tmp_path / f"write_back.{suffix}"
    result = processing.run(
        "clearance:prioritise",
        {"PARCELS": parcels, **criteria(), "OUTPUT": str(out), "WRITE_BACK": str(table)},
    )
    assert result["WRITE_BACK"] == str(table)
    back = QgsVectorLayer(str(table), "wb", "ogr")
    assert back.isValid()
    assert back.fields().names()[-7:] == [
        "localid",
        "priority_score",
        "priority_rank",
        "priority_class",
        "main_driver",
        "run_id",
        "run_date",
    ]
    joined: dict[str, QgsFeature] = {}
    for f in back.getFeatures():
        assert f["localid"] not in joined
        joined[f["localid"]] = f
    source = [f["localid"] for f in parcels.getFeatures()]
    assert sorted(joined) == sorted(source)  # exact values: trailing spaces kept
    saved = {f["localid"]: f for f in QgsVectorLayer(str(out), "p", "ogr").getFeatures()}
    for key, f in joined.items():
        assert int(f["priority_rank"]) == saved[key]["priority_rank"]
        # a CSV rounds scores to 0.1 (formatting.py), a GeoPackage keeps them exact
        tolerance = 0.05 if suffix == "csv" else 1e-9
        assert float(f["priority_score"]) == pytest.approx(
            saved[key]["priority_score"], abs=tolerance
        )
        assert f["priority_class"] == saved[key]["priority_class"]
        assert f["main_driver"] == saved[key]["main_driver"]
    with sqlite3.connect(out) as db:
        runs = db.execute("SELECT run_id, run_time FROM clearance_runs").fetchall()
    assert len(runs) == 1 and re.fullmatch(r"[0-9a-f]{32}", runs[0][0])
    assert {(f["run_id"], f["run_date"]) for f in joined.values()} == set(runs)
