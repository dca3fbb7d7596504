"""Choice of the metric CRS in which distances and areas are computed."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
)

from ..engine.utm import UtmZone

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
    """``crs`` when it is projected in metres, else the UTM zone of the extent's centre."""
    if is_metric(crs):
        return crs
    centre = QgsPointXY(extent.center())
    if crs != WGS84:
        transform = QgsCoordinateTransform(crs, WGS84, QgsProject.instance())
        centre = transform.transform(centre)
    return utm_crs_for(centre.x(), centre.y())


def describe(crs: QgsCoordinateReferenceSystem) -> str:
    """``EPSG:32638 (WGS 84 / UTM zone 38N)`` style label."""
    return f"{crs.authid()} ({crs.description()})"
