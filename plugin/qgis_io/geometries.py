"""The one geometry path: every feature read for analysis passes through :func:`clean`.

Real programme data holds null, empty, invalid and degenerate geometries (IMSMA NG never
validated polygons). :func:`clean` turns any feature geometry into what the engine can use, or
says why it cannot, so a caller keeps every feature and names the ones without a result:

1. null or empty → ``null``;
2. curves segmentised, Z and M dropped (analysis is planar, in metres);
3. a NaN or infinite coordinate → ``degenerate`` (QGIS itself calls a single point with a NaN
   coordinate empty → ``null``); then GEOS validity;
4. other invalid geometries are repaired with ``makeValid``; for polygons every polygonal part
   of the (possibly nested) result is kept, so the repaired area is the ``makeValid`` area;
5. a polygon left with no area (a 2-point ring, a spike, a collapsed ring) → ``degenerate``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np
from qgis.core import NULL as NULL_VALUE
from qgis.core import (
    QgsGeometry,
    QgsGeometryCollection,
    QgsMultiPolygon,
    QgsPolygon,
    QgsWkbTypes,
)

from ..engine.geometry import all_by, any_by, expand_ranges
from ..engine.ring_certificate import rings_apart, simple_rings
from ..i18n import tr

POLYGON = QgsWkbTypes.GeometryType.PolygonGeometry
OK, REPAIRED, NULL, DEGENERATE = "ok", "repaired", "null", "degenerate"
LISTED = 20  # features named one by one in a warning
T = QgsWkbTypes.Type
PLAIN_POLYGONS = frozenset((T.Polygon, T.MultiPolygon))
PLAIN = PLAIN_POLYGONS | {T.Point, T.MultiPoint, T.LineString, T.MultiLineString}
POINT_KIND, POLYGON_KIND = 1, 3  # WKB base types of walked features (wkb_arrays)


class Cleaned(NamedTuple):
    """What :func:`clean` made of one geometry: usable ``geometry`` (None unless ok/repaired)."""

    geometry: QgsGeometry | None
    state: str
    reason: str = ""

    @property
    def usable(self) -> bool:
        return self.state in (OK, REPAIRED)


def _null(reason: str) -> Cleaned:
    return Cleaned(None, NULL, reason)


def _degenerate(reason: str) -> Cleaned:
    return Cleaned(None, DEGENERATE, reason)


def clean(geom: QgsGeometry | None, polygonal: bool | None = None) -> Cleaned:
    """The analysis geometry of one feature (2D, linear, GEOS-valid) or why there is none.

    ``polygonal`` forces the polygon rules (True) or none (False); by default they follow the
    geometry's own type. ``geom`` itself is never changed.
    """
    missing = _missing(geom)
    if missing is not None:
        return missing
    kind = geom.wkbType()
    flat = geom if kind in PLAIN else planar(geom)
    is_polygon = flat.type() == POLYGON
    if polygonal is None:
        polygonal = is_polygon
    # GEOS calls POINT(inf inf) valid, and a polygon with a NaN first vertex valid or not
    # from one call to the next: only polygons kept by their (finite, positive) area skip this
    if not (is_polygon and polygonal) and not is_finite(flat):
        return _degenerate(tr("NaN or infinite coordinate"))
    if flat.isGeosValid():
        if not polygonal:
            return Cleaned(flat, OK)
        if kind in PLAIN_POLYGONS:  # GEOS calls a ring of one repeated point valid
            if _has_area(flat):
                return Cleaned(flat, OK)
            return _no_area(flat)
        parts = polygon_parts(flat)
        if parts.isNull() or not _has_area(parts):
            return _no_area(flat)
        return Cleaned(parts, OK if parts is flat else REPAIRED)
    if not is_finite(flat):
        return _degenerate(tr("NaN or infinite coordinate"))
    repaired = flat.makeValid()
    if (repaired.isNull() or repaired.isEmpty()) and polygonal:  # newer GEOS: nothing at all
        return _degenerate(tr("no area after repair (collapsed to a line or point)"))
    if repaired.isNull() or repaired.isEmpty():
        return _degenerate(tr("repair left nothing ({0})").format(repaired.lastError() or "GEOS"))
    if not polygonal:
        return Cleaned(repaired, REPAIRED)
    parts = polygon_parts(repaired)
    if parts.isNull() or not parts.area() > 0:
        return _degenerate(tr("no area after repair (collapsed to a line or point)"))
    return Cleaned(parts, REPAIRED)


def _has_area(geom: QgsGeometry) -> bool:
    """A finite, positive area (a NaN or infinite vertex gives NaN, inf or GEOS's -1)."""
    return 0 < geom.area() < math.inf


def _no_area(flat: QgsGeometry) -> Cleaned:
    """``degenerate`` for a GEOS-valid polygon without a usable area, with the reason."""
    if not is_finite(flat):
        return _degenerate(tr("NaN or infinite coordinate"))
    return _degenerate(tr("no area (not a polygon, or a zero-area ring)"))


def _missing(geom: QgsGeometry | None) -> Cleaned | None:
    """``null`` for a null or empty geometry, else None."""
    if geom is None or geom.isNull():
        return _null(tr("no geometry"))
    if geom.isEmpty():
        return _null(tr("empty geometry"))
    return None


def raw(geom: QgsGeometry | None) -> Cleaned:
    """Like :func:`clean` without validity or repair: the planar geometry as it is, for checks
    that look at the rings themselves (null and non-finite geometries still have none)."""
    missing = _missing(geom)
    if missing is not None:
        return missing
    flat = planar(geom)
    if not is_finite(flat):
        return _degenerate(tr("NaN or infinite coordinate"))
    return Cleaned(flat, OK)


def planar(geom: QgsGeometry) -> QgsGeometry:
    """A copy without curves, Z or M (``geom`` itself when it has none of them)."""
    kind = geom.wkbType()
    if not (QgsWkbTypes.isCurvedType(kind) or QgsWkbTypes.hasZ(kind) or QgsWkbTypes.hasM(kind)):
        return geom
    shape = geom.constGet()
    shape = shape.segmentize() if QgsWkbTypes.isCurvedType(kind) else shape.clone()
    shape.dropZValue()
    shape.dropMValue()
    return QgsGeometry(shape)


def is_finite(geom: QgsGeometry) -> bool:
    """True when every vertex has finite x and y."""
    return all(math.isfinite(v.x()) and math.isfinite(v.y()) for v in geom.vertices())


def polygon_parts(geom: QgsGeometry) -> QgsGeometry:
    """Every polygonal part of ``geom``, nested collections flattened; null when none.

    ``makeValid`` and overlays return collections such as
    ``GeometryCollection(MultiPolygon(...), LineString(...))``: the polygons are kept, lines
    and points dropped. One polygon stays a Polygon, several become a MultiPolygon.
    """
    if geom is None or geom.isNull() or geom.isEmpty():
        return QgsGeometry()
    if geom.type() == POLYGON and not QgsWkbTypes.isCurvedType(geom.wkbType()):
        return geom
    polygons: list = []
    _collect_polygons(geom.constGet(), polygons)
    if not polygons:
        return QgsGeometry()
    if len(polygons) == 1:
        return QgsGeometry(polygons[0])
    multi = QgsMultiPolygon()
    for polygon in polygons:
        multi.addGeometry(polygon)
    return QgsGeometry(multi)


def _collect_polygons(shape, out: list) -> None:
    """Append a linear copy of every non-empty polygon inside ``shape`` to ``out``."""
    if isinstance(shape, QgsGeometryCollection):
        for i in range(shape.numGeometries()):
            _collect_polygons(shape.geometryN(i), out)
        return
    if QgsWkbTypes.geometryType(shape.wkbType()) != POLYGON or shape.isEmpty():
        return
    linear = shape.segmentize() if QgsWkbTypes.isCurvedType(shape.wkbType()) else shape.clone()
    if not isinstance(linear, QgsPolygon):  # a segmentised curve polygon
        polygon = QgsPolygon()
        polygon.setExteriorRing(linear.exteriorRing().clone())
        for k in range(linear.numInteriorRings()):
            polygon.addInteriorRing(linear.interiorRing(k).clone())
        linear = polygon
    out.append(linear)


def repair(geom: QgsGeometry, kind) -> tuple[QgsGeometry | None, bool, object]:
    """``(geometry, repaired, note)`` of one feature for REPAIRED (see :func:`output_geometry`;
    the note is NULL for a usable geometry)."""
    out, state, reason = output_geometry(geom, kind)
    return out, state == REPAIRED, NULL_VALUE if state in (OK, REPAIRED) else reason


def output_geometry(geom: QgsGeometry | None, kind) -> tuple[QgsGeometry | None, str, str]:
    """``(geometry, state, reason)`` an output writes for one feature, through :func:`clean`.

    Valid geometries as they are (``ok``), invalid ones repaired (``repaired``). A geometry
    that cannot be repaired into the layer's type (a lone spike, a zero-area or 2-point ring)
    keeps its original rings so its place is not lost (``degenerate``, with the reason); a
    null or empty geometry, or one with a NaN or infinite coordinate, is None (``null`` or
    ``degenerate``). The geometry is a multi-type copy; ``kind`` is the layer's geometry type.
    """
    cleaned = clean(geom, kind == POLYGON)
    if cleaned.usable:
        out = as_type(cleaned.geometry, kind)
        if out is not None:
            return out, cleaned.state, ""
        cleaned = Cleaned(None, DEGENERATE, tr("repair gave another geometry type"))
    if cleaned.state == DEGENERATE and is_finite(geom):
        original = as_type(planar(geom), kind)
        if original is not None:
            return original, DEGENERATE, cleaned.reason
    return None, cleaned.state, cleaned.reason


def as_type(geom: QgsGeometry, kind) -> QgsGeometry | None:
    """A multi-type copy of ``geom``, collections converted to ``kind`` (None if impossible)."""
    out = QgsGeometry(geom)
    if out.type() != kind and (
        not out.convertGeometryCollectionToSubclass(kind) or out.type() != kind
    ):
        return None
    out.convertToMultiType()
    return out


@dataclass
class GeometryReport:
    """What reading one layer found: counts, and the features left without a result."""

    layer: str
    n_features: int = 0
    n_repaired: int = 0
    null_ids: list = field(default_factory=list)
    degenerate: list = field(default_factory=list)  # (feature id, reason)
    names: dict = field(default_factory=dict)  # feature id -> id label (qgis_io/ids)

    @property
    def n_null(self) -> int:
        return len(self.null_ids)

    @property
    def n_degenerate(self) -> int:
        return len(self.degenerate)

    def count(self, fid, cleaned: Cleaned) -> None:
        """Count one feature's outcome."""
        self.n_features += 1
        if cleaned.state == REPAIRED:
            self.n_repaired += 1
        elif cleaned.state == NULL:
            self.null_ids.append(fid)
        elif cleaned.state == DEGENERATE:
            self.degenerate.append((fid, cleaned.reason))

    def record(self) -> dict:
        """Counts for the run record (JSON-safe)."""
        return {
            "features": self.n_features,
            "repaired": self.n_repaired,
            "null": self.n_null,
            "degenerate": self.n_degenerate,
            "degenerate_features": [
                {"feature": _json_id(fid), "reason": reason} for fid, reason in self.degenerate
            ],
        }

    def messages(self, kept: str) -> list[str]:
        """Warnings to show: repaired, degenerate (named one by one) and null features.

        ``kept`` says what happens to features without a result, e.g. "kept with NULL scores".
        """
        out = []
        if self.n_repaired:
            out.append(
                tr("Layer '{0}': {1} invalid geometries repaired with makeValid.").format(
                    self.layer, self.n_repaired
                )
            )
        if self.degenerate:
            named = ", ".join(
                f"{self.named(fid)} ({reason})" for fid, reason in self.degenerate[:LISTED]
            )
            more = tr(" and {0} more").format(self.n_degenerate - LISTED)
            out.append(
                tr("Layer '{0}': {1} features have no usable geometry, {2}: {3}{4}.").format(
                    self.layer,
                    self.n_degenerate,
                    kept,
                    named,
                    more if self.n_degenerate > LISTED else "",
                )
            )
        if self.null_ids:
            named = ", ".join(self.named(fid) for fid in self.null_ids[:LISTED])
            out.append(
                tr("Layer '{0}': {1} features without geometry, {2} (features {3}{4}).").format(
                    self.layer,
                    self.n_null,
                    kept,
                    named,
                    "…" if self.n_null > LISTED else "",
                )
            )
        return out

    def named(self, fid) -> str:
        """A feature as messages name it: its id label when known (``12 'H-0042'``)."""
        label = self.names.get(fid)
        return str(fid) if label is None or label == str(fid) else f"{fid} '{label}'"

    def warn(self, feedback, kept: str) -> None:
        """Push :meth:`messages` as warnings (no-op without feedback)."""
        if feedback is None:
            return
        for message in self.messages(kept):
            feedback.pushWarning(message)


def _json_id(fid):
    return fid if isinstance(fid, (int, str)) else str(fid)


def certified(walked, polygonal: bool) -> np.ndarray:
    """Per walked feature (:mod:`wkb_arrays`): True when :func:`clean` would certainly keep
    it as it is (state ``ok``), so GEOS need not see it; every other feature goes through
    :func:`clean`.

    Polygons: each part one ring (no holes), every ring certified simple by
    :func:`ring_certificate.simple_rings`, at most two parts, certainly apart. Lines: finite,
    each with two distinct vertices. Points: finite.
    """
    n = len(walked.walked)
    kind = walked.kind
    ok = walked.walked & (kind == POLYGON_KIND) if polygonal else walked.walked & (kind > 0)
    ok &= polygonal | (kind != POLYGON_KIND)
    rf = walked.ring_feature
    if not len(rf):
        return ok
    counts = np.diff(walked.ring_offsets)
    ring_of = np.repeat(np.arange(len(rf)), counts)
    finite = np.isfinite(walked.xy).all(axis=1)
    ring_fine = all_by(ring_of, finite, len(rf))
    if polygonal:
        ring_fine &= simple_rings(walked.xy, walked.ring_offsets) & ~walked.ring_hole
        ring_fine &= walked.ring_part <= 1
    else:
        first = walked.xy[walked.ring_offsets[:-1]]
        distinct = any_by(ring_of, np.any(walked.xy != first[ring_of], axis=1), len(rf))
        ring_fine &= distinct | (kind[rf] == POINT_KIND)
    ok &= all_by(rf, ring_fine, n)
    if polygonal:
        ok &= _parts_apart(walked, n, ok)
    return ok


def _parts_apart(walked, n: int, candidates: np.ndarray) -> np.ndarray:
    """True per feature unless it has two polygon parts that may meet: boxes apart, or
    rings certified apart by :func:`ring_certificate.rings_apart`. Only the ``candidates``
    are looked at (finite, simple rings: no NaN or infinity reaches the arithmetic)."""
    second = np.flatnonzero((walked.ring_part == 1) & candidates[walked.ring_feature])
    apart = np.ones(n, dtype=bool)
    if not len(second):
        return apart
    first = second - 1  # one ring per part (holes are refused above): part 0's ring
    box = [_ring_box(walked, r) for r in (first, second)]
    boxes_apart = (
        (box[0][2] < box[1][0])
        | (box[1][2] < box[0][0])
        | (box[0][3] < box[1][1])
        | (box[1][3] < box[0][1])
    )
    near = np.flatnonzero(~boxes_apart)
    boxes_apart[near] = rings_apart(walked.xy, walked.ring_offsets, first[near], second[near])
    apart[walked.ring_feature[second]] = boxes_apart
    return apart


def _ring_box(walked, rings: np.ndarray) -> tuple:
    """``(xmin, ymin, xmax, ymax)`` of the given rings."""
    lo, hi = walked.ring_offsets[rings], walked.ring_offsets[rings + 1]
    index = expand_ranges(lo, hi - lo)
    filled = np.flatnonzero(hi > lo)  # reduceat over the vertices of each non-empty ring
    at = (np.cumsum(hi - lo) - (hi - lo))[filled]
    out = []
    for fn, axis in ((np.minimum, 0), (np.minimum, 1), (np.maximum, 0), (np.maximum, 1)):
        value = np.full(len(rings), np.inf if fn is np.minimum else -np.inf)
        if len(filled):
            value[filled] = fn.reduceat(walked.xy[index, axis], at)
        out.append(value)
    return tuple(out)
