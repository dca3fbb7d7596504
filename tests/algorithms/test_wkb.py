"""qgis_io.wkb.parse on WKB written by QGIS: exact vertices, and WkbError (never IndexError)
for empty, truncated or foreign bytes."""

from __future__ import annotations

import struct

import numpy as np
import pytest
from qgis.core import QgsGeometry

from clearance_planner.qgis_io.wkb import LINESTRING, POINT, POLYGON, WkbError, parse
from tests.qgis_support import nan_polygon

SAMPLES = {
    "point": "POINT(1 2)",
    "line": "LINESTRING(0 0, 3 4)",
    "polygon with hole": "POLYGON((0 0,10 0,10 10,0 10,0 0),(2 2,3 2,3 3,2 2))",
    "multipolygon z": "MULTIPOLYGON Z(((0 0 1,1 0 1,1 1 1,0 0 1)),((5 5 2,6 5 2,6 6 2,5 5 2)))",
    "collection": "GEOMETRYCOLLECTION(POINT(7 8),LINESTRING(0 0,1 1))",
}


def wkb_of(wkt: str) -> bytes:
    return bytes(QgsGeometry.fromWkt(wkt).asWkb())


def test_parse_gives_the_vertices_qgis_wrote():
    rings, kind, end = parse(wkb_of(SAMPLES["polygon with hole"]))
    assert kind == POLYGON and end == len(wkb_of(SAMPLES["polygon with hole"]))
    assert rings[0].tolist() == [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]
    assert rings[1].tolist() == [[2, 2], [3, 2], [3, 3], [2, 2]]
    parts, kind, _ = parse(wkb_of(SAMPLES["multipolygon z"]))
    assert kind == POLYGON and [p[1].tolist() for p in parts] == [[1, 0], [6, 5]]
    assert parse(wkb_of(SAMPLES["point"]))[:2] == ([pytest.approx(np.array([[1, 2]]))], POINT)
    assert parse(wkb_of(SAMPLES["collection"]))[1] == LINESTRING


def test_degenerate_rings_parse_as_written():
    rings, _, _ = parse(wkb_of("POLYGON((5 5,5 5,5 5))"))
    assert rings[0].tolist() == [[5, 5]] * 3
    rings, _, _ = parse(wkb_of("POLYGON((0 0,100 0,0 0))"))
    assert rings[0].tolist() == [[0, 0], [100, 0], [0, 0]]
    rings, _, _ = parse(bytes(nan_polygon(0, 0).asWkb()))
    assert np.isnan(rings[0][1, 0]) and rings[0].shape == (5, 2)


def test_empty_buffer_is_a_wkb_error():
    with pytest.raises(WkbError, match="ends at byte 0"):
        parse(b"")
    with pytest.raises(WkbError):
        parse(bytes(QgsGeometry().asWkb()))  # a null geometry gives no bytes


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_every_truncation_is_a_wkb_error(name):
    buf = wkb_of(SAMPLES[name])
    for length in range(len(buf)):
        with pytest.raises(WkbError):
            parse(buf[:length])


@pytest.mark.parametrize(
    ("buf", "message"),
    [
        (b"\x02" + struct.pack("<I", 1) + b"\x00" * 16, "byte order 2"),
        (b"\x01" + struct.pack("<I", 8), "unsupported WKB geometry type 8"),
        (b"\x01" + struct.pack("<I", 4003), "unsupported WKB geometry type 4003"),
        (b"\x01" + struct.pack("<II", 2, 2**31), "points need bytes"),
        (b"\x01" + struct.pack("<II", 6, 3), "a geometry was expected"),
    ],
    ids=["byte order", "curve", "dimension", "huge count", "missing parts"],
)
def test_foreign_or_lying_bytes_are_a_wkb_error(buf, message):
    with pytest.raises(WkbError, match=message):
        parse(buf)


def test_ewkb_with_srid_only_is_read():
    buf = b"\x01" + struct.pack("<IIdd", POINT | 0x20000000, 32638, 3.0, 4.0)
    assert parse(buf)[0][0].tolist() == [[3.0, 4.0]]
