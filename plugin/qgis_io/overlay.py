"""District overlay with GEOS: dissolve each layer per district, clip by the district, then
intersect and subtract the dissolved geometries, and measure every result on the ellipsoid;
the unmapped pieces split into measured parts, and points placed in districts and records.

Work grows with districts x layers, not with pairs of features: each district unions only the
features whose bounding box meets its own (numpy test), in one ``unaryUnion`` call. Hazards
alone in their box (:mod:`.alone_hazards`) skip GEOS: their measured area is added to the
rows holding them and their polygons are gap parts as they are.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCsException,
    QgsDistanceArea,
    QgsGeometry,
    QgsProcessingException,
)

from ..engine.coverage import AREA_FIELDS, locate_points
from ..engine.progress import OperationCancelled
from ..i18n import tr
from .alone_hazards import AloneHazards, alone_hazards, without
from .crs import is_metric, source_metric_crs
from .polygons import PolygonSet, polygon_parts

M2_PER_HA = 10_000.0
NO_TYPE = None


@dataclass
class Layers:
    """The dissolved-per-district inputs (already in the overlay CRS)."""

    districts: PolygonSet
    records: PolygonSet
    hazards: PolygonSet
    cleared: PolygonSet | None = None
    hazard_types: list | None = None  # one value per hazard geometry, or None


@dataclass(frozen=True)
class Gap:
    """Unmapped hazard of one type in one overlay row (``row == len(districts)``: outside)."""

    row: int
    kind: str | None
    geometry: QgsGeometry


@dataclass(frozen=True)
class GapPart:
    """One polygon of a :class:`Gap` (multi-type) with its ellipsoidal area."""

    row: int
    kind: str | None
    geometry: QgsGeometry
    area_ha: float


@dataclass
class OverlayResult:
    """Areas (ha) per district geometry plus a last "outside every district" entry, the
    same figures measured on the whole area at once, and the unmapped pieces."""

    areas: dict[str, np.ndarray]
    totals: dict[str, float]
    gaps: list[Gap] = field(default_factory=list)
    district_union_ha: float = 0.0
    ready_parts: list[GapPart] = field(default_factory=list)  # measured already (alone hazards)


def overlay_crs(hazards, districts) -> QgsCoordinateReferenceSystem:
    """The hazards' CRS when metric, else a metric CRS for the districts' extent."""
    crs = hazards.sourceCrs()
    if is_metric(crs):
        return crs
    return source_metric_crs(districts)


class _Dissolver:
    """Union of the features of one layer that may meet a box, clipped to a polygon."""

    def __init__(self, layer: PolygonSet | None, keep: np.ndarray | None = None) -> None:
        self.geoms = layer.geometries if layer is not None else []
        self.bounds = layer.bounds() if layer is not None else np.zeros((0, 4))
        self.keep = keep

    def all(self) -> QgsGeometry:
        return _union([g for k, g in enumerate(self.geoms) if self._kept(k)])

    def _kept(self, k: int) -> bool:
        return self.keep is None or bool(self.keep[k])

    def within(self, clip: QgsGeometry) -> QgsGeometry:
        box = clip.boundingBox()
        b = self.bounds
        if len(b) == 0:
            return QgsGeometry()
        hit = (b[:, 0] <= box.xMaximum()) & (b[:, 2] >= box.xMinimum())
        hit &= (b[:, 1] <= box.yMaximum()) & (b[:, 3] >= box.yMinimum())
        if self.keep is not None:
            hit &= self.keep
        union = _union([self.geoms[k] for k in np.flatnonzero(hit)])
        return _clip(union, clip)


def _union(geoms: list[QgsGeometry]) -> QgsGeometry:
    if not geoms:
        return QgsGeometry()
    return polygon_parts(QgsGeometry.unaryUnion(geoms))


def _clip(geom: QgsGeometry, clip: QgsGeometry) -> QgsGeometry:
    if geom.isNull() or geom.isEmpty() or clip.isNull() or clip.isEmpty():
        return QgsGeometry()
    return polygon_parts(geom.intersection(clip))


def _minus(geom: QgsGeometry, other: QgsGeometry) -> QgsGeometry:
    if geom.isNull() or geom.isEmpty():
        return QgsGeometry()
    if other.isNull() or other.isEmpty():
        return geom
    return polygon_parts(geom.difference(other))


def covered_area(shapes: list[QgsGeometry | None], cover: PolygonSet, cancelled=None) -> np.ndarray:
    """Per shape the planar area (CRS units²) also covered by ``cover``, overlaps of
    ``cover`` counted once (the union of the cover polygons whose box meets the shape's,
    clipped to the shape). NaN where the shape is None; raises :class:`OperationCancelled`
    when ``cancelled()`` says so."""
    dissolver = _Dissolver(cover)
    out = np.full(len(shapes), np.nan)
    for i, shape in enumerate(shapes):
        if cancelled is not None and cancelled():
            raise OperationCancelled()
        if shape is not None:
            covered = dissolver.within(shape)
            out[i] = 0.0 if covered.isNull() or covered.isEmpty() else covered.area()
    return out


def _figures(
    measure: QgsDistanceArea, layers: Layers, district, hazard, records, cleared
) -> dict[str, float]:
    """The seven areas (ha) of one row from its dissolved, clipped geometries. A coordinate
    outside the CRS's domain stops with an error naming the feature (QGIS 3.40 raises there,
    3.22 measured such an area as 0)."""

    def ha(geom: QgsGeometry) -> float:
        return _ha(measure, layers, geom)

    return {
        "district_ha": ha(district),
        "records_ha": ha(records),
        "hazard_ha": ha(hazard),
        "hazard_in_records_ha": ha(_clip(hazard, records)),
        "unmapped_hazard_ha": ha(_minus(hazard, records)),
        "records_without_hazard_ha": ha(_minus(records, hazard)),
        "cleared_ha": ha(cleared),
    }


def _ha(measure: QgsDistanceArea, layers: Layers, geom: QgsGeometry | None) -> float:
    """Ellipsoidal area (ha); an error naming the feature when a coordinate is outside the
    CRS's domain."""
    if geom is None or geom.isNull() or geom.isEmpty():
        return 0.0
    try:
        return measure.measureArea(geom) / M2_PER_HA
    except QgsCsException as exc:
        raise QgsProcessingException(
            tr(
                "Cannot measure areas on the ellipsoid: {0} has a coordinate outside the "
                "domain of its CRS ({1}). Fix or remove that feature."
            ).format(_unmeasurable(measure, layers), exc)
        ) from exc


