"""Polygon sources as valid GEOS geometries in one CRS, for overlay work (union, clip, measure)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingContext,
)

from ..engine.geometry import GeometryArrays, GeometryBuilder
from . import wkb
from .geometries import GeometryReport, clean, is_finite, polygon_parts
from .layers import in_crs, iter_features, require_crs

__all__ = [
    "PolygonSet",
    "ellipsoid_measure",
    "polygon_parts",
    "read_polygons",
    "source_geometries",
    "type_text",
]


@dataclass
class PolygonSet:
    """The usable polygons of one source (transformed, repaired) and what reading found.

    ``values[k]`` holds the requested attribute of ``geometries[k]``; features without a
    usable polygon (null, empty, or degenerate: see :mod:`.geometries`) are counted in
    ``report`` and their ids and values kept in ``null_ids`` / ``null_values``.
    """

    name: str
    report: GeometryReport | None = None
    geometries: list[QgsGeometry] = field(default_factory=list)
    feature_ids: list[int] = field(default_factory=list)
    values: list = field(default_factory=list)
    null_ids: list[int] = field(default_factory=list)
    null_values: list = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.report is None:
            self.report = GeometryReport(self.name)

    @property
    def n_features(self) -> int:
        return self.report.n_features

    @property
    def n_null(self) -> int:
        """Features without a usable polygon (null, empty or degenerate)."""
        return len(self.null_ids)

    @property
    def n_repaired(self) -> int:
        return self.report.n_repaired

    @property
    def row_ids(self) -> list[int]:
        """Feature id of every row: usable polygons in read order, then those without one."""
        return self.feature_ids + self.null_ids

    def row_values(self) -> list:
        """The attribute of every row (order of :attr:`row_ids`), None for NULL."""
        return [_plain(v) for v in self.values + self.null_values]

    def text_values(self) -> list[str | None]:
        """The attribute of every usable polygon as text (:func:`type_text`)."""
        return [type_text(v) for v in self.values]

    def bounds(self) -> np.ndarray:
        """``(n, 4)`` array ``[xmin, ymin, xmax, ymax]`` per geometry."""
        if not self.geometries:
            return np.zeros((0, 4))
        boxes = [g.boundingBox() for g in self.geometries]
        return np.array([[b.xMinimum(), b.yMinimum(), b.xMaximum(), b.yMaximum()] for b in boxes])

    def arrays(self) -> GeometryArrays:
        """The geometries as :class:`GeometryArrays` (one feature per geometry)."""
        rings = GeometryBuilder(polygonal=True)
        for geom in self.geometries:
            rings.add(wkb.parse(bytes(geom.asWkb()))[0])
        return rings.build()


def read_polygons(
    source,
    name: str,
    crs: QgsCoordinateReferenceSystem,
    context: QgsProcessingContext,
    feedback=None,
    value_field: str | None = None,
    request: QgsFeatureRequest | None = None,
) -> PolygonSet:
    """Every polygon of ``source`` in ``crs``, through :func:`geometries.clean`; only the
    features of ``request`` (e.g. a filter expression) when one is given."""
    transform = QgsCoordinateTransform(require_crs(source, name), crs, context.transformContext())
    if request is None:
        request = QgsFeatureRequest()
        if value_field:
            request.setSubsetOfAttributes([value_field], source.fields())
        else:
            request.setNoAttributes()
    out = PolygonSet(name)
    total = max(source.featureCount(), 1)
    for i, feature in enumerate(iter_features(source, request)):
        if feedback is not None and i % 1000 == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * i / total)
        cleaned = clean(feature.geometry(), polygonal=True)
        out.report.count(feature.id(), cleaned)
        value = feature[value_field] if value_field else None
        if not cleaned.usable:
            out.null_ids.append(feature.id())
            out.null_values.append(value)
            continue
        out.geometries.append(in_crs(cleaned.geometry, transform, name, feature.id()))
        out.feature_ids.append(feature.id())
        out.values.append(value)
    return out


def ellipsoid_measure(
    crs: QgsCoordinateReferenceSystem, context: QgsProcessingContext
) -> QgsDistanceArea:
    """Areas on the WGS 84 ellipsoid of geometries in ``crs`` (``measureArea`` gives m²)."""
    measure = QgsDistanceArea()
    measure.setSourceCrs(crs, context.transformContext())
    measure.setEllipsoid("WGS84")
    return measure


def source_geometries(
    source, ids: list[int], unusable: frozenset = frozenset()
) -> list[QgsGeometry | None]:
    """The untouched source-CRS geometry of each feature id as multi-type, None when empty
    or, for the ids :func:`geometries.clean` found ``unusable``, with a NaN or infinite
    coordinate (as :func:`geometries.output_geometry`)."""
    request = QgsFeatureRequest().setNoAttributes()
    by_id = {f.id(): f.geometry() for f in iter_features(source, request)}
    out: list[QgsGeometry | None] = []
    for fid in ids:
        geom = by_id.get(fid)
        if geom is None or geom.isNull() or (fid in unusable and not is_finite(geom)):
            out.append(None)
            continue
        geom = QgsGeometry(geom)
        geom.convertToMultiType()
        out.append(geom)
    return out


def type_text(value) -> str | None:
    """A hazard type as coverage splits by it: the attribute as text, None for NULL (the
    one rule of both engines; ``ENGINE=database`` maps the table's values through it)."""
    return None if _plain(value) is None else str(value)


def _plain(value):
    """None for a NULL attribute (None or QVariant NULL), else the value."""
    return None if value is None or value == NULL else value
