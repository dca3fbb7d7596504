"""The one geometry path (qgis_io.geometries): what each kind of bad geometry becomes."""

from __future__ import annotations

import math

import pytest
from qgis import processing
from qgis.core import (
    NULL,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
)

from tests.qgis_support import QVariant, WarningFeedback, memory_layer

NESTED = "POLYGON((0 0,2 2,2 0,0 2,0 0,-1 0,0 0))"  # makeValid: GC(MultiPolygon, LineString)
SPIKE = "POLYGON((0 0,10 0,10 10,5 10,5 20,5 10,0 10,0 0))"  # makeValid: GC(Polygon, Line)
HOLE_OUTSIDE = "POLYGON((0 0,10 0,10 10,0 10,0 0),(20 20,21 20,21 21,20 20))"
TWO_POINT = "POLYGON((0 0,100 0,0 0))"
ONE_POINT = "POLYGON((5 5,5 5,5 5))"
ZERO_AREA = "POLYGON((0 0,1 0,2 0,0 0))"
REPEATED_POINT = "MULTIPOLYGON(((5 5,5 5)))"  # GEOS calls it valid


def clean(geom, polygonal=None):
    from clearance_planner.qgis_io.geometries import clean as _clean

    return _clean(geom, polygonal)


def nan_polygon(bad: float = math.nan) -> QgsGeometry:
    ring = [QgsPointXY(0, 0), QgsPointXY(10, 0), QgsPointXY(bad, 10), QgsPointXY(0, 0)]
    return QgsGeometry.fromPolygonXY([ring])


@pytest.mark.parametrize("wkt", [NESTED, SPIKE, HOLE_OUTSIDE])
def test_repair_keeps_every_polygonal_part_of_nested_collections(clearance_provider, wkt):
    geom = QgsGeometry.fromWkt(wkt)
    expected = geom.makeValid().area()  # GEOS: the polygonal area of the repaired geometry
    out = clean(geom)
    assert out.state == "repaired"
    assert out.geometry.isGeosValid()
    assert out.geometry.area() == pytest.approx(expected, rel=1e-12)
    assert out.geometry.area() > 0


def test_nested_bowtie_with_collapsed_edge_keeps_both_triangles(clearance_provider):
    out = clean(QgsGeometry.fromWkt(NESTED))
    assert out.geometry.area() == pytest.approx(2.0)  # two triangles of 1 each, by hand
    assert out.geometry.constGet().numGeometries() == 2


@pytest.mark.parametrize("wkt", [TWO_POINT, ONE_POINT, ZERO_AREA, REPEATED_POINT])
def test_polygons_without_area_are_degenerate_with_a_reason(clearance_provider, wkt):
    out = clean(QgsGeometry.fromWkt(wkt))
    assert out.state == "degenerate"
    assert out.geometry is None
    assert "area" in out.reason


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_non_finite_vertices_are_degenerate_not_parsed(clearance_provider, bad):
    out = clean(nan_polygon(bad))
    assert (out.state, out.reason) == ("degenerate", "NaN or infinite coordinate")


@pytest.mark.parametrize("bad", [math.nan, math.inf])
def test_a_non_finite_first_vertex_is_degenerate_on_every_call_and_for_every_rule(
    clearance_provider, bad
):
    """GEOS calls a polygon with a NaN first (and closing) vertex invalid on the first call
    and valid on the next ones (QGIS 3.22, GEOS 3.11), its area -1: the outcome must not
    depend on that, nor on the polygon rules asked for."""
    ring = [QgsPointXY(bad, 0), QgsPointXY(10, 0), QgsPointXY(10, 10), QgsPointXY(bad, 0)]
    geom = QgsGeometry.fromPolygonXY([ring])
    outcomes = {
        (clean(geom, rule).state, clean(geom, rule).reason) for rule in (None, True, False) * 2
    }
    assert outcomes == {("degenerate", "NaN or infinite coordinate")}


def test_a_point_with_one_nan_coordinate_is_empty_for_qgis(clearance_provider):
    """QGIS reads POINT(NaN 5) as an empty point (PostGIS does not): null, not degenerate;
    the database engine follows this."""
    out = clean(QgsGeometry.fromPointXY(QgsPointXY(math.nan, 5.0)))
    assert (out.state, out.reason) == ("null", "empty geometry")


def test_null_and_empty_geometries_are_null(clearance_provider):
    assert clean(None).state == "null"
    assert clean(QgsGeometry()).state == "null"
    assert clean(QgsGeometry.fromWkt("POLYGON EMPTY")).state == "null"