def _unmeasurable(measure: QgsDistanceArea, layers: Layers) -> str:
    """``layer 'name', feature id`` of the first polygon the ellipsoid cannot measure."""
    sets = (layers.districts, layers.hazards, layers.records, layers.cleared)
    for polygons in (p for p in sets if p is not None):
        for geom, fid in zip(polygons.geometries, polygons.feature_ids):
            try:
                measure.measureArea(geom)
            except QgsCsException:
                return tr("layer '{0}', feature {1}").format(polygons.name, fid)
    return tr("a dissolved polygon")


def type_order(types: list) -> list:
    """Distinct hazard types, alphabetical (CHA before SHA), no-type last."""
    named = sorted({str(t) for t in types if t is not None})
    return named + ([NO_TYPE] if any(t is None for t in types) else [])


def _split_by_type(
    unmapped: QgsGeometry, of_type: dict[object, QgsGeometry] | None
) -> list[tuple[object, QgsGeometry]]:
    """Unmapped area split by hazard type; overlaps go to the type first in order."""
    if of_type is None:
        return [(NO_TYPE, unmapped)] if not unmapped.isEmpty() else []
    pieces, remaining = [], unmapped
    for kind, geom in of_type.items():
        if remaining.isNull() or remaining.isEmpty():
            break
        piece = _clip(remaining, geom)
        if not piece.isEmpty():
            pieces.append((kind, piece))
        remaining = _minus(remaining, geom)
    return pieces


class _Hazards:
    """Hazards dissolved per type when types are given (the all-type union is then the
    cheap union of the few per-type unions), else dissolved at once."""

    def __init__(self, layers: Layers) -> None:
        self.all_types = _Dissolver(layers.hazards)
        self.by_type: dict[object, _Dissolver] = {}
        if layers.hazard_types is not None:
            kinds = np.array([None if t is None else str(t) for t in layers.hazard_types], object)
            for kind in type_order(layers.hazard_types):
                self.by_type[kind] = _Dissolver(layers.hazards, kinds == kind)

    def within(self, clip: QgsGeometry | None) -> tuple[QgsGeometry, dict | None]:
        """Union of the hazards in ``clip`` (everywhere when None) and its per-type parts."""
        if not self.by_type:
            union = self.all_types.all() if clip is None else self.all_types.within(clip)
            return union, None
        parts = {k: d.all() if clip is None else d.within(clip) for k, d in self.by_type.items()}
        return _union([g for g in parts.values() if not g.isEmpty()]), parts


