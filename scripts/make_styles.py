"""Write the shipped QML styles with QGIS's own API (run with /usr/bin/python3).

Colours: hazards follow IMAS 07.11 Annex C (CHA #FF0000, SHA #F4A718, 50 % opacity; outline
by status: Open red solid, Worked on orange dashed, Closed green). Other layers use colours
distinguishable with colour-vision deficiency (dark blue records with hatching vs warm
hazards; priority classes on a sequential purple-orange-yellow ramp).
"""

import sys
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsCentroidFillSymbolLayer,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "resources/styles")


def fill(color: str, outline: str, width: float = 0.3, style: str = "solid", opacity=1.0):
    sym = QgsFillSymbol.createSimple(
        {
            "color": color,
            "outline_color": outline,
            "outline_width": str(width),
            "outline_style": style,
        }
    )
    sym.setOpacity(opacity)
    return sym


def small_scale_marker(symbol, color: str, size: float = 1.6, scale: int = 150000):
    """Add a centroid marker drawn only at scales smaller than 1:``scale`` (IMAS 07.11:
    hazards as points at small scales, polygons from about 1:50,000)."""
    marker = QgsMarkerSymbol.createSimple(
        {
            "name": "circle",
            "color": color,
            "outline_color": "#222222",
            "size": str(size),
            "outline_width": "0.15",
        }
    )
    layer = QgsCentroidFillSymbolLayer()
    layer.setSubSymbol(marker)
    layer.setPointOnSurface(True)
    layer.setDataDefinedProperty(
        QgsSymbolLayer.Property.PropertyLayerEnabled,
        QgsProperty.fromExpression(f"@map_scale > {scale}"),
    )
    symbol.appendSymbolLayer(layer)
    return symbol


def save(layer: QgsVectorLayer, name: str) -> None:
    msg, ok = layer.saveNamedStyle(str(OUT / f"{name}.qml"))
    if not ok:
        raise SystemExit(f"{name}: {msg}")


def labels(layer: QgsVectorLayer, field: str, size: float, color="#202020", max_scale=0):
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    fmt = QgsTextFormat()
    fmt.setFont(QFont("DejaVu Sans"))
    fmt.setSize(size)
    fmt.setColor(QColor(color))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor("white"))
    fmt.setBuffer(buffer)
    settings.setFormat(fmt)
    if max_scale:
        settings.scaleVisibility = True
        settings.maximumScale = 0
        settings.minimumScale = max_scale
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def hazards() -> None:
    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:32638&field=hazard_type:string&field=status:string", "h", "memory"
    )
    root = QgsRuleBasedRenderer.Rule(None)
    outlines = {
        "Open": ("#d7191c", "solid"),
        "Worked on": ("#f4a718", "dash"),
        "Closed": ("#1a9641", "solid"),
    }
    for kind, colour in (("CHA", "#ff0000"), ("SHA", "#f4a718")):
        for status, (outline, style) in outlines.items():
            sym = small_scale_marker(fill(colour + "80", outline, 0.4, style), colour, 1.4)
            rule = QgsRuleBasedRenderer.Rule(
                sym,
                0,
                0,
                f"\"hazard_type\" = '{kind}' AND \"status\" = '{status}'",
                f"{kind} – {status}",
            )
            root.appendChild(rule)
    other = QgsRuleBasedRenderer.Rule(fill("#f4a71880", "#7f7f7f", 0.3), 0, 0, "ELSE", "Other")
    root.appendChild(other)
    layer.setRenderer(QgsRuleBasedRenderer(root))
    save(layer, "hazards")


def priority() -> None:
    layer = QgsVectorLayer("Polygon?crs=EPSG:32638&field=priority_class:string", "p", "memory")
    cats = [
        ("High", "#5b0f70", "High priority"),
        ("Medium", "#e8590c", "Medium priority"),
        ("Low", "#fcd34d", "Low priority"),
        ("Gated", "#9e9e9e", "Gated (hard condition)"),
        ("Unknown", "#ffffff", "Unknown (no geometry)"),
    ]
    categories = [
        QgsRendererCategory(v, small_scale_marker(fill(c, "#333333", 0.2), c, 1.8), label)
        for v, c, label in cats
    ]
    renderer = QgsCategorizedSymbolRenderer("priority_class", categories)
    renderer.setOrderBy(
        QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause("priority_score", True)])
    )  # most urgent on top
    renderer.setOrderByEnabled(True)
    layer.setRenderer(renderer)
    save(layer, "priority")


