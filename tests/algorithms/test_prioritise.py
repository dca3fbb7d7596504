"""clearance:prioritise through processing.run, checked against GEOS (QgsGeometry.distance)."""

from __future__ import annotations

import json
import sqlite3

import pytest
from qgis import processing
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

from tests.qgis_support import QVariant, demo_layer, memory_layer

SQUARE = "POLYGON((0 0, 100 0, 100 100, 0 100, 0 0))"
FAR_SQUARE = "POLYGON((1000 0, 1100 0, 1100 100, 1000 100, 1000 0))"
BOWTIE = "POLYGON((0 0, 100 100, 100 0, 0 100, 0 0))"


def run(params: dict):
    params.setdefault("OUTPUT", "TEMPORARY_OUTPUT")
    return processing.run("clearance:prioritise", params)["OUTPUT"]


def by_id(layer, field="id"):
    return {f[field]: f for f in layer.getFeatures()}


@pytest.fixture()
def parcels_layer():
    return memory_layer(
        "Polygon",
        [SQUARE, FAR_SQUARE, None, BOWTIE],
        fields=[("id", QVariant.Int), ("access_secure", QVariant.Bool)],
        rows=[(1, True), (2, True), (3, True), (4, False)],
    )


@pytest.fixture()
def settlements_layer():
    return memory_layer("Point", ["POINT(50 150)", "POINT(3000 3000)"])


def test_distances_scores_and_ranks_by_hand(clearance_provider, parcels_layer, settlements_layer):
    out = run(
        {
            "PARCELS": parcels_layer,
            "SETTLEMENTS": settlements_layer,
            "SETTLEMENTS_DECAY": 0,
            "SETTLEMENTS_DISTANCE": 900,
        }
    )
    f = by_id(out)
    assert f[1]["dist_settlements_m"] == pytest.approx(50.0)
    # nearest point of the far square to (50,150) is its corner (1000,100)
    assert f[2]["dist_settlements_m"] == pytest.approx((950**2 + 50**2) ** 0.5)
    assert f[1]["score_settlements"] == pytest.approx(1 - 50 / 900)
    assert f[1]["priority_score"] == pytest.approx(100 * (1 - 50 / 900))
    assert f[2]["priority_score"] == pytest.approx(0.0, abs=1e-9)
    assert [f[i]["priority_rank"] for i in (1, 4, 2)] == [1, 2, 3]
    assert f[1]["main_driver"] == "settlements"
    assert f[2]["main_driver"] == "none"


def test_null_geometry_is_kept_with_null_scores_and_unknown_class(
    clearance_provider, parcels_layer, settlements_layer
):
    out = run({"PARCELS": parcels_layer, "SETTLEMENTS": settlements_layer})
    assert out.featureCount() == 4
    null = by_id(out)[3]
    assert null["priority_class"] == "Unknown"
    assert null["priority_score"] is None or null["priority_score"].isNull()


def test_invalid_bowtie_is_repaired_and_reported(
    clearance_provider, parcels_layer, settlements_layer
):
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    messages = []

    class Feedback(QgsProcessingFeedback):
        def pushWarning(self, text):
            messages.append(text)

    out = processing.run(
        "clearance:prioritise",
        {"PARCELS": parcels_layer, "SETTLEMENTS": settlements_layer, "OUTPUT": "TEMPORARY_OUTPUT"},
        context=QgsProcessingContext(),
        feedback=Feedback(),
    )["OUTPUT"]
    repaired = by_id(out)[4].geometry()
    assert repaired.isGeosValid()
    assert repaired.area() == pytest.approx(5000.0)  # two triangles of 2,500 m²
    assert any("1 invalid geometries repaired with makeValid" in m for m in messages)
    assert parcels_layer.getFeature(4).geometry().asWkt() == QgsGeometry.fromWkt(BOWTIE).asWkt()


def test_gate_expression_ranks_failing_parcels_last(
    clearance_provider, parcels_layer, settlements_layer
):
    out = run(
        {
            "PARCELS": parcels_layer,
            "SETTLEMENTS": settlements_layer,
            "GATE_EXPRESSION": '"access_secure"',
        }
    )
    f = by_id(out)
    assert f[4]["priority_class"] == "Gated"
    assert f[4]["priority_rank"] == 3  # after both open parcels, before the null one
    assert f[4]["score_settlements"] > f[2]["score_settlements"]  # score kept


def test_class_thresholds_parameter(clearance_provider, parcels_layer, settlements_layer):
    out = run(
        {
            "PARCELS": parcels_layer,
            "SETTLEMENTS": settlements_layer,
            "SETTLEMENTS_DISTANCE": 1000,
            "CLASS_THRESHOLDS": "99,50",
        }
    )
    f = by_id(out)
    assert (f[1]["priority_class"], f[2]["priority_class"]) == ("Medium", "Low")


