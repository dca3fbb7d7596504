"""Choice of the metric CRS in which distances and areas are computed."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
)


def utm_crs_for(lon: float, lat: float) -> QgsCoordinateReferenceSystem:
    """WGS 84 / UTM zone containing a longitude/latitude (EPSG:326zz north, 327zz south)."""
    zone = min(max(int((lon + 180.0) // 6.0) + 1, 1), 60)
    return QgsCoordinateReferenceSystem(f"EPSG:{(32600 if lat >= 0 else 32700) + zone}")


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
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    centre = QgsPointXY(extent.center())
    if crs != wgs84:
        transform = QgsCoordinateTransform(crs, wgs84, QgsProject.instance())
        centre = transform.transform(centre)
    return utm_crs_for(centre.x(), centre.y())


def describe(crs: QgsCoordinateReferenceSystem) -> str:
    """``EPSG:32638 (WGS 84 / UTM zone 38N)`` style label."""
    return f"{crs.authid()} ({crs.description()})"
