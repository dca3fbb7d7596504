"""Reference points of minefield records placed in their UTM zone: coordinates in REF_CRS,
MGRS text or a landmark name looked up in a point layer."""

from __future__ import annotations

import math

from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsPointXY,
    QgsProcessingException,
)

from ..engine.mgrs import UtmPoint
from ..engine.record_layout import Placed
from ..engine.records import LegTable, Problem, Reference, parse_reference
from ..i18n import tr, tr_message
from .crs import WGS84, from_utm, utm_of
from .geometries import GeometryReport, clean
from .layers import iter_features

Landmarks = dict[str, list[QgsPointXY]]  # lower-case name -> WGS 84 points of that name


def read_landmarks(source, field: str, transform_context, feedback=None) -> Landmarks:
    """Every named point of ``source`` (a point on the surface of other geometries) in
    WGS 84; landmarks without a usable point (no geometry, NaN or infinite, beyond WGS 84)
    are named in one warning."""
    name = source.sourceName() or "LANDMARKS"
    index = source.fields().lookupField(field)
    if index < 0:
        raise QgsProcessingException(
            tr("Layer '{0}' (LANDMARKS) has no field '{1}'.").format(name, field)
        )
    to_wgs = QgsCoordinateTransform(source.sourceCrs(), WGS84, transform_context)
    out: Landmarks = {}
    report = GeometryReport(name)
    for feature in iter_features(source):
        cleaned = clean(feature.geometry(), polygonal=False)
        report.count(feature.id(), cleaned)
        value = feature.attribute(index)
        if not cleaned.usable or value in (None, NULL):
            continue
        point = wgs84_point(cleaned.geometry.pointOnSurface().asPoint(), to_wgs)
        if point is None:
            report.degenerate.append((feature.id(), tr("beyond WGS 84")))
            continue
        out.setdefault(str(value).strip().lower(), []).append(point)
    report.warn(feedback, tr("not used as landmarks"))
    return out


def wgs84_point(point: QgsPointXY, to_wgs: QgsCoordinateTransform) -> QgsPointXY | None:
    """``point`` in WGS 84, or None when it cannot be transformed or lies beyond ±180°/±90°."""
    try:
        out = to_wgs.transform(point)
    except QgsCsException:
        return None
    if not (math.isfinite(out.x()) and math.isfinite(out.y())):
        return None
    return out if abs(out.x()) <= 180 and abs(out.y()) <= 90 else None


def place_references(
    table: LegTable,
    ref_crs: QgsCoordinateReferenceSystem,
    landmarks: Landmarks,
    transform_context: QgsCoordinateTransformContext,
) -> Placed:
    """Each record's reference point in its UTM zone; failures are added to
    ``table.problems`` (row, record, field ref_x or landmark, why)."""
    placed = Placed.unresolved(len(table.record_ids))
    to_wgs = QgsCoordinateTransform(ref_crs, WGS84, transform_context)
    own_utm = ref_crs.authid().startswith(("EPSG:326", "EPSG:327"))
    for r, ref in enumerate(table.references):
        rid = table.record_ids[r]
        if ref.row == 0:
            continue  # already reported: no reference point
        try:
            if ref.x is None and ref.y is None:
                epsg, xy, lonlat = _at_landmark(ref, landmarks, transform_context)
            else:
                epsg, xy, lonlat = _at_coordinates(ref, ref_crs, own_utm, to_wgs, transform_context)
        except (ValueError, QgsCsException) as exc:
            field = "landmark" if ref.landmark and ref.x is None else "ref_x"
            table.problems.append(Problem(ref.row, rid, field, tr_message(exc)))
            continue
        placed.epsg[r], placed.xy[r], placed.lonlat[r] = epsg, xy, lonlat
    return placed


def _at_landmark(ref: Reference, landmarks: Landmarks, transform_context):
    points = landmarks.get(ref.landmark.lower())
    if not points:
        raise ValueError(
            tr("unknown landmark {0}").format(repr(ref.landmark))
            + ("" if landmarks else tr(" (no LANDMARKS layer given)"))
        )
    if len(points) > 1:
        raise ValueError(
            tr("landmark {0} is ambiguous ({1} points)").format(repr(ref.landmark), len(points))
        )
    return _in_own_zone(points[0], transform_context)


def _at_coordinates(ref: Reference, ref_crs, own_utm: bool, to_wgs, transform_context):
    value = parse_reference(ref, ref_crs.isGeographic())
    if isinstance(value, UtmPoint):
        lonlat = from_utm(value.epsg, value.easting, value.northing, transform_context)
        return value.epsg, (value.easting, value.northing), (lonlat.x(), lonlat.y())
    lonlat = to_wgs.transform(QgsPointXY(*value))
    if own_utm:
        return int(ref_crs.authid()[5:]), value, (lonlat.x(), lonlat.y())
    return _in_own_zone(lonlat, transform_context)


def _in_own_zone(lonlat: QgsPointXY, transform_context):
    epsg, xy = utm_of(lonlat, transform_context)
    return epsg, (xy.x(), xy.y()), (lonlat.x(), lonlat.y())