@pytest.mark.parametrize(
    "extra, message",
    [
        ({}, "at least one criterion"),
        ({"SETTLEMENTS": "S", "SETTLEMENTS_WEIGHT": 0}, "weights"),
        ({"SETTLEMENTS": "S", "SETTLEMENTS_DISTANCE": -5}, "SETTLEMENTS_DISTANCE must be >= 0"),
        ({"SETTLEMENTS": "S", "CLASS_THRESHOLDS": "high"}, "CLASS_THRESHOLDS"),
        ({"SETTLEMENTS": "S", "GATE_EXPRESSION": '"access_secure" AND ('}, "GATE_EXPRESSION"),
    ],
)
def test_bad_parameters_give_clear_errors(
    clearance_provider, parcels_layer, settlements_layer, extra, message
):
    params = {"PARCELS": parcels_layer}
    params.update({k: settlements_layer if v == "S" else v for k, v in extra.items()})
    with pytest.raises(QgsProcessingException, match=message):
        run(params)


def test_empty_non_polygon_and_crs_less_parcels_are_refused(clearance_provider, settlements_layer):
    empty = memory_layer("Polygon", [])
    with pytest.raises(QgsProcessingException, match="has no features"):
        run({"PARCELS": empty, "SETTLEMENTS": settlements_layer})
    no_crs = memory_layer("Polygon", [SQUARE])
    no_crs.setCrs(QgsCoordinateReferenceSystem())
    with pytest.raises(QgsProcessingException, match="no coordinate reference system"):
        run({"PARCELS": no_crs, "SETTLEMENTS": settlements_layer})


def test_coordinates_outside_the_crs_are_refused_with_feature_named(
    clearance_provider, settlements_layer
):
    degrees = memory_layer("Polygon", ["POLYGON((0 0, 10 0, 10 100, 0 100, 0 0))"], crs="EPSG:4326")
    with pytest.raises(QgsProcessingException, match="feature 1: coordinates cannot be"):
        run({"PARCELS": degrees, "SETTLEMENTS": settlements_layer})


def test_point_layer_as_parcels_is_refused(clearance_provider, settlements_layer):
    with pytest.raises(QgsProcessingException):
        run({"PARCELS": settlements_layer, "SETTLEMENTS": settlements_layer})


def test_geographic_parcels_use_utm_of_extent_centre(clearance_provider):
    parcels = memory_layer(
        "Polygon",
        ["POLYGON((46.90 39.90,46.91 39.90,46.91 39.91,46.90 39.91,46.90 39.90))"],
        crs="EPSG:4326",
    )
    town = memory_layer("Point", ["POINT(46.95 39.90)"], crs="EPSG:4326")
    out = run({"PARCELS": parcels, "SETTLEMENTS": town})
    utm = QgsCoordinateReferenceSystem("EPSG:32638")
    tr = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"), utm, QgsProject.instance()
    )
    a = next(parcels.getFeatures()).geometry()
    b = next(town.getFeatures()).geometry()
    a.transform(tr)
    b.transform(tr)
    got = next(out.getFeatures())["dist_settlements_m"]
    assert got == pytest.approx(a.distance(b), abs=0.01)
    assert 3300 < got < 3500  # about 0.04° of longitude at 39.9° N


def test_demo_distances_equal_geos_for_every_parcel(clearance_provider):
    """Every demo hazard × every criterion, against QgsGeometry.distance in EPSG:32638."""
    layers = {
        n: demo_layer(n)
        for n in ("hazards", "settlements", "cemeteries", "planned_infrastructure", "incidents")
    }
    out = run(
        {
            "PARCELS": layers["hazards"],
            "SETTLEMENTS": layers["settlements"],
            "CEMETERIES": layers["cemeteries"],
            "INFRASTRUCTURE": layers["planned_infrastructure"],
            "INCIDENTS": layers["incidents"],
        }
    )
    utm = QgsCoordinateReferenceSystem("EPSG:32638")
    worst = 0.0
    for name, field in [
        ("settlements", "dist_settlements_m"),
        ("cemeteries", "dist_cemeteries_m"),
        ("planned_infrastructure", "dist_infrastructure_m"),
        ("incidents", "dist_incidents_m"),
    ]:
        layer = layers[name]
        tr = QgsCoordinateTransform(layer.crs(), utm, QgsProject.instance())
        geoms = []
        for f in layer.getFeatures():
            g = f.geometry()
            g.transform(tr)
            geoms.append(g)
        union = QgsGeometry.collectGeometry(geoms)
        for f in out.getFeatures():
            expected = f.geometry().distance(union)
            worst = max(worst, abs(f[field] - expected))
    assert out.featureCount() == layers["hazards"].featureCount() == 3000
    assert worst <= 0.01


