"""Write the shipped QML styles with QGIS's own API (run with /usr/bin/python3 after
``make stage``: the labels are the plugin's own, reports/labels.halo_labels).

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
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsProperty,
    QgsRendererCategory,
    QgsRendererRange,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "resources/styles")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "build"))  # the staged plugin
from clearance_planner.reports.labels import halo_labels  # noqa: E402


def rgba(color: str) -> str:
    """``#RRGGBBAA`` as QGIS's ``r,g,b,a`` (Qt would read 8 hex digits as #AARRGGBB, turning
    IMAS red #FF000080 into navy blue)."""
    if color.startswith("#") and len(color) == 9:
        r, g, b, a = (int(color[i : i + 2], 16) for i in (1, 3, 5, 7))
        return f"{r},{g},{b},{a}"
    return color


def fill(color: str, outline: str, width: float = 0.3, style: str = "solid", opacity=1.0):
    sym = QgsFillSymbol.createSimple(
        {
            "color": rgba(color),
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


def coverage() -> None:
    """GAPS: unmapped hazard in strong red; per-district table by share of hazard mapped."""
    gaps = QgsVectorLayer("MultiPolygon?crs=EPSG:32638&field=hazard_type:string", "g", "memory")
    gaps.setRenderer(QgsSingleSymbolRenderer(fill("215,48,31,210", "#99000d", 0.3)))
    save(gaps, "coverage_gaps")
    table = QgsVectorLayer(
        "MultiPolygon?crs=EPSG:4326&field=district:string&field=pct_hazard_mapped:double",
        "c",
        "memory",
    )
    # "r,g,b,a" strings: QColor reads "#RRGGBBAA" as "#AARRGGBB"
    bands = [
        (0, 25, "178,24,43", "0–25 % of hazard area mapped"),
        (25, 50, "239,138,98", "25–50 %"),
        (50, 75, "103,169,207", "50–75 %"),
        (75, 100, "33,102,172", "75–100 %"),
    ]
    ranges = [
        QgsRendererRange(lo, hi, fill(c + ",150", "#4d4d4d", 0.4), label)
        for lo, hi, c, label in bands
    ]
    table.setRenderer(QgsGraduatedSymbolRenderer("pct_hazard_mapped", ranges))
    halo_labels(table, "district", 8, "#202020")
    save(table, "coverage_districts")


def sensitivity() -> None:
    """clearance:sensitivity output: probability of staying in the top K, a sequential blue
    ramp (light to dark, readable with colour-vision deficiency and in greyscale)."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:32638&field=p_top_k:double", "s", "memory")
    bands = [
        (0.0, 0.05, "#f0f0f0", "Rarely in the top K (< 5 % of runs)"),
        (0.05, 0.5, "#9ecae1", "Sometimes (5–50 %)"),
        (0.5, 0.95, "#4292c6", "Usually (50–95 %)"),
        (0.95, 1.0, "#08306b", "Stable top K (>= 95 %)"),
    ]
    ranges = [
        QgsRendererRange(low, high, small_scale_marker(fill(c, "#333333", 0.2), c, 1.8), label)
        for low, high, c, label in bands
    ]
    renderer = QgsGraduatedSymbolRenderer("p_top_k", ranges)
    renderer.setOrderBy(
        QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause("p_top_k", True)])
    )
    renderer.setOrderByEnabled(True)
    layer.setRenderer(renderer)
    save(layer, "sensitivity")


def rank_change() -> None:
    """clearance:compare_scenarios output: rank_change (rank under A - rank under B) on a
    diverging orange-purple ramp (PuOr, readable with colour-vision deficiency): purple moved
    up under B, orange moved down, near-white unchanged."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:32638&field=rank_change:integer", "r", "memory")
    big = 1e9
    bands = [
        (-big, -49.5, "#b35806", "Down 50 places or more under B"),
        (-49.5, -9.5, "#f1a340", "Down 10-49 places"),
        (-9.5, -0.5, "#fee0b6", "Down 1-9 places"),
        (-0.5, 0.5, "#f7f7f7", "Same rank"),
        (0.5, 9.5, "#d8daeb", "Up 1-9 places"),
        (9.5, 49.5, "#998ec3", "Up 10-49 places"),
        (49.5, big, "#542788", "Up 50 places or more under B"),
    ]
    ranges = [
        QgsRendererRange(low, high, small_scale_marker(fill(c, "#333333", 0.2), c, 1.8), label)
        for low, high, c, label in bands
    ]
    renderer = QgsGraduatedSymbolRenderer("rank_change", ranges)
    renderer.setOrderBy(
        QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause("abs(rank_change)", True)])
    )
    renderer.setOrderByEnabled(True)
    layer.setRenderer(renderer)
    save(layer, "rank_change")


def workplan() -> None:
    """Work plan tasks coloured by method (same colours as the Gantt chart), task id labels."""
    layer = QgsVectorLayer(
        "MultiPolygon?crs=EPSG:32638&field=method:string&field=task_id:string", "w", "memory"
    )
    cats = [
        ("manual", "#d7301f", "Manual clearance"),
        ("mechanical", "#636363", "Mechanical"),
        ("mdd", "#2b8cbe", "Mine detection dogs"),
        ("technical_survey", "#f4a718", "Technical survey"),
        ("non_technical_survey", "#31a354", "Non-technical survey"),
    ]
    categories = [
        QgsRendererCategory(v, small_scale_marker(fill(f"{c}99", "#202020", 0.3), c, 1.6), label)
        for v, c, label in cats
    ]
    layer.setRenderer(QgsCategorizedSymbolRenderer("method", categories))
    halo_labels(layer, "task_id", 8, "#202020", max_scale=50000)
    save(layer, "workplan")


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


def record_styles() -> None:
    """clearance:records outputs: records by status, turning points, geometry problems."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:32638&field=status:string", "r", "memory")
    cats = [
        ("ok", "#08306b", "solid", "Closed within tolerance"),
        ("not closed", "#e66101", "dash", "Not closed"),
        ("self-intersecting", "#b2182b", "solid", "Self-intersecting"),
        ("missing legs", "#636363", "dot", "Missing legs"),
    ]
    categories = []
    for value, colour, style, label in cats:
        sym = fill("0,0,0,0", colour, 0.6, style)
        hatch = QgsFillSymbol.createSimple(
            {"style": "b_diagonal", "color": colour, "outline_style": "no"}
        )
        sym.appendSymbolLayer(hatch.symbolLayer(0).clone())
        categories.append(QgsRendererCategory(value, sym, label))
    layer.setRenderer(QgsCategorizedSymbolRenderer("status", categories))
    save(layer, "record_status")
    points = simple(
        "turning_points",
        "Point",
        QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": "#b2182b", "outline_color": "#ffffff", "size": "1.8"}
        ),
    )
    halo_labels(points, "seq", 8, "#202020", max_scale=50000)
    save(points, "turning_points")
    problems = simple(
        "geometry_problems",
        "Point",
        QgsMarkerSymbol.createSimple(
            {
                "name": "cross2",
                "color": "#d7191c",
                "outline_color": "#d7191c",
                "size": "3",
                "outline_width": "0.6",
            }
        ),
    )
    halo_labels(problems, "rule", 7, "#d7191c")
    save(problems, "geometry_problems")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    hazards()
    priority()
    coverage()
    sensitivity()
    rank_change()
    record_styles()
    workplan()
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
    halo_labels(districts, "district", 9, "#333333")
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
    halo_labels(settlements, "name", 7, "#000000")
    save(settlements, "settlements")


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    main()
    app.exitQgis()
