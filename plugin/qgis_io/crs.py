"""Choice of the metric CRS in which distances and areas are computed."""

from __future__ import annotations

import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsFeatureRequest,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
)

from ..engine.utm import UtmZone
from .compat import empty_rectangle
from .layers import iter_features

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def utm_crs_for(lon: float, lat: float) -> QgsCoordinateReferenceSystem:
    """WGS 84 / UTM zone containing a longitude/latitude (EPSG:326zz north, 327zz south)."""
    return QgsCoordinateReferenceSystem(f"EPSG:{UtmZone.of(lon, lat).epsg}")


def utm_of(
    lonlat: QgsPointXY, transform_context: QgsCoordinateTransformContext
) -> tuple[int, QgsPointXY]:
    """The EPSG code of the UTM zone containing a WGS 84 point, and the point in that zone."""
    epsg = UtmZone.of(lonlat.x(), lonlat.y()).epsg
    utm = QgsCoordinateReferenceSystem(f"EPSG:{epsg}")
    return epsg, QgsCoordinateTransform(WGS84, utm, transform_context).transform(lonlat)


def from_utm(
    epsg: int, easting: float, northing: float, transform_context: QgsCoordinateTransformContext
) -> QgsPointXY:
    """A point of UTM zone ``epsg`` in WGS 84 longitude/latitude."""
    utm = QgsCoordinateReferenceSystem(f"EPSG:{epsg}")
    back = QgsCoordinateTransform(utm, WGS84, transform_context)
    return back.transform(QgsPointXY(easting, northing))


def is_metric(crs: QgsCoordinateReferenceSystem) -> bool:
    """Projected with metre units."""
    return (
        crs.isValid()
        and not crs.isGeographic()
        and crs.mapUnits() == QgsUnitTypes.DistanceUnit.DistanceMeters
    )


def metric_crs(
    crs: QgsCoordinateReferenceSystem, extent: QgsRectangle
) -> QgsCoordinateReferenceSystem:
    """``crs`` when it is projected in metres, else the UTM zone of the extent's centre
    (zone 31N, at 0° 0°, when the extent has no finite centre: nothing can be measured then)."""
    if is_metric(crs):
        return crs
    centre = QgsPointXY(extent.center())
    if crs != WGS84 and _finite(centre):
        transform = QgsCoordinateTransform(crs, WGS84, QgsProject.instance())
        try:
            centre = transform.transform(centre)
        except QgsCsException:
            centre = QgsPointXY(math.nan, math.nan)
    if not _finite(centre):
        centre = QgsPointXY(0.0, 0.0)
    return utm_crs_for(centre.x(), centre.y())


def source_metric_crs(source) -> QgsCoordinateReferenceSystem:
    """:func:`metric_crs` of a feature source, its extent from finite coordinates only."""
    crs = source.sourceCrs()
    return crs if is_metric(crs) else metric_crs(crs, finite_extent(source))


def finite_extent(source) -> QgsRectangle:
    """The source's extent; when the provider cannot give a finite one (a NaN or infinite
    vertex), the union of the finite bounding boxes of its features."""
    try:
        extent = source.sourceExtent()
        if extent.isFinite() and not extent.isNull():
            return extent
    except Exception:
        pass
    out = empty_rectangle()  # setMinimal() is deprecated from 3.34
    request = QgsFeatureRequest()
    request.setNoAttributes()
    for feature in iter_features(source, request):
        geom = feature.geometry()
        if geom is None or geom.isNull() or geom.isEmpty():
            continue
        box = geom.boundingBox()
        if box.isFinite():
            out.combineExtentWith(box)
    return out


def _finite(point: QgsPointXY) -> bool:
    return math.isfinite(point.x()) and math.isfinite(point.y())


def describe(crs: QgsCoordinateReferenceSystem) -> str:
    """``EPSG:32638 (WGS 84 / UTM zone 38N)`` style label."""
    return f"{crs.authid()} ({crs.description()})"
