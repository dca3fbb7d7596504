"""Map of records vs unmapped hazards vs incidents: memory layers and a PNG rendering."""

from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsMapRendererCustomPainterJob,
    QgsMapSettings,
    QgsMarkerSymbol,
    QgsPointXY,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize
from qgis.PyQt.QtGui import QColor, QImage, QPainter

from ..i18n import tr
from ..qgis_io.compat import empty_rectangle
from .labels import halo_labels

RECORD_COLOUR = "#2166ac"
GAP_COLOUR = "#d7301f"
OUTSIDE_COLOUR = "#000000"


def _layer(kind: str, name: str, crs, geometries, symbol) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{kind}?field=name:string", name, "memory")
    layer.setCrs(crs)
    features = []
    for geom, label in geometries:
        feature = QgsFeature(layer.fields())
        geom = QgsGeometry(geom)
        if kind.startswith("Multi"):
            geom.convertToMultiType()
        feature.setGeometry(geom)
        feature.setAttributes([label])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


def map_layers(run) -> list[QgsVectorLayer]:
    """Layers top first: incidents outside records, inside records, unmapped hazard,
    records, districts (all in the overlay CRS)."""
    tag = tr(" (SYNTHETIC)") if run.synthetic else ""
    inc = run.incidents
    points = [
        (QgsGeometry.fromPointXY(QgsPointXY(x, y)), flag)
        for x, y, flag in zip(inc.x.tolist(), inc.y.tolist(), inc.in_records.tolist())
    ]
    outside = _layer(
        "Point",
        tr("Incidents outside records") + tag,
        run.crs,
        [(g, "") for g, flag in points if not flag],
        QgsMarkerSymbol.createSimple(
            {"name": "triangle", "color": OUTSIDE_COLOUR, "outline_color": "white", "size": "2.6"}
        ),
    )
    inside = _layer(
        "Point",
        tr("Incidents inside records") + tag,
        run.crs,
        [(g, "") for g, flag in points if flag],
        QgsMarkerSymbol.createSimple(
            {
                "name": "circle",
                "color": "white",
                "outline_color": RECORD_COLOUR,
                "size": "2.4",
                "outline_width": "0.6",
            }
        ),
    )
    gaps = _layer(
        "MultiPolygon",
        tr("Unmapped hazard") + tag,
        run.crs,
        [(gap.geometry, "") for gap in run.overlay.gaps],
        QgsFillSymbol.createSimple(
            {"color": GAP_COLOUR, "outline_color": "#99000d", "outline_width": "0.15"}
        ),
    )
    records = _layer(
        "MultiPolygon",
        tr("Minefield records") + tag,
        run.crs,
        [(g, "") for g in run.records.geometries],
        QgsFillSymbol.createSimple(
            {"color": "33,102,172,90", "outline_color": RECORD_COLOUR, "outline_width": "0.3"}
        ),
    )
    districts = _layer(
        "MultiPolygon",
        tr("Districts"),
        run.crs,
        list(zip(run.districts.geometries, run.names)),
        QgsFillSymbol.createSimple(
            {"color": "#f7f7f2", "outline_color": "#4d4d4d", "outline_width": "0.4"}
        ),
    )
    halo_labels(districts, "name", 8)
    return [outside, inside, gaps, records, districts]


def map_extent(layers: list[QgsVectorLayer], aspect: float) -> QgsRectangle:
    """Extent of every layer, grown by 3 % and to width / height = ``aspect``."""
    extent = empty_rectangle()
    for layer in layers:
        if layer.featureCount():
            extent.combineExtentWith(layer.extent())
    if extent.isEmpty():
        extent = QgsRectangle(-1, -1, 1, 1)
    w, h, c = max(extent.width(), 1.0), max(extent.height(), 1.0), extent.center()
    w, h = w * 1.06, h * 1.06
    if w / h < aspect:
        w = h * aspect
    else:
        h = w / aspect
    return QgsRectangle(c.x() - w / 2, c.y() - h / 2, c.x() + w / 2, c.y() + h / 2)


def render_map_png(run, width: int = 1100, height: int = 800) -> bytes:
    """The map as PNG bytes (renders synchronously: safe in a Processing worker thread)."""
    layers = map_layers(run)
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(run.crs)
    settings.setOutputSize(QSize(width, height))
    settings.setExtent(map_extent(layers, width / height))
    settings.setBackgroundColor(QColor("#dce9f2"))
    settings.setOutputDpi(110)
    image = QImage(QSize(width, height), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#dce9f2"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    job = QgsMapRendererCustomPainterJob(settings, painter)
    job.renderSynchronously()
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)