def surface() -> None:
    """Priority surface (band 1, 0-100): the priority classes' ramp, yellow (low) to purple
    (high), continuous, with nodata transparent."""
    from osgeo import gdal
    from qgis.core import (
        QgsColorRampShader,
        QgsRasterLayer,
        QgsRasterShader,
        QgsSingleBandPseudoColorRenderer,
    )

    path = "/vsimem/surface_style.tif"
    ds = gdal.GetDriverByName("GTiff").Create(path, 2, 2, 1, gdal.GDT_Float32)
    ds.SetGeoTransform([0, 1, 0, 2, 0, -1])
    ds.GetRasterBand(1).SetNoDataValue(-9999)
    ds.GetRasterBand(1).WriteArray(np.array([[0, 50], [75, 100]]))
    ds = None
    layer = QgsRasterLayer(path, "surface", "gdal")
    stops = [
        (0, "#fff7bc", "0"),
        (20, "#fcd34d", "20"),
        (40, "#f59e0b", "40"),
        (60, "#e8590c", "60"),
        (80, "#a3206a", "80"),
        (100, "#5b0f70", "100 (most urgent)"),
    ]
    ramp = QgsColorRampShader(0, 100)
    ramp.setColorRampType(QgsColorRampShader.Type.Interpolated)
    ramp.setColorRampItemList(
        [QgsColorRampShader.ColorRampItem(v, QColor(c), label) for v, c, label in stops]
    )
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(ramp)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
    renderer.setClassificationMin(0)
    renderer.setClassificationMax(100)
    layer.setRenderer(renderer)
    layer.setOpacity(0.85)
    msg, ok = layer.saveNamedStyle(str(OUT / "surface.qml"))
    if not ok:
        raise SystemExit(f"surface: {msg}")
    gdal.Unlink(path)


def simple(name: str, geometry: str, symbol) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:32638&field=name:string", name, "memory")
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    hazards()
    priority()
    surface()
    records = QgsFillSymbol.createSimple(
        {"color": "0,0,0,0", "outline_color": "#08306b", "outline_width": "0.6"}
    )
    hatch = QgsFillSymbol.createSimple(
        {"style": "b_diagonal", "color": "#2166ac", "outline_style": "no"}
    )
    records.appendSymbolLayer(hatch.symbolLayer(0).clone())
    save(simple("minefield_records", "Polygon", records), "minefield_records")
    save(simple("cleared_land", "Polygon", fill("#1a964166", "#1a9641", 0.3)), "cleared_land")
    cem = simple(
        "cemeteries",
        "Point",
        QgsMarkerSymbol.createSimple(
            {
                "name": "cross2",
                "color": "#4d4d4d",
                "outline_color": "#4d4d4d",
                "size": "2.6",
                "outline_width": "0.5",
            }
        ),
    )
    save(cem, "cemeteries")
    infra = simple(
        "planned_infrastructure",
        "LineString",
        QgsLineSymbol.createSimple(
            {"line_color": "#6a3d9a", "line_width": "0.6", "line_style": "dash"}
        ),
    )
    save(infra, "planned_infrastructure")
    incidents = QgsVectorLayer("Point?crs=EPSG:32638&field=incident_type:string", "i", "memory")
    inc = [
        ("mine", "#000000", "triangle", "Mine accident"),
        ("erw", "#7f2704", "diamond", "ERW accident"),
        ("demining", "#0570b0", "square", "Demining accident"),
    ]
    categories = [
        QgsRendererCategory(
            v,
            QgsMarkerSymbol.createSimple(
                {
                    "name": shape,
                    "color": c,
                    "outline_color": "white",
                    "size": "1.6",
                    "outline_width": "0.1",
                }
            ),
            label,
        )
        for v, c, shape, label in inc
    ]
    incidents.setRenderer(QgsCategorizedSymbolRenderer("incident_type", categories))
    save(incidents, "incidents")
    districts = simple(
        "districts",
        "Polygon",
        QgsFillSymbol.createSimple(
            {"color": "#f7f7f2", "outline_color": "#4d4d4d", "outline_width": "0.5"}
        ),
    )
    labels(districts, "district", 9, "#333333")
    save(districts, "districts")
    settlements = simple(
        "settlements",
        "Point",
        QgsMarkerSymbol.createSimple(
            {
                "name": "circle",
                "color": "#ffffff",
                "outline_color": "#000000",
                "size": "1.8",
                "outline_width": "0.4",
            }
        ),
    )
    labels(settlements, "name", 7, "#000000")
    save(settlements, "settlements")


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    main()
    app.exitQgis()
