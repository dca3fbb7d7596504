"""What role guessing reads of a layer (:class:`engine.layer_roles.LayerFacts`): geometry kind,
names (layer, file and GeoPackage table) and a sample of each text field's distinct values."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsMapLayer, QgsProviderRegistry, QgsVectorLayer, QgsWkbTypes

from ..engine.layer_roles import LINE, NONE, POINT, POLYGON, LayerFacts

SAMPLE = 20  # distinct values read per text field
STRING = 10  # QVariant.String on QGIS 3.22 and QMetaType.QString from 3.38: the same number
KINDS = {
    QgsWkbTypes.GeometryType.PointGeometry: POINT,
    QgsWkbTypes.GeometryType.LineGeometry: LINE,
    QgsWkbTypes.GeometryType.PolygonGeometry: POLYGON,
}


def geometry_kind(layer: QgsMapLayer) -> str:
    """POINT, LINE, POLYGON or NONE (tables, rasters, unknown geometry)."""
    if not isinstance(layer, QgsVectorLayer):
        return NONE
    return KINDS.get(QgsWkbTypes.geometryType(layer.wkbType()), NONE)


def layer_names(layer: QgsMapLayer) -> str:
    """The layer's name, its file's name and its GeoPackage table, space-separated."""
    names = [layer.name()]
    try:
        parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    except Exception:  # a provider without decodeUri support
        parts = {}
    path = parts.get("path") or ""
    if path:
        names.append(Path(path).name)
    if parts.get("layerName"):
        names.append(str(parts["layerName"]))
    return " ".join(dict.fromkeys(n for n in names if n))


def layer_facts(layer: QgsMapLayer) -> LayerFacts:
    """Geometry kind, names, field names and up to SAMPLE distinct values of text fields."""
    if not isinstance(layer, QgsVectorLayer):
        return LayerFacts(layer.name(), NONE)
    fields = layer.fields()
    values = {}
    for index, f in enumerate(fields):
        if int(f.type()) != STRING:
            continue
        sample = layer.uniqueValues(index, SAMPLE)
        values[f.name()] = tuple(str(v) for v in sample if v is not None and str(v) != "NULL")
    return LayerFacts(layer_names(layer), geometry_kind(layer), tuple(fields.names()), values)
