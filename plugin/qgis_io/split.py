"""Grid split of large polygons into tasks of bounded area (QGIS/GEOS geometry)."""

from __future__ import annotations

import math

from qgis.core import QgsGeometry, QgsRectangle

from .geometries import polygon_parts

SLIVER_SHARE = 0.01


def grid_split(geom: QgsGeometry, max_area: float) -> list[QgsGeometry]:
    """``geom`` clipped to square cells of area ``max_area`` (metric CRS), north row first.

    Polygons not larger than ``max_area`` come back whole. Pieces are the polygon parts of
    each cell's intersection, so their areas add up to the polygon's area. Slivers (under
    ``SLIVER_SHARE`` of ``max_area``) join the largest touching piece when the union stays
    within ``max_area``.
    """
    if max_area <= 0 or geom.area() <= max_area:
        return [geom]
    side = math.sqrt(max_area)
    box = geom.boundingBox()
    nx = max(math.ceil(box.width() / side), 1)
    ny = max(math.ceil(box.height() / side), 1)
    engine = QgsGeometry.createGeometryEngine(geom.constGet())
    engine.prepareGeometry()
    pieces = []
    for j in range(ny):
        top = box.yMaximum() - j * side
        for i in range(nx):
            left = box.xMinimum() + i * side
            cell = QgsGeometry.fromRect(QgsRectangle(left, top - side, left + side, top))
            if not engine.intersects(cell.constGet()):
                continue
            piece = polygon_parts(geom.intersection(cell))
            if not piece.isEmpty() and piece.area() > 0:
                pieces.append(piece)
    return merge_slivers(pieces, max_area)


def merge_slivers(pieces: list[QgsGeometry], max_area: float) -> list[QgsGeometry]:
    """Union each sliver with the largest piece it touches, if that stays <= ``max_area``."""
    pieces = list(pieces)
    for sliver in sorted(
        (p for p in pieces if p.area() < SLIVER_SHARE * max_area), key=lambda p: p.area()
    ):
        if len(pieces) < 2:
            break
        index = next((i for i, p in enumerate(pieces) if p is sliver), None)
        if index is None:  # already merged into another piece
            continue
        candidates = [
            (p.area(), i)
            for i, p in enumerate(pieces)
            if i != index
            and p.area() + sliver.area() <= max_area
            and p.intersection(sliver).length() > 0  # shares an edge, not just a corner
        ]
        if not candidates:
            continue
        _, target = max(candidates)
        merged = polygon_parts(pieces[target].combine(sliver))
        pieces[target] = merged
        del pieces[index]
    return pieces
