"""Hazards that need no GEOS overlay: those that touch no other hazard, overlap no record's
interior and cross no district boundary.

Candidates come from a box join (:mod:`..engine.box_pairs`); only pairs whose boxes meet are
tested with GEOS ``intersects``. A hazard whose box meets no district boundary segment's box
lies in the districts holding a corner of its box (ray casting); one near an edge is tested
with GEOS against each district whose box meets its own (contains it, misses or only touches
it, or else crosses its boundary: then the hazard is not alone). An alone hazard's
dissolved, clipped area in each district holding it is its own area, all of it unmapped, and
its gap parts are its own polygons. Only the others go through the union, intersection and
difference of :mod:`.overlay`.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from qgis.core import QgsGeometry

from ..engine.box_pairs import box_pairs, meets_any, segment_boxes
from ..engine.geometry import segments
from ..engine.point_in_polygon import points_in_polygons
from ..engine.progress import OperationCancelled
from .polygons import PolygonSet

CHECK_EVERY = 2000  # hazards measured between two looks at cancel


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
        return np.array([math.fsum(a for _, a in p) for p in self.parts], dtype=float)

    def row_ha(self, n_rows: int) -> np.ndarray:
        """Summed area (ha) of the alone hazards in each overlay row: exactly rounded sums
        (``math.fsum``), so the figures do not depend on the order of the features."""
        area = self.area_ha()[np.searchsorted(self.index, self.pairs[0])]
        out = np.zeros(n_rows)
        for row in np.unique(self.pairs[1]).tolist():
            out[row] = math.fsum(area[self.pairs[1] == row].tolist())
        return out

    def total_ha(self) -> float:
        """Summed area (ha) of all alone hazards (each once), exactly rounded."""
        return math.fsum(self.area_ha().tolist())


def alone_hazards(
    hazards: PolygonSet,
    records: PolygonSet,
    districts: PolygonSet,
    measure_ha: Callable[[QgsGeometry], float],
    cancelled: Callable[[], bool] | None = None,
) -> AloneHazards:
    """The alone hazards, the rows holding them and their measured polygons (raises
    :class:`OperationCancelled` when ``cancelled()`` says so)."""
    boxes, geoms = hazards.bounds(), hazards.geometries
    alone = np.ones(len(geoms), dtype=bool)
    _drop_touching(alone, geoms, *box_pairs(boxes, boxes))
    _drop_touching(alone, geoms, *box_pairs(boxes, records.bounds()), records.geometries)
    n = len(districts.geometries)
    near = _near_edges(boxes, districts)
    held = [_held_far(boxes, np.flatnonzero(alone & ~near), districts)]
    held.append(_held_near(alone, geoms, np.flatnonzero(alone & near), boxes, districts))
    hazard = np.concatenate([h for h, _ in held])
    row = np.concatenate([r for _, r in held])
    keep = alone[hazard]  # a near hazard may have left ``alone`` after a district held it
    hazard, row = hazard[keep], row[keep]
    index = np.flatnonzero(alone)
    outside = np.setdiff1d(index, hazard)
    hazard = np.concatenate([hazard, outside])
    row = np.concatenate([row, np.full(len(outside), n, dtype=np.int64)])
    order = np.lexsort((hazard, row))
    parts = []
    for i, k in enumerate(index.tolist()):
        if cancelled is not None and i % CHECK_EVERY == 0 and cancelled():
            raise OperationCancelled()
        parts.append(_parts(geoms[k], measure_ha))
    return AloneHazards(index, (hazard[order], row[order]), parts)


def _drop_touching(alone: np.ndarray, geoms, i: np.ndarray, j: np.ndarray, others=None) -> None:
    """Hazards whose box meets another's (``others`` None) or a record's: no longer alone
    when they touch another hazard (a union would merge them) or overlap a record's interior
    (GEOS, only for the candidate pairs)."""
    same = others is None
    for a, b in zip(i.tolist(), j.tolist()):
        if same and (a >= b or not (alone[a] or alone[b])):
            continue
        if not same and not alone[a]:
            continue
        if same and geoms[a].intersects(geoms[b]):
            alone[a] = alone[b] = False
        elif not same and _overlaps(geoms[a], others[b]):
            alone[a] = False


def _overlaps(a: QgsGeometry, b: QgsGeometry) -> bool:
    """Do the interiors of ``a`` and ``b`` meet (more than touching boundaries)?"""
    return a.intersects(b) and not a.touches(b)


def _near_edges(boxes: np.ndarray, districts: PolygonSet) -> np.ndarray:
    """Per hazard: does its box meet the box of a district boundary segment?"""
    if not districts.geometries or len(boxes) == 0:
        return np.zeros(len(boxes), dtype=bool)
    return meets_any(boxes, segment_boxes(segments(districts.arrays())))


def _held_far(boxes: np.ndarray, far: np.ndarray, districts: PolygonSet):
    """``(hazard, district)`` for hazards far from every district edge: the districts
    holding a corner of the box hold all of it (ray casting; a corner is on no edge)."""
    if len(far) == 0 or not districts.geometries:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    point, district = points_in_polygons(boxes[far, 0], boxes[far, 1], districts.arrays())
    return far[point], district.astype(np.int64)


def _held_near(alone: np.ndarray, geoms, near: np.ndarray, boxes, districts: PolygonSet):
    """``(hazard, district)`` for hazards near a district edge, by GEOS on each district
    whose box meets the hazard's: it contains the hazard, misses or touches it, or (the
    hazard crosses its boundary) the hazard is not alone."""
    if len(near) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    h, d = box_pairs(boxes[near], districts.bounds())
    engines: dict[int, object] = {}
    out_h, out_d = [], []
    for k, j in zip(near[h].tolist(), d.tolist()):
        if not alone[k]:
            continue
        if j not in engines:
            engines[j] = QgsGeometry.createGeometryEngine(districts.geometries[j].constGet())
            engines[j].prepareGeometry()
        shape = geoms[k].constGet()
        if engines[j].contains(shape):
            out_h.append(k)
            out_d.append(j)
        elif engines[j].intersects(shape) and not engines[j].touches(shape):
            alone[k] = False
    return np.array(out_h, dtype=np.int64), np.array(out_d, dtype=np.int64)


def _parts(geom: QgsGeometry, measure_ha) -> list[tuple[QgsGeometry, float]]:
    """Each polygon of ``geom`` as a multi-polygon with its area (``geom`` itself when it is
    a one-part multi-polygon: never changed)."""
    if geom.isMultipart():
        if geom.constGet().numGeometries() == 1:
            return [(geom, measure_ha(geom))]
        parts = geom.asGeometryCollection()
    else:
        parts = [QgsGeometry(geom)]
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
