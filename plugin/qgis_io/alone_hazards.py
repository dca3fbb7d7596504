"""Hazards that need no GEOS overlay: those whose bounding box meets no other hazard's, no
record's and no district boundary segment's box.

Such a hazard cannot touch another hazard or a record, and lies wholly inside the districts
holding one point of its box (or outside every district): its dissolved, clipped area in each
of them is its own area, all of it unmapped, and its gap parts are its own polygons. Only
the others go through the union, intersection and difference of :mod:`.overlay`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from qgis.core import QgsGeometry

from ..engine.box_pairs import meets_another, meets_any, segment_boxes
from ..engine.geometry import segments
from ..engine.point_in_polygon import points_in_polygons
from .polygons import PolygonSet


@dataclass
class AloneHazards:
    """The alone hazards (positions in the hazard list), where they lie and their parts.

    ``pairs`` are ``(hazard position, overlay row)``: a district holding it, or
    ``n_districts`` (outside every district); ``parts[k]`` are the polygons of ``index[k]``
    as multi-polygons with their ellipsoidal areas (ha).
    """

    index: np.ndarray
    pairs: tuple[np.ndarray, np.ndarray]
    parts: list[list[tuple[QgsGeometry, float]]] = field(default_factory=list)

    def area_ha(self) -> np.ndarray:
        """Ellipsoidal area (ha) of every alone hazard, in the order of ``index``."""
        return np.array([sum(a for _, a in p) for p in self.parts], dtype=float)

    def row_ha(self, n_rows: int) -> np.ndarray:
        """Summed area (ha) of the alone hazards in each overlay row."""
        where = np.searchsorted(self.index, self.pairs[0])
        return np.bincount(self.pairs[1], weights=self.area_ha()[where], minlength=n_rows)


def alone_mask(boxes: np.ndarray, records: PolygonSet, districts: PolygonSet) -> np.ndarray:
    """Per hazard box: does it meet no other hazard, record or district edge?"""
    if len(boxes) == 0:
        return np.zeros(0, dtype=bool)
    alone = ~meets_another(boxes)
    alone &= ~meets_any(boxes, records.bounds())
    edges = segment_boxes(segments(districts.arrays())) if districts.geometries else None
    if edges is not None:
        alone &= ~meets_any(boxes, edges)
    return alone


def alone_hazards(
    hazards: PolygonSet,
    records: PolygonSet,
    districts: PolygonSet,
    measure_ha: Callable[[QgsGeometry], float],
) -> AloneHazards:
    """The alone hazards, the rows holding them and their measured polygons."""
    boxes = hazards.bounds()
    index = np.flatnonzero(alone_mask(boxes, records, districts))
    corner = boxes[index, :2]
    n = len(districts.geometries)
    if n and len(index):
        point, district = points_in_polygons(corner[:, 0], corner[:, 1], districts.arrays())
    else:
        point, district = np.zeros(0, np.int64), np.zeros(0, np.int64)
    outside = np.setdiff1d(np.arange(len(index)), point)
    hazard = np.concatenate([index[point], index[outside]])
    row = np.concatenate([district, np.full(len(outside), n, dtype=np.int64)])
    order = np.lexsort((hazard, row))
    parts = [_parts(hazards.geometries[k], measure_ha) for k in index.tolist()]
    return AloneHazards(index, (hazard[order], row[order]), parts)


def _parts(geom: QgsGeometry, measure_ha) -> list[tuple[QgsGeometry, float]]:
    """Each polygon of ``geom`` as a multi-polygon (a copy) with its area."""
    several = geom.isMultipart() and geom.constGet().numGeometries() > 1
    parts = geom.asGeometryCollection() if several else [QgsGeometry(geom)]
    out = []
    for part in parts:
        part.convertToMultiType()
        out.append((part, measure_ha(part)))
    return out


def without(hazards: PolygonSet, types: list | None, index: np.ndarray):
    """The hazards (and their types) other than those at ``index``."""
    drop = np.zeros(len(hazards.geometries), dtype=bool)
    drop[index] = True
    keep = np.flatnonzero(~drop).tolist()
    rest = dataclasses.replace(
        hazards,
        geometries=[hazards.geometries[k] for k in keep],
        feature_ids=[hazards.feature_ids[k] for k in keep],
        values=[hazards.values[k] for k in keep] if hazards.values else [],
    )
    return rest, None if types is None else [types[k] for k in keep]
