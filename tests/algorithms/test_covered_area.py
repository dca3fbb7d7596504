"""qgis_io.overlay.covered_area: per record the area also covered by confirmed polygons."""

import math

import pytest
from qgis.core import QgsGeometry

from clearance_planner.engine.progress import OperationCancelled
from clearance_planner.qgis_io.overlay import covered_area
from clearance_planner.qgis_io.polygons import PolygonSet


def box(x0, y0, x1, y1) -> QgsGeometry:
    return QgsGeometry.fromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))")


def cover(*geoms) -> PolygonSet:
    return PolygonSet("confirmed", geometries=list(geoms))


def test_overlapping_cover_counts_once_and_far_or_missing_records_get_zero_or_nan():
    confirmed = cover(box(50, 0, 150, 100), box(50, 0, 150, 50), box(1000, 0, 1010, 10))
    shapes = [box(0, 0, 100, 100), box(500, 500, 600, 600), None, box(1005, 5, 1020, 20)]
    area = covered_area(shapes, confirmed)
    assert area[0] == pytest.approx(50 * 100)  # not 50 * 150: the overlap counts once
    assert area[1] == 0.0
    assert math.isnan(area[2])
    assert area[3] == pytest.approx(5 * 5)


def test_record_inside_a_ring_hole_is_not_covered():
    ring = QgsGeometry.fromWkt("POLYGON((0 0,30 0,30 30,0 30,0 0),(10 10,20 10,20 20,10 20,10 10))")
    assert covered_area([box(12, 12, 18, 18)], cover(ring))[0] == 0.0


def test_no_cover_polygons_give_zero_everywhere():
    assert covered_area([box(0, 0, 1, 1)], cover()).tolist() == [0.0]


def test_cancel_stops_with_operation_cancelled():
    with pytest.raises(OperationCancelled):
        covered_area([box(0, 0, 1, 1)], cover(box(0, 0, 1, 1)), lambda: True)
