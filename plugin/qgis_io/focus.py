"""Focus area: a source restricted to the features that intersect an AREA polygon layer.

The features are kept whole (never clipped): a hazard that touches or crosses the area is
in, with its full geometry and attributes, exactly as QGIS's "Extract by location"
(``native:extractbylocation``, predicate *intersects*) selects them. The area's polygons go
through :func:`geometries.clean` (null and degenerate ones are named and left out, invalid
ones repaired) and are transformed to the source's CRS; each feature's geometry is cleaned
too, so a feature without a usable geometry is never in the focus. The result is a
:class:`QgsProcessingFeatureSource` the algorithms read as they read any input, with the
original feature ids.
"""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import (
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsRectangle,
)

from ..i18n import tr
from .compat import empty_rectangle
from .geometries import clean
from .layers import iter_features
from .polygons import read_polygons


class FocusedSource(QgsFeatureSource):
    """``inner`` showing only the features ``boxes`` holds (feature id -> bounding box); ids,
    fields and order unchanged. A request's fid, rectangle and expression filters still
    apply, within the focus."""

    def __init__(self, inner, boxes: dict[int, QgsRectangle], extent: QgsRectangle) -> None:
        super().__init__()
        self.inner = inner
        self.boxes = boxes
        self.fids = sorted(boxes)
        self._extent = extent

    def getFeatures(self, request=None):
        request = QgsFeatureRequest(request) if request is not None else QgsFeatureRequest()
        kind = request.filterType()
        if kind == QgsFeatureRequest.FilterType.FilterFids:
            wanted = [fid for fid in request.filterFids() if fid in self.boxes]
        elif kind == QgsFeatureRequest.FilterType.FilterFid:
            wanted = [request.filterFid()] if request.filterFid() in self.boxes else []
        else:
            wanted = self.fids
        rect = request.filterRect()
        if not rect.isNull():
            wanted = [fid for fid in wanted if self.boxes[fid].intersects(rect)]
        if kind == QgsFeatureRequest.FilterType.FilterExpression:
            ids = ",".join(str(fid) for fid in wanted) or "NULL"
            text = request.filterExpression().expression()
            request.setFilterExpression(f"({text}) AND ($id IN ({ids}))")
        else:
            request.setFilterFids(wanted)
        return iter_features(self.inner, request)

    def sourceCrs(self):
        return self.inner.sourceCrs()

    def fields(self):
        return self.inner.fields()

    def wkbType(self):
        return self.inner.wkbType()

    def featureCount(self) -> int:
        return len(self.fids)

    def sourceName(self) -> str:
        return self.inner.sourceName()

    def sourceExtent(self) -> QgsRectangle:
        return QgsRectangle(self._extent)


@dataclass
class Focus:
    """The focused source and what choosing it found."""

    source: QgsProcessingFeatureSource
    kept: int
    left_out: int
    area_name: str


def focus_source(source, name: str, key: str, area, area_name: str, context, feedback) -> Focus:
    """``source`` restricted to its features intersecting the polygons of ``area`` (AREA).

    An AREA without one usable polygon, or with no feature of ``source`` intersecting it, is
    an error naming both layers."""
    polygons = read_polygons(area, area_name, source.sourceCrs(), context)
    polygons.report.warn(feedback, tr("not part of the focus area"))
    if not polygons.n_features:
        raise QgsProcessingException(
            tr(
                "Layer '{0}' (AREA) has no features; choose a focus area or leave AREA empty."
            ).format(area_name)
        )
    if not polygons.geometries:
        raise QgsProcessingException(
            tr(
                "Layer '{0}' (AREA) has no usable polygon (each geometry is null, empty or "
                "degenerate); choose another focus area."
            ).format(area_name)
        )
    union = QgsGeometry.unaryUnion(polygons.geometries)
    engine = QgsGeometry.createGeometryEngine(union.constGet())
    engine.prepareGeometry()
    request = QgsFeatureRequest().setFilterRect(union.boundingBox()).setNoAttributes()
    boxes, extent = {}, empty_rectangle()
    for feature in iter_features(source, request):
        cleaned = clean(feature.geometry(), polygonal=True)
        if cleaned.usable and engine.intersects(cleaned.geometry.constGet()):
            box = feature.geometry().boundingBox()
            boxes[feature.id()] = box
            if box.isFinite():
                extent.combineExtentWith(box)
    if not boxes:
        raise QgsProcessingException(
            tr("No feature of layer '{0}' ({1}) intersects the focus area '{2}' (AREA).").format(
                name, key, area_name
            )
        )
    focused = FocusedSource(source, boxes, extent)
    wrapped = QgsProcessingFeatureSource(focused, context, False)
    wrapped._focused = focused  # the wrapper does not own it: keep it alive with the wrapper
    kept = len(boxes)
    left_out = source.featureCount() - kept
    feedback.pushInfo(
        tr("Focus area '{0}': {1} of {2} features of '{3}' intersect it; {4} left out.").format(
            area_name, kept, source.featureCount(), name, left_out
        )
    )
    return Focus(wrapped, kept, left_out, area_name)
