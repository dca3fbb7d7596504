"""One A4 landscape map page (title, map, legend, scale bar, credits) exported as PNG."""

from __future__ import annotations

from pathlib import Path

CREDIT = (
    "Boundaries: Made with Natural Earth (public domain). Settlements: © GeoNames "
    "(www.geonames.org), CC BY 4.0. Hazards, minefield records, incidents, cemeteries and "
    "planned infrastructure: SYNTHETIC demo data, not real minefields."
)
MAP_W, MAP_H = 190, 172  # mm


def fit_aspect(extent, aspect: float):
    """``extent`` grown in one direction to width/height = ``aspect`` (keeps the item size)."""
    from qgis.core import QgsRectangle

    w, h, c = extent.width(), extent.height(), extent.center()
    if w / h < aspect:
        w = h * aspect
    else:
        h = w / aspect
    return QgsRectangle(c.x() - w / 2, c.y() - h / 2, c.x() + w / 2, c.y() + h / 2)


def export_map(project, title: str, crs, extent, png: Path, layers=None, dpi: int = 110) -> None:
    """Lay out and write ``png`` atomically; ``layers`` (top first) default to the project's."""
    from qgis.core import (
        QgsLayout,
        QgsLayoutExporter,
        QgsLayoutItemLegend,
        QgsLayoutItemMap,
        QgsLayoutItemScaleBar,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsLegendStyle,
        QgsUnitTypes,
    )
    from qgis.PyQt.QtGui import QFont

    from clearance_planner.qgis_io.atomic import AtomicFile
    from clearance_planner.qgis_io.compat import set_legend_style_font
    from clearance_planner.qgis_io.gdal_calls import gdal_errors_quiet
    from clearance_planner.reports.labels import add_label

    mm = QgsUnitTypes.LayoutUnit.LayoutMillimeters
    layout = QgsLayout(project)
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(297, 210, mm))

    add_label(layout, title, 8, 5, 281, 10, size=14, bold=True)
    map_item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(map_item)
    map_item.attemptMove(QgsLayoutPoint(8, 16, mm))
    map_item.attemptResize(QgsLayoutSize(MAP_W, MAP_H, mm))
    map_item.setCrs(crs)
    if layers is not None:
        map_item.setLayers(layers)
    map_item.setExtent(fit_aspect(extent, MAP_W / MAP_H))
    map_item.setFrameEnabled(True)
    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(map_item)
    legend.setTitle("Legend")
    layout.addLayoutItem(legend)
    legend.attemptMove(QgsLayoutPoint(202, 16, mm))
    for part in (QgsLegendStyle.Style.SymbolLabel, QgsLegendStyle.Style.Subgroup):
        set_legend_style_font(legend.rstyle(part), QFont("DejaVu Sans", 8))
    legend.setLegendFilterByMapEnabled(True)
    _without_band_names(legend)
    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(map_item)
    bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
    bar.setUnitLabel("km")
    bar.setNumberOfSegments(4)
    bar.setNumberOfSegmentsLeft(0)
    bar.setUnitsPerSegment(10)
    layout.addLayoutItem(bar)
    bar.attemptMove(QgsLayoutPoint(12, 172, mm))
    add_label(layout, CREDIT, 8, 191, 281, 14, size=7)
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    with AtomicFile(png) as out, gdal_errors_quiet():  # QGIS tries to georeference the PNG
        status = QgsLayoutExporter(layout).exportToImage(str(out.path), settings)
        if status != QgsLayoutExporter.ExportResult.Success:
            raise SystemExit(f"map export failed: {status}")
        out.commit()


def _without_band_names(legend) -> None:
    """The legend's raster entries without QGIS's "Band 1: name (Gray)" line above the ramp
    (the layer's own name says what the colours are)."""
    from qgis.core import QgsMapLayerLegendUtils, QgsRasterLayer, QgsSimpleLegendNode

    legend.setAutoUpdateModel(False)  # a tree of its own, whose nodes can be ordered
    model = legend.model()
    for node in model.rootGroup().findLayers():
        if not isinstance(node.layer(), QgsRasterLayer):
            continue
        nodes = model.layerOriginalLegendNodes(node)
        keep = [i for i, n in enumerate(nodes) if not isinstance(n, QgsSimpleLegendNode)]
        QgsMapLayerLegendUtils.setLegendNodeOrder(node, keep)
        model.refreshLayerLegend(node)
