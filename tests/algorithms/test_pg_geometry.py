"""Geometries as PostGIS stores them (qgis_io/pg_geometry): rings PostGIS refuses (open, under
four points) and lines under two points are found in a walked batch and made storable, closed
and padded by repeating points, so a degenerate hazard keeps its row; anything PostGIS takes
comes back as the same object."""

from __future__ import annotations

from qgis.core import QgsGeometry

from clearance_planner.qgis_io import wkb_arrays
from clearance_planner.qgis_io.pg_geometry import refused_rings, storable

SQUARE = "POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0))"


def fixed(wkt: str) -> str:
    return storable(QgsGeometry.fromWkt(wkt)).asWkt()


def test_a_three_point_ring_is_padded_to_four_by_repeating_its_last_point():
    assert fixed("POLYGON ((0 0, 4 0, 0 0))") == "Polygon ((0 0, 4 0, 0 0, 0 0))"


def test_an_open_ring_is_closed_with_its_first_point():
    assert fixed("POLYGON ((0 0, 4 0, 4 4, 0 4))") == "Polygon ((0 0, 4 0, 4 4, 0 4, 0 0))"
    assert fixed("POLYGON ((0 0, 4 0))") == "Polygon ((0 0, 4 0, 0 0, 0 0))"


def test_only_the_refused_ring_or_part_changes():
    assert fixed("POLYGON ((0 0, 9 0, 9 9, 0 9, 0 0), (1 1, 2 1, 1 1))") == (
        "Polygon ((0 0, 9 0, 9 9, 0 9, 0 0),(1 1, 2 1, 1 1, 1 1))"
    )
    assert fixed(f"MULTIPOLYGON (({SQUARE[9:-1]}), ((5 5, 6 5)))") == (
        "MultiPolygon (((0 0, 4 0, 4 4, 0 4, 0 0)),((5 5, 6 5, 5 5, 5 5)))"
    )


def test_a_one_point_line_is_padded_to_two():
    assert fixed("MULTILINESTRING ((3 3), (0 0, 1 1))") == "MultiLineString ((3 3, 3 3),(0 0, 1 1))"


def test_what_postgis_takes_is_returned_as_the_same_object():
    for wkt in (
        SQUARE,
        "MULTIPOLYGON (((0 0, 4 4, 4 0, 0 4, 0 0)))",
        "POINT (1 2)",
        "POLYGON EMPTY",
    ):
        geom = QgsGeometry.fromWkt(wkt)
        assert storable(geom) is geom
    assert storable(None) is None and storable(QgsGeometry()).isNull()


def test_refused_rings_names_the_features_postgis_would_refuse():
    wkts = [
        SQUARE,
        "POLYGON ((0 0, 4 0, 0 0))",
        None,
        "POLYGON ((0 0, 4 0, 4 4, 0 4))",
        "MULTILINESTRING ((0 0, 1 1), (3 3))",
        "LINESTRING (0 0, 1 1)",
    ]
    blobs = [None if w is None else QgsGeometry.fromWkt(w).asWkb().data() for w in wkts]
    assert refused_rings(wkb_arrays.walk(blobs)).tolist() == [1, 3, 4]
