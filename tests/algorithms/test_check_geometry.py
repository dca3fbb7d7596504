"""clearance:check_geometry: one row per problem, checked on hand-made layers."""

import math

import pytest
from qgis import processing
from qgis.core import (
    NULL,
    QgsFeature,
    QgsGeometry,
    QgsLineString,
    QgsPolygon,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

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


X0, Y0 = 600000, 4400000
MESSY = {  # hazard_id: WKT (None = null geometry), all in EPSG:32638 near 45 E
    "ok": SQ,
    "null": None,
    "empty": "POLYGON EMPTY",
    "bow": f"POLYGON(({X0} {Y0}, {X0 + 100} {Y0 + 100}, {X0 + 100} {Y0}, {X0} {Y0 + 100}, "
    f"{X0} {Y0}))",
    "spike": f"POLYGON(({X0} {Y0}, {X0 + 100} {Y0}, {X0 + 100} {Y0 + 100}, {X0 + 200} "
    f"{Y0 + 100}, {X0 + 100} {Y0 + 100}, {X0} {Y0 + 100}, {X0} {Y0}))",
    "flat": f"POLYGON(({X0} {Y0}, {X0 + 100} {Y0}, {X0 + 200} {Y0}, {X0} {Y0}))",
    "two": f"POLYGON(({X0} {Y0}, {X0 + 100} {Y0 + 100}, {X0} {Y0}))",
}


def messy_layer(with_nan=True):
    """MESSY plus, as feature 8, a triangle with a NaN x coordinate (not expressible in WKT)."""
    layer = memory_layer(
        "Polygon",
        list(MESSY.values()),
        fields=[("hazard_id", QVariant.String)],
        rows=[[k] for k in MESSY],
    )
    if with_nan:
        ring = QgsLineString([X0, math.nan, X0 + 100, X0], [Y0, Y0 + 100, Y0 + 100, Y0])
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry(QgsPolygon(ring)))
        feature.setAttributes(["nan"])
        layer.dataProvider().addFeatures([feature])
    return layer


def by_id(layer):
    return {f["hazard_id"]: f for f in layer.getFeatures()}


def test_null_empty_and_nan_geometries_get_an_invalid_row_each():
    result = check(messy_layer())
    rows = {(f["id_value"], f["rule"]): f for f in result["OUTPUT"].getFeatures()}
    assert rows[("null", "invalid")]["detail"] == "empty or null geometry"
    assert rows[("empty", "invalid")]["detail"] == "empty or null geometry"
    assert rows[("nan", "invalid")]["detail"] == "NaN or infinite coordinate"
    assert rows[("nan", "invalid")]["feature_id"] == 8
    assert rows[("nan", "invalid")].geometry().isNull()
    # none of them is also reported as outside the CRS bounds (they have no usable box)
    assert not [k for k in rows if k[0] in ("null", "empty", "nan") and k[1] != "invalid"]
    assert ("two", "too few vertices") in rows and ("flat", "sliver") in rows
    assert ("bow", "invalid") in rows and ("spike", "invalid") in rows


def test_repaired_keeps_every_feature_of_a_messy_layer():
    layer = messy_layer()
    out = check(layer, REPAIRED="TEMPORARY_OUTPUT")["REPAIRED"]
    assert out.featureCount() == layer.featureCount() == 8
    rows = by_id(out)
    ok, bow, spike = rows["ok"], rows["bow"], rows["spike"]
    assert not ok["repaired"] and ok["repair_note"] == NULL
    assert ok.geometry().area() == pytest.approx(10000.0)
    assert bow["repaired"] and bow.geometry().area() == pytest.approx(5000.0)
    # the spike's line is dropped, the square it hangs on is kept (GEOS makeValid)
    assert spike["repaired"] and spike.geometry().area() == pytest.approx(10000.0)
    assert spike.geometry().isGeosValid() and bow.geometry().isGeosValid()
    for name in ("flat", "two"):  # no area: original rings kept, not repaired, with a reason
        assert not rows[name]["repaired"]
        assert "area" in rows[name]["repair_note"]
        original = QgsGeometry.fromWkt(MESSY[name])
        assert rows[name].geometry().constGet().vertexCount() == original.constGet().vertexCount()
        assert rows[name].geometry().boundingBox() == original.boundingBox()
    assert rows["null"].geometry().isNull() and rows["null"]["repair_note"] == "no geometry"
    assert rows["empty"].geometry().isNull() and rows["empty"]["repair_note"] == "empty geometry"
    assert rows["nan"].geometry().isNull() and not rows["nan"]["repaired"]
    assert rows["nan"]["repair_note"] == "NaN or infinite coordinate"


def test_missing_id_field_names_the_layer_and_the_field():
    layer = memory_layer("Polygon", [SQ], fields=[("hazard_id", QVariant.String)], rows=[["A"]])
    with pytest.raises(QgsProcessingException, match="'test' has no field 'nosuch'"):
        check(layer, ID_FIELD="nosuch")


class CancelAfter(QgsProcessingFeedback):
    """Answers isCanceled() False ``checks`` times, then True; counts the questions."""

    def __init__(self, checks):
        super().__init__()
        self.left, self.asked = checks, 0

    def isCanceled(self):
        self.asked += 1
        self.left -= 1
        return self.left < 0


def test_cancel_at_any_check_writes_neither_output(tmp_path):
    layer = messy_layer()
    paths = {"OUTPUT": tmp_path / "problems.gpkg", "REPAIRED": tmp_path / "repaired.gpkg"}
    params = {
        "INPUT": layer,
        "ID_FIELD": "hazard_id",
        **{k: str(p) for k, p in paths.items()},
    }
    counter = CancelAfter(10**9)
    processing.run("clearance:check_geometry", params, feedback=counter)
    before = {k: p.read_bytes() for k, p in paths.items()}
    assert counter.asked >= 6  # reading, validity, bounds, both writers
    for k in range(counter.asked):
        result = processing.run("clearance:check_geometry", params, feedback=CancelAfter(k))
        assert "OUTPUT" not in result and "REPAIRED" not in result, k
        assert {n: p.read_bytes() for n, p in paths.items()} == before, k
        assert sorted(p.name for p in tmp_path.iterdir()) == ["problems.gpkg", "repaired.gpkg"]
    repaired = by_id(QgsVectorLayer(str(paths["REPAIRED"]), "repaired", "ogr"))
    assert len(repaired) == 8 and repaired["null"].geometry().isNull()  # NULL in GeoPackage too
    assert repaired["bow"].geometry().area() == pytest.approx(5000.0)
