"""Grid split of large polygons into tasks of bounded area (QGIS/GEOS geometry)."""

from __future__ import annotations

import math

from qgis.core import QgsGeometry, QgsRectangle

from .layers import polygon_parts


def grid_split(geom: QgsGeometry, max_area: float) -> list[QgsGeometry]:
    """``geom`` clipped to square cells of area ``max_area`` (metric CRS), north row first.

    Polygons not larger than ``max_area`` come back whole. Pieces are the polygon parts of
    each cell's intersection, so their areas add up to the polygon's area.
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
    return pieces