def test_gpkg_output_records_the_run_style_and_metadata(
    clearance_provider, tmp_path, parcels_layer, settlements_layer
):
    target = tmp_path / "prio.gpkg"
    dest = run(
        {
            "PARCELS": parcels_layer,
            "SETTLEMENTS": settlements_layer,
            "SETTLEMENTS_WEIGHT": 2.0,
            "OUTPUT": str(target),
        }
    )
    assert dest == str(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["prio.gpkg"]  # no partial file left
    with sqlite3.connect(target) as db:
        algorithm, params = db.execute(
            "select algorithm, parameters from clearance_runs"
        ).fetchone()
        styles = db.execute("select styleName from layer_styles").fetchall()
        n_md = db.execute("select count(*) from gpkg_metadata").fetchone()[0]
    record = json.loads(params)
    assert algorithm == "clearance:prioritise"
    assert record["criteria"][0] == {
        "name": "settlements",
        "weight": 1.0,
        "decay": "linear",
        "distance_m": 5000.0,
    }
    assert record["metric_crs"] == "EPSG:32638"
    assert record["inputs"]["PARCELS"]["features"] == 4
    assert styles == [("priority",)] and n_md >= 1
    layer = QgsVectorLayer(str(target), "p", "ogr")
    assert layer.featureCount() == 4
    assert layer.getFeature(3).geometry().isNull()  # stays NULL, not an EMPTY polygon
    assert "clearance:prioritise" in layer.metadata().history()[0]


def test_failed_run_leaves_an_existing_output_untouched(
    clearance_provider, tmp_path, parcels_layer, settlements_layer
):
    target = tmp_path / "prio.gpkg"
    run({"PARCELS": parcels_layer, "SETTLEMENTS": settlements_layer, "OUTPUT": str(target)})
    before = target.read_bytes()
    with pytest.raises(QgsProcessingException):
        run(
            {
                "PARCELS": parcels_layer,
                "SETTLEMENTS": settlements_layer,
                "GATE_EXPRESSION": '"no_such_field" > 1',
                "OUTPUT": str(target),
            }
        )
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["prio.gpkg"]


def test_rerun_on_own_output_replaces_result_fields(
    clearance_provider, parcels_layer, settlements_layer
):
    first = run({"PARCELS": parcels_layer, "SETTLEMENTS": settlements_layer})
    second = run({"PARCELS": first, "SETTLEMENTS": settlements_layer})
    names = second.fields().names()
    assert names.count("priority_score") == 1 and names.count("dist_settlements_m") == 1
    assert [f["priority_rank"] for f in second.getFeatures()] == [
        f["priority_rank"] for f in first.getFeatures()
    ]


def test_output_loaded_into_project_is_styled_by_class(
    clearance_provider, parcels_layer, settlements_layer, qgis_iface, monkeypatch
):
    from qgis.core import QgsCategorizedSymbolRenderer, QgsLayerTreeModel, QgsProject
    from qgis.gui import QgsLayerTreeView

    # QGIS 3.44's Processing adds results through iface.layerTreeView(): give the stub a real one
    view = QgsLayerTreeView()
    view.setModel(QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), view))
    monkeypatch.setattr(qgis_iface, "layerTreeView", lambda: view, raising=False)
    result = processing.runAndLoadResults(
        "clearance:prioritise",
        {"PARCELS": parcels_layer, "SETTLEMENTS": settlements_layer, "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    layer = QgsProject.instance().mapLayer(result["OUTPUT"])
    try:
        renderer = layer.renderer()
        assert isinstance(renderer, QgsCategorizedSymbolRenderer)
        assert renderer.classAttribute() == "priority_class"
        assert {c.value() for c in renderer.categories()} >= {"High", "Medium", "Low", "Gated"}
        assert "clearance:prioritise" in layer.metadata().history()[0]
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_gate_on_a_missing_field_names_the_field_and_layer_in_algorithm_and_dock(
    clearance_provider, parcels_layer, settlements_layer
):
    from clearance_planner.gui.distances import evaluate_gate

    parcels_layer.setName("parcels")
    gate = '"access_secure" AND "acces_ok"'
    with pytest.raises(QgsProcessingException) as caught:
        run({"PARCELS": parcels_layer, "SETTLEMENTS": settlements_layer, "GATE_EXPRESSION": gate})
    assert "GATE_EXPRESSION refers to field(s) missing from layer 'parcels': acces_ok" in str(
        caught.value
    )
    with pytest.raises(ValueError, match=r"the gate refers to field\(s\) missing .*: acces_ok"):
        evaluate_gate(parcels_layer, list(parcels_layer.getFeatures()), gate)
    gated = evaluate_gate(parcels_layer, list(parcels_layer.getFeatures()), '"access_secure"')
    assert gated.tolist() == [False, False, False, True]  # parcel 4 is not secure


def test_result_rows_built_in_blocks_equal_one_block(
    clearance_provider, parcels_layer, settlements_layer, monkeypatch
):
    from clearance_planner.algorithms import prioritise

    params = {"PARCELS": parcels_layer, "SETTLEMENTS": settlements_layer}
    whole = [f.attributes() for f in run(dict(params)).getFeatures()]
    monkeypatch.setattr(prioritise._ResultRows, "ROWS_PER_BLOCK", 3)  # blocks of 3 and 1
    blocks = [f.attributes() for f in run(dict(params)).getFeatures()]
    assert blocks == whole and len(whole) == 4
    assert whole[0][2] == pytest.approx(50.0)  # dist_settlements_m of the square
