"""qgis_io pieces of coverage: gap parts, point placement, district geometries, incidents."""

import datetime as dt

import numpy as np
import pytest
from qgis.core import QgsDistanceArea, QgsGeometry, QgsProcessingContext, QgsProject
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

from clearance_planner.qgis_io.incidents import IncidentFields, _day, read_incidents
from clearance_planner.qgis_io.overlay import Gap, gap_parts, place_points
from clearance_planner.qgis_io.polygons import read_polygons, source_geometries
from tests.qgis_support import memory_layer

WEST_RING = "(500000 4400000, 500100 4400000, 500100 4400100, 500000 4400100, 500000 4400000)"
EAST_RING = "(500100 4400000, 500200 4400000, 500200 4400100, 500100 4400100, 500100 4400000)"
FAR_RING = "(500300 4400000, 500310 4400000, 500310 4400010, 500300 4400010, 500300 4400000)"
SQUARE, EAST = f"POLYGON({WEST_RING})", f"POLYGON({EAST_RING})"


def context() -> QgsProcessingContext:
    ctx = QgsProcessingContext()
    ctx.setProject(QgsProject.instance())
    return ctx


def polygons(wkts, field_values=None):
    fields = [("name", QVariant.String)] if field_values else ()
    rows = [[v] for v in field_values] if field_values else ()
    layer = memory_layer("Polygon", wkts, fields=fields, rows=rows)
    crs = layer.crs()
    return layer, read_polygons(layer, "t", crs, context(), value_field="name" if rows else None)


def test_gap_parts_are_the_measured_polygons_of_each_gap_as_multipolygons():
    measure = QgsDistanceArea()
    measure.setSourceCrs(
        memory_layer("Polygon", []).crs(), QgsProject.instance().transformContext()
    )
    measure.setEllipsoid("WGS84")
    two = QgsGeometry.fromWkt(f"MULTIPOLYGON(({WEST_RING}),({FAR_RING}))")
    parts = gap_parts([Gap(0, "SHA", two), Gap(1, None, QgsGeometry.fromWkt(SQUARE))], measure)
    assert [(p.row, p.kind) for p in parts] == [(0, "SHA"), (0, "SHA"), (1, None)]
    assert all(p.geometry.isMultipart() for p in parts)
    expected = measure.measureArea(QgsGeometry.fromWkt(SQUARE)) / 10_000
    assert parts[0].area_ha == pytest.approx(expected)
    assert parts[1].area_ha == pytest.approx(parts[0].area_ha / 100, rel=1e-3)  # 10 m square


def test_points_outside_every_district_go_to_the_row_after_null_districts():
    _, districts = polygons([SQUARE, None, EAST])  # one district without geometry
    _, records = polygons([EAST])
    x = np.array([500050.0, 500150.0, 500300.0, 500100.0])
    y = np.array([4400050.0, 4400050.0, 4400050.0, 4400050.0])
    row, in_records = place_points(x, y, districts, records, 0.001)
    assert row.tolist() == [0, 1, 3, 0]  # shared border: first district
    assert in_records.tolist() == [False, True, False, True]  # record edge counts as inside


def test_source_geometries_are_multi_type_and_none_without_geometry():
    layer, read = polygons([SQUARE, None])
    geoms = source_geometries(layer, read.row_ids)
    assert geoms[0].isMultipart() and geoms[0].area() == pytest.approx(10_000.0)
    assert geoms[1] is None


@pytest.mark.parametrize(
    "value, expected",
    [
        (None, (None, "null")),
        ("  ", (None, "null")),
        ("2021-03-04", (dt.date(2021, 3, 4), "ok")),
        ("04.03.2021", (dt.date(2021, 3, 4), "ok")),
        ("March", (None, "bad")),
        (QDate(2020, 1, 2), (dt.date(2020, 1, 2), "ok")),
        (QDate(), (None, "bad")),
        (QDateTime(QDate(2020, 1, 2), QTime(10, 0)), (dt.date(2020, 1, 2), "ok")),
    ],
)
def test_incident_dates_from_text_and_qt_values(value, expected):
    assert _day(value) == expected


def test_incidents_keep_undated_ones_and_drop_those_outside_the_period():
    _, districts = polygons([SQUARE])
    _, records = polygons([EAST])
    layer = memory_layer(
        "Point",
        ["POINT(500050 4400050)", "POINT(500150 4400050)", "POINT(500050 4400060)", None],
        fields=[("day", QVariant.String), ("people", QVariant.String)],
        rows=[["2020-05-01", "2"], ["", "x"], ["2019-01-01", None], ["2020-01-01", "1"]],
    )
    fields = IncidentFields("day", "people", dt.date(2020, 1, 1), None)
    inc = read_incidents(layer, "inc", layer.crs(), context(), None, fields, districts, records)
    assert inc.row.tolist() == [0, 1]  # the second is outside the one district
    assert inc.in_records.tolist() == [False, True]
    assert inc.years.tolist() == [2020, 0]
    assert np.nan_to_num(inc.casualties).tolist() == [2.0, 0.0]
    assert (inc.n_filtered, inc.n_no_date, inc.n_bad_casualties, inc.n_without_geometry) == (
        1,
        1,
        1,
        1,
    )
    assert len(inc.messages("inc", fields)) == 4  # no point, undated, casualties, filtered
