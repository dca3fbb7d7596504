"""clearance:check_geometry: one row per problem, checked on hand-made layers."""

import pytest
from qgis import processing
from qgis.core import QgsGeometry

from tests.qgis_support import QVariant, memory_layer

pytestmark = pytest.mark.usefixtures("clearance_provider")
SQ = "POLYGON((600000 4400000, 600000 4400100, 600100 4400100, 600100 4400000, 600000 4400000))"
SQ_ROTATED = (
    "POLYGON((600100 4400100, 600100 4400000, 600000 4400000, 600000 4400100, 600100 4400100))"
)


def check(layer, **params):
    base = {"INPUT": layer, "ID_FIELD": "hazard_id", "OUTPUT": "TEMPORARY_OUTPUT"}
    base.update(params)
    return processing.run("clearance:check_geometry", base)


def problems(result):
    return sorted((f["feature_id"], f["rule"]) for f in result["OUTPUT"].getFeatures())


def test_each_rule_reports_its_feature():
    wkts = [
        SQ,  # 1 ok
        SQ_ROTATED,  # 2 duplicate geometry of 1 (other start, other direction)
        # 3 bow-tie
        "POLYGON((610000 4400000, 610100 4400100, 610100 4400000, 610000 4400100, 610000 4400000))",
        "POLYGON((620000 4400000, 620000 4400000.5, 620000.5 4400000, 620000 4400000))",  # 4 sliver
        "POLYGON((630000 4400000, 630000 4410000, 630100 4410000, 630000 4400000))",  # 5 gap 10 km
        # 6 few vertices
        "POLYGON((640000 4400000, 640000 4400100, 640000 4400000, 640000 4400000))",
    ]
    ids = [["A"], ["B"], ["c "], ["C"], ["E"], ["F"]]
    layer = memory_layer("Polygon", wkts, fields=[("hazard_id", QVariant.String)], rows=ids)
    result = check(layer)
    found = problems(result)
    assert (1, "duplicate geometry") in found and (2, "duplicate geometry") in found
    assert (3, "invalid") in found
    assert (4, "sliver") in found
    assert (5, "long gap") in found
    assert (6, "too few vertices") in found
    assert (3, "duplicate id") in found and (4, "duplicate id") in found
    assert not [p for p in found if p[0] == 1 and p[1] != "duplicate geometry"]
    bow = next(
        f for f in result["OUTPUT"].getFeatures() if f["rule"] == "invalid" and f["feature_id"] == 3
    )
    assert "Self-intersection" in bow["detail"]
    assert bow.geometry().asPoint().x() == pytest.approx(610050)
    gap = next(f for f in result["OUTPUT"].getFeatures() if f["rule"] == "long gap")
    assert "10,000 m" in gap["detail"]
    assert gap["id_value"] == "E"


def test_feature_outside_crs_bounds():
    # EPSG:32638 is defined for 42-48 E; this polygon lies near 60 E
    layer = memory_layer(
        "Polygon",
        [SQ, SQ.replace("600", "1900")],
        fields=[("hazard_id", QVariant.String)],
        rows=[["A"], ["B"]],
    )
    assert (2, "outside crs bounds") in problems(check(layer))


def test_repaired_output_fixes_the_bow_tie_and_leaves_input_alone():
    bow = "POLYGON((0 0, 100 100, 100 0, 0 100, 0 0))"
    layer = memory_layer(
        "Polygon", [bow, SQ], fields=[("hazard_id", QVariant.String)], rows=[["X"], ["Y"]]
    )
    out = check(layer, REPAIRED="TEMPORARY_OUTPUT")["REPAIRED"]
    fixed = {f["hazard_id"]: f for f in out.getFeatures()}
    assert fixed["X"]["repaired"] and not fixed["Y"]["repaired"]
    assert fixed["X"].geometry().isGeosValid()
    assert fixed["X"].geometry().area() == pytest.approx(5000.0)
    assert next(layer.getFeatures()).geometry().equals(QgsGeometry.fromWkt(bow))


def test_clean_layer_has_no_problems():
    layer = memory_layer("Polygon", [SQ], fields=[("hazard_id", QVariant.String)], rows=[["A"]])
    assert problems(check(layer)) == []
