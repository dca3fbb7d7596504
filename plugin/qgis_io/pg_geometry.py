"""Geometries as PostGIS stores them.

PostGIS refuses a polygon ring that is not closed or has fewer than four points, and a line
of fewer than two points ("geometry requires more points"), while GeoPackage and QGIS keep
them: a degenerate hazard of a national data set (a 3-point ring, an open ring) would drop
out of a PostGIS output. :func:`storable` closes such a ring (its first point appended) and
repeats its last point up to four, so the row and its place are kept; the feature stays
reported as degenerate. Everything else is returned as it is.
"""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsCurvePolygon,
    QgsGeometry,
    QgsGeometryCollection,
    QgsLineString,
)

RING_POINTS, LINE_POINTS = 4, 2  # the fewest points PostGIS takes


def storable(geom: QgsGeometry | None) -> QgsGeometry | None:
    """``geom`` as PostGIS takes it (the same object when it already does)."""
    if geom is None or geom.isNull():
        return geom
    fixed = _storable(geom.constGet())
    return geom if fixed is None else QgsGeometry(fixed)


def refused_rings(walked) -> np.ndarray:
    """Indexes of the walked features with a ring PostGIS refuses (open, under four points)."""
    offsets, n = walked.ring_offsets, len(walked.xy)
    sizes = np.diff(offsets)
    open_ring = np.zeros(len(sizes), bool)
    if n:
        first = walked.xy[np.minimum(offsets[:-1], n - 1)]
        last = walked.xy[np.maximum(offsets[1:] - 1, 0)]
        open_ring = (first != last).any(axis=1)
    rings = (walked.kind[walked.ring_feature] == 3) & ((sizes < RING_POINTS) | open_ring)
    lines = (walked.kind[walked.ring_feature] == 2) & (sizes < LINE_POINTS)
    return np.unique(walked.ring_feature[rings | lines])


def _storable(shape):
    """A storable copy of ``shape``, or None when PostGIS takes it as it is."""
    if isinstance(shape, QgsGeometryCollection):
        parts = [shape.geometryN(i) for i in range(shape.numGeometries())]
        fixed = [_storable(p) for p in parts]
        if all(f is None for f in fixed):
            return None
        out = shape.createEmptyWithSameType()
        for part, new in zip(parts, fixed):
            out.addGeometry(new if new is not None else part.clone())
        return out
    if isinstance(shape, QgsCurvePolygon):
        if shape.exteriorRing() is None:
            return None
        rings = [shape.exteriorRing()]
        rings += [shape.interiorRing(i) for i in range(shape.numInteriorRings())]
        fixed = [_line(r, RING_POINTS, closed=True) for r in rings]
        if all(f is None for f in fixed):
            return None
        out = shape.createEmptyWithSameType()
        new = [f if f is not None else r.clone() for r, f in zip(rings, fixed)]
        out.setExteriorRing(new[0])
        for ring in new[1:]:
            out.addInteriorRing(ring)
        return out
    return _line(shape, LINE_POINTS, closed=False)


def _line(curve, fewest: int, closed: bool) -> QgsLineString | None:
    """``curve`` closed (``closed``) and padded to ``fewest`` points by repeating its last,
    or None when it needs neither (or is not a plain line string, or has no point)."""
    if not isinstance(curve, QgsLineString):
        return None
    n = curve.numPoints()
    shut = n > 0 and curve.xAt(0) == curve.xAt(n - 1) and curve.yAt(0) == curve.yAt(n - 1)
    if n == 0 or (n >= fewest and (shut or not closed)):
        return None
    points = [curve.pointN(i) for i in range(n)]
    if closed and not shut:
        points.append(points[0])
    points += [points[-1]] * max(0, fewest - len(points))
    return QgsLineString(points)
