"""Memory copies of layers for print layouts: every feature with its attributes, its own
geometry where :func:`geometries.clean` finds it usable, none where not (a clone of a layer
with infinite coordinates fails; a copy is never the user's layer)."""

from __future__ import annotations

from qgis.core import QgsFeature, QgsFeatureRequest, QgsGeometry, QgsVectorLayer, QgsWkbTypes

from .geometries import GeometryReport, clean
from .layers import iter_features


def drawable_copy(layer: QgsVectorLayer, name: str) -> tuple[QgsVectorLayer, GeometryReport]:
    """A memory layer named ``name`` holding ``layer``'s features (same fields and CRS,
    multi-type geometry), and what the geometry path found."""
    kind = QgsWkbTypes.displayString(QgsWkbTypes.multiType(QgsWkbTypes.flatType(layer.wkbType())))
    copy = QgsVectorLayer(kind, name, "memory")  # no "crs=": an authid may be empty
    copy.setCrs(layer.crs())
    provider = copy.dataProvider()
    provider.addAttributes(layer.fields().toList())
    copy.updateFields()
    report = GeometryReport(layer.name())
    features = []
    for feature in iter_features(layer, QgsFeatureRequest()):
        cleaned = clean(feature.geometry(), polygonal=True)
        report.count(feature.id(), cleaned)
        out = QgsFeature(copy.fields())
        out.setAttributes(feature.attributes())
        if cleaned.usable:
            geometry = QgsGeometry(cleaned.geometry)
            geometry.convertToMultiType()
            out.setGeometry(geometry)
        features.append(out)
    provider.addFeatures(features)
    copy.updateExtents()
    return copy, report
