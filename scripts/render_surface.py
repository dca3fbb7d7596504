"""Priority surface of the demo region with clearance:surface, rendered as a styled map PNG.

    /usr/bin/python3 scripts/render_surface.py --gpkg resources/demo/clearance_demo.gpkg \
        --out output --png docs/surface.png
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from qgis_app import start_qgis
from run_demo import CREDIT, demo_layer, fit_aspect

CELL_SIZE = 200.0


def region_extent(gpkg: Path):
    """The districts' extent in EPSG:32638, grown by 2 km."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    districts = demo_layer(gpkg, "districts")
    utm = QgsCoordinateReferenceSystem("EPSG:32638")
    extent = QgsCoordinateTransform(
        districts.crs(), utm, QgsProject.instance()
    ).transformBoundingBox(districts.extent())
    extent.grow(2000)
    return extent


def make_surface(gpkg: Path, out: Path):
    from qgis import processing

    extent = region_extent(gpkg)
    start = time.perf_counter()
    result = processing.run(
        "clearance:surface",
        {
            "EXTENT": f"{extent.xMinimum()},{extent.xMaximum()},{extent.yMinimum()},"
            f"{extent.yMaximum()} [EPSG:32638]",
            "CRS": "EPSG:32638",
            "CELL_SIZE": CELL_SIZE,
            "SETTLEMENTS": f"{gpkg}|layername=settlements",
            "CEMETERIES": f"{gpkg}|layername=cemeteries",
            "INFRASTRUCTURE": f"{gpkg}|layername=planned_infrastructure",
            "INCIDENTS": f"{gpkg}|layername=incidents",
            "MASK": f"{gpkg}|layername=districts",
            "CRITERION_BANDS": True,
            "OUTPUT": str(out / "priority_surface.tif"),
        },
    )
    print(f"clearance:surface: {time.perf_counter() - start:.1f} s -> {result['OUTPUT']}")
    return Path(result["OUTPUT"]), extent


def outline_districts(gpkg: Path):
    from qgis.core import QgsFillSymbol, QgsSingleSymbolRenderer

    layer = demo_layer(gpkg, "districts")
    layer.loadNamedStyle(str(Path(__file__).parents[1] / "resources/styles/districts.qml"))
    symbol = QgsFillSymbol.createSimple(
        {"color": "0,0,0,0", "outline_color": "#333333", "outline_width": "0.5"}
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


def render(gpkg: Path, tif: Path, extent, png: Path) -> None:
    from qgis.core import (
        QgsLayout,
        QgsLayoutExporter,
        QgsLayoutItemLabel,
        QgsLayoutItemLegend,
        QgsLayoutItemMap,
        QgsLayoutItemScaleBar,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsLegendStyle,
        QgsProject,
        QgsRasterLayer,
        QgsUnitTypes,
    )
    from qgis.PyQt.QtGui import QFont

    project = QgsProject.instance()
    project.clear()
    surface = QgsRasterLayer(str(tif), "Priority score 0-100 (SYNTHETIC inputs)", "gdal")
    surface.loadNamedStyle(str(tif.with_suffix(".qml")))
    others = [
        outline_districts(gpkg),
        demo_layer(gpkg, "planned_infrastructure"),
        demo_layer(gpkg, "settlements"),
    ]
    for layer in [surface, *others]:
        project.addMapLayer(layer)
    mm = QgsUnitTypes.LayoutUnit.LayoutMillimeters
    layout = QgsLayout(project)
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(297, 210, mm))
    title = QgsLayoutItemLabel(layout)
    title.setText(
        f"Clearance Planner demo — priority surface, {CELL_SIZE:.0f} m cells (SYNTHETIC inputs)"
    )
    title.setFont(QFont("DejaVu Sans", 14, QFont.Weight.Bold))
    layout.addLayoutItem(title)
    title.attemptMove(QgsLayoutPoint(8, 5, mm))
    title.attemptResize(QgsLayoutSize(281, 10, mm))
    map_item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(map_item)
    map_item.attemptMove(QgsLayoutPoint(8, 16, mm))
    map_item.attemptResize(QgsLayoutSize(190, 172, mm))
    map_item.setCrs(surface.crs())
    map_item.setLayers(list(reversed([surface, *others])))
    map_item.setExtent(fit_aspect(extent, 190 / 172))
    map_item.setFrameEnabled(True)
    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(map_item)
    legend.setTitle("Legend")
    layout.addLayoutItem(legend)
    legend.attemptMove(QgsLayoutPoint(202, 16, mm))
    for part in (QgsLegendStyle.Style.SymbolLabel, QgsLegendStyle.Style.Subgroup):
        legend.rstyle(part).setFont(QFont("DejaVu Sans", 8))
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
    credit = QgsLayoutItemLabel(layout)
    credit.setText(CREDIT)
    credit.setFont(QFont("DejaVu Sans", 7))
    layout.addLayoutItem(credit)
    credit.attemptMove(QgsLayoutPoint(8, 191, mm))
    credit.attemptResize(QgsLayoutSize(281, 14, mm))
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = 100
    tmp = png.with_name(png.stem + ".partial.png")
    status = QgsLayoutExporter(layout).exportToImage(str(tmp), settings)
    if status != QgsLayoutExporter.ExportResult.Success:
        raise SystemExit(f"map export failed: {status}")
    tmp.replace(png)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gpkg", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("output"))
    parser.add_argument("--png", type=Path, default=Path("output/priority_surface.png"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = start_qgis()
    tif, extent = make_surface(args.gpkg.resolve(), args.out.resolve())
    render(args.gpkg.resolve(), tif, extent, args.png)
    print(f"Wrote {args.png}")
    app.exitQgis()


if __name__ == "__main__":
    main()