def coverage_overlay(
    layers: Layers,
    measure: QgsDistanceArea,
    progress=None,
    cancelled=None,
) -> OverlayResult:
    """Areas per district, outside every district and in total; the unmapped pieces."""
    alone = alone_hazards(
        layers.hazards,
        layers.records,
        layers.districts,
        lambda g: _ha(measure, layers, g),
        cancelled,
    )
    rest, rest_types = without(layers.hazards, layers.hazard_types, alone.index)
    result = _overlay(
        layers,
        dataclasses.replace(layers, hazards=rest, hazard_types=rest_types),
        measure,
        progress,
        cancelled,
    )
    _add_alone(result, alone, layers.hazard_types, len(layers.districts.geometries))
    return result


def _add_alone(result: OverlayResult, alone: AloneHazards, types, n: int) -> None:
    """The alone hazards' areas in their rows and the totals, their polygons as gap parts."""
    row_ha, total = alone.row_ha(n + 1), alone.total_ha()
    for name in ("hazard_ha", "unmapped_hazard_ha"):
        result.areas[name] = result.areas[name] + row_ha
        result.totals[name] += total
    where = np.searchsorted(alone.index, alone.pairs[0])
    for k, row in zip(where.tolist(), alone.pairs[1].tolist()):
        t = None if types is None else types[alone.index[k]]
        kind = None if t is None else str(t)
        for geom, area in alone.parts[k]:
            if area > 0:
                result.ready_parts.append(GapPart(row, kind, geom, area))


def _overlay(
    layers: Layers, work: Layers, measure: QgsDistanceArea, progress=None, cancelled=None
) -> OverlayResult:
    """The GEOS overlay of the hazards of ``work`` (``layers`` names features in errors)."""
    hazards, records = _Hazards(work), _Dissolver(work.records)
    cleared = _Dissolver(work.cleared)
    n = len(work.districts.geometries)
    rows: list[dict[str, float]] = []
    gaps: list[Gap] = []
    for i, district in enumerate(work.districts.geometries):
        if cancelled is not None and cancelled():
            raise OperationCancelled()
        (hazard, of_type), record = hazards.within(district), records.within(district)
        rows.append(_figures(measure, layers, district, hazard, record, cleared.within(district)))
        for kind, piece in _split_by_type(_minus(hazard, record), of_type):
            gaps.append(Gap(i, kind, piece))
        if progress is not None:
            progress((i + 1) / (n + 1))
    everywhere = _union(work.districts.geometries)
    (all_h, all_of_type), all_r, all_c = hazards.within(None), records.all(), cleared.all()
    totals = _figures(measure, layers, everywhere, all_h, all_r, all_c)
    out_h, out_r = _minus(all_h, everywhere), _minus(all_r, everywhere)
    out_c = _minus(all_c, everywhere)
    outside = _figures(measure, layers, QgsGeometry(), out_h, out_r, out_c)
    rows.append(outside)
    for kind, piece in _split_by_type(_minus(out_h, out_r), all_of_type):
        gaps.append(Gap(n, kind, piece))
    areas = {k: np.array([r[k] for r in rows]) for k in AREA_FIELDS}
    result = OverlayResult(areas, totals, [g for g in gaps if not g.geometry.isEmpty()])
    result.district_union_ha = totals["district_ha"]
    return result


def gap_parts(
    gaps: list[Gap], measure: QgsDistanceArea, ready: list[GapPart] = ()
) -> list[GapPart]:
    """Every polygon of the gaps with a positive ellipsoidal area, as multi-polygons, and
    then the ``ready`` (measured) parts, grouped by row."""
    out = []
    for gap in gaps:
        for part in gap.geometry.asGeometryCollection():
            area = measure.measureArea(part) / M2_PER_HA
            if area <= 0:
                continue
            part.convertToMultiType()
            out.append(GapPart(gap.row, gap.kind, part, area))
    return sorted(out + list(ready), key=lambda p: p.row)


def place_points(
    x: np.ndarray,
    y: np.ndarray,
    districts: PolygonSet,
    records: PolygonSet,
    tolerance: float,
) -> tuple[np.ndarray, np.ndarray]:
    """Row of each point (first district holding it, ``len(districts)`` + null districts when
    none, i.e. the outside row) and whether a record holds it; boundaries within
    ``tolerance`` count as inside."""
    n_rows = len(districts.geometries) + districts.n_null
    row = locate_points(x, y, districts.arrays(), tolerance)
    row = np.where(row < 0, n_rows, row)
    return row, locate_points(x, y, records.arrays(), tolerance) >= 0
