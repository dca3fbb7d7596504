"""Polygon sources as valid GEOS geometries in one CRS, for overlay work (union, clip, measure)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingFeatureSource,
    QgsWkbTypes,
)

from ..engine.geometry import GeometryArrays
from . import wkb
from .layers import in_crs, require_crs

POLYGON = QgsWkbTypes.GeometryType.PolygonGeometry


@dataclass
class PolygonSet:
    """The usable polygons of one source (transformed, repaired) and what reading found.

    ``values[k]`` holds the requested attribute of ``geometries[k]``; features without
    geometry (null, empty, or nothing polygonal left after repair) are counted in ``n_null``
    and their ids kept in ``null_ids``.
    """

    name: str
    geometries: list[QgsGeometry] = field(default_factory=list)
    feature_ids: list[int] = field(default_factory=list)
    values: list = field(default_factory=list)
    n_features: int = 0
    n_null: int = 0
    n_repaired: int = 0
    null_ids: list[int] = field(default_factory=list)
    null_values: list = field(default_factory=list)

    def bounds(self) -> np.ndarray:
        """``(n, 4)`` array ``[xmin, ymin, xmax, ymax]`` per geometry."""
        if not self.geometries:
            return np.zeros((0, 4))
        boxes = [g.boundingBox() for g in self.geometries]
        return np.array([[b.xMinimum(), b.yMinimum(), b.xMaximum(), b.yMaximum()] for b in boxes])

    def arrays(self) -> GeometryArrays:
        """The geometries as :class:`GeometryArrays` (one feature per geometry)."""
        parts = [wkb.parse(bytes(g.asWkb()))[0] for g in self.geometries]
        return GeometryArrays.from_parts(parts, polygonal=True)


def polygon_parts(geom: QgsGeometry) -> QgsGeometry:
    """Only the polygonal parts of a geometry (overlay results may hold lines and points)."""
    if geom.isNull() or geom.isEmpty():
        return QgsGeometry()
    if geom.type() == POLYGON:
        return geom
    parts = QgsGeometry(geom)
    if not parts.convertGeometryCollectionToSubclass(POLYGON) or parts.isEmpty():
        return QgsGeometry()  # lines or points only (features that merely touch)
    return parts


def read_polygons(
    source,
    name: str,
    crs: QgsCoordinateReferenceSystem,
    context: QgsProcessingContext,
    feedback=None,
    value_field: str | None = None,
) -> PolygonSet:
    """Every polygon of ``source`` in ``crs``; invalid ones repaired with ``makeValid``."""
    transform = QgsCoordinateTransform(require_crs(source, name), crs, context.transformContext())
    request = QgsFeatureRequest()
    if value_field:
        request.setSubsetOfAttributes([value_field], source.fields())
    else:
        request.setNoAttributes()
    flags = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
    features = (
        source.getFeatures(request, flags)
        if isinstance(source, QgsProcessingFeatureSource)
        else source.getFeatures(request)
    )
    out = PolygonSet(name)
    total = max(source.featureCount(), 1)
    for i, feature in enumerate(features):
        if feedback is not None and i % 1000 == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * i / total)
        out.n_features += 1
        geom = _prepared(feature.geometry(), transform, name, feature.id(), out)
        if geom is None:
            out.n_null += 1
            out.null_ids.append(feature.id())
            out.null_values.append(feature[value_field] if value_field else None)
            continue
        out.geometries.append(geom)
        out.feature_ids.append(feature.id())
        out.values.append(feature[value_field] if value_field else None)
    return out


def _prepared(geom, transform, name: str, fid: int, out: PolygonSet) -> QgsGeometry | None:
    """Transformed, valid, polygonal copy of ``geom`` (None when nothing is left)."""
    if geom is None or geom.isNull() or geom.isEmpty():
        return None
    geom = in_crs(geom, transform, name, fid)
    if not geom.isGeosValid():
        geom = polygon_parts(geom.makeValid())
        out.n_repaired += 1
    geom = polygon_parts(geom)
    if geom.isNull() or geom.isEmpty():
        return None
    return geom


def ellipsoid_measure(
    crs: QgsCoordinateReferenceSystem, context: QgsProcessingContext
) -> QgsDistanceArea:
    """Areas on the WGS 84 ellipsoid of geometries in ``crs`` (``measureArea`` gives m²)."""
    measure = QgsDistanceArea()
    measure.setSourceCrs(crs, context.transformContext())
    measure.setEllipsoid("WGS84")
    return measure