def test_z_m_and_curves_are_made_planar_and_linear(clearance_provider):
    z = clean(QgsGeometry.fromWkt("POLYGON Z((0 0 5,10 0 5,10 10 5,0 0 5))"))
    assert (z.state, z.geometry.constGet().is3D()) == ("ok", False)
    assert z.geometry.area() == pytest.approx(50.0)
    curve = clean(QgsGeometry.fromWkt("CURVEPOLYGON(CIRCULARSTRING(0 0,2 0,0 0))"))
    assert curve.state == "ok"
    assert curve.geometry.wkbType() == QgsGeometry.fromWkt("POLYGON((0 0,1 0,1 1,0 0))").wkbType()
    assert curve.geometry.area() == pytest.approx(math.pi, rel=1e-2)  # circle of radius 1


def test_valid_lines_and_points_pass_unchanged(clearance_provider):
    line = QgsGeometry.fromWkt("LINESTRING(0 0,5 5)")
    assert clean(line).geometry.equals(line)
    assert clean(QgsGeometry.fromWkt("POINT(1 2)")).state == "ok"


def test_polygon_parts_flattens_nested_collections(clearance_provider):
    from clearance_planner.qgis_io.geometries import polygon_parts

    nested = QgsGeometry.fromWkt(
        "GEOMETRYCOLLECTION(MULTIPOLYGON(((0 0,1 0,1 1,0 0)),((5 5,6 5,6 6,5 5))),"
        "LINESTRING(0 0,9 9),GEOMETRYCOLLECTION(POLYGON((10 10,12 10,12 12,10 10))))"
    )
    parts = polygon_parts(nested)
    assert parts.constGet().numGeometries() == 3
    assert parts.area() == pytest.approx(0.5 + 0.5 + 2.0)
    assert polygon_parts(QgsGeometry.fromWkt("LINESTRING(0 0,1 1)")).isNull()


def test_prioritise_keeps_every_bad_parcel_and_names_the_degenerate_ones(clearance_provider):
    wkts = [
        "POLYGON((0 0,100 0,100 100,0 100,0 0))",
        "POLYGON((0 0,200 200,200 0,0 200,0 0,-100 0,0 0))",  # nested repair
        "POLYGON((500 500,600 500,500 500))",  # 2-point ring
        None,
        "POLYGON((0 0,1 0,1 1,0 0))",  # replaced by a NaN vertex below
    ]
    layer = memory_layer(
        "Polygon", wkts, fields=[("id", QVariant.Int)], rows=[(i,) for i in range(1, 6)]
    )
    fid = next(f.id() for f in layer.getFeatures() if f["id"] == 5)
    layer.dataProvider().changeGeometryValues({fid: nan_polygon()})
    settlements = memory_layer("Point", ["POINT(50 150)"])
    feedback = WarningFeedback()
    out = processing.run(
        "clearance:prioritise",
        {"PARCELS": layer, "SETTLEMENTS": settlements, "OUTPUT": "TEMPORARY_OUTPUT"},
        context=QgsProcessingContext(),
        feedback=feedback,
    )["OUTPUT"]
    rows = {f["id"]: f for f in out.getFeatures()}
    assert sorted(rows) == [1, 2, 3, 4, 5]
    repaired = rows[2]
    assert repaired["priority_class"] != "Unknown"
    expected = QgsGeometry.fromWkt(wkts[1]).makeValid().area()
    assert repaired.geometry().area() == pytest.approx(expected, rel=1e-9)
    assert repaired["dist_settlements_m"] == pytest.approx(0.0)  # the point is inside
    for fid in (3, 4, 5):
        assert rows[fid]["priority_class"] == "Unknown"
        assert rows[fid]["priority_score"] in (None, NULL)
    # the degenerate ring is written as it came: nothing of the input is lost
    assert rows[3].geometry().asWkt() == "MultiPolygon (((500 500, 600 500, 500 500)))"
    named = " ".join(feedback.warnings)
    assert "2 features have no usable geometry" in named
    assert "NaN or infinite coordinate" in named and "no area after repair" in named
    assert "1 features without geometry" in named


@pytest.mark.parametrize("bad", [math.nan, math.inf])
def test_points_and_lines_with_non_finite_vertices_are_degenerate(clearance_provider, bad):
    point = QgsGeometry.fromPointXY(QgsPointXY(math.inf, 5.0))  # GEOS calls it valid
    assert clean(point).state == "degenerate"
    line = QgsGeometry.fromPolylineXY([QgsPointXY(0, 0), QgsPointXY(bad, 1), QgsPointXY(2, 2)])
    assert (clean(line).state, clean(line).reason) == ("degenerate", "NaN or infinite coordinate")
